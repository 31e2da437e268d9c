//! The narration: an aria-live region that says the latest event in words (the sentences are
//! the scene's, `scene::narrate`).

use leptos::prelude::*;

use super::state::Model;

/// The latest event in words, read out politely by screen readers.
#[component]
pub fn Narration() -> impl IntoView {
    let model = expect_context::<Model>();
    let text = Memo::new(move |_| model.scene.with(|s| s.narration().to_string()));
    view! {
        <p class="tree-narration" role="status" aria-live="polite" aria-atomic="true">{text}</p>
    }
}
