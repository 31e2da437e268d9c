//! How the panel follows the lesson: the preset of the section in view, and the
//! `#tree-bench=N` fragment that starts from a generated tree for the frame-time bench.

use leptos::prelude::*;

use super::panel::Tree;
use crate::content::presets;

/// Keeps the panel on the preset of the section in view: loads it while the tree is untouched,
/// offers it (a button) once the learner has changed the tree or picked one themselves.
pub fn follow_lesson(t: Tree, in_view: RwSignal<&'static str>) {
    Effect::new(move |_| {
        let Some(p) = presets::for_section(in_view.get()) else { return };
        let (current, modified) = t.lab.with_untracked(|l| (l.preset(), l.modified()));
        if current == Some(p.id) {
            t.suggestion.set(None);
        } else if modified || t.pinned.get_untracked() {
            t.suggestion.set(Some(p.id));
        } else {
            t.load(p);
        }
    });
}

/// `#tree-bench=N` in the URL: start from a generated tree of N nodes (the frame-time bench).
pub fn bench_size() -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let n = hash.strip_prefix("#tree-bench=")?.parse::<usize>().ok()?;
    Some(n.clamp(1, 5000))
}
