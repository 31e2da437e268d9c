//! The context tree: the lesson's live, animated SVG of Go contexts, beside every section.
//!
//! A learner starts from the section's preset (or an empty Background/TODO root), adds children
//! of every kind, cancels, lets deadlines fire on a real-time clock, attaches goroutines that
//! wake and print, looks values up, and watches Done travel down the tree, never up. What the
//! panel shows is a [`crate::scene::Scene`]; this folder is the browser shell around it.
//!
//! ## Code map (lower layers first; no file imports one above it)
//! - `state`: the panel's state as small copyable handles, each provided as its own context
//!   (`Model` with the one way to change the scene, `Reveal`, `Placement`, `Focus`, `Camera`,
//!   `ClockSettings`, `Following`). Imports no sibling; neither do `keys` (arrow moves),
//!   `badges`, `key_select` and `focus` (moving keyboard focus to a node, or to the panel).
//! - `node_signals`: one signal per node's drawing, updated only for the nodes a wave step
//!   reveals; `zoom` (fit, the readable default); `timers` (the two gloo-timers intervals);
//!   `cull` (a large tree draws only the nodes near view).
//! - `load` (replace the scene: preset, empty root, reset), `follow` (the section in view, never
//!   under the learner's focus), `requests` (a tree asked for from the text, then focus on it) and
//!   `program` (the playground's run, followed to the timeline's position).
//! - Views, one component per file: `preset_bar`, `clock_bar`, `svg` (the canvas) with
//!   `svg_node`, `edge` and `card`, `narration_view`, `console`, `inspector` with `add_form`
//!   and `run_events` (the selected context's events in a program's run).
//! - `panel`: makes the state, provides it, lays the views out.
//!
//! **Invariants**: Go semantics live in the engine, never here; the scene changes only through
//! `scene::apply` (`Model::dispatch`) or is replaced whole by `load`; the drawing is a view of
//! the scene's event log at `revealed`, never the source of truth; every interval is cleared on
//! pause, when idle and on unmount.

mod add_form;
mod badges;
mod card;
mod clock_bar;
mod console;
mod cull;
mod edge;
mod focus;
mod follow;
mod inspector;
mod key_select;
pub mod keys;
mod load;
mod narration_view;
mod node_signals;
mod panel;
mod preset_bar;
mod program;
mod requests;
mod run_events;
mod state;
mod svg;
mod svg_node;
mod timers;
mod zoom;

pub use panel::TreePanel;
pub use state::ExploredReport;
