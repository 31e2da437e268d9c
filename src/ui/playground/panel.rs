//! The playground drawer: the editor, Run and Stop, Vet, Share, the console. Opened by "Run"
//! beside a lesson program ([`PlaygroundRequest`]), which loads that program (with the learner's
//! saved edit, if any) and runs it, or by a share link (the code only, not run). For the
//! exercise's starter it adds the checker ([`ExerciseCheck`]).

use std::rc::Rc;

use leptos::prelude::*;

use super::console::Console;
use super::editor::Editor;
use super::exercise::ExerciseCheck;
use super::playback::Playback;
use super::saved::SavedEdits;
use super::share::Share;
use super::shared_link::{watch_share_links, ShareNotice};
use super::state::{Finished, PlaygroundRequest, RunState};
use super::vet::{VetButton, VetState};
use super::vet_results::VetResults;
use super::worker::GoWorker;
use crate::content::{self, CodeExample, CodeRole};
use crate::ui::ProgramRun;

/// The playground.
#[component]
pub fn Playground() -> impl IntoView {
    let request = use_context::<PlaygroundRequest>().map(|r| r.0);
    let program_run = use_context::<ProgramRun>();
    let open = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let title = RwSignal::new(String::from("Playground"));
    let expected = RwSignal::new(None::<&'static str>);
    let original = RwSignal::new(None::<&'static str>);
    let state = RwSignal::new(RunState::Idle);
    // Whether the last run was of the lesson's program as written (then its output is compared).
    let ran_original = RwSignal::new(false);
    let worker = StoredValue::new_local(GoWorker::default());
    let run_id = StoredValue::new(0u64);
    let heading = NodeRef::<leptos::html::H2>::new();
    // The lesson program open (None for shared code), its saved edits, Vet's findings, the
    // checker's marked line, the learner's code while the reference solution is shown.
    let program = RwSignal::new(None::<&'static CodeExample>);
    let saved = SavedEdits::new();
    let vet = RwSignal::new(VetState::Idle);
    let check_mark = RwSignal::new(None::<(u32, String)>);
    let stash = RwSignal::new(None::<String>);
    let share_notice = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let c = code.get();
        vet.set(VetState::Idle);
        check_mark.set(None);
        if let (Some(p), None) = (program.get_untracked(), stash.get_untracked()) {
            saved.keep(p.id, &c);
        }
    });

    let run = move || {
        let id = run_id.get_value() + 1;
        run_id.set_value(id);
        let w = worker.get_value();
        state.set(if w.started() { RunState::Running } else { RunState::Loading });
        ran_original.set(original.get_untracked().is_some_and(|o| code.with_untracked(|c| c == o)));
        if let Some(p) = program_run {
            p.clear();
        }
        let source = code.get_untracked();
        let ran = source.clone();
        let on_reply = Rc::new(move |reply: Result<crate::play::wire::Reply, String>| {
            if run_id.get_value() != id {
                return;
            }
            match reply {
                Ok(r) => {
                    // The run's timeline: the console, the editor's line and the tree follow it
                    // (a trace that does not read leaves none: the console shows all the output).
                    if let Some(p) = program_run {
                        let _ = p.load(&r, &ran);
                    }
                    state.set(RunState::Done(Finished::new(r)));
                }
                Err(e) => state.set(RunState::Failed(e)),
            }
        });
        // A lesson program runs under its own file name (a test file as its test binary).
        let filename = program.get_untracked().and_then(|p| p.filename).map(str::to_string);
        if let Err(e) = w.run(filename, source, on_reply) {
            state.set(RunState::Failed(e));
        }
    };
    let stop = move || {
        run_id.set_value(run_id.get_value() + 1);
        worker.get_value().stop();
        state.set(RunState::Stopped);
    };
    if let Some(request) = request {
        Effect::new(move |_| {
            let Some(example) = request.get() else { return };
            request.set(None);
            program.set(Some(example));
            stash.set(None);
            code.set(saved.code_for(example.id).unwrap_or_else(|| example.source.to_string()));
            title.set(example.filename.map_or_else(|| "Playground".to_string(), |f| format!("Playground: {f}")));
            expected.set(example.expected_output());
            original.set(Some(example.source));
            open.set(true);
            // Focus once the drawer is shown (a hidden element takes no focus).
            request_animation_frame(move || {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            });
            run();
        });
    }
    watch_share_links(
        move |shared| {
            program.set(None);
            original.set(None);
            expected.set(None);
            stash.set(None);
            title.set("Playground: shared code".to_string());
            code.set(shared);
            state.set(RunState::Idle);
            open.set(true);
        },
        share_notice,
    );
    let mark = Signal::derive(move || {
        let vetted = vet.with(VetState::marks);
        if !vetted.is_empty() {
            return vetted;
        }
        check_mark.get().or_else(|| match state.get() {
            RunState::Done(f) => f.mark,
            _ => None,
        })
        .into_iter()
        .collect::<Vec<_>>()
    });
    let exercise = move || {
        let starter = program.get().filter(|p| p.role == CodeRole::Starter)?;
        let solution = content::examples().find(|e| e.role == CodeRole::Solution && e.id.starts_with(starter.id.trim_end_matches("starter")))?;
        Some(view! { <ExerciseCheck code=code worker=worker solution=solution stash=stash mark=check_mark /> })
    };
    let edited = move || original.get().is_some_and(|o| code.with(|c| c != o));
    // The tree and the events stay those of the last run until the next: say so once the code
    // has changed under them (the editor already stops marking the run's lines).
    let stale_note = move || {
        let p = program_run?;
        let stale = p.timeline.with(Option::is_some) && code.with(|c| **p.source.read() != **c);
        stale.then(|| view! {
            <p class="pg-stale">"You have changed the code since this run: the tree and the events below are still the last run's. Run again to see your edit run."</p>
        })
    };
    view! {
        <section class="playground" aria-labelledby="pg-title" hidden=move || !open.get()>
            <header class="pg-bar">
                <h2 id="pg-title" tabindex="-1" node_ref=heading>{move || title.get()}</h2>
                <button type="button" class="pg-run" on:click=move |_| run() disabled=move || state.with(RunState::busy)>"Run"</button>
                <button type="button" on:click=move |_| stop() disabled=move || !state.with(RunState::busy)>"Stop"</button>
                <VetButton code=code worker=worker vet=vet />
                <button type="button" on:click=move |_| if let Some(o) = original.get_untracked() {
                    code.set(o.to_string());
                    if let Some(p) = program.get_untracked() { saved.forget(p.id) }
                } disabled=move || !edited()>"Reset to original"</button>
                <Share code=code />
                <button type="button" class="pg-close" on:click=move |_| {
                    // A run being watched stops where it is (Play carries on from there).
                    if let Some(p) = program_run {
                        p.playing.set(false);
                    }
                    open.set(false);
                }>"Close the playground"</button>
            </header>
            <p class="pg-status-live" role="status">{move || match state.get() {
                RunState::Loading | RunState::Running => "Running…".to_string(),
                RunState::Done(f) => format!("Finished with exit status {}.", f.reply.exit),
                RunState::Stopped => "Stopped.".to_string(),
                RunState::Failed(_) => "The run failed.".to_string(),
                RunState::Idle => String::new(),
            }}</p>
            {move || saved.notice.get().map(|n| view! { <p class="pg-note pg-bad" role="status">{n}</p> })}
            {exercise}
            <div class="pg-body">
                <div class="pg-left"><Editor code=code mark=mark current=Signal::derive(move || program_run.and_then(|p| code.with(|c| p.line(c)))) /></div>
                <div class="pg-right"><VetResults vet=vet />{stale_note}<Playback /><Console state=state expected=expected compare=ran_original /></div>
            </div>
        </section>
        <ShareNotice notice=share_notice />
    }
}
