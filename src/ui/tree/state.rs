//! The panel's state, as small copyable handles that the panel provides as contexts, each view
//! asking (`expect_context`) only for the ones it reads, as leptos-use's hooks and Leptos's
//! counters example do. The bottom layer of `ui/tree/`: it imports no sibling.
//!
//! **Invariant**: the [`Scene`] changes only through [`Model::dispatch`] (and so through
//! `scene::apply`), or is replaced whole by the loader.

use leptos::html;
use leptos::prelude::*;

use crate::engine::NodeId;
use crate::scene::drawing::Frame;
use crate::scene::{apply, Action, Applied, Scene};

/// The scene (the source of truth), the last action's error, and the one way to change it.
#[derive(Clone, Copy)]
pub struct Model {
    /// The tree and everything around it.
    pub scene: RwSignal<Scene>,
    /// The last action's error, shown in words.
    pub error: RwSignal<Option<String>>,
    /// Where a preset the learner has acted on is reported as explored (absent in isolation).
    pub explored: Option<ExploredReport>,
    /// The scene changed beyond the clock since the nodes' drawings were last brought up to
    /// date (set by every change but a tick that fired nothing; see `node_signals`), so every
    /// drawing must be recomputed, not only those counting down.
    pub redraw_all: StoredValue<bool>,
}

impl Model {
    /// Applies `action` (from any driver: the learner, the clock); an error is shown in words
    /// and changes nothing. `None` on an error (or once the panel is gone).
    pub fn dispatch(&self, action: Action) -> Option<Applied> {
        let tick = matches!(action, Action::Advance(_));
        let seq = self.scene.try_with_untracked(Scene::next_seq)?;
        match self.scene.try_update(|s| apply(s, action))? {
            Ok(applied) => {
                if !tick || self.scene.with_untracked(Scene::next_seq) != seq {
                    self.redraw_all.set_value(true);
                }
                Some(applied)
            }
            Err(e) => {
                self.show(&e);
                None
            }
        }
    }

    /// Shows `e` where the panel shows errors.
    pub fn show(&self, e: &impl std::fmt::Display) {
        self.error.set(Some(e.to_string()));
    }

    /// A learner's action: on success the old error goes and the preset counts as explored.
    pub fn act(&self, action: Action) -> Option<Applied> {
        let applied = self.dispatch(action)?;
        if self.error.get_untracked().is_some() {
            self.error.set(None);
        }
        if let (Some(ExploredReport(report)), Some(id)) = (self.explored, self.scene.with_untracked(Scene::preset)) {
            report(id);
        }
        Some(applied)
    }
}

/// Where the panel reports a preset the learner acted on (the lesson's progress store records
/// it as explored); provided by whoever mounts the panel.
#[derive(Clone, Copy)]
pub struct ExploredReport(pub fn(&'static str));

/// How far the animation has shown the scene's event log.
#[derive(Clone, Copy)]
pub struct Reveal {
    /// Events with a smaller seq are shown; the animation moves it towards `Scene::next_seq`.
    pub revealed: RwSignal<u64>,
    /// Set by the reveal timer when it has caught up.
    pub idle: RwSignal<bool>,
}

/// Where the SVG draws each node: changes only with the tree's shape. A signal set by one effect
/// (see `panel.rs`), not a memo: a scene change that moves nothing (a clock tick, a cancel) then
/// stops at that effect instead of asking every node's view whether its place changed.
#[derive(Clone, Copy)]
pub struct Placement(pub ReadSignal<Frame>);

/// Which node the learner is on.
#[derive(Clone, Copy)]
pub struct Focus {
    /// The node whose actions the inspector shows.
    pub selected: RwSignal<Option<NodeId>>,
    /// The node hovered or focused, whose `String()` the tooltip shows.
    pub hovered: RwSignal<Option<NodeId>>,
    /// Counts tree replacements (load, reset), so views keyed by node id start afresh.
    pub generation: RwSignal<u64>,
}

/// The drawing area and its scale.
#[derive(Clone, Copy)]
pub struct Camera {
    /// SVG scale factor.
    pub zoom: RwSignal<f64>,
    /// The scrollable drawing area.
    pub canvas: NodeRef<html::Div>,
}

/// The real-time clock's settings.
#[derive(Clone, Copy)]
pub struct ClockSettings {
    /// The clock is paused.
    pub paused: RwSignal<bool>,
    /// Virtual seconds per real second (0.25 to 4).
    pub speed: RwSignal<f64>,
}

/// How the panel follows the lesson.
#[derive(Clone, Copy)]
pub struct Following {
    /// The preset the section in view offers while the learner's own tree is shown.
    pub suggestion: RwSignal<Option<&'static str>>,
    /// The learner chose this tree (picker, suggestion, quiz link): scrolling only suggests.
    pub pinned: RwSignal<bool>,
}
