//! The header's compact progress summary, linking to the "Your progress" panel.

use leptos::prelude::*;

use super::ProgressStore;

/// `4 of 11 sections read · quiz 6/11 · not complete`, with a bar for the sections read.
#[component]
pub fn HeaderProgress() -> impl IntoView {
    let progress = ProgressStore::from_context().progress();
    let summary = Memo::new(move |_| progress.with(|p| p.summary()));
    let done = Memo::new(move |_| progress.with(|p| p.completed().is_some()));
    let width = move || {
        format!(
            "width: {:.0}%",
            progress.with(|p| p.sections_fraction()) * 100.0
        )
    };
    view! {
        <a class="header-progress" class:done=done href="#your-progress" aria-label=move || format!("Your progress: {}", summary.get())>
            <span class="meter" aria-hidden="true"><span style=width></span></span>
            {move || done.get().then(|| view! { <span class="icon" aria-hidden="true">"✓"</span> })}
            <span class="summary">{move || summary.get()}</span>
        </a>
    }
}
