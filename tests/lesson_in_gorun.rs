//! The lesson's programs in the in-page Go: every program the playground offers to run prints,
//! under gorun, exactly what real Go printed (the output recorded beside it in the lesson), and
//! the page's list of the packages gorun provides is gorun's own.

use context_lab::content::sections;
use context_lab::interp::{compile, run, Options};
use context_lab::play::imports::{missing_package, runs_in_playground, PACKAGES};

#[test]
fn the_pages_package_list_is_gorun_s() {
    assert_eq!(PACKAGES, compile::packages());
}

#[test]
fn every_program_the_playground_runs_prints_what_real_go_printed() {
    let mut ran = 0;
    for example in sections().iter().flat_map(|s| s.examples()) {
        if !example.is_program() || !runs_in_playground(example.source) {
            continue;
        }
        // A test file runs under its own name, which its log lines carry.
        let out = run(example.filename.unwrap_or("main.go"), example.source, &Options::default());
        assert_eq!(out.exit, 0, "{}: exit {}\n{}", example.id, out.exit, out.stderr);
        assert_eq!(Some(out.stdout.as_str()), example.expected_output(), "{}", example.id);
        ran += 1;
    }
    let programs = sections().iter().flat_map(|s| s.examples()).filter(|e| e.is_program()).count();
    assert_eq!(ran, programs, "every lesson program runs in the page");
    println!("{ran} lesson programs run in the page with real Go's output");
}

#[test]
fn every_lesson_program_runs_in_the_page() {
    let programs: Vec<_> = sections().iter().flat_map(|s| s.examples()).filter(|e| e.is_program()).collect();
    let needs: Vec<(&str, &str)> = programs.iter().filter_map(|e| missing_package(e.source).map(|p| (e.id, p))).collect();
    assert_eq!(needs, [], "lesson programs importing packages gorun does not provide");
    // Among them the HTTP programs (a server and its client in one process), the signal one and
    // the test file.
    for import in ["\"net/http/httptest\"", "\"os/signal\"", "\"testing\"", "\"sync/atomic\"", "\"golang.org/x/sync/errgroup\""] {
        assert!(programs.iter().any(|e| e.source.contains(import) && runs_in_playground(e.source)), "{import}");
    }
}
