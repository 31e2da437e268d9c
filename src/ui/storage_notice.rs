//! The dismissible notices about saved progress: a record that couldn't be read, a newer
//! version's record left alone, or a browser that won't store anything.

use leptos::prelude::*;

use super::ProgressStore;

/// The notice region under the header; empty (and invisible) when all is well.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = ProgressStore::from_context();
    view! {
        <div class="notices" role="status">
            <For each=move || store.notices().get() key=|n| n.id let:notice>
                <div class="notice">
                    <span class="icon" aria-hidden="true">"!"</span>
                    <p>{notice.text}</p>
                    <button type="button" on:click=move |_| store.dismiss(notice.id)>"Dismiss"</button>
                </div>
            </For>
        </div>
    }
}
