//! The browser shell: Leptos components, one view per file. It draws from the pure core
//! (`content`, `engine`, `progress`) and owns everything that touches the page: events,
//! scrolling, the clipboard and timers.
//!
//! **Invariant**: this is the only module that starts timers; state worth testing lives in the pure
//! modules, and components only map it to elements.

mod code;
mod exercise_card;
mod header_progress;
pub(crate) mod inline;
mod islands;
mod offline;
mod lesson;
pub mod playground;
mod progress_panel;
pub mod progress_store;
mod question;
mod quiz;
mod sections_read;
mod shell;
mod storage_notice;
mod toc;
pub mod tree;
pub mod tree_opener;
mod tree_slot;

pub use progress_store::ProgressStore;
pub use shell::App;
pub use tree_opener::{TreeOpener, TreeRequest};
#[cfg(not(target_arch = "wasm32"))]
pub use shell::prerender;

use leptos::prelude::*;

/// Installs the panic hook and brings the build-time page to life (see `islands`).
pub fn mount() {
    console_error_panic_hook::set_once();
    islands::start();
}

/// The id of the lesson section currently in view, shared by the contents list, the section
/// navigation and the tree panel (which shows that section's preset).
#[derive(Clone, Copy)]
pub struct SectionInView(pub RwSignal<&'static str>);

/// The playground's last run, as a replay for the tree panel to play (set when a run that made
/// contexts finishes). Provided at the root, starting as `None`.
#[derive(Clone, Copy)]
pub struct ProgramRun(pub RwSignal<Option<std::sync::Arc<crate::play::replay::Replay>>>);
