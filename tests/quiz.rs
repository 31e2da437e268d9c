//! The knowledge check's data, validated by one helper over every question.

use context_lab::content::{self, presets};
use context_lab::content::inline::{self, Inline};
use context_lab::content::quiz::{self, Question, QuestionKind, FALSE, PASS_PERCENT, TRUE};
use std::collections::HashSet;


/// Every problem with one question, in words; empty when the question is well formed.
fn problems(q: &Question) -> Vec<String> {
    let mut out = Vec::new();
    let mut texts = vec![q.prompt, q.explanation];
    if q.prompt.trim().is_empty() {
        out.push("empty prompt".to_owned());
    }
    if q.explanation.trim().is_empty() {
        out.push("empty explanation".to_owned());
    }
    let mut ids = HashSet::new();
    for c in q.choices {
        if !ids.insert(c.id) {
            out.push(format!("duplicate choice id {:?}", c.id));
        }
        if c.text.trim().is_empty() || c.feedback.trim().is_empty() {
            out.push(format!("choice {:?} lacks text or feedback", c.id));
        }
        texts.extend([c.text, c.feedback]);
    }
    if q.choice(q.correct).is_none() {
        out.push(format!("correct id {:?} is not a choice", q.correct));
    }
    match q.kind {
        QuestionKind::TrueFalse => {
            let shape: Vec<_> = q.choices.iter().map(|c| (c.id, c.text)).collect();
            if shape != [(TRUE, "True"), (FALSE, "False")] {
                out.push(format!("true/false choices are {shape:?}"));
            }
        }
        QuestionKind::MultipleChoice => {
            if !(3..=5).contains(&q.choices.len()) {
                out.push(format!("{} choices; want 3 to 5", q.choices.len()));
            }
        }
    }
    if content::section(q.section).is_none() {
        out.push(format!("unknown section {:?}", q.section));
    }
    if let Some(p) = q.preset {
        if presets::preset(p).is_none() {
            out.push(format!("unknown preset {p:?}"));
        }
    }
    for t in texts {
        if t.matches('`').count() % 2 != 0 {
            out.push(format!("unbalanced backticks in {t:?}"));
        }
        if t.contains("  ") {
            out.push(format!(
                "double space (a broken line continuation?) in {t:?}"
            ));
        }
    }
    out
}

#[test]
fn every_question_is_well_formed() {
    let all = quiz::questions();
    let mut report = Vec::new();
    let mut ids = HashSet::new();
    for q in all {
        if !ids.insert(q.id) {
            report.push(format!("{}: duplicate question id", q.id));
        }
        report.extend(problems(q).into_iter().map(|p| format!("{}: {p}", q.id)));
    }
    assert!(all.len() >= 8, "only {} questions", all.len());
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_syllabus_questions_come_first() {
    let ids: Vec<_> = quiz::questions().iter().take(3).map(|q| q.id).collect();
    assert_eq!(
        ids,
        [
            "finish-before-cancel",
            "ctx-first-parameter",
            "unexported-key-type"
        ]
    );
}

#[test]
fn answers_are_not_all_in_the_same_position() {
    // A learner must not be able to pass by always picking the first choice.
    let all = quiz::questions();
    let first = all
        .iter()
        .filter(|q| q.choices.first().map(|c| c.id) == Some(q.correct))
        .count();
    assert!(
        first * 2 <= all.len(),
        "{first} of {} correct answers are the first choice",
        all.len()
    );
}

#[test]
fn lookup_and_grading() {
    let q = quiz::question("ctx-first-parameter").expect("question exists");
    assert!(q.is_correct(TRUE));
    assert!(!q.is_correct(FALSE));
    assert_eq!(q.correct_choice().map(|c| c.text), Some("True"));
    assert!(quiz::question("no-such-question").is_none());
}

#[test]
fn pass_mark_rounds_up() {
    assert_eq!(PASS_PERCENT, 80);
    for (total, mark) in [(0, 0), (1, 1), (5, 4), (8, 7), (10, 8), (11, 9)] {
        assert_eq!(quiz::pass_mark(total), mark, "total {total}");
    }
}

#[test]
fn quiz_text_backticks_are_inline_code_in_the_lessons_markup() {
    use Inline::{Code, Text};
    let cases: &[(&str, &[Inline])] = &[
        ("", &[]),
        ("plain", &[Text("plain")]),
        (
            "call `cancel()` now",
            &[Text("call "), Code("cancel()"), Text(" now")],
        ),
        ("`ctx`", &[Code("ctx")]),
        ("a `b` `c`", &[Text("a "), Code("b"), Text(" "), Code("c")]),
        ("odd ` tick", &[Text("odd ` tick")]),
    ];
    for (text, want) in cases {
        assert_eq!(inline::parse(text), *want, "{text:?}");
    }
}

#[test]
fn quiz_text_uses_only_plain_text_and_inline_code() {
    for q in quiz::questions() {
        let texts = [q.prompt, q.explanation].into_iter().chain(q.choices.iter().flat_map(|c| [c.text, c.feedback]));
        for text in texts {
            for run in inline::parse(text) {
                assert!(matches!(run, Inline::Text(_) | Inline::Code(_)), "{}: {run:?} in {text:?}", q.id);
            }
        }
    }
}
