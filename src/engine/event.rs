//! The event log: every state change the engine makes, in order, with the virtual time.
//!
//! Owns [`Event`], [`EventKind`], [`CancelReason`] and [`Wave`]. The scene absorbs them into what
//! the tree animates and prints; the planned interpreter is to read them to start AfterFunc
//! goroutines and wake parked ones. Events
//! describe changes; they are never the source of truth (the tree is).

use super::error::GoError;
use super::id::{AfterFuncId, FuncId, GoroutineId, NodeId};
use super::kind::ContextKind;
use super::time::Time;
use super::value::GoValue;

/// One state change: its place in the log, when it happened, and what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Position in the engine's log, from 0, never reused (also after draining).
    pub seq: u64,
    /// Virtual time of the change. Deadlines fired by `advance_to` carry their own deadline.
    pub time: Time,
    /// What happened.
    pub kind: EventKind,
}

/// What started a cancellation wave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CancelReason {
    /// The node's `CancelFunc` was called.
    CancelFunc,
    /// The node's `CancelCauseFunc` was called.
    CancelCauseFunc,
    /// The node's deadline fired on the virtual clock.
    Deadline,
    /// The node was created with a deadline already past (or exactly now).
    PastDeadline,
}

/// The kinds of state change.
///
/// A cancellation produces, in order: one `Canceled` (the origin), one `Propagated` per descendant
/// whose Done it closes, in tree order (pre-order, children in creation order; a WithoutCancel
/// stops the wave, and an already-done canceler's subtree is skipped), then `GoroutineWoken` (per
/// closed channel, in channel-close order, FIFO within a channel), then `AfterFuncStarted`.
#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// A context was made.
    Created {
        /// The new node.
        node: NodeId,
        /// Its parent (none for Background/TODO).
        parent: Option<NodeId>,
        /// The function that made it.
        kind: ContextKind,
        /// True if a deadline function collapsed to WithCancel (the parent's deadline is earlier).
        collapsed: bool,
    },
    /// A wave of cancellation started here: the node's Done closed.
    Canceled {
        /// The origin of the wave.
        node: NodeId,
        /// Its `Err()`.
        err: GoError,
        /// Its `Cause()`.
        cause: GoError,
        /// What started it.
        reason: CancelReason,
    },
    /// The wave reached a descendant (or a child was born under a done parent): its Done is
    /// closed with the origin's err and cause. Value nodes appear too: their Done is their
    /// parent's.
    Propagated {
        /// The node now done.
        node: NodeId,
        /// Its parent, through which the wave came.
        from: NodeId,
        /// The node whose cancellation started the wave.
        origin: NodeId,
        /// Tree distance from `origin` (1 for a child).
        depth: u32,
        /// Its `Err()`.
        err: GoError,
        /// Its `Cause()`.
        cause: GoError,
    },
    /// A node's deadline arrived; a `Canceled` with reason `Deadline` follows.
    DeadlineFired {
        /// The Timer node.
        node: NodeId,
    },
    /// A pending timer was stopped because its node was canceled before the deadline.
    TimerStopped {
        /// The Timer node.
        node: NodeId,
    },
    /// `AfterFunc(ctx, f)` was called.
    AfterFuncRegistered {
        /// The registration.
        id: AfterFuncId,
        /// The function.
        func: FuncId,
        /// The context.
        node: NodeId,
    },
    /// The context was done: `f` starts in its own goroutine now (the client starts it).
    AfterFuncStarted {
        /// The registration.
        id: AfterFuncId,
        /// The function to run.
        func: FuncId,
        /// The context it was registered on.
        node: NodeId,
    },
    /// `stop()` returned true: `f` will never run.
    AfterFuncStopped {
        /// The registration.
        id: AfterFuncId,
        /// The function.
        func: FuncId,
        /// The context.
        node: NodeId,
    },
    /// A goroutine parked on a node's Done.
    WaitStarted {
        /// The goroutine.
        goroutine: GoroutineId,
        /// The node whose Done it receives from.
        node: NodeId,
    },
    /// A parked goroutine stopped waiting without being woken (e.g. another select case won).
    WaitStopped {
        /// The goroutine.
        goroutine: GoroutineId,
        /// The node.
        node: NodeId,
    },
    /// A Done channel closed under a parked goroutine: it is runnable again.
    GoroutineWoken {
        /// The goroutine.
        goroutine: GoroutineId,
        /// The node it waited on.
        node: NodeId,
        /// The node whose cancellation closed the channel.
        origin: NodeId,
    },
    /// `ctx.Value(key)` was asked.
    ValueLookedUp {
        /// The node asked.
        node: NodeId,
        /// The key.
        key: GoValue,
        /// The nodes walked, from `node` up to where the walk stopped.
        path: Vec<NodeId>,
        /// The WithValue node whose key matched, if any.
        found_at: Option<NodeId>,
        /// The result (nil when not found).
        value: GoValue,
    },
    /// `remove_subtree` (the UI's delete, not a Go operation) dropped these.
    Removed {
        /// The subtree's root.
        root: NodeId,
        /// Every node removed, pre-order.
        nodes: Vec<NodeId>,
        /// Goroutines that were waiting on removed nodes (they will never be woken).
        goroutines: Vec<GoroutineId>,
        /// Pending AfterFunc registrations dropped.
        after_funcs: Vec<AfterFuncId>,
    },
    /// The virtual clock moved forward (after firing every deadline due).
    ClockAdvanced {
        /// The previous time.
        from: Time,
        /// The new time.
        to: Time,
    },
}

/// What one engine call closed, woke and started: the same facts as its events, gathered for the
/// caller. A client that runs goroutines (the planned interpreter) makes `woken` runnable and starts
/// one per `after_funcs` entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wave {
    /// Nodes whose Done closed, in event order (origins and propagations, value nodes included).
    pub closed: Vec<NodeId>,
    /// Goroutines woken, in wake order, with the node each waited on.
    pub woken: Vec<(GoroutineId, NodeId)>,
    /// AfterFunc registrations whose function starts now, in start order.
    pub after_funcs: Vec<(AfterFuncId, FuncId)>,
}

impl Wave {
    /// True if nothing changed.
    pub fn is_empty(&self) -> bool {
        self.closed.is_empty() && self.woken.is_empty() && self.after_funcs.is_empty()
    }

    pub(crate) fn extend(&mut self, other: Wave) {
        self.closed.extend(other.closed);
        self.woken.extend(other.woken);
        self.after_funcs.extend(other.after_funcs);
    }
}
