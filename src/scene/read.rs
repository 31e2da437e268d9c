//! Reading the scene: the engine, node labels, goroutines, console, the animation's steps, and
//! whether a node with a discarded cancel func is still leaking.

use super::record::{Goroutine, Label, Line, LookupShown};
use super::state::Scene;
use crate::engine::{AfterFuncId, Engine, NodeId, Registered, Shape};

impl Scene {
    /// The engine: the source of truth for every Go fact.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The name, call and dropped flag of `id`.
    pub fn label(&self, id: NodeId) -> Option<&Label> {
        self.labels.get(&id)
    }

    /// Every goroutine the learner attached, in attach order.
    pub fn goroutines(&self) -> &[Goroutine] {
        &self.goroutines
    }

    /// AfterFunc registrations and the node each is on.
    pub fn after_funcs(&self) -> &[(AfterFuncId, NodeId)] {
        &self.after_funcs
    }

    /// Every console line, in print order (the view shows those whose seq is revealed).
    pub fn console(&self) -> &[Line] {
        &self.console
    }

    /// The seq of the event that closed `id`'s Done, if it is done.
    pub fn done_seq(&self, id: NodeId) -> Option<u64> {
        self.done_seq.get(&id).copied()
    }

    /// Seqs the animation reveals one step at a time, ascending, each with its node.
    pub fn steps(&self) -> &[(u64, NodeId)] {
        &self.steps
    }

    /// The nodes whose drawing changes when `revealed` moves between `a` and `b` (either way):
    /// those with a step in between. O(log steps + result), so a wave step costs what it shows.
    pub fn revealed_between(&self, a: u64, b: u64) -> impl Iterator<Item = NodeId> + '_ {
        let (lo, hi) = (a.min(b), a.max(b));
        let i = self.steps.partition_point(|&(s, _)| s < lo);
        let j = self.steps.partition_point(|&(s, _)| s < hi);
        self.steps[i..j.max(i)].iter().map(|&(_, n)| n)
    }

    /// The seq the next event will carry: revealing up to here shows everything.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// Where the animation goes next from `revealed`, revealing up to `chunk` more steps; the
    /// end of the log once no step is left.
    pub fn reveal_after(&self, revealed: u64, chunk: usize) -> u64 {
        let i = self.steps.partition_point(|&(s, _)| s < revealed);
        match self.steps.get(i..).filter(|p| !p.is_empty()) {
            Some(p) => p[chunk.clamp(1, p.len()) - 1].0 + 1,
            None => self.next_seq,
        }
    }

    /// How many steps the animation has yet to reveal after `revealed`.
    pub fn pending_steps(&self, revealed: u64) -> usize {
        self.steps.len() - self.steps.partition_point(|&(s, _)| s < revealed)
    }

    /// The latest narration sentence.
    pub fn narration(&self) -> &str {
        &self.narration
    }

    /// The last value lookup, while it is still meaningful.
    pub fn last_lookup(&self) -> Option<&LookupShown> {
        self.lookup.as_ref()
    }

    /// The preset this tree came from.
    pub fn preset(&self) -> Option<&'static str> {
        self.preset
    }

    /// Whether the tree was changed since it was loaded.
    pub fn modified(&self) -> bool {
        self.modified
    }

    /// A node whose cancel func was discarded that something still holds: its nearest canceler
    /// ancestor still lists it among its children, or its own timer is still pending.
    pub fn is_leaking(&self, id: NodeId) -> bool {
        let e = &self.engine;
        if !self.labels.get(&id).is_some_and(|l| l.dropped) || e.is_done(id).unwrap_or(true) {
            return false;
        }
        if e.view(id).is_ok_and(|v| v.timer.is_some()) {
            return true;
        }
        let mut cur = e.parent(id).ok().flatten();
        while let Some(p) = cur {
            match e.shape(p) {
                Ok(Shape::Value) => cur = e.parent(p).ok().flatten(),
                Ok(Shape::Cancel | Shape::Timer) => {
                    return e.registered_children(p).is_ok_and(|r| r.contains(&Registered::Context(id)));
                }
                _ => return false,
            }
        }
        false
    }
}
