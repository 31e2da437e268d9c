//! The learner's progress and its transitions: sections read, presets explored, quiz answers,
//! the exercise's state and "lesson complete".
//!
//! Elm style: [`Progress`] is plain data, changed only through its methods (each a pure
//! transition), and everything the header or the quiz shows is derived from it ([`Progress::score`],
//! [`Progress::summary`], [`Progress::missing`]). Persisting it is `storage`'s job; this module
//! knows nothing about where it is kept.
//!
//! **Invariant**: pure; no browser crates and no clock. The completion date arrives as a value
//! ([`Date`]) from the UI. Every id held is one the current content knows: transitions ignore
//! unknown section, preset, question and choice ids, which is how stale ids from an older
//! content version are dropped on load.

use crate::content::quiz::{self, Choice, Question};
use crate::content::english::plural;
use crate::content::{self, presets};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Whether `id` names a section of the lesson (ids of sections that no longer exist are dropped
/// from old records).
fn is_section(id: &str) -> bool {
    content::section(id).is_some()
}

/// Whether `id` names a context-tree preset a learner can explore.
fn is_preset(id: &str) -> bool {
    presets::preset(id).is_some()
}

/// A calendar date, `YYYY-MM-DD` (ISO 8601), as the UI read it from the browser's clock.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date(String);

impl Date {
    /// Parses `YYYY-MM-DD`, or a full ISO timestamp such as JavaScript's
    /// `Date.prototype.toISOString()` output (`2025-06-01T12:34:56.789Z`), keeping the date part.
    /// `None` if the text does not start with a plausible date.
    pub fn parse(text: &str) -> Option<Date> {
        let date = text.get(..10)?;
        let rest = &text[10..];
        if !(rest.is_empty() || rest.starts_with('T')) {
            return None;
        }
        let b = date.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
            return None;
        }
        let month: u8 = date[5..7].parse().ok()?;
        let day: u8 = date[8..10].parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| Date(date.to_owned()))
    }

    /// The date as `YYYY-MM-DD`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(text: String) -> Result<Date, String> {
        Date::parse(&text).ok_or_else(|| format!("{text:?} is not a YYYY-MM-DD date"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The learner's last checked answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The id of the chosen choice.
    pub choice: String,
    /// Whether it was correct when checked (re-graded against the current quiz on load).
    pub correct: bool,
}

/// How far the learner got with the "do it yourself" exercise: opened or edited in the
/// playground, then solved when "Check my solution" passes every check. Ordered: it only moves
/// forward ([`Progress::advance_exercise`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exercise {
    /// Not opened yet.
    #[default]
    NotStarted,
    /// Opened or edited, not yet solved.
    Started,
    /// Solved.
    Solved,
}

impl Exercise {
    /// The progress panel's line for it.
    pub fn label(self) -> &'static str {
        match self {
            Exercise::NotStarted => "Exercise: not started",
            Exercise::Started => "Exercise: started, not solved yet",
            Exercise::Solved => "Exercise: solved",
        }
    }
}

/// Everything the lesson remembers about one learner. Serializes as the `progress` object of
/// the saved record; decoding goes through `storage::decode`, which checks every field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Sections the learner has read (ids of [`content::sections`]).
    sections_read: BTreeSet<String>,
    /// Tree presets the learner has opened (ids of [`presets::PRESETS`]).
    presets_explored: BTreeSet<String>,
    /// The last checked answer per question id.
    answers: BTreeMap<String, Answer>,
    /// The exercise's state.
    exercise: Exercise,
    /// When the learner marked the lesson complete; `None` until then.
    completed: Option<Date>,
}

/// What the quiz view shows after Check: the verdict, why, and where to read more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feedback {
    /// The question answered.
    pub question: &'static Question,
    /// The choice the learner checked.
    pub chosen: &'static Choice,
    /// Whether it is the correct one.
    pub correct: bool,
}

impl Feedback {
    /// A one-word verdict for the feedback's heading.
    pub fn verdict(&self) -> &'static str {
        if self.correct {
            "Correct."
        } else {
            "Not quite."
        }
    }

    /// Why the chosen answer is right or wrong.
    pub fn choice_feedback(&self) -> &'static str {
        self.chosen.feedback
    }

    /// Why the correct answer is right (shown in both cases).
    pub fn explanation(&self) -> &'static str {
        self.question.explanation
    }

    /// The lesson section to link to ("Read more").
    pub fn section(&self) -> &'static str {
        self.question.section
    }

    /// The tree preset to link to ("Show in the tree"), if one illustrates the point.
    pub fn preset(&self) -> Option<&'static str> {
        self.question.preset
    }
}

/// Why an answer could not be recorded: the ids do not name a current question or choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No question has this id.
    UnknownQuestion(String),
    /// The question exists but has no choice with this id.
    UnknownChoice {
        /// The question's id.
        question: String,
        /// The unknown choice id.
        choice: String,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "the quiz has no question {q:?}"),
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question {question:?} has no choice {choice:?}")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// The quiz score: correct answers out of all questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Questions answered correctly.
    pub correct: usize,
    /// Questions answered, correctly or not.
    pub answered: usize,
    /// Questions in the quiz.
    pub total: usize,
}

impl Score {
    /// Correct answers needed to pass ([`quiz::PASS_PERCENT`] of the total, rounded up).
    pub fn pass_mark(&self) -> usize {
        quiz::pass_mark(self.total)
    }

    /// Whether the score reaches the pass mark.
    pub fn passed(&self) -> bool {
        self.total > 0 && self.correct >= self.pass_mark()
    }
}

impl fmt::Display for Score {
    /// `6/11`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.correct, self.total)
    }
}

/// One thing still needed before the lesson can be marked complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The quiz is not passed yet.
    QuizNotPassed {
        /// Correct answers so far.
        correct: usize,
        /// Correct answers needed.
        pass_mark: usize,
        /// Questions in the quiz.
        total: usize,
        /// Questions not answered yet.
        unanswered: usize,
        /// Questions answered wrongly (to retry).
        wrong: usize,
    },
    /// The exercise is not solved yet ("Check my solution" has not passed every check).
    ExerciseNotSolved,
}

impl fmt::Display for Missing {
    /// A clause that completes "To mark the lesson complete, …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Missing::QuizNotPassed {
                correct,
                pass_mark,
                total,
                unanswered,
                wrong,
            } => {
                let more = pass_mark.saturating_sub(correct);
                write!(
                    f,
                    "pass the knowledge check: answer {more} more question{} correctly \
                 ({correct} of {total} right so far, {pass_mark} needed",
                    plural(more)
                )?;
                let mut todo = Vec::new();
                if unanswered > 0 {
                    todo.push(format!("{unanswered} unanswered"));
                }
                if wrong > 0 {
                    todo.push(format!("{wrong} to retry"));
                }
                if !todo.is_empty() {
                    write!(f, "; {}", todo.join(", "))?;
                }
                f.write_str(")")
            }
            Missing::ExerciseNotSolved => f.write_str(
                "solve the exercise: \"Check my solution\" in the playground must pass every check",
            ),
        }
    }
}

/// The lesson cannot be marked complete yet; `missing` says why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotReady {
    /// Everything still needed, never empty.
    pub missing: Vec<Missing>,
}

impl fmt::Display for NotReady {
    /// "To mark the lesson complete, pass the knowledge check: answer 2 more questions correctly
    /// (7 of 11 right so far, 9 needed; 3 unanswered, 1 to retry)."
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.missing.iter().map(ToString::to_string).collect();
        write!(f, "To mark the lesson complete, {}.", parts.join("; and "))
    }
}

impl std::error::Error for NotReady {}

impl Progress {
    /// A learner who has done nothing yet.
    pub fn new() -> Progress {
        Progress::default()
    }

    // --- transitions ---------------------------------------------------------------------------

    /// Records that the learner read section `id`. Returns whether anything changed (false if
    /// already read or the id is not a lesson section), so the caller saves only on change.
    pub fn mark_section_read(&mut self, id: &str) -> bool {
        is_section(id) && self.sections_read.insert(id.to_owned())
    }

    /// Records that the learner opened tree preset `id`. Returns whether anything changed.
    pub fn explore_preset(&mut self, id: &str) -> bool {
        is_preset(id) && self.presets_explored.insert(id.to_owned())
    }

    /// Checks `choice` as the answer to `question`, records it (replacing any earlier answer)
    /// and returns the feedback to show.
    pub fn answer(&mut self, question: &str, choice: &str) -> Result<Feedback, AnswerError> {
        let q = quiz::question(question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.to_owned()))?;
        let chosen = q.choice(choice).ok_or_else(|| AnswerError::UnknownChoice {
            question: question.to_owned(),
            choice: choice.to_owned(),
        })?;
        let correct = q.is_correct(chosen.id);
        self.answers.insert(
            q.id.to_owned(),
            Answer {
                choice: chosen.id.to_owned(),
                correct,
            },
        );
        Ok(Feedback {
            question: q,
            chosen,
            correct,
        })
    }

    /// Clears every wrong answer so those questions can be tried again; correct answers stay.
    /// Returns how many were cleared.
    pub fn retry_wrong(&mut self) -> usize {
        let before = self.answers.len();
        self.answers.retain(|_, a| a.correct);
        before - self.answers.len()
    }

    /// Sets the exercise's state.
    pub fn set_exercise(&mut self, state: Exercise) {
        self.exercise = state;
    }

    /// Moves the exercise forward to `state` (opened, then solved), never back: breaking a solved
    /// program later does not unsolve the exercise. Returns whether anything changed.
    pub fn advance_exercise(&mut self, state: Exercise) -> bool {
        if state > self.exercise {
            self.exercise = state;
            true
        } else {
            false
        }
    }

    /// Marks the lesson complete on `date`, allowed once the quiz is passed and the exercise solved. Completing again
    /// keeps the first date.
    pub fn complete(&mut self, date: Date) -> Result<(), NotReady> {
        let missing = self.missing();
        if !missing.is_empty() {
            return Err(NotReady { missing });
        }
        self.completed.get_or_insert(date);
        Ok(())
    }

    /// Forgets everything: back to a learner who has done nothing.
    pub fn reset(&mut self) {
        *self = Progress::default();
    }

    /// Restores a saved completion date without re-checking the quiz: completion is a fact about
    /// the past, kept even if the quiz has changed since.
    pub(crate) fn restore_completed(&mut self, date: Option<Date>) {
        self.completed = date;
    }

    // --- queries -------------------------------------------------------------------------------

    /// Whether section `id` has been read.
    pub fn is_section_read(&self, id: &str) -> bool {
        self.sections_read.contains(id)
    }

    /// The ids of the sections read, in id order.
    pub fn sections_read(&self) -> impl Iterator<Item = &str> {
        self.sections_read.iter().map(String::as_str)
    }

    /// Whether tree preset `id` has been explored.
    pub fn is_preset_explored(&self, id: &str) -> bool {
        self.presets_explored.contains(id)
    }

    /// The ids of the presets explored, in id order.
    pub fn presets_explored(&self) -> impl Iterator<Item = &str> {
        self.presets_explored.iter().map(String::as_str)
    }

    /// The recorded answer to question `id`, if any.
    pub fn answer_to(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    /// The feedback for question `id`'s recorded answer, so the quiz can show it again after a
    /// reload. `None` if unanswered.
    pub fn feedback(&self, id: &str) -> Option<Feedback> {
        let answer = self.answers.get(id)?;
        let question = quiz::question(id)?;
        let chosen = question.choice(&answer.choice)?;
        Some(Feedback {
            question,
            chosen,
            correct: answer.correct,
        })
    }

    /// The exercise's state.
    pub fn exercise(&self) -> Exercise {
        self.exercise
    }

    /// When the lesson was marked complete, if it was.
    pub fn completed(&self) -> Option<&Date> {
        self.completed.as_ref()
    }

    /// The quiz score over the current questions.
    pub fn score(&self) -> Score {
        let questions = quiz::questions();
        let recorded = || questions.iter().filter_map(|q| self.answers.get(q.id));
        Score {
            correct: recorded().filter(|a| a.correct).count(),
            answered: recorded().count(),
            total: questions.len(),
        }
    }

    /// Whether the quiz is passed.
    pub fn passed(&self) -> bool {
        self.score().passed()
    }

    /// How many of the lesson's sections have been read, out of how many: `(read, total)`.
    pub fn sections_progress(&self) -> (usize, usize) {
        (self.sections_read.len(), content::sections().len())
    }

    /// The share of sections read, from 0.0 to 1.0 (for a progress bar).
    pub fn sections_fraction(&self) -> f64 {
        let (read, total) = self.sections_progress();
        if total == 0 {
            0.0
        } else {
            read as f64 / total as f64
        }
    }

    /// What is still needed before [`Progress::complete`] succeeds; empty when it would. The UI
    /// enables "Mark lesson complete" when this is empty and otherwise shows [`NotReady`]'s text.
    pub fn missing(&self) -> Vec<Missing> {
        let score = self.score();
        let mut missing = Vec::new();
        if !score.passed() {
            missing.push(Missing::QuizNotPassed {
                correct: score.correct,
                pass_mark: score.pass_mark(),
                total: score.total,
                unanswered: score.total - score.answered,
                wrong: score.answered - score.correct,
            });
        }
        if self.exercise != Exercise::Solved {
            missing.push(Missing::ExerciseNotSolved);
        }
        missing
    }

    /// The header's one-line summary: `4 of 11 sections read · quiz 6/11 · not complete`, or
    /// `… · completed 2025-06-01`.
    pub fn summary(&self) -> String {
        let (read, total) = self.sections_progress();
        let done = match &self.completed {
            Some(date) => format!("completed {date}"),
            None => "not complete".to_owned(),
        };
        format!(
            "{read} of {total} sections read · quiz {} · {done}",
            self.score()
        )
    }
}
