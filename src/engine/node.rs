//! The tree's vocabulary: ids, the kinds of context, a node's stored state, and the read-only
//! [`NodeView`] the UI draws from.
//!
//! Owns the data, not the rules: cancellation, deadlines and lookups live in their own modules.

use std::fmt;

use super::error::GoError;
use super::time::{Duration, Time};
use super::value::GoValue;

/// A context in the tree. Ids are never reused, even after `remove_subtree`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

/// A goroutine, as numbered by the client (the interpreter's scheduler or the UI).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GoroutineId(pub u64);

/// The function passed to `AfterFunc`, as numbered by the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuncId(pub u64);

/// One `AfterFunc` registration: what its `stop` function acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AfterFuncId(pub u32);

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl fmt::Display for AfterFuncId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// The `context` function that made a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContextKind {
    /// `context.Background()`.
    Background,
    /// `context.TODO()`.
    Todo,
    /// `context.WithCancel(parent)`.
    WithCancel,
    /// `context.WithCancelCause(parent)`.
    WithCancelCause,
    /// `context.WithDeadline(parent, d)`.
    WithDeadline,
    /// `context.WithDeadlineCause(parent, d, cause)`.
    WithDeadlineCause,
    /// `context.WithTimeout(parent, timeout)`.
    WithTimeout,
    /// `context.WithTimeoutCause(parent, timeout, cause)`.
    WithTimeoutCause,
    /// `context.WithValue(parent, key, val)`.
    WithValue,
    /// `context.WithoutCancel(parent)`.
    WithoutCancel,
}

impl ContextKind {
    /// The Go function's name, e.g. `WithTimeoutCause`.
    pub fn go_name(self) -> &'static str {
        match self {
            ContextKind::Background => "Background",
            ContextKind::Todo => "TODO",
            ContextKind::WithCancel => "WithCancel",
            ContextKind::WithCancelCause => "WithCancelCause",
            ContextKind::WithDeadline => "WithDeadline",
            ContextKind::WithDeadlineCause => "WithDeadlineCause",
            ContextKind::WithTimeout => "WithTimeout",
            ContextKind::WithTimeoutCause => "WithTimeoutCause",
            ContextKind::WithValue => "WithValue",
            ContextKind::WithoutCancel => "WithoutCancel",
        }
    }

    /// True for the four deadline functions.
    pub fn has_deadline_arg(self) -> bool {
        matches!(
            self,
            ContextKind::WithDeadline
                | ContextKind::WithDeadlineCause
                | ContextKind::WithTimeout
                | ContextKind::WithTimeoutCause
        )
    }
}

/// Which of Go's context types a node is, which decides how it behaves and prints.
///
/// A deadline function whose parent's deadline is strictly earlier builds a `Cancel` node, not a
/// `Timer`: Go returns `WithCancel(parent)` then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// `backgroundCtx`/`todoCtx`: never done, no values, no deadline.
    Empty,
    /// `cancelCtx`: its own Done channel, closed by its cancel function or its parent.
    Cancel,
    /// `timerCtx`: a `cancelCtx` plus a deadline and a timer.
    Timer,
    /// `valueCtx`: one key and value; Done, Err, Cause and Deadline are its parent's.
    Value,
    /// `withoutCancelCtx`: its parent's values, but never done and no deadline.
    WithoutCancel,
}

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
