//! The run as a timeline: real programs (the lesson's, the gorun corpus, a few written here) run
//! through the interpreter and read back from the worker's reply; the events a learner follows,
//! in order and in plain words; the tree, the output and the line at every position, by
//! replay from the start (the same as stepping forward); goroutines on the Done they wait on;
//! contexts leaked when main returns; playback reaching the end at every speed.

use context_lab::engine::{GoError, GoroutineId};
use context_lab::interp::{Limits, Options};
use context_lab::play::events::Kind;
use context_lab::play::program;
use context_lab::play::timeline::Timeline;
use context_lab::play::wire::Reply;
use context_lab::scene::snapshot::snapshot;
use context_lab::scene::{apply, GoState, Scene};

fn opts() -> Options {
    Options { limits: Limits { max_steps: 5_000_000, ..Limits::default() }, ..Options::default() }
}

/// Runs `src` as the worker does and reads the reply back as the page does.
fn timeline(src: &str) -> (Timeline, Reply) {
    let reply = Reply::decode(&program::run(src, &opts()).encode()).expect("the reply reads back");
    (Timeline::new(&reply, src).expect("the trace reads"), reply)
}

fn lesson(id: &str) -> &'static str {
    context_lab::content::examples().find(|e| e.id == id).unwrap_or_else(|| panic!("no lesson program {id}")).source
}

/// The first position whose current event's words contain `text`, after position `from`.
fn find(t: &Timeline, from: usize, text: &str) -> usize {
    (from + 1..=t.len()).find(|&k| t.current(k).is_some_and(|e| e.text.contains(text))).unwrap_or_else(|| {
        let all: Vec<String> = t.entries.iter().map(|e| e.describe()).collect();
        panic!("no event {text:?} after position {from} in:\n{}", all.join("\n"))
    })
}

fn err(s: &Scene, name: &str) -> Option<GoError> {
    s.engine().err(s.find(name).unwrap_or_else(|| panic!("no node {name}"))).unwrap()
}

/// Who waits on `name`'s Done at this point, and how: `["g1 waiting"]`.
fn on(s: &Scene, name: &str) -> Vec<String> {
    let id = s.find(name).unwrap();
    s.goroutines()
        .iter()
        .filter(|g| g.node == id)
        .map(|g| format!("g{} {}", g.id.0, match g.state { GoState::Waiting => "waiting", GoState::Forever => "forever", GoState::Woken(_) => "woken" }))
        .collect()
}

fn text_at(t: &Timeline, k: usize) -> String {
    t.output(k).into_iter().map(|(_, s)| s).collect()
}

#[test]
fn the_exercise_reads_as_a_learner_follows_it() {
    let (t, reply) = timeline(lesson("exercise-solution"));
    assert_eq!(reply.exit, 0);
    // The events, in order, each with its words.
    let made = find(&t, 0, "made ctx: WithTimeout 2s, under background");
    let started = find(&t, made, "started g2 running");
    let blocked = find(&t, started, "blocked in a select: waiting on ctx.Done() or a channel");
    let slept = find(&t, blocked, "woke: its sleep ended");
    let woke = find(&t, slept, "g1 woke: g2 sent on a channel");
    let cancelled = find(&t, woke, "called cancel on ctx: it is done, context canceled");
    let alice = find(&t, woke, "printed \"alice: report for alice (took 300ms)\"");
    let made2 = find(&t, cancelled, "made ctx2: WithTimeout 2s, under background");
    let blocked2 = find(&t, made2, "blocked in a select: waiting on ctx2.Done() or a channel");
    let fired = find(&t, blocked2, "ctx2's deadline passed: context deadline exceeded");
    let woke2 = find(&t, fired, "g1 woke: ctx2's Done closed");
    let bob = find(&t, woke2, "printed \"bob: gave up after 2s: context deadline exceeded\"");
    assert_eq!(t.len(), find(&t, bob, "main returned: the program ends"));
    // Times, goroutines and lines as the run had them.
    let e = |k: usize| t.current(k).unwrap();
    assert_eq!((e(made).at, e(made).goroutine, e(made).line), (0, 1, 30));
    assert_eq!((e(blocked).goroutine, e(blocked).line, e(blocked).kind), (1, 20, Kind::Blocked));
    assert_eq!((e(slept).at, e(slept).goroutine, e(slept).line), (300_000_000, 2, 16));
    assert_eq!((e(fired).at, e(fired).goroutine, e(fired).kind), (2_300_000_000, 0, Kind::TimedOut));
    assert_eq!((e(woke2).line, e(woke2).kind), (20, Kind::Woke));
    assert!(alice < made2 && t.entries.windows(2).all(|w| w[0].at <= w[1].at));
    // The tree at each position: replayed from the start.
    let s = t.scene_at(blocked, t.at(blocked));
    assert_eq!(on(&s, "ctx"), ["g1 waiting"], "main waits on ctx's Done in its select");
    let s = t.scene_at(woke, t.at(woke));
    assert!(on(&s, "ctx").is_empty(), "a channel woke main: it no longer waits on ctx");
    assert_eq!(err(&s, "ctx"), None);
    assert_eq!(err(&t.scene_at(cancelled, 0), "ctx"), Some(GoError::Canceled));
    let s = t.scene_at(fired - 1, i64::MAX);
    assert_eq!((err(&s, "ctx2"), s.engine().now().nanos()), (None, t.clock_limit(fired - 1)));
    let s = t.scene_at(fired, t.at(fired));
    assert_eq!(err(&s, "ctx2"), Some(GoError::DeadlineExceeded));
    assert_eq!(on(&s, "ctx2"), ["g1 woken"], "woken by the Done, shown so until it exits");
    assert!(t.scene_at(t.len(), 0).goroutines().is_empty(), "main returned: every goroutine left the tree");
    // The output so far, and all of it at the end.
    assert_eq!(text_at(&t, alice - 1), "");
    assert_eq!(text_at(&t, alice), "alice: report for alice (took 300ms)\n");
    assert_eq!(text_at(&t, bob), reply.stdout);
    assert_eq!(text_at(&t, t.len()), reply.stdout);
    // Choosing ctx2 lists its events: made, blocked on, timed out, woken by.
    let ctx2 = t.scene_at(t.len(), 0).find("ctx2").unwrap();
    let kinds: Vec<Kind> = t.events_of(ctx2).into_iter().map(|i| t.entries[i].kind).collect();
    assert_eq!(kinds, [Kind::Made, Kind::Blocked, Kind::TimedOut, Kind::Woke]);
}

/// Scene facts compared between two ways of reaching a position.
fn facts(s: &Scene) -> (String, i64, Vec<(u64, u32, bool)>) {
    let snap = snapshot(s, s.next_seq());
    let nodes = format!("{:?}", snap.nodes.values().map(|n| (&n.name, &n.err, &n.detail, n.leak, &n.goroutines)).collect::<Vec<_>>());
    let gs = s.goroutines().iter().map(|g| (g.id.0, g.node.0, matches!(g.state, GoState::Woken(_)))).collect();
    (nodes, s.engine().now().nanos(), gs)
}

/// Every position of `t`: stepping forward one event at a time (as the page plays) gives the
/// scene that a replay from the start gives (as stepping back and scrubbing do); time never
/// goes back; the output grows as a prefix of the run's.
fn check_positions(name: &str, t: &Timeline, reply: &Reply) {
    let mut scene = Scene::default();
    for k in 1..=t.len() {
        let now = scene.engine().now();
        t.play(t.steps_at(k - 1), k, t.at(k), now, |a| apply(&mut scene, a).ok());
        assert_eq!(facts(&scene), facts(&t.scene_at(k, t.at(k))), "{name}: position {k} ({})", t.current(k).unwrap().describe());
        assert!(t.at(k) >= t.at(k - 1), "{name}: time goes forward");
        let out = text_at(t, k);
        let all = format!("{}{}", reply.stdout, reply.stderr);
        if k < t.len() {
            let printed: String = t.output(k).into_iter().filter(|p| p.0 == 1).map(|p| p.1).collect();
            assert!(reply.stdout.starts_with(&printed), "{name}: output at {k} is a prefix of the run's");
        } else {
            assert_eq!(out, all, "{name}: everything at the end");
        }
    }
    assert_eq!(t.current(t.len()).map(|e| e.kind), Some(Kind::Ended), "{name}: the last event is the end");
}

#[test]
fn every_position_of_every_lesson_program_is_the_replay_from_the_start() {
    let mut n = 0;
    for ex in context_lab::content::examples().filter(|e| e.is_program() && context_lab::play::imports::runs_in_playground(e.source)) {
        let (t, reply) = timeline(ex.source);
        check_positions(ex.id, &t, &reply);
        n += 1;
    }
    assert!(n >= 10, "{n} lesson programs");
}

#[test]
fn every_position_of_the_corpus_programs_with_contexts_or_goroutines() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gorun/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
    files.sort();
    let mut n = 0;
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        if !(src.contains("context.") || src.contains("go func")) {
            continue;
        }
        let (t, reply) = timeline(&src);
        check_positions(&f.display().to_string(), &t, &reply);
        n += 1;
    }
    assert!(n >= 40, "{n} corpus programs");
}

const LEAKY: &str = r#"package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	root := context.Background()
	forgotten, _ := context.WithCancel(root)
	timer, stopTimer := context.WithTimeout(root, time.Hour)
	_ = stopTimer
	short, _ := context.WithTimeout(root, time.Millisecond)
	parent, cancelParent := context.WithCancel(root)
	child, _ := context.WithCancel(parent)
	cancelParent()
	kept, cancel := context.WithCancel(root)
	defer cancel()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(forgotten.Err(), timer.Err(), short.Err(), child.Err(), kept.Err())
}
"#;

#[test]
fn contexts_left_open_when_main_returns_are_leaked_and_no_others() {
    let (t, reply) = timeline(LEAKY);
    assert_eq!(reply.stdout, "<nil> <nil> context deadline exceeded context canceled <nil>\n");
    let end = t.scene_at(t.len(), 0);
    let leaked = |name: &str| end.label(end.find(name).unwrap()).unwrap().leaked;
    // Never cancelled and still open: leaked. Done by a deadline or an ancestor, or cancelled
    // by a deferred call before main returned: not.
    for (name, want) in [("forgotten", true), ("timer", true), ("short", false), ("child", false), ("parent", false), ("kept", false), ("background", false)] {
        assert_eq!(leaked(name), want, "{name}");
    }
    let snap = snapshot(&end, end.next_seq());
    let forgotten = snap.nodes.values().find(|n| n.name == "forgotten").unwrap();
    assert!(forgotten.leak && forgotten.leaked, "drawn as a leak");
    assert!(end.narration().contains("forgotten, timer never cancelled: leaked"), "{}", end.narration());
    let last = t.current(t.len()).unwrap();
    assert_eq!(last.text, "main returned: the program ends, leaving forgotten, timer never cancelled (leaked)");
    // Before main returns nothing is marked.
    assert!(!t.scene_at(t.len() - 1, 0).label(end.find("forgotten").unwrap()).unwrap().leaked);
}

#[test]
fn goroutines_sit_on_the_done_they_wait_on_and_leave_when_they_exit() {
    let src = r#"package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	fmt.Println("worker", id, ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg)
	}
	time.Sleep(time.Second)
	cancel()
	wg.Wait()
	never, stop := context.WithCancel(context.Background())
	defer stop()
	go func() { <-context.Background().Done() }()
	time.Sleep(time.Millisecond)
	_ = never
}
"#;
    let (t, reply) = timeline(src);
    assert_eq!(reply.exit, 0, "{}", reply.stderr);
    let parked = find(&t, find(&t, 0, "started g3"), "blocked: waiting on ctx.Done()");
    let both = find(&t, parked, "blocked: waiting on ctx.Done()");
    assert_eq!(t.scene_at(parked, 0).narration(), "g2 (main.worker) waits on ctx's Done.");
    let s = t.scene_at(both, t.at(both));
    assert_eq!(on(&s, "ctx"), ["g2 waiting", "g3 waiting"]);
    let cancelled = find(&t, both, "called cancel on ctx");
    assert_eq!(on(&t.scene_at(cancelled, 0), "ctx"), ["g2 woken", "g3 woken"], "the cancel wakes both in the scene's engine");
    let exited = find(&t, cancelled, "g2 exited");
    assert_eq!(on(&t.scene_at(exited, 0), "ctx"), ["g3 woken"]);
    let waited = find(&t, cancelled, "blocked in wg.Wait()");
    assert!(waited < find(&t, exited, "g3 exited"));
    assert!(on(&t.scene_at(find(&t, exited, "g3 exited"), 0), "ctx").is_empty());
    // Background's Done is nil: a receive from it blocks forever, on no context.
    let forever = find(&t, exited, "blocked forever on a nil channel");
    assert_eq!(t.current(forever).unwrap().goroutine, 4);
    assert!(t.scene_at(forever, 0).goroutines().iter().all(|g| g.id != GoroutineId(4)));
}

#[test]
fn playback_maps_virtual_time_to_real_time_and_reaches_the_end_at_every_speed() {
    let (t, _) = timeline(lesson("exercise-solution"));
    for (speed, low, high) in [(0.1, 20.0, 200.0), (1.0, 4.0, 40.0), (10.0, 0.8, 8.0)] {
        // 40 ms ticks, as the page's timer.
        let (mut k, mut clock, mut since, mut real) = (0, 0, 0.0, 0.0);
        let mut at_2s = None;
        while k < t.len() {
            let (nk, nc) = t.tick(k, clock, 40.0, since + 40.0, speed);
            assert!(nc >= clock && nk >= k && nk <= k + 1 && nc <= t.clock_limit(k).max(t.at(nk)));
            since = if nk == k { since + 40.0 } else { 0.0 };
            (k, clock) = (nk, nc);
            real += 40.0;
            if at_2s.is_none() && clock >= 2_000_000_000 {
                at_2s = Some(real);
            }
            assert!(real < 1e7, "speed {speed}: playback never reaches the end");
        }
        let secs = real / 1000.0;
        assert!(secs > low && secs < high, "speed {speed}: the exercise plays in {secs} s");
        // The 2 s timeout is seen counting down: virtual seconds take real seconds at 1x.
        if speed == 1.0 {
            assert!(at_2s.unwrap() / 1000.0 > 2.0, "{at_2s:?}");
        }
    }
    // A long sleep is compressed: an hour's sleep is not an hour of watching.
    let (t, _) = timeline("package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.Sleep(time.Hour)\n}\n");
    let (mut k, mut clock, mut since, mut real) = (0, 0, 0.0, 0.0);
    while k < t.len() && real < 1e6 {
        let (nk, nc) = t.tick(k, clock, 40.0, since + 40.0, 1.0);
        since = if nk == k { since + 40.0 } else { 0.0 };
        (k, clock, real) = (nk, nc, real + 40.0);
    }
    assert!(real / 1000.0 < 10.0, "an hour's sleep plays in {} s", real / 1000.0);
}

#[test]
fn a_run_that_does_not_return_ends_with_its_exit_status_and_all_its_output() {
    let (t, reply) = timeline("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"before\")\n\tch := make(chan int)\n\t<-ch\n}\n");
    assert_eq!(reply.exit, 2);
    let last = t.current(t.len()).unwrap();
    assert_eq!(last.text, "the program ended with exit status 2");
    assert!(text_at(&t, t.len()).contains("fatal error: all goroutines are asleep - deadlock!"));
    assert_eq!(text_at(&t, t.len() - 1), "before\n");
    assert!(!t.makes_tree());
    // A compile error: nothing ran, the end is the only event.
    let (t, reply) = timeline("package main\n\nfunc main() {\n\tx := 1\n}\n");
    assert_eq!((t.len(), reply.exit), (1, 1));
    assert!(text_at(&t, 1).contains("declared and not used: x"));
}

#[test]
fn a_long_run_lists_its_first_events_and_folds_the_rest_into_its_end() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3000; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n";
    let (t, reply) = timeline(src);
    assert_eq!(t.len(), context_lab::play::events::MAX_ENTRIES + 1);
    assert!(t.folded > 1000, "{}", t.folded);
    assert_eq!(t.output(t.len() - 1).len(), context_lab::play::events::MAX_ENTRIES - 1, "main started, then a print each");
    assert_eq!(text_at(&t, t.len()), reply.stdout);
}

#[test]
fn a_goroutine_the_learner_attaches_takes_a_number_after_the_programs() {
    use context_lab::scene::{Action, Applied};
    let (t, _) = timeline(lesson("exercise-solution"));
    // main (g1) waits in its select on ctx's Done.
    let k = find(&t, 0, "blocked in a select: waiting on ctx.Done()");
    let mut s = t.scene_at(k, 0);
    let ctx = s.find("ctx").unwrap();
    let Ok(Applied::GoroutineAttached(g)) = apply(&mut s, Action::AttachGoroutine(ctx)) else { panic!("attached") };
    assert_eq!(g, GoroutineId(2));
    apply(&mut s, Action::Cancel(ctx)).unwrap();
    // Both wake; only the attached one prints in the tree's console (the program prints its own).
    assert_eq!(on(&s, "ctx"), ["g1 woken", "g2 woken"]);
    assert_eq!(s.console().iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["cancelled: context canceled"]);
    assert_eq!(apply(&mut s, Action::ProgramExits(GoroutineId(1))), Ok(Applied::Program(1)));
    assert_eq!(on(&s, "ctx"), ["g2 woken"], "the attached goroutine stays");
}

/// A run with 10,000 contexts is listed, not drawn (so a step back never replays it into the
/// tree). Prints, without asserting, how long reading it into a timeline takes (the page does
/// it on the main thread).
#[test]
fn a_run_too_large_to_draw_is_listed_not_drawn() {
    let src = include_str!("gorun/bench/timeouts.go");
    let opts = Options { limits: Limits { max_steps: 200_000_000, ..Limits::default() }, ..Options::default() };
    let reply = Reply::decode(&program::run(src, &opts).encode()).unwrap();
    let start = std::time::Instant::now();
    let t = Timeline::new(&reply, src).unwrap();
    let read = start.elapsed();
    let start = std::time::Instant::now();
    let end = t.scene_at(t.len(), 0);
    println!("{} trace rows, {} contexts: timeline read in {read:?} ({} events listed), its end replayed in {:?}", reply.trace.len(), t.contexts, t.len(), start.elapsed());
    // Too many contexts to draw: listed, not drawn (so never replayed on a step back).
    assert!(t.contexts > context_lab::play::timeline::MAX_TREE_NODES && !t.makes_tree());
    assert!(end.ids().is_empty());
}

#[test]
fn a_library_s_context_is_named_by_the_learner_s_variable_and_placed_at_their_line() {
    // errgroup.WithContext is Go code of the library: its context is made inside it, but the
    // event stands at the learner's line and the node takes the variable the context goes to.
    let src = lesson("errgroup");
    let (t, reply) = timeline(src);
    assert_eq!(reply.exit, 0, "{}", reply.stderr);
    let made = find(&t, 0, "made ctx: WithCancelCause, under background");
    let line = t.current(made).map(|e| e.line).unwrap_or(0);
    assert!(src.lines().nth(line as usize - 1).is_some_and(|l| l.contains("errgroup.WithContext")), "line {line}");
    // The goroutines errgroup starts are named after the learner's function they run.
    find(&t, made, "started g2 running main.main.func1");
    // The failing call cancels ctx (its cause: the error); the other two wake on its Done.
    let woke = find(&t, made, "ctx's Done closed");
    assert!(woke > made);
    let end = t.scene_at(t.len(), t.at(t.len()));
    assert_eq!(err(&end, "ctx"), Some(GoError::Canceled));
    // No event of the run points into the library's own source.
    let lines = src.lines().count() as u32;
    assert!(t.entries.iter().all(|e| e.line <= lines), "an event's line is past the program's end");
}
