//! Shared helpers for the engine tests: a tiny script language over the engine, and `check`.
//!
//! A script is one statement per line (`#` starts a comment):
//!
//! ```text
//! bg     = Background                      # also TODO
//! p      = WithCancel bg                   # WithCancelCause, WithoutCancel
//! t      = WithTimeout p 5s                # WithDeadline p 5s (absolute: 5s after the epoch)
//! tc     = WithTimeoutCause p 5s tooSlow   # WithDeadlineCause; a cause is nil or an error name
//! v      = WithValue p key1:1 "value"      # keys/values: nil, "str", int:5, type:text (main.type)
//! af     = AfterFunc p                     # a registration; `stop af -> true` calls its stop
//! cancel p                                 # CancelFunc; `cancel p because` is CancelCauseFunc
//! advance 2s
//! wait p 7                                 # goroutine 7 parks on p's Done
//! value v key1:1 -> "value"
//! x      = WithValue bg nil "v" !! nil key # the statement must fail with this Go panic
//! ```
//!
//! `check(script, expect)` runs the script and compares lines `NAME ERR CAUSE [DEADLINE]` where
//! ERR and CAUSE are `nil`, `canceled`, `deadline` or an error name, and DEADLINE is `none` or a
//! Go duration after the epoch.
#![allow(dead_code)]

use std::collections::HashMap;

use context_lab::engine::{
    AfterFuncId, Duration, Engine, FuncId, GoError, GoValue, GoroutineId, NodeId, Time,
};

/// A script run: the engine and the names the script gave.
pub struct Run {
    pub engine: Engine,
    pub nodes: HashMap<String, NodeId>,
    pub after: HashMap<String, AfterFuncId>,
    pub errors: HashMap<String, GoError>,
    pub script: String,
}

/// Runs `script` and checks every node named in `expect`.
pub fn check(script: &str, expect: &str) -> Run {
    let run = run(script);
    for line in expect.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let want: Vec<&str> = line.split_whitespace().collect();
        let got = run.state(want[0]);
        let got: Vec<&str> = got.split_whitespace().collect();
        assert_eq!(
            &got[..want.len()],
            &want[..],
            "\nnode {}: got `{}`, want `{}`\nscript:\n{}\nall nodes:\n{}",
            want[0],
            got.join(" "),
            line,
            run.script,
            run.all_states()
        );
    }
    run
}

/// Runs `script`, panicking (a test failure) on any unexpected engine error.
pub fn run(script: &str) -> Run {
    let mut r = Run {
        engine: Engine::new(),
        nodes: HashMap::new(),
        after: HashMap::new(),
        errors: HashMap::new(),
        script: script.to_string(),
    };
    for (i, raw) in script.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (stmt, want_err) = match line.split_once("!!") {
            Some((s, e)) => (s.trim(), Some(e.trim())),
            None => (line, None),
        };
        let result = r.exec(stmt);
        match (result, want_err) {
            (Ok(()), None) => {}
            (Err(e), Some(w)) => assert_eq!(e, w, "line {}: `{line}`", i + 1),
            (Ok(()), Some(w)) => panic!("line {}: `{line}` succeeded, want error `{w}`", i + 1),
            (Err(e), None) => panic!("line {}: `{line}` failed: {e}\nscript:\n{script}", i + 1),
        }
    }
    r
}

/// Parses a Go-style duration: `5s`, `1500ms`, `-1ms`, `1000h`, `3ns`, `0`.
pub fn dur(s: &str) -> Duration {
    let (neg, s) = s.strip_prefix('-').map_or((false, s), |r| (true, r));
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: i64 = num.parse().unwrap_or_else(|_| panic!("bad duration {s}"));
    let mul = match unit {
        "" | "ns" => 1,
        "us" | "µs" => 1_000,
        "ms" => 1_000_000,
        "s" => 1_000_000_000,
        "m" => 60_000_000_000,
        "h" => 3_600_000_000_000,
        _ => panic!("bad duration unit {unit}"),
    };
    Duration(if neg { -n * mul } else { n * mul })
}

/// Parses a key or value token.
pub fn val(tok: &str) -> GoValue {
    if tok == "nil" {
        return GoValue::Nil;
    }
    if let Some(s) = tok.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        return GoValue::string(s);
    }
    let (ty, text) = tok.split_once(':').unwrap_or_else(|| panic!("bad value {tok}"));
    if ty == "int" {
        return GoValue::int(text.parse().unwrap_or_else(|_| panic!("bad int {tok}")));
    }
    let ty = format!("main.{ty}");
    match text.parse::<i64>() {
        Ok(n) => GoValue::typed_int(ty, n),
        Err(_) => GoValue::typed_string(ty, text),
    }
}

impl Run {
    /// The node named `name`.
    pub fn id(&self, name: &str) -> NodeId {
        *self.nodes.get(name).unwrap_or_else(|| panic!("no node named {name}"))
    }

    /// The error named `name` (created on first use, identity = order of first use).
    pub fn error(&mut self, name: &str) -> GoError {
        let n = self.errors.len() as u64;
        self.errors.entry(name.to_string()).or_insert_with(|| GoError::custom(n + 1, name)).clone()
    }

    fn err_name(e: &Option<GoError>) -> String {
        match e {
            None => "nil".into(),
            Some(GoError::Canceled) => "canceled".into(),
            Some(GoError::DeadlineExceeded) => "deadline".into(),
            Some(GoError::Custom { message, .. }) => message.clone(),
        }
    }

    /// `NAME ERR CAUSE DEADLINE` for one node.
    pub fn state(&self, name: &str) -> String {
        let id = self.id(name);
        let e = &self.engine;
        let dl = match e.deadline(id).expect("live node") {
            None => "none".to_string(),
            Some(t) => Duration(t.0).to_string(),
        };
        format!(
            "{name} {} {} {dl}",
            Self::err_name(&e.err(id).expect("live node")),
            Self::err_name(&e.cause(id).expect("live node"))
        )
    }

    /// Every named node's state, in creation order.
    pub fn all_states(&self) -> String {
        let mut names: Vec<(&String, &NodeId)> = self.nodes.iter().collect();
        names.sort_by_key(|(_, id)| **id);
        names
            .iter()
            .filter(|(_, id)| self.engine.contains(**id))
            .map(|(n, _)| self.state(n))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn parent(&self, tok: &str) -> Option<NodeId> {
        if tok == "nil" {
            None
        } else {
            Some(self.id(tok))
        }
    }

    fn cause(&mut self, tok: Option<&&str>) -> Option<GoError> {
        match tok {
            None | Some(&"nil") => None,
            Some(name) => Some(self.error(name)),
        }
    }

    fn exec(&mut self, stmt: &str) -> Result<(), String> {
        let toks: Vec<&str> = stmt.split_whitespace().collect();
        let e = |x: context_lab::engine::EngineError| x.to_string();
        if toks.get(1) == Some(&"=") {
            let name = toks[0].to_string();
            let args = &toks[2..];
            let p = || self.parent(args[1]);
            let id = match args[0] {
                "Background" => self.engine.background(),
                "TODO" => self.engine.todo(),
                "WithCancel" => self.engine.with_cancel(p()).map_err(e)?,
                "WithCancelCause" => self.engine.with_cancel_cause(p()).map_err(e)?,
                "WithoutCancel" => self.engine.without_cancel(p()).map_err(e)?,
                "WithDeadline" => {
                    let d = Time(dur(args[2]).0);
                    self.engine.with_deadline(p(), d).map_err(e)?
                }
                "WithDeadlineCause" => {
                    let (pp, d, c) = (p(), Time(dur(args[2]).0), self.cause(args.get(3)));
                    self.engine.with_deadline_cause(pp, d, c).map_err(e)?
                }
                "WithTimeout" => self.engine.with_timeout(p(), dur(args[2])).map_err(e)?,
                "WithTimeoutCause" => {
                    let (pp, d, c) = (p(), dur(args[2]), self.cause(args.get(3)));
                    self.engine.with_timeout_cause(pp, d, c).map_err(e)?
                }
                "WithValue" => self.engine.with_value(p(), val(args[2]), val(args[3])).map_err(e)?,
                "AfterFunc" => {
                    let f = FuncId(self.after.len() as u64);
                    let a = self.engine.after_func(self.id(args[1]), f).map_err(e)?;
                    self.after.insert(name, a);
                    return Ok(());
                }
                other => panic!("unknown constructor {other}"),
            };
            self.nodes.insert(name, id);
            return Ok(());
        }
        match toks[0] {
            "cancel" => {
                let id = self.id(toks[1]);
                if toks.len() > 2 {
                    let c = self.cause(toks.get(2));
                    self.engine.cancel_cause(id, c).map_err(e)?;
                } else {
                    self.engine.cancel(id).map_err(e)?;
                }
            }
            "advance" => {
                self.engine.advance_by(dur(toks[1])).map_err(e)?;
            }
            "stop" => {
                let a = *self.after.get(toks[1]).unwrap_or_else(|| panic!("no AfterFunc {}", toks[1]));
                let got = self.engine.stop_after_func(a).map_err(e)?;
                assert_eq!(got.to_string(), toks[3], "`{stmt}`");
            }
            "wait" => {
                let g = GoroutineId(toks[2].parse().unwrap_or_else(|_| panic!("bad goroutine")));
                self.engine.wait_done(self.id(toks[1]), g).map_err(e)?;
            }
            "value" => {
                let got = self.engine.value(self.id(toks[1]), &val(toks[2])).map_err(e)?;
                let want = val(toks[4]);
                assert!(
                    got.value == want && got.value.type_name() == want.type_name(),
                    "`{stmt}`: got {:?}",
                    got.value
                );
            }
            other => panic!("unknown statement {other}"),
        }
        Ok(())
    }
}

/// A tiny seeded xorshift64* generator for the randomized tests (no `rand` dependency).
#[derive(Clone, Debug)]
pub struct XorShift(pub u64);

impl XorShift {
    /// A generator from `seed` (0 is mapped to a fixed non-zero state).
    pub fn new(seed: u64) -> XorShift {
        XorShift(if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `num/den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.next_u64() % den < num
    }
}
