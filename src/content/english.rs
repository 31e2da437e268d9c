//! Small English helpers for sentences built at run time (narration, progress, accessible
//! names), so a count reads "1 goroutine", "2 goroutines" everywhere alike.
//!
//! **Invariant**: pure; no browser crates, no clock.

/// `""` when `n` is one, else `"s"`: the regular plural ending.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `n` and a regular noun agreeing with it: `1 descendant`, `3 descendants`, `0 nodes`.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", plural(n))
}
