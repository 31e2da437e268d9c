//! The drawing area: a scrollable box holding the SVG (pan by dragging, from a node too, or by
//! scrolling; zoom by the toolbar, a two-finger pinch or a trackpad's pinch), the edges and
//! nodes layers, and the tooltip with the hovered node's Go `String()`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::cull::use_culling;
use super::edge::Edge;
use super::state::{Camera, Focus, Model, Placement};
use super::svg_node::{Marked, NodeG};
use super::zoom::Zoom;
use crate::scene::drawing::{NODE_H, NODE_W};

/// The SVG tree inside its scrollable, draggable box.
#[component]
pub fn Canvas() -> impl IntoView {
    let (focus, camera, Placement(frame)) = (expect_context::<Focus>(), expect_context::<Camera>(), expect_context::<Placement>());
    let order = Memo::new(move |_| frame.with(|f| f.order.clone()));
    let size = Memo::new(move |_| frame.with(|f| (f.width, f.height)));
    let cull = use_culling(camera, Placement(frame));
    provide_context(cull);
    let panned = StoredValue::new(false);
    provide_context(Marked { selected: Selector::new(move || focus.selected.get()), hovered: Selector::new(move || focus.hovered.get()), panned });
    let zoom = expect_context::<Zoom>();
    let drag = StoredValue::new(None::<(i32, i32, i32, i32)>);
    // The pointers down on the canvas (id, x, y) and, with two, their last distance: a pinch.
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let pinch = StoredValue::new(None::<f64>);
    let spread = move || {
        pointers.with_value(|p| match p.as_slice() {
            [(_, x1, y1), (_, x2, y2)] => Some(((x1 - x2).hypot(y1 - y2), (x1 + x2) / 2.0, (y1 + y2) / 2.0)),
            _ => None,
        })
    };
    let down = move |ev: web_sys::PointerEvent| {
        pointers.update_value(|p| {
            p.retain(|(id, ..)| *id != ev.pointer_id());
            p.push((ev.pointer_id(), f64::from(ev.client_x()), f64::from(ev.client_y())));
        });
        if let Some((d, ..)) = spread() {
            drag.set_value(None);
            pinch.set_value(Some(d));
            return;
        }
        let on_node = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".node").ok().flatten())
            .is_some();
        let Some(el) = camera.canvas.get_untracked() else { return };
        panned.set_value(false);
        if ev.button() != 0 {
            return;
        }
        drag.set_value(Some((ev.client_x(), ev.client_y(), el.scroll_left(), el.scroll_top())));
        // Not from a node: capturing would send its click to the canvas. (A touch is captured
        // by the node it starts on anyway, and its moves bubble here.)
        if !on_node {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let moved = move |ev: web_sys::PointerEvent| {
        pointers.update_value(|p| {
            if let Some(q) = p.iter_mut().find(|(id, ..)| *id == ev.pointer_id()) {
                *q = (q.0, f64::from(ev.client_x()), f64::from(ev.client_y()));
            }
        });
        if let (Some(last), Some((d, mx, my)), Some(el)) = (pinch.get_value(), spread(), camera.canvas.get_untracked()) {
            if last > 0.0 && d > 0.0 {
                let r = el.get_bounding_client_rect();
                zoom.scale_about(d / last, Some((mx - r.left(), my - r.top())));
            }
            pinch.set_value(Some(d));
            return;
        }
        let (Some((x, y, l, top)), Some(el)) = (drag.get_value(), camera.canvas.get_untracked()) else { return };
        let (dx, dy) = (ev.client_x() - x, ev.client_y() - y);
        // Beyond a finger's wobble it is a pan, and the node it started on is not selected.
        if dx.abs() + dy.abs() > 6 {
            panned.set_value(true);
        }
        el.set_scroll_left(l - dx);
        el.set_scroll_top(top - dy);
    };
    let up = move |ev: web_sys::PointerEvent| {
        drag.set_value(None);
        pointers.update_value(|p| p.retain(|(id, ..)| *id != ev.pointer_id()));
        if spread().is_none() {
            pinch.set_value(None);
        }
    };
    // A trackpad's pinch arrives as a wheel event with Ctrl held.
    let wheel = move |ev: web_sys::WheelEvent| {
        if !ev.ctrl_key() {
            return;
        }
        ev.prevent_default();
        let Some(el) = camera.canvas.get_untracked() else { return };
        let r = el.get_bounding_client_rect();
        let at = (f64::from(ev.client_x()) - r.left(), f64::from(ev.client_y()) - r.top());
        zoom.scale_about((-ev.delta_y() * 0.01).exp(), Some(at));
    };
    view! {
        <div class="tree-canvas" node_ref=camera.canvas
            on:pointerdown=down on:pointermove=moved on:pointerup=up on:pointercancel=up on:wheel=wheel
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
