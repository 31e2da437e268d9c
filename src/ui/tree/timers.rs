//! The panel's two timers, both gloo-timers intervals behind one hook ([`use_ticker`], shaped
//! like leptos-use's `use_interval_fn`: `{ is_active, pause, resume }`):
//! - the real-time clock, which feeds elapsed time (scaled by speed) into the engine, and runs
//!   only while a deadline is pending and the clock is not paused;
//! - the reveal animation, which moves `revealed` one wave step at a time, and runs only while
//!   the view is behind the engine. With `prefers-reduced-motion: reduce` it jumps at once.
//!
//! **Invariant**: every interval handle is dropped (cleared) on pause, when there is nothing
//! left to do (reset, removal of the last timer) and on unmount.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::panel::Tree;
use crate::engine::Duration;

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

/// Drives the virtual clock from real time while a deadline is pending and not paused.
pub fn use_clock(t: Tree) -> Ticker {
    let last = StoredValue::new(0.0f64);
    let ticker = use_ticker(CLOCK_MS, move || {
        let now = now_ms();
        let dt = (now - last.get_value()).max(0.0);
        last.set_value(now);
        let d = Duration::from_nanos((dt * t.speed.get_untracked() * 1e6) as i64);
        t.lab.update(|l| {
            let _ = l.advance_by(d);
        });
    });
    Effect::new(move |_| {
        let pending = t.lab.with(|l| l.engine().next_deadline().is_some());
        if pending && !t.paused.get() {
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
pub fn use_reveal(t: Tree) -> Ticker {
    let chunk = StoredValue::new(1usize);
    let step = move || {
        let (next, done) = t.lab.with_untracked(|l| {
            let next = l.reveal_after(t.revealed.get_untracked(), chunk.get_value());
            (next, next >= l.next_seq())
        });
        t.revealed.set(next);
        done
    };
    let ticker = use_ticker(STEP_MS, move || {
        if step() {
            // Nothing left to show: the effect below stops the interval (not from inside it).
            t.reveal_idle.set(true);
        }
    });
    Effect::new(move |_| {
        t.lab.track();
        if t.reveal_idle.get() {
            ticker.pause();
        }
        let (target, pending) = t.lab.with_untracked(|l| (l.next_seq(), l.pending_steps(t.revealed.get_untracked())));
        if reduced_motion() || pending == 0 {
            ticker.pause();
            if t.revealed.get_untracked() != target {
                t.revealed.set(target);
            }
        } else if !ticker.is_active.get_untracked() {
            chunk.set_value(pending.div_ceil(MAX_STEPS).max(1));
            t.reveal_idle.set(false);
            step();
            ticker.resume();
        }
    });
    ticker
}
