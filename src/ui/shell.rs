//! The page frame: header, skip link, the three columns (contents, lesson, tree panel) and the
//! playground drawer.

use leptos::prelude::*;

use super::header_progress::HeaderProgress;
use super::lesson::Lesson;
use super::playground::{Playground, PlaygroundRequest};
use super::sections_read::track_sections_read;
use super::storage_notice::StorageNotices;
use super::toc::{track_section_in_view, TableOfContents};
use super::tree::TreePanel;
use super::{ProgramRun, ProgressStore, RequestedPreset, SectionInView};
use crate::content;

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
    provide_context(RequestedPreset(RwSignal::new(None)));
    provide_context(PlaygroundRequest(RwSignal::new(None)));
    provide_context(ProgramRun(RwSignal::new(None)));

    view! {
        <a class="skip-link" href="#lesson">"Skip to the lesson"</a>
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
    }
}
