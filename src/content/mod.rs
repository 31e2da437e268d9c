//! The lesson as data: sections, code examples, quiz questions and tree presets.
//!
//! **Invariant**: pure data and validation; no browser crates.

pub mod quiz;
