//! The page frame: header, skip links, the three columns (contents, lesson, tree panel), the
//! playground drawer, and on a phone the floating "Show tree" button.

use leptos::prelude::*;

use super::header_progress::HeaderProgress;
use super::lesson::Lesson;
use super::playground::{Playground, PlaygroundRequest};
use super::sections_read::track_sections_read;
use super::storage_notice::StorageNotices;
use super::toc::{track_section_in_view, TableOfContents};
use super::tree::TreePanel;
use super::{ProgramRun, ProgressStore, SectionInView, TreeOpener, TreeRequest};
use crate::content::{self, presets};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let in_view = SectionInView(RwSignal::new(
        content::sections().first().map(|s| s.id).unwrap_or_default(),
    ));
    provide_context(in_view);
    track_section_in_view(in_view);
    let store = ProgressStore::start();
    provide_context(store);
    track_sections_read(store, in_view);
    provide_context(PlaygroundRequest(RwSignal::new(None)));
    provide_context(ProgramRun(RwSignal::new(None)));
    let opener = TreeOpener::start(in_view.0);
    provide_context(opener);
    // The tree of the section being read, from anywhere: the skip link and, on a phone, the
    // floating button.
    let open_tree = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(p) = presets::for_section(in_view.0.get_untracked()) {
            opener.open(TreeRequest { preset: p.id, pin: false });
        }
    };

    view! {
        <a class="skip-link" href="#lesson">"Skip to the lesson"</a>
        <a class="skip-link" href="#tree" on:click=open_tree>"Skip to the context tree"</a>
        <header class="site-header">
            <a class="brand" href="#top">"Context " <span>"Lab"</span></a>
            <HeaderProgress />
        </header>
        <StorageNotices />
        <div class="layout" id="top">
            <TableOfContents />
            <Lesson />
            <TreePanel />
        </div>
        <Playground />
        <button type="button" class="tree-fab" on:click=open_tree>"Show tree"</button>
    }
}
