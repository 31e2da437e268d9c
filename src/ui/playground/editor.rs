//! The "Go code" editor: a textarea over a highlighted copy of its text (the lesson's
//! highlighter), line numbers, Tab/Shift-Tab indenting (Esc then Tab or Shift+Tab leaves the editor), the
//! browser's own undo, the lines of an error or of vet's findings marked with their messages, and the line a watched run is
//! executing highlighted (its number in the gutter, a band across the code).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::highlight::{highlight, TokenClass};
use crate::play::indent::{indent, outdent, Edit};

/// The editor. `code` is the text; `mark` the lines (from 1) to mark, each with its message; `current`
/// the line being executed.
#[component]
pub fn Editor(code: RwSignal<String>, #[prop(into)] mark: Signal<Vec<(u32, String)>>, #[prop(into, optional)] current: Signal<Option<u32>>) -> impl IntoView {
    let highlight_ref = NodeRef::<leptos::html::Pre>::new();
    let leave_on_tab = StoredValue::new(false);
    let lines = move || code.with(|c| c.split('\n').count());
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            leave_on_tab.set_value(true);
            return;
        }
        // A modifier alone (the Shift of Shift+Tab) keeps Esc's "leave on the next Tab".
        if matches!(ev.key().as_str(), "Shift" | "Control" | "Alt" | "Meta") {
            return;
        }
        if ev.key() != "Tab" || ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            leave_on_tab.set_value(false);
            return;
        }
        if leave_on_tab.get_value() {
            leave_on_tab.set_value(false);
            return;
        }
        let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
        ev.prevent_default();
        let text = area.value();
        let start = byte_at(&text, area.selection_start().ok().flatten().unwrap_or(0));
        let end = byte_at(&text, area.selection_end().ok().flatten().unwrap_or(0));
        let edit = if ev.shift_key() { outdent(&text, start, end) } else { indent(&text, start, end) };
        apply(&area, &text, &edit);
        code.set(area.value());
    };
    let on_scroll = move |ev: web_sys::Event| {
        let (Some(area), Some(pre)) = (ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()), highlight_ref.get()) else { return };
        pre.set_scroll_left(area.scroll_left());
    };
    let tokens = move || {
        code.with(|c| {
            highlight(c)
                .into_iter()
                .map(|t| match t.class {
                    TokenClass::Space | TokenClass::Ident | TokenClass::Punct => t.text.to_string().into_any(),
                    class => view! { <span class=class.css_class()>{t.text.to_string()}</span> }.into_any(),
                })
                .collect_view()
        })
    };
    let marked = move |n: usize| mark.with(|m| m.iter().any(|(l, _)| *l as usize == n));
    let executing = move || current.get().map(|l| l as usize);
    // Keep the executing line in view: the editor scrolls as little as it can.
    let band = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if current.get().is_some() {
            request_animation_frame(move || {
                if let Some(el) = band.get_untracked() {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            });
        }
    });
    view! {
        <div class="pg-editor">
            <div class="pg-gutter" aria-hidden="true">
                {move || (1..=lines()).map(|n| view! { <span class:marked=move || marked(n) class:current=move || executing() == Some(n)>{n}</span> }).collect_view()}
            </div>
            <div class="pg-code">
                {move || executing().map(|l| view! { <div class="pg-exec" aria-hidden="true" node_ref=band style=format!("top: calc(0.6rem + {} * 1.5em)", l - 1)></div> })}
                <pre class="pg-highlight" aria-hidden="true" node_ref=highlight_ref><code class="language-go">{tokens}"\n"</code></pre>
                <textarea
                    aria-label="Go code"
                    aria-describedby="pg-editor-help"
                    spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off"
                    rows=move || lines().max(4)
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))
                    on:keydown=on_keydown
                    on:scroll=on_scroll
                ></textarea>
            </div>
        </div>
        <p id="pg-editor-help" class="pg-help">"Tab indents, Shift+Tab outdents; press Esc then Tab (or Shift+Tab) to leave the editor."</p>
        {move || mark.get().into_iter().map(|(line, msg)| view! { <p class="pg-mark" role="note">{format!("Line {line}: {msg}")}</p> }).collect_view()}
    }
}

/// The byte offset of a UTF-16 offset (what textareas report).
fn byte_at(text: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Applies an edit as one typed insertion where the browser allows (so Ctrl+Z undoes it),
/// else by setting the value; then restores the selection.
fn apply(area: &web_sys::HtmlTextAreaElement, old: &str, edit: &Edit) {
    let new = edit.text.as_str();
    let prefix = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
    let mut prefix = prefix.min(old.len()).min(new.len());
    while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = (old.len() - prefix).min(new.len() - prefix);
    let mut suffix = old.bytes().rev().zip(new.bytes().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(old.len() - suffix) || !new.is_char_boundary(new.len() - suffix) {
        suffix -= 1;
    }
    let from = utf16_len(&old[..prefix]);
    let to = utf16_len(&old[..old.len() - suffix]);
    let _ = area.set_selection_range(from, to);
    let inserted = &new[prefix..new.len() - suffix];
    let typed = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command_with_show_ui_and_value("insertText", false, inserted).ok())
        .unwrap_or(false);
    if !typed || area.value() != new {
        area.set_value(new);
    }
    let _ = area.set_selection_range(utf16_len(&new[..edit.start]), utf16_len(&new[..edit.end]));
}
