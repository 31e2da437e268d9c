//! The lab's module (`src/bin/lab.rs`): the context tree panel and the playground, a wasm module
//! of their own, so a reader who never opens the tree or runs code downloads neither. The loader
//! (Trunk.toml) fetches it once the lesson's module is live and the panel's place comes near
//! the viewport (at once beside the lesson on a wide screen), the browser is idle on a wide
//! screen, or the text asks for a tree or a run (`bridge`).
//!
//! The panel and the playground are one Leptos tree under one owner: they share their contexts
//! ([`TreeOpener`] for the sheet and the way back to the text, [`ProgramRun`] for replaying a
//! run in the tree, [`PlaygroundRequest`]). The text's requests arrive as `bridge` messages; the
//! presets the learner explores go back to the lesson's progress store the same way.

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use super::bridge::{listen, mark_lab_ready, report_exercise, report_explored, take_pending, Message, PLAYGROUND_LOADING, TO_LAB};
use super::islands::swap_in_place;
use super::playground::{ExerciseReport, Playground, PlaygroundRequest};
use super::shell::first_section;
use super::toc::{section_in_view_now, track_section_in_view};
use super::tree::{ExploredReport, TreePanel};
use super::{ProgramRun, SectionInView, TreeOpener};
use crate::content;

/// Starts the lab: the requests that waited for it are taken up and the live panel goes in
/// place of the painted one (this task), then the playground after the page's columns and the
/// bridge opens (a task of its own).
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let owner = Owner::new();
    let answer = owner.with(|| {
        // The section being read now (the page may have been read for a while): the panel
        // starts on its tree and follows only the reader's later moves.
        let in_view = SectionInView(RwSignal::new(section_in_view_now().unwrap_or_else(first_section)));
        provide_context(in_view);
        track_section_in_view(in_view);
        let opener = TreeOpener::start(in_view.0);
        provide_context(opener);
        let playground = PlaygroundRequest(RwSignal::new(None));
        provide_context(playground);
        provide_context(ProgramRun::new());
        provide_context(ExploredReport(report_explored));
        provide_context(ExerciseReport(report_exercise));
        let answer = move |message: Message| match message {
            Message::OpenTree { request, scroll_y } => opener.open(request, scroll_y),
            Message::Run(id) => {
                if let Some(example) = content::example(id) {
                    playground.0.set(Some(example));
                }
            }
            Message::Explored(_) | Message::Exercise(_) => {}
        };
        // Before the panel is made, so it starts on the tree asked for (already a sheet on a
        // phone, as the painted one showed while the lab loaded).
        take_pending().into_iter().for_each(answer);
        if let Ok(Some(placeholder)) = document.query_selector("aside.tree-panel") {
            swap_in_place(&placeholder, || view! { <TreePanel /> }.into_any());
        }
        answer
    });
    set_timeout(
        move || {
            owner.with(|| mount_playground(&document));
            listen(TO_LAB, answer);
            take_pending().into_iter().for_each(answer);
            mark_lab_ready();
            // The lab lives as long as the page.
            std::mem::forget(owner);
        },
        std::time::Duration::ZERO,
    );
}

/// The playground drawer, right after the page's columns.
fn mount_playground(document: &web_sys::Document) {
    let Some(body) = document.body() else { return };
    let after = document.query_selector(".layout").ok().flatten().and_then(|l| l.next_sibling());
    let mut state = view! { <Playground /> }.build();
    state.mount(body.as_ref(), after.as_ref());
    std::mem::forget(state);
    // The note a "Run" showed while the lab loaded has done its work.
    if let Ok(Some(note)) = document.query_selector(&format!(".{PLAYGROUND_LOADING}")) {
        note.remove();
    }
}
