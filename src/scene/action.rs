//! The one way to change a scene: an [`Action`], applied by [`super::apply`], which answers
//! what happened ([`Applied`]) or why nothing did ([`LabError`]).
//!
//! Actions speak the engine's language (a [`ContextKind`], node ids, durations, Go values),
//! not the panel's, so every driver can send them: a preset, the learner's clicks and the
//! real-time clock today, a Go program's trace next.

use crate::engine::{AfterFuncId, ContextKind, Duration, EngineError, GoValue, GoroutineId, NodeId, Time};

use super::units::clock;

/// One change to the scene.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new context made by the `kind` function: a root (Background, TODO) when `parent` is
    /// `None`, else a child of `parent`. `name` is its label (blank: the next free `ctxN`);
    /// `args` are the function's other arguments; `drop_cancel` discards its cancel func
    /// (`ctx, _ := ...`), the forgot-to-cancel leak.
    Add {
        /// The parent context; `None` for a root (any other kind then panics as in Go).
        parent: Option<NodeId>,
        /// The node's name.
        name: String,
        /// The function that makes it.
        kind: ContextKind,
        /// Its arguments besides the parent.
        args: Args,
        /// Whether its cancel func is discarded.
        drop_cancel: bool,
    },
    /// `cancel()`: calls a node's `CancelFunc`.
    Cancel(NodeId),
    /// `cancel(cause)`: calls a WithCancelCause node's `CancelCauseFunc`; `None` is a nil
    /// cause, `Some(text)` a new `errors.New(text)`.
    CancelCause {
        /// The node.
        node: NodeId,
        /// The cause's text.
        cause: Option<String>,
    },
    /// Starts a goroutine that waits in `select { case <-ctx.Done(): ... }` and prints
    /// `cancelled:` and `ctx.Err()` when woken.
    AttachGoroutine(NodeId),
    /// `stop := context.AfterFunc(ctx, f)`, where `f` prints `cleanup:` and the cause.
    RegisterAfterFunc(NodeId),
    /// Calls that `stop`.
    StopAfterFunc(AfterFuncId),
    /// `ctx.Value(key)`.
    Lookup {
        /// The context asked.
        node: NodeId,
        /// The key.
        key: GoValue,
    },
    /// Deletes a node and its subtree (the panel's delete; not a Go operation).
    Remove(NodeId),
    /// A program's goroutine (Go's number, the function it runs) parks on `node`'s Done, as a
    /// replayed run did (`<-ctx.Done()`, or a `select` with that case).
    ProgramWaits {
        /// Go's number for it (main is 1).
        goroutine: GoroutineId,
        /// The function it runs.
        func: String,
        /// The context whose Done it waits on.
        node: NodeId,
    },
    /// A program's goroutine runs again: it stops waiting on every Done that has not closed
    /// (a channel or a timer woke it); where a Done woke it, it stays shown as woken.
    ProgramWakes(GoroutineId),
    /// A program's goroutine exited: it leaves the tree.
    ProgramExits(GoroutineId),
    /// A program's main returned. Of `never_cancelled` (the contexts with a cancel func that the
    /// program never called), those still open are marked as leaked.
    MainReturned {
        /// The run's contexts whose cancel func it never called.
        never_cancelled: Vec<NodeId>,
    },
    /// Moves the virtual clock forward, firing every deadline due.
    Advance(Duration),
    /// Jumps the virtual clock to the next pending deadline and fires it.
    Step,
}

/// A context function's arguments besides its parent.
#[derive(Clone, Debug, PartialEq)]
pub enum Args {
    /// Background, TODO, WithCancel, WithCancelCause, WithoutCancel.
    None,
    /// WithTimeout: how long from now.
    Timeout(Duration),
    /// WithDeadline: when.
    Deadline(Time),
    /// WithTimeoutCause: how long, and the cause's text (`None`: nil).
    TimeoutCause(Duration, Option<String>),
    /// WithDeadlineCause: when, and the cause's text (`None`: nil).
    DeadlineCause(Time, Option<String>),
    /// WithValue: the key and the value.
    Value {
        /// The key (comparable, non-nil, or Go panics).
        key: GoValue,
        /// The value.
        value: GoValue,
    },
}

impl Args {
    /// Whether `kind` takes exactly these arguments.
    pub fn fit(&self, kind: ContextKind) -> bool {
        use ContextKind as K;
        matches!(
            (kind, self),
            (K::Background | K::Todo | K::WithCancel | K::WithCancelCause | K::WithoutCancel, Args::None)
                | (K::WithTimeout, Args::Timeout(_))
                | (K::WithDeadline, Args::Deadline(_))
                | (K::WithTimeoutCause, Args::TimeoutCause(..))
                | (K::WithDeadlineCause, Args::DeadlineCause(..))
                | (K::WithValue, Args::Value { .. })
        )
    }
}

/// The call as a node shows it: `WithTimeout 2s`, `WithDeadline t=3s`, `WithValue`: the Go
/// function's name ([`ContextKind::go_name`]) and its time argument.
pub fn call_label(kind: ContextKind, args: &Args) -> String {
    match args {
        Args::Timeout(d) | Args::TimeoutCause(d, _) => format!("{} {d}", kind.go_name()),
        Args::Deadline(t) | Args::DeadlineCause(t, _) => format!("{} {}", kind.go_name(), clock(*t)),
        Args::None | Args::Value { .. } => kind.go_name().to_string(),
    }
}

/// What an applied action did.
#[derive(Clone, Debug, PartialEq)]
pub enum Applied {
    /// A node was made.
    Added(NodeId),
    /// A cancel func was called (a no-op if the node was already done).
    Canceled,
    /// A goroutine was attached.
    GoroutineAttached(GoroutineId),
    /// An AfterFunc was registered.
    AfterFuncRegistered(AfterFuncId),
    /// `stop()` returned this.
    Stopped(bool),
    /// `ctx.Value(key)` returned this.
    Value(GoValue),
    /// This many nodes were removed.
    Removed(usize),
    /// A program's goroutines or ending were recorded: this many chips or leak marks changed.
    Program(usize),
    /// The clock moved; `fired` if a deadline fired.
    Clock {
        /// Whether any deadline fired.
        fired: bool,
    },
}

/// Why an action changed nothing, in words a learner can act on.
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
    /// No `context` function has this name.
    UnknownKind(String),
    /// The function was given arguments it does not take.
    Arguments(ContextKind),
    /// Background and TODO make roots: they take no parent.
    RootWithParent(ContextKind),
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
            LabError::UnknownKind(n) => write!(f, "There is no context.{n}: pick one of the context functions."),
            LabError::Arguments(k) => {
                let takes = match k {
                    ContextKind::WithTimeout => "a parent and a timeout",
                    ContextKind::WithDeadline => "a parent and a deadline",
                    ContextKind::WithTimeoutCause => "a parent, a timeout and a cause",
                    ContextKind::WithDeadlineCause => "a parent, a deadline and a cause",
                    ContextKind::WithValue => "a parent, a key and a value",
                    ContextKind::Background | ContextKind::Todo => "no arguments",
                    _ => "only a parent",
                };
                write!(f, "context.{} takes {takes}.", k.go_name())
            }
            LabError::RootWithParent(k) => write!(f, "context.{}() makes a root: it takes no parent.", k.go_name()),
        }
    }
}

impl std::error::Error for LabError {}

impl From<EngineError> for LabError {
    fn from(e: EngineError) -> Self {
        LabError::Engine(e)
    }
}

/// The `context` function called `name` (`WithTimeout`, `TODO`...), or [`LabError::UnknownKind`].
pub fn kind_named(name: &str) -> Result<ContextKind, LabError> {
    ContextKind::from_go_name(name).ok_or_else(|| LabError::UnknownKind(name.to_string()))
}
