//! Culling for large trees: only nodes near the visible part of the drawing area get their
//! drawing (box, text, badges, edge); the others keep a bare, focusable, named group with an
//! invisible hit box, so Tab order, accessible names and `scrollIntoView` still cover every
//! node. Panning brings their drawing in.
//!
//! A cancel wave through 1,000 nodes then styles, paints and animates the few dozen nodes on
//! screen, not 8,000 SVG elements. Trees of up to [`CULL_AT`] nodes (every preset, anything a
//! learner builds by hand) are drawn whole, exactly as before.

use leptos::prelude::*;

use super::state::{Camera, Placement};
use crate::scene::drawing::{Place, NODE_H, NODE_W};

/// Trees with more nodes than this are culled.
pub const CULL_AT: usize = 150;
/// The drawn region reaches this far beyond the visible area, in visible-area sizes, so a pan
/// shows drawn nodes before the region catches up.
const REACH: f64 = 1.0;
/// The region's edges snap to multiples of this (SVG units), so scrolling changes which nodes
/// are drawn only now and then, not on every scroll event.
const TILE: f64 = 400.0;

/// A rectangle in SVG units: left, top, right, bottom.
type Rect = (f64, f64, f64, f64);

/// Which part of the drawing is drawn. A copyable handle, provided by the canvas.
#[derive(Clone, Copy)]
pub struct Culling {
    /// The drawing area measured.
    camera: Camera,
    /// The canvas's scroll offset and size in CSS pixels, as last measured.
    viewport: RwSignal<(f64, f64, f64, f64)>,
    /// The drawn region; `None` draws everything (a small tree).
    region: Memo<Option<Rect>>,
}

impl Culling {
    /// Reads the canvas's scroll offset and size (on scroll, resize and zoom).
    pub fn measure(&self) {
        let Some(el) = self.camera.canvas.try_get_untracked().flatten() else { return };
        let now = (f64::from(el.scroll_left()), f64::from(el.scroll_top()), f64::from(el.client_width()), f64::from(el.client_height()));
        if self.viewport.try_get_untracked().is_some_and(|v| v != now) {
            self.viewport.set(now);
        }
    }

    /// Whether a node placed at `p` is drawn (tracked).
    pub fn shows(&self, p: Option<Place>) -> bool {
        let Some(p) = p else { return false };
        self.region.with(|r| r.is_none_or(|r| overlaps(r, (p.x, p.y, p.x + NODE_W, p.y + NODE_H))))
    }

    /// Whether the edge into a node placed at `p` is drawn (tracked): either end near view.
    pub fn shows_edge(&self, p: Option<Place>) -> bool {
        let Some((px, py)) = p.and_then(|p| p.parent) else { return false };
        self.shows(p) || self.shows(Some(Place { x: px, y: py, parent: None }))
    }
}

/// Whether two rectangles overlap.
fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The culling state of the canvas: measured on scroll (the canvas calls `measure`), on window
/// resize and after each zoom; the listener is removed on unmount.
pub fn use_culling(camera: Camera, Placement(frame): Placement) -> Culling {
    let viewport = RwSignal::new((0.0, 0.0, 0.0, 0.0));
    let region = Memo::new(move |_| {
        if frame.with(|f| f.order.len()) <= CULL_AT {
            return None;
        }
        // Before the first measurement, a typical canvas at the top left.
        let (left, top, w, h) = match viewport.get() {
            (_, _, w, h) if w <= 0.0 || h <= 0.0 => (0.0, 0.0, 440.0, 400.0),
            v => v,
        };
        let z = camera.zoom.get().max(0.01);
        let (left, top, w, h) = (left / z, top / z, w / z, h / z);
        let snap = |v: f64, up: bool| if up { (v / TILE).ceil() * TILE } else { (v / TILE).floor() * TILE };
        Some((snap(left - REACH * w, false), snap(top - REACH * h, false), snap(left + w + REACH * w, true), snap(top + h + REACH * h, true)))
    });
    let c = Culling { camera, viewport, region };
    Effect::new(move |_| {
        camera.zoom.track();
        frame.track();
        request_animation_frame(move || c.measure());
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| c.measure());
    on_cleanup(move || resize.remove());
    c
}
