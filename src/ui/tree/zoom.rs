//! Zoom: fitting the tree to the drawing area, and the readable default a preset opens at.

use leptos::prelude::*;

use super::state::{Camera, Focus, Placement};
use crate::scene::drawing::{NODE_W, READABLE_ZOOM};

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
    /// Zooms so the whole tree fits the drawing area (never above 100%).
    pub fn fit(&self) {
        self.fit_at_least(0.05);
    }

    /// Multiplies the zoom by `f` (within 5% and 250%).
    pub fn scale(&self, f: f64) {
        self.camera.zoom.update(|z| *z = (*z * f).clamp(0.05, 2.5));
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
