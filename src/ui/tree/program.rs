//! The playground's run as a driver of the tree: the scene follows [`ProgramRun`]'s position
//! and clock. One event forward (Play, "Step to next event") goes through `Model::dispatch`
//! like any other driver, so cancellation animates and is narrated as in the presets; any
//! other move (step back, scrub, a new run, or a scene someone else changed meanwhile) is a
//! fresh scene replayed from the start up to the position (`Timeline::scene_at`), loaded
//! whole. The panel's own clock stays paused while the run is shown (the run's clock moves it).
//!
//! Loading another tree (a preset, a reset) pauses the playback; the next step takes the tree
//! back.

use std::sync::Arc;

use leptos::prelude::*;

use super::load::Loader;
use super::state::{ClockSettings, Following};
use crate::play::timeline::Timeline;
use crate::ui::ProgramRun;

/// Whether the tree shows the playground's run (provided by [`follow_program`]).
#[derive(Clone, Copy)]
pub struct ShowingRun(pub RwSignal<bool>);

/// What the tree shows of the run.
#[derive(Clone)]
enum Shown {
    /// Not the run (nothing yet, or another tree was loaded over it).
    Other,
    /// The run at position `k`, replay step `steps`, as the scene stood after our last change
    /// (its next event seq and clock) under tree generation `generation`.
    Run { timeline: Arc<Timeline>, k: usize, steps: usize, seq: u64, now: i64, generation: u64 },
}

/// Keeps the tree on the run's position, and selects the node of an event chosen in the
/// timeline.
pub fn follow_program(loader: Loader, settings: ClockSettings, following: Following) {
    let Some(run) = use_context::<ProgramRun>() else { return };
    let shown = StoredValue::new(Shown::Other);
    let showing = RwSignal::new(false);
    provide_context(ShowingRun(showing));
    Effect::new(move |_| {
        let Some(t) = run.timeline.get().filter(|t| t.makes_tree()) else { return };
        let (k, clock) = (run.position.get(), run.clock.get());
        let (seq, now, generation) = loader.model.scene.with_untracked(|s| (s.next_seq(), s.engine().now().nanos(), loader.focus.generation.get_untracked()));
        let was = shown.get_value();
        match was {
            Shown::Run { ref timeline, k: at, steps, seq: s, now: n, generation: g } if Arc::ptr_eq(timeline, &t) => {
                if g != generation {
                    // The learner loaded another tree: leave it, and pause.
                    run.playing.set(false);
                    shown.set_value(Shown::Other);
                    showing.set(false);
                    return;
                }
                if s == seq && n == now && (k == at || k == at + 1) && clock >= now {
                    t.play(steps, k, clock, crate::engine::Time::from_nanos(now), |a| loader.model.dispatch(a));
                    remember(loader, shown, &t, k);
                    return;
                }
            }
            _ => {}
        }
        settings.paused.set(true);
        following.pinned.set(true);
        let keep = loader.focus.selected.get_untracked();
        loader.replace(t.scene_at(k, clock));
        if let Some(id) = run.node.get_untracked().or(keep).filter(|&id| loader.model.scene.with_untracked(|s| s.label(id).is_some())) {
            loader.focus.selected.set(Some(id));
        }
        remember(loader, shown, &t, k);
        showing.set(true);
    });
    Effect::new(move |_| {
        if let Some(id) = run.node.get() {
            if matches!(shown.get_value(), Shown::Run { .. }) && loader.model.scene.with_untracked(|s| s.label(id).is_some()) {
                loader.focus.selected.set(Some(id));
            }
        }
    });
}

fn remember(loader: Loader, shown: StoredValue<Shown>, t: &Arc<Timeline>, k: usize) {
    let (seq, now) = loader.model.scene.with_untracked(|s| (s.next_seq(), s.engine().now().nanos()));
    shown.set_value(Shown::Run { timeline: t.clone(), k, steps: t.steps_at(k), seq, now, generation: loader.focus.generation.get_untracked() });
}
