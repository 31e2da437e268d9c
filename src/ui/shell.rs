//! The page frame: header, skip link, the three columns (contents, lesson, tree panel), and the
//! app-wide state the parts share.
//!
//! The whole frame is rendered to HTML at build time ([`prerender`], run by `src/bin/prerender.rs`
//! from a Trunk hook), so the lesson is painted before the wasm arrives. In the browser the app
//! then brings only the interactive parts to life, one short task at a time (see `islands`).

use leptos::prelude::*;

use super::header_progress::HeaderProgress;
use super::lesson::Lesson;
use super::offline::OfflineStatus;
use super::sections_read::track_sections_read;
use super::storage_notice::StorageNotices;
use super::toc::{track_section_in_view, TableOfContents};
use super::bridge::record_explored;
use super::{ProgressStore, SectionInView};
use crate::content;

/// The whole page as first painted. The tree panel is an empty, busy landmark here; the app
/// mounts the live panel in its place once the lesson is interactive.
#[component]
pub fn Page() -> impl IntoView {
    view! {
        <a class="skip-link" href="#lesson">"Skip to the lesson"</a>
        <header class="site-header">
            <a class="brand" href="#top">"Context " <span>"Lab"</span></a>
            <HeaderProgress />
            <OfflineStatus />
        </header>
        <StorageNotices />
        <div class="layout" id="top">
            <TableOfContents />
            <Lesson />
            <aside class="tree-panel" id="tree" aria-label="Context tree" aria-busy="true"></aside>
        </div>
    }
}

/// Provides the lesson module's shared state as context (the section in view, the learner's
/// progress) and starts the page-level trackers, including recording the presets the tree
/// module reports as explored. Call once, under the root owner the islands are mounted in.
pub fn provide_app_state(store: ProgressStore) {
    let in_view = SectionInView(RwSignal::new(first_section()));
    provide_context(in_view);
    provide_context(store);
    track_section_in_view(in_view);
    track_sections_read(store, in_view);
    record_explored(store);
}

/// The page's HTML at first paint: fresh progress, the first section in view. Runs natively at
/// build time (`src/bin/prerender.rs`); effects never run here, so nothing touches a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> String {
    // Effects and async work belong to the browser: an executor that drops every task (the first
    // one installed wins, so a second call keeps it).
    struct DropTasks;
    impl any_spawner::CustomExecutor for DropTasks {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }
    let _already_installed = any_spawner::Executor::init_custom_executor(DropTasks);
    let owner = Owner::new();
    owner.with(|| {
        provide_context(SectionInView(RwSignal::new(first_section())));
        provide_context(ProgressStore::fresh());
        // Rendering reads each signal once, outside any reactive context, as a server does:
        // say so, or Leptos's debug diagnostics warn about every read.
        let _untracked = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        view! { <Page /> }.to_html()
    })
}

fn first_section() -> &'static str {
    content::sections().first().map(|s| s.id).unwrap_or_default()
}
