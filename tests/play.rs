//! The playground's pure model: the worker's reply round-trips a real run of the interpreter,
//! endings are classified as Go prints them, and Tab/Shift-Tab edit the text as an editor should.

use context_lab::interp::{run, Limits, Options};
use context_lab::play::indent::{indent, outdent, Edit};
use context_lab::play::outcome::{marked_line, Ending};
use context_lab::play::wire::{Ev, Reply};

fn small() -> Options {
    Options { limits: Limits { max_steps: 2_000_000, ..Limits::default() }, ..Options::default() }
}

fn reply(src: &str) -> Reply {
    let out = run("main.go", src, &small());
    Reply::decode(&Reply::from_outcome(&out).encode()).expect("the reply reads back")
}

#[test]
fn reply_round_trips_output_exit_and_trace() {
    let src = include_str!("../src/content/examples/exercise-solution/main.go");
    let out = run("main.go", src, &small());
    let r = Reply::decode(&Reply::from_outcome(&out).encode()).unwrap();
    assert_eq!((r.stdout.as_str(), r.stderr.as_str(), r.exit), (out.stdout.as_str(), out.stderr.as_str(), out.exit));
    let events = r.events().unwrap();
    assert_eq!(events.len(), out.trace.len());
    let printed: String = events.iter().filter_map(|e| match &e.kind { Ev::Print { fd: 1, text } => Some(text.as_str()), _ => None }).collect();
    assert_eq!(printed, out.stdout);
    assert!(events.iter().any(|e| matches!(&e.kind, Ev::Context { op, .. } if op == "WithTimeout")));
    assert!(events.windows(2).all(|w| w[0].time <= w[1].time), "virtual time never goes back");
}

#[test]
fn names_cross_once() {
    let r = reply("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 50; i++ {\n\t\tfmt.Println(\"same\")\n\t}\n}\n");
    assert_eq!(r.strings.iter().filter(|s| s.as_str() == "same\n").count(), 1);
    assert_eq!(r.trace.len(), r.events().unwrap().len());
}

#[test]
fn a_broken_reply_is_an_error_not_a_panic() {
    assert!(Reply::decode("{").is_err());
    let r = Reply { trace: vec![vec![0, 1, 0, 0, 8, 1, 99]], ..Reply::default() };
    assert!(r.events().is_err());
    let r = Reply { trace: vec![vec![0, 1]], ..Reply::default() };
    assert!(r.events().is_err());
}

fn check_ending(src: &str, ending: Ending) {
    let r = reply(src);
    let got = Ending::of(r.exit, &r.stderr);
    assert_eq!(got, ending, "stderr: {}", r.stderr);
    assert!(!got.hint().is_empty());
}

#[test]
fn endings_as_go_prints_them() {
    check_ending("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n", Ending::Ok);
    check_ending("package main\n\nfunc main() {\n\tx := 1\n}\n", Ending::CompileError);
    check_ending("package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[3]\n}\n", Ending::Panic);
    check_ending("package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n", Ending::Deadlock);
    check_ending("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", Ending::Limit);
    check_ending("package main\n\nimport \"os\"\n\nfunc main() { os.Exit(3) }\n", Ending::Exit(3));
    check_ending("package main\n\nimport (\n\t\"os\"\n\t\"syscall\"\n)\n\nfunc main() { syscall.Kill(os.Getpid(), syscall.SIGTERM) }\n", Ending::Signal);
}

#[test]
fn a_failed_test_is_told_apart_from_os_exit_and_marks_its_first_logged_line() {
    use context_lab::play::outcome::test_failure_line;
    let src = "package calc\n\nimport \"testing\"\n\nfunc TestSum(t *testing.T) {\n\tt.Log(\"a note\")\n\tt.Errorf(\"sum = %d\", 3)\n}\n";
    let r = reply(src);
    assert_eq!(r.stdout, "--- FAIL: TestSum (0.00s)\n    main.go:6: a note\n    main.go:7: sum = 3\nFAIL\n");
    assert_eq!(Ending::of_run(r.exit, &r.stdout, &r.stderr), Ending::TestsFailed);
    assert!(!Ending::TestsFailed.hint().is_empty());
    assert_eq!(test_failure_line(&r.stdout), Some((6, "a note".to_string())));
    let passing = reply("package calc\n\nimport \"testing\"\n\nfunc TestSum(t *testing.T) {}\n");
    assert_eq!((passing.stdout.as_str(), Ending::of_run(passing.exit, &passing.stdout, &passing.stderr)), ("PASS\n", Ending::Ok));
    let exit1 = reply("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"FAILED\")\n\tos.Exit(1)\n}\n");
    assert_eq!(Ending::of_run(exit1.exit, &exit1.stdout, &exit1.stderr), Ending::Exit(1));
}

#[test]
fn marked_lines_come_from_gos_messages() {
    let r = reply("package main\n\nfunc main() {\n\tx := 1\n}\n");
    assert_eq!(marked_line(Ending::CompileError, &r.stderr), Some((4, "declared and not used: x".to_string())));
    // Real Go 1.27's traceback for an index panic in f, called from main.
    let real = "panic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\nmain.f(...)\n\t/tmp/p.go:3\nmain.main()\n\t/tmp/p.go:6 +0xa\nexit status 2\n";
    assert_eq!(marked_line(Ending::Panic, real), Some((3, "panic: runtime error: index out of range [5] with length 0".to_string())));
    assert_eq!(marked_line(Ending::Limit, "gorun: instruction limit of 5 reached\n"), None);
}

fn check_edit(before: &str, sel: (usize, usize), shift: bool, after: &str, new_sel: (usize, usize)) {
    let Edit { text, start, end } = if shift { outdent(before, sel.0, sel.1) } else { indent(before, sel.0, sel.1) };
    assert_eq!((text.as_str(), start, end), (after, new_sel.0, new_sel.1), "{before:?} {sel:?} shift={shift}");
}

#[test]
fn tab_and_shift_tab() {
    check_edit("ab", (1, 1), false, "a\tb", (2, 2));
    check_edit("ab", (0, 1), false, "\tb", (1, 1));
    check_edit("a\nb\nc", (0, 3), false, "\ta\n\tb\nc", (1, 5));
    check_edit("a\nb\n", (0, 4), false, "\ta\n\tb\n", (1, 6));
    check_edit("\ta\n\tb", (1, 5), true, "a\nb", (0, 3));
    check_edit("    a\n  b", (0, 9), true, "a\nb", (0, 3));
    check_edit("a\n\tb", (0, 0), true, "a\n\tb", (0, 0));
    check_edit("é\n\té", (4, 4), true, "é\né", (3, 3));
    check_edit("x", (9, 9), false, "x\t", (2, 2));
}

mod replay {
    use context_lab::engine::{GoError, GoValue};
    use context_lab::interp::{Limits, Options};
    use context_lab::play::program;
    use context_lab::play::replay::{Op, Replay};
    use context_lab::scene::{apply, Scene};

    /// Replays `src`'s run into a fresh scene; returns it and the run's last virtual time.
    fn replayed(src: &str) -> (Scene, i64) {
        let opts = Options { limits: Limits { max_steps: 5_000_000, ..Limits::default() }, ..Options::default() };
        let reply = program::run(src, &opts);
        assert_eq!(reply.exit, 0, "{}", reply.stderr);
        let mut r = Replay::new(&reply, src).expect("the reply reads");
        let mut scene = Scene::default();
        for i in 0..r.steps.len() {
            let now = scene.engine().now();
            r.play(i, now, |a| Some(apply(&mut scene, a).expect("every replayed action applies")));
        }
        let end = r.steps.last().map(|s| s.at).unwrap_or(0);
        assert!(matches!(r.steps.last().map(|s| &s.op), Some(Op::End)));
        (scene, end)
    }

    fn err(scene: &Scene, name: &str) -> Option<GoError> {
        let id = scene.find(name).unwrap_or_else(|| panic!("no node {name}: {:?}", scene.ids().iter().map(|i| scene.name(*i).to_string()).collect::<Vec<_>>()));
        scene.engine().err(id).unwrap()
    }

    #[test]
    fn the_exercise_grows_and_ends_its_tree_as_the_run_did() {
        let (scene, end) = replayed(include_str!("../src/content/examples/exercise-solution/main.go"));
        // alice's request is cancelled by its deferred cancel, bob's times out after 2s.
        assert_eq!(err(&scene, "ctx"), Some(GoError::Canceled));
        assert_eq!(err(&scene, "ctx2"), Some(GoError::DeadlineExceeded));
        assert_eq!(scene.label(scene.find("ctx2").unwrap()).unwrap().call, "WithTimeout 2s");
        assert_eq!(scene.engine().now().nanos(), end);
    }

    #[test]
    fn values_causes_and_deadlines_cross_with_their_arguments() {
        let src = r#"package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	root := context.Background()
	reqCtx := context.WithValue(root, key("user"), "ada")
	job, stop := context.WithCancelCause(reqCtx)
	late, cancel := context.WithDeadline(job, time.Now().Add(time.Hour))
	defer cancel()
	stop(errors.New("shutting down"))
	fmt.Println(late.Err(), context.Cause(late))
}
"#;
        let (scene, _) = replayed(src);
        // Each node is named after the variable its call assigns.
        let req = scene.find("reqCtx").expect("the WithValue node, named reqCtx");
        let entry = scene.engine().view(req).unwrap().entry;
        assert_eq!(entry, Some((GoValue::String { ty: "main.key".into(), v: "user".into() }, GoValue::string("ada"))));
        assert_eq!(err(&scene, "job"), Some(GoError::Canceled));
        // The cause crosses as a cause (not Err()); its text when the engine holds it.
        let cause = scene.engine().cause(scene.find("late").unwrap()).unwrap().map(|c| c.to_string());
        assert!(matches!(cause.as_deref(), Some("shutting down") | Some(context_lab::play::program::UNNAMED_CAUSE)), "{cause:?}");
    }
}

#[test]
fn replayed_nodes_are_named_after_the_variable_on_their_line() {
    use context_lab::play::replay::{Op, Replay};
    use context_lab::play::wire::{Reply, WireNode};
    let src = "package main\n\nfunc main() {\n\tctx, cancel := context.WithCancel(context.Background())\n\tctx, cancel = context.WithCancel(ctx)\n\t_, c := context.WithCancel(ctx)\n}\n";
    let node = |id: u32, kind: &str| WireNode { id, kind: kind.into(), deadline: None, entry: None, cause: None };
    let reply = Reply {
        strings: vec!["Background".into(), "WithCancel".into()],
        trace: vec![vec![0, 1, 4, 38, 7, 0, 0], vec![0, 1, 4, 17, 7, 1, 1, 0], vec![0, 1, 5, 16, 7, 1, 2, 1], vec![0, 1, 6, 10, 7, 1, 3, 2]],
        nodes: vec![node(0, "Background"), node(1, "WithCancel"), node(2, "WithCancel"), node(3, "WithCancel")],
        ..Reply::default()
    };
    let names: Vec<String> = Replay::new(&reply, src).unwrap().steps.into_iter().filter_map(|s| match s.op { Op::Add { name, .. } => Some(name), _ => None }).collect();
    assert_eq!(names, ["background", "ctx", "ctx2", "ctx3"]);
}

/// The page's list of runnable imports is the interpreter's: each listed package compiles, an
/// unlisted one is refused, and every lesson program gets a Run button exactly when the
/// interpreter accepts its imports.
#[test]
fn the_playground_runs_exactly_the_programs_whose_imports_the_interpreter_provides() {
    use context_lab::interp::load;
    use context_lab::play::imports::{import_paths, runs_in_playground, PACKAGES};
    let mut sorted = PACKAGES.to_vec();
    sorted.sort_unstable();
    assert_eq!(sorted, PACKAGES, "sorted, for binary search");
    let refused = |src: &str| load("main.go", src, &Options::default()).err().is_some_and(|e| e.contains("is not supported here"));
    for p in PACKAGES {
        let src = format!("package main\n\nimport _ \"{p}\"\n\nfunc main() {{}}\n");
        assert!(!refused(&src), "{p} is provided");
    }
    for p in ["database/sql", "os/exec", "net/rpc"] {
        let src = format!("package main\n\nimport _ \"{p}\"\n\nfunc main() {{}}\n");
        assert!(refused(&src) && !runs_in_playground(&src), "{p} is not provided");
    }
    assert_eq!(import_paths("package main\n\nimport (\n\t\"fmt\"\n\tctx \"context\" // the package\n)\n\nfunc main() {}\n"), ["fmt", "context"]);
    assert_eq!(import_paths("package main\nimport \"time\"\nfunc main() { _ = \"import \\\"x\\\"\" }\n"), ["time"]);
    let mut runnable = 0;
    for example in context_lab::content::examples().filter(|e| e.is_program()) {
        assert_eq!(runs_in_playground(example.source), !refused(example.source), "{}", example.id);
        runnable += usize::from(runs_in_playground(example.source));
    }
    assert!(runnable >= 5, "most lesson programs run in the playground ({runnable})");
}
