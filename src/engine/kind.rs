//! Which `context` function made a node ([`ContextKind`]) and which of Go's context types it is
//! ([`Shape`]): the names the lesson, the tree and a Go program's trace all use.

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

    /// Every `context` function, in the order Go's documentation lists them.
    pub const ALL: [ContextKind; 10] = [
        ContextKind::Background,
        ContextKind::Todo,
        ContextKind::WithCancel,
        ContextKind::WithCancelCause,
        ContextKind::WithDeadline,
        ContextKind::WithDeadlineCause,
        ContextKind::WithTimeout,
        ContextKind::WithTimeoutCause,
        ContextKind::WithValue,
        ContextKind::WithoutCancel,
    ];

    /// The function with this Go name (`WithTimeout`, `TODO`...); `None` for any other name.
    pub fn from_go_name(name: &str) -> Option<ContextKind> {
        ContextKind::ALL.into_iter().find(|k| k.go_name() == name)
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
