//! Every node's drawing as its own signal ([`Draws`]), kept current incrementally, so the SVG
//! re-renders only the nodes whose drawing changed:
//! - a wave step (`revealed` moves) recomputes only the nodes it reveals
//!   (`Lab::revealed_between`), so a step costs what it shows, not the tree's size;
//! - a change to the lab (an action, a clock tick) recomputes every node, sets only the signals
//!   whose value differs, and forgets removed nodes;
//! - places are signals too, set only when the tree's shape moves a node, so the frame has a
//!   handful of subscribers rather than two per node.
//!
//! **Invariant**: a signal always equals `snapshot::node_draws` of the lab at `revealed`; the
//! drawing stays a view of the log, never the source of truth.

use std::collections::{BTreeSet, HashMap};

use leptos::prelude::*;

use super::draw::{NodeDraw, Place};
use super::panel::Tree;
use super::snapshot::node_draws;
use crate::engine::NodeId;

/// One node's drawing (`None` once the node is gone).
pub type DrawSignal = ArcRwSignal<Option<NodeDraw>>;
/// Where one node sits (`None` once the node is gone).
pub type PlaceSignal = ArcRwSignal<Option<Place>>;
/// Signals by node.
type Signals<V> = StoredValue<HashMap<NodeId, ArcRwSignal<Option<V>>>>;

/// The per-node drawing and place signals, by node. A copyable handle.
#[derive(Clone, Copy)]
pub struct Draws {
    draws: Signals<NodeDraw>,
    places: Signals<Place>,
}

impl Draws {
    /// An empty store; signals are made as nodes are first drawn.
    pub fn empty() -> Draws {
        Draws { draws: StoredValue::new(HashMap::new()), places: StoredValue::new(HashMap::new()) }
    }

    /// The signal of `id`'s drawing, made from the lab at `revealed` when first asked for.
    pub fn of(&self, t: &Tree, id: NodeId) -> DrawSignal {
        signal(self.draws, id, || {
            let now = t.lab.with_untracked(|l| node_draws(l, t.revealed.get_untracked(), [id]));
            now.into_iter().next().and_then(|(_, d)| d)
        })
    }

    /// The signal of `id`'s place, made from the frame when first asked for. Only a change of
    /// the tree's shape that moves the node sets it.
    pub fn place(&self, t: &Tree, id: NodeId) -> PlaceSignal {
        signal(self.places, id, || t.frame.with_untracked(|f| f.places.get(&id).copied()))
    }

    /// Recomputes the drawings of `ids` and sets each signal whose value changed.
    fn refresh(&self, t: &Tree, ids: impl IntoIterator<Item = NodeId>) {
        let ids: Vec<NodeId> = self.draws.with_value(|m| ids.into_iter().filter(|id| m.contains_key(id)).collect());
        if ids.is_empty() {
            return;
        }
        let fresh = t.lab.with_untracked(|l| node_draws(l, t.revealed.get_untracked(), ids));
        for (id, draw) in fresh {
            put(self.draws, id, draw);
        }
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

/// Keeps [`Tree::draws`] current: every node when the lab changes, only the revealed ones when
/// `revealed` moves, and places when the frame (the tree's shape) changes.
pub fn use_draws(t: Tree) {
    Effect::new(move |_| {
        t.lab.track();
        let ids: Vec<NodeId> = t.draws.draws.with_value(|m| m.keys().copied().collect());
        t.draws.refresh(&t, ids);
    });
    Effect::new(move |prev: Option<u64>| {
        let now = t.revealed.get();
        if let Some(before) = prev.filter(|&p| p != now) {
            let ids: BTreeSet<NodeId> = t.lab.with_untracked(|l| l.revealed_between(before, now).collect());
            t.draws.refresh(&t, ids);
        }
        now
    });
    Effect::new(move |_| {
        let ids: Vec<NodeId> = t.draws.places.with_value(|m| m.keys().copied().collect());
        t.frame.with(|f| ids.into_iter().for_each(|id| put(t.draws.places, id, f.places.get(&id).copied())));
    });
}
