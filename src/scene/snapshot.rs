//! What the SVG draws, from the scene at the animation's `revealed` sequence number, in two
//! parts: the [`Frame`] (where nodes sit; changes only with the tree's shape) and one
//! [`NodeDraw`] per node (what it shows; a wave step recomputes only the nodes it reveals, see
//! `Scene::revealed_between`).
//!
//! **Invariant**: a node shows as done only once `revealed` has passed the event that closed its
//! Done; the engine may already be further on. So the animation is a view of the log, never the
//! source of truth.

use std::collections::BTreeMap;

use super::drawing::{Frame, GoDraw, Look, NodeDraw, Place, Snapshot, COL_W, MARGIN, NODE_H, NODE_W, ROW_H};
use super::layout::layout;
use super::record::{GoState, Goroutine};
use super::state::Scene;
use super::units::{clock, countdown};
use crate::engine::{AfterFuncState, GoError, NodeId, Shape};

/// The drawing of `scene` with events before `revealed` shown: [`frame`] plus [`node_draws`] of
/// every node. The panel never recomputes it whole; tests compare against it.
pub fn snapshot(scene: &Scene, revealed: u64) -> Snapshot {
    let frame = frame(scene);
    let nodes = node_draws(scene, revealed, frame.order.iter().copied()).into_iter().filter_map(|(id, d)| Some((id, d?))).collect();
    Snapshot { frame, nodes }
}

/// Where every node sits, and the focus order. Depends on the tree's shape only, so during a
/// wave (which changes no shape) it stays equal and nothing is moved. O(nodes log nodes).
pub fn frame(scene: &Scene) -> Frame {
    let e = scene.engine();
    let roots: Vec<NodeId> = scene.ids().into_iter().filter(|&id| e.parent(id).ok().flatten().is_none()).collect();
    let kids = |id: NodeId| e.children(id).map(<[NodeId]>::to_vec).unwrap_or_default();
    let l = layout(&roots, kids);
    let at = |p: (f64, u32)| (MARGIN + p.0 * COL_W + (COL_W - NODE_W) / 2.0, MARGIN + f64::from(p.1) * ROW_H);
    let places = l
        .pos
        .iter()
        .map(|(&id, &p)| {
            let (x, y) = at(p);
            let parent = e.parent(id).ok().flatten().and_then(|pp| l.pos.get(&pp)).map(|&pp| at(pp));
            (id, Place { x, y, parent })
        })
        .collect();
    let width = 2.0 * MARGIN + f64::from(l.columns.max(1)) * COL_W;
    let height = 2.0 * MARGIN + f64::from(l.rows.max(1)) * ROW_H - (ROW_H - NODE_H);
    Frame { order: tree_order(scene, &roots), places, width, height }
}

/// The drawings of `ids` at `revealed` (`None` for a node that no longer exists).
/// O(ids + goroutines): goroutines are grouped by node once, not searched per node.
pub fn node_draws(scene: &Scene, revealed: u64, ids: impl IntoIterator<Item = NodeId>) -> Vec<(NodeId, Option<NodeDraw>)> {
    let mut by_node: BTreeMap<NodeId, Vec<&Goroutine>> = BTreeMap::new();
    for g in scene.goroutines() {
        by_node.entry(g.node).or_default().push(g);
    }
    ids.into_iter().map(|id| (id, node_draw(scene, id, revealed, by_node.get(&id).map_or(&[], Vec::as_slice)))).collect()
}

/// One node's drawing at `revealed`, given the goroutines parked on it.
fn node_draw(scene: &Scene, id: NodeId, revealed: u64, goroutines: &[&Goroutine]) -> Option<NodeDraw> {
    let v = scene.engine().view(id).ok()?;
    let shown_done = scene.done_seq(id).is_some_and(|s| s < revealed);
    let err = if shown_done { v.err.clone() } else { None };
    let look = match (&err, v.shape) {
        (Some(GoError::DeadlineExceeded), _) => Look::Deadline,
        (Some(_), _) => Look::Canceled,
        (None, Shape::Empty) => Look::Root,
        (None, Shape::Value) => Look::Value,
        (None, Shape::WithoutCancel) => Look::Detached,
        (None, _) => Look::Open,
    };
    let label = scene.label(id);
    let mut call = label.map(|l| l.call.clone()).unwrap_or_default();
    if v.requested_deadline.is_some() {
        call.push_str(" → WithCancel");
    }
    let detail = if let Some((k, val)) = &v.entry {
        format!("{}: {}", k.go_source(), val)
    } else if let (Some(c @ GoError::Custom { .. }), true) = (&v.cause, shown_done) {
        format!("cause: {c}")
    } else if let (Some(rem), false) = (v.remaining, shown_done) {
        // Its own timer, by shape rather than `timer`: a cancel stops the timer before the
        // wave has shown the node done, and the countdown must not turn into the parent's.
        let whose = if v.shape == Shape::Timer { "" } else { " (parent's)" };
        format!("{}{whose}", countdown(rem))
    } else if let Some(d) = v.deadline {
        format!("deadline {}", clock(d))
    } else if matches!(v.shape, Shape::Empty | Shape::WithoutCancel) {
        "never done".into()
    } else {
        "no deadline".into()
    };
    let goroutines = goroutines
        .iter()
        .map(|g| GoDraw {
            label: format!("g{}", g.id.0),
            woke: matches!(g.state, GoState::Woken(s) if s < revealed),
            forever: g.state == GoState::Forever,
        })
        .collect();
    let after_func = v.after_funcs.first().map(|a| a.state == AfterFuncState::Started && shown_done);
    let leaked = label.is_some_and(|l| l.leaked) && !shown_done;
    let leak = leaked || (label.is_some_and(|l| l.dropped) && !shown_done && (scene.is_leaking(id) || v.done));
    let lookup = scene.last_lookup();
    let path = lookup.and_then(|lk| lk.path.iter().position(|&n| n == id));
    let found = lookup.is_some_and(|lk| lk.found_at == Some(id));
    let parent_on_path = lookup.is_some_and(|lk| v.parent.is_some_and(|pp| lk.path.contains(&pp)));
    let name = scene.name(id).to_string();
    let err = err.as_ref().map_or("Err: nil".to_string(), |e| e.to_string());
    // The start of the node's accessible name: its visible lines, in order (the panel adds the
    // badges' words), so speech users can say what they see.
    let label = format!("{name}: {call}, {err}, {detail}");
    Some(NodeDraw { id, name, call, parent_on_path, look, err, detail, leak, leaked, path, found, goroutines, after_func, label })
}

/// Pre-order, children in creation order: the order Tab walks.
fn tree_order(scene: &Scene, roots: &[NodeId]) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut stack: Vec<NodeId> = roots.iter().rev().copied().collect();
    while let Some(n) = stack.pop() {
        out.push(n);
        if let Ok(kids) = scene.engine().children(n) {
            stack.extend(kids.iter().rev());
        }
    }
    out
}
