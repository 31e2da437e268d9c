//! The playground's pure model: what crosses the worker boundary ([`wire`]), what a run's
//! outcome means in plain words ([`outcome`]), how the editor indents ([`indent`]), which programs it can run ([`imports`]), how
//! a run's trace becomes the tree's [`crate::scene::Action`]s ([`replay`]), the run as a
//! timeline of events in plain words ([`events`]) that playback, stepping and scrubbing move
//! along ([`timeline`]), the exercise's checker ([`check`], worker only) with the verdict the
//! page shows ([`checklist`]), and share links' encoding ([`share`]).
//!
//! **Invariant**: pure. No Leptos, no web APIs, no clock. The page uses [`wire::Reply::decode`];
//! only the worker binary calls [`program::run`], so the page bundle links no interpreter.

pub mod check;
pub mod checklist;
pub mod events;
pub mod imports;
pub mod indent;
pub mod outcome;
pub mod program;
pub mod replay;
pub mod share;
pub mod timeline;
pub mod wire;
