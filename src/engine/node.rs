//! A node's stored state ([`Node`]), how its Done came to be closed ([`DoneState`]), AfterFunc
//! registrations, and the read-only [`NodeView`] the tree panel draws from.
//!
//! Owns the data, not the rules: cancellation, deadlines and lookups live in their own modules.

use super::error::GoError;
use super::id::{AfterFuncId, FuncId, GoroutineId, NodeId};
use super::kind::{ContextKind, Shape};
use super::time::{Duration, Time};
use super::value::GoValue;

/// How a canceler's Done channel came to be closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoneState {
    /// What `Err()` returns: `Canceled` or `DeadlineExceeded`.
    pub err: GoError,
    /// What `Cause()` returns.
    pub cause: GoError,
    /// The node whose cancellation (call or deadline) started the wave that closed this one.
    pub origin: NodeId,
    /// Virtual time of the close.
    pub at: Time,
}

/// Where an `AfterFunc` registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterFuncState {
    /// Waiting for the context to be done; `stop` would return true.
    Pending,
    /// The context was done and `f` was started in its own goroutine.
    Started,
    /// `stop` prevented `f` from running.
    Stopped,
    /// The context was removed by `remove_subtree` (not a Go operation) before either happened.
    Dropped,
}

/// A read-only view of one `AfterFunc` registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AfterFuncView {
    /// The registration.
    pub id: AfterFuncId,
    /// The client's function.
    pub func: FuncId,
    /// The context it was registered on.
    pub node: NodeId,
    /// Where it stands.
    pub state: AfterFuncState,
}

/// A snapshot of one node for drawing: everything the tree UI shows, computed at the current
/// virtual time.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeView {
    /// The node.
    pub id: NodeId,
    /// The function that made it.
    pub kind: ContextKind,
    /// The Go type it is (a collapsed deadline is `Cancel`).
    pub shape: Shape,
    /// Its parent (`None` for Background and TODO).
    pub parent: Option<NodeId>,
    /// Its children in creation order.
    pub children: Vec<NodeId>,
    /// Distance from its root.
    pub depth: u32,
    /// Whether Done is closed. A value node is done when its parent is.
    pub done: bool,
    /// `Err()`.
    pub err: Option<GoError>,
    /// `Cause()`.
    pub cause: Option<GoError>,
    /// The node whose cancellation closed this node's Done (the cause chain's start).
    pub canceled_by: Option<NodeId>,
    /// `Deadline()`: its own, or its nearest ancestor's (none across WithoutCancel).
    pub deadline: Option<Time>,
    /// `deadline - now` (negative once past).
    pub remaining: Option<Duration>,
    /// The deadline of this node's own timer while it is pending.
    pub timer: Option<Time>,
    /// For a deadline function that collapsed to WithCancel: the deadline it asked for.
    pub requested_deadline: Option<Time>,
    /// For WithValue: its key and value.
    pub entry: Option<(GoValue, GoValue)>,
    /// Go's `String()` form, e.g. `context.Background.WithCancel`.
    pub string: String,
    /// Goroutines waiting on this node's Done, in the order they started waiting.
    pub waiting: Vec<GoroutineId>,
    /// AfterFunc registrations made on this node.
    pub after_funcs: Vec<AfterFuncView>,
    /// Whether it has a cancel function (WithCancel, WithDeadline, WithTimeout and their Cause forms).
    pub cancelable: bool,
    /// Whether its cancel function takes a cause (WithCancelCause only).
    pub accepts_cause: bool,
}

/// A goroutine parked on a node's Done, with its place in the channel's FIFO queue.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Waiter {
    pub(crate) seq: u64,
    pub(crate) goroutine: GoroutineId,
}

/// One context as the engine stores it.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub(crate) kind: ContextKind,
    pub(crate) shape: Shape,
    pub(crate) parent: Option<NodeId>,
    pub(crate) children: Vec<NodeId>,
    pub(crate) depth: u32,
    /// The canceler whose Done channel is this node's Done: itself for Cancel and Timer, the
    /// parent's anchor for Value, none (a nil channel) for Empty and WithoutCancel.
    pub(crate) anchor: Option<NodeId>,
    /// The effective deadline, fixed at creation (ancestors' deadlines never change).
    pub(crate) deadline: Option<Time>,
    /// For a collapsed deadline function: the deadline asked for.
    pub(crate) requested_deadline: Option<Time>,
    /// For Timer nodes: the cause to record when the deadline fires.
    pub(crate) deadline_cause: Option<GoError>,
    /// True while this Timer node's timer is in the queue.
    pub(crate) timer_pending: bool,
    pub(crate) entry: Option<(GoValue, GoValue)>,
    /// Set by the first cancel of a Cancel or Timer node; never changes afterwards.
    pub(crate) done: Option<DoneState>,
    pub(crate) waiters: Vec<Waiter>,
    /// Pending AfterFunc registrations made on this node.
    pub(crate) after_funcs: Vec<AfterFuncId>,
    /// Every AfterFunc registration ever made on this node, for views.
    pub(crate) registrations: Vec<AfterFuncId>,
}

impl Node {
    /// A fresh node made by `kind`, of Go type `shape`: no children, not done, nobody waiting,
    /// no entry, timer or AfterFunc yet.
    pub(crate) fn new(kind: ContextKind, shape: Shape, parent: Option<NodeId>, depth: u32, anchor: Option<NodeId>, deadline: Option<Time>) -> Node {
        Node {
            kind,
            shape,
            parent,
            children: Vec::new(),
            depth,
            anchor,
            deadline,
            requested_deadline: None,
            deadline_cause: None,
            timer_pending: false,
            entry: None,
            done: None,
            waiters: Vec::new(),
            after_funcs: Vec::new(),
            registrations: Vec::new(),
        }
    }

    /// Whether the node owns a cancel function.
    pub(crate) fn cancelable(&self) -> bool {
        matches!(self.shape, Shape::Cancel | Shape::Timer)
    }
}

/// The stored AfterFunc registration.
#[derive(Clone, Debug)]
pub(crate) struct AfterFuncReg {
    pub(crate) func: FuncId,
    pub(crate) node: NodeId,
    pub(crate) state: AfterFuncState,
}
