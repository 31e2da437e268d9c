//! The page frame: header, skip link, the three columns (contents, lesson, tree panel).

use leptos::prelude::*;

use super::lesson::Lesson;
use super::toc::{track_section_in_view, TableOfContents};
use super::tree::TreePanel;
use super::{RequestedPreset, SectionInView};
use crate::content;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let in_view = SectionInView(RwSignal::new(
        content::sections().first().map(|s| s.id).unwrap_or_default(),
    ));
    provide_context(in_view);
    provide_context(RequestedPreset(RwSignal::new(None)));
    track_section_in_view(in_view);

    view! {
        <a class="skip-link" href="#lesson">"Skip to the lesson"</a>
        <header class="site-header">
            <a class="brand" href="#top">"Context " <span>"Lab"</span></a>
        </header>
        <div class="layout" id="top">
            <TableOfContents />
            <Lesson />
            <TreePanel />
        </div>
    }
}
