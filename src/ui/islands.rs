//! Brings the build-time page to life (the lesson's module). The lesson arrives as HTML (see
//! `shell::prerender`), so it is painted before the wasm arrives; prose, headings and
//! highlighted code stay exactly as painted, and each interactive part (an island) is rendered
//! live and swapped in for its painted twin, which looks the same, so nothing moves.
//!
//! Every island lives under one root owner, which provides the state they share (the section
//! in view, the progress store). They are mounted a few at a time in page order, yielding to the
//! browser whenever a batch has run for [`SLICE_MS`], so no task is long (a phone's CPU is
//! several times slower than this machine's). When every island is live the page's root element
//! gets `data-app="ready"`. The tree panel and the playground are the lab's module (`lab`),
//! which the loader fetches when the panel nears the viewport or the text asks for it; this
//! module speaks with it through `bridge`.
//!
//! **Invariant**: an island's live view renders the same markup as its painted twin (both come
//! from the same component), and focus inside an island survives the swap.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use leptos::wasm_bindgen::JsCast;

use super::bridge::{fetch_lab_for_share_links, listen, Message, TO_LESSON};
use super::exercise_card::ExerciseCard;
use super::code::{CopyButton, RunButton};
use super::header_progress::HeaderProgress;
use super::offline::OfflineStatus;
use super::progress_panel::ProgressPanel;
use super::question::QuizQuestion;
use super::quiz::QuizScore;
use super::sections_read::track_sections_read;
use super::shell::first_section;
use super::storage_notice::StorageNotices;
use super::toc::{track_section_in_view, TableOfContents};
use super::tree_buttons::{TreeButton, TreeButtonKind};
use super::{ProgressStore, SectionInView};
use crate::content::{self, quiz};

/// How long one batch of islands may run before yielding to the browser, in ms.
pub const SLICE_MS: f64 = 4.0;

type MakeView = Box<dyn FnOnce() -> AnyView>;

/// One island to bring to life: the painted element and how to render its live twin.
struct Island {
    target: web_sys::Element,
    view: MakeView,
}

/// Starts the app over the painted page. Instantiating the wasm has just taken a task, so the
/// work is spread over tasks of its own: the shared state, then finding the islands, then the
/// islands a slice at a time. Without a painted page (a bundle built without the build-time
/// render) it says so in the console and does nothing.
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    set_timeout(provide_state, std::time::Duration::ZERO);
}

/// The state every island shares, under the root owner; then the islands, in a later task.
fn provide_state() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector(".layout .lesson").ok().flatten().is_none() {
        leptos::logging::error!("Context Lab: the page has no prerendered lesson; build it with `trunk build` (its post-build hook renders it).");
        return;
    }
    let owner = Owner::new();
    owner.with(|| {
        let in_view = SectionInView(RwSignal::new(first_section()));
        provide_context(in_view);
        track_section_in_view(in_view);
        let store = ProgressStore::start();
        provide_context(store);
        track_sections_read(store, in_view);
        // The lab reports the presets the learner explored and the exercise's state; this store
        // is the one that saves.
        listen(TO_LESSON, move |message| {
            match message {
                Message::Explored(id) => store.explore_preset(id),
                Message::Exercise(state) => store.advance_exercise(state),
                Message::OpenTree { .. } | Message::Run(_) => {}
            }
        });
        // A share link opens in the lab's playground: fetch it even where the panel is hidden.
        fetch_lab_for_share_links();
    });
    set_timeout(
        move || {
            let islands = owner.with(|| find_islands(&document));
            let queue = Rc::new(RefCell::new(VecDeque::from(islands)));
            set_timeout(move || run_batch(owner, queue), std::time::Duration::ZERO);
        },
        std::time::Duration::ZERO,
    );
}

/// Every island of the page, in page order (the top of the page is what a visitor sees first).
fn find_islands(document: &web_sys::Document) -> Vec<Island> {
    let mut islands: Vec<Island> = Vec::new();
    let mut add = |selector: &str, make: &dyn Fn(&web_sys::Element) -> Option<MakeView>| {
        let Ok(list) = document.query_selector_all(selector) else { return };
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if let Some(view) = make(&el) {
                islands.push(Island { target: el, view });
            }
        }
    };
    add("a.skip-link[href='#tree']", &|_| Some(Box::new(|| view! { <TreeButton kind=TreeButtonKind::SkipLink /> }.into_any())));
    add(".site-header .header-progress", &|_| Some(Box::new(|| view! { <HeaderProgress /> }.into_any())));
    add(".site-header .offline-status", &|_| Some(Box::new(|| view! { <OfflineStatus /> }.into_any())));
    add(".notices", &|_| Some(Box::new(|| view! { <StorageNotices /> }.into_any())));
    add("nav.toc", &|_| Some(Box::new(|| view! { <TableOfContents /> }.into_any())));
    add("button.tree-open", &|el| {
        let id = el.id();
        let section = content::sections().iter().find(|s| id.strip_suffix("-tree-open") == Some(s.id))?;
        Some(Box::new(move || view! { <TreeButton kind=TreeButtonKind::Section(section) /> }.into_any()))
    });
    add("button[data-run]", &|el| {
        let example = content::example(&el.get_attribute("data-run")?)?;
        Some(Box::new(move || view! { <RunButton example=example /> }.into_any()))
    });
    add("button[data-copy]", &|el| {
        let example = content::example(&el.get_attribute("data-copy")?)?;
        Some(Box::new(move || view! { <CopyButton example=example /> }.into_any()))
    });
    add("fieldset[data-question]", &|el| {
        let id = el.get_attribute("data-question")?;
        let (i, question) = quiz::questions().iter().enumerate().find(|(_, q)| q.id == id)?;
        Some(Box::new(move || view! { <QuizQuestion question=question number=i + 1 /> }.into_any()))
    });
    add("div.exercise-card[data-exercise]", &|el| {
        let starter = content::example(&el.get_attribute("data-exercise")?)?;
        Some(Box::new(move || view! { <ExerciseCard starter=starter /> }.into_any()))
    });
    add(".quiz-score", &|_| Some(Box::new(|| view! { <QuizScore /> }.into_any())));
    add("#your-progress", &|_| Some(Box::new(|| view! { <ProgressPanel /> }.into_any())));
    add("button.tree-fab", &|_| Some(Box::new(|| view! { <TreeButton kind=TreeButtonKind::Floating /> }.into_any())));
    // Page order, without asking for layout: `compareDocumentPosition` against each other.
    islands.sort_by(|a, b| {
        let follows = a.target.compare_document_position(b.target.as_ref()) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING;
        if follows != 0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater }
    });
    islands
}

/// Mounts islands until the slice is used up, then yields and carries on in a new task.
fn run_batch(owner: Owner, queue: Rc<RefCell<VecDeque<Island>>>) {
    let started = now_ms();
    loop {
        let next = queue.borrow_mut().pop_front();
        let Some(island) = next else {
            mark_ready();
            return;
        };
        owner.with(|| swap_in(island));
        if now_ms() - started >= SLICE_MS {
            break;
        }
    }
    set_timeout(move || run_batch(owner, queue), std::time::Duration::ZERO);
}

/// Renders `view` in front of the painted `target`, removes the twin, and puts the focus back
/// where it was if it was inside. Also how the lab puts its panel in place of the painted one.
pub fn swap_in_place(target: &web_sys::Element, view: impl FnOnce() -> AnyView) {
    let Some(parent) = target.parent_element() else { return };
    let focus = focused_index(target);
    let mut state = view().build();
    state.mount(&parent, Some(target.as_ref()));
    let live = target.previous_element_sibling();
    target.remove();
    if let (Some(index), Some(live)) = (focus, live) {
        restore_focus(&live, index);
    }
    // The view lives as long as the page, like a mounted app (its owner is never disposed).
    std::mem::forget(state);
}

fn swap_in(island: Island) {
    swap_in_place(&island.target, island.view);
}

/// Where the focused element sits in `root` (0 = `root` itself, else 1 + its index among the
/// descendants), if the focus is inside `root`.
fn focused_index(root: &web_sys::Element) -> Option<u32> {
    let active = web_sys::window()?.document()?.active_element()?;
    if &active == root {
        return Some(0);
    }
    if !root.contains(Some(active.as_ref())) {
        return None;
    }
    let all = root.query_selector_all("*").ok()?;
    (0..all.length()).find(|&i| all.item(i).is_some_and(|n| n == *active.as_ref())).map(|i| i + 1)
}

fn restore_focus(root: &web_sys::Element, index: u32) {
    let el = if index == 0 {
        Some(root.clone())
    } else {
        root.query_selector_all("*").ok().and_then(|all| all.item(index - 1)).and_then(|n| n.dyn_into().ok())
    };
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn mark_ready() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
