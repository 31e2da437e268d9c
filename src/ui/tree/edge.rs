//! The edge from a node's parent down to it. A newly done edge fills from parent to child: the
//! wave travelling down.

use leptos::prelude::*;

use super::cull::Culling;
use super::node_signals::NodeSignals;
use crate::engine::NodeId;
use crate::scene::drawing::{NODE_H, NODE_W};

/// The edge from `id`'s parent down to `id`.
#[component]
pub fn Edge(id: NodeId) -> impl IntoView {
    let signals = expect_context::<NodeSignals>();
    let cull = expect_context::<Culling>();
    let draw = signals.of(id);
    let place = signals.place(id);
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
