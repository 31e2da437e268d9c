//! The `newer-apis` section: what Go 1.20 and 1.21 added to the package.

use super::program;
use crate::content::{Block, CalloutKind, Section};

/// `newer-apis`: `WithCancelCause`, `Cause`, `WithTimeoutCause`, `AfterFunc`, `WithoutCancel`.
pub(super) const NEWER_APIS: Section = Section {
    id: "newer-apis",
    title: "Newer tools (Go 1.20 and 1.21)",
    blocks: &[
        Block::Para(
            "The API above has been stable since Go 1.7. Go 1.20 and 1.21 added a few tools for \
jobs the original could not express well. You will meet them in modern code.",
        ),
        Block::Heading {
            id: "api-cancel-cause",
            text: "WithCancelCause and Cause",
            since: Some("Go 1.20"),
        },
        Block::Para(
            "`Err()` can only say `context canceled`, not *why*. `context.WithCancelCause` \
returns a cancel function that takes an error, and `context.Cause(ctx)` gives that error back. \
`Err()` still returns `context.Canceled`, so existing checks keep working. `Cause` is `nil` \
while the context is live; after a cancel without a cause, such as `cancel(nil)`, it is \
`context.Canceled`.",
        ),
        Block::Heading {
            id: "api-timeout-cause",
            text: "WithTimeoutCause and WithDeadlineCause",
            since: Some("Go 1.21"),
        },
        Block::Para(
            "The same idea for deadlines: when the context's own deadline passes, `Cause` \
returns the error you gave. Two cases never use it. Cancel early with the returned function, \
and the cause is just `context.Canceled`. And if the parent's deadline comes first, Go gives \
you a plain `WithCancel` child with no timer of its own ([as above](#parent-deadline)): the \
parent's deadline ends it, so `Cause` reports the parent's reason, `context deadline \
exceeded`, and your error is dropped.",
        ),
        Block::Code(program(
            "cancel-cause",
            "`Err()` says what happened; `Cause` says why.",
            include_str!("../examples/cancel-cause/main.go"),
            "\
before: <nil> <nil>
Err:   context canceled
Cause: client closed the connection
Err:   context deadline exceeded
Cause: payment service took longer than 50ms
under a 20ms parent, the parent's deadline: true
Cause: context deadline exceeded
",
        )),
        Block::Heading {
            id: "api-after-func",
            text: "AfterFunc",
            since: Some("Go 1.21"),
        },
        Block::Para(
            "`context.AfterFunc(ctx, f)` arranges for `f` to run in its own goroutine once \
`ctx` is done, which is handy for closing a connection without a goroutine that sits on \
`<-ctx.Done()` the whole time. It returns a `stop` function: calling it before `f` has \
started prevents `f` from running and returns `true`. It returns `false` once `f` has started, \
and also when `f` was already stopped, so only the first successful call says `true`.",
        ),
        Block::Code(program(
            "after-func",
            "`f` runs after cancel, unless `stop` gets there first.",
            include_str!("../examples/after-func/main.go"),
            "\
AfterFunc: context done, closing the connection
stop() after f started: false
stop() before cancel: true
stop() a second time: false
",
        )),
        Block::Heading {
            id: "api-without-cancel",
            text: "WithoutCancel",
            since: Some("Go 1.21"),
        },
        Block::Para(
            "Some work must outlive the request that started it, like writing an audit record \
after the client has gone. `context.WithoutCancel(ctx)` returns a context that keeps `ctx`'s \
values but not its cancellation: it has no deadline, its `Done()` is `nil`, and cancelling \
`ctx` does not reach it.",
        ),
        Block::Code(program(
            "without-cancel",
            "A detached context keeps the values and ignores the cancel.",
            include_str!("../examples/without-cancel/main.go"),
            "\
request:  context canceled
detached: <nil> | Done() is nil: true
still sees values: abc-123
context.Background.WithValue(main.ctxKey, abc-123).WithCancel.WithoutCancel
",
        )),
        Block::Callout {
            kind: CalloutKind::Warning,
            title: "Detached work needs its own limit",
            body: "Nothing will ever cancel a `WithoutCancel` context for you. If the detached \
work can block, derive a timeout from it: `context.WithTimeout(context.WithoutCancel(ctx), \
5*time.Second)`.",
        },
        Block::Callout {
            kind: CalloutKind::Note,
            title: "Which Go version?",
            body: "`WithCancelCause` and `Cause` arrived in Go 1.20; `WithTimeoutCause`, \
`WithDeadlineCause`, `AfterFunc` and `WithoutCancel` in Go 1.21. Code that must still build \
with an older Go can't use them. The rest of the `context` package has been there since Go \
1.7, but not everything around it: `errors.Is` and `%w` came in Go 1.13, for example, and the \
programs here use newer Go in places (`for i := range n` needs Go 1.22). Every output shown is \
Go 1.27's.",
        },
    ],
};
