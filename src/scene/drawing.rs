//! The drawing's vocabulary: sizes, how a node looks ([`Look`]), where nodes sit ([`Frame`],
//! which changes only with the tree's shape) and what each shows ([`NodeDraw`], which changes
//! only when that node's revealed state does), and how a card's text wraps ([`card_lines`]).
//! Data and pure functions; `snapshot` computes it from a scene.

use std::collections::BTreeMap;

use crate::engine::NodeId;

/// Column width, row height and node box size, in SVG units. The card is narrow and tall:
/// the panel is short of width, not height, so a long line wraps rather than widening every
/// column.
pub const COL_W: f64 = 158.0;
/// Row height.
pub const ROW_H: f64 = 116.0;
/// Node box width.
pub const NODE_W: f64 = 150.0;
/// Node box height: the name band and [`CARD_LINES`] lines.
pub const NODE_H: f64 = 88.0;
/// Space around the drawing.
pub const MARGIN: f64 = 12.0;
/// Font size of a card's smallest text (its code lines), in SVG units; `style/tree.css` uses
/// the same.
pub const CODE_FONT: f64 = 11.0;
/// The zoom at which that text is 11 CSS px: the panel never opens a preset smaller.
pub const READABLE_ZOOM: f64 = 11.0 / CODE_FONT;
/// Characters of code font that fit a card's line, beside the goroutine chips.
pub const LINE_CHARS: usize = 20;
/// Lines a card has room for under its name.
pub const CARD_LINES: usize = 4;

/// How a node looks: by shape and text as well as colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// Background or TODO: never done.
    Root,
    /// A canceler whose Done is open.
    Open,
    /// A value node whose parent's Done is open.
    Value,
    /// WithoutCancel: never done.
    Detached,
    /// Done with `context canceled`.
    Canceled,
    /// Done with `context deadline exceeded`.
    Deadline,
}

impl Look {
    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Look::Root => "root",
            Look::Open => "open",
            Look::Value => "value",
            Look::Detached => "detached",
            Look::Canceled => "canceled",
            Look::Deadline => "deadline",
        }
    }
}

/// One goroutine chip beside a node.
#[derive(Clone, Debug, PartialEq)]
pub struct GoDraw {
    /// `g1`.
    pub label: String,
    /// Woken and exited (revealed).
    pub woke: bool,
    /// Waiting on a nil Done: forever.
    pub forever: bool,
}

/// Everything one node's drawing needs.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeDraw {
    /// The node.
    pub id: NodeId,
    /// Learner-facing name.
    pub name: String,
    /// The call: `WithTimeout 2s` (`→ WithCancel` when it collapsed).
    pub call: String,
    /// The parent is on the last lookup's path too.
    pub parent_on_path: bool,
    /// How it looks.
    pub look: Look,
    /// `Err: nil`, `context canceled`, `context deadline exceeded`.
    pub err: String,
    /// Its value, countdown or deadline.
    pub detail: String,
    /// Cancel func discarded and still registered (or its timer pending), or [`Self::leaked`].
    pub leak: bool,
    /// A program's main returned with this context open and its cancel func never called.
    pub leaked: bool,
    /// Its place on the last lookup's path.
    pub path: Option<usize>,
    /// The last lookup matched here.
    pub found: bool,
    /// Goroutines waiting on its Done.
    pub goroutines: Vec<GoDraw>,
    /// An AfterFunc is registered here: `Some(started)`.
    pub after_func: Option<bool>,
    /// The accessible name: `request: WithTimeout 2s, Err nil`.
    pub label: String,
}

/// Where one node sits, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Top-left corner.
    pub x: f64,
    /// Top-left corner.
    pub y: f64,
    /// The parent's top-left corner.
    pub parent: Option<(f64, f64)>,
}

/// The tree's shape as drawn: the same value until a node is added, removed or moved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// Nodes in tree order (the focus order).
    pub order: Vec<NodeId>,
    /// Each node's place.
    pub places: BTreeMap<NodeId, Place>,
    /// Drawing width.
    pub width: f64,
    /// Drawing height.
    pub height: f64,
}

/// The whole drawing at one `revealed` point: the frame and every node's drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Where nodes sit.
    pub frame: Frame,
    /// Each node's drawing.
    pub nodes: BTreeMap<NodeId, NodeDraw>,
}


/// `text` broken at spaces into lines of at most `width` characters; a longer word is split.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur: Vec<char> = Vec::new();
    for word in text.split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        while !word.is_empty() || cur.is_empty() {
            let fits = if cur.is_empty() { word.len() <= width } else { cur.len() + 1 + word.len() <= width };
            if fits {
                if !cur.is_empty() {
                    cur.push(' ');
                }
                cur.append(&mut word);
                break;
            }
            if cur.is_empty() {
                cur = word.drain(..width).collect();
            }
            lines.push(std::mem::take(&mut cur).into_iter().collect());
        }
    }
    lines.push(cur.into_iter().collect());
    lines
}

/// The card's lines under the name, as (CSS class, text): its call, `Err()` and detail, each
/// wrapped to two lines at most and to [`CARD_LINES`] in all (the detail, then the call, give
/// way first, ending in "…"). The words are the label's, so the accessible name still begins
/// with what is shown.
pub fn card_lines(n: &NodeDraw) -> Vec<(&'static str, String)> {
    let parts = [("call", &n.call), ("err", &n.err), ("detail", &n.detail)].map(|(c, t)| (c, t, wrap(t, LINE_CHARS)));
    let mut keep = parts.clone().map(|(_, _, l)| l.len().min(2));
    for i in [2, 0] {
        if keep.iter().sum::<usize>() > CARD_LINES {
            keep[i] = 1;
        }
    }
    let mut out = Vec::new();
    for ((class, text, mut lines), keep) in parts.into_iter().zip(keep) {
        if lines.len() > keep {
            lines.truncate(keep - 1);
            let used: usize = lines.iter().map(|l| l.chars().count()).sum();
            let rest: Vec<char> = text.chars().skip(used).collect::<String>().trim_start().chars().collect();
            lines.push(if rest.len() > LINE_CHARS { rest[..LINE_CHARS - 1].iter().chain(&['…']).collect() } else { rest.into_iter().collect() });
        }
        out.extend(lines.into_iter().map(|l| (class, l)));
    }
    out
}
