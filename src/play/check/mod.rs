//! "Check my solution": runs the learner's exercise program under several scenarios and says,
//! check by check ([`Check`]), what passed and what is wrong, in plain words and at a line.
//!
//! The scenarios are harness mains ([`harness`]) that call the learner's own `handle` and
//! `serve` with work faster and slower than the 2-second deadline, on the virtual clock, so
//! any correct way of writing it passes: other names, a timer or `time.After` instead of a
//! sleeping goroutine, `ctx.Err()` or an error wrapping it. What can only be seen in the text
//! (the first parameter's type, a deferred cancel) is read from the syntax tree ([`source`]).
//!
//! **Invariant**: only the interpreter's worker calls [`check`]; the page reads the
//! [`Checklist`] it returns (`play::checklist`), so the page links no interpreter.

mod harness;
mod source;

use super::checklist::{Check, Checklist, Item, Status};
use super::outcome::{marked_line, Ending};
use crate::interp::{self, parser};
use harness::{probe, Probe};

const SECOND: i64 = 1_000_000_000;
const MS: i64 = 1_000_000;
/// The exercise's deadline.
const DEADLINE: i64 = 2 * SECOND;
/// When the cancellation scenario cancels the request.
const CANCEL_AT: i64 = 500 * MS;
/// Work that beats the deadline: comfortably, and only just.
const FAST: [i64; 2] = [300 * MS, 1_900 * MS];
/// Work the deadline cuts short: a little, and a lot.
const SLOW: [i64; 2] = [2_500 * MS, 10 * SECOND];

/// A duration as Go prints short ones: `300ms`, `2s`, `2.5s`.
fn dur(ns: i64) -> String {
    if ns < SECOND && ns % MS == 0 {
        format!("{}ms", ns / MS)
    } else if ns % MS == 0 {
        let s = format!("{:.3}", ns as f64 / SECOND as f64);
        format!("{}s", s.trim_end_matches('0').trim_end_matches('.'))
    } else {
        format!("{ns}ns")
    }
}

fn fail(why: impl Into<String>, line: Option<u32>) -> Status {
    Status::Fail { why: why.into(), line }
}

/// Checks the learner's exercise program. Always returns one item per [`Check::ALL`].
pub fn check(source: &str) -> Checklist {
    let mut items: Vec<Item> = Vec::new();
    let mut put = |check: Check, status: Status| items.push(Item { check, status });
    let mut machine = match interp::load("main.go", source, &harness::options()) {
        Ok(m) => m,
        Err(stderr) => {
            let (line, msg) = super::outcome::error_line(&stderr).map_or((None, stderr.trim().to_string()), |(l, m)| (Some(l), m));
            put(Check::Compiles, fail(format!("Go refuses to compile it: {msg}."), line));
            for c in &Check::ALL[1..] {
                put(*c, Status::Skipped("the program has to compile first.".into()));
            }
            return Checklist { items };
        }
    };
    put(Check::Compiles, Status::Pass);
    let exit = machine.run();
    let stderr = machine.stderr().to_string();
    let runaway = Ending::of(exit, &stderr) == Ending::Limit;
    put(Check::Runs, ending_status(exit, &stderr, "As written, the program"));
    // It compiled, so it parses.
    let Ok(file) = parser::parse_file(source) else { return Checklist { items } };
    let ctx = source::context_name(&file);
    let handle = source::func(&file, "handle");
    let serve = source::func(&file, "serve");

    // The handler's signature.
    let ctx_first = match handle {
        None => fail("There is no func handle: keep the starter's handler, handle(ctx, name, work).", None),
        Some(h) => match source::first_param(h, ctx.as_deref()) {
            Some((_, _, true)) => Status::Pass,
            Some((name, ty, false)) => fail(
                format!(
                    "handle's first parameter is {}{ty}, not a context.Context: put ctx context.Context first, as in handle(ctx context.Context, name string, work time.Duration).",
                    name.map(|n| format!("{n} ")).unwrap_or_default()
                ),
                Some(h.pos.line),
            ),
            None => fail("handle takes no parameters: its first one should be ctx context.Context.", Some(h.pos.line)),
        },
    };
    put(Check::CtxFirst, ctx_first.clone());
    // A program that never finishes as written would only hit the same limit in every scenario.
    if runaway {
        for c in &Check::ALL[3..] {
            put(*c, Status::Skipped("the program has to finish first.".into()));
        }
        return Checklist { items };
    }
    let handle_ok = ctx_first == Status::Pass;

    // Behaviour of handle under each scenario (only when it can be called as the starter does).
    let scenarios: Vec<(i64, Probe)> = if handle_ok {
        FAST.iter().chain(SLOW.iter()).map(|w| (*w, probe(source, &handle_main(*w, false)))).collect()
    } else {
        Vec::new()
    };
    let cancelled = handle_ok.then(|| probe(source, &handle_main(10 * SECOND, true)));
    let handle_line = handle.map(|h| source::first_select(h).unwrap_or(h.pos.line));
    let slow_status = slow(&scenarios, handle_ok, handle_line);

    // The call site.
    put(Check::Timeout, timeout(source, serve, handle, ctx.as_deref(), slow_status == Status::Pass));
    put(Check::CancelDeferred, cancel_deferred(source, serve, ctx.as_deref()));

    put(Check::Slow, slow_status);
    put(Check::Fast, fast(&scenarios, handle_ok, handle_line));
    put(Check::Cancelled, cancel_status(cancelled.as_ref(), handle_line));
    put(Check::NoLeak, no_leak(&scenarios, cancelled.as_ref(), handle_ok));
    Checklist { items }
}

/// Pass for a run that ended normally; else what went wrong, at its line.
fn ending_status(exit: i32, stderr: &str, subject: &str) -> Status {
    let ending = Ending::of(exit, stderr);
    if ending == Ending::Ok {
        return Status::Pass;
    }
    let what = match ending {
        Ending::Deadlock => "deadlocks: every goroutine is waiting and nothing can wake one".to_string(),
        Ending::Panic => format!("panics ({})", stderr.lines().next().unwrap_or("panic").trim_start_matches("panic: ")),
        Ending::Limit => "never finishes: the playground stopped it at a limit".to_string(),
        Ending::StackOverflow => "overflows its call stack".to_string(),
        Ending::Exit(n) => format!("exits with status {n}"),
        _ => format!("stops with an error ({})", stderr.lines().next().unwrap_or("")),
    };
    fail(format!("{subject} {what}."), marked_line(ending, stderr).map(|(l, _)| l))
}

/// The harness main that calls `handle` with `work` under a 2-second timeout, or under a
/// cancel at [`CANCEL_AT`] when `cancel`.
fn handle_main(work: i64, cancel: bool) -> String {
    let ctx = if cancel {
        format!(
            "\tgorunCheckCtx, gorunCheckCancel := gorunCheckContext.WithCancel(gorunCheckContext.Background())\n\
             \tgo func() {{\n\t\tgorunCheckTime.Sleep({CANCEL_AT})\n\t\tgorunCheckCancel()\n\t}}()\n"
        )
    } else {
        format!("\tgorunCheckCtx, gorunCheckCancel := gorunCheckContext.WithTimeout(gorunCheckContext.Background(), {DEADLINE})\n")
    };
    format!(
        "{ctx}\tgorunCheckStart := gorunCheckTime.Now()\n\
         \tgorunCheckBody, gorunCheckErr := handle(gorunCheckCtx, \"probe\", {work})\n\
         \tgorunCheckTook := gorunCheckTime.Since(gorunCheckStart)\n\
         \tgorunCheckCancel()\n\
         \tgorunCheckFmt.Printf(\"\\ngorun-check handle took=%d nil=%t deadline=%t canceled=%t\\n\", int64(gorunCheckTook), gorunCheckErr == nil, gorunCheckErrors.Is(gorunCheckErr, gorunCheckContext.DeadlineExceeded), gorunCheckErrors.Is(gorunCheckErr, gorunCheckContext.Canceled))\n\
         \tgorunCheckFmt.Printf(\"gorun-check err %q\\n\", gorunCheckFmt.Sprint(gorunCheckErr))\n\
         \tgorunCheckFmt.Printf(\"gorun-check body %q\\n\", gorunCheckBody)\n\
         \tgorunCheckTime.Sleep({})\n\
         \tgorunCheckFmt.Printf(\"gorun-check end\\n\")",
        work + SECOND
    )
}

/// The harness main that calls `serve` with `work`.
fn serve_main(work: i64) -> String {
    format!(
        "\tgorunCheckStart := gorunCheckTime.Now()\n\
         \tserve(\"probe\", {work})\n\
         \tgorunCheckFmt.Printf(\"\\ngorun-check serve took=%d\\n\", int64(gorunCheckTime.Since(gorunCheckStart)))\n\
         \tgorunCheckTime.Sleep({})",
        work + SECOND
    )
}

/// What `handle` returned in a probe: took (ns), nil error, DeadlineExceeded, Canceled, the
/// error's text and the result, both Go-quoted.
struct Returned<'p> {
    took: i64,
    nil: bool,
    deadline: bool,
    canceled: bool,
    err: &'p str,
    body: &'p str,
}

/// What handle returned, or why the probe says nothing (as a failure of `check`).
fn returned<'p>(p: &'p Probe, work: i64, line: Option<u32>) -> Result<Returned<'p>, Status> {
    if p.exit == 1 && p.reports.is_empty() && p.stderr.contains("main.go:") && !p.stderr.contains("panic") {
        let (_, msg) = super::outcome::error_line(&p.stderr).unwrap_or((0, p.stderr.trim().to_string()));
        return Err(fail(
            format!("The checker could not call handle(ctx, name, work) as the starter declares it ({msg}): keep func handle(ctx context.Context, name string, work time.Duration) (string, error)."),
            line,
        ));
    }
    let flag = |k| p.field("handle", k) == Some("true");
    match p.field("handle", "took").and_then(|t| t.parse().ok()) {
        Some(took) => Ok(Returned {
            took,
            nil: flag("nil"),
            deadline: flag("deadline"),
            canceled: flag("canceled"),
            err: p.text("err ").unwrap_or("\"\""),
            body: p.text("body ").unwrap_or("\"\""),
        }),
        None => Err(match ending_status(p.exit, &p.stderr, &format!("With {} of work, the program", dur(work))) {
            Status::Pass => fail(format!("With {} of work, handle never returned.", dur(work)), line),
            other => other,
        }),
    }
}

fn slow(scenarios: &[(i64, Probe)], handle_ok: bool, line: Option<u32>) -> Status {
    if !handle_ok {
        return Status::Skipped("handle must take ctx first for the checker to call it.".into());
    }
    for (work, p) in scenarios.iter().filter(|(w, _)| *w > DEADLINE) {
        let r = match returned(p, *work, line) {
            Ok(r) => r,
            Err(status) => return status,
        };
        let w = dur(*work);
        if r.took > DEADLINE {
            return fail(
                format!("With {w} of work, handle returned after {} instead of at the 2s deadline: wait in a select on both the result and ctx.Done().", dur(r.took)),
                line,
            );
        }
        if r.took < DEADLINE {
            return fail(format!("With {w} of work, handle gave up after {}, before the 2s deadline: let ctx.Done() decide when to give up.", dur(r.took)), line);
        }
        if r.nil {
            return fail("When the deadline passes, handle returns a nil error: in the ctx.Done() case, return ctx.Err().", line);
        }
        if !r.deadline {
            return fail(format!("When the deadline passes, handle returns the error {}, which is not the context's: return ctx.Err() (or wrap it with %w).", r.err), line);
        }
    }
    Status::Pass
}

fn fast(scenarios: &[(i64, Probe)], handle_ok: bool, line: Option<u32>) -> Status {
    if !handle_ok {
        return Status::Skipped("handle must take ctx first for the checker to call it.".into());
    }
    for (work, p) in scenarios.iter().filter(|(w, _)| *w < DEADLINE) {
        let r = match returned(p, *work, line) {
            Ok(r) => r,
            Err(status) => return status,
        };
        let w = dur(*work);
        if !r.nil {
            return fail(format!("With {w} of work (inside the 2s deadline), handle returned the error {} instead of the result.", r.err), line);
        }
        if r.body == "\"\"" {
            return fail(format!("With {w} of work, handle returned an empty result: return the value the work sent."), line);
        }
        if r.took >= DEADLINE {
            return fail(format!("With {w} of work, handle took {} to return its result: return it as soon as it arrives.", dur(r.took)), line);
        }
    }
    Status::Pass
}

fn cancel_status(p: Option<&Probe>, line: Option<u32>) -> Status {
    let Some(p) = p else { return Status::Skipped("handle must take ctx first for the checker to call it.".into()) };
    let r = match returned(p, 10 * SECOND, line) {
        Ok(r) => r,
        Err(status) => return status,
    };
    if r.took > CANCEL_AT {
        return fail(
            format!("When the request is cancelled after {}, handle kept going until {}: it has to watch ctx.Done(), not a timer of its own.", dur(CANCEL_AT), dur(r.took)),
            line,
        );
    }
    if !r.canceled {
        return fail(format!("When the request is cancelled, handle returns {} instead of the context's error: return ctx.Err().", if r.nil { "a nil error".to_string() } else { format!("the error {}", r.err) }), line);
    }
    Status::Pass
}

fn no_leak(scenarios: &[(i64, Probe)], cancelled: Option<&Probe>, handle_ok: bool) -> Status {
    if !handle_ok {
        return Status::Skipped("handle must take ctx first for the checker to call it.".into());
    }
    let runs = scenarios.iter().map(|(w, p)| (*w, p)).chain(cancelled.map(|p| (10 * SECOND, p)));
    for (work, p) in runs {
        if let Some(b) = p.blocked.first() {
            return fail(
                format!(
                    "With {} of work, the goroutine started at line {} is still blocked ({}) long after handle returned, because nobody will ever receive its value: make the channel buffered, make(chan string, 1), or have it select on ctx.Done() too.",
                    dur(work),
                    b.started,
                    b.reason
                ),
                Some(b.line),
            );
        }
    }
    Status::Pass
}

/// The call site's timeout, seen in a run of `serve` with slow work.
fn timeout(
    source: &str,
    serve: Option<&interp::ast::FuncDecl>,
    handle: Option<&interp::ast::FuncDecl>,
    ctx: Option<&str>,
    handle_gives_up: bool,
) -> Status {
    let Some(serve) = serve else {
        return fail("There is no func serve: keep the starter's call site, serve(name, work), which makes each request's context.", None);
    };
    let work = 10 * SECOND;
    let p = probe(source, &serve_main(work));
    if p.exit == 1 && p.reports.is_empty() && p.stderr.contains("main.go:") {
        let (_, msg) = super::outcome::error_line(&p.stderr).unwrap_or((0, p.stderr.trim().to_string()));
        return fail(format!("The checker could not call serve(name, work) as the starter declares it ({msg}): keep func serve(name string, work time.Duration)."), Some(serve.pos.line));
    }
    let (from, to) = source::span(serve);
    let in_serve = |l: u32| (from..=to).contains(&l);
    let made: Vec<_> = p.deadlines.iter().filter(|d| in_serve(d.line)).collect();
    let Some(d) = made.first() else {
        if let Some(inner) = p.deadlines.iter().find(|d| handle.is_some_and(|h| { let (a, b) = source::span(h); (a..=b).contains(&d.line) })) {
            return fail("The deadline is made inside handle: make it at the call site, serve, with context.WithTimeout, and pass that ctx to handle.", Some(inner.line));
        }
        let at = ctx.and_then(|c| source::constructors(serve, c).first().map(|c| c.line)).unwrap_or(serve.pos.line);
        return fail(
            "serve gives the request no deadline: make its context with ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second).",
            Some(at),
        );
    };
    if d.timeout != DEADLINE {
        return fail(format!("serve's timeout is {}, not 2 seconds: use 2*time.Second.", dur(d.timeout)), Some(d.line));
    }
    let took = p.field("serve", "took").and_then(|t| t.parse::<i64>().ok());
    if handle_gives_up && took.is_some_and(|t| t > DEADLINE) {
        return fail("serve makes a 2-second timeout but handle never sees it: pass that ctx to handle.", Some(d.line));
    }
    Status::Pass
}

/// Vet's lost-cancel findings, then whether the cancel function is deferred.
fn cancel_deferred(source: &str, serve: Option<&interp::ast::FuncDecl>, ctx: Option<&str>) -> Status {
    match interp::vet("main.go", source) {
        Ok(findings) if !findings.is_empty() => {
            let (line, msg) = super::outcome::error_line(&format!("{}\n", findings[0])).map_or((None, findings[0].clone()), |(l, m)| (Some(l), m));
            return fail(format!("go vet says: {msg}."), line);
        }
        Ok(_) => {}
        Err(e) => return fail(format!("go vet could not check it: {e}"), None),
    }
    let (Some(serve), Some(ctx)) = (serve, ctx) else {
        return Status::Skipped("there is no serve making a context, so no cancel function to defer.".into());
    };
    let made = source::constructors(serve, ctx);
    let Some(c) = made.iter().find(|c| c.name.contains("Timeout") || c.name.contains("Deadline")).or(made.first()) else {
        return Status::Skipped("serve makes no context with context.WithTimeout yet, so there is no cancel function to defer.".into());
    };
    match &c.cancel {
        None => fail("The cancel function from context.WithTimeout is not kept: write ctx, cancel := ..., then defer cancel().", Some(c.line)),
        Some(var) if source::defers(serve, var) => Status::Pass,
        Some(var) => fail(
            format!("{var} is called, but not deferred: write defer {var}() right after context.WithTimeout, so it runs on every way out of serve."),
            source::calls_without_defer(serve, var).or(Some(c.line)),
        ),
    }
}
