//! A code example: highlighted Go, a copy button, and for complete programs the output real Go
//! prints.
//!
//! The block is painted from the build-time HTML (see `shell`) and rendered again live when the
//! app mounts over it (with the playground's "Run" button, which needs the app's context).

use std::time::Duration;

use leptos::prelude::*;

use super::inline::Rich;
use super::playground::PlaygroundRequest;
use crate::content::highlight::runs;
use crate::content::inline::plain_text;
use crate::content::CodeExample;
use crate::play::imports::{missing_package, runs_in_playground};

/// One code example. Highlighted code is one element per run of one style
/// ([`runs`]), not one per token.
#[component]
pub fn CodeBlock(example: &'static CodeExample) -> impl IntoView {
    let playground = use_context::<PlaygroundRequest>();
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
                    {(example.is_program() && runs_in_playground(example.source) && playground.is_some()).then(|| view! {
                        <button type="button" class="run" aria-label=format!("Run {} in the playground", example.caption.map(plain_text).unwrap_or_else(|| label.to_string()))
                            on:click=move |_| if let Some(p) = playground { p.0.set(Some(example)) }>"Run"</button>
                    })}
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

/// "Copy code": copies the example's source and says "Copied" for a moment. Its root carries
/// `data-copy` (the example's id), which the build-time render's test counts.
#[component]
fn CopyButton(example: &'static CodeExample) -> impl IntoView {
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
