//! Engine benchmark (`cargo bench --bench engine`): prints time per operation for building a
//! 10,000-node tree, cancelling its root, firing 10,000 staggered deadlines, and shows that
//! cancelling a subtree costs O(subtree) and a value lookup O(depth).
//!
//! The only place that reads a real clock is this file (`std::time::Instant`), never the engine.

use std::hint::black_box;
use std::time::Instant;

use context_lab::engine::{Duration, Engine, GoValue, NodeId, Time};

/// Best of `runs` timings of `f` (setup excluded), in nanoseconds.
fn best<S, T>(runs: usize, mut setup: impl FnMut() -> S, mut f: impl FnMut(S) -> T) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let s = setup();
        let t = Instant::now();
        let out = black_box(f(s));
        best = best.min(t.elapsed().as_nanos() as f64);
        drop(out); // Dropping a whole engine is not the operation being timed.
    }
    best
}

/// A pseudo-random tree of `n` nodes under one WithCancel root: cancel, value and far-deadline
/// nodes, each under a random earlier node (xorshift, fixed seed).
fn tree(n: usize) -> (Engine, NodeId) {
    let mut e = Engine::new();
    let bg = e.background();
    let root = e.with_cancel(bg).expect("root");
    let mut ids = vec![root];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    while ids.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let p = ids[(x % ids.len() as u64) as usize];
        let id = match x % 3 {
            0 => e.with_cancel(p),
            1 => e.with_value(p, GoValue::int(ids.len() as i64), GoValue::Nil),
            _ => e.with_timeout(p, Duration::HOUR),
        }
        .expect("live parent");
        ids.push(id);
    }
    (e, root)
}

/// A balanced-ish subtree of `n` WithCancel nodes under `parent` (4 children each).
fn subtree(e: &mut Engine, parent: NodeId, n: usize) -> NodeId {
    let top = e.with_cancel(parent).expect("live");
    let mut queue = std::collections::VecDeque::from([top]);
    let mut made = 1;
    while let Some(p) = queue.pop_front() {
        for _ in 0..4 {
            if made == n {
                return top;
            }
            let c = e.with_cancel(p).expect("live");
            queue.push_back(c);
            made += 1;
        }
    }
    top
}

fn main() {
    const N: usize = 10_000;
    println!("context engine benchmark (release build, best of several runs)");
    println!("size of one Event: {} bytes\n", std::mem::size_of::<context_lab::engine::Event>());

    let build = best(5, || (), |_| tree(N));
    println!("build a {N}-node tree           {:>9.1} µs total  {:>7.1} ns/node", build / 1e3, build / N as f64);

    let cancel = best(5, || tree(N), |(mut e, root)| {
        let n = e.cancel(root).map(|w| w.closed.len());
        (e, n)
    });
    println!("cancel its root ({N} nodes)     {:>9.1} µs total  {:>7.1} ns/node", cancel / 1e3, cancel / N as f64);

    let setup = || {
        let mut e = Engine::new();
        let bg = e.background();
        for i in 0..N {
            let parent = e.with_cancel(bg).expect("live");
            e.with_timeout(parent, Duration::from_millis(i as i64 + 1)).expect("live");
        }
        e
    };
    let fire = best(5, setup, |mut e| {
        let n = e.advance_to(Time(Duration::SECOND.0 * 20)).map(|w| w.closed.len());
        (e, n)
    });
    println!("fire {N} staggered deadlines    {:>9.1} µs total  {:>7.1} ns/deadline (one advance_to)", fire / 1e3, fire / N as f64);
    let step = best(5, setup, |mut e| {
        let mut k = 0;
        while e.step().is_some() {
            k += 1;
        }
        (e, k)
    });
    println!("  ...stepped one at a time        {:>9.1} µs total  {:>7.1} ns/deadline (step)", step / 1e3, step / N as f64);

    println!("\ncancel a subtree of size k inside a 20,000-node forest (O(subtree)):");
    for k in [100, 1_000, 10_000] {
        let setup = || {
            let (mut e, root) = tree(20_000);
            let top = subtree(&mut e, root, k);
            // The UI drains the log as it animates; a full log would time its reallocation.
            e.drain_events();
            (e, top)
        };
        let t = best(7, setup, |(mut e, top)| {
            let n = e.cancel(top).map(|w| w.closed.len());
            (e, n)
        });
        println!("  k = {k:>6}   {:>9.1} µs   {:>6.1} ns/node", t / 1e3, t / k as f64);
    }

    println!("\nValue(key) found at the root of a chain of depth d (O(depth)):");
    for d in [10, 100, 1_000, 10_000] {
        let mut e = Engine::new();
        let bg = e.background();
        let key = GoValue::typed_string("main.key", "k");
        let mut leaf = e.with_value(bg, key.clone(), GoValue::string("v")).expect("live");
        for i in 1..d {
            leaf = e.with_value(leaf, GoValue::int(i as i64), GoValue::Nil).expect("live");
        }
        let reps = 100_000 / d;
        let t = best(5, || (), |_| {
            for _ in 0..reps {
                black_box(e.peek_value(leaf, &key).map(|l| l.path.len()).ok());
            }
        }) / reps as f64;
        println!("  d = {d:>6}   {:>9.2} µs/lookup   {:>6.1} ns/level", t / 1e3, t / d as f64);
    }
}
