//! The browser shell: Leptos components, one view per file. It draws from the pure core
//! (`content`, `engine`, `progress`) and owns everything that touches the page: events,
//! scrolling, the clipboard and timers.
//!
//! **Invariant**: this is the only module that starts timers; state worth testing lives in the pure
//! modules, and components only map it to elements.

pub mod bridge;
mod code;
mod exercise_card;
mod header_progress;
pub(crate) mod inline;
mod islands;
mod lab;
// The lesson's text is painted at build time and never rendered in the browser.
#[cfg(not(target_arch = "wasm32"))]
mod lesson;
mod offline;
pub mod playground;
mod program_run;
mod progress_panel;
pub mod progress_store;
mod question;
mod quiz;
mod sections_read;
mod shell;
mod storage_notice;
mod toc;
pub mod tree;
mod tree_buttons;
pub mod tree_opener;

pub use program_run::ProgramRun;
pub use progress_store::ProgressStore;
pub use tree_opener::{TreeOpener, TreeRequest};
#[cfg(not(target_arch = "wasm32"))]
pub use shell::prerender;

use leptos::prelude::*;

/// The lesson's module: installs the panic hook and brings the build-time page to life (see
/// `islands`).
pub fn mount() {
    console_error_panic_hook::set_once();
    islands::start();
}

/// The lab's module: installs the panic hook and puts the tree panel and the playground on the
/// page (see `lab`).
pub fn mount_lab() {
    console_error_panic_hook::set_once();
    lab::start();
}

/// The id of the lesson section currently in view, shared by the contents list, the section
/// navigation and the tree panel (which shows that section's preset).
#[derive(Clone, Copy)]
pub struct SectionInView(pub RwSignal<&'static str>);

