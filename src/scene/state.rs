//! The scene's state ([`Scene`]): one [`Engine`] plus what the tree panel shows around it
//! (labels, goroutines, AfterFunc registrations, the console, the reveal steps, the last lookup
//! and narration).
//!
//! **Invariant**: Go semantics live in the engine only; the scene names things and keeps
//! history. Its fields are private to `scene/`: only [`super::apply`] changes them.

use std::collections::{BTreeMap, BTreeSet};

use super::record::{Goroutine, Label, Line, LookupShown};
use crate::engine::{AfterFuncId, Engine, GoError, NodeId};

/// The whole scene. Cloning is cheap enough for a few hundred nodes.
#[derive(Clone, Debug, Default)]
pub struct Scene {
    pub(super) engine: Engine,
    pub(super) labels: BTreeMap<NodeId, Label>,
    pub(super) goroutines: Vec<Goroutine>,
    pub(super) after_funcs: Vec<(AfterFuncId, NodeId)>,
    pub(super) console: Vec<Line>,
    /// Seq of the event that closed each node's Done (`Canceled` or `Propagated`).
    pub(super) done_seq: BTreeMap<NodeId, u64>,
    /// Seqs of events the animation reveals one step at a time, ascending, each with the node
    /// whose drawing it changes.
    pub(super) steps: Vec<(u64, NodeId)>,
    /// Seq the next engine event will carry.
    pub(super) next_seq: u64,
    pub(super) narration: String,
    /// Set by a lookup; forgotten by the next change, or when a node on its path is removed.
    pub(super) lookup: Option<LookupShown>,
    pub(super) preset: Option<&'static str>,
    pub(super) modified: bool,
    /// The last `N` of an automatic `ctxN` name.
    pub(super) counter: u32,
    /// Identity of the last error a cause's text made.
    pub(super) next_error: u64,
}

impl Scene {
    /// The name of `id` (`?` if it was removed).
    pub fn name(&self, id: NodeId) -> &str {
        self.labels.get(&id).map_or("?", |l| l.name.as_str())
    }

    /// The node named `name`.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.labels.iter().find(|(_, l)| l.name == name).map(|(&id, _)| id)
    }

    /// Every live node.
    pub fn ids(&self) -> BTreeSet<NodeId> {
        self.labels.keys().copied().collect()
    }

    /// A new error for a cause's text, with its own identity (`errors.New(text)`).
    pub(super) fn new_error(&mut self, text: &str) -> GoError {
        self.next_error += 1;
        GoError::custom(self.next_error, text)
    }

    /// Marks the scene as changed by its driver, and forgets the last lookup's highlight.
    pub(super) fn touch(&mut self) {
        self.modified = true;
        self.lookup = None;
    }
}
