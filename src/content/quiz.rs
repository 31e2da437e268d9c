//! The knowledge check: the lesson's quiz questions as static data, and the pass mark.
//!
//! Each [`Question`] has a stable `id` (it is the key under which the learner's answer is saved, so
//! never rename one; retire it and add a new id instead), its choices, the id of the correct
//! choice, an explanation shown after checking, the lesson section that teaches the point and,
//! where one illustrates it, the tree preset to open.
//!
//! Text conventions: prose is the lesson's inline markup ([`super::inline`]), of which the quiz
//! uses only `backticks` for inline Go code (`tests/quiz.rs` checks). Every answer here was
//! checked against real Go.
//!
//! **Invariant**: pure data; no browser crates, no clock.

/// The share of questions, in percent, a learner must answer correctly to pass the quiz.
///
/// 80% rather than "all correct": the quiz teaches, so a slip or two should not stop
/// a learner from marking the lesson complete, while guessing cannot reach the mark.
pub const PASS_PERCENT: usize = 80;

/// How the learner answers a question; the view renders both as one radio group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick one of three or four choices.
    MultipleChoice,
    /// A statement to judge; the choices are exactly [`TRUE`] and [`FALSE`], in that order.
    TrueFalse,
}

/// One answer a learner can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id, unique within its question; saved as the learner's answer.
    pub id: &'static str,
    /// The label next to the radio button.
    pub text: &'static str,
    /// Why this choice is right or wrong; shown when the learner checks this choice.
    pub feedback: &'static str,
}

/// One quiz question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id, unique in the quiz; the key of the saved answer.
    pub id: &'static str,
    /// The question or, for true/false, the statement to judge.
    pub prompt: &'static str,
    /// An optional Go snippet shown under the prompt, verbatim in a code block.
    pub code: Option<&'static str>,
    /// Multiple choice or true/false.
    pub kind: QuestionKind,
    /// The choices, in display order.
    pub choices: &'static [Choice],
    /// The id of the correct choice.
    pub correct: &'static str,
    /// Why the correct answer is right; shown after checking, whether the learner was right or not.
    pub explanation: &'static str,
    /// The id of the lesson section that teaches this point ("Read more" link).
    pub section: &'static str,
    /// The id of a tree preset that shows the point ("Show in the tree" link), if one does.
    pub preset: Option<&'static str>,
}

/// The "True" choice of a true/false question. Its feedback is written per question.
const fn true_choice(feedback: &'static str) -> Choice {
    Choice {
        id: TRUE,
        text: "True",
        feedback,
    }
}

/// The "False" choice of a true/false question.
const fn false_choice(feedback: &'static str) -> Choice {
    Choice {
        id: FALSE,
        text: "False",
        feedback,
    }
}

/// The choice id of "True" in every true/false question.
pub const TRUE: &str = "true";
/// The choice id of "False" in every true/false question.
pub const FALSE: &str = "false";

impl Question {
    /// The choice with this id, if the question has one.
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    /// Whether `choice_id` is this question's correct answer.
    pub fn is_correct(&self, choice_id: &str) -> bool {
        self.correct == choice_id
    }

    /// The correct choice. `None` only if the data is broken, which `tests/quiz.rs` rules out.
    pub fn correct_choice(&self) -> Option<&'static Choice> {
        self.choice(self.correct)
    }
}

/// Every question of the knowledge check, in display order.
pub fn questions() -> &'static [Question] {
    QUESTIONS
}

/// The question with this id, if the quiz has one (saved answers may name retired questions).
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The number of correct answers needed to pass a quiz of `total` questions ([`PASS_PERCENT`],
/// rounded up; at least one when there are questions).
pub fn pass_mark(total: usize) -> usize {
    (total * PASS_PERCENT).div_ceil(100)
}

/// The questions. The first three are the syllabus's; the rest cover what learners trip on.
static QUESTIONS: &[Question] = &[
    Question {
        id: "finish-before-cancel",
        prompt: "A server keeps a long-lived context, `serverCtx`, that it cancels when it shuts \
                 down. For one job you create `context.WithCancel(serverCtx)`, and the job finishes \
                 before you call `cancel()`. What happens if `cancel` is never called?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "gc",
                text: "Nothing: the garbage collector frees the context once the function returns.",
                feedback: "`serverCtx` can be cancelled, so it keeps a reference to the child \
                           until then: the child is not garbage while the server runs, and only \
                           `cancel()` unregisters it.",
            },
            Choice {
                id: "leak",
                text: "The context stays registered with its parent, holding its resources until \
                       the parent is cancelled: a leak.",
                feedback: "Right. A cancelable parent keeps a reference to each child until the \
                           child or the parent is cancelled.",
            },
            Choice {
                id: "auto-cancel",
                text: "The context is cancelled automatically when the operation completes.",
                feedback: "A context knows nothing about your operation; only `cancel()`, the \
                           parent's cancellation or a deadline can end it.",
            },
            Choice {
                id: "panic",
                text: "The program panics when the context goes out of scope.",
                feedback: "Go never panics over an uncalled cancel; it leaks silently, which is why \
                           `go vet` has the `lostcancel` check.",
            },
        ],
        correct: "leak",
        // Why the prompt names a cancellable parent: context.go's propagateCancel returns at once
        // when `parent.Done() == nil` ("parent is never canceled"), so under Background alone
        // nothing registers the child.
        explanation: "When the parent can be cancelled, `WithCancel` registers the new context in \
                      the parent's list of children (and `WithTimeout` also starts a timer). \
                      Calling `cancel()` removes it; otherwise it stays until the parent is \
                      cancelled, which for a server's context may be never. Write \
                      `defer cancel()` right after creating the context, even when the work \
                      succeeds.",
        section: "with-cancel",
        preset: Some("leak"),
    },
    Question {
        id: "ctx-first-parameter",
        prompt: "By convention, a function that performs I/O or may run for a long time takes a \
                 `context.Context` as its first parameter, usually named `ctx`.",
        code: None,
        kind: QuestionKind::TrueFalse,
        choices: &[
            true_choice("Right: `func (s *Server) GetUser(ctx context.Context, id string)` is the \
                         standard shape."),
            false_choice("It is the convention: `database/sql`, `net/http` and gRPC all take the \
                          context first, as in `db.QueryContext(ctx, query)`."),
        ],
        correct: TRUE,
        explanation: "Passing `ctx` first, explicitly, down the whole call chain lets one `cancel()` \
                      or deadline at the top stop every call below it. Don't store a context in a \
                      struct; pass it to each call that needs it.",
        section: "call-chain",
        preset: Some("call-chain"),
    },
    Question {
        id: "unexported-key-type",
        prompt: "Why should a package use its own unexported type, such as `type ctxKey string`, \
                 for context keys instead of a plain `string`?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "speed",
                text: "Lookups with a custom type are faster than with strings.",
                feedback: "`Value` walks up the chain comparing keys either way; the type is about \
                           correctness, not speed.",
            },
            Choice {
                id: "strings-rejected",
                text: "`WithValue` rejects built-in types such as `string` as keys.",
                feedback: "It accepts any comparable key, strings included; it panics only on a \
                           nil or non-comparable key. Linters such as staticcheck warn about \
                           built-in key types for the collision reason.",
            },
            Choice {
                id: "collisions",
                text: "Keys compare by type and value, so a private type cannot collide with \
                       another package's keys.",
                feedback: "Right. `ctxKey(\"id\")` and the string `\"id\"` are different keys, and \
                           only your package can make a `ctxKey`.",
            },
            Choice {
                id: "private-values",
                text: "It hides the stored value from `fmt.Println(ctx)`.",
                feedback: "How a context prints its value doesn't depend on the key's type, so \
                           that isn't the reason.",
            },
        ],
        correct: "collisions",
        explanation: "`ctx.Value(k)` finds the nearest key equal to `k`, and two interface values \
                      are equal only when both their dynamic type and value match. If two packages \
                      both used the string `\"requestID\"`, one would shadow the other. A key of an \
                      unexported type can only be created inside its package, so no other package \
                      can read or overwrite it by accident.",
        section: "with-value",
        preset: Some("value-lookup"),
    },
    Question {
        id: "child-cancels-parent",
        prompt: "`child, cancel := context.WithCancel(parent)`. You call `cancel()`. What happens \
                 to `parent`?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "parent-cancelled",
                text: "`parent` is cancelled too, and so are all of its children.",
                feedback: "Cancellation only flows from a context to its descendants; a child has no \
                           way to cancel its parent.",
            },
            Choice {
                id: "siblings",
                text: "`parent` carries on, but its other children are cancelled.",
                feedback: "Siblings are untouched; each child is cancelled only by its own cancel \
                           function or by an ancestor.",
            },
            Choice {
                id: "nothing",
                text: "Nothing: `parent` and its other children carry on; only `child` and its \
                       descendants are cancelled.",
                feedback: "Right. Cancellation flows down the tree, never up.",
            },
        ],
        correct: "nothing",
        explanation: "Cancelling a context closes its `Done` channel and cancels its descendants, \
                      then removes it from its parent. The parent's `Err()` stays `nil`. This is \
                      what lets a handler put a short timeout on one call without ending the whole \
                      request.",
        section: "with-cancel",
        preset: Some("cancel-tree"),
    },
    Question {
        id: "err-before-done",
        prompt: "What does `ctx.Err()` return while the context is still running, that is before \
                 its `Done` channel is closed?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "canceled",
                text: "`context.Canceled`",
                feedback: "`Canceled` appears only once the context has been cancelled.",
            },
            Choice {
                id: "nil",
                text: "`nil`",
                feedback: "Right. `Err()` stays nil until `Done` is closed.",
            },
            Choice {
                id: "blocks",
                text: "It blocks until the context is done, then returns the reason.",
                feedback: "`Err()` never blocks; to wait, receive from `ctx.Done()`.",
            },
        ],
        correct: "nil",
        explanation: "`Err()` is `nil` until `Done` is closed; after that it returns \
                      `context.Canceled` if the context was cancelled or \
                      `context.DeadlineExceeded` if its deadline passed, and never changes again. \
                      A non-nil `Err()` always means `Done` is closed.",
        section: "with-cancel",
        preset: Some("cancel-tree"),
    },
    Question {
        id: "cancel-after-deadline",
        prompt: "`ctx, cancel := context.WithTimeout(context.Background(), time.Second)`. The \
                 second passes, and then the deferred `cancel()` runs. What does `ctx.Err()` \
                 return now?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "canceled",
                text: "`context.Canceled`, because `cancel()` was the last thing that happened.",
                feedback: "Once a context is done its error never changes; calling cancel \
                           afterwards only releases resources.",
            },
            Choice {
                id: "nil",
                text: "`nil`, because `cancel()` resets the context.",
                feedback: "Nothing restarts a context; after `Done` is closed, `Err()` is non-nil \
                           for good.",
            },
            Choice {
                id: "deadline-exceeded",
                text: "`context.DeadlineExceeded`",
                feedback: "Right. The first reason sticks; the later `cancel()` does nothing.",
            },
        ],
        correct: "deadline-exceeded",
        explanation: "The deadline closed `Done` with `DeadlineExceeded`. A context is done only \
                      once: later cancel calls are no-ops, so `Err()` keeps the first reason. Still \
                      call `cancel()`: before the deadline it stops the timer early.",
        section: "deadlines",
        preset: Some("timeout-chain"),
    },
    Question {
        id: "child-timeout-longer",
        prompt: "The parent context has 1 second left. You derive \
                 `child, cancel := context.WithTimeout(parent, 5*time.Second)`. What happens?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "extends",
                text: "`child` runs for the full 5 seconds, outliving its parent.",
                feedback: "When the parent's deadline passes, it cancels all its children, including \
                           those that asked for more time.",
            },
            Choice {
                id: "capped",
                text: "`child` is cancelled after 1 second with `DeadlineExceeded`, and \
                       `child.Deadline()` reports the parent's deadline.",
                feedback: "Right. `WithTimeout` and `WithDeadline` can shorten the parent's \
                           deadline, but not lengthen it.",
            },
            Choice {
                id: "error",
                text: "`WithTimeout` returns an error because the timeout is longer than the \
                       parent's.",
                feedback: "`WithTimeout` has no error result; a longer timeout is allowed, it just \
                           has no effect beyond the parent's deadline.",
            },
            Choice {
                id: "deadline-5s",
                text: "`child` is cancelled after 1 second, but `child.Deadline()` still reports \
                       5 seconds from now.",
                feedback: "When the parent's deadline is earlier, Go doesn't even set a timer: the \
                           child behaves like `WithCancel(parent)` and reports the parent's deadline.",
            },
        ],
        correct: "capped",
        explanation: "A parent cancels its descendants when its own deadline passes. Knowing that, \
                      `WithDeadline` (and so `WithTimeout`) with a later deadline than the parent's \
                      returns what is in effect `WithCancel(parent)`: no timer of its own, and \
                      `Deadline()` reports the parent's deadline.",
        section: "deadlines",
        preset: Some("deadline-cap"),
    },
    Question {
        id: "background-vs-todo",
        prompt: "What is the difference between `context.Background()` and `context.TODO()`?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "todo-deadline",
                text: "`TODO()` has a short default deadline, so placeholders fail fast.",
                feedback: "Neither root has a deadline: `Deadline()` returns `ok == false` for both.",
            },
            Choice {
                id: "todo-nil",
                text: "`TODO()` returns `nil`, to be replaced later.",
                feedback: "`TODO()` is a real, non-nil context; passing a nil context would make \
                           `With*` functions panic.",
            },
            Choice {
                id: "background-cancels",
                text: "`Background()` is cancelled when `main` returns; `TODO()` never is.",
                feedback: "Neither is ever cancelled: `Done()` is nil for both and `Err()` always \
                           `nil`.",
            },
            Choice {
                id: "intent",
                text: "Only intent: both are empty roots that are never cancelled; `TODO` marks \
                       code where the right context hasn't been decided yet.",
                feedback: "Right. They behave identically; the name tells readers (and tools) \
                           that the `TODO` is a placeholder.",
            },
        ],
        correct: "intent",
        explanation: "Both roots never cancel, have no deadline and no values; they print as \
                      `context.Background` and `context.TODO`. Use `Background` in `main` and \
                      initialization (in tests, `t.Context()` since Go 1.24); use `TODO` only \
                      temporarily, where a caller should pass a context but doesn't yet.",
        section: "roots",
        preset: Some("roots"),
    },
    Question {
        id: "cooperative-cancellation",
        prompt: "A goroutine runs the loop below and never looks at `ctx`. Another goroutine calls \
                 `cancel()`. What happens to the loop?",
        code: Some(
            "go func() {\n    for _, item := range items {\n        process(item) // never checks ctx\n    }\n}()",
        ),
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "stopped",
                text: "The runtime stops the goroutine at its next function call.",
                feedback: "Go has no way to kill a goroutine from outside; contexts don't change \
                           that.",
            },
            Choice {
                id: "keeps-running",
                text: "It keeps running to the end; cancellation is only a signal the code must \
                       check.",
                feedback: "Right. Nothing stops a goroutine from outside; it has to select on \
                           `ctx.Done()` or check `ctx.Err()`.",
            },
            Choice {
                id: "panics",
                text: "The goroutine panics with `context canceled`.",
                feedback: "Cancellation never panics; it closes `Done` and sets `Err()`, and only \
                           code that looks at them reacts.",
            },
        ],
        correct: "keeps-running",
        explanation: "Cancellation is cooperative: `cancel()` closes the `Done` channel and sets \
                      `Err()`, nothing more. Long loops should check `ctx.Err()` or \
                      `select` on `<-ctx.Done()` between steps, and blocking calls should take \
                      `ctx` so they can return early.",
        section: "with-cancel",
        preset: None,
    },
    Question {
        id: "values-after-cancel",
        prompt: "After a context has been cancelled, `ctx.Value(key)` returns `nil` for every key.",
        code: None,
        kind: QuestionKind::TrueFalse,
        choices: &[
            true_choice("Cancellation doesn't touch values: `ctx.Value(key)` still finds them, so \
                         cleanup code can still log the request ID."),
            false_choice("Right. Values stay readable after cancellation or timeout."),
        ],
        correct: FALSE,
        explanation: "Values and cancellation are independent: a cancelled or timed-out context \
                      still answers `Value` exactly as before. That is useful for cleanup and \
                      logging after the work was cancelled.",
        section: "with-value",
        preset: None,
    },
    Question {
        id: "value-use",
        prompt: "Which of these belongs in a context value?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "db-pool",
                text: "The database connection pool the handler uses.",
                feedback: "A long-lived dependency outlives any request; give it to the code as a \
                           field or parameter so the dependency is visible.",
            },
            Choice {
                id: "page-size",
                text: "The page size a query function needs.",
                feedback: "If removing it would change the result, it is a parameter: hiding it in \
                           the context makes the function's inputs invisible.",
            },
            Choice {
                id: "trace-id",
                text: "The trace ID of the request being handled.",
                feedback: "Right. It is request-scoped metadata that crosses API boundaries and \
                           doesn't change what the code computes.",
            },
        ],
        correct: "trace-id",
        explanation: "Use `WithValue` only for request-scoped data that passes through processes \
                      and APIs, such as request or trace IDs and auth tokens. Anything a function \
                      needs to do its job should be an explicit parameter; a rule of thumb: if \
                      removing the value would change the logic, it should be a parameter.",
        section: "with-value",
        preset: None,
    },
    Question {
        id: "select-picks-at-random",
        prompt: "A worker loops on a `select` with two cases, `<-ctx.Done()` and `job := <-jobs`. \
                 The context is cancelled while `jobs` still holds ten queued jobs. What does the \
                 next pass of the loop do?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "done-first",
                text: "It takes the `Done` case: cancellation has priority in a `select`.",
                feedback: "A `select` has no priorities: when several cases are ready it picks one \
                           at random.",
            },
            Choice {
                id: "random",
                text: "Either case: `select` picks at random among ready cases, so the worker may \
                       handle more jobs after the cancel.",
                feedback: "Right. Check `ctx.Err()` right before each job, and the cancel wins \
                           every time.",
            },
            Choice {
                id: "jobs-first",
                text: "It takes a job: the `Done` case is only looked at once `jobs` is empty.",
                feedback: "A `select` doesn't try its cases in order; any ready case may be chosen.",
            },
        ],
        correct: "random",
        // The Go spec, Select statements: "If one or more of the communications can proceed, a
        // single one that can proceed is chosen via a uniform pseudo-random selection."
        explanation: "When more than one case of a `select` can proceed, Go chooses one at random, \
                      so a worker whose queue is full keeps taking jobs about half the time after \
                      the cancel. Asking `ctx.Err()` before starting each unit of work makes it \
                      stop at the first job after the cancel.",
        section: "patterns",
        preset: None,
    },
    Question {
        id: "sleep-ignores-context",
        prompt: "A retry loop waits with `time.Sleep(time.Minute)` between attempts. Ten seconds \
                 into a wait, its context is cancelled. When can the loop react?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "at-once",
                text: "At once: `time.Sleep` returns early when the goroutine's context is \
                       cancelled.",
                feedback: "A goroutine has no context of its own, and `time.Sleep` takes none: it \
                           always sleeps the full duration.",
            },
            Choice {
                id: "never",
                text: "Never: a goroutine that was asleep during the cancel misses it.",
                feedback: "Cancellation is a closed channel and a set `Err()`; both are still there \
                           when the sleep ends.",
            },
            Choice {
                id: "after-sleep",
                text: "Only after the remaining 50 seconds, when `time.Sleep` returns.",
                feedback: "Right. Wait in a `select` on a timer and on `ctx.Done()` instead.",
            },
        ],
        correct: "after-sleep",
        explanation: "`time.Sleep` cannot be interrupted. To wait in a way a cancel can cut short, \
                      `select` on a timer's channel and on `ctx.Done()`, and stop the timer when \
                      you return.",
        section: "patterns",
        preset: None,
    },
    Question {
        id: "cancel-does-not-wait",
        prompt: "When `cancel()` returns, every goroutine watching that context has stopped.",
        code: None,
        kind: QuestionKind::TrueFalse,
        choices: &[
            true_choice("`cancel()` closes `Done` and returns at once; the goroutines notice \
                         later, and may take a while to finish."),
            false_choice("Right. `cancel()` doesn't wait: to know the goroutines have returned, \
                          wait for them with a `sync.WaitGroup` (or an errgroup's `Wait`)."),
        ],
        correct: FALSE,
        explanation: "Cancelling is a signal, not a join. Each goroutine stops when it next looks \
                      at `ctx` and finishes whatever tidying it does; only waiting on them, with a \
                      `WaitGroup` for instance, tells you they are gone.",
        section: "patterns",
        preset: Some("fan-out"),
    },
    Question {
        id: "request-context-after-return",
        prompt: "An HTTP handler starts a goroutine that saves an audit record using \
                 `r.Context()`, then returns at once. What happens to the save?",
        code: None,
        kind: QuestionKind::MultipleChoice,
        choices: &[
            Choice {
                id: "completes",
                text: "It completes: `r.Context()` lasts as long as the client stays connected.",
                feedback: "The request's context is also cancelled when the handler returns, \
                           whether or not the client is still connected.",
            },
            Choice {
                id: "cut-short",
                text: "Its context is cancelled as soon as the handler returns, so the save is \
                       likely cut short.",
                feedback: "Right. Detach with `context.WithoutCancel(r.Context())` and give the \
                           save a timeout of its own.",
            },
            Choice {
                id: "panics",
                text: "The goroutine panics, because the request it refers to is gone.",
                feedback: "Nothing panics: the context is simply done, and code that respects it \
                           gives up.",
            },
        ],
        correct: "cut-short",
        explanation: "`net/http` cancels a request's context when the client disconnects and also \
                      when `ServeHTTP` returns. Work that must outlive the response uses \
                      `context.WithoutCancel`, which keeps the values, plus a timeout, because \
                      nothing else will end it.",
        section: "patterns",
        preset: Some("request-lifetime"),
    },
];
