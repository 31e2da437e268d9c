//! Keyboard focus in the drawing: finding a node's element, moving focus to it, and whether
//! focus is inside the panel at all. A bottom layer: imports no sibling.
//!
//! **Invariant** (kept with `load.rs` and `follow.rs`): the panel never takes focus the
//! learner did not ask it to move, and never leaves it on an element it removed.

use wasm_bindgen::JsCast;

use crate::engine::NodeId;
use crate::ui::tree_opener::focus_element;

/// The SVG element drawn for `id`.
fn node_element(id: NodeId) -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!(".tree-svg .node[data-id=\"{}\"]", id.0)).ok().flatten())
}

/// Scrolls the drawing (only as far as needed) so the node drawn for `id` is in view.
pub fn reveal_node(id: NodeId) {
    if let Some(el) = node_element(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Moves keyboard focus to the node drawn for `id`.
pub fn focus_node(id: NodeId) {
    let el = node_element(id)
        // SVG elements have focus() too; HtmlElement's binding calls it dynamically.
        .map(|e| e.unchecked_into::<web_sys::HtmlElement>());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to the node drawn for `id` without scrolling anything, then scrolls
/// the drawing only as far as needed to show it. `false` if the node is not drawn.
pub fn focus_node_quietly(id: NodeId) -> bool {
    let Some(el) = node_element(id) else { return false };
    focus_element(&el, true);
    reveal_node(id);
    true
}

/// Whether keyboard focus is inside the tree panel.
pub fn focus_inside_panel() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|el| el.closest(".tree-panel").ok().flatten().is_some())
}

/// Whether keyboard focus has been lost: on the page's body, or nowhere.
pub fn focus_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(el), Some(body)) => el == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    }
}

/// Moves keyboard focus to the panel itself (an empty tree has no node to hold it).
pub fn focus_panel() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("tree")) {
        focus_element(&el, true);
    }
}
