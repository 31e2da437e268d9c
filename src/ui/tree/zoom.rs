//! Zoom: fitting the tree to the drawing area, and the readable default a preset opens at.

use leptos::prelude::*;

use super::state::{Camera, Focus, Placement};
use crate::scene::drawing::{NODE_H, NODE_W, READABLE_ZOOM};
use crate::ui::tree_opener::is_narrow;

/// The smallest height, in CSS px, of a node on a phone or a touch screen: a finger's target.
pub const TAP_TARGET: f64 = 44.0;

/// The smallest zoom: nodes stay [`TAP_TARGET`] tall on a narrow or touch screen; with a
/// mouse, a large tree may shrink to 5% to be seen whole.
fn min_zoom() -> f64 {
    let touch = web_sys::window()
        .and_then(|w| w.match_media("(pointer: coarse)").ok().flatten())
        .is_some_and(|m| m.matches());
    if touch || is_narrow() { TAP_TARGET / NODE_H } else { 0.05 }
}

/// Fits the drawing to the area: what the Fit button and a newly loaded tree use. A copyable
/// handle.
#[derive(Clone, Copy)]
pub struct Zoom {
    /// The drawing area and its scale.
    pub camera: Camera,
    /// Where nodes sit.
    pub placement: Placement,
    /// The selected node, which a readable fit centres.
    pub focus: Focus,
}

impl Zoom {
    /// Zooms so the whole tree fits the drawing area (never above 100%, nor below the
    /// smallest zoom: on a phone, pan to see the rest).
    pub fn fit(&self) {
        self.fit_at_least(min_zoom());
    }

    /// Multiplies the zoom by `f` (from the smallest zoom to 250%); keeps the point at
    /// `(x, y)` of the drawing area (CSS px from its top left) where it was, else its centre.
    pub fn scale(&self, f: f64) {
        self.scale_about(f, None);
    }

    /// [`Zoom::scale`] about a point of the drawing area (a pinch's midpoint).
    pub fn scale_about(&self, f: f64, at: Option<(f64, f64)>) {
        let old = self.camera.zoom.get_untracked();
        let new = (old * f).clamp(min_zoom(), 2.5);
        if (new - old).abs() < f64::EPSILON {
            return;
        }
        let Some(el) = self.camera.canvas.get_untracked() else {
            self.camera.zoom.set(new);
            return;
        };
        let (x, y) = at.unwrap_or((f64::from(el.client_width()) / 2.0, f64::from(el.client_height()) / 2.0));
        // The drawing point under (x, y), in SVG units, stays under it.
        let (px, py) = ((f64::from(el.scroll_left()) + x) / old, (f64::from(el.scroll_top()) + y) / old);
        self.camera.zoom.set(new);
        let el2 = el.clone();
        let place = move || {
            el2.set_scroll_left((px * new - x).max(0.0) as i32);
            el2.set_scroll_top((py * new - y).max(0.0) as i32);
        };
        // The SVG takes its new size when the zoom's effect has run.
        request_animation_frame(place);
    }

    /// Fits, but keeps the cards' smallest text at 11 CSS px at least ([`READABLE_ZOOM`]), then
    /// scrolls so the selected node is in the middle: the rest is a pan away.
    pub fn fit_readable(&self) {
        self.fit_at_least(READABLE_ZOOM);
        let z = *self;
        // After the SVG has its new size, or the scroll would be clamped to the old one.
        request_animation_frame(move || z.centre_selected());
    }

    /// Fits, but keeps text readable: never below `floor` (pan to see the rest).
    fn fit_at_least(&self, floor: f64) {
        let Some(el) = self.camera.canvas.get_untracked() else { return };
        let (w, h) = self.placement.0.with_untracked(|f| (f.width, f.height));
        let fit = ((f64::from(el.client_width()) - 8.0) / w).min((f64::from(el.client_height()) - 8.0) / h);
        self.camera.zoom.set(fit.clamp(floor, 1.0));
    }

    /// Scrolls the drawing area so the selected node (else the first) is centred across and
    /// shown from the top.
    fn centre_selected(&self) {
        let Some(el) = self.camera.canvas.get_untracked() else { return };
        let frame = self.placement.0;
        let id = self.focus.selected.get_untracked().or_else(|| frame.with_untracked(|f| f.order.first().copied()));
        let Some(place) = id.and_then(|id| frame.with_untracked(|f| f.places.get(&id).copied())) else { return };
        let z = self.camera.zoom.get_untracked();
        let centre = (place.x + NODE_W / 2.0) * z;
        el.set_scroll_left((centre - f64::from(el.client_width()) / 2.0).max(0.0) as i32);
        el.set_scroll_top(0);
    }
}
