//! The page-worker protocol (`play::wire`'s requests and answers, `play::program::answer`)
//! and share links' encoding (`play::share`): what crosses the boundary reads back the same,
//! every task is answered under its request's id, and broken input is an error, never a panic.

use context_lab::interp::Options;
use context_lab::play::checklist::{Check, Checklist, Item, Status};
use context_lab::play::program::answer;
use context_lab::play::share::{self, ShareError};
use context_lab::play::wire::{Answer, Body, Request, Task, VetFinding, VetReport};

const LEAKY: &str = "package main

import (
\t\"context\"
\t\"fmt\"
\t\"time\"
)

func main() {
\tctx, _ := context.WithTimeout(context.Background(), time.Second)
\tfmt.Println(ctx.Err())
}
";

fn ask(id: u32, task: Task, source: &str) -> Answer {
    let text = Request { id, task, source: source.to_string(), filename: None }.encode();
    let answer = answer(&text, &Options::default());
    // What the worker posts reads back as the same answer.
    assert_eq!(Answer::decode(&answer.encode()), Ok(answer.clone()));
    answer
}

#[test]
fn requests_are_small_tagged_json() {
    let r = Request { id: 7, task: Task::Vet, source: "package main".into(), filename: None };
    assert_eq!(r.encode(), r#"{"i":7,"k":"vet","s":"package main"}"#);
    assert_eq!(Request::decode(&r.encode()), Ok(r));
    assert!(Request::decode("package main").is_err(), "a bare source is not a request");
}

#[test]
fn a_run_is_answered_with_its_reply_under_its_id() {
    let a = ask(3, Task::Run, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
    assert_eq!(a.id, 3);
    let Body::Run(reply) = a.body else { panic!("not a run: {a:?}") };
    assert_eq!((reply.stdout.as_str(), reply.exit), ("hi\n", 0));
}

#[test]
fn vet_answers_with_gos_findings_at_their_lines() {
    let a = ask(4, Task::Vet, LEAKY);
    assert_eq!(
        a.body,
        Body::Vet(VetReport {
            findings: vec![VetFinding {
                line: 10,
                col: 7,
                message: "the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak".into()
            }],
            compile_errors: None
        })
    );
    let clean = ask(5, Task::Vet, &LEAKY.replace("ctx, _ :=", "ctx, cancel :=").replace("fmt.Println(ctx.Err())", "defer cancel()\n\tfmt.Println(ctx.Err())"));
    assert_eq!(clean.body, Body::Vet(VetReport::default()), "a clean program has no findings");
    let broken = ask(6, Task::Vet, "package main\n\nfunc main() { x := 1 }\n");
    let Body::Vet(VetReport { compile_errors: Some(e), .. }) = broken.body else { panic!("{broken:?}") };
    assert!(e.contains("main.go:3:15: declared and not used: x"), "{e}");
}

#[test]
fn check_answers_with_the_checklist() {
    let a = ask(9, Task::Check, LEAKY);
    let Body::Check(list) = a.body else { panic!("{a:?}") };
    assert_eq!(list.items.len(), Check::ALL.len());
    assert!(!list.solved());
}

#[test]
fn an_unreadable_request_is_refused_not_a_panic() {
    let a = answer("{\"i\":1,\"k\":\"format\",\"s\":\"\"}", &Options::default());
    assert!(matches!(a.body, Body::Refused(_)), "{a:?}");
    assert!(Answer::decode("{\"i\":1}").is_err());
}

#[test]
fn a_checklist_round_trips_and_summarises() {
    let list = Checklist {
        items: vec![
            Item { check: Check::Compiles, status: Status::Pass },
            Item { check: Check::Slow, status: Status::Fail { why: "With 2.5s of work, handle returned after 2.5s.".into(), line: Some(20) } },
            Item { check: Check::NoLeak, status: Status::Skipped("handle must take ctx first.".into()) },
        ],
    };
    let back: Checklist = serde_json::from_str(&serde_json::to_string(&list).unwrap_or_default()).unwrap_or_default();
    assert_eq!(back, list);
    assert_eq!(
        list.summary(),
        "1 of 3 checks pass. First to fix: When the work is slower than the deadline, handle returns at 2s with the context's error."
    );
    assert_eq!(list.items[1].explanation().as_deref(), Some("Line 20: With 2.5s of work, handle returned after 2.5s."));
    assert_eq!(list.items[2].explanation().as_deref(), Some("Not checked: handle must take ctx first."));
    assert_eq!(list.first_marked_line(), Some((20, "With 2.5s of work, handle returned after 2.5s.".into())));
    assert!(!Checklist::default().solved(), "an empty list solves nothing");
}

#[test]
fn base64url_round_trips_every_length() {
    for n in 0..40u8 {
        let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(97).wrapping_add(250)).collect();
        let text = share::encode(&bytes);
        assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{text}");
        assert_eq!(share::decode(&text), Ok(bytes.clone()), "{n} bytes");
    }
    // RFC 4648's test vectors, in the URL alphabet and unpadded.
    for (plain, coded) in [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")] {
        assert_eq!(share::encode(plain.as_bytes()), coded);
        assert_eq!(share::decode(&format!("{coded}==")[..coded.len() + (4 - coded.len() % 4) % 4]), Ok(plain.as_bytes().to_vec()));
    }
    assert_eq!(share::encode(&[0xfb, 0xff]), "-_8");
}

#[test]
fn broken_links_say_what_is_wrong() {
    assert_eq!(share::encoded_in("#roots"), Ok(None), "an ordinary anchor is not a share link");
    assert_eq!(share::encoded_in(""), Ok(None));
    assert_eq!(share::encoded_in("#play=abc"), Ok(Some("abc")));
    assert_eq!(share::encoded_in("#play="), Err(ShareError::Empty));
    assert_eq!(share::encoded_in(&format!("#play={}", "A".repeat(share::MAX_ENCODED + 1))), Err(ShareError::TooLong));
    for bad in ["a", "ab+c", "ab/c", "a b", "Zh", "Zm9=v", "é"] {
        assert_eq!(share::decode(bad), Err(ShareError::BadBase64), "{bad:?}");
    }
    assert_eq!(share::source_from(vec![0xff, 0xfe]), Err(ShareError::NotText));
    assert_eq!(share::source_from(vec![b'a'; share::MAX_SOURCE + 1]), Err(ShareError::TooLarge));
    assert_eq!(share::source_from(b"package main".to_vec()), Ok("package main".into()));
    let text = ShareError::BadDeflate.to_string();
    assert!(text.starts_with("This share link could not be opened:") && text.ends_with("the lesson works as usual."), "{text}");
}

const FAILING_TEST: &str = "package fetch

import \"testing\"

func TestFetch(t *testing.T) {
\tt.Error(\"no answer\")
}
";

#[test]
fn a_test_file_runs_as_its_test_binary_under_the_name_the_page_gives() {
    let r = Request { id: 9, task: Task::Run, source: FAILING_TEST.into(), filename: Some("fetch_test.go".into()) };
    assert_eq!(r.encode(), format!(r#"{{"i":9,"k":"run","s":{},"f":"fetch_test.go"}}"#, serde_json::to_string(FAILING_TEST).unwrap()));
    let a = answer(&r.encode(), &Options::default());
    let Body::Run(reply) = a.body else { panic!("not a run: {a:?}") };
    assert_eq!((reply.stdout.as_str(), reply.exit), ("--- FAIL: TestFetch (0.00s)\n    fetch_test.go:6: no answer\nFAIL\n", 1));
}

#[test]
fn without_a_name_a_test_file_is_named_after_its_package() {
    use context_lab::play::program::file_name;
    assert_eq!(file_name(None, FAILING_TEST), "fetch_test.go");
    assert_eq!(file_name(Some("x_test.go"), FAILING_TEST), "x_test.go");
    assert_eq!(file_name(Some("../x.go"), FAILING_TEST), "fetch_test.go", "a path is not a file name");
    assert_eq!(file_name(None, LEAKY), "main.go");
    assert_eq!(file_name(None, "package util\n\nimport \"fmt\"\n"), "main.go", "not a test file: Go's error names main.go");
    let a = ask(10, Task::Run, FAILING_TEST);
    let Body::Run(reply) = a.body else { panic!("not a run: {a:?}") };
    assert!(reply.stdout.contains("    fetch_test.go:6: no answer\n"), "{}", reply.stdout);
}

#[test]
fn the_lessons_test_file_passes_in_the_worker() {
    let example = context_lab::content::examples().find(|e| e.id == "t-context").expect("the lesson's t.Context example");
    let r = Request { id: 11, task: Task::Run, source: example.source.into(), filename: example.filename.map(str::to_string) };
    let Body::Run(reply) = answer(&r.encode(), &Options::default()).body else { panic!("not a run") };
    assert_eq!((Some(reply.stdout.as_str()), reply.exit), (example.expected_output(), 0));
}
