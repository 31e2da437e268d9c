//! The playground's run as a driver of the tree: when a run finishes, its replay
//! ([`crate::play::replay::Replay`]) is played into a fresh scene, one step at a time, paced by
//! the run's virtual time, through `Model::dispatch` like any other driver. The panel's own
//! clock is paused meanwhile (the replay moves the clock to each step's time).

use std::sync::Arc;
use std::time::Duration as StdDuration;

use leptos::prelude::*;

use super::load::Loader;
use super::state::{ClockSettings, Following};
use crate::play::replay::Replay;
use crate::scene::Scene;
use crate::ui::ProgramRun;

/// Real milliseconds between two steps: the virtual gap at 1x, at least long enough to watch
/// each step, at most two seconds.
fn pause_ms(gap_ns: i64) -> u64 {
    (gap_ns / 1_000_000).clamp(450, 2000) as u64
}

/// Watches [`ProgramRun`] and plays each new run into the tree.
pub fn follow_program(loader: Loader, settings: ClockSettings, following: Following) {
    let Some(ProgramRun(run)) = use_context::<ProgramRun>() else { return };
    Effect::new(move |_| {
        let Some(replay) = run.get() else { return };
        start(loader, settings, following, replay);
    });
}

fn start(loader: Loader, settings: ClockSettings, following: Following, replay: Arc<Replay>) {
    let mut replay = (*replay).clone();
    let mut scene = Scene::default();
    // The first step (the program's first context) makes the scene the panel is given.
    let now = scene.engine().now();
    replay.play(0, now, |a| crate::scene::apply(&mut scene, a).ok());
    settings.paused.set(true);
    following.pinned.set(true);
    loader.replace(scene);
    let generation = loader.focus.generation.get_untracked();
    schedule(loader, replay, 1, generation);
}

fn schedule(loader: Loader, mut replay: Replay, i: usize, generation: u64) {
    let Some(step) = replay.steps.get(i) else { return };
    let gap = step.at - replay.steps.get(i - 1).map_or(0, |s| s.at);
    set_timeout(
        move || {
            // Another tree was loaded meanwhile (a preset, a reset, a newer run): stop.
            if loader.focus.generation.try_get_untracked() != Some(generation) {
                return;
            }
            let now = loader.model.scene.with_untracked(|s| s.engine().now());
            replay.play(i, now, |a| loader.model.dispatch(a));
            schedule(loader, replay, i + 1, generation);
        },
        StdDuration::from_millis(pause_ms(gap)),
    );
}
