//! Context Lab: an in-browser interactive lesson on Go's `context` package.
//!
//! The crate is a pure core with a thin browser shell (see the README's Architecture section):
//! - [`engine`]: Go's context semantics on a virtual clock. Pure.
//! - [`interp`]: the Go-subset interpreter (`gorun`). Pure.
//! - [`content`]: the lesson's sections, code examples, quiz and tree presets, as data. Pure.
//! - [`progress`]: the learner's progress and its transitions. Pure.
//! - [`scene`]: what the tree panel shows around the engine, changed only through one action
//!   type, so presets, the learner and (next) a Go program drive one model. Pure.
//! - [`play`]: the playground's model: the worker's messages, what a run's ending means, the
//!   editor's indenting. Pure.
//! - [`storage`]: the only code that touches the browser's local storage.
//! - [`ui`]: Leptos components, one view per file; the only place timers start.

// The build-time render (Leptos's `ssr` view layer, native only) nests the page's view types
// deeper than the default limit of 128.
#![recursion_limit = "512"]

pub mod content;
pub mod engine;
pub mod interp;
pub mod play;
pub mod progress;
pub mod scene;
pub mod storage;
pub mod ui;
