//! Every node's drawing as its own signal ([`NodeSignals`]), kept current incrementally, so the
//! SVG re-renders only the nodes whose drawing changed:
//! - a wave step (`revealed` moves) recomputes only the nodes it reveals
//!   (`Scene::revealed_between`), so a step costs what it shows, not the tree's size;
//! - a change to the scene (an action, a new tree) recomputes every node, sets only the
//!   signals whose value differs, and forgets removed nodes; a clock tick that fires nothing
//!   recomputes only the nodes with a deadline (the only drawings time changes);
//! - places are signals too, set only when the tree's shape moves a node, so the frame has a
//!   handful of subscribers rather than two per node.
//!
//! **Invariant**: a signal always equals `snapshot::node_draws` of the scene at `revealed`; the
//! drawing stays a view of the log, never the source of truth.

use std::collections::{BTreeSet, HashMap};

use leptos::prelude::*;

use super::state::{Model, Placement, Reveal};
use crate::engine::NodeId;
use crate::scene::drawing::{NodeDraw, Place};
use crate::scene::snapshot::node_draws;
use crate::scene::Scene;

/// One node's drawing (`None` once the node is gone).
pub type DrawSignal = ArcRwSignal<Option<NodeDraw>>;
/// Where one node sits (`None` once the node is gone).
pub type PlaceSignal = ArcRwSignal<Option<Place>>;
/// Signals by node.
type Signals<V> = StoredValue<HashMap<NodeId, ArcRwSignal<Option<V>>>>;

/// The per-node drawing and place signals, by node, and what they are computed from. A
/// copyable handle.
#[derive(Clone, Copy)]
pub struct NodeSignals {
    draws: Signals<NodeDraw>,
    places: Signals<Place>,
    scene: RwSignal<Scene>,
    redraw_all: StoredValue<bool>,
    revealed: RwSignal<u64>,
    frame: ReadSignal<crate::scene::drawing::Frame>,
}

impl NodeSignals {
    /// An empty store over `model`'s scene at `reveal`'s point, placed by `placement`; signals
    /// are made as nodes are first drawn.
    pub fn new(model: Model, reveal: Reveal, placement: Placement) -> NodeSignals {
        NodeSignals {
            draws: StoredValue::new(HashMap::new()),
            places: StoredValue::new(HashMap::new()),
            scene: model.scene,
            redraw_all: model.redraw_all,
            revealed: reveal.revealed,
            frame: placement.0,
        }
    }

    /// The signal of `id`'s drawing, made from the scene at `revealed` when first asked for.
    pub fn of(&self, id: NodeId) -> DrawSignal {
        let (scene, revealed) = (self.scene, self.revealed);
        signal(self.draws, id, || {
            let now = scene.with_untracked(|s| node_draws(s, revealed.get_untracked(), [id]));
            now.into_iter().next().and_then(|(_, d)| d)
        })
    }

    /// The signal of `id`'s place, made from the frame when first asked for. Only a change of
    /// the tree's shape that moves the node sets it.
    pub fn place(&self, id: NodeId) -> PlaceSignal {
        let frame = self.frame;
        signal(self.places, id, || frame.with_untracked(|f| f.places.get(&id).copied()))
    }

    /// Recomputes the drawings of `ids` and sets each signal whose value changed.
    fn refresh(&self, ids: impl IntoIterator<Item = NodeId>) {
        let ids: Vec<NodeId> = self.draws.with_value(|m| ids.into_iter().filter(|id| m.contains_key(id)).collect());
        if ids.is_empty() {
            return;
        }
        let fresh = self.scene.with_untracked(|s| node_draws(s, self.revealed.get_untracked(), ids));
        for (id, draw) in fresh {
            put(self.draws, id, draw);
        }
    }

    /// Keeps the signals current: every node when the scene changes, only the revealed ones
    /// when `revealed` moves, and places when the frame (the tree's shape) changes.
    pub fn keep_current(self) {
        Effect::new(move |_| {
            self.scene.track();
            let mut ids: Vec<NodeId> = self.draws.with_value(|m| m.keys().copied().collect());
            if !self.redraw_all.get_value() {
                // Only the clock moved: only countdowns changed.
                self.scene.with_untracked(|s| ids.retain(|&id| s.engine().remaining(id).is_ok_and(|r| r.is_some())));
            }
            self.redraw_all.set_value(false);
            self.refresh(ids);
        });
        Effect::new(move |prev: Option<u64>| {
            let now = self.revealed.get();
            if let Some(before) = prev.filter(|&p| p != now) {
                let ids: BTreeSet<NodeId> = self.scene.with_untracked(|s| s.revealed_between(before, now).collect());
                self.refresh(ids);
            }
            now
        });
        Effect::new(move |_| {
            let ids: Vec<NodeId> = self.places.with_value(|m| m.keys().copied().collect());
            self.frame.with(|f| ids.into_iter().for_each(|id| put(self.places, id, f.places.get(&id).copied())));
        });
    }
}

/// `id`'s signal in `map`, made with `make()` if it has none.
fn signal<V: Send + Sync + 'static>(map: Signals<V>, id: NodeId, make: impl FnOnce() -> Option<V>) -> ArcRwSignal<Option<V>> {
    if let Some(s) = map.with_value(|m| m.get(&id).cloned()) {
        return s;
    }
    let s = ArcRwSignal::new(make());
    map.update_value(|m| {
        m.insert(id, s.clone());
    });
    s
}

/// Sets `id`'s signal to `v` if that changes it; forgets the node once `v` is `None` (gone).
fn put<V: PartialEq + Send + Sync + 'static>(map: Signals<V>, id: NodeId, v: Option<V>) {
    let Some(s) = map.with_value(|m| m.get(&id).cloned()) else { return };
    let gone = v.is_none();
    if s.with_untracked(|old| *old != v) {
        s.set(v);
    }
    if gone {
        map.update_value(|m| {
            m.remove(&id);
        });
    }
}
