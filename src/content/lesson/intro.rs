//! The opening: what the lesson teaches, and why the `context` package exists.

use super::declarations;
use crate::content::{Block, CalloutKind, Section};

/// `objectives`: the six things a learner will be able to do.
pub(super) const OBJECTIVES: Section = Section {
    id: "objectives",
    title: "What you'll learn",
    blocks: &[
        Block::Para("By the end of this lesson you will be able to:"),
        Block::List(&[
            "Start a tree of contexts from a root with `context.Background()` or `context.TODO()`.",
            "Add cancellation with `context.WithCancel`, and signal it by calling `cancel()`.",
            "Put a time limit on work with `context.WithTimeout` and `context.WithDeadline`.",
            "Carry request-scoped values with `context.WithValue`, and know when not to.",
            "Thread a context through a chain of function calls, so one cancel reaches them all.",
            "Avoid the usual pitfalls: loops that miss a cancel, waits that can't be cut short, \
and goroutines that outlive the request they worked for.",
        ]),
        Block::Callout {
            kind: CalloutKind::Note,
            title: "Before you start",
            body:
                "This lesson assumes you are comfortable with goroutines, channels and `select`. \
Every program in it is complete: press Run beside it to run it here, in the page, and watch the \
context tree it builds, or save it as `main.go` and run `go run main.go`. Either way you will see \
exactly the output shown, as printed by Go 1.27.",
        },
    ],
};

/// `why-context`: the two problems context solves, and what a context carries.
pub(super) const WHY_CONTEXT: Section = Section {
    id: "why-context",
    title: "Why context exists",
    blocks: &[
        Block::Para(
            "Picture a web server handling a search. It queries a database, calls two other \
services and builds a page. Halfway through, the user closes the tab. Nobody will read the \
answer, yet the server carries on querying and calling until it is done, spending database time \
and memory on a page nobody will see.",
        ),
        Block::Para(
            "Or the database is slow today. The client gives up after five seconds, but the \
handler waits on a query that takes thirty. Multiply that by every request, and one slow \
dependency becomes a pile-up of goroutines, all waiting for work nobody wants any more.",
        ),
        Block::Para(
            "Both problems need the same thing: a way for the code at the top of a request to \
tell everything it started, however deep in the call chain and in whichever goroutine, \
*stop now, the answer is no longer wanted*. That is what the `context` package provides.",
        ),
        Block::Callout {
            kind: CalloutKind::Rule,
            title: "Context in one sentence",
            body: "A `context.Context` carries a **cancellation signal**, an optional \
**deadline** and **request-scoped values** across API boundaries and between goroutines.",
        },
        Block::Para("The `Context` interface is small. It has four methods:"),
        Block::Code(declarations(
            "context-interface",
            r##"type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}
"##,
        )),
        Block::List(&[
            "`Done()` returns a channel that is **closed** when the work should stop. Closing is \
a broadcast: every goroutine receiving from the channel wakes up at once.",
            "`Err()` says why: `nil` while `Done` is still open, then `context.Canceled` or \
`context.DeadlineExceeded`.",
            "`Deadline()` reports when the context will cancel itself, if it ever will.",
            "`Value(key)` looks up a request-scoped value, such as a request ID.",
        ]),
        Block::Para(
            "You rarely implement this interface yourself. Instead you start from a root and \
*derive* new contexts from it, each adding one thing: a way to cancel, a deadline or a value. \
The result is a tree. Cancelling a context cancels everything derived from it, except what \
was deliberately cut loose with [WithoutCancel](#api-without-cancel), and nothing above it.",
        ),
    ],
};
