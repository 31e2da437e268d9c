//! Replacing the whole scene: a preset, an empty root, a reset. The one place besides
//! [`super::state::Model::dispatch`] that writes the scene signal, and it writes a scene built by
//! `scene::apply` (see `Scene::from_preset`).

use leptos::prelude::*;

use super::focus::{focus_inside_panel, focus_lost, focus_node_quietly};
use super::state::{Focus, Following, Model, Reveal};
use super::zoom::Zoom;
use crate::content::presets::{self, Preset};
use crate::scene::Scene;

/// What a replacement resets. A copyable handle.
#[derive(Clone, Copy)]
pub struct Loader {
    /// The scene and its error line.
    pub model: Model,
    /// The animation's point, shown whole after a replacement.
    pub reveal: Reveal,
    /// Selection and hover, reset to the preset's node.
    pub focus: Focus,
    /// The section's suggestion, cleared.
    pub following: Following,
    /// Fits the new tree.
    pub zoom: Zoom,
}

impl Loader {
    /// Replaces the tree (a preset, an empty root, a reset), shown at once and fitted to view.
    /// If focus was in the panel and the replacement removed its element (a node, the
    /// section's "Load" button), it goes to the new tree's selected node, never to the body.
    pub fn replace(&self, scene: Scene) {
        let select = scene.preset().and_then(presets::preset).and_then(|p| scene.find(p.select));
        let first = scene.ids().into_iter().next();
        let had_focus = focus_inside_panel();
        self.reveal.revealed.set(scene.next_seq());
        self.focus.selected.set(select.or(first));
        self.focus.hovered.set(None);
        self.model.error.set(None);
        self.following.suggestion.set(None);
        self.focus.generation.update(|g| *g += 1);
        self.model.redraw_all.set_value(true);
        self.model.scene.set(scene);
        let zoom = self.zoom;
        request_animation_frame(move || {
            zoom.fit_readable();
            if had_focus && focus_lost() {
                if let Some(id) = select.or(first) {
                    focus_node_quietly(id);
                }
            }
        });
    }

    /// Loads `preset`.
    pub fn load(&self, preset: &'static Preset) {
        match Scene::from_preset(preset) {
            Ok(scene) => self.replace(scene),
            Err(e) => self.model.show(&e),
        }
    }

    /// Starts again from the current preset (or an empty root of the same kind).
    pub fn reset(&self) {
        let scene = self.model.scene;
        match scene.with_untracked(Scene::preset).and_then(presets::preset) {
            Some(p) => self.load(p),
            None => {
                let todo = scene.with_untracked(|s| s.find("todo").is_some() && s.find("background").is_none());
                self.replace(Scene::empty(todo));
            }
        }
    }
}
