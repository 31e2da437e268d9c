//! The page frame: header, skip links, the three columns (contents, lesson, tree panel), the
//! playground drawer, and on a phone the floating "Show tree" button; and the app-wide state
//! the parts share.
//!
//! The frame is rendered to HTML at build time ([`prerender`] of [`Page`], run by
//! `src/bin/prerender.rs` from a Trunk hook), so the lesson is painted before the wasm arrives.
//! In the browser [`App`] is then mounted over the painted page (see `islands`): the same
//! components under one owner, so the tree panel, the playground and the text share their
//! contexts ([`TreeOpener`], [`ProgramRun`], the progress store) directly.

use leptos::prelude::*;

use super::header_progress::HeaderProgress;
use super::lesson::Lesson;
use super::offline::OfflineStatus;
use super::playground::{Playground, PlaygroundRequest};
use super::sections_read::track_sections_read;
use super::storage_notice::StorageNotices;
use super::toc::{track_section_in_view, TableOfContents};
use super::tree_slot::TreeSlot;
use super::{ProgramRun, ProgressStore, SectionInView, TreeOpener, TreeRequest};
use crate::content::{self, presets};

/// The live app: provides the shared state and renders the whole frame (the tree panel once it
/// is near the viewport, the browser is idle or a tree is asked for: see `tree_slot`).
#[component]
pub fn App() -> impl IntoView {
    let in_view = SectionInView(RwSignal::new(first_section()));
    provide_context(in_view);
    track_section_in_view(in_view);
    let store = ProgressStore::start();
    provide_context(store);
    track_sections_read(store, in_view);
    provide_context(PlaygroundRequest(RwSignal::new(None)));
    provide_context(ProgramRun::new());
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
            <OfflineStatus />
        </header>
        <StorageNotices />
        <div class="layout" id="top">
            <TableOfContents />
            <Lesson />
            <TreeSlot />
        </div>
        <Playground />
        <button type="button" class="tree-fab" on:click=open_tree>"Show tree"</button>
    }
}

/// The page as first painted, before the wasm arrives: the frame and the lesson as [`App`]
/// renders them, with the tree panel an empty, busy landmark and the buttons that need the app
/// (a section's "Show tree", "Run", the playground) left out until it mounts.
#[component]
fn Page() -> impl IntoView {
    view! {
        <a class="skip-link" href="#lesson">"Skip to the lesson"</a>
        <a class="skip-link" href="#tree">"Skip to the context tree"</a>
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
