//! The messages between the page and the interpreter's worker, kept compact.
//!
//! The page posts a [`Request`] as JSON: an id, a task (run, vet or check) and the program's
//! source, `{"i":3,"k":"vet","s":"package main…"}`, and the file's name when it is not
//! `main.go` (`"f":"fetch_test.go"`). The worker first posts [`READY`] (its
//! handler is installed), then one JSON [`Answer`] per request, carrying the request's id and
//! its [`Body`]: a run's [`Reply`] (stdout, stderr, the exit status, and the trace as rows of
//! numbers whose names sit once in a string table), vet's findings ([`VetReport`]), or the
//! exercise checker's [`Checklist`].
//!
//! Trace rows are `[time_ns, goroutine, line, col, code, args...]`, with codes:
//! `0` go start `[id, func]`, `1` park `[reason]`, `2` wake `[id]`, `3` exit, `4` channel
//! `[op, chan]`, `5` timer set `[id, at]`, `6` timer fired `[id]`, `7` context
//! `[op, nodes...]`, `8` print `[fd, text]`, where `func`, `reason`, `op` and `text` are indexes
//! into [`Reply::strings`].

use serde::{Deserialize, Serialize};

use super::checklist::Checklist;
use crate::engine::GoValue;
use crate::interp::trace::{Event, EventKind};
use crate::interp::Outcome;

/// What the worker posts once its message handler is installed.
pub const READY: &str = "ready";

/// What the page asks the worker to do with a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Task {
    /// Run it to its end on the virtual clock.
    #[serde(rename = "run")]
    Run,
    /// `go vet`'s lostcancel check.
    #[serde(rename = "vet")]
    Vet,
    /// The exercise checker's scenarios.
    #[serde(rename = "check")]
    Check,
}

/// One request from the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Chosen by the page; the answer carries it back.
    #[serde(rename = "i")]
    pub id: u32,
    /// What to do.
    #[serde(rename = "k")]
    pub task: Task,
    /// The Go source.
    #[serde(rename = "s")]
    pub source: String,
    /// The file's name, as Go's messages give it: the lesson program's own (`fetch_test.go`;
    /// a test file runs as its test binary), or none (`main.go`, see
    /// [`super::program::file_name`]).
    #[serde(rename = "f", default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
}

impl Request {
    /// The JSON text the page posts.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a request the page posted.
    pub fn decode(text: &str) -> Result<Request, WireError> {
        serde_json::from_str(text).map_err(|e| WireError(e.to_string()))
    }
}

/// One `go vet` finding: where, and Go's message verbatim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VetFinding {
    /// Line, from 1.
    #[serde(rename = "l")]
    pub line: u32,
    /// Byte column, from 1.
    #[serde(rename = "c")]
    pub col: u32,
    /// The message.
    #[serde(rename = "m")]
    pub message: String,
}

/// What vet found: findings in Go's order, or the compile errors that stopped it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VetReport {
    /// The lostcancel findings (empty: no problems found).
    #[serde(rename = "f", default)]
    pub findings: Vec<VetFinding>,
    /// The compile errors as Go prints them, when the program does not compile.
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    pub compile_errors: Option<String>,
}

impl VetReport {
    /// The report for `interp::vet`'s result (`FILE:LINE:COL: message` lines, or the compile errors).
    pub fn from_vet(result: Result<Vec<String>, String>) -> VetReport {
        match result {
            Err(errors) => VetReport { findings: Vec::new(), compile_errors: Some(errors) },
            Ok(lines) => VetReport {
                findings: lines
                    .iter()
                    .map(|l| {
                        let mut parts = l.splitn(4, ':');
                        let _file = parts.next();
                        let line = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                        let col = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                        let message = parts.next().map_or_else(|| l.clone(), |m| m.trim().to_string());
                        VetFinding { line, col, message }
                    })
                    .collect(),
                compile_errors: None,
            },
        }
    }
}

/// What the worker answers a request with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Body {
    /// A run's result.
    #[serde(rename = "r")]
    Run(Reply),
    /// Vet's findings.
    #[serde(rename = "v")]
    Vet(VetReport),
    /// The exercise checker's verdict.
    #[serde(rename = "c")]
    Check(Checklist),
    /// The request could not be read.
    #[serde(rename = "x")]
    Refused(String),
}

/// The worker's answer to the request with the same id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The request's id.
    #[serde(rename = "i")]
    pub id: u32,
    /// The answer.
    #[serde(rename = "b")]
    pub body: Body,
}

impl Answer {
    /// The JSON text the worker posts.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"i\":{},\"b\":{{\"x\":\"gorun: {e}\"}}}}", self.id))
    }

    /// Reads an answer the worker posted.
    pub fn decode(text: &str) -> Result<Answer, WireError> {
        serde_json::from_str(text).map_err(|e| WireError(e.to_string()))
    }
}

/// One run's result, as posted by the worker.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// Everything written to stdout.
    #[serde(rename = "o")]
    pub stdout: String,
    /// Everything written to stderr.
    #[serde(rename = "e")]
    pub stderr: String,
    /// The exit status (0, 1 for compile errors, 2 for panics, fatal errors and limits).
    #[serde(rename = "x")]
    pub exit: i32,
    /// Names used by the trace, each once.
    #[serde(rename = "s")]
    pub strings: Vec<String>,
    /// The trace rows (see the module docs).
    #[serde(rename = "t")]
    pub trace: Vec<Vec<i64>>,
    /// Every context the run made, as the run's engine held it at the end (what a constructor
    /// was given: the trace names only the nodes).
    #[serde(rename = "n", default)]
    pub nodes: Vec<WireNode>,
}

/// A context the run made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireNode {
    /// The run's engine id (as in the trace's context events).
    pub id: u32,
    /// The `context` function that made it (`WithTimeout`...).
    pub kind: String,
    /// The deadline it asked for, virtual ns (deadline kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<i64>,
    /// Its key and value (WithValue).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<(WireValue, WireValue)>,
    /// Its `Cause()` when that is not its `Err()` (a cause given to a cancel or a deadline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
}

/// A Go value as the engine models it ([`GoValue`]), for the wire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WireValue {
    /// nil.
    Nil,
    /// A string-kinded value: type and value.
    S(String, String),
    /// An integer-kinded value.
    I(String, i64),
    /// A boolean-kinded value.
    B(String, bool),
    /// Anything else: type, identity, comparable.
    O(String, u64, bool),
    /// A value with a `String()` method, and what it returns.
    Str(Box<WireValue>, String),
}

impl From<&GoValue> for WireValue {
    fn from(v: &GoValue) -> Self {
        match v {
            GoValue::Nil => WireValue::Nil,
            GoValue::String { ty, v } => WireValue::S(ty.clone(), v.clone()),
            GoValue::Int { ty, v } => WireValue::I(ty.clone(), *v),
            GoValue::Bool { ty, v } => WireValue::B(ty.clone(), *v),
            GoValue::Opaque { ty, id, comparable } => WireValue::O(ty.clone(), *id, *comparable),
            GoValue::Stringer { inner, shown } => WireValue::Str(Box::new(WireValue::from(&**inner)), shown.clone()),
        }
    }
}

impl From<&WireValue> for GoValue {
    fn from(v: &WireValue) -> Self {
        match v {
            WireValue::Nil => GoValue::Nil,
            WireValue::S(ty, v) => GoValue::String { ty: ty.clone(), v: v.clone() },
            WireValue::I(ty, v) => GoValue::Int { ty: ty.clone(), v: *v },
            WireValue::B(ty, v) => GoValue::Bool { ty: ty.clone(), v: *v },
            WireValue::O(ty, id, comparable) => GoValue::Opaque { ty: ty.clone(), id: *id, comparable: *comparable },
            WireValue::Str(inner, shown) => GoValue::Stringer { inner: Box::new(GoValue::from(&**inner)), shown: shown.clone() },
        }
    }
}

/// One trace event as the page reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceEvent {
    /// Virtual time, ns since the run started.
    pub time: i64,
    /// The goroutine that did it (1 is main, 0 the runtime).
    pub goroutine: u64,
    /// Source line (0: none).
    pub line: u32,
    /// What happened.
    pub kind: Ev,
}

/// What happened, with names resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Ev {
    /// A goroutine `id` started running `func`.
    GoStart {
        /// The new goroutine.
        id: u64,
        /// Its function.
        func: String,
    },
    /// The goroutine blocked, for Go's `reason` (`chan receive`, `select`, `sleep`...).
    GoPark(String),
    /// Goroutine `id` became runnable.
    GoWake(u64),
    /// The goroutine finished.
    GoExit,
    /// A channel operation (`send`, `recv`, `close`) on channel `chan`.
    Chan {
        /// The operation.
        op: String,
        /// The channel.
        chan: u64,
    },
    /// A timer set to fire at `at` ns.
    TimerSet {
        /// The timer.
        id: u64,
        /// When.
        at: i64,
    },
    /// A timer fired.
    TimerFired(u64),
    /// A context operation (`WithCancel`, `cancel`, `propagate`, `deadline`...) on engine nodes
    /// of the run (the new node first for constructors, then its parent).
    Context {
        /// The operation.
        op: String,
        /// The nodes involved.
        nodes: Vec<u32>,
    },
    /// Output to stdout (1) or stderr (2).
    Print {
        /// 1 or 2.
        fd: u8,
        /// The text.
        text: String,
    },
}

/// Why a reply could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct WireError(pub String);

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the interpreter's reply could not be read: {}", self.0)
    }
}

#[derive(Default)]
struct Interner {
    strings: Vec<String>,
    index: std::collections::HashMap<String, i64>,
}

impl Interner {
    fn id(&mut self, s: &str) -> i64 {
        if let Some(i) = self.index.get(s) {
            return *i;
        }
        let i = self.strings.len() as i64;
        self.strings.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }
}

impl Reply {
    /// The reply for a finished run (the worker's side).
    pub fn from_outcome(out: &Outcome) -> Reply {
        let mut names = Interner::default();
        let trace = out.trace.iter().map(|e| row(e, &mut names)).collect();
        Reply { stdout: out.stdout.clone(), stderr: out.stderr.clone(), exit: out.exit, strings: names.strings, trace, nodes: Vec::new() }
    }

    /// The reply as the JSON text the worker posts.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"o\":\"\",\"e\":\"gorun: {e}\\n\",\"x\":2,\"s\":[],\"t\":[]}}"))
    }

    /// Reads the JSON text the worker posted.
    pub fn decode(text: &str) -> Result<Reply, WireError> {
        serde_json::from_str(text).map_err(|e| WireError(e.to_string()))
    }

    /// The trace's events, names resolved; rows that do not read are errors.
    pub fn events(&self) -> Result<Vec<TraceEvent>, WireError> {
        self.trace.iter().map(|r| self.event(r)).collect()
    }

    fn name(&self, i: i64) -> Result<String, WireError> {
        usize::try_from(i).ok().and_then(|i| self.strings.get(i)).cloned().ok_or_else(|| WireError(format!("no name {i}")))
    }

    fn event(&self, r: &[i64]) -> Result<TraceEvent, WireError> {
        let bad = || WireError(format!("bad trace row {r:?}"));
        let arg = |i: usize| r.get(5 + i).copied().ok_or_else(bad);
        let (time, goroutine, line, code) = match r {
            [t, g, l, _c, code, ..] => (*t, *g as u64, *l as u32, *code),
            _ => return Err(bad()),
        };
        let kind = match code {
            0 => Ev::GoStart { id: arg(0)? as u64, func: self.name(arg(1)?)? },
            1 => Ev::GoPark(self.name(arg(0)?)?),
            2 => Ev::GoWake(arg(0)? as u64),
            3 => Ev::GoExit,
            4 => Ev::Chan { op: self.name(arg(0)?)?, chan: arg(1)? as u64 },
            5 => Ev::TimerSet { id: arg(0)? as u64, at: arg(1)? },
            6 => Ev::TimerFired(arg(0)? as u64),
            7 => Ev::Context { op: self.name(arg(0)?)?, nodes: r[6..].iter().map(|n| *n as u32).collect() },
            8 => Ev::Print { fd: arg(0)? as u8, text: self.name(arg(1)?)? },
            _ => return Err(bad()),
        };
        Ok(TraceEvent { time, goroutine, line, kind })
    }
}

fn row(e: &Event, names: &mut Interner) -> Vec<i64> {
    let mut r = vec![e.time, e.goroutine as i64, e.pos.line as i64, e.pos.col as i64];
    match &e.kind {
        EventKind::GoStart { id, func } => r.extend([0, *id as i64, names.id(func)]),
        EventKind::GoPark { reason } => r.extend([1, names.id(reason)]),
        EventKind::GoWake { id } => r.extend([2, *id as i64]),
        EventKind::GoExit => r.push(3),
        EventKind::Chan { op, chan } => r.extend([4, names.id(op), *chan as i64]),
        EventKind::TimerSet { id, at } => r.extend([5, *id as i64, *at]),
        EventKind::TimerFired { id } => r.extend([6, *id as i64]),
        EventKind::Context { op, nodes, .. } => {
            r.extend([7, names.id(op)]);
            r.extend(nodes.iter().map(|n| *n as i64));
        }
        EventKind::Print { fd, text } => r.extend([8, *fd as i64, names.id(text)]),
    }
    r
}
