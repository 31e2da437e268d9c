//! Renders the lesson's inline markup (`code`, **strong**, [links](#id)) parsed by `content`.

use leptos::prelude::*;

use crate::content::inline::{parse, Inline};

/// A run of rich text.
#[component]
pub fn Rich(text: &'static str) -> impl IntoView {
    parse(text)
        .into_iter()
        .map(|part| match part {
            Inline::Text(t) => t.into_any(),
            Inline::Code(c) => view! { <code>{c}</code> }.into_any(),
            Inline::Strong(s) => view! { <strong>{s}</strong> }.into_any(),
            Inline::Emphasis(s) => view! { <em>{s}</em> }.into_any(),
            Inline::Link { text, href } => view! { <a href=href>{text}</a> }.into_any(),
        })
        .collect_view()
}
