//! The exercise checker (`play::check`): the lesson's reference solution and correct variants
//! pass every check; each wrong solution fails the check it breaks, with the right sentence and
//! line. One data-driven helper, [`verdict`], compares a program's checklist with the expectation.

use context_lab::content;
use context_lab::play::check::check;
use context_lab::play::checklist::{Check, Status};

fn solution() -> &'static str {
    content::example("exercise-solution").expect("the lesson has a solution").source
}

fn starter() -> &'static str {
    content::example("exercise-starter").expect("the lesson has a starter").source
}

/// The solution with `from` replaced by `to` (which must be there).
fn edit(src: &str, from: &str, to: &str) -> String {
    assert!(src.contains(from), "the program has no {from:?}");
    src.replacen(from, to, 1)
}

/// What a check should say: pass, fail with a sentence containing the text (and at the line,
/// when given), or not be checked.
enum Want {
    Pass,
    Fail(&'static str, Option<u32>),
    Skip,
}

/// Checks `src` and compares the items named in `want`; every check not named must pass.
fn verdict(name: &str, src: &str, want: &[(Check, Want)]) {
    let list = check(src);
    assert_eq!(list.items.iter().map(|i| i.check).collect::<Vec<_>>(), Check::ALL.to_vec(), "{name}: one item per check, in order");
    for item in &list.items {
        let expected = want.iter().find(|(c, _)| *c == item.check).map(|(_, w)| w).unwrap_or(&Want::Pass);
        match (expected, &item.status) {
            (Want::Pass, Status::Pass) | (Want::Skip, Status::Skipped(_)) => {}
            (Want::Fail(text, line), Status::Fail { why, line: got }) => {
                assert!(why.contains(text), "{name}: {:?} says {why:?}, wanted it to mention {text:?}", item.check);
                if line.is_some() {
                    assert_eq!(got, line, "{name}: {:?} points at line {got:?}: {why}", item.check);
                }
            }
            (_, got) => panic!("{name}: {:?} is {got:?}", item.check),
        }
    }
    assert_eq!(list.solved(), want.is_empty(), "{name}: solved() agrees with the items");
}

#[test]
fn the_reference_solution_passes_every_check() {
    verdict("solution", solution(), &[]);
    let list = check(solution());
    assert!(list.solved());
    assert_eq!(list.summary(), "All 9 checks pass: the exercise is solved.");
}

#[test]
fn the_starter_is_not_a_solution() {
    let list = check(starter());
    assert!(!list.solved());
    assert!(matches!(list.items[3].status, Status::Fail { .. }), "the starter has no timeout: {:?}", list.items[3]);
}

const SELECT_ON_TIME_AFTER: &str = "\
func handle(ctx context.Context, name string, work time.Duration) (string, error) {
	select {
	case <-time.After(work):
		return \"report for \" + name, nil
	case <-ctx.Done():
		return \"\", ctx.Err()
	}
}
";

#[test]
fn correct_variants_pass() {
    let src = solution();
    let start = src.find("func handle").unwrap_or(0);
    let end = src.find("// serve is").unwrap_or(src.len());
    // time.After instead of a goroutine and a channel.
    verdict("time.After", &format!("{}{SELECT_ON_TIME_AFTER}\n{}", &src[..start], &src[end..]), &[]);
    // A timer, other names, an error wrapping ctx.Err(), a deferred closure calling cancel.
    let timer = edit(src, "\tresult := make(chan string, 1)\n\tgo func() {\n\t\ttime.Sleep(work) // pretend this is a slow database call\n\t\tresult <- \"report for \" + name\n\t}()\n",
        "\tout := make(chan string, 1)\n\ttime.AfterFunc(work, func() { out <- \"report for \" + name })\n");
    let timer = edit(&timer, "case r := <-result:", "case r := <-out:");
    let timer = edit(&timer, "return \"\", ctx.Err()", "return \"\", fmt.Errorf(\"handle %s: %w\", name, ctx.Err())");
    let timer = edit(&timer, "ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)\n\tdefer cancel()",
        "reqCtx, stop := context.WithTimeout(context.Background(), 2000*time.Millisecond)\n\tdefer func() { stop() }()");
    let timer = edit(&timer, "handle(ctx, name, work)", "handle(reqCtx, name, work)");
    verdict("timer and wrapped error", &timer, &[]);
    // A deadline two seconds from now, and an unbuffered channel whose sender also watches ctx.
    let deadline = edit(src, "context.WithTimeout(context.Background(), 2*time.Second)", "context.WithDeadline(context.Background(), time.Now().Add(2*time.Second))");
    let deadline = edit(&deadline, "result := make(chan string, 1)", "result := make(chan string)");
    let deadline = edit(&deadline, "result <- \"report for \" + name", "select {\n\t\tcase result <- \"report for \" + name:\n\t\tcase <-ctx.Done():\n\t\t}");
    verdict("deadline and a sender that watches ctx", &deadline, &[]);
}

#[test]
fn no_select_on_done_is_told_to_select() {
    let src = edit(solution(), "\tselect {\n\tcase r := <-result:\n\t\treturn r, nil\n\tcase <-ctx.Done():\n\t\treturn \"\", ctx.Err()\n\t}\n", "\treturn <-result, nil\n");
    verdict("no select", &src, &[
        (Check::Slow, Want::Fail("returned after 2.5s instead of at the 2s deadline", Some(11))),
        (Check::Cancelled, Want::Fail("kept going until 10s", Some(11))),
    ]);
}

#[test]
fn sleeping_without_ctx_is_told_to_watch_done() {
    let start = solution().find("\tresult := make").unwrap_or(0);
    let end = solution().find("// serve is").unwrap_or(0);
    let body = "\ttime.Sleep(work)\n\treturn \"report for \" + name, nil\n}\n\n";
    let src = format!("{}{body}{}", &solution()[..start], &solution()[end..]);
    verdict("sleep", &src, &[
        (Check::Slow, Want::Fail("instead of at the 2s deadline", Some(11))),
        (Check::Cancelled, Want::Fail("has to watch ctx.Done()", Some(11))),
    ]);
}

#[test]
fn a_wrong_timeout_is_named() {
    let src = edit(solution(), "2*time.Second)", "3*time.Second)");
    verdict("3s", &src, &[(Check::Timeout, Want::Fail("serve's timeout is 3s, not 2 seconds", Some(30)))]);
    let src = edit(solution(), "2*time.Second)", "2*time.Millisecond)");
    verdict("2ms", &src, &[(Check::Timeout, Want::Fail("serve's timeout is 2ms", Some(30)))]);
}

#[test]
fn a_discarded_or_undeferred_cancel_is_named() {
    let src = edit(solution(), "ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)\n\tdefer cancel()\n", "ctx, _ := context.WithTimeout(context.Background(), 2*time.Second)\n");
    verdict("discarded", &src, &[(
        Check::CancelDeferred,
        Want::Fail("go vet says: the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak", Some(30)),
    )]);
    // Called on the way out, on every path, but not deferred: vet is content, the exercise is not.
    let src = edit(solution(), "\tdefer cancel()\n", "");
    let src = edit(&src, "\tbody, err := handle(ctx, name, work)\n", "\tbody, err := handle(ctx, name, work)\n\tcancel()\n");
    verdict("not deferred", &src, &[(Check::CancelDeferred, Want::Fail("cancel is called, but not deferred", Some(34)))]);
    // Never called on one path: vet's own message.
    let src = edit(solution(), "\tdefer cancel()\n", "");
    let src = edit(&src, "\tfmt.Printf(\"%s: %s (took %v)\\n\", name, body, took)\n", "\tfmt.Printf(\"%s: %s (took %v)\\n\", name, body, took)\n\tcancel()\n");
    verdict("one path", &src, &[(Check::CancelDeferred, Want::Fail("go vet says: the cancel function is not used on all paths", Some(30)))]);
}

#[test]
fn a_nil_error_on_timeout_is_named() {
    let src = edit(solution(), "return \"\", ctx.Err()", "return \"\", nil");
    verdict("nil error", &src, &[
        (Check::Slow, Want::Fail("handle returns a nil error: in the ctx.Done() case, return ctx.Err()", Some(20))),
        (Check::Cancelled, Want::Fail("returns a nil error instead of the context's error", Some(20))),
    ]);
    let src = edit(solution(), "return \"\", ctx.Err()", "return \"\", errors.New(\"too slow\")");
    let src = edit(&src, "\"context\"\n", "\"context\"\n\t\"errors\"\n");
    verdict("own error", &src, &[
        (Check::Slow, Want::Fail("returns the error \"too slow\", which is not the context's", Some(21))),
        (Check::Cancelled, Want::Fail("the error \"too slow\"", Some(21))),
    ]);
}

#[test]
fn a_goroutine_blocked_on_an_unbuffered_channel_is_found() {
    let src = edit(solution(), "result := make(chan string, 1)", "result := make(chan string)");
    verdict("unbuffered", &src, &[(Check::NoLeak, Want::Fail("the goroutine started at line 15 is still blocked (chan send)", Some(17)))]);
}

#[test]
fn a_handler_without_ctx_first_is_told_where_ctx_goes() {
    let src = edit(solution(), "func handle(ctx context.Context, name string, work time.Duration)", "func handle(name string, ctx context.Context, work time.Duration)");
    let src = edit(&src, "handle(ctx, name, work)", "handle(name, ctx, work)");
    verdict("ctx second", &src, &[
        (Check::CtxFirst, Want::Fail("handle's first parameter is name string, not a context.Context", Some(11))),
        (Check::Slow, Want::Skip),
        (Check::Fast, Want::Skip),
        (Check::Cancelled, Want::Skip),
        (Check::NoLeak, Want::Skip),
    ]);
}

#[test]
fn a_compile_error_is_shown_and_nothing_else_is_checked() {
    let src = edit(solution(), "return r, nil", "return r");
    let mut want = vec![(Check::Compiles, Want::Fail("Go refuses to compile it: not enough return values", Some(22)))];
    want.extend(Check::ALL[1..].iter().map(|c| (*c, Want::Skip)));
    verdict("compile error", &src, &want);
}

#[test]
fn a_timer_of_its_own_instead_of_ctx_is_caught() {
    let src = edit(solution(), "case <-ctx.Done():\n\t\treturn \"\", ctx.Err()", "case <-time.After(2 * time.Second):\n\t\treturn \"\", context.DeadlineExceeded");
    verdict("own timer", &src, &[(Check::Cancelled, Want::Fail("kept going until 2s", Some(20)))]);
}

#[test]
fn a_deadline_made_inside_handle_is_not_the_call_site() {
    let src = edit(solution(), "\tresult := make(chan string, 1)\n", "\tctx, cancel := context.WithTimeout(ctx, 2*time.Second)\n\tdefer cancel()\n\tresult := make(chan string, 1)\n");
    let src = edit(&src, "ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)\n\tdefer cancel()\n", "ctx := context.Background()\n");
    verdict("inside handle", &src, &[(Check::Timeout, Want::Fail("The deadline is made inside handle", Some(14))), (Check::CancelDeferred, Want::Skip)]);
}

#[test]
fn a_deadlock_and_a_panic_are_reported() {
    let src = edit(solution(), "result := make(chan string, 1)\n\tgo func() {", "result := make(chan string, 1)\n\tfunc() {");
    let src = edit(&src, "result := make(chan string, 1)", "result := make(chan string)");
    verdict("deadlock", &src, &[
        (Check::Runs, Want::Fail("deadlocks", None)),
        (Check::Slow, Want::Fail("deadlocks", None)),
        (Check::Fast, Want::Fail("deadlocks", None)),
        (Check::Cancelled, Want::Fail("deadlocks", None)),
    ]);
    let src = edit(solution(), "return r, nil", "panic(\"boom: \" + r)");
    verdict("panic", &src, &[
        (Check::Runs, Want::Fail("panics (boom: report for alice)", None)),
        (Check::Fast, Want::Fail("panics", None)),
    ]);
}

#[test]
fn a_program_that_never_finishes_is_stopped_once_not_in_every_scenario() {
    let src = edit(solution(), "func main() {\n", "func main() {\n\tfor {\n\t}\n");
    let mut want = vec![(Check::Runs, Want::Fail("never finishes: the playground stopped it at a limit", None))];
    want.extend(Check::ALL[3..].iter().map(|c| (*c, Want::Skip)));
    verdict("endless", &src, &want);
}
