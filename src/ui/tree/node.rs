//! One node of the SVG (a focusable button-like group) and the edge to its parent.
//!
//! Each reads only its own entry of the snapshot through a memo, so a wave step re-renders the
//! nodes that changed and nothing else. Position changes glide by a CSS transition on
//! `transform`; a newly done edge fills from parent to child: the wave travelling down.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::panel::Tree;
use super::draw::{Look, NodeDraw, NODE_H, NODE_W};
use crate::engine::NodeId;

/// `s` cut to `n` characters with an ellipsis.
fn fit(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).chain(['…']).collect() }
}

/// The edge from `id`'s parent down to `id`.
#[component]
pub fn Edge(id: NodeId) -> impl IntoView {
    let t = expect_context::<Tree>();
    // Numbers, not a formatted path: a wave step compares 1,000 of these, formatting none.
    let d = Memo::new(move |_| {
        t.snapshot.with(|s| {
            let n = s.nodes.get(&id)?;
            let (px, py) = n.parent?;
            let parent_on_path = n.parent_on_path;
            Some((px, py, n.x, n.y, n.look, n.path.is_some() && parent_on_path))
        })
    });
    let class = move || {
        d.with(|e| e.map_or_else(String::new, |(.., look, on)| format!("edge {}{}", look.class(), if on { " on-path" } else { "" })))
    };
    let style = move || {
        d.with(|e| {
            e.map_or_else(String::new, |(px, py, x, y, ..)| {
                let (x1, y1, x2, mid) = (px + NODE_W / 2.0, py + NODE_H, x + NODE_W / 2.0, (py + NODE_H + y) / 2.0);
                format!("d: path(\"M {x1} {y1} C {x1} {mid}, {x2} {mid}, {x2} {y}\")")
            })
        })
    };
    // The elements persist while the node lives, so a class change runs the CSS transition.
    view! {
        <g class=class>
            <path class="edge-base" style=style />
            <path class="edge-wave" pathLength="1" style=style />
        </g>
    }
}

/// One context: its name, call, `Err()`, value or countdown, badges and goroutines.
#[component]
pub fn NodeG(id: NodeId) -> impl IntoView {
    let t = expect_context::<Tree>();
    let d = Memo::new(move |_| t.snapshot.with(|s| s.nodes.get(&id).cloned()));
    let get = move |f: fn(&NodeDraw) -> String| move || d.with(|n| n.as_ref().map(f).unwrap_or_default());
    let class = move || {
        d.with(|n| {
            n.as_ref().map_or_else(String::new, |n| {
                let mut c = format!("node {}", n.look.class());
                for (on, name) in [(n.leak, " leak"), (n.path.is_some(), " on-path"), (n.found, " found")] {
                    if on {
                        c.push_str(name);
                    }
                }
                c
            })
        })
    };
    let style = move || {
        d.with(|n| {
            n.as_ref().map_or_else(String::new, |n| {
                format!("transform: translate({}px, {}px); --i: {}", n.x, n.y, n.path.unwrap_or(0))
            })
        })
    };
    let select = move || t.selected.set(Some(id));
    let keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            select();
        }
        "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" => {
            ev.prevent_default();
            if let Some(next) = t.lab.with_untracked(|l| super::keys::neighbour(l, id, &ev.key())) {
                focus_node(next);
            }
        }
        _ => {}
    };
    let mark = move || d.with(|n| n.as_ref().map(|n| mark_path(n.look)).unwrap_or_default());
    view! {
        <g class=class style=style tabindex="0" role="button" data-id=id.0
            aria-label=get(accessible_name)
            aria-current=move || (t.selected.get() == Some(id)).then_some("true")
            aria-describedby=move || (t.hovered.get() == Some(id)).then_some("tree-tip")
            on:click=move |_| select()
            on:keydown=keydown
            on:focus=move |_| t.hovered.set(Some(id))
            on:blur=move |_| if t.hovered.get_untracked() == Some(id) { t.hovered.set(None) }
            on:mouseenter=move |_| t.hovered.set(Some(id))
            on:mouseleave=move |_| if t.hovered.get_untracked() == Some(id) { t.hovered.set(None) }
        >
            <rect class="focus-ring" x="-6" y="-6" width=NODE_W + 12.0 height=NODE_H + 12.0 rx="14" />
            <rect class="box" width=NODE_W height=NODE_H rx="10" />
            // Each line ends with a space so the node's text reads as words, as its name does.
            <text class="name" x="10" y="20">{get(|n| fit(&n.name, 17))}" "</text>
            <path class="mark" transform=format!("translate({} 15)", NODE_W - 16.0) d=mark />
            <text class="call" x="10" y="38">{get(|n| fit(&n.call, 26))}" "</text>
            <text class="err" x="10" y="55">{get(|n| fit(&n.err, 27))}" "</text>
            <text class="detail" x="10" y="71">{get(|n| fit(&n.detail, 28))}" "</text>
            {move || d.with(|n| n.as_ref().map(badges))}
        </g>
    }
}

/// The state mark drawn top-right, as a shape (no font needed): ✕ canceled, an hourglass for
/// deadline exceeded, a dot for open, a ring for roots, bars for values, a slashed ring for
/// WithoutCancel.
fn mark_path(look: Look) -> &'static str {
    match look {
        Look::Canceled => "M-5 -5 L5 5 M5 -5 L-5 5",
        Look::Deadline => "M-5 -6 H5 L-5 6 H5 Z",
        Look::Open => "M-3.5 0 a3.5 3.5 0 1 0 7 0 a3.5 3.5 0 1 0 -7 0",
        Look::Root => "M-6 0 a6 6 0 1 0 12 0 a6 6 0 1 0 -12 0 M-2.5 0 a2.5 2.5 0 1 0 5 0 a2.5 2.5 0 1 0 -5 0",
        Look::Value => "M-5 -4 H5 M-5 0 H5 M-5 4 H5",
        Look::Detached => "M-5 0 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0 M-4 4 L4 -4",
    }
}

/// The node's accessible name: its visible lines, then each badge's visible text in drawing
/// order, then what the badges mean in words.
fn accessible_name(n: &NodeDraw) -> String {
    let mut name = n.label.clone();
    let shown = badge_texts(n);
    for text in shown.leak.iter().chain(&shown.lookup).chain(&shown.after).chain(&shown.chips).chain(&shown.more) {
        name.push_str(", ");
        name.push_str(text);
    }
    if n.leak {
        name.push_str(", its cancel func was discarded");
    }
    let count = n.goroutines.len();
    if count > 0 {
        name.push_str(&format!(", {count} goroutine{}", if count == 1 { "" } else { "s" }));
    }
    name
}

/// The words each badge shows; `None`/empty where it is not drawn.
struct BadgeTexts {
    leak: Option<String>,
    lookup: Option<String>,
    after: Option<String>,
    chips: Vec<String>,
    more: Option<String>,
}

/// Goroutine chips drawn beside a node before the rest are counted as "+N".
const MAX_CHIPS: usize = 3;

fn badge_texts(n: &NodeDraw) -> BadgeTexts {
    BadgeTexts {
        leak: n.leak.then(|| "leak".to_string()),
        lookup: n.path.map(|i| if n.found { "✓ found".to_string() } else { format!("step {}", i + 1) }),
        after: n.after_func.map(|ran| if ran { "AfterFunc ran" } else { "AfterFunc" }.to_string()),
        chips: n.goroutines.iter().take(MAX_CHIPS).map(|g| if g.woke { "✓".to_string() } else { g.label.clone() }).collect(),
        more: (n.goroutines.len() > MAX_CHIPS).then(|| format!("+{}", n.goroutines.len() - MAX_CHIPS)),
    }
}

/// Leak and lookup badges, the AfterFunc tag and goroutine chips.
fn badges(n: &NodeDraw) -> impl IntoView + use<> {
    let texts = badge_texts(n);
    let leak = texts.leak.map(|text| view! {
        <g class="badge leak-badge"><rect x="-8" y="-11" width="40" height="18" rx="9" /><text x="12" y="2" text-anchor="middle">{text}</text></g>
    });
    let lookup = texts.lookup.map(|text| view! {
        <g class="badge path-badge"><rect x=NODE_W - 62.0 y="-11" width="66" height="18" rx="9" /><text x=NODE_W - 29.0 y="2" text-anchor="middle">{text}</text></g>
    });
    let after = texts.after.map(|text| view! {
        <g class="badge after-badge"><rect x=NODE_W - 98.0 y="27" width="84" height="16" rx="8" />
            <text x=NODE_W - 56.0 y="39" text-anchor="middle">{text}</text></g>
    });
    let chips = n.goroutines.iter().zip(texts.chips).enumerate().map(|(i, (g, text))| {
        let class = if g.woke { "gor woke" } else if g.forever { "gor forever" } else { "gor waiting" };
        let cy = 33.0 + i as f64 * 22.0;
        view! {
            <g class=class><circle cx=NODE_W cy=cy r="11" /><text x=NODE_W y=cy + 4.0 text-anchor="middle">{text}</text></g>
        }
    }).collect_view();
    let more = texts.more.map(|text| view! {
        <text class="gor-more" x=NODE_W + 14.0 y="76">{text}</text>
    });
    (leak, lookup, after, chips, more)
}

/// The SVG element drawn for `id`.
fn node_element(id: NodeId) -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!(".tree-svg .node[data-id=\"{}\"]", id.0)).ok().flatten())
}

/// Scrolls the drawing (only as far as needed) so the node drawn for `id` is in view.
pub fn reveal_node(id: NodeId) {
    if let Some(el) = node_element(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Moves keyboard focus to the node drawn for `id`.
pub fn focus_node(id: NodeId) {
    let el = node_element(id)
        // SVG elements have focus() too; HtmlElement's binding calls it dynamically.
        .map(|e| e.unchecked_into::<web_sys::HtmlElement>());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
