//! The scene: everything the tree panel shows around the engine, as one pure model that every
//! driver of the tree shares: the names nodes are given and the calls that made them,
//! goroutines waiting on Done, AfterFuncs, the console they print to, the narration, the
//! steps the animation reveals, and the drawing ([`snapshot`]) with its [`layout`].
//!
//! A scene changes only through [`apply`]: one [`Action`] in, what happened ([`Applied`]) or
//! why nothing did ([`LabError`]) out, in the spirit of iced's `update`. Presets build scenes
//! that way ([`Scene::from_preset`]); the tree panel sends the learner's clicks and the
//! real-time clock's ticks; a Go program's trace, replayed from the interpreter, is meant to
//! be the next driver, which is why actions speak the engine's terms (a `ContextKind`, node
//! ids, durations, Go values) rather than the panel's.
//!
//! **Invariant**: pure. No Leptos, no web-sys, no timers, no clock (time arrives in an
//! [`Action::Advance`]); Go semantics live in the engine, never here. `.ci/invariants.sh`
//! checks the first part.
//!
//! ## Code map (lower layers first; no file imports one above it)
//! - `units`, `record`, `drawing`, `layout`: vocabulary (times as text, labels, goroutines,
//!   console lines, the drawing's types and sizes, the layout algorithm).
//! - `action`: [`Action`], [`Args`], [`Applied`], [`LabError`].
//! - `state`: the [`Scene`] struct.
//! - `absorb`: the engine's events into reveal steps, wakes and console lines.
//! - `read`: reading a scene. `narrate`: the sentences.
//! - `build` (add nodes, goroutines, AfterFuncs) and `drive` (cancel, remove, lookup, stop,
//!   clock): what each action does.
//! - `program`: a replayed program's goroutines on Done and its leaks at main's return.
//! - `apply`: [`apply`]. `preset`: starting scenes, built by applying actions.
//! - `snapshot`: what the SVG draws at the animation's `revealed` point.

mod absorb;
mod action;
mod apply;
mod build;
mod drive;
pub mod drawing;
pub mod layout;
mod narrate;
mod preset;
mod program;
mod read;
mod record;
pub mod snapshot;
mod state;
pub mod units;

pub use action::{call_label, kind_named, Action, Applied, Args, LabError};
pub use apply::apply;
pub use record::{GoState, Goroutine, Label, Line, LookupShown};
pub use state::Scene;
