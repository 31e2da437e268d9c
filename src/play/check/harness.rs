//! Running the learner's functions under the checker's own `main`: the learner's file with its
//! `main` renamed and a harness `main` appended, so every line of theirs keeps its number, and
//! the harness's imports under names of their own (added on the package line), so they never
//! clash with the learner's.
//!
//! A harness reports what it saw as `gorun-check` lines on stdout; the run's trace says which
//! contexts were made where, and which goroutines were still blocked when main returned.

use crate::interp::lexer::{lex, Tok};
use crate::interp::trace::EventKind;
use crate::interp::{self, parser, Limits, Options};

/// The harness's name for its own copy of a package.
const ALIASES: [(&str, &str); 4] =
    [("gorunCheckContext", "context"), ("gorunCheckErrors", "errors"), ("gorunCheckFmt", "fmt"), ("gorunCheckTime", "time")];

/// What the learner's `main` is renamed to (it stays in the file, unused).
const RENAMED_MAIN: &str = "gorunCheckLearnerMain";

/// A context with a deadline that the run made in the learner's code.
#[derive(Clone, Debug, PartialEq)]
pub struct Deadline {
    /// The learner's line that made it.
    pub line: u32,
    /// Its timeout: the deadline minus the time it was made, ns.
    pub timeout: i64,
}

/// A goroutine still alive when the harness's main returned.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocked {
    /// The line of the `go` statement that started it.
    pub started: u32,
    /// Why it was parked last (`chan send`, `chan receive`, `select`...).
    pub reason: String,
    /// Where it was parked.
    pub line: u32,
}

/// One harness run.
#[derive(Clone, Debug, Default)]
pub struct Probe {
    /// The exit status (1: the harness did not compile).
    pub exit: i32,
    /// Everything written to stderr (the compile errors when it did not compile).
    pub stderr: String,
    /// The `gorun-check` lines' words after the prefix, e.g. `["took=2000000000", ...]`.
    pub reports: Vec<String>,
    /// Deadlines the learner's code made.
    pub deadlines: Vec<Deadline>,
    /// Goroutines started by the learner's code and blocked at the end.
    pub blocked: Vec<Blocked>,
}

impl Probe {
    /// The value of `key=` in the report line starting with `kind`.
    pub fn field(&self, kind: &str, key: &str) -> Option<&str> {
        let line = self.reports.iter().find(|r| r.starts_with(kind))?;
        let prefix = format!("{key}=");
        line.split(' ').find_map(|w| w.strip_prefix(prefix.as_str()))
    }

    /// The rest of the report line starting with `kind` (a Go-quoted string).
    pub fn text(&self, kind: &str) -> Option<&str> {
        self.reports.iter().find_map(|r| r.strip_prefix(kind)).map(str::trim)
    }
}

/// Limits for one run: far above what the exercise needs (under 100,000 steps), low enough
/// that a runaway program is stopped within a second or so.
pub(super) fn options() -> Options {
    Options { limits: Limits { max_steps: 20_000_000, max_goroutines: 10_000, max_call_depth: 10_000, max_output_bytes: 1 << 20 }, ..Options::default() }
}

/// The byte offset of a 1-based line and byte column.
fn offset(source: &str, line: u32, col: u32) -> Option<usize> {
    let start = if line <= 1 { 0 } else { source.match_indices('\n').nth(line as usize - 2)?.0 + 1 };
    Some(start + col as usize - 1).filter(|o| *o <= source.len())
}

/// The learner's file with its main renamed, the harness's imports on the package line and
/// `main_body` as the new main. `None` if the file does not parse.
pub fn instrument(source: &str, main_body: &str) -> Option<String> {
    let tokens = lex(source).ok()?;
    let pkg = tokens.windows(2).find_map(|w| match (&w[0].tok, &w[1].tok) {
        (Tok::Kw("package"), Tok::Ident(name)) => Some((w[1].pos, name.len())),
        _ => None,
    })?;
    let file = parser::parse_file(source).ok()?;
    let main = super::source::func(&file, "main").map(|f| f.pos);
    let imports: Vec<String> = ALIASES.iter().map(|(alias, path)| format!("{alias} {path:?}")).collect();
    let mut edits = vec![(offset(source, pkg.0.line, pkg.0.col)? + pkg.1, 0, format!("; import ({})", imports.join("; ")))];
    if let Some(pos) = main {
        edits.push((offset(source, pos.line, pos.col)?, "main".len(), RENAMED_MAIN.to_string()));
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = source.to_string();
    for (at, len, text) in edits {
        out.replace_range(at..at + len, &text);
    }
    out.push_str("\n\nfunc main() {\n");
    out.push_str(main_body);
    // Every alias must be used, or Go refuses the import: this never-called function uses them.
    out.push_str(
        "\n}\n\nfunc gorunCheckUses() {\n\t_ = gorunCheckErrors.Is(gorunCheckContext.Canceled, gorunCheckContext.Canceled)\n\tgorunCheckFmt.Print()\n\tgorunCheckTime.Sleep(0)\n}\n",
    );
    Some(out)
}

/// Runs the learner's file under `main_body`; `learner_lines` is how many lines are theirs.
pub fn probe(source: &str, main_body: &str) -> Probe {
    let learner_lines = source.lines().count() as u32;
    let Some(program) = instrument(source, main_body) else {
        return Probe { exit: 1, stderr: "the program does not parse".into(), ..Probe::default() };
    };
    let mut m = match interp::load("main.go", &program, &options()) {
        Ok(m) => m,
        Err(stderr) => return Probe { exit: 1, stderr, ..Probe::default() },
    };
    let exit = m.run();
    let stdout = m.stdout().to_string();
    let stderr = m.stderr().to_string();
    let trace = m.take_trace();
    let reports = stdout.lines().filter_map(|l| l.strip_prefix("gorun-check ")).map(str::to_string).collect();
    let mut deadlines = Vec::new();
    let mut started: Vec<(u64, u32)> = Vec::new();
    let mut parked: std::collections::HashMap<u64, (String, u32)> = Default::default();
    let mut exited = std::collections::HashSet::new();
    for e in &trace {
        match &e.kind {
            EventKind::Context { op, nodes, .. } if op.starts_with("With") && e.pos.line <= learner_lines => {
                let view = nodes.first().and_then(|n| m.engine.view(crate::engine::NodeId(*n)).ok());
                if let Some(deadline) = view.and_then(|v| v.requested_deadline.or(v.deadline)) {
                    deadlines.push(Deadline { line: e.pos.line, timeout: deadline.nanos() - e.time });
                }
            }
            EventKind::GoStart { id, .. } if e.pos.line <= learner_lines => started.push((*id, e.pos.line)),
            EventKind::GoPark { reason } => {
                parked.insert(e.goroutine, (reason.clone(), e.pos.line));
            }
            EventKind::GoExit => {
                exited.insert(e.goroutine);
            }
            _ => {}
        }
    }
    let blocked = started
        .into_iter()
        .filter(|(id, _)| *id != 1 && !exited.contains(id))
        .map(|(id, line)| {
            let (reason, at) = parked.get(&id).cloned().unwrap_or_else(|| ("running".into(), line));
            Blocked { started: line, reason, line: at }
        })
        .collect();
    Probe { exit, stderr, reports, deadlines, blocked }
}
