//! Tree presets: for each lesson section, a small context tree that shows exactly its point.
//!
//! A preset is data: a list of [`NodeOp`]s (a learner-facing name, a parent, the `context`
//! function with its arguments, goroutines parked on its Done, a dropped cancel func) that the tree
//! scene (`crate::scene`) applies through the engine, in order. The ids are fixed: the quiz links to them.
//! `tests/presets.rs` applies every preset to a fresh engine.
//!
//! **Invariant**: pure data. No Leptos, no web-sys, no clock; times are milliseconds of virtual
//! time from the moment the preset loads. The functions are the engine's [`ContextKind`]s, so
//! a preset, the learner and a Go program name them alike.

use crate::engine::{ContextKind, GoValue};

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

    /// The key `WithValue` and `Value` use for this key type and text.
    pub fn key(self, text: &str) -> GoValue {
        match self {
            KeyType::CtxKey => GoValue::typed_string(self.go_type(), text),
            KeyType::String => GoValue::string(text),
        }
    }
}

/// One node of a preset, applied in order (a parent always comes before its children).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeOp {
    /// The learner-facing name (`server`, `request`, `db`...), unique in the preset.
    pub name: &'static str,
    /// The parent's name; `None` for a root.
    pub parent: Option<&'static str>,
    /// The `context` function that makes it.
    pub kind: ContextKind,
    /// WithTimeout's timeout, or WithDeadline's deadline, in milliseconds after the preset loads.
    pub ms: Option<i64>,
    /// WithValue's key type, key and value (a string).
    pub entry: Option<(KeyType, &'static str, &'static str)>,
    /// How many goroutines wait in a `select` on this node's Done.
    pub goroutines: u8,
    /// The cancel func was discarded (`ctx, _ := ...`): the forgot-to-cancel leak.
    pub drop_cancel: bool,
    /// An `AfterFunc` (Go 1.21) is registered on this node.
    pub after_func: bool,
}

impl NodeOp {
    /// A root made by `kind` (Background or TODO).
    pub const fn root(name: &'static str, kind: ContextKind) -> NodeOp {
        NodeOp { name, parent: None, kind, ms: None, entry: None, goroutines: 0, drop_cancel: false, after_func: false }
    }

    /// A child of `parent` made by `kind`, a function that takes only a parent.
    pub const fn child(name: &'static str, parent: &'static str, kind: ContextKind) -> NodeOp {
        NodeOp { parent: Some(parent), ..NodeOp::root(name, kind) }
    }

    /// `WithTimeout(parent, ms)`.
    pub const fn timeout(name: &'static str, parent: &'static str, ms: i64) -> NodeOp {
        NodeOp { ms: Some(ms), ..NodeOp::child(name, parent, ContextKind::WithTimeout) }
    }

    /// `WithValue(parent, key, value)` with a key of type `key_type`.
    pub const fn value(name: &'static str, parent: &'static str, key_type: KeyType, key: &'static str, value: &'static str) -> NodeOp {
        NodeOp { entry: Some((key_type, key, value)), ..NodeOp::child(name, parent, ContextKind::WithValue) }
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
