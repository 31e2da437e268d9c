//! Tree presets: for each lesson section, a small context tree that shows exactly its point.
//!
//! A preset is data: a list of [`NodeOp`]s (a learner-facing name, a parent, the `context`
//! function with its arguments, goroutines parked on its Done, a dropped cancel func) that the tree
//! panel applies through the engine, in order. The ids are fixed: the quiz links to them.
//! `tests/presets.rs` applies every preset to a fresh engine.
//!
//! **Invariant**: pure data. No Leptos, no web-sys, no clock; times are milliseconds of virtual
//! time from the moment the preset loads.

/// The type of a `WithValue` key: why custom key types matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyType {
    /// `type ctxKey string`, unexported: no other package can make an equal key.
    CtxKey,
    /// The plain `string`: any package can collide with it.
    String,
}

impl KeyType {
    /// The dynamic type's name as Go's `%T` prints it.
    pub fn go_type(self) -> &'static str {
        match self {
            KeyType::CtxKey => "main.ctxKey",
            KeyType::String => "string",
        }
    }

    /// How the key reads in Go source: `ctxKey("requestID")` or `"requestID"`.
    pub fn source(self, key: &str) -> String {
        match self {
            KeyType::CtxKey => format!("ctxKey({key:?})"),
            KeyType::String => format!("{key:?}"),
        }
    }
}

/// The `context` function that makes a node, with its arguments.
///
/// Presets use `Kind<'static>`; the panel builds one from what the learner typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind<'a> {
    /// `context.Background()`: a root.
    Background,
    /// `context.TODO()`: a root.
    Todo,
    /// `context.WithCancel(parent)`.
    WithCancel,
    /// `context.WithCancelCause(parent)` (Go 1.20).
    WithCancelCause,
    /// `context.WithTimeout(parent, ms)`.
    WithTimeout {
        /// The timeout in milliseconds.
        ms: i64,
    },
    /// `context.WithDeadline(parent, start + at_ms)`.
    WithDeadline {
        /// The deadline, in milliseconds after the preset loads.
        at_ms: i64,
    },
    /// `context.WithValue(parent, key, value)`.
    WithValue {
        /// The key's type.
        key_type: KeyType,
        /// The key's text.
        key: &'a str,
        /// The value (a string).
        value: &'a str,
    },
    /// `context.WithoutCancel(parent)` (Go 1.21).
    WithoutCancel,
}

/// One node of a preset, applied in order (a parent always comes before its children).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeOp {
    /// The learner-facing name (`server`, `request`, `db`...), unique in the preset.
    pub name: &'static str,
    /// The parent's name; `None` for a root.
    pub parent: Option<&'static str>,
    /// The function and its arguments.
    pub kind: Kind<'static>,
    /// How many goroutines wait in a `select` on this node's Done.
    pub goroutines: u8,
    /// The cancel func was discarded (`ctx, _ := ...`): the forgot-to-cancel leak.
    pub drop_cancel: bool,
    /// An `AfterFunc` (Go 1.21) is registered on this node.
    pub after_func: bool,
}

impl NodeOp {
    /// A root made by `kind` (Background or TODO).
    pub const fn root(name: &'static str, kind: Kind<'static>) -> NodeOp {
        NodeOp { name, parent: None, kind, goroutines: 0, drop_cancel: false, after_func: false }
    }

    /// A child of `parent` made by `kind`.
    pub const fn child(name: &'static str, parent: &'static str, kind: Kind<'static>) -> NodeOp {
        NodeOp { parent: Some(parent), ..NodeOp::root(name, kind) }
    }

    /// With `n` goroutines waiting on its Done.
    pub const fn waiting(self, n: u8) -> NodeOp {
        NodeOp { goroutines: n, ..self }
    }

    /// With its cancel func discarded.
    pub const fn dropped(self) -> NodeOp {
        NodeOp { drop_cancel: true, ..self }
    }

    /// With an AfterFunc registered on it.
    pub const fn after_func(self) -> NodeOp {
        NodeOp { after_func: true, ..self }
    }
}

/// A ready-made tree with a title and a one-line prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Fixed id (the quiz links to it), e.g. `cancel-tree`.
    pub id: &'static str,
    /// A short title for the panel.
    pub title: &'static str,
    /// What to try, in one line (inline markup: `` `code` ``).
    pub try_this: &'static str,
    /// The Go release its newest API needs, if newer than 1.7.
    pub since: Option<&'static str>,
    /// The nodes, parents first.
    pub nodes: &'static [NodeOp],
    /// The node selected when the preset loads.
    pub select: &'static str,
    /// A key to offer for "Look up value", if the preset is about values.
    pub lookup: Option<(KeyType, &'static str)>,
}

mod data;
pub use data::{PRESETS, SECTION_PRESETS};

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The preset that shows the point of the lesson section `section_id`.
pub fn for_section(section_id: &str) -> Option<&'static Preset> {
    SECTION_PRESETS.iter().find(|(s, _)| *s == section_id).and_then(|(_, p)| preset(p))
}
