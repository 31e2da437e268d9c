//! Running a program for the page (the worker's side): the interpreter's run, plus the contexts
//! its engine made, with what each constructor was given, so the page can replay the run's tree;
//! and [`answer`], which does whichever task a request asks (run, vet, check).

use crate::engine::{Engine, NodeId};
use crate::interp::{self, Options, Outcome};

use super::wire::{Answer, Body, Reply, Request, Task, VetReport, WireNode, WireValue};

/// Does what the page's request asks (the worker's whole job); a request that does not read is
/// answered as refused, with id 0.
pub fn answer(request: &str, opts: &Options) -> Answer {
    match Request::decode(request) {
        Err(e) => Answer { id: 0, body: Body::Refused(e.to_string()) },
        Ok(r) => {
            let file = file_name(r.filename.as_deref(), &r.source);
            Answer {
                id: r.id,
                body: match r.task {
                    Task::Run => Body::Run(run_file(&file, &r.source, opts)),
                    Task::Vet => Body::Vet(VetReport::from_vet(interp::vet(&file, &r.source))),
                    Task::Check => Body::Check(super::check::check(&r.source)),
                },
            }
        }
    }
}

/// The name a program runs under: the one the page gave (a plain file name ending in `.go`),
/// else `PKG_test.go` for a test file of package `PKG` (a package other than `main` importing
/// "testing"), else `main.go`.
pub fn file_name(given: Option<&str>, source: &str) -> String {
    if let Some(f) = given.filter(|f| f.ends_with(".go") && f.len() > 3 && !f.contains(['/', '\\'])) {
        return f.to_string();
    }
    let package = source.lines().map(str::trim).find_map(|l| l.strip_prefix("package ")).map(|p| p.split("//").next().unwrap_or("").trim());
    match package {
        Some(p) if p != "main" && !p.is_empty() && super::imports::import_paths(source).contains(&"testing") => format!("{p}_test.go"),
        _ => "main.go".to_string(),
    }
}

/// The cause shown for an error value whose `Error()` text the run's engine does not hold.
pub const UNNAMED_CAUSE: &str = "(an error value from the program)";

/// Runs `source` (shown as `main.go` in Go's messages) and makes the worker's reply.
pub fn run(source: &str, opts: &Options) -> Reply {
    run_file("main.go", source, opts)
}

/// Runs `source` as file `filename` (a `_test.go` file as its test binary) and makes the
/// worker's reply.
pub fn run_file(filename: &str, source: &str, opts: &Options) -> Reply {
    match interp::load(filename, source, opts) {
        Err(stderr) => Reply::from_outcome(&Outcome { stderr, exit: 1, ..Outcome::default() }),
        Ok(mut m) => {
            let exit = m.run();
            let out = Outcome { stdout: m.stdout().to_string(), stderr: m.stderr().to_string(), exit, trace: m.take_trace() };
            let mut reply = Reply::from_outcome(&out);
            reply.nodes = nodes(&m.engine);
            reply
        }
    }
}

/// Every node the engine holds, in id order.
fn nodes(engine: &Engine) -> Vec<WireNode> {
    let mut out = Vec::new();
    let mut ids: Vec<NodeId> = engine.node_ids().collect();
    ids.sort();
    for NodeId(id) in ids {
        let Ok(v) = engine.view(NodeId(id)) else { continue };
        let cause = match (&v.err, &v.cause) {
            // The interpreter keeps a custom error's text beside the engine; an empty text still
            // marks a cause that is not Err(), which the tree must show as such.
            (Some(e), Some(c)) if e != c && c.message().is_empty() => Some(UNNAMED_CAUSE.to_string()),
            (Some(e), Some(c)) if e != c => Some(c.to_string()),
            _ => None,
        };
        out.push(WireNode {
            id,
            kind: v.kind.go_name().to_string(),
            deadline: v.requested_deadline.or(v.deadline).filter(|_| v.kind.has_deadline_arg()).map(|t| t.nanos()),
            entry: v.entry.as_ref().map(|(k, val)| (WireValue::from(k), WireValue::from(val))),
            cause,
        });
    }
    out
}
