//! The context engine: Go's `context` semantics on a virtual clock.
//!
//! Owns the tree of contexts ([`Engine`]): Background and TODO roots; WithCancel, WithCancelCause,
//! WithDeadline, WithDeadlineCause, WithTimeout, WithTimeoutCause, WithValue and WithoutCancel
//! nodes; AfterFunc registrations; goroutines parked on Done; and the event log that records every
//! change. Today the tree panel drives it, through the scene (`crate::scene`); a Go-subset
//! interpreter is planned (`src/interp/`, not written yet) and is to drive this same engine, so
//! the page and the programs it runs cannot disagree about what Go does.
//!
//! **Invariant**: pure. No Leptos, no web-sys, no timers, no wall clock: time is a value passed in
//! ([`Engine::advance_to`]). No call panics the host; Go's panics are [`EngineError`] values.
//!
//! ## Code map
//! - `tree`: building nodes, removing subtrees.
//! - `cancel`: cancel functions and the propagation wave.
//! - `clock`: the virtual clock and the deadline timers.
//! - `wait`: goroutines parked on Done, and AfterFunc.
//! - `query`: Err, Cause, Deadline, Value (with the path walked), `String()`, node views.
//! - `time`, `value`, `error`, `event`, `id`, `kind`, `node`: the vocabulary (ids and kinds at
//!   the bottom; `node` and `error` build on them, and neither imports the other).
//!
//! ## How the model maps Go's implementation
//! A Cancel or Timer node owns a Done channel (Go's `cancelCtx`). A Value node has none of its
//! own: its Done, Err, Cause and Deadline are its parent's, so it is done exactly when its nearest
//! canceler ancestor is (its *anchor*). WithoutCancel, Background and TODO have a nil Done.
//! Go's `children` set of a `cancelCtx` is derived, not stored: the not-yet-done cancelers below
//! it reachable through Value nodes, plus pending AfterFuncs ([`Engine::registered_children`]).
//! Go iterates that set in random order; the engine propagates in tree order (pre-order, children
//! in creation order), which is one of the orders Go may take, and the final state is the same.

mod cancel;
mod clock;
mod error;
mod event;
mod id;
mod kind;
mod node;
mod query;
mod time;
mod tree;
mod value;
mod wait;

use std::collections::BTreeSet;

pub use error::{EngineError, GoError};
pub use event::{CancelReason, Event, EventKind, Wave};
pub use id::{AfterFuncId, FuncId, GoroutineId, NodeId};
pub use kind::{ContextKind, Shape};
pub use node::{AfterFuncState, AfterFuncView, DoneState, NodeView};
pub use query::{Lookup, Registered};
pub use time::{Duration, Time, TimeFormat};
pub use value::GoValue;
pub use wait::WaitOutcome;

use node::{AfterFuncReg, Node};

/// A forest of Go contexts on a virtual clock, with an event log.
///
/// ```
/// use context_lab::engine::{Engine, Duration, GoError};
/// let mut e = Engine::new();
/// let bg = e.background();
/// let ctx = e.with_timeout(bg, Duration::from_secs(5)).unwrap();
/// let child = e.with_cancel(ctx).unwrap();
/// e.advance_to(e.next_deadline().unwrap()).unwrap();
/// assert_eq!(e.err(child).unwrap(), Some(GoError::DeadlineExceeded));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Engine {
    /// Slot `i` holds node `NodeId(i)`; `None` once removed. Ids are never reused.
    nodes: Vec<Option<Node>>,
    /// Every AfterFunc registration ever made, indexed by `AfterFuncId`.
    after_funcs: Vec<AfterFuncReg>,
    /// Pending deadlines: (deadline, node). Ordered by deadline, ties by creation order.
    timers: BTreeSet<(Time, NodeId)>,
    now: Time,
    format: TimeFormat,
    events: Vec<Event>,
    /// Sequence number of the next event.
    next_seq: u64,
    /// FIFO position of the next goroutine to park.
    next_wait: u64,
}

impl Engine {
    /// An empty engine at virtual time zero, rendering times like the Go playground
    /// ([`TimeFormat::PLAYGROUND`]).
    pub fn new() -> Engine {
        Engine::default()
    }

    /// An empty engine at virtual time zero, rendering times with `format`.
    pub fn with_time_format(format: TimeFormat) -> Engine {
        Engine { format, ..Engine::default() }
    }

    /// The current virtual time.
    pub fn now(&self) -> Time {
        self.now
    }

    /// How instants are rendered in `String()` forms.
    pub fn time_format(&self) -> TimeFormat {
        self.format
    }

    /// The event log (since the last [`Engine::drain_events`]).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The logged events whose `seq` is at least `seq`.
    pub fn events_since(&self, seq: u64) -> &[Event] {
        let start = self.events.partition_point(|e| e.seq < seq);
        &self.events[start..]
    }

    /// Takes the event log, leaving it empty. Sequence numbers keep counting.
    pub fn drain_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Every live node, in creation order.
    pub fn node_ids(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.is_some())
            .map(|(i, _)| NodeId(i as u32))
    }

    /// Whether `id` names a live node.
    pub fn contains(&self, id: NodeId) -> bool {
        self.node(id).is_ok()
    }

    fn emit(&mut self, kind: EventKind) {
        self.events.push(Event { seq: self.next_seq, time: self.now, kind });
        self.next_seq += 1;
    }

    fn node(&self, id: NodeId) -> Result<&Node, EngineError> {
        self.nodes
            .get(id.0 as usize)
            .and_then(Option::as_ref)
            .ok_or(EngineError::UnknownContext(id))
    }

    fn node_mut(&mut self, id: NodeId) -> Result<&mut Node, EngineError> {
        self.nodes
            .get_mut(id.0 as usize)
            .and_then(Option::as_mut)
            .ok_or(EngineError::UnknownContext(id))
    }

    /// The Done state of `id`'s channel: its anchor's, if the anchor is done.
    fn done_state(&self, id: NodeId) -> Result<Option<&DoneState>, EngineError> {
        let anchor = self.node(id)?.anchor;
        Ok(anchor.and_then(|a| self.node(a).ok()).and_then(|a| a.done.as_ref()))
    }
}
