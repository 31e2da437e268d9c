//! "Share": the code in the editor as a link (`#play=` and the code, deflated and base64url,
//! see `play::share`), copied to the clipboard and shown in a text field to copy by hand.

use leptos::prelude::*;

use super::deflate::deflate;
use crate::play::share::{fragment, MAX_ENCODED};

/// The Share button and, once pressed, the link.
#[component]
pub fn Share(code: RwSignal<String>) -> impl IntoView {
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let share = move |_| {
        let source = code.get_untracked();
        leptos::task::spawn_local(async move {
            match deflate(source.as_bytes()).await {
                Ok(bytes) => {
                    let frag = fragment(&bytes);
                    if frag.len() > MAX_ENCODED {
                        link.set(None);
                        status.set("This program is too long to share as a link.".into());
                        return;
                    }
                    let Some(loc) = web_sys::window().map(|w| w.location()) else { return };
                    let base = format!("{}{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default());
                    let url = format!("{base}{frag}");
                    let copied = web_sys::window().map(|w| w.navigator().clipboard().write_text(&url));
                    let copied = match copied {
                        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
                        None => false,
                    };
                    status.set(if copied { "Link copied to the clipboard." } else { "Copy the link below." }.into());
                    link.set(Some(url));
                }
                Err(e) => status.set(format!("Sharing failed: {e}.")),
            }
        });
    };
    view! {
        <button type="button" on:click=share>"Share"</button>
        <span class="pg-share" role="status">{move || status.get()}</span>
        {move || link.get().map(|url| view! {
            <label class="pg-share-link">"Share link "
                <input type="text" readonly prop:value=url on:focus=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); }
                } />
            </label>
        })}
    }
}
