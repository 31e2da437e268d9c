//! A code example: highlighted Go, a copy button, and for complete programs the output real Go
//! prints.
//!
//! The block is painted from the build-time HTML (see `shell`) and stays as painted; its buttons
//! ([`CopyButton`], [`RunButton`]) are brought to life by `islands`. "Run" asks the lab's module
//! (the playground) through `bridge`.

use std::time::Duration;

use leptos::prelude::*;

use super::bridge::{send_to_lab, Message};
use crate::content::inline::plain_text;
use crate::content::CodeExample;
#[cfg(not(target_arch = "wasm32"))]
use {
    super::inline::Rich,
    crate::content::highlight::runs,
    crate::play::imports::{missing_package, runs_in_playground},
};

/// One code example. Highlighted code is one element per run of one style
/// ([`runs`]), not one per token. Rendered at build time only (the painted lesson).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn CodeBlock(example: &'static CodeExample) -> impl IntoView {
    let label = example.filename.unwrap_or("Go");
    let code = runs(example.source)
        .into_iter()
        .map(|r| match r.class {
            None => r.text.into_any(),
            Some(class) => view! { <span class=class.css_class()>{r.text}</span> }.into_any(),
        })
        .collect_view();
    view! {
        <figure class="code">
            <figcaption>
                <span class="filename">{label}</span>
                {example.caption.map(|c| view! { <span class="caption">"· " <Rich text=c /></span> })}
                <span class="actions">
                    {example.is_program().then(|| missing_package(example.source).map(|pkg| view! {
                        <span class="run-note">{format!("Uses {pkg}: run it with go run")}</span>
                    }))}
                    {(example.is_program() && runs_in_playground(example.source)).then(|| view! { <RunButton example=example /> })}
                    <CopyButton example=example />
                </span>
            </figcaption>
            <pre tabindex="0"><code class="language-go">{code}</code></pre>
            {example.expected_output().filter(|out| !out.is_empty()).map(|out| view! {
                <div class="output">
                    <span class="output-label">"Output"</span>
                    <pre tabindex="0">{out}</pre>
                </div>
            })}
        </figure>
    }
}

/// "Run": opens the example in the playground and runs it. Its root carries `data-run` (the
/// example's id), by which `islands` finds its painted twin.
#[component]
pub(crate) fn RunButton(example: &'static CodeExample) -> impl IntoView {
    let label = example.caption.map(plain_text).unwrap_or_else(|| example.filename.unwrap_or("Go").to_string());
    view! {
        <button type="button" class="run" data-run=example.id aria-label=format!("Run {label} in the playground")
            on:click=move |_| send_to_lab(Message::Run(example.id))>"Run"</button>
    }
}

/// "Copy code": copies the example's source and says "Copied" for a moment. Its root carries
/// `data-copy` (the example's id), by which `islands` finds its painted twin (and the build-time
/// render's test counts them).
#[component]
pub(crate) fn CopyButton(example: &'static CodeExample) -> impl IntoView {
    let copied = RwSignal::new(false);
    let label = example.filename.unwrap_or("Go");
    let copy = move |_| {
        if write_clipboard(example.source) {
            copied.set(true);
            set_timeout(move || copied.set(false), Duration::from_millis(1800));
        }
    };
    let name = format!("Copy code: {}", example.caption.map(plain_text).unwrap_or_else(|| label.to_string()));
    view! {
        <button type="button" data-copy=example.id on:click=copy
            aria-label=move || if copied.get() { "Copied".to_string() } else { name.clone() }>
            {move || if copied.get() { view! { <span class="copied">"Copied"</span> }.into_any() } else { "Copy code".into_any() }}
        </button>
    }
}

/// Writes `text` to the clipboard; false when the browser offers no clipboard (insecure origin).
fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    let _ = clipboard.write_text(text);
    true
}
