//! The presets themselves, and which one each lesson section shows.

use super::{KeyType, NodeOp, Preset};
use crate::engine::ContextKind::{self, *};

const fn n(name: &'static str, parent: &'static str, kind: ContextKind) -> NodeOp {
    NodeOp::child(name, parent, kind)
}

const fn bg() -> NodeOp {
    NodeOp::root("background", Background)
}

/// Every preset, in the order the panel's picker lists them.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "roots",
        title: "Background and TODO",
        try_this: "Select `background`: there is no cancel button, and the goroutine on its nil Done waits forever. Cancel `work` instead.",
        since: None,
        nodes: &[bg().waiting(1), NodeOp::root("todo", Todo), n("work", "background", WithCancel).waiting(1)],
        select: "background",
        lookup: None,
    },
    Preset {
        id: "cancel-tree",
        title: "A WithCancel tree",
        try_this: "Cancel `request` and watch Done reach its children but not `server`.",
        since: None,
        nodes: &[
            bg(),
            n("server", "background", WithCancel),
            n("request", "server", WithCancel),
            n("db", "request", WithCancel).waiting(1),
            n("render", "request", WithCancel).waiting(1),
            n("other", "server", WithCancel).waiting(1),
        ],
        select: "request",
        lookup: None,
    },
    Preset {
        id: "leak",
        title: "Forgot to call cancel",
        try_this: "`leaky`'s cancel func was discarded (`ctx, _ :=`): it stays registered with `server` until you cancel `server`.",
        since: None,
        nodes: &[
            bg(),
            n("server", "background", WithCancel),
            n("leaky", "server", WithCancel).dropped().waiting(1),
            n("tidy", "server", WithCancel),
        ],
        select: "server",
        lookup: None,
    },
    Preset {
        id: "timeout-chain",
        title: "A timeout chain",
        try_this: "Watch `db`'s 1s timer fire first (only `db`), then `request`'s 3s deadline reach everything below it.",
        since: None,
        nodes: &[
            bg(),
            NodeOp::timeout("request", "background", 3000),
            n("handler", "request", WithCancel),
            NodeOp::timeout("db", "handler", 1000).waiting(1),
            n("render", "handler", WithCancel).waiting(1),
        ],
        select: "request",
        lookup: None,
    },
    Preset {
        id: "deadline-cap",
        title: "A child cannot outlive its parent",
        try_this: "`child` asked for 5s under a 2s `parent`: it reports the parent's deadline and is done at 2s.",
        since: None,
        nodes: &[
            bg(),
            NodeOp::timeout("parent", "background", 2000),
            NodeOp::timeout("child", "parent", 5000).waiting(1),
        ],
        select: "child",
        lookup: None,
    },
    Preset {
        id: "call-chain",
        title: "A request handler chain",
        try_this: "In 2s `request`'s deadline fires: the goroutines below it wake and print `context deadline exceeded`; `server` stays nil. Reset to replay.",
        since: None,
        nodes: &[
            bg(),
            n("server", "background", WithCancel),
            NodeOp::timeout("request", "server", 2000),
            NodeOp::value("handleRequest", "request", KeyType::CtxKey, "requestID", "r-42"),
            n("db.GetUser", "handleRequest", WithCancel).waiting(1),
            n("buildResponse", "handleRequest", WithCancel).waiting(1),
        ],
        select: "request",
        lookup: Some((KeyType::CtxKey, "requestID")),
    },
    Preset {
        id: "value-lookup",
        title: "Looking up a value",
        try_this: "Look up `ctxKey(\"requestID\")` from `db`: the walk passes the plain string key and stops at `reqID`. Then try the string key.",
        since: None,
        nodes: &[
            bg(),
            NodeOp::value("reqID", "background", KeyType::CtxKey, "requestID", "abc-123"),
            NodeOp::value("other", "reqID", KeyType::String, "requestID", "zzz-999"),
            n("handler", "other", WithCancel),
            NodeOp::value("db", "handler", KeyType::CtxKey, "user", "gopher"),
        ],
        select: "db",
        lookup: Some((KeyType::CtxKey, "requestID")),
    },
    Preset {
        id: "cause",
        title: "Cause, AfterFunc and WithoutCancel",
        try_this: "Cancel `job` with a cause: `step` gets the same cause, the AfterFunc runs, and `audit` (WithoutCancel) stays nil.",
        since: Some("Go 1.21"),
        nodes: &[
            bg(),
            n("job", "background", WithCancelCause).after_func(),
            n("step", "job", WithCancel).waiting(1),
            n("audit", "job", WithoutCancel).waiting(1),
        ],
        select: "job",
        lookup: None,
    },
    Preset {
        id: "exercise",
        title: "The exercise: two requests",
        try_this: "`alice`'s work is done after 300ms: cancel `alice` (her deferred cancel). Leave `bob`: at 2s his handler prints `context deadline exceeded`.",
        since: None,
        nodes: &[
            bg(),
            NodeOp::timeout("alice", "background", 2000).waiting(1),
            NodeOp::timeout("bob", "background", 2000).waiting(1),
        ],
        select: "alice",
        lookup: None,
    },
    Preset {
        id: "request-lifetime",
        title: "Work that outlives the request",
        try_this: "The handler has returned: cancel `request`. Its goroutine wakes with `context canceled`, but `detached` (WithoutCancel) carries on, and `audit` ends only at its own 5s limit.",
        since: Some("Go 1.21"),
        nodes: &[
            bg(),
            n("server", "background", WithCancel),
            n("request", "server", WithCancel).waiting(1),
            n("detached", "request", WithoutCancel),
            NodeOp::timeout("audit", "detached", 5000).waiting(1),
        ],
        select: "request",
        lookup: None,
    },
    // signal.NotifyContext is built on `context.WithCancelCause(parent)` (os/signal/signal.go),
    // and "if a signal causes the returned context to be canceled, calling context.Cause on it
    // will return an error describing the signal" (its documentation).
    Preset {
        id: "shutdown",
        title: "Ctrl+C reaches everything main started",
        try_this: "`signals` stands for `signal.NotifyContext`: cancel it with the cause `interrupt signal received`, as Ctrl+C would, and every goroutine below wakes with that cause.",
        since: Some("Go 1.20"),
        nodes: &[
            bg(),
            n("signals", "background", WithCancelCause),
            n("server", "signals", WithCancel),
            NodeOp::timeout("request", "server", 2000).waiting(1),
            n("worker", "signals", WithCancel).waiting(1),
        ],
        select: "signals",
        lookup: None,
    },
    Preset {
        id: "fan-out",
        title: "errgroup: the first error cancels the rest",
        try_this: "Three calls share `group`, the context `errgroup.WithContext` made. One fails: cancel `group`, as errgroup does, and all three goroutines wake.",
        since: None,
        nodes: &[
            bg(),
            NodeOp::timeout("request", "background", 3000),
            n("group", "request", WithCancel).waiting(3),
        ],
        select: "group",
        lookup: None,
    },
];

/// Which preset each lesson section shows: (section id, preset id).
pub static SECTION_PRESETS: &[(&str, &str)] = &[
    ("objectives", "call-chain"),
    ("why-context", "call-chain"),
    ("roots", "roots"),
    ("with-cancel", "cancel-tree"),
    ("deadlines", "timeout-chain"),
    ("call-chain", "call-chain"),
    ("with-value", "value-lookup"),
    ("newer-apis", "cause"),
    ("patterns", "request-lifetime"),
    ("knowledge-check", "cancel-tree"),
    ("exercise", "exercise"),
    ("next", "cancel-tree"),
];
