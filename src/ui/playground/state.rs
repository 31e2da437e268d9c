//! The playground's state: what a run is doing, and the request that opens a lesson program.

use leptos::prelude::*;

use crate::content::CodeExample;
use crate::play::outcome::{marked_line, test_failure_line, Ending};
use crate::play::wire::Reply;

/// A lesson program another part of the page asked the playground to open and run ("Run"
/// beside a code example). Provided at the root, starting as `None`.
#[derive(Clone, Copy)]
pub struct PlaygroundRequest(pub RwSignal<Option<&'static CodeExample>>);

/// How the exercise's checker reports the learner's progress with it (opened, solved): provided
/// by the lab, which tells the lesson's progress store (`bridge`). Absent, nothing is recorded.
#[derive(Clone, Copy)]
pub struct ExerciseReport(pub fn(crate::progress::Exercise));

/// Where a run is.
#[derive(Clone, Debug, PartialEq)]
pub enum RunState {
    /// Nothing run yet (or the code changed since the last result was cleared).
    Idle,
    /// The worker is being downloaded and started (first run only).
    Loading,
    /// The worker is running the program.
    Running,
    /// The run ended; its reply.
    Done(Finished),
    /// The learner pressed Stop; the worker was terminated.
    Stopped,
    /// The worker could not be started or its reply could not be read.
    Failed(String),
}

/// A finished run, read once from the worker's reply.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    /// The reply as posted.
    pub reply: Reply,
    /// How it ended.
    pub ending: Ending,
    /// The line to mark in the editor and its message.
    pub mark: Option<(u32, String)>,
}

impl Finished {
    /// Reads a reply.
    pub fn new(reply: Reply) -> Finished {
        let ending = Ending::of_run(reply.exit, &reply.stdout, &reply.stderr);
        let mark = match ending {
            Ending::TestsFailed => test_failure_line(&reply.stdout),
            _ => marked_line(ending, &reply.stderr),
        };
        Finished { reply, ending, mark }
    }
}

impl RunState {
    /// Whether a run is in flight (Stop is offered, Run is not).
    pub fn busy(&self) -> bool {
        matches!(self, RunState::Loading | RunState::Running)
    }
}
