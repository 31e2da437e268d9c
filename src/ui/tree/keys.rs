//! Arrow-key moves between nodes, as in a tree view: Up to the parent, Down to the first child,
//! Left and Right to the previous and next sibling (or root). Pure.

use super::lab::Lab;
use crate::engine::NodeId;

/// The node an arrow key moves focus to from `id`, if any.
pub fn neighbour(lab: &Lab, id: NodeId, key: &str) -> Option<NodeId> {
    let e = lab.engine();
    let parent = e.parent(id).ok().flatten();
    let siblings: Vec<NodeId> = match parent {
        Some(p) => e.children(p).ok()?.to_vec(),
        None => lab.ids().into_iter().filter(|&n| e.parent(n).ok().flatten().is_none()).collect(),
    };
    let at = siblings.iter().position(|&s| s == id)?;
    match key {
        "ArrowUp" => parent,
        "ArrowDown" => e.children(id).ok()?.first().copied(),
        "ArrowLeft" => at.checked_sub(1).and_then(|i| siblings.get(i).copied()),
        "ArrowRight" => siblings.get(at + 1).copied(),
        _ => None,
    }
}
