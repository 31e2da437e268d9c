//! A finished run as a timeline the learner moves along: its events in order
//! ([`super::events::Entry`]), and for each position what the page shows there: the tree (a
//! fresh [`Scene`] replayed up to it, never a second interpreter run), the output printed so
//! far, and the line being executed. Playback maps virtual time to real time ([`Timeline::tick`]).
//!
//! A position `k` (0 to [`Timeline::len`]) is "the first `k` events have happened": 0 is before
//! the run's first event, `len()` its end, where the console shows everything the run printed
//! (the runtime's own messages too: a panic, the deadlock error).

use std::collections::HashMap;

use crate::engine::{Duration, NodeId, Time};
use crate::scene::{apply, Action, Applied, Scene};

use super::events::{self, Entry, Kind};
use super::replay::{Op, Replay, Step};
use super::wire::{Reply, WireError};

/// Real milliseconds an event stays current at 1x before the next one at the same virtual time
/// (divided by the speed).
pub const BEAT_MS: f64 = 300.0;
/// The longest real time a gap between two events takes at 1x: a longer sleep is compressed.
pub const MAX_GAP_MS: f64 = 4000.0;
/// A run that makes more contexts than this is listed but not drawn: a tree that size cannot be
/// watched, and replaying it on every step back would hold the page.
pub const MAX_TREE_NODES: usize = 1000;

/// A run, ready to play, step and scrub.
#[derive(Clone, Debug)]
pub struct Timeline {
    /// The events, in the run's order.
    pub entries: Vec<Entry>,
    steps: Vec<Step>,
    /// The scene's id of each of the run's contexts (a fresh scene replayed in order makes the
    /// same ids every time).
    ids: HashMap<u32, NodeId>,
    prints: Vec<(u8, String)>,
    stdout: String,
    stderr: String,
    /// Events of the run not listed (past [`MAX_ENTRIES`]), folded into its end.
    pub folded: usize,
    /// How many contexts the run made.
    pub contexts: usize,
}

/// What the console shows at a position: the prints so far, as (fd, text).
pub type Output<'a> = Vec<(u8, &'a str)>;

impl Timeline {
    /// Reads a run's reply; `source` is the program (for naming contexts).
    pub fn new(reply: &Reply, source: &str) -> Result<Timeline, WireError> {
        let (mut replay, marks) = Replay::marked(reply, source)?;
        let trace = reply.events()?;
        let mut prints = Vec::new();
        let (mut entries, folded) = events::read(&trace, &replay.steps, &marks, &mut prints);
        let end = trace.last().map_or(0, |e| e.time);
        // Replay it all once: the scene's ids, and what was left open when main returned.
        let contexts = replay.steps.iter().filter(|s| matches!(s.op, Op::Add { .. })).count();
        let mut scene = Scene::default();
        for i in 0..replay.steps.len() {
            if contexts > MAX_TREE_NODES {
                break;
            }
            let now = scene.engine().now();
            replay.play(i, now, |a| apply(&mut scene, a).ok());
        }
        let ids = replay.ids().clone();
        let returned = replay.steps.iter().rfind(|s| matches!(s.op, Op::MainReturned { .. }));
        let text = match returned {
            Some(_) => {
                let mut made: Vec<NodeId> = ids.values().copied().collect();
                made.sort();
                let leaked: Vec<&str> = made.into_iter().filter(|&n| scene.label(n).is_some_and(|l| l.leaked)).map(|n| scene.name(n)).collect();
                match leaked.len() {
                    0 => "main returned: the program ends".to_string(),
                    _ => format!("main returned: the program ends, leaving {} never cancelled (leaked)", leaked.join(", ")),
                }
            }
            None => format!("the program ended with exit status {}", reply.exit),
        };
        let line = returned.map_or(0, |s| s.line);
        entries.push(Entry { at: end, goroutine: u64::from(returned.is_some()), line, kind: Kind::Ended, text, node: None, steps: replay.steps.len(), prints: prints.len() });
        Ok(Timeline { entries, steps: replay.steps, ids, prints, stdout: reply.stdout.clone(), stderr: reply.stderr.clone(), folded, contexts })
    }

    /// How many events: the last position.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is nothing to list (never: a run has at least its end).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether the run made contexts, at most [`MAX_TREE_NODES`] (then the tree shows it).
    pub fn makes_tree(&self) -> bool {
        !self.ids.is_empty()
    }

    /// The event current at position `k` (the last one that happened).
    pub fn current(&self, k: usize) -> Option<&Entry> {
        k.checked_sub(1).and_then(|i| self.entries.get(i))
    }

    /// Virtual time at position `k`.
    pub fn at(&self, k: usize) -> i64 {
        self.current(k).map_or(0, |e| e.at)
    }

    /// The scene's id of the run's context `id`.
    pub fn node(&self, id: u32) -> Option<NodeId> {
        self.ids.get(&id).copied()
    }

    /// The events about the scene's node `node`, by index.
    pub fn events_of(&self, node: NodeId) -> Vec<usize> {
        (0..self.entries.len()).filter(|&i| self.entries[i].node.and_then(|n| self.node(n)) == Some(node)).collect()
    }

    /// Replay steps done at position `k`.
    pub fn steps_at(&self, k: usize) -> usize {
        self.current(k).map_or(0, |e| e.steps)
    }

    /// The latest virtual time the clock may reach while position `k` is current: just before
    /// the next event's (so a deadline due then fires with its event, not before), or sooner
    /// if a replay step not yet done falls before it.
    pub fn clock_limit(&self, k: usize) -> i64 {
        let next = self.entries.get(k).map_or(self.at(k), |e| e.at);
        let step = self.steps.get(self.steps_at(k)).map_or(next, |s| s.at);
        (next.min(step) - 1).max(self.at(k))
    }

    /// The scene at position `k` with the clock at `clock` (clamped to what `k` allows): a
    /// fresh scene, replayed.
    pub fn scene_at(&self, k: usize, clock: i64) -> Scene {
        let mut scene = Scene::default();
        self.play(0, k, clock, scene.engine().now(), |a| apply(&mut scene, a).ok());
        scene
    }

    /// Plays, on a scene at replay step `done` whose clock reads `now`, the steps up to
    /// position `k`, then moves its clock to `clock` (clamped between `k`'s time and
    /// [`Self::clock_limit`]). Each change goes through `apply` (`scene::apply`, or the tree
    /// panel's dispatch, which animates it). Nothing for a run the tree does not draw.
    pub fn play(&self, done: usize, k: usize, clock: i64, now: Time, mut apply: impl FnMut(Action) -> Option<Applied>) {
        if !self.makes_tree() {
            return;
        }
        let mut now = now.nanos();
        let to = self.steps_at(k).min(self.steps.len());
        for step in self.steps.get(done..to).unwrap_or(&[]) {
            if step.at > now {
                apply(Action::Advance(Duration::from_nanos(step.at - now)));
                now = step.at;
            }
            if let Some(action) = step.action(&self.ids) {
                apply(action);
            }
        }
        let clock = clock.clamp(self.at(k), self.clock_limit(k));
        if clock > now {
            apply(Action::Advance(Duration::from_nanos(clock - now)));
        }
    }

    /// The output at position `k`: the prints so far; at the end, all the run wrote.
    pub fn output(&self, k: usize) -> Output<'_> {
        if k >= self.len() {
            return vec![(1, self.stdout.as_str()), (2, self.stderr.as_str())];
        }
        let n = self.current(k).map_or(0, |e| e.prints);
        self.prints[..n.min(self.prints.len())].iter().map(|(fd, t)| (*fd, t.as_str())).collect()
    }

    /// Playback: from position `k` with the clock at `clock`, `dt_ms` real milliseconds later,
    /// `since_ms` after `k` became current, at `speed` (virtual seconds per real second).
    /// The clock runs until the next event's time (a gap longer than [`MAX_GAP_MS`] at 1x is
    /// compressed to it); the next event becomes current once its time is reached and the
    /// current one has had its [`BEAT_MS`]. Returns the new position and clock.
    pub fn tick(&self, k: usize, clock: i64, dt_ms: f64, since_ms: f64, speed: f64) -> (usize, i64) {
        let Some(next) = self.entries.get(k) else { return (k, clock) };
        let gap_ms = (next.at - self.at(k)) as f64 / 1e6;
        let compress = (gap_ms / MAX_GAP_MS).max(1.0);
        let limit = self.clock_limit(k);
        let step = (dt_ms * speed * compress * 1e6) as i64;
        let clock = clock.saturating_add(step.max(1)).min(limit.max(clock));
        if clock >= limit && since_ms * speed >= BEAT_MS {
            (k + 1, clock.max(next.at))
        } else {
            (k, clock)
        }
    }
}
