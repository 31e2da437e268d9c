//! The drawing's vocabulary: sizes, how a node looks ([`Look`]), where nodes sit ([`Frame`],
//! which changes only with the tree's shape) and what each shows ([`NodeDraw`], which changes
//! only when that node's revealed state does). Pure data.

use std::collections::BTreeMap;

use crate::engine::NodeId;

/// Column width, row height and node box size, in SVG units.
pub const COL_W: f64 = 188.0;
/// Row height.
pub const ROW_H: f64 = 128.0;
/// Node box width.
pub const NODE_W: f64 = 172.0;
/// Node box height.
pub const NODE_H: f64 = 80.0;
/// Space around the drawing.
pub const MARGIN: f64 = 20.0;

/// How a node looks: by shape and text as well as colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// Background or TODO: never done.
    Root,
    /// A canceler whose Done is open.
    Open,
    /// A value node whose parent's Done is open.
    Value,
    /// WithoutCancel: never done.
    Detached,
    /// Done with `context canceled`.
    Canceled,
    /// Done with `context deadline exceeded`.
    Deadline,
}

impl Look {
    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Look::Root => "root",
            Look::Open => "open",
            Look::Value => "value",
            Look::Detached => "detached",
            Look::Canceled => "canceled",
            Look::Deadline => "deadline",
        }
    }
}

/// One goroutine chip beside a node.
#[derive(Clone, Debug, PartialEq)]
pub struct GoDraw {
    /// `g1`.
    pub label: String,
    /// Woken and exited (revealed).
    pub woke: bool,
    /// Waiting on a nil Done: forever.
    pub forever: bool,
}

/// Everything one node's drawing needs.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeDraw {
    /// The node.
    pub id: NodeId,
    /// Learner-facing name.
    pub name: String,
    /// The call: `WithTimeout 2s` (`→ WithCancel` when it collapsed).
    pub call: String,
    /// The parent is on the last lookup's path too.
    pub parent_on_path: bool,
    /// How it looks.
    pub look: Look,
    /// `Err: nil`, `context canceled`, `context deadline exceeded`.
    pub err: String,
    /// Its value, countdown or deadline.
    pub detail: String,
    /// Cancel func discarded and still registered (or its timer pending).
    pub leak: bool,
    /// Its place on the last lookup's path.
    pub path: Option<usize>,
    /// The last lookup matched here.
    pub found: bool,
    /// Goroutines waiting on its Done.
    pub goroutines: Vec<GoDraw>,
    /// An AfterFunc is registered here: `Some(started)`.
    pub after_func: Option<bool>,
    /// The accessible name: `request: WithTimeout 2s, Err nil`.
    pub label: String,
}

/// Where one node sits, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Top-left corner.
    pub x: f64,
    /// Top-left corner.
    pub y: f64,
    /// The parent's top-left corner.
    pub parent: Option<(f64, f64)>,
}

/// The tree's shape as drawn: the same value until a node is added, removed or moved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// Nodes in tree order (the focus order).
    pub order: Vec<NodeId>,
    /// Each node's place.
    pub places: BTreeMap<NodeId, Place>,
    /// Drawing width.
    pub width: f64,
    /// Drawing height.
    pub height: f64,
}

/// The whole drawing at one `revealed` point: the frame and every node's drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Where nodes sit.
    pub frame: Frame,
    /// Each node's drawing.
    pub nodes: BTreeMap<NodeId, NodeDraw>,
}

