//! The console where woken goroutines and AfterFuncs print, line by line as the animation
//! reveals them.

use leptos::html;
use leptos::prelude::*;

use super::state::{Model, Reveal};

/// What the goroutines print: `cancelled: context canceled`.
#[component]
pub fn Console() -> impl IntoView {
    let (model, reveal) = (expect_context::<Model>(), expect_context::<Reveal>());
    let lines = Memo::new(move |_| {
        let revealed = reveal.revealed.get();
        model.scene.with(|s| s.console().iter().filter(|line| line.seq < revealed).cloned().collect::<Vec<_>>())
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
