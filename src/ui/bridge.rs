//! The page runs two wasm modules: the lesson's (`islands`) and the tree panel's (`tree_app`),
//! loaded only when the panel comes near the viewport. They share no memory and speak through
//! the page, in two events on `window`:
//! - [`SHOW_PRESET`] (lesson to tree): a quiz link asks for a preset. The request is also left
//!   on the panel as `data-requested-preset`, for a tree that has not started yet.
//! - [`EXPLORED`] (tree to lesson): the learner acted on a preset; the lesson's
//!   [`ProgressStore`] records it (the one store that saves).

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

use super::ProgressStore;

/// The event a page part dispatches on `window` to show a preset in the tree (detail: its id).
pub const SHOW_PRESET: &str = "context-lab:show-preset";
/// The event the tree dispatches on `window` when a preset was explored (detail: its id).
pub const EXPLORED: &str = "context-lab:explored";
/// Where a request waits for a tree that has not started yet.
pub const REQUEST_ATTR: &str = "data-requested-preset";

/// Asks the tree for `preset`, whether or not its module has started.
pub fn request_preset(preset: &'static str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(panel) = document.get_element_by_id("tree") {
        let _ = panel.set_attribute(REQUEST_ATTR, preset);
    }
    dispatch(SHOW_PRESET, preset);
}

/// Records presets the tree reports as explored in `store`. Call once, in the lesson's module.
pub fn record_explored(store: ProgressStore) {
    listen(EXPLORED, move |id| store.explore_preset(&id));
}

/// Dispatches a `name` event carrying `detail` on `window`.
pub fn dispatch(name: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(detail));
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::CustomEvent::new_with_event_init_dict(name, &init)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls `f` with the detail of every `name` event on `window`, for the page's lifetime.
pub fn listen(name: &str, f: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(id) = e.dyn_ref::<web_sys::CustomEvent>().and_then(|c| c.detail().as_string()) {
            f(id);
        }
    });
    let _ = window.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    callback.forget();
}
