//! The page frame: header, skip links, the three columns (contents, lesson, tree panel), and on
//! a phone the floating "Show tree" button.
//!
//! The frame is rendered to HTML at build time ([`prerender`] of [`Page`], run by
//! `src/bin/prerender.rs` from a Trunk hook), so the lesson is painted before any wasm arrives.
//! In the browser the lesson's module brings its interactive parts to life one by one
//! (`islands`: the same components, under one owner), and the lab's module (`lab`) puts the live
//! tree panel in place of the empty, busy landmark painted here, and adds the playground.

use crate::content;

// The painted page is rendered natively only; the browser never renders it whole.
#[cfg(not(target_arch = "wasm32"))]
use {
    super::header_progress::HeaderProgress,
    super::lesson::Lesson,
    super::offline::OfflineStatus,
    super::storage_notice::StorageNotices,
    super::toc::TableOfContents,
    super::tree_buttons::{TreeButton, TreeButtonKind},
    super::{ProgressStore, SectionInView},
    leptos::prelude::*,
};

/// The page as first painted: the frame and the lesson, with the tree panel an empty, busy
/// landmark (the lab's module replaces it).
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn Page() -> impl IntoView {
    view! {
        <a class="skip-link" href="#lesson">"Skip to the lesson"</a>
        <TreeButton kind=TreeButtonKind::SkipLink />
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
        <TreeButton kind=TreeButtonKind::Floating />
    }
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

/// The first section's id: the one in view before the reader scrolls.
pub fn first_section() -> &'static str {
    content::sections().first().map(|s| s.id).unwrap_or_default()
}
