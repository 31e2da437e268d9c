//! The text's requests for a tree ([`TreeOpener`]: the skip link, a section's "Show tree", a
//! quiz link): show the preset, then put keyboard focus on its selected node.

use leptos::html;
use leptos::prelude::*;

use super::focus::focus_node_quietly;
use super::load::Loader;
use super::state::Placement;
use crate::content::presets;
use crate::scene::Scene;
use crate::ui::tree_opener::is_narrow;
use crate::ui::TreeOpener;

/// Answers each request: loads its preset (keeping the learner's work when it is the one shown
/// already), pins it or not, brings the panel into view beside the lesson if it is off screen,
/// and once the tree is drawn focuses its selected node (else the `panel` itself).
pub fn answer_requests(opener: TreeOpener, loader: Loader, placement: Placement, panel: NodeRef<html::Aside>) {
    let (model, focus) = (loader.model, loader.focus);
    Effect::new(move |_| {
        let Some(req) = opener.request.get() else { return };
        opener.request.set(None);
        if model.scene.with_untracked(Scene::preset) != Some(req.preset) {
            match presets::preset(req.preset) {
                Some(p) => loader.load(p),
                None => model.show(&format!("There is no preset {:?}.", req.preset)),
            }
        }
        loader.following.pinned.set(req.pin);
        if !is_narrow() {
            bring_into_view(panel);
        }
        // After the new tree is drawn (and the sheet laid out).
        request_animation_frame(move || {
            let id = focus.selected.get_untracked().or_else(|| placement.0.with_untracked(|f| f.order.first().copied()));
            if !id.is_some_and(focus_node_quietly) {
                if let Some(el) = panel.get_untracked() {
                    let _ = el.focus();
                }
            }
            // On a phone the focused node's tooltip would cover the tree just opened.
            if is_narrow() {
                focus.hovered.set(None);
            }
        });
    });
}

/// Scrolls the panel into view if it is wholly off screen (beside the lesson it is sticky, so
/// this is for a window too short to show it).
fn bring_into_view(panel: NodeRef<html::Aside>) {
    let Some(el) = panel.get_untracked() else { return };
    let rect = el.get_bounding_client_rect();
    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    if rect.top() >= height || rect.bottom() <= 0.0 {
        el.scroll_into_view();
    }
}
