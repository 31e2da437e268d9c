//! How the panel follows the lesson: the preset of the section in view, and the
//! `#tree-bench=N` fragment that starts from a generated tree for the frame-time bench.

use leptos::prelude::*;

use super::load::Loader;
use crate::content::presets;

/// Keeps the panel on the preset of the section in view: loads it while the tree is untouched,
/// offers it (a button) once the learner has changed the tree or picked one themselves.
pub fn follow_lesson(loader: Loader, in_view: RwSignal<&'static str>) {
    let following = loader.following;
    Effect::new(move |_| {
        let Some(p) = presets::for_section(in_view.get()) else { return };
        let (current, modified) = loader.model.scene.with_untracked(|s| (s.preset(), s.modified()));
        if current == Some(p.id) {
            following.suggestion.set(None);
        } else if modified || following.pinned.get_untracked() {
            following.suggestion.set(Some(p.id));
        } else {
            loader.load(p);
        }
    });
}

/// `#tree-bench=N` in the URL: start from a generated tree of N nodes (the frame-time bench).
pub fn bench_size() -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let n = hash.strip_prefix("#tree-bench=")?.parse::<usize>().ok()?;
    Some(n.clamp(1, 5000))
}
