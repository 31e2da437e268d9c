//! What a node shows besides its four lines: the state mark (a shape, not a colour), the leak
//! and lookup badges, the AfterFunc tag and goroutine chips, and the accessible name that
//! speaks them all.

use leptos::prelude::*;

use crate::content::english::count;
use crate::scene::drawing::{Look, NodeDraw, NODE_H, NODE_W};

/// The state mark drawn top-right, as a shape (no font needed): ✕ canceled, an hourglass for
/// deadline exceeded, a dot for open, a ring for roots, bars for values, a slashed ring for
/// WithoutCancel.
pub fn mark_path(look: Look) -> &'static str {
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
pub fn accessible_name(n: &NodeDraw) -> String {
    let mut name = n.label.clone();
    let shown = badge_texts(n);
    for text in shown.leak.iter().chain(&shown.lookup).chain(&shown.after).chain(&shown.chips).chain(&shown.more) {
        name.push_str(", ");
        name.push_str(text);
    }
    if n.leaked {
        name.push_str(", leaked: main returned without cancelling it");
    } else if n.leak {
        name.push_str(", its cancel func was discarded");
    }
    if !n.goroutines.is_empty() {
        name.push_str(&format!(", {}", count(n.goroutines.len(), "goroutine")));
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

/// Where goroutine chips sit: on the card's right edge, inside the gap to the next column.
const CHIP_X: f64 = NODE_W - 2.0;

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
pub fn badges(n: &NodeDraw) -> impl IntoView + use<> {
    let texts = badge_texts(n);
    let leak = texts.leak.map(|text| view! {
        <g class="badge leak-badge"><rect x="-8" y="-12" width="42" height="19" rx="9.5" /><text x="13" y="2" text-anchor="middle">{text}</text></g>
    });
    let lookup = texts.lookup.map(|text| view! {
        <g class="badge path-badge"><rect x=NODE_W - 64.0 y="-12" width="70" height="19" rx="9.5" /><text x=NODE_W - 29.0 y="2" text-anchor="middle">{text}</text></g>
    });
    let after = texts.after.map(|text| view! {
        <g class="badge after-badge"><rect x=NODE_W - 104.0 y=NODE_H - 9.0 width="92" height="18" rx="9" />
            <text x=NODE_W - 58.0 y=NODE_H + 4.0 text-anchor="middle">{text}</text></g>
    });
    let chips = n.goroutines.iter().zip(texts.chips).enumerate().map(|(i, (g, text))| {
        let class = if g.woke { "gor woke" } else if g.forever { "gor forever" } else { "gor waiting" };
        let cy = 30.0 + i as f64 * 22.0;
        view! {
            <g class=class><circle cx=CHIP_X cy=cy r="10" /><text x=CHIP_X y=cy + 3.5 text-anchor="middle">{text}</text></g>
        }
    }).collect_view();
    let more = texts.more.map(|text| view! {
        <text class="gor-more" x=NODE_W + 14.0 y=NODE_H - 4.0>{text}</text>
    });
    (leak, lookup, after, chips, more)
}
