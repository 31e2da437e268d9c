//! The closing sections: the knowledge check, the exercise and where to go next.

use crate::content::{Block, CalloutKind, CodeExample, CodeKind, CodeRole, Section};

/// `knowledge-check`: introduces the quiz, which is built elsewhere.
pub(super) const KNOWLEDGE_CHECK: Section = Section {
    id: "knowledge-check",
    title: "Knowledge check",
    blocks: &[
        Block::Para(
            "Time to see what stuck. These questions cover the ideas that matter most in real \
code: what a forgotten `cancel` costs, where `ctx` goes in a signature, why context keys \
get a type of their own, and the loops and goroutines that ignore a cancel. Take your time; if \
one catches you out, reread [WithCancel](#with-cancel), [the call chain](#call-chain), \
[WithValue](#with-value) or [Patterns and pitfalls](#patterns).",
        ),
        Block::Quiz,
    ],
};

/// The exercise as the learner receives it: it compiles, runs and has two `TODO`s.
const STARTER: CodeExample = CodeExample {
    id: "exercise-starter",
    caption: Some("The starter: it compiles and runs, but nothing watches the deadline yet."),
    filename: Some("main.go"),
    source: include_str!("../examples/exercise-starter/main.go"),
    kind: CodeKind::Program {
        expected_output: "\
alice: report for alice (took 300ms)
bob: report for bob (took 3s)
",
    },
    role: CodeRole::Starter,
};

/// A worked solution, revealed on demand.
const SOLUTION: CodeExample = CodeExample {
    id: "exercise-solution",
    caption: Some("One solution: a `select` in `handle`, a 2-second timeout in `serve`."),
    filename: Some("main.go"),
    source: include_str!("../examples/exercise-solution/main.go"),
    kind: CodeKind::Program {
        expected_output: "\
alice: report for alice (took 300ms)
bob: gave up after 2s: context deadline exceeded
",
    },
    role: CodeRole::Solution,
};

/// `exercise`: "Do it yourself", with a starter, hints, commands and a solution.
pub(super) const EXERCISE: Section = Section {
    id: "exercise",
    title: "Do it yourself",
    blocks: &[
        Block::Para(
            "Now build it yourself: a small server-like program whose handler does slow work \
for each request, and gives up when the request's time runs out.",
        ),
        Block::List(&[
            "`handle(ctx, name, work)` is an HTTP-like handler. It starts the slow work in a \
goroutine, which sends its result on a channel.",
            "Make `handle` wait with a `select` on that channel and on `ctx.Done()`, returning \
`ctx.Err()` if the context is done first.",
            "At the call site, `serve`, create each request's context with \
`context.WithTimeout` and a **2-second** limit, and `defer` its cancel function.",
        ]),
        Block::Para(
            "Make a new folder, save the starter below in it as `main.go`, and run it. It \
compiles and runs as it is:",
        ),
        Block::Code(STARTER),
        Block::Para(
            "`bob`'s request takes the full 3 seconds, because nothing watches a deadline: \
there isn't one yet. Fill in the two `TODO`s. When you're done, `alice` still gets her report \
after 300ms, and `bob` gets `context deadline exceeded` after 2 seconds.",
        ),
        Block::Para(
            "Run it, then vet it. `go vet ./...` works on a module, so create one first; once \
the program is right, vet prints nothing.",
        ),
        Block::Commands(&["go mod init ctxexercise", "go run main.go", "go vet ./..."]),
        Block::Hints(&[
            "In `serve`: `ctx, cancel := context.WithTimeout(context.Background(), \
2*time.Second)`, then `defer cancel()` on the next line.",
            "In `handle`, replace the last `return` with a `select` that has two cases: \
`case r := <-result:` and `case <-ctx.Done():`.",
            "Why is `result` buffered? When the deadline wins, nobody ever receives from it. \
With room for one value, the worker's send still succeeds, so its goroutine can finish \
instead of leaking.",
            "When `bob`'s `handle` returns at 2 seconds, his worker goroutine is still asleep: \
neither the deadline nor `cancel()` stops it, so it runs its full 3 seconds (here the program \
ends first). Code that must know its workers are done waits for them; see \
[cancel doesn't wait](#cancel-does-not-wait).",
            "If `go vet` says `the cancel function returned by context.WithTimeout should be \
called, not discarded`, you wrote `ctx, _ :=`. Keep the cancel function and defer it.",
        ]),
        Block::Code(SOLUTION),
        Block::Callout {
            kind: CalloutKind::Tip,
            title: "Going further",
            body: "Give `handle` its own, tighter limit for the slow part: derive \
`context.WithTimeout(ctx, time.Second)` inside it. `bob` now gives up after 1 second, and \
`alice` is unaffected. A callee can shorten the deadline it was given, never extend it; only \
work cut loose with `WithoutCancel` escapes it, and then it needs a limit of its own.",
        },
    ],
};

/// `next`: where to go after this lesson.
pub(super) const NEXT: Section = Section {
    id: "next",
    title: "Where to go next",
    blocks: &[
        Block::Para(
            "Context is built on Go's other concurrency tools, so the best next step is to \
make those second nature:",
        ),
        Block::List(&[
            "**Goroutines**: starting concurrent work, and knowing when it has finished.",
            "**Channels**: especially closing a channel as a broadcast, which is exactly how \
`Done()` works.",
            "**select**: waiting on several things at once, the shape of every `ctx.Done()` \
check.",
            "**sync**: `WaitGroup`, `Mutex` and `Once`, for coordination that channels don't \
fit.",
            "**The concurrency lab**: scenario questions on real concurrency bugs and patterns, \
bringing goroutines, channels, `select`, `sync` and context together.",
        ]),
        Block::Para(
            "For the full reference, read the [context package \
documentation](https://pkg.go.dev/context) and the Go blog post [Go Concurrency Patterns: \
Context](https://go.dev/blog/context).",
        ),
    ],
};
