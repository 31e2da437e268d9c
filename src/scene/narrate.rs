//! Words for what happened: the sentences the tree panel's live region reads out after each
//! action. Only sentences; times are written by `units`, plurals by `content::english`.

use super::absorb::Absorbed;
use super::record::GoState;
use super::state::Scene;
use super::units::clock;
use crate::content::english::count;
use crate::engine::{CancelReason, GoError, NodeId};

/// The words for one or more cancellation waves and what they woke.
pub fn describe_waves(scene: &Scene, a: &Absorbed, cause: Option<&str>) -> String {
    let mut parts = Vec::new();
    for w in &a.waves {
        let name = scene.name(w.origin);
        let parent = scene.engine().parent(w.origin).ok().flatten();
        let mut s = match w.reason {
            CancelReason::Deadline | CancelReason::PastDeadline => {
                let call = scene.label(w.origin).map_or("", |l| l.call.as_str());
                let under = parent.map(|p| format!(" under {}", scene.name(p))).unwrap_or_default();
                format!("{name} ({call}{under}): deadline exceeded")
            }
            CancelReason::CancelCauseFunc => match cause {
                Some(c) => format!("Cancelled {name} with cause {c:?}: context canceled"),
                None => format!("Cancelled {name} with a nil cause: context canceled"),
            },
            CancelReason::CancelFunc => format!("Cancelled {name}: {}", w.err),
        };
        s.push_str(&format!("; {} done", count(w.descendants, "descendant")));
        if let Some(p) = parent {
            s.push_str(&format!("; {} unaffected", scene.name(p)));
        }
        parts.push(s);
    }
    let mut out = parts.join(". ");
    if a.woken > 0 {
        out.push_str(&format!("; {} woke", count(a.woken, "goroutine")));
    }
    if a.started > 0 {
        out.push_str(&format!("; {} started", count(a.started, "AfterFunc")));
    }
    out
}

/// The words for a node just added.
pub fn describe_added(scene: &Scene, id: NodeId, a: &Absorbed) -> String {
    let Some(label) = scene.label(id) else { return String::new() };
    let parent = scene.engine().parent(id).ok().flatten();
    let under = parent.map(|p| format!(" under {}", scene.name(p))).unwrap_or_default();
    let mut s = format!("Added {}: {}{under}.", label.name, label.call);
    if a.collapsed {
        let d = scene.engine().deadline(id).ok().flatten().map(clock).unwrap_or_default();
        s.push_str(&format!(" Its parent's deadline is earlier, so Go returns WithCancel: it keeps {d}."));
    }
    match &a.born_done {
        Some(GoError::DeadlineExceeded) => s.push_str(" Born done: context deadline exceeded."),
        Some(e) => s.push_str(&format!(" Its parent is done, so it is born done: {e}.")),
        None if a.waves.iter().any(|w| w.reason == CancelReason::PastDeadline) => {
            s.push_str(" Its deadline has passed: born done with context deadline exceeded.")
        }
        None => {}
    }
    if label.dropped {
        s.push_str(" Its cancel func was discarded.");
    }
    s
}

/// The words for a goroutine just attached.
pub fn describe_goroutine(scene: &Scene, node: NodeId, state: &GoState, g: u64) -> String {
    let name = scene.name(node);
    match state {
        GoState::Waiting => format!("g{g} waits in a select on {name}'s Done."),
        GoState::Forever => format!("g{g} waits on {name}'s Done, which is nil: it waits forever."),
        GoState::Woken(_) => format!("{name} is already done: g{g}'s select returns at once."),
    }
}
