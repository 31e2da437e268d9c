//! The learner's progress and its transitions.
//!
//! **Invariant**: pure; no browser crates, no clock (dates are passed in).
