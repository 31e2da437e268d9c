//! The trace: what a run did, as events with virtual time, goroutine and source position.
//!
//! Owns [`Event`] and [`EventKind`] and their JSON-lines form (`gorun --trace`). The page animates
//! and replays from these; they are compact (ids and numbers; names appear once, when created).

use super::ast::Pos;

/// One thing that happened during a run.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Virtual time in nanoseconds since the run started.
    pub time: i64,
    /// The goroutine that did it (1 is main; 0 is the runtime, e.g. a timer firing).
    pub goroutine: u64,
    /// Where in the source (0:0 when not from a source line).
    pub pos: Pos,
    /// What happened.
    pub kind: EventKind,
}

/// What happened.
#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// A goroutine started running function `func`.
    GoStart {
        /// The new goroutine's id.
        id: u64,
        /// Its function's name.
        func: String,
    },
    /// A goroutine blocked (`reason` as Go's traceback says: `chan receive`, `select`, `sleep`...).
    GoPark {
        /// Why.
        reason: String,
    },
    /// A parked goroutine became runnable.
    GoWake {
        /// The goroutine woken.
        id: u64,
    },
    /// A goroutine finished.
    GoExit,
    /// A channel operation completed: `send`, `recv`, `close`.
    Chan {
        /// The operation.
        op: &'static str,
        /// The channel's id.
        chan: u64,
    },
    /// A timer was set for `at` (sleep, After, timer, ticker, AfterFunc).
    TimerSet {
        /// The timer's id.
        id: u64,
        /// When it fires, virtual ns.
        at: i64,
    },
    /// A timer fired.
    TimerFired {
        /// The timer's id.
        id: u64,
    },
    /// A context operation through the engine (`WithCancel`, `cancel`, `Done`, `Err`, `Value`...)
    /// with the context node ids involved and the engine's description.
    Context {
        /// The operation.
        op: String,
        /// Nodes involved (the new node first for constructors).
        nodes: Vec<u32>,
        /// The engine's event kinds for this operation, as text.
        detail: String,
    },
    /// Output written to stdout (1) or stderr (2).
    Print {
        /// 1 or 2.
        fd: u8,
        /// The bytes written.
        text: String,
    },
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

impl Event {
    /// One line of JSON: `{"t":..,"g":..,"pos":"L:C","ev":"...",...}`.
    pub fn to_json(&self) -> String {
        let head = format!("{{\"t\":{},\"g\":{},\"pos\":\"{}:{}\"", self.time, self.goroutine, self.pos.line, self.pos.col);
        let body = match &self.kind {
            EventKind::GoStart { id, func } => format!("\"ev\":\"go_start\",\"id\":{id},\"func\":{}", esc(func)),
            EventKind::GoPark { reason } => format!("\"ev\":\"go_park\",\"reason\":{}", esc(reason)),
            EventKind::GoWake { id } => format!("\"ev\":\"go_wake\",\"id\":{id}"),
            EventKind::GoExit => "\"ev\":\"go_exit\"".to_string(),
            EventKind::Chan { op, chan } => format!("\"ev\":\"chan\",\"op\":\"{op}\",\"chan\":{chan}"),
            EventKind::TimerSet { id, at } => format!("\"ev\":\"timer_set\",\"id\":{id},\"at\":{at}"),
            EventKind::TimerFired { id } => format!("\"ev\":\"timer_fired\",\"id\":{id}"),
            EventKind::Context { op, nodes, detail } => {
                let ns: Vec<String> = nodes.iter().map(|n| n.to_string()).collect();
                format!("\"ev\":\"context\",\"op\":{},\"nodes\":[{}],\"detail\":{}", esc(op), ns.join(","), esc(detail))
            }
            EventKind::Print { fd, text } => format!("\"ev\":\"print\",\"fd\":{fd},\"text\":{}", esc(text)),
        };
        format!("{head},{body}}}")
    }
}
