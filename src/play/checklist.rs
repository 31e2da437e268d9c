//! The exercise checker's verdict as the page reads it: one [`Item`] per check, each passed,
//! failed with one plain sentence (and the line it is about), or not checked because an earlier
//! check failed.
//!
//! **Invariant**: plain data, no interpreter. The worker makes a [`Checklist`] with
//! `play::check` (which runs the learner's program); the page only decodes and shows it, so
//! the page bundle links none of the interpreter.

use serde::{Deserialize, Serialize};

/// What each check is about, in the order the list shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check {
    /// The program compiles.
    #[serde(rename = "compiles")]
    Compiles,
    /// The program as written runs to the end of main.
    #[serde(rename = "runs")]
    Runs,
    /// `handle`'s first parameter is a `context.Context`.
    #[serde(rename = "ctx-first")]
    CtxFirst,
    /// `serve` gives each request a 2-second timeout.
    #[serde(rename = "timeout")]
    Timeout,
    /// The cancel function is deferred; vet finds no lost cancel.
    #[serde(rename = "cancel")]
    CancelDeferred,
    /// Slow work: `handle` returns at the deadline with the context's error.
    #[serde(rename = "slow")]
    Slow,
    /// Fast work: `handle` returns its result.
    #[serde(rename = "fast")]
    Fast,
    /// A cancelled request: `handle` gives up at once.
    #[serde(rename = "cancelled")]
    Cancelled,
    /// No goroutine is left blocked at the end.
    #[serde(rename = "no-leak")]
    NoLeak,
}

impl Check {
    /// Every check, in the order shown.
    pub const ALL: [Check; 9] = [
        Check::Compiles,
        Check::Runs,
        Check::CtxFirst,
        Check::Timeout,
        Check::CancelDeferred,
        Check::Slow,
        Check::Fast,
        Check::Cancelled,
        Check::NoLeak,
    ];

    /// What the check asks for, in plain words (the list's item text).
    pub fn title(self) -> &'static str {
        match self {
            Check::Compiles => "The program compiles",
            Check::Runs => "It runs to the end without a deadlock or a panic",
            Check::CtxFirst => "handle takes a context.Context as its first parameter",
            Check::Timeout => "serve gives each request a 2-second timeout (context.WithTimeout(..., 2*time.Second))",
            Check::CancelDeferred => "serve defers the cancel function (go vet finds no lost cancel)",
            Check::Slow => "When the work is slower than the deadline, handle returns at 2s with the context's error",
            Check::Fast => "When the work is faster than the deadline, handle returns its result",
            Check::Cancelled => "When the request is cancelled, handle gives up at once",
            Check::NoLeak => "No goroutine is left blocked at the end",
        }
    }
}

/// How one check went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// It passed.
    #[serde(rename = "ok")]
    Pass,
    /// It failed: one sentence saying what is wrong and what to do, and the line it is about.
    #[serde(rename = "fail")]
    Fail {
        /// The sentence.
        why: String,
        /// The learner's line, from 1, when the failure has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        line: Option<u32>,
    },
    /// Not checked, because an earlier failure makes it meaningless; says which.
    #[serde(rename = "skip")]
    Skipped(String),
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// What was checked.
    pub check: Check,
    /// How it went.
    pub status: Status,
}

impl Item {
    /// The failure's text as the list shows it: `Line 12: …` when it has a line.
    pub fn explanation(&self) -> Option<String> {
        match &self.status {
            Status::Pass => None,
            Status::Fail { why, line: Some(l) } => Some(format!("Line {l}: {why}")),
            Status::Fail { why, line: None } => Some(why.clone()),
            Status::Skipped(why) => Some(format!("Not checked: {why}")),
        }
    }
}

/// The whole verdict: every check in [`Check::ALL`]'s order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    /// The items.
    pub items: Vec<Item>,
}

impl Checklist {
    /// Whether every check passed (an empty list passes nothing).
    pub fn solved(&self) -> bool {
        !self.items.is_empty() && self.items.iter().all(|i| i.status == Status::Pass)
    }

    /// How many checks passed, out of how many: `(passed, total)`.
    pub fn score(&self) -> (usize, usize) {
        (self.items.iter().filter(|i| i.status == Status::Pass).count(), self.items.len())
    }

    /// A one-line summary for a live region: "All 9 checks pass: …" or "6 of 9 checks pass. First
    /// to fix: <the first failed check>." (the list below it says why, at which line).
    pub fn summary(&self) -> String {
        let (ok, total) = self.score();
        if self.solved() {
            return format!("All {total} checks pass: the exercise is solved.");
        }
        match self.items.iter().find(|i| matches!(i.status, Status::Fail { .. })) {
            Some(first) => format!("{ok} of {total} checks pass. First to fix: {}.", first.check.title()),
            None => format!("{ok} of {total} checks pass."),
        }
    }

    /// The first line a failed check points at (to mark in the editor), with its sentence.
    pub fn first_marked_line(&self) -> Option<(u32, String)> {
        self.items.iter().find_map(|i| match &i.status {
            Status::Fail { why, line: Some(l) } => Some((*l, why.clone())),
            _ => None,
        })
    }
}
