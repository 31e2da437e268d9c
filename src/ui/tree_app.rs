//! The tree panel as its own wasm module (`src/bin/tree.rs`), loaded by the page's loader only
//! when the panel's painted placeholder comes near the viewport (at once beside the lesson on a
//! wide screen; on a phone when the reader scrolls towards it or a link asks for it). So a phone
//! downloads the engine and the tree only if the reader goes there. See `bridge` for how it
//! speaks with the lesson's module.

use leptos::prelude::*;

use super::bridge::{dispatch, listen, EXPLORED, REQUEST_ATTR, SHOW_PRESET};
use super::toc::track_section_in_view;
use super::tree::TreePanel;
use super::{ProgressStore, RequestedPreset, SectionInView};
use crate::content;

/// Starts the tree module: the panel replaces its placeholder, with its own section tracking,
/// the requests of [`SHOW_PRESET`] and a progress relay that reports explored presets.
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(Some(placeholder)) = document.query_selector("aside.tree-panel") else { return };
    let requested = placeholder
        .get_attribute(REQUEST_ATTR)
        .and_then(|id| content::presets::preset(&id))
        .map(|p| p.id);
    let owner = Owner::new();
    owner.with(|| {
        let first = content::sections().first().map(|s| s.id).unwrap_or_default();
        let in_view = SectionInView(RwSignal::new(first));
        provide_context(in_view);
        track_section_in_view(in_view);
        let request = RwSignal::new(requested);
        provide_context(RequestedPreset(request));
        listen(SHOW_PRESET, move |id| {
            if let Some(p) = content::presets::preset(&id) {
                request.set(Some(p.id));
            }
        });
        provide_context(ProgressStore::relay(|id| dispatch(EXPLORED, id)));
        super::islands::swap_placeholder(&placeholder, view! { <TreePanel /> }.into_any());
    });
    // The panel lives as long as the page.
    std::mem::forget(owner);
}
