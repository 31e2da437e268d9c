//! The exercise's way into the playground, under the starter in "Do it yourself": where the
//! learner is with it (from progress), and "Open the exercise in the playground", where their
//! saved code, "Check my solution" and the reference solution are.
//!
//! Painted at build time with the lesson and brought to life by `islands` (its root carries
//! `data-exercise`, the starter's id); the button asks the lab's playground through `bridge`.

use leptos::prelude::*;

use super::bridge::{send_to_lab, Message};
use super::ProgressStore;
use crate::content::CodeExample;
use crate::progress::Exercise;

/// The card for the exercise whose starter is `starter`.
#[component]
pub fn ExerciseCard(starter: &'static CodeExample) -> impl IntoView {
    let store = use_context::<ProgressStore>();
    let state = move || store.map(|s| s.progress().with(|p| p.exercise())).unwrap_or_default();
    view! {
        <div class="exercise-card" data-exercise=starter.id>
            <p role="status">{move || match state() {
                Exercise::Solved => "You solved this exercise: every check passed.",
                Exercise::Started => "You've started this exercise. Your code is kept in this browser.",
                Exercise::NotStarted => "Do it here, in the playground: your code is kept in this browser, and \"Check my solution\" tells you what works and what doesn't.",
            }}</p>
            <button type="button" class="primary" on:click=move |_| send_to_lab(Message::Run(starter.id))>"Open the exercise in the playground"</button>
        </div>
    }
}
