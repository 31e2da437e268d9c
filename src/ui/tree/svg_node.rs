//! One node of the SVG: a focusable, button-like group holding its card.
//!
//! It reads only its own drawing signal (`node_signals.rs`) and place in the frame, so a wave
//! step re-renders the nodes that changed and nothing else. Position changes glide by a CSS
//! transition on `transform`.

use leptos::prelude::*;

use super::badges::accessible_name;
use super::card::{card, reader};
use super::cull::Culling;
use super::focus::focus_node;
use super::keys::neighbour;
use super::node_signals::NodeSignals;
use super::state::{Focus, Model};
use crate::engine::NodeId;
use crate::scene::drawing::{NodeDraw, NODE_H, NODE_W};

/// Which node is selected and which hovered, as selectors (and whether a pan is under way): a change re-renders the two nodes
/// concerned, not every node's `aria-current` and `aria-describedby`. Provided by the canvas.
#[derive(Clone)]
pub struct Marked {
    /// `Focus::selected`, by node.
    pub selected: Selector<Option<NodeId>>,
    /// `Focus::hovered`, by node.
    pub hovered: Selector<Option<NodeId>>,
    /// The pointer that just went up dragged the drawing: its click selects nothing.
    pub panned: StoredValue<bool>,
}

/// One context: a focusable, named group (always there, so Tab and speech reach every node)
/// holding its [`card`] while it is near view (always, for a tree under `CULL_AT` nodes).
#[component]
pub fn NodeG(id: NodeId) -> impl IntoView {
    let (model, focus, signals) = (expect_context::<Model>(), expect_context::<Focus>(), expect_context::<NodeSignals>());
    let cull = expect_context::<Culling>();
    let marked = expect_context::<Marked>();
    // Its own signal, set only when its drawing changes: a wave step touches the nodes it
    // reveals and no other.
    let d = signals.of(id);
    let place = signals.place(id);
    let shown = {
        let place = place.clone();
        Memo::new(move |_| cull.shows(place.get()))
    };
    let with = |f| reader(&d, f);
    let step = with(|n| n.path.unwrap_or(0).to_string());
    let style = move || place.get().map_or_else(String::new, |p| format!("transform: translate({}px, {}px); --i: {}", p.x, p.y, step()));
    let select = move || focus.selected.set(Some(id));
    let keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            select();
        }
        "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" => {
            ev.prevent_default();
            if let Some(next) = model.scene.with_untracked(|s| neighbour(s, id, &ev.key())) {
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
            on:click=move |_| if !marked.panned.get_value() { select() }
            on:keydown=keydown
            on:focus=move |_| focus.hovered.set(Some(id))
            on:blur=move |_| if focus.hovered.get_untracked() == Some(id) { focus.hovered.set(None) }
            on:mouseenter=move |_| focus.hovered.set(Some(id))
            on:mouseleave=move |_| if focus.hovered.get_untracked() == Some(id) { focus.hovered.set(None) }
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
