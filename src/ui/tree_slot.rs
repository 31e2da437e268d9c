//! Where the tree panel goes: an empty, busy landmark (as painted at build time) until the panel
//! is wanted, then the live [`TreePanel`]. Mounting the panel is the page's heaviest task, so it
//! waits until its place comes within [`NEAR_PX`] of the viewport (at once beside the lesson on a
//! wide screen), the browser is idle, or someone asks for a tree ([`TreeOpener`]).

use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;

use super::tree::TreePanel;
use super::TreeOpener;

/// How close to the viewport the panel's place must come before the panel is mounted, in px.
pub const NEAR_PX: u32 = 600;

/// The longest the panel waits for the browser to be idle, in ms.
pub const IDLE_WAIT_MS: u32 = 2000;

/// The tree panel, mounted when near the viewport, when the browser is idle, or when asked for.
#[component]
pub fn TreeSlot() -> impl IntoView {
    let wanted = RwSignal::new(false);
    let place = NodeRef::<html::Aside>::new();
    if let Some(opener) = use_context::<TreeOpener>() {
        Effect::new(move |_| {
            if opener.request.with(Option::is_some) || opener.sheet.get() {
                wanted.set(true);
            }
        });
    }
    Effect::new(move |_| {
        if let Some(el) = place.get() {
            when_near(&el, move || wanted.set(true));
        }
    });
    when_idle(move || wanted.set(true));
    view! {
        <Show when=move || wanted.get()
            fallback=move || view! { <aside class="tree-panel" id="tree" aria-label="Context tree" aria-busy="true" node_ref=place></aside> }>
            <TreePanel />
        </Show>
    }
}

/// Calls `f` once `el` comes within [`NEAR_PX`] of the viewport; stops watching when the
/// current owner is cleaned up.
fn when_near(el: &web_sys::Element, f: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
            if near {
                observer.disconnect();
                f();
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(&format!("{NEAR_PX}px 0px"));
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) else { return };
    observer.observe(el);
    let watching = StoredValue::new_local(Some((observer, callback)));
    on_cleanup(move || {
        if let Some((observer, _callback)) = watching.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}

/// Calls `f` when the browser is next idle, at the latest after [`IDLE_WAIT_MS`] (or after that
/// long where it cannot say).
fn when_idle(f: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_WAIT_MS);
    if window.request_idle_callback_with_options(callback.unchecked_ref(), &options).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), IDLE_WAIT_MS as i32);
    }
}
