//! The tree panel's state: one [`Engine`] plus what the learner sees around it (names, labels,
//! dropped cancel funcs, goroutines, the console, the last lookup and narration).
//!
//! Pure: no Leptos, no timers, no clock (time arrives as a [`Duration`]), so it is tested
//! natively. Every action goes through the engine; the engine's events are absorbed
//! (`events.rs`) into the per-node reveal sequence numbers the animation reads.
//! **Invariant**: Go semantics live in the engine only; this type names things and keeps history.

use std::collections::BTreeMap;

use crate::content::presets::{Kind, KeyType, NodeOp, Preset};
use crate::engine::{AfterFuncId, Duration, Engine, EngineError, GoValue, NodeId};

pub use super::events::{GoState, Goroutine, Line, LookupShown};

/// What a learner's action can fail with, in words they can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum LabError {
    /// Go would panic or the engine refused (e.g. a node that was removed meanwhile).
    Engine(EngineError),
    /// Another node already has this name.
    NameTaken(String),
    /// A name must be 1 to 24 characters.
    BadName(String),
    /// A preset names a parent that does not exist (a preset bug, caught by tests).
    UnknownParent(String),
}

impl std::fmt::Display for LabError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LabError::Engine(e) => match e.go_panic() {
                Some(p) => write!(f, "Go would panic: {p}"),
                None => write!(f, "{e}"),
            },
            LabError::NameTaken(n) => write!(f, "There is already a node called {n}: pick another name."),
            LabError::BadName(n) => write!(f, "{n:?} cannot be a name: use 1 to 24 characters."),
            LabError::UnknownParent(n) => write!(f, "No node called {n}."),
        }
    }
}

impl From<EngineError> for LabError {
    fn from(e: EngineError) -> Self {
        LabError::Engine(e)
    }
}

/// How the learner labels a node: its name, the call that made it, and whether its cancel
/// func was discarded.
#[derive(Clone, Debug, PartialEq)]
pub struct Info {
    /// The learner-facing name.
    pub name: String,
    /// The call with its arguments, e.g. `WithTimeout 2s`.
    pub call: String,
    /// `ctx, _ := ...`: the cancel func was discarded.
    pub dropped: bool,
}

/// The whole panel state. Cloning is cheap enough for a few hundred nodes.
#[derive(Clone, Debug, Default)]
pub struct Lab {
    pub(super) engine: Engine,
    pub(super) info: BTreeMap<NodeId, Info>,
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
    pub(super) lookup: Option<LookupShown>,
    pub(super) preset: Option<&'static str>,
    pub(super) modified: bool,
    pub(super) counter: u32,
    pub(super) next_error: u64,
}

impl Lab {
    /// A tree with one root: Background, or TODO if `todo`.
    pub fn empty(todo: bool) -> Lab {
        let mut lab = Lab::default();
        let kind = if todo { Kind::Todo } else { Kind::Background };
        let name = if todo { "todo" } else { "background" };
        let _ = lab.apply(&NodeOp::root(name, kind));
        lab.narration = format!("A new tree: {name}, a {} root.", if todo { "TODO" } else { "Background" });
        lab.modified = false;
        lab
    }

    /// The tree of `preset`, applied through the engine at virtual time zero.
    pub fn from_preset(preset: &'static Preset) -> Result<Lab, LabError> {
        let mut lab = Lab { preset: Some(preset.id), ..Lab::default() };
        for op in preset.nodes {
            lab.apply(op)?;
        }
        lab.narration = format!("Loaded the preset {}.", preset.title);
        lab.modified = false;
        Ok(lab)
    }
}

/// The key `WithValue` and `Value` use for this key type and text.
pub fn go_key(ty: KeyType, key: &str) -> GoValue {
    match ty {
        KeyType::CtxKey => GoValue::typed_string(ty.go_type(), key),
        KeyType::String => GoValue::string(key),
    }
}

/// The call as the node shows it: `WithTimeout 2s`, `WithDeadline t=3s`, `WithValue`.
pub fn call_label(kind: &Kind<'_>) -> String {
    match *kind {
        Kind::Background => "Background".into(),
        Kind::Todo => "TODO".into(),
        Kind::WithCancel => "WithCancel".into(),
        Kind::WithCancelCause => "WithCancelCause".into(),
        Kind::WithTimeout { ms } => format!("WithTimeout {}", Duration::from_millis(ms)),
        Kind::WithDeadline { at_ms } => format!("WithDeadline t={}", Duration::from_millis(at_ms)),
        Kind::WithValue { .. } => "WithValue".into(),
        Kind::WithoutCancel => "WithoutCancel".into(),
    }
}
