//! The context engine: Go's `context` semantics on a virtual clock.
//!
//! **Invariant**: pure. No Leptos, no web-sys, no timers, no wall clock: time is a value passed in.
