//! The text's ways to the context tree: the skip link "Skip to the context tree", a section's
//! "Show tree" button, and on a phone the floating "Show tree". Each is painted at build time
//! (doing nothing until the app is live, except the skip link, which is a plain `#tree` link)
//! and brought to life by `islands`; a press marks the return point and asks the lab for the
//! tree through `bridge` (the lab's module is fetched then if it is not live yet).

use leptos::prelude::*;

use super::bridge::open_tree;
use super::tree_opener::{section_button_id, TreeRequest};
use super::SectionInView;
use crate::content::{presets, Section};

/// Which of the ways to the tree.
#[derive(Clone, Copy)]
pub enum TreeButtonKind {
    /// "Skip to the context tree", the second skip link: the tree of the section being read.
    SkipLink,
    /// The phone's floating "Show tree": the tree of the section being read.
    Floating,
    /// A section's own "Show tree", beside its heading (nothing for a section without a preset).
    Section(&'static Section),
}

/// One way to the tree (see [`TreeButtonKind`]).
#[component]
pub fn TreeButton(kind: TreeButtonKind) -> impl IntoView {
    // The section being read, for the skip link and the floating button (the first one before
    // the app tracks the reader).
    let in_view = use_context::<SectionInView>();
    let current = move || {
        let id = in_view.map(|s| s.0.get_untracked()).unwrap_or_default();
        presets::for_section(id).map(|p| p.id)
    };
    let open_current = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(preset) = current() {
            open_tree(TreeRequest { preset, pin: false });
        }
    };
    match kind {
        TreeButtonKind::SkipLink => view! {
            <a class="skip-link" href="#tree" on:click=open_current>"Skip to the context tree"</a>
        }
        .into_any(),
        TreeButtonKind::Floating => {
            let tucked = RwSignal::new(false);
            // An effect, so it runs only in the browser (never in the build-time render).
            Effect::new(move |_| follow_panel(tucked));
            view! {
                <button type="button" class="tree-fab" on:click=open_current
                    data-tucked=move || tucked.get().then_some("")>"Show tree"</button>
            }
            .into_any()
        }
        TreeButtonKind::Section(section) => presets::for_section(section.id)
            .map(|p| view! {
                <button type="button" class="tree-open" id=section_button_id(section.id)
                    on:click=move |_| open_tree(TreeRequest { preset: p.id, pin: false })>
                    <svg class="tree-icon" viewBox="0 0 16 16" aria-hidden="true">
                        <path d="M8 4v3M8 7H4v4M8 7h4v4" />
                        <circle cx="8" cy="3" r="2" /><circle cx="4" cy="12.5" r="2" /><circle cx="12" cy="12.5" r="2" />
                    </svg>
                    "Show tree"<span class="visually-hidden">{format!(" for {}", section.title)}</span>
                </button>
            })
            .into_any(),
    }
}

/// Keeps `tucked` true while the tree panel is on screen (on a phone it sits below the lesson):
/// there the floating button would only cover the panel's own controls (`style/main.css` hides
/// it then, and leaves room below the page's end so it never covers the last lines).
fn follow_panel(tucked: RwSignal<bool>) {
    let update = move || {
        let Some(window) = web_sys::window() else { return };
        let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let on_screen = window.document().and_then(|d| d.get_element_by_id("tree")).is_some_and(|panel| {
            let rect = panel.get_bounding_client_rect();
            rect.top() < height && rect.bottom() > 0.0
        });
        if tucked.get_untracked() != on_screen {
            tucked.set(on_screen);
        }
    };
    // For the page's lifetime, like the button.
    let _ = window_event_listener(leptos::ev::scroll, move |_| update());
    let _ = window_event_listener(leptos::ev::resize, move |_| update());
    update();
}
