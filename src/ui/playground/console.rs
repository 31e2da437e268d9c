//! The console: the run's output (stdout, then stderr in the error colour), its exit status and
//! a one-line hint, and real Go's recorded output beside it for a lesson program. Everything a
//! program prints is text, never markup.

use leptos::prelude::*;

use super::state::{Finished, RunState};
use crate::play::outcome::Ending;

/// The console for `state`; `expected` is real Go's output when the program is the lesson's,
/// compared with the run's when `compare` (the run was of the lesson's program as written).
#[component]
pub fn Console(
    #[prop(into)] state: Signal<RunState>,
    #[prop(into)] expected: Signal<Option<&'static str>>,
    #[prop(into)] compare: Signal<bool>,
) -> impl IntoView {
    let body = move || match state.get() {
        RunState::Idle => view! { <p class="pg-note">"Press Run to run the program. It runs in your browser on a virtual clock, so sleeps and timeouts take no real time."</p> }.into_any(),
        RunState::Loading => view! { <p class="pg-note">"Starting the Go interpreter…"</p> }.into_any(),
        RunState::Running => view! { <p class="pg-note">"Running…"</p> }.into_any(),
        RunState::Stopped => view! { <p class="pg-note pg-bad">"Stopped: the program was ended before it finished."</p> }.into_any(),
        RunState::Failed(why) => view! { <p class="pg-note pg-bad">{format!("The run failed: {why}")}</p> }.into_any(),
        RunState::Done(f) => finished(f, expected.get().filter(|_| compare.get())).into_any(),
    };
    view! {
        <div class="pg-console" role="region" aria-label="Output of the run">
            {body}
        </div>
        {move || expected.get().map(|out| view! {
            <div class="pg-expected">
                <h3>{move || if compare.get() { "Real Go printed" } else { "Real Go printed (for the lesson's program as written)" }}</h3>
                <pre tabindex="0">{out}</pre>
            </div>
        })}
    }
}

fn finished(f: Finished, expected: Option<&'static str>) -> impl IntoView {
    let Finished { reply, ending, .. } = f;
    let combined = format!("{}{}", reply.stdout, reply.stderr);
    let verdict = expected.map(|e| {
        if e == combined {
            view! { <p class="pg-verdict pg-ok">"Same output as real Go."</p> }
        } else {
            view! { <p class="pg-verdict pg-bad">"Different from what real Go printed for the lesson's program."</p> }
        }
    });
    let status_class = if ending == Ending::Ok { "pg-status pg-ok" } else { "pg-status pg-bad" };
    view! {
        <h3>"Output"</h3>
        <pre class="pg-output" tabindex="0">
            {reply.stdout}
            <span class="pg-stderr">{reply.stderr}</span>
        </pre>
        <p class=status_class>{format!("Exit status {}", reply.exit)}</p>
        <p class="pg-hint">{ending.hint()}</p>
        {verdict}
    }
}
