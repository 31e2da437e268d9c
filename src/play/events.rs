//! A run's trace as the events a learner follows ([`Entry`]), each in plain words with its
//! virtual time, goroutine and source line: contexts made, cancelled and timed out,
//! goroutines started, blocked (on what), woken (by what) and exited, and prints. Channel
//! operations, timers and the engine's bookkeeping are folded into the words of the events
//! they explain ("woke: its sleep ended"), not listed.

use std::collections::HashMap;

use crate::engine::{Duration, Time};
use crate::scene::units::clock;

use super::replay::{Op, Step};
use super::wire::{Ev, TraceEvent};

/// At most this many events are listed; the rest of a longer run is folded into its end.
pub const MAX_ENTRIES: usize = 1500;

/// What kind of event an [`Entry`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A context was made.
    Made,
    /// A cancel func was called.
    Cancelled,
    /// A context's deadline passed.
    TimedOut,
    /// A goroutine started.
    Started,
    /// A goroutine blocked.
    Blocked,
    /// A blocked goroutine can run again.
    Woke,
    /// A goroutine other than main exited.
    Exited,
    /// The program printed.
    Printed,
    /// The run ended (main returned, or a panic, a fatal error, a limit).
    Ended,
}

/// One event of the run, as the timeline lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Virtual time, ns since the run started.
    pub at: i64,
    /// The goroutine it is about (1 is main; 0 the runtime: a deadline firing).
    pub goroutine: u64,
    /// The source line it happened at (0: none, e.g. a deadline firing).
    pub line: u32,
    /// Its kind.
    pub kind: Kind,
    /// What happened, in plain words: `made ctx: WithTimeout 2s, under background`.
    pub text: String,
    /// The run's id of the context it is about.
    pub node: Option<u32>,
    /// How many replay steps have happened once it has.
    pub steps: usize,
    /// How many prints have happened once it has.
    pub prints: usize,
}

impl Entry {
    /// The whole line as listed: `t=300ms · g1 · line 36: made ctx: ...`.
    pub fn describe(&self) -> String {
        let who = match self.goroutine {
            0 => "runtime".to_string(),
            g => format!("g{g}"),
        };
        let line = if self.line > 0 { format!(" · line {}", self.line) } else { String::new() };
        format!("{} · {who}{line}: {}", clock(Time::from_nanos(self.at)), self.text)
    }
}

/// A context of the run as the events speak of it.
struct Ctx {
    name: String,
    call: String,
    parent: Option<u32>,
    /// Its Done has closed.
    closed: bool,
}

/// The run's contexts, from the replay's steps.
struct Names(HashMap<u32, Ctx>);

impl Names {
    fn name(&self, id: u32) -> &str {
        self.0.get(&id).map_or("a context", |n| n.name.as_str())
    }

    fn closed(&self, id: u32) -> bool {
        self.0.get(&id).is_some_and(|n| n.closed)
    }
}

/// What the events remember of a goroutine: the Dones it registered on since it last ran, the
/// line, Dones and reason it is parked with, when its last timer fires, its last channel
/// operation.
#[derive(Default)]
struct G {
    waits: Vec<u32>,
    parked: (u32, Vec<u32>, String),
    timer: Option<i64>,
    chan: Option<String>,
}

/// Reads `events` (with `marks`, the steps after each, from `Replay::marked`) into at most
/// [`MAX_ENTRIES`] entries, and how many more there were. `prints` receives every print, in
/// order.
pub fn read(events: &[TraceEvent], steps: &[Step], marks: &[usize], prints: &mut Vec<(u8, String)>) -> (Vec<Entry>, usize) {
    let mut names = Names(
        steps
            .iter()
            .filter_map(|s| match &s.op {
                Op::Add { id, name, kind, args, parent } => {
                    Some((*id, Ctx { name: name.clone(), call: crate::scene::call_label(*kind, args), parent: *parent, closed: false }))
                }
                _ => None,
            })
            .collect(),
    );
    let mut out = Vec::new();
    let mut gs: HashMap<u64, G> = HashMap::new();
    let mut folded = 0;
    for (i, e) in events.iter().enumerate() {
        if out.len() >= MAX_ENTRIES {
            // Past the list's end only the output is kept (the end shows it all).
            match &e.kind {
                Ev::Print { fd, text } => prints.push((*fd, text.clone())),
                Ev::TimerSet { .. } | Ev::TimerFired(_) | Ev::Chan { .. } | Ev::Context { .. } => continue,
                _ => {}
            }
            folded += 1;
            continue;
        }
        let entry = |goroutine: u64, line: u32, kind: Kind, text: String, node: Option<u32>| Entry {
            at: e.time,
            goroutine,
            line,
            kind,
            text,
            node,
            steps: marks.get(i).copied().unwrap_or(0),
            prints: 0,
        };
        let made = match &e.kind {
            Ev::Print { fd, text } => {
                prints.push((*fd, text.clone()));
                let shown = short(text);
                let to = if *fd == 2 { "printed to stderr" } else { "printed" };
                Some(entry(e.goroutine, e.line, Kind::Printed, format!("{to} {shown}"), None))
            }
            Ev::GoStart { id, func } => {
                let text = if *id == 1 { "main started".to_string() } else { format!("g{} started g{id} running {func}", e.goroutine) };
                Some(entry(*id, e.line, Kind::Started, text, None))
            }
            Ev::TimerSet { at, .. } => {
                gs.entry(e.goroutine).or_default().timer = Some(*at);
                None
            }
            Ev::Chan { op, .. } => {
                gs.entry(e.goroutine).or_default().chan = Some(op.clone());
                None
            }
            Ev::GoPark(reason) => {
                let g = gs.entry(e.goroutine).or_default();
                let on = std::mem::take(&mut g.waits);
                let text = blocked(reason, &on, &names, g.timer, e.time);
                let node = on.first().copied();
                g.parked = (e.line, on, reason.clone());
                Some(entry(e.goroutine, e.line, Kind::Blocked, text, node))
            }
            Ev::GoWake(g) => {
                let (line, on, reason) = gs.get_mut(g).map(|x| std::mem::take(&mut x.parked)).unwrap_or_default();
                let by_done = on.iter().copied().find(|&n| names.closed(n));
                let text = match by_done {
                    Some(n) => format!("g{g} woke: {}'s Done closed", names.name(n)),
                    None => format!("g{g} woke: {}", woken_by(&reason, e.goroutine, gs.get(&e.goroutine).and_then(|x| x.chan.as_deref()))),
                };
                Some(entry(*g, line, Kind::Woke, text, by_done))
            }
            Ev::GoExit if e.goroutine != 1 => Some(entry(e.goroutine, e.line, Kind::Exited, format!("g{} exited", e.goroutine), None)),
            Ev::GoExit => None,
            Ev::Context { op, nodes } => {
                let Some(&id) = nodes.first() else { continue };
                match op.as_str() {
                    "wait" => {
                        gs.entry(e.goroutine).or_default().waits.push(id);
                        None
                    }
                    "cancel" | "propagate" | "deadline" => {
                        if let Some(c) = names.0.get_mut(&id) {
                            c.closed = true;
                        }
                        let done = descendants(events, i + 1);
                        match op.as_str() {
                            "cancel" if e.goroutine != 0 => {
                                let text = format!("called cancel on {}: it is done, context canceled{done}", names.name(id));
                                Some(entry(e.goroutine, e.line, Kind::Cancelled, text, Some(id)))
                            }
                            "deadline" => {
                                let text = format!("{}'s deadline passed: context deadline exceeded{done}", names.name(id));
                                Some(entry(0, 0, Kind::TimedOut, text, Some(id)))
                            }
                            _ => None,
                        }
                    }
                    _ => names.0.get(&id).filter(|_| crate::engine::ContextKind::from_go_name(op).is_some()).map(|c| {
                        let under = c.parent.map(|p| format!(", under {}", names.name(p))).unwrap_or_default();
                        entry(e.goroutine, e.line, Kind::Made, format!("made {}: {}{under}", c.name, c.call), Some(id))
                    }),
                }
            }
            Ev::TimerFired(_) => None,
        };
        if let Some(mut m) = made {
            m.prints = prints.len();
            out.push(m);
        }
    }
    (out, folded)
}

/// `, and 2 descendants` for the propagations that follow event `from`.
fn descendants(events: &[TraceEvent], from: usize) -> String {
    let n = events[from.min(events.len())..].iter().take_while(|e| matches!(&e.kind, Ev::Context { op, .. } if op == "propagate")).count();
    match n {
        0 => String::new(),
        n => format!(", and {} below it", crate::content::english::count(n, "context")),
    }
}

/// Why a goroutine blocked, in words.
fn blocked(reason: &str, on: &[u32], names: &Names, timer: Option<i64>, now: i64) -> String {
    let dones = on.iter().map(|&n| format!("{}.Done()", names.name(n))).collect::<Vec<_>>().join(" and ");
    match reason {
        "select" if !on.is_empty() => format!("blocked in a select: waiting on {dones} or a channel"),
        "select" => "blocked in a select, waiting on its channels".into(),
        "chan receive" if !on.is_empty() => format!("blocked: waiting on {dones}"),
        "chan receive" => "blocked receiving from a channel".into(),
        "chan send" => "blocked sending on a channel (no receiver ready)".into(),
        "sleep" => match timer {
            Some(at) if at >= now => format!("sleeping for {}", Duration::from_nanos(at - now)),
            _ => "sleeping".into(),
        },
        "sync.WaitGroup.Wait" => "blocked in wg.Wait(): waiting for the WaitGroup's goroutines".into(),
        "sync.Mutex.Lock" => "blocked waiting for a mutex".into(),
        r if r.contains("nil chan") => "blocked forever on a nil channel".into(),
        r if r.contains("no cases") => "blocked forever: a select with no cases".into(),
        r => format!("blocked ({r})"),
    }
}

/// What woke a goroutine blocked for `reason`, from the waker (0: the runtime's timers).
fn woken_by(reason: &str, waker: u64, chan: Option<&str>) -> String {
    match (reason, waker) {
        ("sleep", _) => "its sleep ended".into(),
        (_, 0) => "a timer fired".into(),
        ("sync.WaitGroup.Wait", w) => format!("g{w} called Done and the WaitGroup reached zero"),
        ("sync.Mutex.Lock", w) => format!("g{w} unlocked the mutex"),
        (_, w) => match chan {
            Some("send") => format!("g{w} sent on a channel it waited on"),
            Some("close") => format!("g{w} closed a channel it waited on"),
            Some("recv") => format!("g{w} received from a channel it waited on"),
            _ => format!("g{w} let it continue"),
        },
    }
}

/// A print as listed: quoted, one line, at most 60 characters.
fn short(text: &str) -> String {
    let one = text.trim_end_matches('\n').replace('\n', "⏎");
    let cut: String = one.chars().take(60).collect();
    let more = if one.chars().count() > 60 { "…" } else { "" };
    format!("\"{cut}{more}\"")
}
