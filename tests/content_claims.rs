//! Claims the lesson must make, or must no longer make, checked against the text a learner
//! reads (sections, callouts, captions, quiz prompts, choices, feedback and explanations).
//!
//! Each test pins one point of a review that tried every sentence against real Go 1.27 and
//! Go's documentation; the programs that prove the new claims run in `tests/content_go.rs`,
//! and the documentation lines sit in comments next to the claims in `src/content/`.

use context_lab::content::quiz::{self, Question};
use context_lab::content::{self, Block};

/// Every piece of learner-facing text, with where it is: `section-id` or `quiz:question-id`.
fn texts() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for section in content::sections() {
        let at = section.id.to_string();
        for block in section.blocks {
            match block {
                Block::Para(t) => out.push((at.clone(), *t)),
                Block::List(items) | Block::Hints(items) => {
                    out.extend(items.iter().map(|t| (at.clone(), *t)))
                }
                Block::Heading { text, .. } => out.push((at.clone(), *text)),
                Block::Callout { title, body, .. } => {
                    out.extend([(at.clone(), *title), (at.clone(), *body)])
                }
                Block::Code(example) => out.extend(example.caption.map(|c| (at.clone(), c))),
                Block::Commands(_) | Block::Quiz => {}
            }
        }
    }
    for q in quiz::questions() {
        let at = format!("quiz:{}", q.id);
        out.extend([(at.clone(), q.prompt), (at.clone(), q.explanation)]);
        for c in q.choices {
            out.extend([(at.clone(), c.text), (at.clone(), c.feedback)]);
        }
    }
    out
}

/// Prose with line-continuation spacing, markup and case flattened, for phrase matching.
fn flat(text: &str) -> String {
    let plain = content::inline::plain_text(text).replace('`', "");
    plain
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Every text that contains `phrase` (case-insensitive), with where it is.
fn containing(phrase: &str) -> Vec<(String, String)> {
    let phrase = phrase.to_lowercase();
    texts()
        .into_iter()
        .map(|(at, t)| (at, flat(t)))
        .filter(|(_, t)| t.contains(&phrase))
        .collect()
}

fn assert_gone(phrase: &str) {
    let found = containing(phrase);
    assert!(found.is_empty(), "{phrase:?} is still said: {found:?}");
}

/// Every text that says `claim` also says `qualifier`, and at least one says `claim`.
fn assert_qualified(claim: &str, qualifier: &str) {
    let found = containing(claim);
    assert!(!found.is_empty(), "nothing says {claim:?} any more");
    for (at, text) in found {
        assert!(
            text.contains(&qualifier.to_lowercase()),
            "{at}: {claim:?} without {qualifier:?}: {text}"
        );
    }
}

fn section_says(id: &str, phrase: &str) -> bool {
    containing(phrase).iter().any(|(at, _)| at == id)
}

fn output(id: &str) -> &'static str {
    content::example(id)
        .and_then(|e| e.expected_output())
        .unwrap_or_else(|| panic!("no program {id}"))
}

#[test]
fn only_the_context_package_dates_from_go_1_7() {
    // errors.Is and %w came in Go 1.13, QueryContext in 1.8, `any` in 1.18.
    assert_gone("everything else in this lesson has been there since go 1.7");
    assert!(section_says(
        "newer-apis",
        "the rest of the context package has been there since go 1.7"
    ));
    assert!(section_says(
        "newer-apis",
        "errors.is and %w came in go 1.13"
    ));
}

#[test]
fn timeouts_are_reported_the_same_way_only_where_that_is_true() {
    assert_gone("grpc calls) reports a timeout the same way");
    assert!(section_says(
        "deadlines",
        "status.code(err) == codes.deadlineexceeded"
    ));
    assert!(section_says("deadlines", "database drivers vary"));
    let http =
        content::section("deadlines").and_then(|s| s.examples().find(|e| e.id == "http-timeout"));
    assert!(http.is_some(), "the net/http claim is shown by a program");
    assert!(output("http-timeout").contains("errors.Is DeadlineExceeded: true"));
}

#[test]
fn a_requests_context_also_ends_when_the_handler_returns() {
    assert_qualified(
        "cancelled when the client's connection closes",
        "as soon as the handler returns",
    );
    assert!(section_says(
        "patterns",
        "r.context() is cancelled as soon as the handler returns"
    ));
    assert!(output("detached-work").contains("audit with r.Context(): lost: context canceled"));
    assert!(output("detached-work").contains("audit with WithoutCancel: saved"));
}

#[test]
fn absolute_statements_about_the_tree_name_withoutcancel() {
    assert_qualified("cancels everything derived from it", "withoutcancel");
    assert_qualified("deadlines only get earlier", "withoutcancel");
    assert_qualified("never extend it", "withoutcancel");
}

#[test]
fn a_deadline_cause_is_dropped_when_the_parents_deadline_comes_first() {
    assert_gone("the cause you give is recorded if the deadline passes");
    assert!(section_says(
        "newer-apis",
        "if the parent's deadline comes first"
    ));
    assert!(section_says("newer-apis", "your error is dropped"));
    assert!(output("cancel-cause").ends_with(
        "under a 20ms parent, the parent's deadline: true\nCause: context deadline exceeded\n"
    ));
}

#[test]
fn afterfunc_stop_is_false_once_f_started_or_was_stopped() {
    assert_gone("stop() after f ran");
    assert!(section_says("newer-apis", "when f was already stopped"));
    assert!(
        output("after-func").ends_with("stop() before cancel: true\nstop() a second time: false\n")
    );
}

#[test]
fn the_leak_question_says_the_parent_can_be_cancelled() {
    let q: &Question = quiz::question("finish-before-cancel").expect("question");
    let prompt = flat(q.prompt);
    assert!(prompt.contains("cancels when it shuts down"), "{prompt}");
    assert!(
        !prompt.contains("context.withcancel(parent)"),
        "a bare parent may be Background"
    );
}

#[test]
fn tests_use_t_context_not_background() {
    assert_gone("in tests and when a server starts up");
    assert_gone("background in main, initialization and tests");
    assert!(section_says("roots", "t.context()"));
    assert!(section_says("patterns", "t.context()"));
    assert!(output("t-context").contains("in Cleanup: context canceled"));
}

#[test]
fn conventions_are_stated_as_conventions() {
    assert_gone("is always called ctx");
    assert_gone("named ctx**");
    assert!(section_says("call-chain", "typically named ctx"));
    assert_gone("the most common way");
}

#[test]
fn patterns_and_pitfalls_teach_each_point_with_a_program() {
    let section = content::section("patterns").expect("patterns section");
    let mut heading = None;
    let mut taught = Vec::new();
    for block in section.blocks {
        match block {
            Block::Heading { id, .. } => heading = Some(*id),
            Block::Code(example) if example.is_program() => {
                taught.push((heading.unwrap_or("?"), example.id))
            }
            _ => {}
        }
    }
    assert_eq!(
        taught,
        [
            ("check-before-work", "loop-select"),
            ("wait-with-timer", "sleep-timer"),
            ("cancel-does-not-wait", "cancel-wait"),
            ("request-lifetime", "detached-work"),
            ("shutdown", "notify-context"),
            ("errgroup-fan-out", "errgroup"),
            ("testing-context", "t-context"),
        ]
    );
    assert!(section_says("patterns", "at random"));
    assert!(section_says(
        "patterns",
        "a context is safe for many goroutines at once"
    ));
    assert!(section_says("patterns", "signal.notifycontext"));
    assert!(section_says("with-value", "staticcheck"));
    assert!(output("struct-key").contains("WithValue(main.requestIDKey, abc-123)"));
    let about_patterns = quiz::questions()
        .iter()
        .filter(|q| q.section == "patterns")
        .count();
    assert!(
        about_patterns >= 4,
        "{about_patterns} quiz questions on the patterns"
    );
}

#[test]
fn the_exercise_says_the_worker_outlives_the_timeout() {
    assert!(section_says(
        "exercise",
        "his worker goroutine is still asleep"
    ));
}
