//! Absorbing the engine's event log into the scene: which event closed each node's Done, the
//! steps the animation reveals, goroutines waking, AfterFuncs printing, removals.
//!
//! The engine stays the source of truth; this keeps only what the *view* needs to replay it:
//! sequence numbers. The log is drained after each absorb, so it never grows.

use super::record::{GoState, Line};
use super::state::Scene;
use crate::engine::{CancelReason, EventKind, GoError, GoroutineId, NodeId};

/// One cancellation wave seen in an absorb.
#[derive(Clone, Debug, PartialEq)]
pub struct WaveSummary {
    /// Where it started.
    pub origin: NodeId,
    /// `Err()` it closed with.
    pub err: GoError,
    /// `Cause()` it closed with.
    pub cause: GoError,
    /// What started it.
    pub reason: CancelReason,
    /// How many descendants' Done it closed.
    pub descendants: usize,
}

/// What one absorb saw, for narration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Absorbed {
    /// Waves, in order.
    pub waves: Vec<WaveSummary>,
    /// Goroutines woken.
    pub woken: usize,
    /// AfterFuncs started.
    pub started: usize,
    /// A new node was born done with this error.
    pub born_done: Option<GoError>,
    /// A deadline function collapsed to WithCancel.
    pub collapsed: bool,
}

impl Scene {
    /// Reads the engine's new events into the view's bookkeeping, then drains them.
    pub(super) fn absorb(&mut self) -> Absorbed {
        let mut a = Absorbed::default();
        for ev in self.engine.drain_events() {
            self.next_seq = ev.seq + 1;
            match ev.kind {
                EventKind::Created { collapsed, .. } => a.collapsed |= collapsed,
                EventKind::Canceled { node, err, cause, reason } => {
                    self.reveal(node, ev.seq);
                    a.waves.push(WaveSummary { origin: node, err, cause, reason, descendants: 0 });
                }
                EventKind::Propagated { node, origin, err, .. } => {
                    self.reveal(node, ev.seq);
                    match a.waves.iter_mut().rev().find(|w| w.origin == origin) {
                        Some(w) => w.descendants += 1,
                        None => a.born_done = Some(err),
                    }
                }
                EventKind::GoroutineWoken { goroutine, node, .. } => {
                    a.woken += 1;
                    self.steps.push((ev.seq, node));
                    self.wake(goroutine, node, ev.seq);
                }
                EventKind::AfterFuncStarted { node, func, .. } => {
                    a.started += 1;
                    self.steps.push((ev.seq, node));
                    let cause = self.engine.cause(node).ok().flatten().map(|c| c.to_string()).unwrap_or_default();
                    let line = Line::cleanup(ev.seq, func, self.name(node), &cause);
                    self.console.push(line);
                }
                EventKind::Removed { nodes, .. } => {
                    for n in &nodes {
                        self.labels.remove(n);
                        self.done_seq.remove(n);
                    }
                    self.goroutines.retain(|g| !nodes.contains(&g.node));
                    self.after_funcs.retain(|(_, n)| !nodes.contains(n));
                    if self.lookup.as_ref().is_some_and(|l| l.path.iter().any(|p| nodes.contains(p))) {
                        self.lookup = None;
                    }
                }
                _ => {}
            }
        }
        a
    }

    fn reveal(&mut self, node: NodeId, seq: u64) {
        self.done_seq.insert(node, seq);
        self.steps.push((seq, node));
    }

    fn wake(&mut self, goroutine: GoroutineId, node: NodeId, seq: u64) {
        let err = self.engine.err(node).ok().flatten().map(|e| e.to_string()).unwrap_or_default();
        // A program's goroutine can wait on several Dones (a select): the one that closed wakes
        // it, and what it prints is the program's own output, not the console's.
        if let Some(g) = self.goroutines.iter_mut().find(|g| g.id == goroutine && (g.func.is_none() || g.node == node)) {
            g.state = GoState::Woken(seq);
            if g.func.is_some() {
                return;
            }
        }
        let line = Line::woken(seq, goroutine, self.name(node), &err);
        self.console.push(line);
    }
}
