//! The `with-cancel` section: cancelling work on demand, cooperatively.

use super::{given, program, statements, PARENT};
use crate::content::{Block, CalloutKind, Section};

/// `with-cancel`: `WithCancel`, `Done`, `Err`, cooperative cancellation and `defer cancel()`.
pub(super) const WITH_CANCEL: Section = Section {
    id: "with-cancel",
    title: "WithCancel: stopping work on demand",
    blocks: &[
        Block::Para(
            "`context.WithCancel` derives a child context from a parent and gives you a \
function that cancels it:",
        ),
        Block::Code(statements(
            "with-cancel-call",
            r##"ctx, cancel := context.WithCancel(context.Background())
defer cancel() // always; see "Always call cancel" below
"##,
        )),
        Block::Para(
            "Calling `cancel()` does three things at once: it closes `ctx.Done()`, it makes \
`ctx.Err()` return `context.Canceled`, and it cancels every context derived from `ctx`. Until \
then, `Err()` returns `nil`. Once set, the error never changes, and calling `cancel` a second \
time does nothing, so it is always safe to call.",
        ),
        Block::Code(program(
            "cancel-basics",
            "`Err()` before and after `cancel()`; the second call is harmless.",
            include_str!("../examples/cancel-basics/main.go"),
            "\
context.Background.WithCancel
before cancel: <nil>
after cancel:  context canceled
still Canceled: true
",
        )),
        Block::Heading {
            id: "watching-done",
            text: "Watching Done",
            since: None,
        },
        Block::Para(
            "Cancellation is **cooperative**. `cancel()` does not stop any goroutine: Go has no \
way to kill a goroutine from outside. It closes a channel, and every goroutine working for that \
context is expected to notice and return. The usual way to notice is a `select` with a \
`<-ctx.Done()` case next to the work:",
        ),
        Block::Code(program(
            "cancel-worker",
            "A worker that handles jobs until its context is cancelled.",
            include_str!("../examples/cancel-worker/main.go"),
            "\
worker: handled job 1
worker: handled job 2
worker: handled job 3
worker: stopping: context canceled
main: worker has exited
",
        )),
        Block::Para(
            "The worker handles three jobs, then `main` cancels. The next time the worker \
reaches its `select`, the `Done` case is ready, so it prints why (`ctx.Err()`) and returns. \
`main` waits on `finished`, so it prints its last line only after the worker has gone.",
        ),
        Block::Callout {
            kind: CalloutKind::Warning,
            title: "Nobody is listening",
            body: "A goroutine that never checks `ctx.Done()`, and never calls anything that \
does, keeps running after `cancel()`. Every long loop and every blocking wait should have a way \
out through `ctx.Done()`. Functions that take a `ctx`, like a database driver's \
`QueryContext`, do this for you.",
        },
        Block::Heading {
            id: "cancel-flows-down",
            text: "Cancellation flows down, never up",
            since: None,
        },
        Block::Para(
            "Contexts form a tree. Cancelling a context cancels all of its descendants, but \
never its parent and never its siblings:",
        ),
        Block::Code(program(
            "cancel-tree",
            "Cancel a child, then its parent, and look at every `Err()`.",
            include_str!("../examples/cancel-tree/main.go"),
            "\
after cancelA():
  parent: <nil>
  childA: context canceled
  childB: <nil>
after cancelParent():
  parent: context canceled
  childA: context canceled
  childB: context canceled
",
        )),
        Block::Para(
            "Cancelling `childA` affected only `childA`. Cancelling `parent` reached `childB` \
as well, because a child is registered with its parent until one of them is cancelled. The same \
holds for a whole request: cancel its context, and every piece of work derived from it stops.",
        ),
        Block::Heading {
            id: "always-cancel",
            text: "Always call cancel",
            since: None,
        },
        Block::Para(
            "Call the cancel function even when the work finishes normally. Until it is \
called, a cancellable parent keeps the child in its list of children, along with anything \
derived from it, until the parent itself is cancelled. Under a long-lived parent, such as a \
server's base context, that is a leak that grows with every request. The habit that prevents \
it is one line, straight after the call:",
        ),
        Block::Code(given(
            statements(
                "defer-cancel",
                r##"ctx, cancel := context.WithCancel(parent)
defer cancel() // runs however the function returns
"##,
            ),
            PARENT,
        )),
        Block::Callout {
            kind: CalloutKind::Tip,
            title: "Let go vet check it",
            body: "`go vet` runs the *lostcancel* check. Write `ctx, _ := \
context.WithCancel(parent)` and it reports `the cancel function returned by \
context.WithCancel should be called, not discarded, to avoid a context leak`. Forget to call \
it on some path, and it reports `the cancel function is not used on all paths (possible \
context leak)`.",
        },
    ],
};
