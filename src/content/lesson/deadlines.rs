//! The `deadlines` section: `WithTimeout`, `WithDeadline` and `DeadlineExceeded`.

use super::{given, program, statements, PARENT};
use crate::content::{Block, CalloutKind, Section};

/// `deadlines`: time limits, `errors.Is`, the parent's deadline winning, early cancel.
pub(super) const DEADLINES: Section = Section {
    id: "deadlines",
    title: "WithTimeout and WithDeadline",
    blocks: &[
        Block::Para(
            "Most real cancellation is about time: a request may take at most two seconds, a \
query at most 500 milliseconds. `context.WithTimeout` derives a context that cancels itself \
after a duration, the usual way to bound one call or one request:",
        ),
        Block::Code(given(
            statements(
                "with-timeout-call",
                r##"ctx, cancel := context.WithTimeout(parent, 5*time.Second)
defer cancel()
"##,
            ),
            PARENT,
        )),
        Block::Para(
            "`context.WithDeadline` does the same at a point in time. The two are one \
mechanism: `WithTimeout(parent, d)` is `WithDeadline(parent, time.Now().Add(d))`.",
        ),
        Block::Code(given(
            statements(
                "with-deadline-call",
                r##"deadline := time.Now().Add(5 * time.Second)
ctx, cancel := context.WithDeadline(parent, deadline)
defer cancel()
"##,
            ),
            PARENT,
        )),
        Block::Para(
            "When the time is up, `Done` closes and `Err()` returns \
`context.DeadlineExceeded`, whose message is `context deadline exceeded`. Code on the way up \
usually wraps errors, so test for it with `errors.Is`, not `==`:",
        ),
        Block::Code(program(
            "timeout",
            "A one-second query under a 100ms timeout.",
            include_str!("../examples/timeout/main.go"),
            "\
rows=\"\" err=slowQuery: context deadline exceeded
timed out: true
gave up well before 1s: true
",
        )),
        Block::Para(
            "`slowQuery` wrapped the error with `%w`, so `err == context.DeadlineExceeded` is \
false, but `errors.Is` unwraps and finds it. The standard library's HTTP client wraps it the \
same way: its error is a `*url.Error` with the context's error inside.",
        ),
        Block::Code(program(
            "http-timeout",
            "An HTTP request under a 50ms timeout, to a server that needs a second.",
            include_str!("../examples/http-timeout/main.go"),
            "\
a *url.Error: true
errors.Is DeadlineExceeded: true
",
        )),
        // gRPC: grpc-go returns a status error (internal/status/status.go: `type Error struct
        // { s *Status }` has no Unwrap, and its `Is` matches only another status `*Error`), so
        // `errors.Is(err, context.DeadlineExceeded)` is false; the code is checked with
        // `status.Code(err) == codes.DeadlineExceeded` (https://pkg.go.dev/google.golang.org/grpc/status).
        Block::Para(
            "Not every library does. A gRPC call that runs out of time returns a gRPC status \
error with the code `DeadlineExceeded`, which `errors.Is(err, context.DeadlineExceeded)` does \
not match: ask `status.Code(err) == codes.DeadlineExceeded` instead. Database drivers vary too. \
When it matters, check the library's documentation, or test `ctx.Err()` yourself: after a \
timeout it is `context.DeadlineExceeded`, whatever the library returned.",
        ),
        Block::Heading {
            id: "parent-deadline",
            text: "A child can't outlive its parent",
            since: None,
        },
        Block::Para(
            "Deadlines only get earlier as you go down the tree (the one exception is \
[WithoutCancel](#api-without-cancel), which drops the deadline along with the \
cancellation). Ask for a later deadline than the parent's and you get the parent's, since the parent will be cancelled at its own deadline \
and take the child with it. The child's `Deadline()` says so:",
        ),
        Block::Code(program(
            "deadline-rules",
            "The parent's deadline wins; cancelling early gives `Canceled`.",
            include_str!("../examples/deadline-rules/main.go"),
            "\
child keeps the parent's deadline: true
child: context deadline exceeded
cancelled early: context canceled
",
        )),
        Block::Para(
            "The child asked for ten seconds, reports its parent's deadline, and was done \
after 50 milliseconds with `context deadline exceeded`. The second part shows another rule: a \
context cancelled by its cancel function before its deadline reports `context canceled`, \
because that is what happened. Whichever comes first, deadline or cancel, decides `Err()` for \
good.",
        ),
        Block::Callout {
            kind: CalloutKind::Tip,
            title: "Still defer cancel",
            body: "A context with a deadline cancels itself eventually, so why call `cancel`? \
Because until then its timer keeps it alive, and a cancellable parent keeps it in its list \
of children. Calling `cancel` as soon as the work is done releases both straight away. `go vet` checks `WithTimeout` and \
`WithDeadline` just as it checks `WithCancel`.",
        },
    ],
};
