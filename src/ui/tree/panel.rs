//! The panel component: makes the panel's state (see `state.rs`), provides each part as its own
//! context, starts the timers and the lesson-following, answers the text's requests (see
//! `ui::tree_opener`: a preset, focus on its node, Escape back to the text, a sheet on a
//! phone), and lays the views out. The top layer of
//! `ui/tree/`: nothing imports it but `mod.rs`.

use leptos::html;
use leptos::prelude::*;

use super::clock_bar::ClockBar;
use super::console::Console;
use super::follow::{bench_size, catch_up_once_focus_leaves, follow_lesson};
use super::program::follow_program;
use super::inspector::Inspector;
use super::load::Loader;
use super::narration_view::Narration;
use super::node_signals::NodeSignals;
use super::preset_bar::PresetBar;
use super::requests::answer_requests;
use super::state::{Camera, ClockSettings, ExploredReport, Focus, Following, Model, Placement, Reveal};
use super::svg::Canvas;
use super::timers::{use_clock, use_reveal};
use super::zoom::Zoom;
use crate::content::presets;
use crate::scene::snapshot::frame;
use crate::scene::Scene;
use crate::ui::{SectionInView, TreeOpener};

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
    let model = Model { scene, error: RwSignal::new(None), explored: use_context::<ExploredReport>(), redraw_all: StoredValue::new(true) };
    let reveal = Reveal { revealed: RwSignal::new(scene.with_untracked(Scene::next_seq)), idle: RwSignal::new(true) };
    let placement = {
        let placed = RwSignal::new(scene.with_untracked(frame));
        Effect::new(move |_| {
            let now = scene.with(frame);
            if placed.with_untracked(|old| *old != now) {
                placed.set(now);
            }
        });
        Placement(placed.read_only())
    };
    let focus = Focus { selected: RwSignal::new(selected), hovered: RwSignal::new(None), generation: RwSignal::new(0) };
    let camera = Camera { zoom: RwSignal::new(1.0), canvas: NodeRef::new() };
    let settings = ClockSettings { paused: RwSignal::new(false), speed: RwSignal::new(1.0) };
    let following = Following { suggestion: RwSignal::new(None), pinned: RwSignal::new(false) };
    let zoom = Zoom { camera, placement, focus };
    let loader = Loader { model, reveal, focus, following, zoom };
    let signals = NodeSignals::new(model, reveal, placement);
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
    follow_program(loader, settings, following);
    let panel = NodeRef::<html::Aside>::new();
    let opener = use_context::<TreeOpener>();
    if let Some(opener) = opener {
        answer_requests(opener, loader, placement, panel);
    }
    let keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            if let Some(opener) = opener {
                ev.prevent_default();
                opener.back();
            }
        }
    };
    let focusout = move |_| catch_up_once_focus_leaves(loader, in_view);
    request_animation_frame(move || zoom.fit_readable());
    view! {
        <aside class="tree-panel" id="tree" aria-label="Context tree" tabindex="-1" node_ref=panel
            class:sheet=move || opener.is_some_and(|o| o.sheet.get())
            on:keydown=keydown on:focusout=focusout
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
