//! A node's card: box, name, state mark, its call, `Err()` and detail (wrapped to the card's
//! width by `scene::drawing::card_lines`), and its badges.

use leptos::prelude::*;

use super::badges::{badges, mark_path};
use super::node_signals::DrawSignal;
use crate::scene::drawing::{card_lines, NodeDraw, CARD_LINES, NODE_H, NODE_W};

/// Left padding of the text.
const PAD: f64 = 8.0;
/// Baseline of the name.
const NAME_Y: f64 = 18.0;
/// Where the lines under the name start, and their height.
const BODY_TOP: f64 = 25.0;
/// Line height under the name.
const LINE_H: f64 = 14.5;

/// `s` cut to `n` characters with an ellipsis.
fn fit(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).chain(['…']).collect() }
}

/// A reactive reader of one text of the node's drawing (empty once the node is gone).
pub fn reader(d: &DrawSignal, f: fn(&NodeDraw) -> String) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let d = d.clone();
    move || d.with(|n| n.as_ref().map(f).unwrap_or_default())
}

/// What a node shows: box, name, state mark, call, `Err()`, detail and badges.
pub fn card(d: &DrawSignal) -> impl IntoView + use<> {
    let with = |f| reader(d, f);
    let lines = {
        let d = d.clone();
        move || {
            let lines = d.with(|n| n.as_ref().map(card_lines).unwrap_or_default());
            // Fewer lines than the card has room for sit in the middle of the space.
            let top = BODY_TOP + (CARD_LINES.saturating_sub(lines.len()) as f64) * LINE_H / 2.0 + LINE_H - 3.0;
            lines
                .into_iter()
                .enumerate()
                .map(|(i, (class, text))| view! { <text class=class x=PAD y=top + i as f64 * LINE_H>{text}" "</text> })
                .collect_view()
        }
    };
    let d = d.clone();
    view! {
        <rect class="focus-ring" x="-6" y="-6" width=NODE_W + 12.0 height=NODE_H + 12.0 rx="14" />
        <rect class="box" width=NODE_W height=NODE_H rx="10" />
        // Each line ends with a space so the node's text reads as words, as its name does.
        <text class="name" x=PAD y=NAME_Y>{with(|n| fit(&n.name, 16))}" "</text>
        <path class="mark" transform=format!("translate({} 13)", NODE_W - 13.0) d=with(|n| mark_path(n.look).to_string()) />
        {lines}
        {move || d.with(|n| n.as_ref().map(badges))}
    }
}
