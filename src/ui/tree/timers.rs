//! The panel's two timers, both gloo-timers intervals behind one hook ([`use_ticker`], shaped
//! like leptos-use's `use_interval_fn`: `{ is_active, pause, resume }`):
//! - the real-time clock, which feeds elapsed time (scaled by speed) into the scene, and runs
//!   only while a deadline is pending and the clock is not paused;
//! - the reveal animation, which moves `revealed` one wave step at a time, and runs only while
//!   the view is behind the engine. With `prefers-reduced-motion: reduce` it jumps at once.
//!
//! **Invariant**: every interval handle is dropped (cleared) on pause, when there is nothing
//! left to do (reset, removal of the last timer) and on unmount.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::state::{ClockSettings, Model, Reveal};
use crate::engine::Duration;
use crate::scene::{Action, Scene};

/// How often the real-time clock feeds the engine, in ms.
const CLOCK_MS: u32 = 50;
/// How long one wave step shows before the next, in ms.
const STEP_MS: u32 = 150;
/// A wave never takes more than about this many steps, however large the tree.
const MAX_STEPS: usize = 14;

/// A pausable interval: `is_active`, `pause()`, `resume()`.
#[derive(Clone, Copy)]
pub struct Ticker {
    /// Whether the interval is running.
    pub is_active: Signal<bool>,
    handle: StoredValue<Option<Interval>, LocalStorage>,
    tick: StoredValue<std::rc::Rc<dyn Fn()>, LocalStorage>,
    period: u32,
    active: RwSignal<bool>,
}

impl Ticker {
    /// Stops the interval (drops the handle, which clears it).
    pub fn pause(&self) {
        self.handle.update_value(|h| *h = None);
        if self.active.get_untracked() {
            self.active.set(false);
        }
    }

    /// Starts the interval if it is not running.
    pub fn resume(&self) {
        if self.handle.with_value(Option::is_some) {
            return;
        }
        let tick = self.tick.get_value();
        self.handle.set_value(Some(Interval::new(self.period, move || tick())));
        self.active.set(true);
    }
}

/// Calls `tick` every `period_ms` while resumed; starts paused; cleared on unmount.
pub fn use_ticker(period_ms: u32, tick: impl Fn() + 'static) -> Ticker {
    let active = RwSignal::new(false);
    let t = Ticker {
        is_active: active.into(),
        handle: StoredValue::new_local(None),
        tick: StoredValue::new_local(std::rc::Rc::new(tick)),
        period: period_ms,
        active,
    };
    let handle = t.handle;
    on_cleanup(move || handle.try_update_value(|h| *h = None).unwrap_or_default());
    t
}

/// Milliseconds from the page's `performance.now()`.
fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Whether the learner asked for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Drives the virtual clock from real time while a deadline is pending and not paused: each
/// tick is an [`Action::Advance`], applied like any other action (an error is shown).
pub fn use_clock(model: Model, settings: ClockSettings) -> Ticker {
    let last = StoredValue::new(0.0f64);
    let ticker = use_ticker(CLOCK_MS, move || {
        let now = now_ms();
        let dt = (now - last.get_value()).max(0.0);
        last.set_value(now);
        let d = Duration::from_nanos((dt * settings.speed.get_untracked() * 1e6) as i64);
        model.dispatch(Action::Advance(d));
    });
    Effect::new(move |_| {
        let pending = model.scene.with(|s| s.engine().next_deadline().is_some());
        if pending && !settings.paused.get() {
            if !ticker.is_active.get_untracked() {
                last.set_value(now_ms());
                ticker.resume();
            }
        } else {
            ticker.pause();
        }
    });
    ticker
}

/// Moves `revealed` towards the engine one wave step per tick (several events per step in a
/// large wave, so a wave takes at most [`MAX_STEPS`] steps).
pub fn use_reveal(scene: RwSignal<Scene>, reveal: Reveal) -> Ticker {
    let chunk = StoredValue::new(1usize);
    let step = move || {
        let (next, done) = scene.with_untracked(|s| {
            let next = s.reveal_after(reveal.revealed.get_untracked(), chunk.get_value());
            (next, next >= s.next_seq())
        });
        reveal.revealed.set(next);
        done
    };
    let ticker = use_ticker(STEP_MS, move || {
        if step() {
            // Nothing left to show: the effect below stops the interval (not from inside it).
            reveal.idle.set(true);
        }
    });
    Effect::new(move |_| {
        scene.track();
        if reveal.idle.get() {
            ticker.pause();
        }
        let (target, pending) = scene.with_untracked(|s| (s.next_seq(), s.pending_steps(reveal.revealed.get_untracked())));
        if reduced_motion() || pending == 0 {
            ticker.pause();
            if reveal.revealed.get_untracked() != target {
                reveal.revealed.set(target);
            }
        } else if !ticker.is_active.get_untracked() {
            chunk.set_value(pending.div_ceil(MAX_STEPS).max(1));
            reveal.idle.set(false);
            step();
            ticker.resume();
        }
    });
    ticker
}
