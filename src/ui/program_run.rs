//! [`ProgramRun`]: the playground's last run as a timeline, and where the learner is in it.
//! The playground writes it (a finished run, Play/Pause, speed, step, scrub, an event chosen);
//! the tree panel plays the position into its scene, the console prints up to it, the editor
//! marks its line. Provided at the root, so the drawer and the panel share it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::NodeId;
use crate::play::timeline::Timeline;
use crate::play::wire::Reply;

/// The run being watched, and the position, clock and speed of its playback. Copyable.
#[derive(Clone, Copy)]
pub struct ProgramRun {
    /// The last run's timeline (`None` before the first run).
    pub timeline: RwSignal<Option<Arc<Timeline>>>,
    /// The program the run ran (its lines are the timeline's).
    pub source: RwSignal<Arc<str>>,
    /// How many of its events have happened (0 to `Timeline::len`).
    pub position: RwSignal<usize>,
    /// The playback's virtual time, ns.
    pub clock: RwSignal<i64>,
    /// Whether playback is running.
    pub playing: RwSignal<bool>,
    /// Virtual seconds per real second (0.1 to 10); 0 is "instant": the end at once.
    pub speed: RwSignal<f64>,
    /// The tree's node of the event chosen last (the tree selects it).
    pub node: RwSignal<Option<NodeId>>,
}

impl ProgramRun {
    /// No run yet.
    pub fn new() -> ProgramRun {
        ProgramRun {
            timeline: RwSignal::new(None),
            source: RwSignal::new(Arc::from("")),
            position: RwSignal::new(0),
            clock: RwSignal::new(0),
            playing: RwSignal::new(false),
            speed: RwSignal::new(1.0),
            node: RwSignal::new(None),
        }
    }

    /// Loads a finished run of `source`: played from the start, or shown at its end at once
    /// when the learner asked for reduced motion or chose Instant (then Play or Step walks
    /// through it). A trace that does not read loads nothing (and says why).
    pub fn load(&self, reply: &Reply, source: &str) -> Result<(), String> {
        self.clear();
        let t = Timeline::new(reply, source).map_err(|e| e.to_string())?;
        let still = reduced_motion() || self.speed.get_untracked() <= 0.0;
        let k = if still { t.len() } else { 0 };
        self.position.set(k);
        self.clock.set(t.at(k));
        self.node.set(None);
        self.source.set(Arc::from(source));
        self.timeline.set(Some(Arc::new(t)));
        self.playing.set(!still);
        Ok(())
    }

    /// Forgets the last run (a new one is under way).
    pub fn clear(&self) {
        self.playing.set(false);
        self.timeline.set(None);
        self.position.set(0);
    }

    /// Pauses at position `k` (clamped), its clock at the event's time; its context is chosen.
    pub fn go_to(&self, k: usize) {
        let Some(t) = self.timeline.get_untracked() else { return };
        let k = k.min(t.len());
        self.playing.set(false);
        self.position.set(k);
        self.clock.set(t.at(k));
        if let Some(n) = t.current(k).and_then(|e| e.node).and_then(|n| t.node(n)) {
            self.node.set(Some(n));
        }
    }

    /// Plays from where it is (from the start once at the end); at "instant", goes to the end.
    pub fn play(&self) {
        let Some(t) = self.timeline.get_untracked() else { return };
        if self.speed.get_untracked() <= 0.0 {
            self.go_to(t.len());
            return;
        }
        if self.position.get_untracked() >= t.len() {
            self.position.set(0);
            self.clock.set(0);
        }
        self.playing.set(true);
    }

    /// The source line of the current event, while the code shown is the code that ran.
    pub fn line(&self, code: &str) -> Option<u32> {
        let t = self.timeline.get()?;
        if **self.source.read() != *code {
            return None;
        }
        t.current(self.position.get()).map(|e| e.line).filter(|&l| l > 0)
    }
}

impl Default for ProgramRun {
    fn default() -> Self {
        ProgramRun::new()
    }
}

/// Whether the learner asked for reduced motion.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
