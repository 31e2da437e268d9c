//! In the inspector, while the tree shows a program's run: the selected context's events in
//! the run (each a button that goes there on the timeline), and why it is marked leaked.

use leptos::prelude::*;

use super::program::ShowingRun;
use super::state::Model;
use crate::engine::NodeId;
use crate::ui::ProgramRun;

/// The events of `id` in the run, or nothing when the tree shows something else.
#[component]
pub fn RunEvents(id: NodeId) -> impl IntoView {
    let (Some(run), Some(ShowingRun(showing))) = (use_context::<ProgramRun>(), use_context::<ShowingRun>()) else { return ().into_any() };
    let model = expect_context::<Model>();
    let name = model.scene.with_untracked(|s| s.name(id).to_string());
    let events = Memo::new(move |_| {
        if !showing.get() {
            return Vec::new();
        }
        run.timeline.with(|t| t.as_ref().map(|t| t.events_of(id).into_iter().map(|i| (i, t.entries[i].describe())).collect()).unwrap_or_default())
    });
    let leaked = Memo::new(move |_| showing.get() && model.scene.with(|s| s.label(id).is_some_and(|l| l.leaked)));
    let position = run.position;
    let title = format!("{name} in the run");
    view! {
        {move || leaked.get().then(|| view! {
            <p class="note leak-note">"Leaked: main returned and nothing called its cancel func, so its parent kept it (and any timer) until the program ended. Call cancel once you are done with it, usually with defer cancel()."</p>
        })}
        {move || (!events.with(Vec::is_empty)).then(|| view! {
            <section class="run-events" aria-label=title.clone()>
                <h4>{title.clone()}</h4>
                <ol>
                    {events.get().into_iter().map(|(i, text)| view! {
                        <li><button type="button" aria-current=move || (position.get() == i + 1).then_some("step")
                            on:click=move |_| run.go_to(i + 1)>{text}</button></li>
                    }).collect_view()}
                </ol>
            </section>
        })}
    }
    .into_any()
}
