//! What the SVG draws: one [`NodeDraw`] per node, computed from the lab at the animation's
//! `revealed` sequence number. Pure.
//!
//! **Invariant**: a node shows as done only once `revealed` has passed the event that closed its
//! Done; the engine may already be further on. So the animation is a view of the log, never the
//! source of truth.

use std::collections::BTreeMap;

use super::events::GoState;
use super::lab::Lab;
use super::layout::layout;
use super::narration::{clock, countdown};
use crate::engine::{AfterFuncState, GoError, GoValue, NodeId, Shape};

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
    /// Top-left corner.
    pub x: f64,
    /// Top-left corner.
    pub y: f64,
    /// The parent's top-left corner.
    pub parent: Option<(f64, f64)>,
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

/// The whole drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Nodes in tree order (the focus order).
    pub order: Vec<NodeId>,
    /// Each node's drawing.
    pub nodes: BTreeMap<NodeId, NodeDraw>,
    /// Drawing width.
    pub width: f64,
    /// Drawing height.
    pub height: f64,
}

/// The drawing of `lab` with events before `revealed` shown.
pub fn snapshot(lab: &Lab, revealed: u64) -> Snapshot {
    let e = lab.engine();
    let roots: Vec<NodeId> = lab.ids().into_iter().filter(|&id| e.parent(id).ok().flatten().is_none()).collect();
    let kids = |id: NodeId| e.children(id).map(<[NodeId]>::to_vec).unwrap_or_default();
    let l = layout(&roots, kids);
    let at = |p: (f64, u32)| (MARGIN + p.0 * COL_W + (COL_W - NODE_W) / 2.0, MARGIN + f64::from(p.1) * ROW_H);
    let mut nodes = BTreeMap::new();
    for (&id, &p) in &l.pos {
        let Ok(v) = e.view(id) else { continue };
        let shown_done = lab.done_seq(id).is_some_and(|s| s < revealed);
        let err = if shown_done { v.err.clone() } else { None };
        let look = match (&err, v.shape) {
            (Some(GoError::DeadlineExceeded), _) => Look::Deadline,
            (Some(_), _) => Look::Canceled,
            (None, Shape::Empty) => Look::Root,
            (None, Shape::Value) => Look::Value,
            (None, Shape::WithoutCancel) => Look::Detached,
            (None, _) => Look::Open,
        };
        let info = lab.info(id);
        let mut call = info.map(|i| i.call.clone()).unwrap_or_default();
        if v.requested_deadline.is_some() {
            call.push_str(" → WithCancel");
        }
        let detail = if let Some((k, val)) = &v.entry {
            format!("{}: {}", key_text(k), val)
        } else if let (Some(c @ GoError::Custom { .. }), true) = (&v.cause, shown_done) {
            format!("cause: {c}")
        } else if let (Some(rem), false) = (v.remaining, shown_done) {
            let whose = if v.timer.is_some() { "" } else { " (parent's)" };
            format!("{}{whose}", countdown(rem))
        } else if let Some(d) = v.deadline {
            format!("deadline {}", clock(d))
        } else if matches!(v.shape, Shape::Empty | Shape::WithoutCancel) {
            "never done".into()
        } else {
            "no deadline".into()
        };
        let goroutines: Vec<GoDraw> = lab
            .goroutines()
            .iter()
            .filter(|g| g.node == id)
            .map(|g| GoDraw {
                label: format!("g{}", g.id.0),
                woke: matches!(g.state, GoState::Woken(s) if s < revealed),
                forever: g.state == GoState::Forever,
            })
            .collect();
        let after_func = v.after_funcs.first().map(|a| a.state == AfterFuncState::Started && shown_done);
        let leak = info.is_some_and(|i| i.dropped) && !shown_done && (lab.is_leaking(id) || v.done);
        let path = lab.last_lookup().and_then(|lk| lk.path.iter().position(|&n| n == id));
        let found = lab.last_lookup().is_some_and(|lk| lk.found_at == Some(id));
        let name = lab.name(id).to_string();
        let err_text = err.as_ref().map_or("Err: nil".to_string(), |e| e.to_string());
        let mut label = format!("{name}: {call}, Err {}", err.as_ref().map_or("nil".to_string(), |e| e.to_string()));
        if leak {
            label.push_str(", leak: cancel func discarded");
        }
        if !goroutines.is_empty() {
            label.push_str(&format!(", {} goroutines", goroutines.len()));
        }
        let (x, y) = at(p);
        let parent = v.parent.and_then(|pp| l.pos.get(&pp)).map(|&pp| at(pp));
        nodes.insert(id, NodeDraw { id, name, call, x, y, parent, look, err: err_text, detail, leak, path, found, goroutines, after_func, label });
    }
    let width = 2.0 * MARGIN + f64::from(l.columns.max(1)) * COL_W;
    let height = 2.0 * MARGIN + f64::from(l.rows.max(1)) * ROW_H - (ROW_H - NODE_H);
    Snapshot { order: tree_order(lab, &roots), nodes, width, height }
}

/// Pre-order, children in creation order: the order Tab walks.
fn tree_order(lab: &Lab, roots: &[NodeId]) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut stack: Vec<NodeId> = roots.iter().rev().copied().collect();
    while let Some(n) = stack.pop() {
        out.push(n);
        if let Ok(kids) = lab.engine().children(n) {
            stack.extend(kids.iter().rev());
        }
    }
    out
}

/// A key as Go source: `ctxKey("requestID")` for the custom type, `"requestID"` for a string.
pub fn key_text(k: &GoValue) -> String {
    match k {
        GoValue::String { ty, v } if ty == "string" => format!("{v:?}"),
        GoValue::String { ty, v } => format!("{}({v:?})", ty.trim_start_matches("main.")),
        other => other.to_string(),
    }
}
