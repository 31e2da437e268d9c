//! Words for what happened: the sentences the aria-live region reads out, and the small time and
//! key formats the nodes show. Pure.

use super::events::{Absorbed, GoState};
use super::lab::Lab;
use crate::content::presets::KeyType;
use crate::engine::{CancelReason, Duration, GoError, NodeId, Time};

/// `1 descendant`, `3 descendants`.
pub fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

/// How a key reads in Go source: `ctxKey("requestID")` or `"requestID"`.
pub fn key_source(ty: KeyType, key: &str) -> String {
    ty.source(key)
}

/// A virtual instant as the panel shows it: `t=2s`, `t=1.25s`.
pub fn clock(t: Time) -> String {
    format!("t={}", Duration::from_millis(t.nanos() / 1_000_000))
}

/// A countdown to the tenth of a second: `1.4s left`, or `due` once reached.
pub fn countdown(d: Duration) -> String {
    let tenths = (d.nanos() + 99_999_999) / 100_000_000;
    if tenths <= 0 { "due".into() } else { format!("{}.{}s left", tenths / 10, tenths % 10) }
}

/// Reads a Go-style duration typed by the learner: `300ms`, `2s`, `1.5s`, `1m`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let scale = match unit.trim() {
        "ms" => 1e6,
        "s" | "" => 1e9,
        "m" => 60e9,
        _ => return Err(format!("Could not read {t:?} as a duration: write it like 300ms or 2s.")),
    };
    match num.parse::<f64>() {
        Ok(v) if v.is_finite() && v * scale < 1e15 => Ok(Duration::from_nanos((v * scale).round() as i64)),
        _ => Err(format!("Could not read {t:?} as a duration: write it like 300ms or 2s.")),
    }
}

/// The words for one or more cancellation waves and what they woke.
pub fn describe_waves(lab: &Lab, a: &Absorbed, cause: Option<&str>) -> String {
    let mut parts = Vec::new();
    for w in &a.waves {
        let name = lab.name(w.origin);
        let parent = lab.engine().parent(w.origin).ok().flatten();
        let mut s = match w.reason {
            CancelReason::Deadline | CancelReason::PastDeadline => {
                let call = lab.info(w.origin).map_or("", |i| i.call.as_str());
                let under = parent.map(|p| format!(" under {}", lab.name(p))).unwrap_or_default();
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
            s.push_str(&format!("; {} unaffected", lab.name(p)));
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
pub fn describe_added(lab: &Lab, id: NodeId, a: &Absorbed) -> String {
    let Some(info) = lab.info(id) else { return String::new() };
    let parent = lab.engine().parent(id).ok().flatten();
    let under = parent.map(|p| format!(" under {}", lab.name(p))).unwrap_or_default();
    let mut s = format!("Added {}: {}{under}.", info.name, info.call);
    if a.collapsed {
        let d = lab.engine().deadline(id).ok().flatten().map(clock).unwrap_or_default();
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
    if info.dropped {
        s.push_str(" Its cancel func was discarded.");
    }
    s
}

/// The words for a goroutine just attached.
pub fn describe_goroutine(lab: &Lab, node: NodeId, state: &GoState, g: u64) -> String {
    let name = lab.name(node);
    match state {
        GoState::Waiting => format!("g{g} waits in a select on {name}'s Done."),
        GoState::Forever => format!("g{g} waits on {name}'s Done, which is nil: it waits forever."),
        GoState::Woken(_) => format!("{name} is already done: g{g}'s select returns at once."),
    }
}
