//! The panel component: makes the panel's state (see `state.rs`), provides each part as its own
//! context, starts the timers and the lesson-following, answers the text's requests (see
//! `ui::tree_opener`: a preset, focus on its node, Escape back to the text, a sheet on a
//! phone), and lays the views out. The top layer of
//! `ui/tree/`: nothing imports it but `mod.rs`.

use leptos::html;
use leptos::prelude::*;

use super::clock_bar::ClockBar;
use super::console::Console;
use super::focus::{focus_inside_panel, focus_node_quietly};
use super::follow::{bench_size, catch_up, follow_lesson};
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
use crate::ui::tree_opener::is_narrow;
use crate::ui::{ProgressStore, SectionInView, TreeOpener};

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
    let opener = use_context::<TreeOpener>();
    if let Some(opener) = opener {
        // A request from the text: show its preset (keeping the learner's work if it is the
        // one shown already), then put focus on its selected node.
        Effect::new(move |_| {
            let Some(req) = opener.request.get() else { return };
            opener.request.set(None);
            if model.scene.with_untracked(Scene::preset) != Some(req.preset) {
                match presets::preset(req.preset) {
                    Some(p) => loader.load(p),
                    None => model.show(&format!("There is no preset {:?}.", req.preset)),
                }
            }
            following.pinned.set(req.pin);
            if !is_narrow() {
                if let Some(el) = panel.get_untracked() {
                    let (top, bottom) = (el.get_bounding_client_rect().top(), el.get_bounding_client_rect().bottom());
                    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
                    if top >= height || bottom <= 0.0 {
                        el.scroll_into_view();
                    }
                }
            }
            // After the new tree is drawn (and the sheet laid out).
            request_animation_frame(move || {
                let id = focus.selected.get_untracked().or_else(|| placement.0.with_untracked(|f| f.order.first().copied()));
                if !id.is_some_and(focus_node_quietly) {
                    if let Some(el) = panel.get_untracked() {
                        let _ = el.focus();
                    }
                }
                // On a phone the focused node's tooltip would cover the tree just opened.
                if is_narrow() {
                    focus.hovered.set(None);
                }
            });
        });
    }
    let keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            if let Some(opener) = opener {
                ev.prevent_default();
                opener.back();
            }
        }
    };
    // Focus left the panel: catch up with the section being read, which it did not while focus
    // was inside.
    let focusout = move |_| {
        request_animation_frame(move || {
            if !focus_inside_panel() {
                catch_up(loader, in_view.get_untracked());
            }
        });
    };
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
