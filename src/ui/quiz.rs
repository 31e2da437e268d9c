//! The knowledge check: every question, the score against the pass mark, and "Retry wrong
//! answers".

use leptos::prelude::*;

use super::question::QuizQuestion;
use super::ProgressStore;
use crate::content::quiz;

/// The quiz, rendered where the lesson's `Block::Quiz` sits.
#[component]
pub fn Quiz() -> impl IntoView {
    let total = quiz::questions().len();
    view! {
        // The pass percentage as data too, so tests compute the mark from the content.
        <div class="quiz" data-pass-percent=quiz::PASS_PERCENT>
            <p class="quiz-intro">
                {format!(
                    "{total} questions. Pick an answer and check it to see why. Pass mark: {} correct ({}%).",
                    quiz::pass_mark(total),
                    quiz::PASS_PERCENT
                )}
            </p>
            <ol class="questions">
                {quiz::questions()
                    .iter()
                    .enumerate()
                    .map(|(i, q)| view! { <li><QuizQuestion question=q number=i + 1 /></li> })
                    .collect_view()}
            </ol>
            <QuizScore />
        </div>
    }
}

/// The score against the pass mark, what is left to do, and "Retry wrong answers".
#[component]
pub(crate) fn QuizScore() -> impl IntoView {
    let store = ProgressStore::from_context();
    let progress = store.progress();
    let score = Memo::new(move |_| progress.with(|p| p.score()));
    let wrong = move || {
        let s = score.get();
        s.answered - s.correct
    };
    let status = move || {
        let s = score.get();
        if s.passed() {
            view! {
                <span class="quiz-status passed">
                    <span aria-hidden="true">"✓ "</span>"Passed. "
                    <a href="#your-progress">"Mark the lesson complete"</a>
                </span>
            }
            .into_any()
        } else if s.answered == s.total {
            view! { <span class="quiz-status">"Not passed yet: retry the ones you missed."</span> }
                .into_any()
        } else {
            let left = s.total - s.answered;
            view! { <span class="quiz-status">{format!("{left} to go")}</span> }.into_any()
        }
    };
    view! {
        <div class="quiz-score">
            <p aria-live="polite">
                <strong>{move || {
                    let s = score.get();
                    format!("Score: {} of {} · pass mark {}", s.correct, s.total, s.pass_mark())
                }}</strong>
                " "
                {status}
            </p>
            <button
                type="button"
                on:click=move |_| store.retry_wrong()
                disabled=move || wrong() == 0
            >
                {move || match wrong() {
                    0 => "Retry wrong answers".to_owned(),
                    n => format!("Retry wrong answers ({n})"),
                }}
            </button>
        </div>
    }
}
