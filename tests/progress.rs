//! The progress model's transitions and what is derived from them, read as a spec.

use context_lab::content::quiz;
use context_lab::progress::{AnswerError, Date, Exercise, Missing, NotReady, Progress};

/// The correct choice id of question `id`.
fn right(id: &str) -> &'static str {
    quiz::question(id).expect("question exists").correct
}

/// A choice id of question `id` that is wrong.
fn wrong(id: &str) -> &'static str {
    let q = quiz::question(id).expect("question exists");
    q.choices
        .iter()
        .find(|c| c.id != q.correct)
        .expect("a wrong choice")
        .id
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

/// Answers the first `n` questions correctly and the rest wrongly.
fn answered(n_right: usize) -> Progress {
    let mut p = Progress::new();
    for (i, q) in quiz::questions().iter().enumerate() {
        let choice = if i < n_right { q.correct } else { wrong(q.id) };
        p.answer(q.id, choice).expect("known ids");
    }
    p
}

#[test]
fn answering_wrong_then_right_replaces_the_answer_and_explains_both_times() {
    let mut p = Progress::new();
    let q = "child-cancels-parent";
    let first = p.answer(q, wrong(q)).expect("known ids");
    assert!(!first.correct);
    assert_eq!(first.verdict(), "Not quite.");
    assert!(!first.choice_feedback().is_empty() && !first.explanation().is_empty());
    assert_eq!(
        (first.section(), first.preset()),
        ("with-cancel", Some("cancel-tree"))
    );
    assert_eq!(p.score().correct, 0);
    assert_eq!(p.score().answered, 1);

    let second = p.answer(q, right(q)).expect("known ids");
    assert!(second.correct);
    assert_eq!(second.verdict(), "Correct.");
    assert_eq!(p.score().correct, 1);
    assert_eq!(p.score().answered, 1);
    assert_eq!(
        p.feedback(q),
        Some(second),
        "feedback is restorable after a reload"
    );
}

#[test]
fn unknown_ids_are_refused_and_change_nothing() {
    let mut p = Progress::new();
    assert_eq!(
        p.answer("nope", "x"),
        Err(AnswerError::UnknownQuestion("nope".into()))
    );
    assert!(matches!(
        p.answer("value-use", "x"),
        Err(AnswerError::UnknownChoice { .. })
    ));
    assert!(!p.mark_section_read("appendix"));
    assert!(!p.explore_preset("no-such-preset"));
    assert_eq!(p, Progress::new());
}

#[test]
fn sections_and_presets_are_recorded_once() {
    let mut p = Progress::new();
    assert!(p.mark_section_read("roots"));
    assert!(!p.mark_section_read("roots"));
    assert!(p.mark_section_read("deadlines"));
    assert!(p.explore_preset("leak"));
    assert!(!p.explore_preset("leak"));
    let sections = context_lab::content::sections().len();
    assert_eq!(p.sections_progress(), (2, sections));
    assert!((p.sections_fraction() - 2.0 / sections as f64).abs() < 1e-9);
    assert!(p.is_section_read("roots") && !p.is_section_read("next"));
    assert_eq!(p.presets_explored().collect::<Vec<_>>(), ["leak"]);
}

#[test]
fn score_and_pass_mark() {
    let total = quiz::questions().len();
    let mark = quiz::pass_mark(total);
    assert!(!answered(mark - 1).passed());
    assert!(answered(mark).passed());
    assert!(!Progress::new().passed());
    let s = answered(mark).score();
    assert_eq!((s.correct, s.answered, s.total), (mark, total, total));
    assert_eq!(s.to_string(), format!("{mark}/{total}"));
}

#[test]
fn complete_is_refused_until_the_quiz_is_passed_and_says_what_is_missing() {
    let total = quiz::questions().len();
    let mark = quiz::pass_mark(total);
    let mut p = answered(mark - 2);
    // Leave one question unanswered so the message counts both kinds.
    p.retry_wrong();
    p.answer(
        quiz::questions()[total - 1].id,
        wrong(quiz::questions()[total - 1].id),
    )
    .expect("known ids");
    let err = p.complete(date("2025-06-01")).expect_err("quiz not passed");
    let unanswered = total - (mark - 2) - 1;
    assert_eq!(
        err,
        NotReady {
            missing: vec![
                Missing::QuizNotPassed {
                    correct: mark - 2,
                    pass_mark: mark,
                    total,
                    unanswered,
                    wrong: 1
                },
                Missing::ExerciseNotSolved
            ]
        }
    );
    assert_eq!(
        err.to_string(),
        format!(
            "To mark the lesson complete, pass the knowledge check: answer 2 more questions \
             correctly ({} of {total} right so far, {mark} needed; {unanswered} unanswered, 1 to \
             retry); and solve the exercise: \"Check my solution\" in the playground must pass \
             every check.",
            mark - 2
        )
    );
    assert_eq!(p.completed(), None);
    assert_eq!(p.missing(), err.missing);
}

#[test]
fn complete_also_waits_for_the_exercise_and_says_so() {
    let mut p = answered(quiz::questions().len());
    assert_eq!(p.missing(), vec![Missing::ExerciseNotSolved]);
    let err = p.complete(date("2025-06-01")).expect_err("exercise not solved");
    assert_eq!(
        err.to_string(),
        "To mark the lesson complete, solve the exercise: \"Check my solution\" in the \
         playground must pass every check."
    );
    p.set_exercise(Exercise::Started);
    assert_eq!(p.missing(), vec![Missing::ExerciseNotSolved], "started is not solved");
    // Both missing: both said, the quiz first.
    let mut q = answered(0);
    assert_eq!(q.missing().len(), 2);
    assert!(q.complete(date("2025-06-01")).expect_err("neither").to_string().contains(
        "right so far, "
    ));
    assert!(q.missing().ends_with(&[Missing::ExerciseNotSolved]));
    assert_eq!(p.completed(), None);
}

#[test]
fn complete_records_the_date_once() {
    let mut p = answered(quiz::questions().len());
    p.set_exercise(Exercise::Solved);
    assert!(p.missing().is_empty());
    assert_eq!(p.complete(date("2025-06-01T09:30:00.000Z")), Ok(()));
    assert_eq!(p.completed().map(Date::as_str), Some("2025-06-01"));
    assert_eq!(p.complete(date("2025-07-01")), Ok(()));
    assert_eq!(
        p.completed().map(Date::as_str),
        Some("2025-06-01"),
        "first date kept"
    );
}

#[test]
fn retry_clears_wrong_answers_only() {
    let mut p = answered(3);
    let total = quiz::questions().len();
    assert_eq!(p.retry_wrong(), total - 3);
    assert_eq!(p.score().answered, 3);
    assert_eq!(p.score().correct, 3);
    assert_eq!(p.retry_wrong(), 0);
}

#[test]
fn reset_forgets_everything() {
    let mut p = answered(quiz::questions().len());
    p.mark_section_read("roots");
    p.explore_preset("roots");
    p.set_exercise(Exercise::Solved);
    p.complete(date("2025-06-01")).expect("passed");
    p.reset();
    assert_eq!(p, Progress::new());
}

#[test]
fn summary_line() {
    let total = quiz::questions().len();
    let sections = context_lab::content::sections().len();
    let mut p = answered(total);
    for s in ["objectives", "why-context", "roots", "with-cancel"] {
        p.mark_section_read(s);
    }
    assert_eq!(
        p.summary(),
        format!("4 of {sections} sections read · quiz {total}/{total} · not complete")
    );
    p.set_exercise(Exercise::Solved);
    p.complete(date("2025-06-01")).expect("passed");
    assert_eq!(
        p.summary(),
        format!("4 of {sections} sections read · quiz {total}/{total} · completed 2025-06-01")
    );
    assert_eq!(
        Progress::new().summary(),
        format!("0 of {sections} sections read · quiz 0/{total} · not complete")
    );
}

#[test]
fn dates_parse_only_iso_calendar_dates() {
    for (text, want) in [
        ("2025-06-01", Some("2025-06-01")),
        ("2025-06-01T23:59:59.999Z", Some("2025-06-01")),
        ("2025-13-01", None),
        ("2025-06-00", None),
        ("2025-6-1", None),
        ("2025-06-01 extra", None),
        ("yesterday", None),
        ("", None),
        ("2025-06-0é", None),
    ] {
        assert_eq!(
            Date::parse(text).as_ref().map(Date::as_str),
            want,
            "{text:?}"
        );
    }
}

#[test]
fn the_exercise_only_moves_forward() {
    let mut p = Progress::new();
    assert_eq!(p.exercise(), Exercise::NotStarted);
    assert!(p.advance_exercise(Exercise::Started));
    assert!(!p.advance_exercise(Exercise::Started), "no change, nothing to save");
    assert!(p.advance_exercise(Exercise::Solved));
    assert!(!p.advance_exercise(Exercise::Started), "opening it again does not unsolve it");
    assert_eq!(p.exercise(), Exercise::Solved);
    assert_eq!(p.exercise().label(), "Exercise: solved");
}
