//! The console where woken goroutines and AfterFuncs print, line by line as the animation
//! reveals them; while the tree follows a program's run, it points to the playground's output,
//! where that program's prints are.

use leptos::html;
use leptos::prelude::*;

use super::program::ShowingRun;
use super::state::{Model, Reveal};

/// What the goroutines print: `cancelled: context canceled`.
#[component]
pub fn Console() -> impl IntoView {
    let (model, reveal) = (expect_context::<Model>(), expect_context::<Reveal>());
    let lines = Memo::new(move |_| {
        let revealed = reveal.revealed.get();
        model.scene.with(|s| s.console().iter().filter(|line| line.seq < revealed).cloned().collect::<Vec<_>>())
    });
    let showing_run = use_context::<ShowingRun>();
    let log = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        lines.track();
        if let Some(el) = log.get() {
            el.set_scroll_top(el.scroll_height());
        }
    });
    view! {
        <div class="tree-console">
            <h3 id="tree-console-title">"Console"</h3>
            <div class="console-lines" role="log" aria-labelledby="tree-console-title" node_ref=log>
                {move || {
                    let lines = lines.get();
                    if lines.is_empty() {
                        let text = if showing_run.is_some_and(|s| s.0.get()) {
                            "This tree follows your program's run: what it prints is in the playground's output."
                        } else {
                            "Goroutines print here when Done wakes them."
                        };
                        return view! { <p class="console-empty">{text}</p> }.into_any();
                    }
                    lines
                        .into_iter()
                        .map(|l| view! { <div class="line"><span class="who">{l.who}</span>" " <code>{l.text}</code></div> })
                        .collect_view()
                        .into_any()
                }}
            </div>
        </div>
    }
}
