//! "Vet": `go vet`'s lostcancel check of the code in the editor, done by the interpreter's
//! worker (started by the first Vet or Run). The findings are shown by `vet_results` and the
//! first one's line is marked in the editor, as a compile error's is.

use std::rc::Rc;

use leptos::prelude::*;

use super::worker::GoWorker;
use crate::play::outcome::error_line;
use crate::play::wire::{Body, Task, VetReport};

/// Where vetting is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VetState {
    /// Not vetted since the code last changed.
    Idle,
    /// The worker is vetting.
    Vetting,
    /// Vet's findings (or the compile errors that stopped it).
    Done(VetReport),
    /// The worker failed or was stopped.
    Failed(String),
}

impl VetState {
    /// The lines to mark in the editor, each with its message: every finding, or the first
    /// compile error.
    pub fn marks(&self) -> Vec<(u32, String)> {
        match self {
            VetState::Done(VetReport { compile_errors: Some(e), .. }) => error_line(e).into_iter().collect(),
            VetState::Done(r) => r.findings.iter().map(|f| (f.line, f.message.clone())).collect(),
            _ => Vec::new(),
        }
    }
}

/// The Vet button.
#[component]
pub fn VetButton(code: RwSignal<String>, worker: StoredValue<GoWorker, LocalStorage>, vet: RwSignal<VetState>) -> impl IntoView {
    let start = move |_| {
        vet.set(VetState::Vetting);
        let answer = Rc::new(move |body: Result<Body, String>| {
            vet.set(match body {
                Ok(Body::Vet(report)) => VetState::Done(report),
                Ok(Body::Refused(why)) | Err(why) => VetState::Failed(why),
                Ok(_) => VetState::Failed("the interpreter answered something other than vet's findings".into()),
            })
        });
        if let Err(e) = worker.get_value().request(Task::Vet, code.get_untracked(), answer) {
            vet.set(VetState::Failed(e));
        }
    };
    view! {
        <button type="button" on:click=start disabled=move || vet.with(|v| *v == VetState::Vetting)>"Vet"</button>
    }
}
