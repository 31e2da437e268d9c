//! The clock and zoom controls: virtual time, pause/resume, speed, step, reset, zoom and Fit.

use leptos::prelude::*;

use super::load::Loader;
use super::state::{ClockSettings, Model};
use super::zoom::Zoom;
use crate::scene::units::clock;
use crate::scene::Action;

/// Clock and zoom controls.
#[component]
pub fn ClockBar() -> impl IntoView {
    let (model, settings) = (expect_context::<Model>(), expect_context::<ClockSettings>());
    let (loader, zoom) = (expect_context::<Loader>(), expect_context::<Zoom>());
    let now = Memo::new(move |_| model.scene.with(|s| clock(s.engine().now())));
    let pending = Memo::new(move |_| model.scene.with(|s| s.engine().next_deadline().is_some()));
    let paused = settings.paused;
    let speed = move |ev: leptos::ev::Event| {
        if let Ok(s) = event_target_value(&ev).parse::<f64>() {
            settings.speed.set(s.clamp(0.25, 4.0));
        }
    };
    view! {
        <div class="tree-toolbar">
            <div class="tree-clock" role="group" aria-label="Clock">
                <span class="vclock" title="Virtual time since the tree was loaded">
                    {now}
                    {move || if paused.get() { " (paused)" } else if pending.get() { "" } else { " (idle)" }}
                </span>
                <button type="button" aria-pressed=move || paused.get().to_string()
                    on:click=move |_| paused.update(|p| *p = !*p)>
                    {move || if paused.get() { "Resume clock" } else { "Pause clock" }}
                </button>
                <label class="speed"><span>"Speed"</span>
                    <select aria-label="Clock speed" on:change=speed prop:value=move || settings.speed.get().to_string()>
                        {[0.25, 0.5, 1.0, 2.0, 4.0].map(|s| view! { <option value=s.to_string()>{format!("{s}×")}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" on:click=move |_| { model.act(Action::Step); } disabled=move || !pending.get()>"Step to next event"</button>
                <button type="button" on:click=move |_| loader.reset()>"Reset tree"</button>
            </div>
            <div class="tree-zoom" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom out" on:click=move |_| zoom.scale(0.8)>"−"</button>
                <span class="zoom-level" aria-hidden="true">{move || format!("{:.0}%", zoom.camera.zoom.get() * 100.0)}</span>
                <button type="button" aria-label="Zoom in" on:click=move |_| zoom.scale(1.25)>"+"</button>
                <button type="button" on:click=move |_| zoom.fit()>"Fit"</button>
            </div>
        </div>
    }
}
