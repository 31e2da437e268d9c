//! The panel component and its shared state ([`Tree`]): the lab, the animation's `revealed`
//! sequence number, selection, zoom and clock settings, and the wiring to the lesson (the
//! section in view, a preset the quiz asks for).

use leptos::html;
use leptos::prelude::*;

use super::clock::{use_clock, use_reveal};
use super::follow::{bench_size, follow_lesson};
use super::console::{Console, Narration};
use super::inspector::Inspector;
use super::lab::Lab;
use super::draw::Frame;
use super::draws::{use_draws, Draws};
use super::snapshot::frame;
use super::svg::Canvas;
use super::toolbar::{ClockBar, PresetBar};
use crate::content::presets::{self, Preset};
use crate::engine::NodeId;
use crate::ui::{ProgressStore, RequestedPreset, SectionInView};

/// The panel's state, shared with its parts through context. Every field is a copyable handle.
#[derive(Clone, Copy)]
pub struct Tree {
    /// The tree and everything around it. The source of truth.
    pub lab: RwSignal<Lab>,
    /// Events with a smaller seq are shown; the animation moves it towards `lab.next_seq()`.
    pub revealed: RwSignal<u64>,
    /// Set by the reveal timer when it has caught up.
    pub reveal_idle: RwSignal<bool>,
    /// Where the SVG draws each node: changes only with the tree's shape.
    pub frame: Memo<Frame>,
    /// What each node shows at `revealed`: one signal per node, updated incrementally.
    pub draws: Draws,
    /// The node whose actions the inspector shows.
    pub selected: RwSignal<Option<NodeId>>,
    /// The node hovered or focused, whose `String()` the tooltip shows.
    pub hovered: RwSignal<Option<NodeId>>,
    /// SVG scale factor.
    pub zoom: RwSignal<f64>,
    /// The clock is paused.
    pub paused: RwSignal<bool>,
    /// Virtual seconds per real second (0.25 to 4).
    pub speed: RwSignal<f64>,
    /// The last action's error, shown in words.
    pub error: RwSignal<Option<String>>,
    /// The preset the section in view offers while the learner's own tree is shown.
    pub suggestion: RwSignal<Option<&'static str>>,
    /// The learner chose this tree (picker, suggestion, quiz link): scrolling only suggests.
    pub pinned: RwSignal<bool>,
    /// Counts tree replacements (load, reset), so views keyed by node id start afresh.
    pub generation: RwSignal<u64>,
    /// The scrollable drawing area (for Fit).
    pub canvas: NodeRef<html::Div>,
    /// Where a preset the learner has acted on is recorded as explored (absent in isolation).
    pub progress: Option<ProgressStore>,
}

impl Tree {
    /// Runs a learner's action on the lab; an error is shown instead of changing anything.
    pub fn act<T>(&self, f: impl FnOnce(&mut Lab) -> Result<T, super::lab::LabError>) -> Option<T> {
        let mut out = None;
        self.lab.update(|l| match f(l) {
            Ok(v) => {
                out = Some(v);
                self.error.set(None);
            }
            Err(e) => self.error.set(Some(e.to_string())),
        });
        if out.is_some() {
            if let (Some(store), Some(id)) = (self.progress, self.lab.with_untracked(|l| l.preset())) {
                store.explore_preset(id);
            }
        }
        out
    }

    /// Replaces the tree (a preset, an empty root, a reset), shown at once and fitted to view.
    pub fn replace(&self, lab: Lab) {
        let select = lab.preset().and_then(presets::preset).and_then(|p| lab.find(p.select));
        let first = lab.ids().into_iter().next();
        self.revealed.set(lab.next_seq());
        self.selected.set(select.or(first));
        self.hovered.set(None);
        self.error.set(None);
        self.suggestion.set(None);
        self.generation.update(|g| *g += 1);
        self.lab.set(lab);
        let t = *self;
        request_animation_frame(move || t.fit_readable());
    }

    /// Loads `preset`.
    pub fn load(&self, preset: &'static Preset) {
        match Lab::from_preset(preset) {
            Ok(lab) => self.replace(lab),
            Err(e) => self.error.set(Some(e.to_string())),
        }
    }

    /// Starts again from the current preset (or an empty root of the same kind).
    pub fn reset(&self) {
        let lab = self.lab.with_untracked(|l| l.preset()).and_then(presets::preset);
        match lab {
            Some(p) => self.load(p),
            None => {
                let todo = self.lab.with_untracked(|l| l.find("todo").is_some() && l.find("background").is_none());
                self.replace(Lab::empty(todo));
            }
        }
    }
}

/// The context tree panel: a complementary landmark named "Context tree".
#[component]
pub fn TreePanel() -> impl IntoView {
    let SectionInView(in_view) = expect_context::<SectionInView>();
    let bench = bench_size();
    let first = presets::for_section(in_view.get_untracked());
    let lab = match (bench, first) {
        (Some(n), _) => Lab::grow(n),
        (None, Some(p)) => Lab::from_preset(p).unwrap_or_else(|_| Lab::empty(false)),
        (None, None) => Lab::empty(false),
    };
    let lab = RwSignal::new(lab);
    let revealed = RwSignal::new(lab.with_untracked(Lab::next_seq));
    let t = Tree {
        lab,
        revealed,
        reveal_idle: RwSignal::new(true),
        frame: Memo::new(move |_| lab.with(frame)),
        draws: Draws::empty(),
        selected: RwSignal::new(lab.with_untracked(|l| first.and_then(|p| l.find(p.select)))),
        hovered: RwSignal::new(None),
        zoom: RwSignal::new(1.0),
        paused: RwSignal::new(false),
        speed: RwSignal::new(1.0),
        error: RwSignal::new(None),
        suggestion: RwSignal::new(None),
        generation: RwSignal::new(0),
        pinned: RwSignal::new(false),
        canvas: NodeRef::new(),
        progress: use_context::<ProgressStore>(),
    };
    provide_context(t);
    use_draws(t);
    use_clock(t);
    let reveal = use_reveal(t);
    follow_lesson(t, in_view);
    let panel = NodeRef::<html::Aside>::new();
    if let Some(RequestedPreset(req)) = use_context::<RequestedPreset>() {
        Effect::new(move |_| {
            let Some(id) = req.get() else { return };
            if let Some(p) = presets::preset(id) {
                t.load(p);
                t.pinned.set(true);
            }
            req.set(None);
            if let Some(el) = panel.get_untracked() {
                el.scroll_into_view();
                let _ = el.focus();
            }
        });
    }
    request_animation_frame(move || t.fit_readable());
    view! {
        <aside class="tree-panel" id="tree" aria-label="Context tree" tabindex="-1" node_ref=panel
            data-animating=move || if reveal.is_active.get() { "true" } else { "false" }>
            <PresetBar />
            <ClockBar />
            <Canvas />
            <Narration />
            <Console />
            <Inspector />
        </aside>
    }
}
