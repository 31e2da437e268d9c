//! The console: the run's output (stdout, then stderr in the error colour), its exit status and
//! a one-line hint, and real Go's recorded output beside it for a lesson program. While a run
//! is watched ([`ProgramRun`]) it shows what was printed up to the timeline's position, and the
//! exit status once the position reaches the end. Everything a program prints is text, never
//! markup.

use leptos::prelude::*;

use super::state::{Finished, RunState};
use crate::play::outcome::Ending;
use crate::ui::ProgramRun;

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
    let run = use_context::<ProgramRun>();
    // Where the watched run is: what it printed so far (fd, text), and whether it is at its end.
    let (stdout, stderr) = (reply.stdout.clone(), reply.stderr.clone());
    let printed = move || -> (Vec<(u8, String)>, bool) {
        match run.and_then(|r| r.timeline.get().map(|t| (t, r.position.get()))) {
            Some((t, k)) => (t.output(k).into_iter().map(|(fd, s)| (fd, s.to_string())).collect(), k >= t.len()),
            None => (vec![(1, stdout.clone()), (2, stderr.clone())], true),
        }
    };
    let printed = Memo::new(move |_| printed());
    let at_end = move || printed.with(|p| p.1);
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
            {move || printed.with(|p| p.0.iter().map(|(fd, text)| match fd {
                2 => view! { <span class="pg-stderr">{text.clone()}</span> }.into_any(),
                _ => text.clone().into_any(),
            }).collect_view())}
        </pre>
        {move || if at_end() {
            view! {
                <p class=status_class>{format!("Exit status {}", reply.exit)}</p>
                <p class="pg-hint">{ending.hint()}</p>
            }.into_any()
        } else {
            view! { <p class="pg-note">"Output so far: the run is being replayed. Instant (under Speed) shows it all."</p> }.into_any()
        }}
        {verdict}
    }
}
