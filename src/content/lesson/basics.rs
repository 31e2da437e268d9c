//! The `roots` section: `context.Background()` and `context.TODO()`.

use super::{program, statements};
use crate::content::{Block, CalloutKind, Section};

/// `roots`: the two root contexts, how they behave and how they print.
pub(super) const ROOTS: Section = Section {
    id: "roots",
    title: "Roots: Background and TODO",
    blocks: &[
        Block::Para(
            "Every tree of contexts starts at a root. There are two, and they behave the same:",
        ),
        Block::Code(statements(
            "root-contexts",
            r##"ctx := context.Background() // the root for main and server set-up
todo := context.TODO()      // "this should get a real context later"
"##,
        )),
        Block::Para(
            "`context.Background()` is the top of the tree: use it in `main`, in `init` and \
when a server starts up. In a test, since Go 1.24, use `t.Context()` instead, a context that \
ends with the test ([more below](#testing-context)). `context.TODO()` is a marker for later. It says \
“this function should receive a context from its caller, but that plumbing isn't done yet”, \
and because it has its own name, you and your tools can search for it. Replace each `TODO` \
with a real context as you thread one through; don't leave it in production code for long.",
        ),
        Block::Para(
            "A root is never cancelled, has no deadline and holds no values. Its `Done()` \
method returns `nil`, and receiving from a nil channel blocks forever, which is exactly right \
for a context that never ends:",
        ),
        Block::Code(program(
            "roots-print",
            "The two roots: how they print, and why they never end.",
            include_str!("../examples/roots-print/main.go"),
            "\
context.Background
context.TODO
has a deadline: false | zero time: true
Done() is nil: true
Err(): <nil>
Background is never cancelled
",
        )),
        Block::Para(
            "A root is not much use on its own. Its job is to be a parent: every other context \
in this lesson is derived from one.",
        ),
        Block::Callout {
            kind: CalloutKind::Tip,
            title: "Printing a context",
            body: "Neither root is ever `nil`; both are ordinary values you can pass anywhere a \
`context.Context` is expected. `fmt.Println(ctx)` shows the path from the root to a context, \
such as `context.Background.WithCancel`, which helps when debugging. You will see longer paths \
below.",
        },
    ],
};
