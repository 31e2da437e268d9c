//! `interp::vet::lostcancel` against `go vet -lostcancel`, case by case.
//!
//! Every `tests/gorun/vet/NAME.go` has `NAME.json` recorded from real Go by
//! `tests/gorun/record.sh`: the findings in Go's order and the exit status (1 when there are
//! findings). The check parses the program, runs lostcancel over its syntax tree and requires the
//! same lines. A second test runs it over every corpus program that imports `context` and requires
//! no finding where the program is one the lesson shows as correct (the recordings there are of
//! running, not vetting, so only the absence of false alarms on clean code is asserted).

use context_lab::interp::{parser, vet};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn go_files(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gorun").join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    v.sort();
    v
}

fn findings(path: &Path) -> Result<Vec<String>, String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let file = parser::parse_file(&src).map_err(|(p, m)| format!("{name}:{}:{}: {m}", p.line, p.col))?;
    Ok(vet::lostcancel(&file).iter().map(|f| f.render(&name)).collect())
}

#[test]
fn lostcancel_matches_go_vet_on_every_case() {
    let cases = go_files("vet");
    assert!(cases.len() >= 12, "expected the vet cases, found {}", cases.len());
    let mut failures = Vec::new();
    for path in &cases {
        let json = path.with_extension("json");
        let want: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", json.display()));
        let want_lines: Vec<String> = want["findings"].as_array().map(|a| a.iter().filter_map(|l| l.as_str().map(String::from)).collect()).unwrap_or_default();
        let want_exit = want["exit"].as_i64().unwrap_or(-1);
        match findings(path) {
            Err(e) => failures.push(format!("{}: {e}", path.display())),
            Ok(got) => {
                let exit = if got.is_empty() { 0 } else { 1 };
                if got != want_lines || exit != want_exit {
                    failures.push(format!("{}:\n  want (exit {want_exit}) {want_lines:#?}\n  got  (exit {exit}) {got:#?}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} vet cases differ from go vet:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn lostcancel_is_silent_on_the_lessons_context_programs() {
    let mut checked = 0;
    let mut noisy = Vec::new();
    for path in go_files("corpus") {
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        // Programs that compile (not compile_*) and use context; all of them cancel properly.
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with("compile_") || !src.contains("\"context\"") {
            continue;
        }
        checked += 1;
        match findings(&path) {
            Ok(f) if f.is_empty() => {}
            Ok(f) => noisy.push(format!("{name}: {f:?}")),
            // Parsing is the corpus test's business; here only vet's verdicts are judged.
            Err(_) => checked -= 1,
        }
    }
    assert!(checked >= 30, "only {checked} context programs parsed");
    assert!(noisy.is_empty(), "lostcancel flags clean programs:\n{}", noisy.join("\n"));
}
