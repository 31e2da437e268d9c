//! The drawing area: a scrollable box holding the SVG (pan by dragging or scrolling, zoom by the
//! toolbar), the edges and nodes layers, and the tooltip with the hovered node's Go `String()`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::cull::use_culling;
use super::edge::Edge;
use super::state::{Camera, Focus, Model, Placement};
use super::svg_node::{Marked, NodeG};
use crate::scene::drawing::{NODE_H, NODE_W};

/// The SVG tree inside its scrollable, draggable box.
#[component]
pub fn Canvas() -> impl IntoView {
    let (focus, camera, Placement(frame)) = (expect_context::<Focus>(), expect_context::<Camera>(), expect_context::<Placement>());
    let order = Memo::new(move |_| frame.with(|f| f.order.clone()));
    let size = Memo::new(move |_| frame.with(|f| (f.width, f.height)));
    let cull = use_culling(camera, Placement(frame));
    provide_context(cull);
    provide_context(Marked { selected: Selector::new(move || focus.selected.get()), hovered: Selector::new(move || focus.hovered.get()) });
    let drag = StoredValue::new(None::<(i32, i32, i32, i32)>);
    let down = move |ev: web_sys::PointerEvent| {
        let on_node = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".node").ok().flatten())
            .is_some();
        let Some(el) = camera.canvas.get_untracked() else { return };
        if on_node || ev.button() != 0 {
            return;
        }
        drag.set_value(Some((ev.client_x(), ev.client_y(), el.scroll_left(), el.scroll_top())));
        let _ = el.set_pointer_capture(ev.pointer_id());
    };
    let moved = move |ev: web_sys::PointerEvent| {
        let (Some((x, y, l, top)), Some(el)) = (drag.get_value(), camera.canvas.get_untracked()) else { return };
        el.set_scroll_left(l - (ev.client_x() - x));
        el.set_scroll_top(top - (ev.client_y() - y));
    };
    let up = move |_: web_sys::PointerEvent| drag.set_value(None);
    view! {
        <div class="tree-canvas" node_ref=camera.canvas
            on:pointerdown=down on:pointermove=moved on:pointerup=up on:pointercancel=up
            on:scroll=move |_| cull.measure()>
            <svg
                class="tree-svg"
                role="group"
                aria-label="Contexts, top-down. Select one to see its actions."
                width=move || size.get().0 * camera.zoom.get()
                height=move || size.get().1 * camera.zoom.get()
                viewBox=move || format!("0 0 {} {}", size.get().0, size.get().1)
            >
                <g class="edges" aria-hidden="true">
                    <For each=move || order.get() key=|id| *id let:id>
                        <Edge id=id />
                    </For>
                </g>
                <g class="nodes">
                    <For each=move || order.get() key=|id| *id let:id>
                        <NodeG id=id />
                    </For>
                </g>
            </svg>
            <Tooltip />
        </div>
    }
}

/// The hovered or focused node's Go `String()`, as Go's `fmt.Println(ctx)` prints it.
#[component]
fn Tooltip() -> impl IntoView {
    let (model, focus) = (expect_context::<Model>(), expect_context::<Focus>());
    let (camera, Placement(frame)) = (expect_context::<Camera>(), expect_context::<Placement>());
    let tip = Memo::new(move |_| {
        let id = focus.hovered.get()?;
        let text = model.scene.with(|s| s.engine().string_form(id).ok())?;
        let (x, y) = frame.with(|f| f.places.get(&id).map(|p| (p.x, p.y)))?;
        Some((text, x, y))
    });
    move || {
        tip.get().map(|(text, x, y)| {
            let z = camera.zoom.get();
            let style = format!("left: {}px; top: {}px;", (x + NODE_W / 2.0) * z, (y + NODE_H) * z + 6.0);
            view! {
                <div class="tree-tip" id="tree-tip" role="tooltip" style=style>
                    <span class="tip-label">"String() "</span>
                    <code>{text}</code>
                </div>
            }
        })
    }
}
