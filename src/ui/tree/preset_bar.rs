//! The panel's top: its title with "Back to the text" (Escape does the same), the preset picker with its "try this" prompt, the section's suggestion, and
//! the last action's error.

use leptos::prelude::*;

use super::load::Loader;
use super::program::ShowingRun;
use super::state::{Following, Model};
use crate::content::presets::{self, PRESETS};
use crate::scene::Scene;
use crate::ui::inline::Rich;
use crate::ui::TreeOpener;

/// The picker, the prompt, the suggestion and the last error.
#[component]
pub fn PresetBar() -> impl IntoView {
    let (model, following, loader) = (expect_context::<Model>(), expect_context::<Following>(), expect_context::<Loader>());
    let current = Memo::new(move |_| model.scene.with(Scene::preset));
    let choose = move |ev: leptos::ev::Event| {
        following.pinned.set(true);
        match event_target_value(&ev).as_str() {
            "empty-background" => loader.replace(Scene::empty(false)),
            "empty-todo" => loader.replace(Scene::empty(true)),
            id => match presets::preset(id) {
                Some(p) => loader.load(p),
                None => model.show(&format!("There is no preset {id:?}.")),
            },
        }
    };
    let showing_run = use_context::<ShowingRun>();
    let on_run = move || showing_run.is_some_and(|s| s.0.get());
    let value = move || if on_run() { "program-run".to_string() } else { current.get().unwrap_or("empty-background").to_string() };
    let opener = use_context::<TreeOpener>();
    view! {
        <div class="tree-head">
            <h2>"Context tree"</h2>
            {opener.map(|o| view! {
                <button type="button" class="tree-back" aria-keyshortcuts="Escape" on:click=move |_| o.back()>
                    <span aria-hidden="true">"← "</span>"Back to the text"<kbd aria-hidden="true">"Esc"</kbd>
                </button>
            })}
        </div>
        <label class="tree-picker">
            <span>"Start from"</span>
            <select aria-label="Start from" on:change=choose prop:value=value>
                {PRESETS.iter().map(|p| view! {
                    <option value=p.id>{p.title}{p.since.map(|s| format!(" ({s})"))}</option>
                }).collect_view()}
                <option value="empty-background">"An empty Background root"</option>
                <option value="empty-todo">"An empty TODO root"</option>
                {move || on_run().then(|| view! { <option value="program-run" disabled selected>"Your program's run (from the playground)"</option> })}
            </select>
        </label>
        {move || current.get().and_then(presets::preset).map(|p| view! {
            <p class="try-this"><strong>"Try this: "</strong><Rich text=p.try_this /></p>
        })}
        {move || following.suggestion.get().and_then(presets::preset).map(|p| view! {
            <div class="tree-suggest">
                <span>"This section's tree: " <strong>{p.title}</strong></span>
                <button type="button" on:click=move |_| { loader.load(p); following.pinned.set(false); }>"Load the preset for this section"</button>
            </div>
        })}
        {move || model.error.get().map(|e| view! { <p class="tree-error" role="alert">{e}</p> })}
    }
}
