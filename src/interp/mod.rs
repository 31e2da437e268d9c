//! The Go-subset interpreter: pure Rust, no browser crates, no wall clock.
//!
//! - [`fmt`]: Go's value formatting (`fmt`, and the `strconv`, `time` and `strings` pieces that
//!   print or parse text) over a neutral value tree the interpreter converts its values into.

pub mod fmt;
