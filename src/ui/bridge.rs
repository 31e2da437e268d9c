//! The page runs two wasm modules that share no memory: the lesson's (`islands`: the text's
//! interactive parts) and the lab's (`lab`: the tree panel and the playground, fetched when the
//! panel nears the viewport, when the browser is idle on a wide screen, or when the text asks for
//! it). They speak through the page, in [`Message`]s carried as text by two events on `window`:
//! [`TO_LAB`] and [`TO_LESSON`].
//!
//! A message for a lab that has not started yet waits in the root element's
//! [`PENDING_ATTR`] (one encoded message a line), and [`WANT_LAB`] asks the loader (Trunk.toml)
//! to fetch the lab; the lab reads the waiting messages when it starts, then marks the root
//! element `data-lab="ready"`.
//!
//! **Invariant**: a message names only ids that `content` knows; decoding anything else gives
//! `None`, so neither module acts on a message it cannot read.

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

use super::tree_opener::{is_narrow, mark_return_point, TreeRequest};
use crate::content::{self, presets};
use crate::progress::Exercise;

/// The event that carries a message to the lab (detail: the encoded message).
pub const TO_LAB: &str = "context-lab:to-lab";
/// The event that carries a message to the lesson (detail: the encoded message).
pub const TO_LESSON: &str = "context-lab:to-lesson";
/// The event that asks the loader to fetch the lab now.
pub const WANT_LAB: &str = "context-lab:want-lab";
/// The root element's attribute where messages wait for a lab not yet started.
pub const PENDING_ATTR: &str = "data-lab-pending";
/// The root element's attribute saying the lab is live (`ready`).
pub const LAB_ATTR: &str = "data-lab";

/// What one module tells the other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Message {
    /// Lesson to lab: show this tree (as a sheet on a phone), then put focus on it. `scroll_y`
    /// is the window's scroll position when asked, where "Back to the text" returns.
    OpenTree { request: TreeRequest, scroll_y: f64 },
    /// Lesson to lab: open this lesson program (a `CodeExample` id) in the playground and run it.
    Run(&'static str),
    /// Lab to lesson: the learner acted on this tree preset; record it as explored.
    Explored(&'static str),
    /// Lab to lesson: the exercise reached this state in the playground (opened, or every
    /// check passed); the lesson's progress store records it (it only moves forward).
    Exercise(Exercise),
}

impl Message {
    /// The message as one line of text: a verb, then its fields separated by spaces.
    pub fn encode(&self) -> String {
        match self {
            Message::OpenTree { request, scroll_y } => {
                format!("open-tree {} {} {}", request.preset, if request.pin { "pin" } else { "follow" }, scroll_y.max(0.0).round() as u32)
            }
            Message::Run(example) => format!("run {example}"),
            Message::Explored(preset) => format!("explored {preset}"),
            Message::Exercise(state) => format!("exercise {}", match state {
                Exercise::NotStarted => "not-started",
                Exercise::Started => "started",
                Exercise::Solved => "solved",
            }),
        }
    }

    /// Reads a line written by [`Message::encode`]; `None` for anything else (an unknown verb,
    /// preset or example, a missing or extra field).
    pub fn decode(text: &str) -> Option<Message> {
        let mut fields = text.split(' ');
        let verb = fields.next()?;
        let message = match verb {
            "open-tree" => {
                let preset = presets::preset(fields.next()?)?.id;
                let pin = match fields.next()? {
                    "pin" => true,
                    "follow" => false,
                    _ => return None,
                };
                let scroll_y = fields.next()?.parse::<u32>().ok()? as f64;
                Message::OpenTree { request: TreeRequest { preset, pin }, scroll_y }
            }
            "run" => Message::Run(content::example(fields.next()?)?.id),
            "explored" => Message::Explored(presets::preset(fields.next()?)?.id),
            "exercise" => Message::Exercise(match fields.next()? {
                "not-started" => Exercise::NotStarted,
                "started" => Exercise::Started,
                "solved" => Exercise::Solved,
                _ => return None,
            }),
            _ => return None,
        };
        fields.next().is_none().then_some(message)
    }
}

/// Lesson side: asks the lab for `request`'s tree, remembering where the reader was (the
/// focused element in the lesson and the scroll position) for "Back to the text".
pub fn open_tree(request: TreeRequest) {
    mark_return_point();
    let scroll_y = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    send_to_lab(Message::OpenTree { request, scroll_y });
}

/// Lesson side: sends `message` to the lab, or leaves it waiting and asks for the lab.
pub fn send_to_lab(message: Message) {
    let Some(root) = root() else { return };
    if root.get_attribute(LAB_ATTR).as_deref() == Some("ready") {
        dispatch(TO_LAB, &message.encode());
        return;
    }
    match message {
        Message::OpenTree { .. } => show_loading(),
        Message::Run(_) => show_playground_loading(),
        Message::Explored(_) | Message::Exercise(_) => {}
    }
    let waiting = root.get_attribute(PENDING_ATTR).filter(|w| !w.is_empty());
    let line = message.encode();
    let _ = root.set_attribute(PENDING_ATTR, &waiting.map_or_else(|| line.clone(), |w| format!("{w}\n{line}")));
    want_lab();
}

/// Lesson side: asks the loader to fetch the lab now (it does so once; the lab reads what it
/// needs from the page when it starts, such as a share link in the URL's fragment).
pub fn want_lab() {
    if let (Ok(event), Some(window)) = (web_sys::Event::new(WANT_LAB), web_sys::window()) {
        let _ = window.dispatch_event(&event);
    }
}

/// Lesson side: when the page's URL carries a playground share link (`#play=`), now or after a
/// later change of its fragment, fetches the lab, whose playground opens the link.
pub fn fetch_lab_for_share_links() {
    let Some(window) = web_sys::window() else { return };
    let shared = |w: &web_sys::Window| w.location().hash().is_ok_and(|h| h.starts_with(crate::play::share::PREFIX));
    if shared(&window) {
        want_lab();
    }
    let callback = Closure::<dyn Fn()>::new(move || {
        if web_sys::window().is_some_and(|w| shared(&w)) {
            want_lab();
        }
    });
    let _ = window.add_event_listener_with_callback("hashchange", callback.as_ref().unchecked_ref());
    // Listens as long as the page lives.
    callback.forget();
}

/// Lesson side, while the lab is on its way: the painted panel says so, as the sheet it is
/// about to become on a phone, so a tap is answered at once (the lab replaces it whole).
fn show_loading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(panel) = document.query_selector("aside.tree-panel[aria-busy]").ok().flatten() else { return };
    if panel.first_element_child().is_none() {
        if let Ok(note) = document.create_element("p") {
            let _ = note.set_attribute("class", "tree-loading");
            let _ = note.set_attribute("role", "status");
            note.set_text_content(Some("Loading the context tree…"));
            let _ = panel.append_child(&note);
        }
    }
    if is_narrow() {
        let _ = panel.set_attribute("class", "tree-panel sheet");
    }
}

/// The class of the note a "Run" gets while the lab is on its way (the lab removes it when its
/// playground is in place).
pub const PLAYGROUND_LOADING: &str = "pg-loading";

/// Lesson side, while the lab is on its way after a "Run": a note at the foot of the screen
/// says the playground is loading, so the tap is answered at once.
fn show_playground_loading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector(&format!(".{PLAYGROUND_LOADING}")).ok().flatten().is_some() {
        return;
    }
    let (Some(body), Ok(note)) = (document.body(), document.create_element("p")) else { return };
    let _ = note.set_attribute("class", PLAYGROUND_LOADING);
    let _ = note.set_attribute("role", "status");
    note.set_text_content(Some("Loading the playground…"));
    let _ = body.append_child(&note);
}

/// Lab side: tells the lesson that preset `id` was explored.
pub fn report_explored(id: &'static str) {
    dispatch(TO_LESSON, &Message::Explored(id).encode());
}

/// Lab side: tells the lesson that the exercise reached `state`.
pub fn report_exercise(state: Exercise) {
    dispatch(TO_LESSON, &Message::Exercise(state).encode());
}

/// Lab side: the messages that waited for the lab, in order (and no longer waiting).
pub fn take_pending() -> Vec<Message> {
    let Some(root) = root() else { return Vec::new() };
    let waiting = root.get_attribute(PENDING_ATTR).unwrap_or_default();
    let _ = root.remove_attribute(PENDING_ATTR);
    waiting.lines().filter_map(Message::decode).collect()
}

/// Lab side: says the lab is live, so later messages come as events.
pub fn mark_lab_ready() {
    if let Some(root) = root() {
        let _ = root.set_attribute(LAB_ATTR, "ready");
    }
}

/// Calls `f` with every message that arrives by the `event` event on `window`, for the page's
/// lifetime. Messages that cannot be read are dropped.
pub fn listen(event: &str, f: impl Fn(Message) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let text = e.dyn_ref::<web_sys::CustomEvent>().and_then(|c| c.detail().as_string());
        if let Some(message) = text.as_deref().and_then(Message::decode) {
            f(message);
        }
    });
    let _ = window.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    // Both modules listen as long as the page lives.
    callback.forget();
}

fn dispatch(event: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(detail));
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::CustomEvent::new_with_event_init_dict(event, &init)) {
        let _ = window.dispatch_event(&event);
    }
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}
