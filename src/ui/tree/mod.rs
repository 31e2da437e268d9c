//! The context tree: the lesson's live, animated SVG of Go contexts, beside every section.
//!
//! A learner starts from the section's preset (or an empty Background/TODO root), adds children
//! of every kind, cancels, lets deadlines fire on a real-time clock, attaches goroutines that
//! wake and print, looks values up, and watches Done travel down the tree, never up.
//!
//! ## Code map
//! - Pure (natively tested): `lab` (the engine plus names, goroutines, console), `build`,
//!   `actions`, `events` (absorbing the engine's log), `read`, `narration` (words), `layout`,
//!   `snapshot` (what to draw at the animation's `revealed` point), `keys` (arrow moves).
//! - `draws`: one signal per node's drawing, updated only for the nodes a wave step reveals;
//!   `cull`: a large tree draws only the nodes near view.
//! - Browser: `panel` (the component and its shared [`panel::Tree`] state), `clock` (the two
//!   gloo-timers intervals), `toolbar`, `svg` + `node` + `card` + `badges` (the drawing), `inspector` + `add`
//!   (actions), `zoom` (fit, the readable default), `console` (narration and goroutine output).
//!
//! **Invariants**: Go semantics live in the engine, never here; the drawing is a view of the
//! engine's event log at `revealed`, never the source of truth; every interval is cleared on
//! pause, when idle and on unmount.

mod actions;
mod add;
mod badges;
mod build;
mod card;
mod clock;
mod console;
mod cull;
pub mod draw;
mod draws;
mod follow;
mod events;
mod inspector;
pub mod keys;
pub mod lab;
pub mod layout;
pub mod narration;
mod node;
mod panel;
mod read;
pub mod snapshot;
mod svg;
mod toolbar;
mod zoom;

pub use events::{GoState, Goroutine, Line, LookupShown};
pub use panel::TreePanel;
