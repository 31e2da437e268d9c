//! "Your progress", at the end of the lesson: what has been done (the exercise included),
//! "Mark lesson complete" (disabled, with the reason and a link to the exercise, until the quiz
//! is passed and the exercise solved: the page checks the learner's program, so solving it there
//! is what counts) and "Reset progress" with an inline confirmation.

use leptos::html;
use leptos::prelude::*;

use super::ProgressStore;
use crate::content::presets::PRESETS;
use crate::progress::{Missing, NotReady};

/// The progress panel (`#your-progress`).
#[component]
pub fn ProgressPanel() -> impl IntoView {
    let store = ProgressStore::from_context();
    let progress = store.progress();
    let missing = Memo::new(move |_| progress.with(|p| p.missing()));
    let completed = Memo::new(move |_| progress.with(|p| p.completed().map(|d| d.to_string())));
    let facts = move || {
        progress.with(|p| {
            let (read, total) = p.sections_progress();
            let score = p.score();
            let explored = p.presets_explored().count();
            [
                format!("{read} of {total} sections read"),
                format!(
                    "Knowledge check: {} of {} correct (pass mark {})",
                    score.correct,
                    score.total,
                    score.pass_mark()
                ),
                format!("{explored} of {} tree examples explored", PRESETS.len()),
                p.exercise().label().to_string(),
            ]
        })
    };

    view! {
        <section class="progress-panel" id="your-progress" aria-labelledby="your-progress-title">
            <h2 id="your-progress-title">"Your progress"</h2>
            <p>"Finished reading? Mark it complete to track your progress."</p>
            <ul class="progress-facts">
                {move || facts().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
            </ul>
            <div class="complete-row">
                {move || match completed.get() {
                    Some(date) => view! {
                        <p class="completed" role="status">
                            <span class="icon" aria-hidden="true">"✓"</span>
                            {format!("Completed on {date}")}
                        </p>
                    }
                    .into_any(),
                    None => view! {
                        <button
                            type="button"
                            class="primary"
                            aria-describedby="complete-reason"
                            disabled=move || !missing.get().is_empty()
                            on:click=move |_| { let _refused_reason_already_shown = store.complete(); }
                        >
                            "Mark lesson complete"
                        </button>
                        <p id="complete-reason" class="complete-reason">
                            {move || {
                                let missing = missing.get();
                                if missing.is_empty() {
                                    "You passed the knowledge check and solved the exercise: you can mark the lesson complete.".to_owned()
                                } else {
                                    NotReady { missing }.to_string()
                                }
                            }}
                            {move || {
                                missing
                                    .get()
                                    .contains(&Missing::ExerciseNotSolved)
                                    .then(|| view! { " " <a href="#exercise">"Go to the exercise"</a> })
                            }}
                        </p>
                    }
                    .into_any(),
                }}
            </div>
            <ResetProgress />
        </section>
    }
}

/// "Reset progress", then an inline "Reset all progress?" with [Reset] and [Keep my progress].
#[component]
fn ResetProgress() -> impl IntoView {
    let store = ProgressStore::from_context();
    let confirming = RwSignal::new(false);
    let start = NodeRef::<html::Button>::new();
    let keep = NodeRef::<html::Button>::new();
    // Focus follows the step: onto "Keep my progress" when asked, back to "Reset progress" after.
    let finish = move |reset: bool| {
        if reset {
            store.reset();
        }
        confirming.set(false);
        request_animation_frame(move || {
            if let Some(b) = start.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(b) = keep.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    view! {
        <div class="reset">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="quiet" node_ref=start on:click=ask>"Reset progress"</button>
                }
            >
                <div class="confirm" role="group" aria-labelledby="reset-question">
                    <p id="reset-question">"Reset all progress? This clears your answers and completion."</p>
                    <button type="button" class="danger" on:click=move |_| finish(true)>"Reset"</button>
                    <button type="button" node_ref=keep on:click=move |_| finish(false)>"Keep my progress"</button>
                </div>
            </Show>
        </div>
    }
}
