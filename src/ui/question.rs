//! One quiz question: a radio group, a "Check answer" button, and the feedback that explains
//! the answer and links to the section (and tree preset) that teach it.

use leptos::prelude::*;

use super::bridge::open_tree;
use super::{ProgressStore, TreeRequest};
use super::inline::Rich;
use crate::content::{self, quiz::Question};
use crate::progress::Feedback;

/// One question in its own fieldset; `number` is its position, from 1.
#[component]
pub fn QuizQuestion(question: &'static Question, number: usize) -> impl IntoView {
    let store = ProgressStore::from_context();
    let progress = store.progress();
    let recorded = Memo::new(move |_| {
        progress.with(|p| {
            p.answer_to(question.id)
                .and_then(|a| question.choice(&a.choice))
                .map(|c| c.id)
        })
    });
    // The choice the radios show: the recorded answer until the learner picks another one, and
    // back to it whenever the record changes (retry, reset, another tab).
    let picked = RwSignal::new(recorded.get_untracked());
    Effect::new(move |_| picked.set(recorded.get()));
    let feedback = Memo::new(move |_| {
        progress
            .with(|p| p.feedback(question.id))
            .filter(|f| picked.get() == Some(f.chosen.id))
    });
    let check = move |_| {
        if let Some(choice) = picked.get_untracked() {
            store.answer(question.id, choice);
        }
    };
    let name = format!("quiz-{}", question.id);
    let state = move || match feedback.get() {
        Some(f) if f.correct => "question answered-right",
        Some(_) => "question answered-wrong",
        None => "question",
    };

    view! {
        <fieldset class=state data-question=question.id>
            <legend>
                <span class="question-number" aria-hidden="true">{number}</span>
                <span class="prompt"><Rich text=question.prompt /></span>
            </legend>
            {question.code.map(|code| view! { <pre class="question-code"><code>{code}</code></pre> })}
            <div class="choices">
                {question.choices.iter().map(|choice| {
                    let id = choice.id;
                    let mark = move || match feedback.get() {
                        Some(f) if f.chosen.id == id && f.correct => "choice chosen-right",
                        Some(f) if f.chosen.id == id => "choice chosen-wrong",
                        _ => "choice",
                    };
                    view! {
                        <label class=mark>
                            <input
                                type="radio"
                                name=name.clone()
                                value=id
                                prop:checked=move || picked.get() == Some(id)
                                on:change=move |_| picked.set(Some(id))
                            />
                            <span><Rich text=choice.text /></span>
                        </label>
                    }
                }).collect_view()}
            </div>
            <button
                type="button"
                class="check"
                on:click=check
                // Only "nothing picked" disables it: disabling it once checked would drop the
                // keyboard focus; checking the same answer again just shows the same feedback.
                disabled=move || picked.get().is_none()
            >
                "Check answer"
            </button>
            <div class="feedback-region" aria-live="polite">
                {move || feedback.get().map(|f| view! { <FeedbackView feedback=f /> })}
            </div>
        </fieldset>
    }
}

/// The verdict, why, and where to read more.
#[component]
fn FeedbackView(feedback: Feedback) -> impl IntoView {
    let (class, icon) = if feedback.correct {
        ("feedback right", "✓")
    } else {
        ("feedback wrong", "✗")
    };
    let section = feedback.section();
    let title = content::sections()
        .iter()
        .find(|s| s.id == section)
        .map(|s| s.title.split(':').next().unwrap_or(s.title))
        .unwrap_or(section);
    view! {
        <div class=class>
            <p class="verdict">
                <span class="icon" aria-hidden="true">{icon}</span>
                <strong>{feedback.verdict()}</strong>" "
                <Rich text=feedback.choice_feedback() />
            </p>
            <p class="explanation"><Rich text=feedback.explanation() /></p>
            <p class="feedback-links">
                <a href=format!("#{section}")>{format!("Read: {title}")}</a>
                {feedback.preset().map(|preset| view! { <TreeLink preset=preset /> })}
            </p>
        </div>
    }
}

/// "Show in the tree": asks the lab for `preset` (through `bridge`), which shows it pinned (as a
/// sheet on a phone), moves focus to it and brings the reader back here afterwards.
#[component]
fn TreeLink(preset: &'static str) -> impl IntoView {
    let show = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        open_tree(TreeRequest { preset, pin: true });
    };
    view! {
        <a class="tree-link" href="#tree" data-preset=preset on:click=show>
            "Show in the tree"<span aria-hidden="true">" →"</span>
        </a>
    }
}
