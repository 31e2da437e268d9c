//! Arrow-key moves between nodes, as in a tree view: Up to the parent, Down to the first child,
//! Left and Right to the previous and next sibling (or root). Pure; imports no sibling.

use crate::engine::NodeId;
use crate::scene::Scene;

/// The node an arrow key moves focus to from `id`, if any.
pub fn neighbour(scene: &Scene, id: NodeId, key: &str) -> Option<NodeId> {
    let e = scene.engine();
    let parent = e.parent(id).ok().flatten();
    let siblings: Vec<NodeId> = match parent {
        Some(p) => e.children(p).ok()?.to_vec(),
        None => scene.ids().into_iter().filter(|&n| e.parent(n).ok().flatten().is_none()).collect(),
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
