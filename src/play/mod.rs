//! The playground's pure model: what crosses the worker boundary ([`wire`]), what a run's
//! outcome means in plain words ([`outcome`]) and how the editor indents ([`indent`]).
//!
//! **Invariant**: pure. No Leptos, no web APIs, no clock. The page uses [`wire::Reply::decode`];
//! only the worker binary calls [`wire::Reply::from_outcome`], so the page bundle links no
//! interpreter.

pub mod indent;
pub mod outcome;
pub mod wire;
