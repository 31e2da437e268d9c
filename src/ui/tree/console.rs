//! The narration (an aria-live region that says each event in words) and the console where
//! woken goroutines and AfterFuncs print, line by line as the animation reveals them.

use leptos::html;
use leptos::prelude::*;

use super::panel::Tree;

/// The latest event in words, read out politely by screen readers.
#[component]
pub fn Narration() -> impl IntoView {
    let t = expect_context::<Tree>();
    let text = Memo::new(move |_| t.lab.with(|l| l.narration().to_string()));
    view! {
        <p class="tree-narration" role="status" aria-live="polite" aria-atomic="true">{text}</p>
    }
}

/// What the goroutines print: `cancelled: context canceled`.
#[component]
pub fn Console() -> impl IntoView {
    let t = expect_context::<Tree>();
    let lines = Memo::new(move |_| {
        let revealed = t.revealed.get();
        t.lab.with(|l| {
            l.console().iter().filter(|line| line.seq < revealed).cloned().collect::<Vec<_>>()
        })
    });
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
                        return view! { <p class="console-empty">"Goroutines print here when Done wakes them."</p> }.into_any();
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
