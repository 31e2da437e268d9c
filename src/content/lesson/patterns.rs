//! The `patterns` section: the habits that make cancellation work in real code, and the
//! mistakes that quietly break it.
//!
//! Every claim here is shown by a program real Go runs in `tests/content.rs`, or quoted from
//! Go's documentation in a comment next to it.

use super::{program, test_file};
use crate::content::{Block, CalloutKind, Section};

/// `patterns`: loops, waiting, `cancel` not waiting, shared contexts, request lifetime,
/// shutting down, errgroup and contexts in tests.
pub(super) const PATTERNS: Section = Section {
    id: "patterns",
    title: "Patterns and pitfalls",
    blocks: &[
        Block::Para(
            "You now know every part of the package. What remains is using it well: most \
context bugs are not misunderstood APIs but a loop that doesn't look, a wait that can't be \
interrupted, or a goroutine that outlives what it was working for.",
        ),
        Block::Heading {
            id: "check-before-work",
            text: "Check before each unit of work",
            since: None,
        },
        Block::Para(
            "When several cases of a `select` are ready, Go picks one **at random**. A worker \
that selects on `ctx.Done()` and on a queue of jobs may therefore keep taking jobs after the \
cancel, while the queue still has some. Check `ctx.Err()` right before starting each unit of \
work, and no job starts after the cancel:",
        ),
        Block::Code(program(
            "loop-select",
            "Both loops get a cancelled context and a full queue, a hundred times over.",
            include_str!("../examples/loop-select/main.go"),
            "\
select alone, jobs handled after cancel: true
ctx.Err() first, jobs handled after cancel: 0
",
        )),
        Block::Heading {
            id: "wait-with-timer",
            text: "Wait with a timer, not time.Sleep",
            since: None,
        },
        Block::Para(
            "`time.Sleep` knows nothing about contexts: a retry loop that sleeps a minute \
between attempts notices a cancel only when the minute is over. Wait in a `select` instead, on \
a timer and on `ctx.Done()`, and stop the timer when you leave:",
        ),
        Block::Code(program(
            "sleep-timer",
            "`time.Sleep` waits out its time; a timer in a `select` doesn't have to.",
            include_str!("../examples/sleep-timer/main.go"),
            "\
time.Sleep waited 300ms: true
though ctx was done long before: context deadline exceeded
sleep(ctx) returned early: true | context deadline exceeded
",
        )),
        // time.NewTimer's documentation (Go 1.23+): "Before Go 1.23, the garbage collector did
        // not recover timers that had not yet expired or been stopped, so code often immediately
        // deferred t.Stop after calling NewTimer ... As of Go 1.23, the garbage collector can
        // recover unreferenced timers, even if they haven't expired or been stopped."
        Block::Para(
            "`defer t.Stop()` cancels a timer that has no reason to fire any more. Before Go \
1.23 it also mattered for memory, because a timer that was neither stopped nor fired could \
not be freed; since then the garbage collector reclaims it, but the habit still says plainly \
that the wait is over.",
        ),
        Block::Heading {
            id: "cancel-does-not-wait",
            text: "cancel() doesn't wait",
            since: None,
        },
        // context package documentation: "The same Context may be passed to functions running
        // in different goroutines; Contexts are safe for simultaneous use by multiple
        // goroutines." tests/content.rs also runs this program under the race detector.
        Block::Para(
            "A context is safe for many goroutines at once: pass the same `ctx` to all of them, \
and every one can wait on `Done`, call `Err` and look up values while another cancels it. But \
`cancel()` only closes the channel and returns. It does not wait for anyone to notice, let \
alone finish. To know that the workers have returned, wait for them, with a \
`sync.WaitGroup`:",
        ),
        Block::Code(program(
            "cancel-wait",
            "Three goroutines share one context; only `wg.Wait()` knows when they're done.",
            include_str!("../examples/cancel-wait/main.go"),
            "\
right after cancel(): 0 of 3 finished
after wg.Wait(): 3 of 3 finished
",
        )),
        Block::Heading {
            id: "request-lifetime",
            text: "A request's context ends with its handler",
            since: None,
        },
        // net/http, Request.Context: "For incoming server requests, the context is canceled
        // when the client's connection closes, the request is canceled (with HTTP/2), or when
        // the ServeHTTP method returns."
        Block::Para(
            "`r.Context()` is cancelled as soon as the handler returns, even when the client \
is still connected. Work that must outlive the response, such as an audit record or a cache \
write, must not use it. Detach with `context.WithoutCancel`, which keeps the request's values, \
and give the detached work a timeout of its own, because nothing else will ever end it:",
        ),
        Block::Code(program(
            "detached-work",
            "The same 50ms write, started by a handler that returns at once.",
            include_str!("../examples/detached-work/main.go"),
            "\
client: 200 OK
audit with r.Context(): lost: context canceled
audit with WithoutCancel: saved
",
        )),
        Block::Heading {
            id: "shutdown",
            text: "Shutting down: signal.NotifyContext",
            since: None,
        },
        // os/signal, NotifyContext: "returns a copy of the parent context that is marked done
        // ... when one of the listed signals arrives, when the returned stop function is called,
        // or when the parent context's Done channel is closed" and "If a signal causes the
        // returned context to be canceled, calling context.Cause on it will return an error
        // describing the signal." Future interrupts "will not trigger the default (exit)
        // behavior until the returned stop function is called."
        Block::Para(
            "The root of a program's tree belongs in `main`, and it should end when the program \
is asked to stop. `signal.NotifyContext` returns a context that is cancelled when one of the \
signals you name arrives, such as Ctrl+C. Pass it to everything `main` starts, and a single \
Ctrl+C reaches all of it; `context.Cause` says which signal it was. Calling `stop` restores \
the usual behaviour, so a second Ctrl+C ends a program stuck in its shutdown.",
        ),
        Block::Code(program(
            "notify-context",
            "The program sends itself an interrupt, as Ctrl+C would.",
            include_str!("../examples/notify-context/main.go"),
            "\
serving until interrupted
shutting down: context canceled
cause: interrupt signal received
",
        )),
        Block::Heading {
            id: "errgroup-fan-out",
            text: "Fan-out: the first error cancels the rest",
            since: None,
        },
        // golang.org/x/sync/errgroup, WithContext: "The derived Context is canceled the first
        // time a function passed to Go returns a non-nil error or the first time Wait returns,
        // whichever occurs first." Wait "returns the first non-nil error (if any) from them".
        Block::Para(
            "Starting several calls at once and giving up on all of them when one fails is so \
common that the Go team maintains a package for it, `errgroup`, in the module \
`golang.org/x/sync` (add it with `go get golang.org/x/sync`). `errgroup.WithContext` returns a \
group and a context; the first function to return an error cancels that context, and `Wait` \
waits for every function, then returns the first error. (`Wait` cancels the context too, so \
don't use it after `Wait`.)",
        ),
        Block::Code(program(
            "errgroup",
            "`orders` fails after 20ms; `users` and `prices` stop instead of waiting a second.",
            include_str!("../examples/errgroup/main.go"),
            "\
Wait: orders: connection refused | took under 1s: true
   users: context canceled
   orders: connection refused
   prices: context canceled
",
        )),
        Block::Heading {
            id: "testing-context",
            text: "Contexts in tests",
            since: Some("Go 1.24"),
        },
        // testing, (*T).Context: "Context returns a context that is canceled just before
        // Cleanup-registered functions are called."
        Block::Para(
            "In a test, take the context from `t.Context()`. It is cancelled when the test \
ends, just before the functions registered with `t.Cleanup` run, so anything the test started \
with it is told to stop, and a cleanup can wait for that. Derive timeouts from it as from any \
other context:",
        ),
        Block::Code(test_file(
            "t-context",
            "fetch_test.go",
            "Save it in a module and run `go test`: it prints these lines, then `ok` and the time.",
            include_str!("../examples/t-context/fetch_test.go"),
            "\
during the test: <nil>
in Cleanup: context canceled
PASS
",
        )),
        Block::Callout {
            kind: CalloutKind::Rule,
            title: "The checklist",
            body: "Check `ctx.Err()` before each unit of work; wait in a `select`, never in \
`time.Sleep`; after `cancel()`, wait for your goroutines if you need them gone; never use \
`r.Context()` after the handler returns; start `main` from `signal.NotifyContext` and tests \
from `t.Context()`.",
        },
    ],
};
