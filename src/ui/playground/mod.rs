//! The playground: edit a Go program, run it in the interpreter's Web Worker, read its output,
//! exit status and a plain-words hint beside real Go's recorded output.
//!
//! Layers (no file imports one above it): `worker` (the Web Worker handle: started on the first
//! Run, terminated by Stop) and `state` (the run's signals) at the bottom; `editor`, `console`
//! and `playback` (watching the run: play, speed, step, scrub, its events) are views of one
//! concern each; `panel` (the drawer that puts them together).

mod console;
mod editor;
mod panel;
mod playback;
mod state;
mod worker;

pub use panel::Playground;
pub use state::PlaygroundRequest;
