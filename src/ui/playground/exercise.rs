//! The exercise in the playground: "Check my solution" (the worker runs the learner's program
//! under the checker's scenarios, `play::check`) and its pass/fail list in plain words; "Show the
//! reference solution", which keeps the learner's code to come back to ("Back to my code");
//! and the exercise's progress (started when opened, solved when every check passes).

use std::rc::Rc;

use leptos::prelude::*;

use super::state::ExerciseReport;
use super::worker::GoWorker;
use crate::content::CodeExample;
use crate::play::checklist::{Checklist, Status};
use crate::play::wire::{Body, Task};
use crate::progress::Exercise;

/// Where checking is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Checking {
    Idle,
    Running,
    Done(Checklist),
    Failed(String),
}

/// The exercise's controls and verdict; `stash` holds the learner's code while the reference
/// solution is shown (`Some`), and `mark` gets the first failed check's line for the editor.
#[component]
pub fn ExerciseCheck(
    code: RwSignal<String>,
    worker: StoredValue<GoWorker, LocalStorage>,
    solution: &'static CodeExample,
    stash: RwSignal<Option<String>>,
    mark: RwSignal<Option<(u32, String)>>,
) -> impl IntoView {
    let report = use_context::<ExerciseReport>();
    let state = RwSignal::new(Checking::Idle);
    if let Some(ExerciseReport(report)) = report {
        report(Exercise::Started);
    }
    // A verdict is about the code it checked: an edit clears it.
    Effect::new(move |seen: Option<()>| {
        code.track();
        if seen.is_some() {
            state.set(Checking::Idle);
        }
    });
    let check = move |_| {
        state.set(Checking::Running);
        let answer = Rc::new(move |body: Result<Body, String>| match body {
            Ok(Body::Check(list)) => {
                if list.solved() {
                    if let Some(ExerciseReport(report)) = report {
                        report(Exercise::Solved);
                    }
                }
                mark.set(list.first_marked_line());
                state.set(Checking::Done(list));
            }
            Ok(Body::Refused(why)) | Err(why) => state.set(Checking::Failed(why)),
            Ok(_) => state.set(Checking::Failed("the interpreter answered something other than the checks".into())),
        });
        if let Err(e) = worker.get_value().request(Task::Check, code.get_untracked(), answer) {
            state.set(Checking::Failed(e));
        }
    };
    let reveal = move |_| {
        if let Some(mine) = stash.get_untracked() {
            stash.set(None);
            code.set(mine);
        } else {
            stash.set(Some(code.get_untracked()));
            code.set(solution.source.to_string());
        }
        state.set(Checking::Idle);
        mark.set(None);
    };
    let summary = move || match state.get() {
        Checking::Idle => String::new(),
        Checking::Running => "Checking your solution…".into(),
        Checking::Done(list) => list.summary(),
        Checking::Failed(why) => format!("The check could not run: {why}"),
    };
    view! {
        <section class="pg-exercise" aria-labelledby="pg-exercise-title">
            <h3 id="pg-exercise-title">"The exercise"</h3>
            <p class="pg-note">{move || if stash.with(Option::is_some) {
                "This is the lesson's reference solution; your code is kept: \"Back to my code\" brings it back."
            } else {
                "Fill in the two TODOs, then check: your program runs with work faster and slower than the 2-second deadline."
            }}</p>
            <div class="pg-exercise-actions">
                <button type="button" class="primary" on:click=check
                    disabled=move || state.with(|s| *s == Checking::Running) || stash.with(Option::is_some)>"Check my solution"</button>
                <button type="button" on:click=reveal>{move || if stash.with(Option::is_some) { "Back to my code" } else { "Show the reference solution" }}</button>
            </div>
            <p class="pg-check-summary" role="status">{summary}</p>
            {move || match state.get() {
                Checking::Done(list) => Some(view! {
                    <ul class="pg-checks" aria-label="Checks">
                        {list.items.into_iter().map(|item| {
                            let (icon, class, word) = match item.status {
                                Status::Pass => ("✓", "pg-ok", "Passed"),
                                Status::Fail { .. } => ("✗", "pg-bad", "Failed"),
                                Status::Skipped(_) => ("–", "pg-skip", "Not checked"),
                            };
                            let why = item.explanation();
                            view! {
                                <li class=class>
                                    <span class="icon" aria-hidden="true">{icon}</span>
                                    <span class="visually-hidden">{format!("{word}: ")}</span>
                                    {item.check.title()}
                                    {why.map(|w| view! { <p class="pg-why">{w}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }),
                _ => None,
            }}
        </section>
    }
}
