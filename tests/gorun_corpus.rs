//! The gorun conformance corpus: every `tests/gorun/corpus/NAME.go` run by the interpreter and
//! compared with real Go 1.27's recording `NAME.json` (stdout and exit exactly; stderr must
//! contain `stderr_key`, and for a compile error (exit 1) its first line must equal it).
//! `tests/gorun/unsupported/` cases (generics) must be refused with a clear compile-time message.
//!
//! `tests/gorun/pending.txt` lists case names not yet supported, one per line (`#` comments).
//! The test fails on any mismatch not listed, and on any listed case that now passes (so the
//! list can only shrink), and prints the pass count.

use context_lab::interp::{run, Options};
use std::path::Path;

struct Case {
    name: String,
    src: String,
    exit: i32,
    stdout: String,
    stderr_key: String,
}

fn load(dir: &Path) -> Vec<Case> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".go")).collect())
        .unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .filter_map(|n| {
            let name = n.trim_end_matches(".go").to_string();
            let src = std::fs::read_to_string(dir.join(&n)).ok()?;
            let json = std::fs::read_to_string(dir.join(format!("{name}.json"))).ok()?;
            let v: serde_json::Value = serde_json::from_str(&json).ok()?;
            Some(Case {
                exit: v["exit"].as_i64().unwrap_or(-1) as i32,
                stdout: v["stdout"].as_str().unwrap_or("").to_string(),
                stderr_key: v["stderr_key"].as_str().unwrap_or("").to_string(),
                name,
                src,
            })
        })
        .collect()
}

/// A line diff of expected and actual text (first differing lines, at most 12).
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b && shown < 12 {
            out.push_str(&format!("    line {}: want {:?}\n              got  {:?}\n", i + 1, a.unwrap_or(&"<none>"), b.unwrap_or(&"<none>")));
            shown += 1;
        }
    }
    out
}

/// Why a case fails, or `None` if it passes.
fn check(c: &Case) -> Option<String> {
    let file = format!("{}.go", c.name);
    let opts = Options::default();
    let out = run(&file, &c.src, &opts);
    let mut why = String::new();
    if out.exit != c.exit {
        why.push_str(&format!("  exit: want {}, got {}\n", c.exit, out.exit));
    }
    if out.stdout != c.stdout {
        why.push_str(&format!("  stdout differs:\n{}", diff(&c.stdout, &out.stdout)));
    }
    if c.exit == 1 && !c.stderr_key.is_empty() {
        let first = out.stderr.lines().next().unwrap_or("");
        if first != c.stderr_key {
            why.push_str(&format!("  first stderr line: want {:?}\n                    got  {:?}\n", c.stderr_key, first));
        }
    } else if !out.stderr.contains(&c.stderr_key) {
        let first = out.stderr.lines().next().unwrap_or("");
        why.push_str(&format!("  stderr lacks {:?}; its first line is {:?}\n", c.stderr_key, first));
    }
    if why.is_empty() {
        None
    } else {
        Some(why)
    }
}

fn pending() -> Vec<String> {
    std::fs::read_to_string("tests/gorun/pending.txt")
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn corpus_matches_real_go() {
    let cases = load(Path::new("tests/gorun/corpus"));
    assert!(cases.len() >= 14, "the corpus is missing ({} cases)", cases.len());
    let pending = pending();
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut now_passing = Vec::new();
    for c in &cases {
        let res = check(c);
        let listed = pending.contains(&c.name);
        match (res, listed) {
            (None, false) => passed += 1,
            (None, true) => {
                passed += 1;
                now_passing.push(c.name.clone());
            }
            (Some(_), true) => {}
            (Some(why), false) => failures.push(format!("{}:\n{why}", c.name)),
        }
    }
    println!("gorun corpus: {passed} of {} cases pass; {} pending (tests/gorun/pending.txt)", cases.len(), pending.len());
    let unknown: Vec<&String> = pending.iter().filter(|p| !cases.iter().any(|c| &c.name == *p)).collect();
    let mut msg = String::new();
    if !failures.is_empty() {
        msg.push_str(&format!("{} cases differ from real Go:\n{}", failures.len(), failures.join("\n")));
    }
    if !now_passing.is_empty() {
        msg.push_str(&format!("\nthese pending cases pass now; remove them from tests/gorun/pending.txt: {}\n", now_passing.join(" ")));
    }
    if !unknown.is_empty() {
        msg.push_str(&format!("\npending.txt names cases that do not exist: {unknown:?}\n"));
    }
    assert!(msg.is_empty(), "{msg}");
}

#[test]
fn generics_are_refused_clearly() {
    let cases = load(Path::new("tests/gorun/unsupported"));
    for c in &cases {
        let out = run(&format!("{}.go", c.name), &c.src, &Options::default());
        assert_eq!(out.exit, 1, "{}: generics must be refused at compile time; stderr {:?}", c.name, out.stderr);
        assert!(out.stderr.contains("not supported here"), "{}: unclear refusal {:?}", c.name, out.stderr);
    }
}
