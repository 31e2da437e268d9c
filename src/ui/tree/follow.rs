//! How the panel follows the lesson: the preset of the section in view (never under the
//! learner's focus), and the
//! `#tree-bench=N` fragment that starts from a generated tree for the frame-time bench.

use leptos::prelude::*;

use super::focus::focus_inside_panel;
use super::load::Loader;
use crate::content::presets;

/// Keeps the panel on the preset of the section in view (see [`catch_up`]) whenever that
/// section changes.
pub fn follow_lesson(loader: Loader, in_view: RwSignal<&'static str>) {
    Effect::new(move |_| catch_up(loader, in_view.get()));
}

/// Shows the preset of `section`: loads it while the tree is untouched, but only offers it (a
/// button) once the learner has changed the tree or picked one themselves, and while keyboard
/// focus is inside the panel: the tree never changes under the learner's focus (the panel
/// catches up when focus leaves it).
pub fn catch_up(loader: Loader, section: &str) {
    let following = loader.following;
    let Some(p) = presets::for_section(section) else { return };
    let (current, modified) = loader.model.scene.with_untracked(|s| (s.preset(), s.modified()));
    if current == Some(p.id) {
        following.suggestion.set(None);
    } else if modified || following.pinned.get_untracked() || focus_inside_panel() {
        following.suggestion.set(Some(p.id));
    } else {
        loader.load(p);
    }
}

/// Once focus has left the panel (checked after the focus change settles), [`catch_up`] with
/// the section being read, which the panel did not follow while focus was inside.
pub fn catch_up_once_focus_leaves(loader: Loader, in_view: RwSignal<&'static str>) {
    request_animation_frame(move || {
        if !focus_inside_panel() {
            catch_up(loader, in_view.get_untracked());
        }
    });
}

/// `#tree-bench=N` in the URL: start from a generated tree of N nodes (the frame-time bench).
pub fn bench_size() -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let n = hash.strip_prefix("#tree-bench=")?.parse::<usize>().ok()?;
    Some(n.clamp(1, 5000))
}
