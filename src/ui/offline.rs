//! Offline: registers the service worker (`build/sw.js`, which caches this build) and says in the
//! header when the lesson is ready offline, or when a new version is waiting ("Update").

use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// What the header says about working offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Offline {
    /// Not (yet) known, or not possible here: nothing shown.
    Unknown,
    /// This build is cached: the lesson works without a network.
    Ready,
    /// A newer version is cached and waits for the learner to reload into it.
    UpdateReady,
}

/// The header's offline status: "Ready offline", or "New version ready" with an "Update" button.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let state = RwSignal::new(Offline::Unknown);
    // An effect, so it runs only in the browser (never in the build-time render).
    Effect::new(move |_| leptos::task::spawn_local(register(state)));
    view! {
        <p class="offline-status" class:update=move || state.get() == Offline::UpdateReady role="status">
            {move || match state.get() {
                Offline::Unknown => None,
                Offline::Ready => Some(view! { <span>"Ready offline"</span> }.into_any()),
                Offline::UpdateReady => Some(view! {
                    <span>"New version ready"</span>
                    <button type="button" class="quiet" on:click=move |_| activate_waiting()>"Update"</button>
                }.into_any()),
            }}
        </p>
    }
}

/// The browser's service worker container, if this page may use one (a secure context).
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!present.is_undefined()).then(|| navigator.service_worker())
}

async fn register(state: RwSignal<Offline>) {
    // Development builds (`trunk serve`) never register it: a cached build would hide each rebuild.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(sw) = container() else { return };
    let Ok(reg) = wasm_bindgen_futures::JsFuture::from(sw.register("./sw.js")).await else { return };
    let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
    let controlled = sw.controller().is_some();
    if controlled && reg.waiting().is_some() {
        state.set(Offline::UpdateReady);
    }
    // A newer build found while this page is open: say so once it is fully cached.
    let on_found = Closure::<dyn Fn()>::new({
        let reg = reg.clone();
        move || {
            let Some(installing) = reg.installing() else { return };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && container().and_then(|c| c.controller()).is_some() {
                    state.set(Offline::UpdateReady);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        }
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
    // The learner asked for the new version: reload once it controls the page.
    let on_change = Closure::<dyn Fn()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    if let Ok(ready) = sw.ready() {
        if wasm_bindgen_futures::JsFuture::from(ready).await.is_ok() && state.get_untracked() == Offline::Unknown {
            state.set(Offline::Ready);
        }
    }
    // Only after the first activation: a first install (no controller yet) is not an update.
    if controlled {
        sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    }
    on_change.forget();
}

/// Tells the waiting worker to take over; the page reloads when it has (see `register`).
fn activate_waiting() {
    let Some(sw) = container() else { return };
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(sw.get_registration()).await else { return };
        if reg.is_undefined() {
            return;
        }
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if let Some(waiting) = reg.waiting() {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}
