//! The browser shell: Leptos components, one view per file. It draws from the pure core
//! (`content`, `engine`, `progress`) and owns everything that touches the page: events,
//! scrolling, the clipboard and timers.
//!
//! **Invariant**: this is the only module that starts timers; state worth testing lives in the pure
//! modules, and components only map it to elements.

mod bridge;
mod code;
mod header_progress;
pub(crate) mod inline;
mod islands;
mod offline;
mod lesson;
mod progress_panel;
pub mod progress_store;
mod question;
mod quiz;
mod sections_read;
mod shell;
mod storage_notice;
mod toc;
pub mod tree;
mod tree_app;

pub use progress_store::ProgressStore;
#[cfg(not(target_arch = "wasm32"))]
pub use shell::prerender;
pub use shell::Page;

use leptos::prelude::*;

/// Installs the panic hook and brings the build-time page to life (see `islands`).
pub fn mount() {
    console_error_panic_hook::set_once();
    islands::start();
}

/// The tree module's entry: installs the panic hook and mounts the tree panel (see `tree_app`).
pub fn mount_tree() {
    console_error_panic_hook::set_once();
    tree_app::start();
}

/// The id of the lesson section currently in view, shared by the contents list, the section
/// navigation and the tree panel (which shows that section's preset).
#[derive(Clone, Copy)]
pub struct SectionInView(pub RwSignal<&'static str>);

/// The tree preset another part of the page asked the tree panel to show, e.g. a quiz
/// question's "Show in the tree" link (which reaches the tree's module through `bridge`).
/// Provided at the tree module's root, starting as `None` or the request that came first.
///
/// The tree panel watches it, opens the preset when it becomes `Some(id)` (an id from
/// `content::presets::PRESETS`) and may set it back to `None` once shown. Whoever sets it also scrolls
/// the panel into view when it is off screen; the panel also takes focus.
#[derive(Clone, Copy)]
pub struct RequestedPreset(pub RwSignal<Option<&'static str>>);
