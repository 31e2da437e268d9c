//! One node of the SVG (a focusable button-like group) and the edge to its parent.
//!
//! Each reads only its own drawing signal (`draws.rs`) and place in the frame, so a wave step
//! re-renders the nodes that changed and nothing else. Position changes glide by a CSS transition on
//! `transform`; a newly done edge fills from parent to child: the wave travelling down.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::badges::accessible_name;
use super::card::{card, reader};
use super::cull::Culling;
use super::panel::Tree;
use super::svg::Marked;
use super::draw::{NodeDraw, NODE_H, NODE_W};
use crate::engine::NodeId;

/// The edge from `id`'s parent down to `id`.
#[component]
pub fn Edge(id: NodeId) -> impl IntoView {
    let t = expect_context::<Tree>();
    let cull = expect_context::<Culling>();
    let draw = t.draws.of(&t, id);
    let place = t.draws.place(&t, id);
    let shown = {
        let place = place.clone();
        Memo::new(move |_| cull.shows_edge(place.get()))
    };
    // Numbers, not a formatted path: cheap to compare, formatted only when they change.
    let d = Memo::new(move |_| {
        let p = place.get()?;
        let (px, py) = p.parent?;
        draw.with(|n| n.as_ref().map(|n| (px, py, p.x, p.y, n.look, n.path.is_some() && n.parent_on_path)))
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
    // The elements persist while the node lives (and is near view), so a class change runs
    // the CSS transition.
    view! {
        <g class=class>
            {move || shown.get().then(|| view! {
                <path class="edge-base" style=style />
                <path class="edge-wave" pathLength="1" style=style />
            })}
        </g>
    }
}

/// One context: a focusable, named group (always there, so Tab and speech reach every node)
/// holding its [`card`] while it is near view (always, for a tree under `CULL_AT` nodes).
#[component]
pub fn NodeG(id: NodeId) -> impl IntoView {
    let t = expect_context::<Tree>();
    let cull = expect_context::<Culling>();
    let marked = expect_context::<Marked>();
    // Its own signal, set only when its drawing changes: a wave step touches the nodes it
    // reveals and no other.
    let d = t.draws.of(&t, id);
    let place = t.draws.place(&t, id);
    let shown = {
        let place = place.clone();
        Memo::new(move |_| cull.shows(place.get()))
    };
    let with = |f| reader(&d, f);
    let step = with(|n| n.path.unwrap_or(0).to_string());
    let style = move || place.get().map_or_else(String::new, |p| format!("transform: translate({}px, {}px); --i: {}", p.x, p.y, step()));
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
    view! {
        <g class=with(node_class) style=style tabindex="0" role="button" data-id=id.0
            aria-label=with(accessible_name)
            aria-current=move || marked.selected.selected(&Some(id)).then_some("true")
            aria-describedby=move || marked.hovered.selected(&Some(id)).then_some("tree-tip")
            on:click=move |_| select()
            on:keydown=keydown
            on:focus=move |_| t.hovered.set(Some(id))
            on:blur=move |_| if t.hovered.get_untracked() == Some(id) { t.hovered.set(None) }
            on:mouseenter=move |_| t.hovered.set(Some(id))
            on:mouseleave=move |_| if t.hovered.get_untracked() == Some(id) { t.hovered.set(None) }
        >
            // Invisible, but it gives the group its box while the card is culled.
            <rect class="hit" width=NODE_W height=NODE_H />
            {let d = d.clone(); move || shown.get().then(|| card(&d))}
        </g>
    }
}

/// The node's CSS classes: its look, then `leak`, `on-path`, `found`.
fn node_class(n: &NodeDraw) -> String {
    let mut c = format!("node {}", n.look.class());
    for (on, name) in [(n.leak, " leak"), (n.path.is_some(), " on-path"), (n.found, " found")] {
        if on {
            c.push_str(name);
        }
    }
    c
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
