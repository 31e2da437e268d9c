//! The tree layout: no overlaps, determinism, and stability when a last sibling is added,
//! over random forests of up to 200 nodes (a small seeded generator, no extra crates); and the
//! drawing's incremental update: a wave step changes only the nodes it reveals.

use context_lab::scene::layout::{layout, Layout};
use context_lab::scene::snapshot::{frame, node_draws, snapshot};
use context_lab::scene::{apply, Action, Scene};
use std::collections::BTreeMap;

/// A seeded xorshift: the same trees on every run.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// A random forest: node 0 and sometimes a second root; each other node picks an earlier parent.
fn random_tree(rng: &mut Rng, n: u32) -> (Vec<u32>, BTreeMap<u32, Vec<u32>>) {
    let mut kids: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    let mut roots = vec![0];
    for i in 1..n {
        if rng.below(40) == 0 {
            roots.push(i);
        } else {
            // Bias towards recent nodes for deep trees, sometimes wide ones.
            let p = if rng.below(2) == 0 { rng.below(u64::from(i)) } else { u64::from(i) - 1 - rng.below(u64::from(i).min(5)) };
            kids.entry(p as u32).or_default().push(i);
        }
    }
    (roots, kids)
}

fn run(roots: &[u32], kids: &BTreeMap<u32, Vec<u32>>) -> Layout<u32> {
    layout(roots, |n| kids.get(&n).cloned().unwrap_or_default())
}

fn check_no_overlap(l: &Layout<u32>) {
    let mut rows: BTreeMap<u32, Vec<f64>> = BTreeMap::new();
    for &(x, y) in l.pos.values() {
        rows.entry(y).or_default().push(x);
    }
    for xs in rows.values_mut() {
        xs.sort_by(f64::total_cmp);
        for w in xs.windows(2) {
            assert!(w[1] - w[0] >= 1.0, "two nodes of a row closer than a column: {w:?}");
        }
    }
}

#[test]
fn no_two_nodes_overlap_in_random_trees_up_to_200_nodes() {
    let mut rng = Rng(0x5eed);
    for n in (1..=200).step_by(7) {
        let (roots, kids) = random_tree(&mut rng, n);
        let l = run(&roots, &kids);
        assert_eq!(l.pos.len(), n as usize, "every node placed");
        check_no_overlap(&l);
        for (p, cs) in &kids {
            for c in cs {
                assert_eq!(l.pos[c].1, l.pos[p].1 + 1, "a child is one row below its parent");
            }
        }
    }
}

#[test]
fn layout_is_deterministic() {
    let (roots, kids) = random_tree(&mut Rng(42), 150);
    assert_eq!(run(&roots, &kids), run(&roots, &kids));
}

#[test]
fn adding_a_last_sibling_moves_nothing_outside_its_parents_subtree_by_more_than_a_column() {
    let mut rng = Rng(7);
    for n in (2..=200).step_by(5) {
        let (roots, mut kids) = random_tree(&mut rng, n);
        let before = run(&roots, &kids);
        let parent = rng.below(u64::from(n)) as u32;
        kids.entry(parent).or_default().push(n);
        let after = run(&roots, &kids);
        check_no_overlap(&after);
        let mut inside = vec![parent];
        let mut i = 0;
        while i < inside.len() {
            inside.extend(kids.get(&inside[i]).cloned().unwrap_or_default());
            i += 1;
        }
        for (id, &(x, y)) in &before.pos {
            let (x2, y2) = after.pos[id];
            assert_eq!(y, y2, "rows never change");
            if !inside.contains(id) {
                assert!((x2 - x).abs() <= 1.0, "node {id} outside the subtree moved {} columns", x2 - x);
            }
        }
    }
}

#[test]
fn a_deep_chain_does_not_overflow_the_stack() {
    let kids: BTreeMap<u32, Vec<u32>> = (0..20_000).map(|i| (i, vec![i + 1])).collect();
    let l = run(&[0], &kids);
    assert_eq!(l.rows, 20_001);
    assert_eq!(l.columns, 1);
}


#[test]
fn a_wave_step_changes_only_the_nodes_it_reveals_and_moves_nothing() {
    let mut lab = Scene::grow(300);
    let ids: Vec<_> = lab.ids().into_iter().collect();
    for &id in ids.iter().step_by(9) {
        apply(&mut lab, Action::AttachGoroutine(id)).expect("attach");
    }
    for &id in ids.iter().skip(4).step_by(13) {
        apply(&mut lab, Action::RegisterAfterFunc(id)).expect("AfterFunc");
    }
    let mut revealed = lab.next_seq();
    let before = frame(&lab);
    let root = lab.find("root").expect("root");
    apply(&mut lab, Action::Cancel(root)).expect("cancel");
    assert_eq!(frame(&lab), before, "a wave moves no node");
    // A change to the lab redraws every node (as the panel does); then each step only its own.
    let mut shown = snapshot(&lab, revealed).nodes;
    let mut steps = 0;
    while revealed < lab.next_seq() {
        let next = lab.reveal_after(revealed, 25);
        for (id, draw) in node_draws(&lab, next, lab.revealed_between(revealed, next)) {
            shown.insert(id, draw.expect("a live node"));
        }
        revealed = next;
        steps += 1;
        let full = snapshot(&lab, revealed).nodes;
        let wrong = full.iter().find(|(id, d)| shown.get(id) != Some(d));
        assert!(wrong.is_none(), "after step {steps}, updating only the revealed nodes missed {wrong:?}");
    }
    assert!(steps > 5, "the wave took {steps} steps");
}
