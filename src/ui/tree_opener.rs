//! Going from the text to the context tree and back, without losing the reader's place.
//!
//! The skip link "Skip to the context tree", each section's "Show tree" button, the phone's
//! floating "Show tree" button and the quiz's "Show in the tree" link (in the lesson's module)
//! mark the return point ([`mark_return_point`]) and send their request through `bridge`; the
//! lab's module answers it with [`TreeOpener::open`]. The panel's "Back to the text" button (and Escape inside the panel)
//! calls [`TreeOpener::back`]. On a narrow screen the panel is then a sheet over the text (the
//! rest of the page inert while it is open); on a wide one it sits beside the lesson already.
//!
//! The return point is the element that had focus in the lesson (marked `data-tree-return`),
//! else the "Show tree" button of the section in view, and the window's scroll position.
//! Imports nothing from `tree/`: the panel reads this handle.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};

/// Screens at most this wide show the panel as a sheet (`style/main.css` says the same).
const NARROW: &str = "(max-width: 860px)";
/// The attribute marking the element focus returns to.
const RETURN_MARK: &str = "data-tree-return";

/// A preset someone asked the panel to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeRequest {
    /// A preset id from `content::presets::PRESETS`.
    pub preset: &'static str,
    /// Pin it: scrolling the lesson then only suggests its section's tree (true for a quiz
    /// link; false for a section's own tree, which the panel would follow to anyway).
    pub pin: bool,
}

/// The way between the text and the tree panel. A copyable handle, provided at the root.
#[derive(Clone, Copy)]
pub struct TreeOpener {
    /// The preset asked for; the panel shows it, takes focus on its selected node and sets
    /// this back to `None`.
    pub request: RwSignal<Option<TreeRequest>>,
    /// The panel is open as a sheet over the text (narrow screens only).
    pub sheet: RwSignal<bool>,
    /// The section being read, whose "Show tree" button focus falls back to.
    in_view: RwSignal<&'static str>,
    /// The window's scroll position when the tree was opened.
    scroll_y: RwSignal<f64>,
}

impl TreeOpener {
    /// A closed opener following `in_view`; keeps the sheet closed on a screen grown wide.
    pub fn start(in_view: RwSignal<&'static str>) -> TreeOpener {
        let opener = TreeOpener { request: RwSignal::new(None), sheet: RwSignal::new(false), in_view, scroll_y: RwSignal::new(0.0) };
        Effect::new(move |_| set_page_inert(opener.sheet.get()));
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            if opener.sheet.get_untracked() && !is_narrow() {
                opener.sheet.set(false);
            }
        });
        on_cleanup(move || resize.remove());
        opener
    }

    /// Shows `request`'s preset in the panel (as a sheet on a narrow screen); `scroll_y` is
    /// where the window was when the reader asked (the text side marked the return point
    /// with [`mark_return_point`] then).
    pub fn open(&self, request: TreeRequest, scroll_y: f64) {
        self.scroll_y.set(scroll_y);
        self.request.set(Some(request));
        if is_narrow() {
            self.sheet.set(true);
        }
    }

    /// Back to the text: closes the sheet, puts the window where it was, and focuses the
    /// return point (else the "Show tree" button of the section in view).
    pub fn back(&self) {
        let Some(document) = document() else { return };
        let was_sheet = self.sheet.get_untracked();
        self.sheet.set(false);
        // The inert attributes go in the effect; take them off now so the focus below lands.
        set_page_inert(false);
        if was_sheet {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(w.scroll_x().unwrap_or(0.0), self.scroll_y.get_untracked());
            }
        }
        let marked = document.query_selector(&format!("[{RETURN_MARK}]")).ok().flatten();
        let target = marked.or_else(|| document.get_element_by_id(&section_button_id(self.in_view.get_untracked())));
        if let Some(el) = target {
            let _ = el.remove_attribute(RETURN_MARK);
            // After a sheet the window is already back in place; beside the lesson, bring the
            // return point into view if the reader scrolled away from it.
            focus_element(&el, was_sheet);
        }
    }
}

/// Marks the element focused in the lesson, if any, as the place "Back to the text" returns
/// to (the one mark on the page). Called by the text when it asks for a tree.
pub fn mark_return_point() {
    let Some(document) = document() else { return };
    while let Some(old) = document.query_selector(&format!("[{RETURN_MARK}]")).ok().flatten() {
        let _ = old.remove_attribute(RETURN_MARK);
    }
    let in_lesson = document.active_element().filter(|el| el.closest("#lesson").ok().flatten().is_some());
    if let Some(el) = in_lesson {
        let _ = el.set_attribute(RETURN_MARK, "");
    }
}

/// The id of the "Show tree" button of section `section`.
pub fn section_button_id(section: &str) -> String {
    format!("{section}-tree-open")
}

/// Whether the screen is narrow enough for the sheet.
pub fn is_narrow() -> bool {
    web_sys::window().and_then(|w| w.match_media(NARROW).ok().flatten()).is_some_and(|m| m.matches())
}

/// Focuses `el` (an HTML or SVG element), without scrolling when `prevent_scroll`.
pub fn focus_element(el: &web_sys::Element, prevent_scroll: bool) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("preventScroll"), &JsValue::from_bool(prevent_scroll));
    if let Ok(focus) = js_sys::Reflect::get(el, &JsValue::from_str("focus")) {
        if let Ok(focus) = focus.dyn_into::<js_sys::Function>() {
            let _ = focus.call1(el, &options);
        }
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether `el` has the class `name`.
fn has_class(el: &web_sys::Element, name: &str) -> bool {
    el.get_attribute("class").is_some_and(|c| c.split_whitespace().any(|c| c == name))
}

/// The element children of `el`.
fn children(el: &web_sys::Element) -> Vec<web_sys::Element> {
    std::iter::successors(el.first_element_child(), |c| c.next_element_sibling()).collect()
}

/// While the sheet is open, everything but the panel is inert (no focus, no clicks, hidden
/// from assistive technology) and the page behind it does not scroll (`body[data-sheet]`).
fn set_page_inert(on: bool) {
    let Some(body) = document().and_then(|d| d.body()) else { return };
    let _ = if on { body.set_attribute("data-sheet", "open") } else { body.remove_attribute("data-sheet") };
    let mut outside = Vec::new();
    for el in children(&body) {
        if has_class(&el, "layout") {
            outside.extend(children(&el).into_iter().filter(|c| !has_class(c, "tree-panel")));
        } else if el.tag_name() != "SCRIPT" {
            outside.push(el);
        }
    }
    for el in outside {
        let _ = if on { el.set_attribute("inert", "") } else { el.remove_attribute("inert") };
    }
}
