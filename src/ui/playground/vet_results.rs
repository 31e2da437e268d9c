//! Vet's findings in the console column: each with its line and Go's message, "No problems
//! found" when there are none, or the compile errors that stopped it. All of it text.

use leptos::prelude::*;

use super::vet::VetState;
use crate::play::wire::VetReport;

/// The findings of the last Vet, if any since the code changed.
#[component]
pub fn VetResults(#[prop(into)] vet: Signal<VetState>) -> impl IntoView {
    move || match vet.get() {
        VetState::Idle => None,
        VetState::Vetting => Some(view! { <div class="pg-vet" role="region" aria-label="Vet findings"><p class="pg-note">"Vetting…"</p></div> }.into_any()),
        VetState::Failed(why) => Some(
            view! { <div class="pg-vet" role="region" aria-label="Vet findings"><p class="pg-note pg-bad">{format!("Vet failed: {why}")}</p></div> }.into_any(),
        ),
        VetState::Done(VetReport { compile_errors: Some(errors), .. }) => Some(
            view! {
                <div class="pg-vet" role="region" aria-label="Vet findings">
                    <h3>"Vet"</h3>
                    <p class="pg-bad">"Go refused to compile the program, so vet could not check it:"</p>
                    <pre class="pg-output" tabindex="0">{errors}</pre>
                </div>
            }
            .into_any(),
        ),
        VetState::Done(report) if report.findings.is_empty() => Some(
            view! {
                <div class="pg-vet" role="region" aria-label="Vet findings">
                    <h3>"Vet"</h3>
                    <p class="pg-ok">"No problems found."</p>
                </div>
            }
            .into_any(),
        ),
        VetState::Done(report) => {
            let n = report.findings.len();
            Some(
                view! {
                    <div class="pg-vet" role="region" aria-label="Vet findings">
                        <h3>{format!("Vet: {n} problem{}", if n == 1 { "" } else { "s" })}</h3>
                        <ul class="pg-findings">
                            {report.findings.into_iter().map(|f| view! {
                                <li><span class="pg-line">{format!("Line {}:", f.line)}</span>" "{f.message}</li>
                            }).collect_view()}
                        </ul>
                    </div>
                }
                .into_any(),
            )
        }
    }
}
