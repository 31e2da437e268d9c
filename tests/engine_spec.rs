//! The engine against the rules in `docs/context-rules.md` (each test's name begins with the
//! numbers of the rules it checks, then says the rule), plus the event stream the tree UI animates
//! from, Go's time and duration printing, and the panel's `remove_subtree`.

mod engine_support;

use context_lab::engine::{
    CancelReason, Duration, Engine, EngineError, EventKind, FuncId, GoError, GoValue, GoroutineId,
    NodeId, Time, TimeFormat, WaitOutcome,
};
use engine_support::{check, run};

#[test]
fn spec_01_background_and_todo_never_cancel() {
    check("bg = Background\ntd = TODO\nadvance 1000h", "bg nil nil none\ntd nil nil none");
    let r = run("bg = Background\ntd = TODO");
    assert_eq!(r.engine.string_form(r.id("td")).unwrap(), "context.TODO");
    assert_eq!(r.engine.peek_value(r.id("bg"), &GoValue::string("k")).unwrap().value, GoValue::Nil);
}

#[test]
fn spec_02_error_messages() {
    assert_eq!(GoError::Canceled.to_string(), "context canceled");
    assert_eq!(GoError::DeadlineExceeded.to_string(), "context deadline exceeded");
    assert!(GoError::DeadlineExceeded.is_timeout());
    assert_ne!(GoError::custom(1, "x"), GoError::custom(2, "x"), "custom errors compare by identity");
}

#[test]
fn spec_03_07_err_never_changes_and_second_cancel_does_nothing() {
    let mut r = check("bg = Background\nc = WithCancelCause bg\ncancel c first\ncancel c second", "c canceled first");
    let c = r.id("c");
    assert!(r.engine.cancel_cause(c, None).unwrap().is_empty());
    assert!(r.engine.advance_by(Duration::HOUR).unwrap().is_empty());
    check(&r.script, "c canceled first");
}

#[test]
fn spec_05_cancel_propagates_with_same_err_and_cause() {
    check(
        "bg = Background\np = WithCancelCause bg\nv = WithValue p \"k\" \"v\"\nc = WithCancel v\nt = WithTimeout c 1h\ncancel p boom",
        "p canceled boom\nv canceled boom\nc canceled boom\nt canceled boom",
    );
}

#[test]
fn spec_06_child_cancel_leaves_parent_and_siblings() {
    check(
        "bg = Background\np = WithCancel bg\na = WithCancel p\nb = WithCancel p\ncancel a",
        "p nil nil\na canceled canceled\nb nil nil",
    );
}

#[test]
fn spec_08_born_done_under_canceled_parent() {
    check(
        "bg = Background\np = WithCancelCause bg\ncancel p why\nc = WithCancel p\nt = WithTimeout p 1h\nv = WithValue p \"k\" \"v\"\nvc = WithCancel v",
        "c canceled why\nt canceled why\nv canceled why\nvc canceled why",
    );
}

#[test]
fn spec_09_parent_deadline_cancels_children_with_later_deadlines() {
    check(
        "bg = Background\np = WithTimeout bg 1s\nc = WithCancel p\nlate = WithTimeout p 5s\nadvance 1s",
        "p deadline deadline 1s\nc deadline deadline 1s\nlate deadline deadline 1s",
    );
}

#[test]
fn spec_10_nil_parent_panics() {
    run("a = WithCancel nil !! cannot create context from nil parent
         b = WithCancelCause nil !! cannot create context from nil parent
         c = WithTimeout nil 1s !! cannot create context from nil parent
         d = WithTimeoutCause nil 1s x !! cannot create context from nil parent
         e = WithDeadlineCause nil 1s x !! cannot create context from nil parent
         f = WithoutCancel nil !! cannot create context from nil parent");
}

#[test]
fn spec_11_later_deadline_collapses_to_with_cancel() {
    let mut r = check("bg = Background\np = WithTimeout bg 1s\nc = WithTimeoutCause p 5s slow", "c nil nil 1s");
    let c = r.id("c");
    let v = r.engine.view(c).unwrap();
    assert!(v.string.ends_with("]).WithCancel"), "{}", v.string);
    assert_eq!((v.timer, v.requested_deadline), (None, Some(Time(5_000_000_000))));
    r.engine.advance_by(Duration::SECOND).unwrap();
    // The collapsed node's own cause is dropped: it takes the parent's.
    check(&r.script, "c nil nil");
    assert_eq!(r.engine.cause(c).unwrap(), Some(GoError::DeadlineExceeded));
    // An equal deadline does not collapse: strictly earlier only. The parent fires first.
    let r = check("bg = Background\np = WithTimeout bg 1s\nc = WithDeadlineCause p 1s mine\nadvance 1s", "c deadline deadline 1s");
    assert!(r.engine.string_form(r.id("c")).unwrap().contains("WithDeadline(2009-11-10 23:00:01 +0000 UTC m=+1.000000000 [0s]).WithDeadline("));
}

#[test]
fn spec_12_past_or_now_deadline_is_born_done() {
    check(
        "bg = Background\nadvance 2s\npast = WithDeadline bg 1s\nnow = WithDeadline bg 2s\nzero = WithTimeoutCause bg 0 slow",
        "past deadline deadline 1s\nnow deadline deadline 2s\nzero deadline slow 2s",
    );
}

#[test]
fn spec_13_cancel_before_deadline_stops_timer_and_after_keeps_deadline_exceeded() {
    let mut r = check("bg = Background\nt = WithTimeout bg 1s\ncancel t", "t canceled canceled");
    assert_eq!(r.engine.next_deadline(), None, "the timer is stopped");
    assert!(r.engine.events().iter().any(|e| e.kind == EventKind::TimerStopped { node: r.id("t") }));
    r.engine.advance_by(Duration::HOUR).unwrap();
    check("bg = Background\nt = WithTimeout bg 1s\nadvance 1s\ncancel t", "t deadline deadline");
}

#[test]
fn spec_14_cancel_and_value_contexts_report_nearest_deadline() {
    check(
        "bg = Background\nt = WithTimeout bg 3s\nv = WithValue t \"k\" \"v\"\nc = WithCancel v\nw = WithoutCancel c\nwc = WithCancel w",
        "t nil nil 3s\nv nil nil 3s\nc nil nil 3s\nw nil nil none\nwc nil nil none",
    );
}

#[test]
fn spec_15_canceled_parent_wins_over_past_deadline() {
    check("bg = Background\np = WithCancel bg\ncancel p\nc = WithDeadline p -1s", "c canceled canceled");
}

#[test]
fn spec_16_values_use_interface_equality_and_nearer_nil_hides() {
    run(r#"bg = Background
           a = WithValue bg ctxKey:id "typed"
           b = WithValue a "id" "plain"
           value b ctxKey:id -> "typed"
           value b "id" -> "plain"
           value b int:1 -> nil
           c = WithValue b ctxKey:id nil
           value c ctxKey:id -> nil
           k1 = WithValue bg key1:1 "x"
           value k1 key2:1 -> nil
           value k1 int:1 -> nil"#);
}

#[test]
fn spec_16_lookup_reports_the_path_walked() {
    let mut r = run("bg = Background\na = WithValue bg \"k\" \"v\"\nb = WithCancel a\nc = WithoutCancel b\nd = WithValue c \"x\" \"y\"");
    let (bg, a, b, c, d) = (r.id("bg"), r.id("a"), r.id("b"), r.id("c"), r.id("d"));
    let l = r.engine.value(d, &GoValue::string("k")).unwrap();
    assert_eq!((l.found_at, l.path), (Some(a), vec![d, c, b, a]));
    let l = r.engine.value(d, &GoValue::string("nope")).unwrap();
    assert_eq!((l.found_at, l.path, l.value), (None, vec![d, c, b, a, bg], GoValue::Nil));
    assert!(matches!(r.engine.events().last().map(|e| &e.kind), Some(EventKind::ValueLookedUp { found_at: None, .. })));
}

#[test]
fn spec_17_bad_keys_panic() {
    run("bg = Background\nx = WithValue bg nil \"v\" !! nil key");
    let mut e = Engine::new();
    let bg = e.background();
    let err = e.with_value(bg, GoValue::opaque("map[string]int", 1, false), GoValue::Nil).unwrap_err();
    assert_eq!((err.go_panic(), err.to_string()), (Some("key is not comparable"), "key is not comparable".into()));
}

#[test]
fn spec_18_values_survive_cancel_and_timeout() {
    run("bg = Background\nt = WithTimeout bg 1s\nv = WithValue t \"k\" \"v\"\nadvance 2s\nvalue v \"k\" -> \"v\"");
}

#[test]
fn spec_19_21_causes() {
    check("bg = Background\nc = WithCancelCause bg", "c nil nil");
    check("bg = Background\nc = WithCancelCause bg\ncancel c nil", "c canceled canceled");
    check(
        "bg = Background\np = WithCancelCause bg\nc = WithCancelCause p\ncancel c mine\ncancel p theirs",
        "p canceled theirs\nc canceled mine",
    );
    check("bg = Background\nt = WithTimeoutCause bg 1s slow\ncancel t", "t canceled canceled");
    check("bg = Background\nt = WithTimeoutCause bg 1s slow\nc = WithCancel t\nadvance 1s", "t deadline slow\nc deadline slow");
}

#[test]
fn spec_22_without_cancel() {
    let r = check(
        "bg = Background\np = WithCancel bg\nv = WithValue p \"k\" \"v\"\nw = WithoutCancel v\nwc = WithCancel w\ncancel p\nvalue w \"k\" -> \"v\"",
        "w nil nil none\nwc nil nil none",
    );
    assert_eq!(r.engine.string_form(r.id("w")).unwrap(), "context.Background.WithCancel.WithValue(k, v).WithoutCancel");
}

#[test]
fn spec_23_after_func() {
    let r = run("bg = Background\nc = WithCancel bg\nf = AfterFunc c\ncancel c\nstop f -> false\ng = AfterFunc c\nstop g -> false\nh = AfterFunc bg\nstop h -> true\nstop h -> false");
    let started: Vec<FuncId> = r.engine.events().iter().filter_map(|e| match e.kind {
        EventKind::AfterFuncStarted { func, .. } => Some(func),
        _ => None,
    }).collect();
    assert_eq!(started, vec![FuncId(0), FuncId(1)]);
}

#[test]
fn spec_24_string_forms() {
    let mut e = Engine::new();
    let bg = e.background();
    e.advance_to(Time(1)).unwrap();
    let t = e.with_timeout(bg, Duration(5 * 1_000_000_000)).unwrap();
    e.advance_by(Duration::MILLISECOND).unwrap();
    assert_eq!(
        e.string_form(t).unwrap(),
        "context.Background.WithDeadline(2009-11-10 23:00:05.000000001 +0000 UTC m=+5.000000001 [4.999s])"
    );
    let v = e.with_value(t, GoValue::typed_string("main.key", "k"), GoValue::opaque("*main.user", 1, true)).unwrap();
    let s = e.with_value(v, GoValue::int(3).with_string_method("three"), GoValue::Nil).unwrap();
    let c = e.with_cancel_cause(s).unwrap();
    let w = e.without_cancel(c).unwrap();
    assert!(e.string_form(w).unwrap().ends_with("[4.999s]).WithValue(main.key, *main.user).WithValue(three, <nil>).WithCancel.WithoutCancel"));
}

#[test]
fn durations_and_times_print_like_go() {
    for (ns, want) in [
        (0, "0s"), (1, "1ns"), (1_100, "1.1µs"), (2_200_000, "2.2ms"), (1_500_000_000, "1.5s"),
        (-4_999_000_000, "-4.999s"), (3_661_000_000_000, "1h1m1s"), (60_000_000_000, "1m0s"),
        (3_600_000_000_000_000, "1000h0m0s"), (5_000_000_001, "5.000000001s"),
    ] {
        assert_eq!(Duration(ns).to_string(), want);
    }
    assert_eq!(TimeFormat::SYNCTEST.time_string(Time(123_000_004)), "2000-01-01 00:00:00.123000004 +0000 UTC");
    assert_eq!(TimeFormat::PLAYGROUND.time_string(Time(0)), "2009-11-10 23:00:00 +0000 UTC m=+0.000000000");
    assert_eq!(TimeFormat::SYNCTEST.time_string(Time(-1_000_000_000)), "1999-12-31 23:59:59 +0000 UTC");
}

/// The propagation wave: origin, then descendants in pre-order (children in creation order),
/// skipping WithoutCancel and already-canceled subtrees, then woken goroutines FIFO per channel,
/// then AfterFuncs.
#[test]
fn cancel_emits_an_ordered_wave() {
    let mut r = run(
        "bg = Background
         root = WithCancelCause bg
         a = WithCancel root
         a1 = WithValue a \"k\" \"v\"
         a1x = WithTimeout a1 1h
         w = WithoutCancel root
         wc = WithCancel w
         b = WithCancel root
         b1 = WithCancel b
         gone = WithCancel root
         cancel gone
         f = AfterFunc a1
         wait a1 1
         wait root 2
         wait a 3
         wait b1 4
         wait root 5",
    );
    let start = r.engine.events().last().map_or(0, |e| e.seq + 1);
    let root = r.id("root");
    let cause = r.error("boom");
    let wave = r.engine.cancel_cause(root, Some(cause.clone())).unwrap();
    let names = |id: NodeId| r.nodes.iter().find(|(_, v)| **v == id).map(|(k, _)| k.clone()).unwrap_or_default();
    let log: Vec<String> = r.engine.events_since(start).iter().map(|e| match &e.kind {
        EventKind::Canceled { node, reason, .. } => format!("canceled {} {reason:?}", names(*node)),
        EventKind::Propagated { node, from, depth, .. } => format!("propagated {} from {} depth {depth}", names(*node), names(*from)),
        EventKind::TimerStopped { node } => format!("timer stopped {}", names(*node)),
        EventKind::GoroutineWoken { goroutine, node, .. } => format!("woken g{} on {}", goroutine.0, names(*node)),
        EventKind::AfterFuncStarted { func, .. } => format!("afterfunc f{}", func.0),
        other => format!("{other:?}"),
    }).collect();
    assert_eq!(log, vec![
        "canceled root CancelCauseFunc",
        "propagated a from root depth 1",
        "propagated a1 from a depth 2",
        "timer stopped a1x",
        "propagated a1x from a1 depth 3",
        "propagated b from root depth 1",
        "propagated b1 from b depth 2",
        "woken g2 on root",
        "woken g5 on root",
        "woken g1 on a1",
        "woken g3 on a",
        "woken g4 on b1",
        "afterfunc f0",
    ]);
    assert_eq!(wave.woken.iter().map(|w| w.0 .0).collect::<Vec<_>>(), vec![2, 5, 1, 3, 4]);
    assert!(r.engine.events_since(start).iter().all(|e| matches!(&e.kind,
        EventKind::Propagated { origin, cause: c, .. } if *origin == root && *c == cause) || !matches!(e.kind, EventKind::Propagated { .. })));
}

#[test]
fn advance_fires_deadlines_in_order_ties_in_creation_order() {
    let mut r = run(
        "bg = Background
         late = WithTimeout bg 3s
         tie2 = WithTimeout bg 2s
         early = WithTimeout bg 1s
         tie2b = WithTimeoutCause bg 2s second",
    );
    assert_eq!(r.engine.next_deadline(), Some(Time(1_000_000_000)));
    r.engine.advance_to(Time(2_500_000_000)).unwrap();
    let fired: Vec<(NodeId, Time)> = r.engine.events().iter().filter_map(|e| match e.kind {
        EventKind::DeadlineFired { node } => Some((node, e.time)),
        _ => None,
    }).collect();
    let s = |n: i64| Time(n * 1_000_000_000);
    assert_eq!(fired, vec![(r.id("early"), s(1)), (r.id("tie2"), s(2)), (r.id("tie2b"), s(2))]);
    assert_eq!(r.engine.next_deadline(), Some(s(3)));
    assert_eq!(r.engine.now(), Time(2_500_000_000));
    assert_eq!(r.engine.advance_to(s(1)), Err(EngineError::ClockBackwards { now: Time(2_500_000_000), to: s(1) }));
    assert!(r.engine.events().iter().any(|e| matches!(e.kind, EventKind::Canceled { reason: CancelReason::Deadline, .. })));
}

#[test]
fn waiting_goroutines() {
    let mut r = run("bg = Background\nc = WithCancel bg\nw = WithoutCancel c");
    let (c, w) = (r.id("c"), r.id("w"));
    assert_eq!(r.engine.wait_done(c, GoroutineId(1)).unwrap(), WaitOutcome::Parked);
    assert_eq!(r.engine.wait_done(w, GoroutineId(2)).unwrap(), WaitOutcome::Forever);
    assert_eq!(r.engine.wait_done(c, GoroutineId(3)).unwrap(), WaitOutcome::Parked);
    assert!(r.engine.stop_waiting(c, GoroutineId(3)).unwrap());
    assert_eq!(r.engine.view(c).unwrap().waiting, vec![GoroutineId(1)]);
    let wave = r.engine.cancel(c).unwrap();
    assert_eq!(wave.woken, vec![(GoroutineId(1), c)]);
    assert_eq!(r.engine.wait_done(c, GoroutineId(4)).unwrap(), WaitOutcome::Ready);
    assert_eq!(r.engine.view(w).unwrap().waiting, vec![GoroutineId(2)]);
}

#[test]
fn remove_subtree_drops_nodes_timers_waiters_and_after_funcs() {
    let mut r = run("bg = Background\np = WithCancel bg\nt = WithTimeout p 1s\nv = WithValue t \"k\" \"v\"\nkeep = WithTimeout bg 5s\nf = AfterFunc v\nwait v 9");
    let (p, t, v, bg) = (r.id("p"), r.id("t"), r.id("v"), r.id("bg"));
    assert_eq!(r.engine.remove_subtree(t).unwrap(), vec![t, v]);
    assert_eq!(r.engine.next_deadline(), Some(Time(5_000_000_000)));
    assert!(r.engine.children(p).unwrap().is_empty());
    assert_eq!(r.engine.err(t), Err(EngineError::UnknownContext(t)));
    assert!(!r.engine.stop_after_func(r.after["f"]).unwrap());
    assert!(matches!(&r.engine.events().last().map(|e| &e.kind),
        Some(EventKind::Removed { goroutines, after_funcs, .. }) if goroutines == &vec![GoroutineId(9)] && after_funcs.len() == 1));
    r.engine.cancel(p).unwrap();
    assert_eq!(r.engine.children(bg).unwrap().len(), 2);
    assert!(matches!(r.engine.cancel(bg), Err(EngineError::NotCancelable(_))));
    assert!(matches!(r.engine.cancel_cause(p, None), Err(EngineError::NoCauseFunc(_))));
}

#[test]
fn view_shows_what_the_tree_draws() {
    let mut r = run("bg = Background\nt = WithTimeoutCause bg 2s slow\nv = WithValue t ctxKey:id \"42\"\nf = AfterFunc v\nwait v 1\nadvance 500ms");
    let v = r.engine.view(r.id("v")).unwrap();
    assert_eq!(v.deadline, Some(Time(2_000_000_000)));
    assert_eq!(v.remaining, Some(Duration(1_500_000_000)));
    assert_eq!(v.waiting, vec![GoroutineId(1)]);
    assert_eq!(v.after_funcs.len(), 1);
    assert!(!v.cancelable && !v.done);
    assert_eq!(v.string, "context.Background.WithDeadline(2009-11-10 23:00:02 +0000 UTC m=+2.000000000 [1.5s]).WithValue(main.ctxKey, 42)");
    r.engine.step().unwrap();
    let v = r.engine.view(r.id("v")).unwrap();
    assert_eq!((v.done, v.cause.map(|c| c.to_string()), v.canceled_by), (true, Some("slow".into()), Some(r.id("t"))));
}
