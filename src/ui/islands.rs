//! Brings the build-time page to life. The lesson arrives as HTML (see `shell::prerender`), so it
//! is painted before the wasm arrives; the loader starts the app after the first contentful paint.
//! The live [`App`] is then rendered in front of the painted page, which looks the same, and the
//! painted nodes are removed, so nothing moves. When the app is live the page's root element gets
//! `data-app="ready"`.
//!
//! The whole app is one Leptos tree under one owner: the text, the tree panel and the playground
//! share their contexts (`TreeOpener` for the phone sheet and keyboard handoff, `ProgramRun`
//! for replaying a playground run in the tree), which separate modules or islands could not.
//!
//! **Invariant**: the painted page comes from the same components as the live one, and focus on
//! an element with an id survives the swap.

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use leptos::wasm_bindgen::JsCast;

use super::shell::App;

/// Starts the app over the painted page, in a task of its own (instantiating the wasm has just
/// taken one). Without a painted page (a bundle built without the build-time render) it says so
/// in the console and mounts the app on its own.
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    set_timeout(mount_over_painted, std::time::Duration::ZERO);
}

fn mount_over_painted() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    if document.query_selector(".layout .lesson").ok().flatten().is_none() {
        leptos::logging::error!("Context Lab: the page has no prerendered lesson; build it with `trunk build` (its post-build hook renders it).");
    }
    let painted = painted_nodes(&body);
    let focused_id = document.active_element().map(|el| el.id()).filter(|id| !id.is_empty());
    let anchor = reading_anchor(&document);
    let owner = Owner::new();
    owner.with(|| {
        let mut state = view! { <App /> }.build();
        state.mount(body.as_ref(), painted.first().map(|n| n.as_ref()));
        // The app lives as long as the page.
        std::mem::forget(state);
    });
    std::mem::forget(owner);
    for node in &painted {
        node.remove();
    }
    if let Some((id, top)) = anchor {
        keep_in_place(&document, &id, top);
    }
    if let Some(el) = focused_id
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
    mark_ready();
}

/// The body's painted elements: everything but scripts, `<noscript>` and the like.
fn painted_nodes(body: &web_sys::HtmlElement) -> Vec<web_sys::Element> {
    let children = body.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| !matches!(el.tag_name().as_str(), "SCRIPT" | "NOSCRIPT" | "LINK" | "TEMPLATE"))
        .collect()
}

/// The painted element with an id at the top of the viewport (the section being read) and its
/// distance from the viewport's top, so the live page can be put where the reader was.
fn reading_anchor(document: &web_sys::Document) -> Option<(String, f64)> {
    let list = document.query_selector_all(".lesson [id]").ok()?;
    let mut best: Option<(String, f64)> = None;
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let top = el.get_bounding_client_rect().top();
        // The last one that starts at or above the viewport's top, else the first below it.
        if top <= 1.0 || best.is_none() {
            best = Some((el.id(), top));
        }
        if top > 1.0 {
            break;
        }
    }
    best
}

/// Scrolls so the live element `id` is `top` px from the viewport's top, as its painted twin was.
fn keep_in_place(document: &web_sys::Document, id: &str, top: f64) {
    let (Some(window), Some(el)) = (web_sys::window(), document.get_element_by_id(id)) else { return };
    let shift = el.get_bounding_client_rect().top() - top;
    if shift.abs() >= 1.0 {
        window.scroll_by_with_x_and_y(0.0, shift);
    }
}

fn mark_ready() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
}
