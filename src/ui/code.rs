//! A code example: highlighted Go, a copy button, and for complete programs the output real Go
//! prints.

use std::time::Duration;

use leptos::prelude::*;

use crate::content::highlight::{highlight, TokenClass};
use super::inline::Rich;
use super::playground::PlaygroundRequest;
use crate::content::inline::plain_text;
use crate::content::CodeExample;

/// One code example.
#[component]
pub fn CodeBlock(example: &'static CodeExample) -> impl IntoView {
    let copied = RwSignal::new(false);
    let playground = use_context::<PlaygroundRequest>();
    let label = example.filename.unwrap_or("Go");
    let copy = move |_| {
        if write_clipboard(example.source) {
            copied.set(true);
            set_timeout(move || copied.set(false), Duration::from_millis(1800));
        }
    };
    let tokens = highlight(example.source)
        .into_iter()
        .map(|t| match t.class {
            TokenClass::Space | TokenClass::Ident | TokenClass::Punct => t.text.into_any(),
            class => view! { <span class=class.css_class()>{t.text}</span> }.into_any(),
        })
        .collect_view();
    view! {
        <figure class="code">
            <figcaption>
                <span class="filename">{label}</span>
                {example.caption.map(|c| view! { <span class="caption">"· " <Rich text=c /></span> })}
                <span class="actions">
                    {(example.is_program() && !example.runs_in_page()).then(|| example.missing_in_page().map(|pkg| view! {
                        <span class="run-note">{format!("Uses {pkg}: run it with go run")}</span>
                    }))}
                    {(example.runs_in_page() && playground.is_some()).then(|| view! {
                        <button type="button" class="run" aria-label=format!("Run {} in the playground", example.caption.map(plain_text).unwrap_or_else(|| label.to_string()))
                            on:click=move |_| if let Some(p) = playground { p.0.set(Some(example)) }>"Run"</button>
                    })}
                    <button type="button" on:click=copy aria-label=move || if copied.get() { "Copied".to_string() } else { format!("Copy code: {}", example.caption.map(plain_text).unwrap_or_else(|| label.to_string())) }>
                        {move || if copied.get() { view! { <span class="copied">"Copied"</span> }.into_any() } else { "Copy code".into_any() }}
                    </button>
                </span>
            </figcaption>
            <pre tabindex="0"><code class="language-go">{tokens}</code></pre>
            {example.expected_output().filter(|out| !out.is_empty()).map(|out| view! {
                <div class="output">
                    <span class="output-label">"Output"</span>
                    <pre tabindex="0">{out}</pre>
                </div>
            })}
        </figure>
    }
}

/// Writes `text` to the clipboard; false when the browser offers no clipboard (insecure origin).
fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    let _ = clipboard.write_text(text);
    true
}
