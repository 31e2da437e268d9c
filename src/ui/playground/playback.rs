//! Watching a run: Play/Pause, speed (0.1x to 10x, or instant), "Step to next event", "Step
//! back", a scrubbable position (a labelled range input) and the list of the run's events (a
//! listbox: choosing one goes there, marks its line and selects its context in the tree). The
//! position lives in [`ProgramRun`]; this view moves it, and while playing a timer moves it on
//! the virtual clock ([`Timeline::tick`](crate::play::timeline::Timeline::tick)).

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use crate::engine::Time;
use crate::play::timeline::MAX_TREE_NODES;
use crate::scene::units::clock;
use crate::ui::ProgramRun;

/// Real milliseconds between playback ticks.
const TICK_MS: u32 = 40;

/// Speeds offered: virtual seconds per real second; 0 is "instant" (the end at once).
const SPEEDS: [(f64, &str); 8] = [(0.1, "0.1×"), (0.25, "0.25×"), (0.5, "0.5×"), (1.0, "1×"), (2.0, "2×"), (5.0, "5×"), (10.0, "10×"), (0.0, "Instant")];

/// The playback controls and the run's events (nothing before the first run).
#[component]
pub fn Playback() -> impl IntoView {
    let Some(run) = use_context::<ProgramRun>() else { return ().into_any() };
    use_playback_timer(run);
    let len = Memo::new(move |_| run.timeline.with(|t| t.as_ref().map_or(0, |t| t.len())));
    let position = run.position;
    let current = Memo::new(move |_| {
        let k = position.get();
        run.timeline.with(|t| t.as_ref().and_then(|t| t.current(k).map(|e| e.describe())))
    });
    let now = move || clock(Time::from_nanos(run.clock.get()));
    let on_speed = move |ev: leptos::ev::Event| {
        let Ok(s) = event_target_value(&ev).parse::<f64>() else { return };
        run.speed.set(if s == 0.0 { 0.0 } else { s.clamp(0.1, 10.0) });
        if s == 0.0 {
            run.go_to(usize::MAX);
        }
    };
    let on_scrub = move |ev: leptos::ev::Event| {
        if let Ok(k) = event_target_value(&ev).parse::<usize>() {
            run.go_to(k);
        }
    };
    let on_choose = move |ev: leptos::ev::Event| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            run.go_to(i + 1);
        }
    };
    let valuetext = move || match current.get() {
        Some(e) => format!("Event {} of {}: {e}", position.get(), len.get()),
        None => format!("Start of the run, before its first event (0 of {})", len.get()),
    };
    let options = move || {
        run.timeline.with(|t| {
            t.as_ref().map(|t| t.entries.iter().enumerate().map(|(i, e)| view! { <option value=i>{e.describe()}</option> }).collect_view())
        })
    };
    let folded = move || run.timeline.with(|t| t.as_ref().map_or(0, |t| t.folded));
    let contexts = move || run.timeline.with(|t| t.as_ref().map_or(0, |t| t.contexts));
    view! {
        <section class="pg-playback" aria-label="Run timeline" hidden=move || len.get() == 0>
            <div class="pg-controls" role="group" aria-label="Playback">
                <button type="button" class="pg-play" on:click=move |_| if run.playing.get_untracked() { run.playing.set(false) } else { run.play() }>
                    {move || if run.playing.get() { "Pause" } else { "Play" }}
                </button>
                <button type="button" on:click=move |_| run.go_to(position.get_untracked().saturating_sub(1)) disabled=move || position.get() == 0>"Step back"</button>
                <button type="button" on:click=move |_| run.go_to(position.get_untracked() + 1) disabled=move || { position.get() >= len.get() }>"Step to next event"</button>
                <label class="pg-speed"><span>"Speed"</span>
                    <select aria-label="Playback speed" on:change=on_speed prop:value=move || run.speed.get().to_string()>
                        {SPEEDS.map(|(s, name)| view! { <option value=s.to_string()>{name}</option> }).collect_view()}
                    </select>
                </label>
                <span class="pg-vclock" title="The run's virtual time">{now}</span>
            </div>
            <input type="range" class="pg-scrub" min="0" max=move || len.get().to_string() step="1"
                aria-label="Position in the run" aria-valuetext=valuetext
                prop:value=move || position.get().to_string() on:input=on_scrub />
            <p class="pg-now" aria-live=move || if run.playing.get() { "off" } else { "polite" }>
                {move || current.get().unwrap_or_else(|| "Before the run's first event.".to_string())}
            </p>
            <select class="pg-events" size="7" aria-label="Events of the run" on:change=on_choose
                prop:value=move || position.get().checked_sub(1).map(|i| i.to_string()).unwrap_or_default()>
                {options}
            </select>
            {move || (folded() > 0).then(|| view! { <p class="pg-help">{format!("{} later events are not listed: the last one shows the run's end.", folded())}</p> })}
            {move || (contexts() > MAX_TREE_NODES).then(|| view! { <p class="pg-help">{format!("This run made {} contexts: the tree draws runs of up to {MAX_TREE_NODES}.", contexts())}</p> })}
        </section>
    }
    .into_any()
}

/// While [`ProgramRun::playing`], ticks every [`TICK_MS`]: moves the clock and the position on
/// at the chosen speed, and stops at the end. The interval is dropped on pause and unmount.
fn use_playback_timer(run: ProgramRun) {
    let handle = StoredValue::new_local(None::<Interval>);
    let last = StoredValue::new(0.0f64);
    let since = StoredValue::new(0.0f64);
    let tick = move || {
        let Some(t) = run.timeline.get_untracked() else { return };
        let now = now_ms();
        let dt = (now - last.get_value()).clamp(0.0, 250.0);
        last.set_value(now);
        since.set_value(since.get_value() + dt);
        let (k, clock) = (run.position.get_untracked(), run.clock.get_untracked());
        let (nk, nc) = t.tick(k, clock, dt, since.get_value(), run.speed.get_untracked());
        if nk != k {
            since.set_value(0.0);
            run.position.set(nk);
        }
        if nc != clock {
            run.clock.set(nc);
        }
        if nk >= t.len() {
            run.playing.set(false);
        }
    };
    Effect::new(move |_| {
        if run.playing.get() {
            last.set_value(now_ms());
            since.set_value(0.0);
            handle.set_value(Some(Interval::new(TICK_MS, tick)));
        } else {
            handle.set_value(None);
        }
    });
    on_cleanup(move || {
        handle.try_set_value(None);
    });
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
