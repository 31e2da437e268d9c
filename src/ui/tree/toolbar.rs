//! The panel's top: the preset picker with its "try this" prompt and the section's suggestion,
//! then the clock (time, pause/resume, speed, step, reset) and the zoom buttons.

use leptos::prelude::*;

use super::lab::Lab;
use super::narration::clock;
use super::panel::Tree;
use crate::content::presets::{self, PRESETS};
use crate::ui::inline::Rich;

/// The picker, the prompt, the suggestion and the last error.
#[component]
pub fn PresetBar() -> impl IntoView {
    let t = expect_context::<Tree>();
    let current = Memo::new(move |_| t.lab.with(|l| l.preset()));
    let choose = move |ev: leptos::ev::Event| {
        t.pinned.set(true);
        match event_target_value(&ev).as_str() {
            "empty-background" => t.replace(Lab::empty(false)),
            "empty-todo" => t.replace(Lab::empty(true)),
            id => {
                if let Some(p) = presets::preset(id) {
                    t.load(p);
                }
            }
        }
    };
    let value = move || current.get().unwrap_or("empty-background").to_string();
    view! {
        <div class="tree-head">
            <h2>"Context tree"</h2>
            <label class="tree-picker">
                <span>"Start from"</span>
                <select aria-label="Start from" on:change=choose prop:value=value>
                    {PRESETS.iter().map(|p| view! {
                        <option value=p.id>{p.title}{p.since.map(|s| format!(" ({s})"))}</option>
                    }).collect_view()}
                    <option value="empty-background">"An empty Background root"</option>
                    <option value="empty-todo">"An empty TODO root"</option>
                </select>
            </label>
        </div>
        {move || current.get().and_then(presets::preset).map(|p| view! {
            <p class="try-this"><strong>"Try this: "</strong><Rich text=p.try_this /></p>
        })}
        {move || t.suggestion.get().and_then(presets::preset).map(|p| view! {
            <div class="tree-suggest">
                <span>"This section's tree: " <strong>{p.title}</strong></span>
                <button type="button" on:click=move |_| { t.load(p); t.pinned.set(false); }>"Load the preset for this section"</button>
            </div>
        })}
        {move || t.error.get().map(|e| view! { <p class="tree-error" role="alert">{e}</p> })}
    }
}

/// Clock and zoom controls.
#[component]
pub fn ClockBar() -> impl IntoView {
    let t = expect_context::<Tree>();
    let now = Memo::new(move |_| t.lab.with(|l| clock(l.engine().now())));
    let pending = Memo::new(move |_| t.lab.with(|l| l.engine().next_deadline().is_some()));
    let speed = move |ev: leptos::ev::Event| {
        if let Ok(s) = event_target_value(&ev).parse::<f64>() {
            t.speed.set(s.clamp(0.25, 4.0));
        }
    };
    let step = move |_| {
        t.lab.update(|l| {
            l.step();
        })
    };
    let zoom = move |f: f64| t.zoom.update(|z| *z = (*z * f).clamp(0.05, 2.5));
    view! {
        <div class="tree-toolbar">
            <div class="tree-clock" role="group" aria-label="Clock">
                <span class="vclock" title="Virtual time since the tree was loaded">
                    {now}
                    {move || if t.paused.get() { " (paused)" } else if pending.get() { "" } else { " (idle)" }}
                </span>
                <button type="button" aria-pressed=move || t.paused.get().to_string()
                    on:click=move |_| t.paused.update(|p| *p = !*p)>
                    {move || if t.paused.get() { "Resume clock" } else { "Pause clock" }}
                </button>
                <label class="speed"><span>"Speed"</span>
                    <select aria-label="Clock speed" on:change=speed prop:value=move || t.speed.get().to_string()>
                        {[0.25, 0.5, 1.0, 2.0, 4.0].map(|s| view! { <option value=s.to_string()>{format!("{s}×")}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" on:click=step disabled=move || !pending.get()>"Step to next event"</button>
                <button type="button" on:click=move |_| t.reset()>"Reset tree"</button>
            </div>
            <div class="tree-zoom" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom out" on:click=move |_| zoom(0.8)>"−"</button>
                <span class="zoom-level" aria-hidden="true">{move || format!("{:.0}%", t.zoom.get() * 100.0)}</span>
                <button type="button" aria-label="Zoom in" on:click=move |_| zoom(1.25)>"+"</button>
                <button type="button" on:click=move |_| t.fit()>"Fit"</button>
            </div>
        </div>
    }
}
