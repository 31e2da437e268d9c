//! Tree layout: where each node sits, top-down. Deterministic; generic over the id type.
//!
//! Every leaf gets its own column, in tree order; a node sits centred over the columns of its
//! subtree's leaves; roots follow each other left to right. So two nodes of one row are at least a
//! column apart (their subtrees own disjoint column ranges), and adding a last child under a node
//! moves nothing outside it by more than one column: the subtrees to its right shift by one, the
//! ancestors (whose range grows by one column) by half.
//! This is what keeps the drawing stable while a learner builds it.

use std::collections::BTreeMap;

/// Positions in layout units: `x` in columns (halves happen), `y` in rows (the depth).
#[derive(Clone, Debug, PartialEq)]
pub struct Layout<I: Ord> {
    /// Each node's (column, row).
    pub pos: BTreeMap<I, (f64, u32)>,
    /// How many columns the forest spans.
    pub columns: u32,
    /// How many rows it spans.
    pub rows: u32,
}

/// Lays out the forest under `roots`; `children(n)` lists a node's children in order.
///
/// O(nodes). Iterative, so a chain of thousands of nodes cannot overflow the stack.
///
/// ```
/// use context_lab::scene::layout::layout;
/// let kids = |n: u32| if n == 0 { vec![1, 2] } else { vec![] };
/// let l = layout(&[0], kids);
/// assert_eq!(l.pos[&0], (0.5, 0));
/// assert_eq!((l.pos[&1], l.pos[&2]), ((0.0, 1), (1.0, 1)));
/// ```
pub fn layout<I: Ord + Copy>(roots: &[I], children: impl Fn(I) -> Vec<I>) -> Layout<I> {
    let mut pos = BTreeMap::new();
    // Each placed node's leaf-column range (lo, hi).
    let mut range: BTreeMap<I, (u32, u32)> = BTreeMap::new();
    let mut next_col = 0u32;
    let mut rows = 0u32;
    // (node, depth, children, expanded?)
    let mut stack: Vec<(I, u32, Vec<I>, bool)> = roots.iter().rev().map(|&r| (r, 0, Vec::new(), false)).collect();
    while let Some((node, depth, kids, expanded)) = stack.pop() {
        rows = rows.max(depth + 1);
        if !expanded {
            let kids = children(node);
            if kids.is_empty() {
                pos.insert(node, (f64::from(next_col), depth));
                range.insert(node, (next_col, next_col));
                next_col += 1;
                continue;
            }
            stack.push((node, depth, kids.clone(), true));
            stack.extend(kids.iter().rev().map(|&k| (k, depth + 1, Vec::new(), false)));
            continue;
        }
        let lo = kids.first().and_then(|k| range.get(k)).map_or(0, |r| r.0);
        let hi = kids.last().and_then(|k| range.get(k)).map_or(lo, |r| r.1);
        range.insert(node, (lo, hi));
        pos.insert(node, (f64::from(lo + hi) / 2.0, depth));
    }
    Layout { pos, columns: next_col, rows }
}
