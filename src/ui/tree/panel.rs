//! The panel component: makes the panel's state (see `state.rs`), provides each part as its own
//! context, starts the timers and the lesson-following, and lays the views out. The top layer of
//! `ui/tree/`: nothing imports it but `mod.rs`.

use leptos::html;
use leptos::prelude::*;

use super::clock_bar::ClockBar;
use super::console::Console;
use super::follow::{bench_size, follow_lesson};
use super::inspector::Inspector;
use super::load::Loader;
use super::narration_view::Narration;
use super::node_signals::NodeSignals;
use super::preset_bar::PresetBar;
use super::state::{Camera, ClockSettings, Focus, Following, Model, Placement, Reveal};
use super::svg::Canvas;
use super::timers::{use_clock, use_reveal};
use super::zoom::Zoom;
use crate::content::presets;
use crate::scene::snapshot::frame;
use crate::scene::Scene;
use crate::ui::{ProgressStore, RequestedPreset, SectionInView};

/// The context tree panel: a complementary landmark named "Context tree".
#[component]
pub fn TreePanel() -> impl IntoView {
    let SectionInView(in_view) = expect_context::<SectionInView>();
    let first = presets::for_section(in_view.get_untracked());
    let scene = match (bench_size(), first) {
        (Some(n), _) => Scene::grow(n),
        (None, Some(p)) => Scene::from_preset(p).unwrap_or_else(|_| Scene::empty(false)),
        (None, None) => Scene::empty(false),
    };
    let selected = first.and_then(|p| scene.find(p.select));
    let scene = RwSignal::new(scene);
    let model = Model { scene, error: RwSignal::new(None), progress: use_context::<ProgressStore>() };
    let reveal = Reveal { revealed: RwSignal::new(scene.with_untracked(Scene::next_seq)), idle: RwSignal::new(true) };
    let placement = Placement(Memo::new(move |_| scene.with(frame)));
    let focus = Focus { selected: RwSignal::new(selected), hovered: RwSignal::new(None), generation: RwSignal::new(0) };
    let camera = Camera { zoom: RwSignal::new(1.0), canvas: NodeRef::new() };
    let settings = ClockSettings { paused: RwSignal::new(false), speed: RwSignal::new(1.0) };
    let following = Following { suggestion: RwSignal::new(None), pinned: RwSignal::new(false) };
    let zoom = Zoom { camera, placement, focus };
    let loader = Loader { model, reveal, focus, following, zoom };
    let signals = NodeSignals::new(scene, reveal, placement);
    provide_context(model);
    provide_context(reveal);
    provide_context(placement);
    provide_context(focus);
    provide_context(camera);
    provide_context(settings);
    provide_context(following);
    provide_context(zoom);
    provide_context(loader);
    provide_context(signals);
    signals.keep_current();
    use_clock(model, settings);
    let animation = use_reveal(scene, reveal);
    follow_lesson(loader, in_view);
    let panel = NodeRef::<html::Aside>::new();
    if let Some(RequestedPreset(req)) = use_context::<RequestedPreset>() {
        Effect::new(move |_| {
            let Some(id) = req.get() else { return };
            if let Some(p) = presets::preset(id) {
                loader.load(p);
                following.pinned.set(true);
            }
            req.set(None);
            if let Some(el) = panel.get_untracked() {
                el.scroll_into_view();
                let _ = el.focus();
            }
        });
    }
    request_animation_frame(move || zoom.fit_readable());
    view! {
        <aside class="tree-panel" id="tree" aria-label="Context tree" tabindex="-1" node_ref=panel
            data-animating=move || if animation.is_active.get() { "true" } else { "false" }>
            <PresetBar />
            <ClockBar />
            <Canvas />
            <Narration />
            <Console />
            <Inspector />
        </aside>
    }
}
