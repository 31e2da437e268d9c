//! The playground: edit a Go program, run it in the interpreter's Web Worker, read its output,
//! exit status and a plain-words hint beside real Go's recorded output.
//!
//! Layers (no file imports one above it): `worker` (the Web Worker handle: started on the first
//! request, terminated by Stop), `state` (the run's signals), `saved` (edits kept per program),
//! `deflate` (the browser's deflate-raw streams) at the bottom; `editor`, `console`, `playback`
//! (watching the run: play, speed, step, scrub, its events), `vet` and `vet_results`, `share`,
//! `shared_link` (opening `#play=` links) and `exercise` (the checker) are views of one concern
//! each; `panel` (the drawer that puts them together).

mod console;
mod deflate;
mod editor;
mod exercise;
mod panel;
mod playback;
mod saved;
mod share;
mod shared_link;
mod state;
mod vet;
mod vet_results;
mod worker;

pub use panel::Playground;
pub use state::{ExerciseReport, PlaygroundRequest};
