//! The scenarios of Go's own context tests (`context_test.go`, `x_test.go`, `afterfunc_test.go`),
//! ported to the engine under their Go names. Go's variants over custom context types
//! (`otherContext`, `afterFuncContext`) have no counterpart: the engine models only the package's
//! own types.
#![allow(non_snake_case)]

mod engine_support;

use context_lab::engine::{
    Duration, Engine, EngineError, EventKind, FuncId, GoError, GoValue, GoroutineId, Registered,
};
use engine_support::{check, run, XorShift};

#[test]
fn TestBackground() {
    let mut e = Engine::new();
    let bg = e.background();
    assert_eq!(e.string_form(bg).unwrap(), "context.Background");
    assert_eq!((e.err(bg).unwrap(), e.cause(bg).unwrap(), e.deadline(bg).unwrap()), (None, None, None));
}

#[test]
fn TestTODO() {
    let mut e = Engine::new();
    let todo = e.todo();
    assert_eq!(e.string_form(todo).unwrap(), "context.TODO");
    assert!(!e.is_done(todo).unwrap());
}

#[test]
fn TestWithCancel() {
    let r = check(
        "bg = Background
         c1 = WithCancel bg
         c2 = WithCancel c1
         cancel c1",
        "c1 canceled canceled
         c2 canceled canceled",
    );
    assert_eq!(r.engine.string_form(r.id("c1")).unwrap(), "context.Background.WithCancel");
}

#[test]
fn TestParentFinishesChild() {
    let mut r = check(
        "bg          = Background
         parent      = WithCancel bg
         cancelChild = WithCancel parent
         valueChild  = WithValue parent \"key\" \"value\"
         timerChild  = WithTimeout valueChild 1000h
         afterChild  = AfterFunc parent",
        "parent      nil nil
         cancelChild nil nil
         valueChild  nil nil
         timerChild  nil nil",
    );
    // The parent's children are the three cancelers: cancelChild, timerChild (through the value
    // node) and the AfterFunc.
    let p = r.id("parent");
    let mut kids = r.engine.registered_children(p).unwrap();
    kids.sort_by_key(|k| format!("{k:?}"));
    let af = r.after["afterChild"];
    assert_eq!(
        kids,
        vec![
            Registered::AfterFunc(af),
            Registered::Context(r.id("cancelChild")),
            Registered::Context(r.id("timerChild")),
        ]
    );
    r.engine.cancel(p).unwrap();
    assert!(r.engine.registered_children(p).unwrap().is_empty(), "cancel didn't clear children");
    for n in ["parent", "cancelChild", "valueChild", "timerChild"] {
        assert_eq!(r.engine.err(r.id(n)).unwrap(), Some(GoError::Canceled), "{n}");
    }
    // A value over a canceled parent is done at once.
    let pre = r.engine.with_value(p, GoValue::string("key"), GoValue::string("value")).unwrap();
    assert_eq!(r.engine.err(pre).unwrap(), Some(GoError::Canceled));
}

#[test]
fn TestChildFinishesFirst() {
    for parent in ["bg", "cancelable"] {
        let mut r = run(&format!(
            "bg = Background
             cancelable = WithCancel bg
             child = WithCancel {parent}"
        ));
        let (p, c) = (r.id(parent), r.id("child"));
        if parent == "cancelable" {
            assert_eq!(r.engine.registered_children(p).unwrap(), vec![Registered::Context(c)]);
        }
        r.engine.cancel(c).unwrap();
        assert!(r.engine.registered_children(p).unwrap().is_empty(), "child's cancel didn't unregister it");
        assert_eq!(r.engine.err(c).unwrap(), Some(GoError::Canceled));
        assert_eq!(r.engine.err(p).unwrap(), None, "parent must not finish");
    }
}

#[test]
fn TestCancelRemoves() {
    let mut r = run(
        "bg = Background
         ctx = WithCancel bg
         a = WithCancel ctx
         ctx2 = WithCancel bg
         b = WithTimeout ctx2 60m
         ctx3 = WithCancel bg
         f = AfterFunc ctx3",
    );
    let count = |r: &engine_support::Run, n: &str| r.engine.registered_children(r.id(n)).unwrap().len();
    assert_eq!((count(&r, "ctx"), count(&r, "ctx2"), count(&r, "ctx3")), (1, 1, 1));
    let (a, b) = (r.id("a"), r.id("b"));
    r.engine.cancel(a).unwrap();
    r.engine.cancel(b).unwrap();
    assert!(r.engine.stop_after_func(r.after["f"]).unwrap());
    assert_eq!((count(&r, "ctx"), count(&r, "ctx2"), count(&r, "ctx3")), (0, 0, 0));
}

#[test]
fn TestDeadline() {
    let r = check(
        "bg = Background
         c = WithDeadline bg 1ms
         big = WithDeadline c 1000h        # later than the parent's: collapses to WithCancel
         past = WithDeadline bg -1ms
         now = WithDeadline bg 0
         advance 1ms",
        "c    deadline deadline 1ms
         big  deadline deadline 1ms
         past deadline deadline
         now  deadline deadline",
    );
    assert!(r.engine.string_form(r.id("c")).unwrap().starts_with("context.Background.WithDeadline("));
    assert!(r.engine.string_form(r.id("big")).unwrap().ends_with("]).WithCancel"));
}

#[test]
fn TestTimeout() {
    let r = check(
        "bg = Background
         c = WithTimeout bg 1ms
         v = WithValue c \"k\" \"v\"
         c2 = WithTimeout v 1000h
         advance 1ms",
        "c  deadline deadline 1ms
         c2 deadline deadline 1ms",
    );
    assert!(r.engine.string_form(r.id("c")).unwrap().starts_with("context.Background.WithDeadline("));
}

#[test]
fn TestCanceledTimeout() {
    check(
        "bg = Background
         c = WithTimeout bg 1s
         v = WithValue c \"k\" \"v\"
         c2 = WithTimeout v 1000h
         cancel c2",
        "c  nil nil 1s
         c2 canceled canceled 1s",
    );
}

#[test]
fn TestValues() {
    let k1 = GoValue::typed_int("context_test.key1", 1);
    let k2 = GoValue::typed_int("context_test.key2", 1).with_string_method("context_test.key2(1)");
    let k3 = GoValue::typed_int("context_test.key2", 3).with_string_method("context_test.key2(3)");
    let mut e = Engine::new();
    let check = |e: &Engine, c, want: [&str; 3]| {
        for (k, w) in [&k1, &k2, &k3].into_iter().zip(want) {
            let got = e.peek_value(c, k).unwrap().value;
            let want = if w.is_empty() { GoValue::Nil } else { GoValue::string(w) };
            assert_eq!(got, want, "Value({k:?})");
        }
    };
    let c0 = e.background();
    check(&e, c0, ["", "", ""]);
    let c1 = e.with_value(c0, k1.clone(), GoValue::string("c1k1")).unwrap();
    check(&e, c1, ["c1k1", "", ""]);
    assert_eq!(e.string_form(c1).unwrap(), "context.Background.WithValue(context_test.key1, c1k1)");
    let c2 = e.with_value(c1, k2.clone(), GoValue::string("c2k2")).unwrap();
    check(&e, c2, ["c1k1", "c2k2", ""]);
    assert_eq!(
        e.string_form(c2).unwrap(),
        "context.Background.WithValue(context_test.key1, c1k1).WithValue(context_test.key2(1), c2k2)"
    );
    let c3 = e.with_value(c2, k3.clone(), GoValue::string("c3k3")).unwrap();
    check(&e, c3, ["c1k1", "c2k2", "c3k3"]);
    let c4 = e.with_value(c3, k1.clone(), GoValue::Nil).unwrap();
    check(&e, c4, ["", "c2k2", "c3k3"]);
    assert_eq!(
        e.string_form(c4).unwrap(),
        "context.Background.WithValue(context_test.key1, c1k1).WithValue(context_test.key2(1), c2k2)\
         .WithValue(context_test.key2(3), c3k3).WithValue(context_test.key1, <nil>)"
    );
    let o4 = e.with_value(c4, k3.clone(), GoValue::Nil).unwrap();
    check(&e, o4, ["", "c2k2", ""]);
}

/// Go's `testLayers`: a random stack of value, cancel and timeout layers.
fn test_layers(seed: u64, test_timeout: bool) {
    let mut rng = XorShift::new(seed);
    let mut e = Engine::new();
    let mut ctx = e.background();
    let (mut vals, mut cancels, mut timers) = (Vec::new(), Vec::new(), 0);
    let mut i = 0;
    while i < 30 || timers == 0 || cancels.is_empty() || vals.is_empty() {
        i += 1;
        match rng.below(3) {
            0 => {
                let v = GoValue::opaque("*context_test.value", vals.len() as u64, true);
                ctx = e.with_value(ctx, v.clone(), v.clone()).unwrap();
                vals.push(v);
            }
            1 => {
                ctx = e.with_cancel(ctx).unwrap();
                cancels.push(ctx);
            }
            _ => {
                let d = if test_timeout { Duration::MILLISECOND } else { Duration(Duration::HOUR.0 * 1000) };
                ctx = e.with_timeout(ctx, d).unwrap();
                cancels.push(ctx);
                timers += 1;
            }
        }
    }
    let check_values = |e: &Engine, when: &str| {
        for v in &vals {
            assert_eq!(&e.peek_value(ctx, v).unwrap().value, v, "seed={seed} {when}");
        }
    };
    assert!(!e.is_done(ctx).unwrap(), "seed={seed}: ctx should not be canceled yet");
    assert!(e.string_form(ctx).unwrap().starts_with("context.Background."));
    check_values(&e, "before cancel");
    if test_timeout {
        e.advance_by(Duration::MILLISECOND).unwrap();
        assert_eq!(e.err(ctx).unwrap(), Some(GoError::DeadlineExceeded), "seed={seed}");
        check_values(&e, "after timeout");
    } else {
        let c = cancels[rng.below(cancels.len())];
        e.cancel(c).unwrap();
        assert_eq!(e.err(ctx).unwrap(), Some(GoError::Canceled), "seed={seed}");
        check_values(&e, "after cancel");
    }
}


#[test]
fn TestLayersCancel() {
    for seed in 1..=50 {
        test_layers(seed, false);
    }
}

#[test]
fn TestLayersTimeout() {
    for seed in 1..=50 {
        test_layers(seed, true);
    }
}

#[test]
fn TestWithCancelCanceledParent() {
    check(
        "bg = Background
         parent = WithCancelCause bg
         cancel parent Because!
         c = WithCancel parent",
        "c canceled Because!",
    );
}

#[test]
fn TestWithValueChecksKey() {
    let mut e = Engine::new();
    let bg = e.background();
    let bytes = GoValue::opaque("[]uint8", 1, false);
    assert_eq!(e.with_value(bg, bytes, GoValue::string("bar")), Err(EngineError::KeyNotComparable));
    let err = e.with_value(bg, GoValue::Nil, GoValue::string("bar")).unwrap_err();
    assert_eq!(err.go_panic(), Some("nil key"));
}

#[test]
fn TestInvalidDerivedFail() {
    run("x = WithCancel nil !! cannot create context from nil parent
         y = WithDeadline nil 1ms !! cannot create context from nil parent
         z = WithValue nil \"foo\" \"bar\" !! cannot create context from nil parent");
}

#[test]
fn TestDeadlineExceededSupportsTimeout() {
    assert!(GoError::DeadlineExceeded.is_timeout());
    assert!(!GoError::Canceled.is_timeout());
}

#[test]
fn TestCause() {
    // (name, script building `ctx`, err, cause), as Go's table.
    let table = [
        ("Background", "ctx = Background", "nil", "nil"),
        ("TODO", "ctx = TODO", "nil", "nil"),
        ("WithCancel", "ctx = WithCancel bg\ncancel ctx", "canceled", "canceled"),
        ("WithCancelCause", "ctx = WithCancelCause bg\ncancel ctx parentCause", "canceled", "parentCause"),
        ("WithCancelCause nil", "ctx = WithCancelCause bg\ncancel ctx nil", "canceled", "canceled"),
        (
            "WithCancelCause: parent cause before child",
            "p = WithCancelCause bg\nctx = WithCancelCause p\ncancel p parentCause\ncancel ctx childCause",
            "canceled",
            "parentCause",
        ),
        (
            "WithCancelCause: parent cause after child",
            "p = WithCancelCause bg\nctx = WithCancelCause p\ncancel ctx childCause\ncancel p parentCause",
            "canceled",
            "childCause",
        ),
        (
            "WithCancelCause: parent cause before nil",
            "p = WithCancelCause bg\nctx = WithCancel p\ncancel p parentCause\ncancel ctx",
            "canceled",
            "parentCause",
        ),
        (
            "WithCancelCause: parent cause after nil",
            "p = WithCancelCause bg\nctx = WithCancel p\ncancel ctx\ncancel p parentCause",
            "canceled",
            "canceled",
        ),
        (
            "WithCancelCause: child cause after nil",
            "p = WithCancel bg\nctx = WithCancelCause p\ncancel p\ncancel ctx childCause",
            "canceled",
            "canceled",
        ),
        (
            "WithCancelCause: child cause before nil",
            "p = WithCancel bg\nctx = WithCancelCause p\ncancel ctx childCause\ncancel p",
            "canceled",
            "childCause",
        ),
        ("WithTimeout", "ctx = WithTimeout bg 0\ncancel ctx", "deadline", "deadline"),
        ("WithTimeout canceled", "ctx = WithTimeout bg 1000000s\ncancel ctx", "canceled", "canceled"),
        ("WithTimeoutCause", "ctx = WithTimeoutCause bg 0 tooSlow\ncancel ctx", "deadline", "tooSlow"),
        (
            "WithTimeoutCause canceled",
            "ctx = WithTimeoutCause bg 1000000s tooSlow\ncancel ctx",
            "canceled",
            "canceled",
        ),
        (
            "WithTimeoutCause stacked",
            "p = WithCancelCause bg\nctx = WithTimeoutCause p 0 tooSlow\ncancel p finishedEarly",
            "deadline",
            "tooSlow",
        ),
        (
            "WithTimeoutCause stacked canceled",
            "p = WithCancelCause bg\nctx = WithTimeoutCause p 1000000s tooSlow\ncancel p finishedEarly",
            "canceled",
            "finishedEarly",
        ),
        ("WithoutCancel", "ctx = WithoutCancel bg", "nil", "nil"),
        (
            "WithoutCancel canceled",
            "p = WithCancelCause bg\nctx = WithoutCancel p\ncancel p finishedEarly",
            "nil",
            "nil",
        ),
        (
            "WithoutCancel timeout",
            "p = WithTimeoutCause bg 0 tooSlow\nctx = WithoutCancel p\ncancel p",
            "nil",
            "nil",
        ),
    ];
    for (name, script, err, cause) in table {
        println!("TestCause/{name}");
        check(&format!("bg = Background\n{script}"), &format!("ctx {err} {cause}"));
    }
}

#[test]
fn TestWithoutCancel() {
    check(
        "bg = Background
         v = WithValue bg \"key\" \"value\"
         ctx = WithoutCancel v
         value ctx \"key\" -> \"value\"",
        "ctx nil nil none",
    );
}

#[test]
fn TestSimultaneousCancels() {
    let mut e = Engine::new();
    let bg = e.background();
    let root = e.with_cancel(bg).unwrap();
    let (mut all, mut queue) = (vec![root], std::collections::VecDeque::from([root]));
    while let Some(p) = queue.pop_front() {
        if all.len() >= 100 {
            break;
        }
        for _ in 0..4 {
            let c = e.with_cancel(p).unwrap();
            all.push(c);
            queue.push_back(c);
        }
    }
    let mut rng = XorShift::new(7);
    let mut order = all.clone();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    for c in order {
        e.cancel(c).unwrap();
    }
    assert!(all.iter().all(|&c| e.is_done(c).unwrap()));
}

#[test]
fn TestInterlockedCancels() {
    let mut e = Engine::new();
    let bg = e.background();
    let parent = e.with_cancel(bg).unwrap();
    let child = e.with_cancel(parent).unwrap();
    e.wait_done(parent, GoroutineId(1)).unwrap();
    let wave = e.cancel(parent).unwrap();
    assert_eq!(wave.woken, vec![(GoroutineId(1), parent)]);
    // The woken goroutine cancels the child: already done, nothing changes.
    assert!(e.cancel(child).unwrap().is_empty());
    assert!(e.is_done(child).unwrap());
}

fn started(e: &Engine, f: FuncId) -> bool {
    e.events().iter().any(|ev| matches!(ev.kind, EventKind::AfterFuncStarted { func, .. } if func == f))
}

#[test]
fn TestAfterFuncCalledAfterCancel() {
    let mut r = run("bg = Background\nctx = WithCancel bg\nf = AfterFunc ctx");
    assert!(!started(&r.engine, FuncId(0)), "AfterFunc called before context is done");
    let wave = r.engine.cancel(r.id("ctx")).unwrap();
    assert_eq!(wave.after_funcs, vec![(r.after["f"], FuncId(0))]);
    assert!(!r.engine.stop_after_func(r.after["f"]).unwrap(), "stop() = true, want false");
}

#[test]
fn TestAfterFuncCalledAfterTimeout() {
    let r = run("bg = Background\nctx = WithTimeout bg 1ms\nf = AfterFunc ctx\nadvance 1ms");
    assert!(started(&r.engine, FuncId(0)), "AfterFunc not called after context is canceled");
}

#[test]
fn TestAfterFuncCalledImmediately() {
    let r = run("bg = Background\nctx = WithCancel bg\ncancel ctx\nf = AfterFunc ctx");
    assert!(started(&r.engine, FuncId(0)), "AfterFunc not called for already-canceled context");
}

#[test]
fn TestAfterFuncNotCalledAfterStop() {
    let r = run("bg = Background\nctx = WithCancel bg\nf = AfterFunc ctx\nstop f -> true\ncancel ctx\nstop f -> false");
    assert!(!started(&r.engine, FuncId(0)), "AfterFunc called for already-canceled context");
}

#[test]
fn TestAfterFuncCalledAsynchronously() {
    // cancel does not wait for f: the wave reports f as started and returns.
    let mut r = run("bg = Background\nctx = WithCancel bg\nf = AfterFunc ctx");
    let wave = r.engine.cancel(r.id("ctx")).unwrap();
    assert_eq!(wave.after_funcs.len(), 1);
    assert!(r.engine.is_done(r.id("ctx")).unwrap());
}

#[test]
fn TestAfterFuncCalledAfterParentCancel() {
    let r = run("bg = Background\np = WithCancel bg\nv = WithValue p \"k\" \"v\"\nctx = WithCancel v\nf = AfterFunc ctx\ng = AfterFunc v\ncancel p");
    assert!(started(&r.engine, FuncId(0)) && started(&r.engine, FuncId(1)));
}

#[test]
fn TestAfterFuncNotCalledOnBackground() {
    let r = run("bg = Background\nw = WithoutCancel bg\nf = AfterFunc bg\ng = AfterFunc w\nstop f -> true\nstop g -> true");
    assert!(!started(&r.engine, FuncId(0)));
}
