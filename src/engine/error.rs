//! Errors: the Go errors a context reports ([`GoError`]) and the engine's own failures
//! ([`EngineError`]), which carry Go's exact panic messages where Go would panic.
//!
//! **Invariant**: the engine never panics the host; every misuse a learner or client can make is
//! an [`EngineError`].

use std::fmt;

use super::id::{AfterFuncId, NodeId};
use super::time::Time;

/// An `error` value as a context reports it from `Err()` or `Cause()`.
///
/// Equality is Go's: `Canceled` and `DeadlineExceeded` are sentinels, and a custom error (as from
/// `errors.New("x")`) is equal only to itself, compared by its `id`, never by its message.
#[derive(Clone, Debug, Eq)]
pub enum GoError {
    /// `context.Canceled`: `context canceled`.
    Canceled,
    /// `context.DeadlineExceeded`: `context deadline exceeded`; `Timeout()` is true.
    DeadlineExceeded,
    /// Any other error, e.g. `errors.New(message)`; `id` is its identity.
    Custom {
        /// Identity: two custom errors are equal iff their ids are.
        id: u64,
        /// What `Error()` returns.
        message: String,
    },
}

impl GoError {
    /// A custom error with identity `id` and `Error()` text `message`.
    pub fn custom(id: u64, message: impl Into<String>) -> GoError {
        GoError::Custom { id, message: message.into() }
    }

    /// What `err.Error()` returns.
    pub fn message(&self) -> &str {
        match self {
            GoError::Canceled => "context canceled",
            GoError::DeadlineExceeded => "context deadline exceeded",
            GoError::Custom { message, .. } => message,
        }
    }

    /// Go's `Timeout()` (and `Temporary()`): true only for `DeadlineExceeded`.
    pub fn is_timeout(&self) -> bool {
        matches!(self, GoError::DeadlineExceeded)
    }
}

impl PartialEq for GoError {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (GoError::Canceled, GoError::Canceled) => true,
            (GoError::DeadlineExceeded, GoError::DeadlineExceeded) => true,
            (GoError::Custom { id: a, .. }, GoError::Custom { id: b, .. }) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for GoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// Why an engine call failed. The first three are Go panics, with Go's exact messages; the rest
/// are client mistakes Go cannot express (an id that names nothing, time running backwards).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// Go panics `cannot create context from nil parent` (every `With*` function).
    NilParent,
    /// `WithValue` with a nil key: Go panics `nil key`.
    NilKey,
    /// `WithValue` with a key whose type is not comparable: Go panics `key is not comparable`.
    KeyNotComparable,
    /// No context with this id (never created, or removed by `remove_subtree`).
    UnknownContext(NodeId),
    /// No AfterFunc registration with this id.
    UnknownAfterFunc(AfterFuncId),
    /// The context has no cancel function (Background, TODO, WithValue, WithoutCancel).
    NotCancelable(NodeId),
    /// The context's cancel function takes no cause: only `WithCancelCause` returns a
    /// `CancelCauseFunc`.
    NoCauseFunc(NodeId),
    /// `advance_to` was asked to move the virtual clock backwards.
    ClockBackwards {
        /// The clock's current time.
        now: Time,
        /// The earlier time asked for.
        to: Time,
    },
}

impl EngineError {
    /// The message Go would panic with, if this error is a Go panic.
    pub fn go_panic(&self) -> Option<&'static str> {
        match self {
            EngineError::NilParent => Some("cannot create context from nil parent"),
            EngineError::NilKey => Some("nil key"),
            EngineError::KeyNotComparable => Some("key is not comparable"),
            _ => None,
        }
    }
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(msg) = self.go_panic() {
            return f.write_str(msg);
        }
        match self {
            EngineError::UnknownContext(id) => write!(f, "no context {id}: it was never created or was removed"),
            EngineError::UnknownAfterFunc(id) => write!(f, "no AfterFunc registration {id}"),
            EngineError::NotCancelable(id) => {
                write!(
                    f,
                    "context {id} has no cancel function (only WithCancel, WithCancelCause, WithTimeout, \
                     WithTimeoutCause, WithDeadline and WithDeadlineCause return one)"
                )
            }
            EngineError::NoCauseFunc(id) => {
                write!(f, "context {id}'s cancel function takes no cause (only WithCancelCause's does)")
            }
            EngineError::ClockBackwards { now, to } => {
                write!(f, "the virtual clock cannot go back from {}ns to {}ns", now.0, to.0)
            }
            _ => Ok(()),
        }
    }
}

impl std::error::Error for EngineError {}
