//! Go's text formatting and parsing, pure: `fmt`'s printing verbs, and the parts of `strconv`,
//! `time` and `strings` whose exact output is easy to get subtly wrong.
//!
//! The interpreter converts its runtime values into [`FVal`] trees (see `value.rs` for the
//! contract: type names, method results computed in advance, pointer targets only at the top
//! level) and calls [`sprintf`], [`sprint`] or [`sprintln`]. Nothing here knows the interpreter,
//! reads a clock or allocates addresses: the caller passes everything in.
//!
//! Layers, bottom up: `quote`/`isprint` and `float` (strconv text) → `pad` (one verb's flags,
//! width and padding) → `sort` and `print` (one operand, recursively) → `printf` (format strings
//! and operand lists). `strconv` (with `atof`), `time` (with `duration` and `layout`) and
//! `strings` stand beside them.

mod atof;
mod calendar;
mod case;
mod duration;
mod float;
mod isprint;
mod layout;
mod numerr;
mod pad;
mod print;
mod printf;
mod quote;
mod sort;
pub mod strconv;
pub mod strings;
pub mod time;
mod value;

pub use float::format_float;
pub use printf::{errorf, sprint, sprint_bytes, sprintf, sprintf_bytes, sprintln, sprintln_bytes, Wrapped};
pub use quote::{can_backquote, is_print, quote, quote_rune, quote_rune_to_ascii, quote_to_ascii};
pub use value::{fake_address, Call, FVal, Field, Kind, Methods};
