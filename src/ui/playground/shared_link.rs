//! Opening a share link: when the page's fragment is `#play=…` (at load, or when it changes),
//! the code is unpacked (`deflate::inflate`, limits and checks in `play::share`) and handed to
//! the playground as text, not run. A link that cannot be read leaves everything as it was and
//! says why in a notice.

use leptos::prelude::*;

use super::deflate::inflate;
use crate::play::share::{decode, encoded_in, source_from, ShareError, MAX_SOURCE};

/// Watches the fragment: `open` gets the code of every readable share link; `notice` says why
/// one could not be read.
pub fn watch_share_links(open: impl Fn(String) + Clone + 'static, notice: RwSignal<Option<String>>) {
    let read = move || {
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return };
        let open = open.clone();
        match encoded_in(&hash) {
            Ok(None) => {}
            Err(e) => notice.set(Some(e.to_string())),
            Ok(Some(data)) => {
                let data = data.to_string();
                leptos::task::spawn_local(async move {
                    match unpack(&data).await {
                        Ok(code) => {
                            notice.set(None);
                            open(code);
                        }
                        Err(e) => notice.set(Some(e.to_string())),
                    }
                });
            }
        }
    };
    read();
    let handle = window_event_listener(leptos::ev::hashchange, move |_| read());
    on_cleanup(move || handle.remove());
}

async fn unpack(data: &str) -> Result<String, ShareError> {
    let bytes = decode(data)?;
    source_from(inflate(&bytes, MAX_SOURCE).await?)
}

/// The notice about a share link that could not be opened, until dismissed.
#[component]
pub fn ShareNotice(notice: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        notice.get().map(|text| {
            view! {
                <div class="notices share-notice" role="alert">
                    <div class="notice">
                        <span class="icon" aria-hidden="true">"!"</span>
                        <p>{text}</p>
                        <button type="button" on:click=move |_| notice.set(None)>"Dismiss"</button>
                    </div>
                </div>
            }
        })
    }
}
