//! "On this page": the list of sections, highlighting the one in view.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::SectionInView;
use crate::content;

/// The contents list. The link of the section in view carries `aria-current="location"`.
#[component]
pub fn TableOfContents() -> impl IntoView {
    let SectionInView(in_view) = expect_context::<SectionInView>();
    let list = NodeRef::<leptos::html::Ol>::new();
    // On narrow screens the contents are one scrolling row: keep the current chip in sight.
    Effect::new(move |_| {
        let id = in_view.get();
        let Some(ol) = list.get() else { return };
        if ol.scroll_width() <= ol.client_width() {
            return;
        }
        if let Ok(Some(link)) = ol.query_selector(&format!("a[href='#{id}']")) {
            if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
                ol.set_scroll_left(link.offset_left() - 16);
            }
        }
    });
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title">"On this page"</h2>
            <ol node_ref=list>
                {content::sections()
                    .iter()
                    .map(|s| {
                        let id = s.id;
                        view! {
                            <li>
                                <a
                                    href=format!("#{id}")
                                    aria-current=move || (in_view.get() == id).then_some("location")
                                >
                                    {s.title}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Keeps `in_view` on the last section whose top has scrolled above the reading line (a third of
/// the way down the window), so the contents and the tree follow the reader.
pub fn track_section_in_view(SectionInView(in_view): SectionInView) {
    let update = move || {
        if let Some(id) = section_in_view_now() {
            if in_view.get_untracked() != id {
                in_view.set(id);
            }
        }
    };
    let handle = window_event_listener(leptos::ev::scroll, move |_| update());
    let resize = window_event_listener(leptos::ev::resize, move |_| update());
    // Once at start (the page is painted, and the browser has already gone to a URL's anchor),
    // and whenever the URL's anchor changes (a contents click).
    let hash = window_event_listener(leptos::ev::hashchange, move |_| update());
    request_animation_frame(update);
    on_cleanup(move || {
        handle.remove();
        resize.remove();
        hash.remove();
    });
}

/// The section being read now: the last one whose top has scrolled above the reading line (a
/// third of the way down the window), the last one at the very bottom of the page.
pub fn section_in_view_now() -> Option<&'static str> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
    let line = height / 3.0;
    let mut current = None;
    for s in content::sections() {
        if let Some(el) = document.get_element_by_id(s.id) {
            if el.get_bounding_client_rect().top() <= line || current.is_none() {
                current = Some(s.id);
            }
        }
    }
    // At the very bottom the last sections may never reach the line: pick the last one.
    let body_h = document.document_element().map(|e| e.scroll_height() as f64).unwrap_or(0.0);
    let scrolled = window.scroll_y().unwrap_or(0.0) + height;
    if body_h > 0.0 && scrolled >= body_h - 4.0 {
        current = content::sections().last().map(|s| s.id);
    }
    current
}
