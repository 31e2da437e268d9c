//! The scene driven through its one action type, data-driven: each case is a starting tree, a
//! script of actions (one a line, in the engine's terms: kinds by Go name, durations, keys),
//! and the expected transcript: what each action answered, the narration it left, and at the
//! end the whole tree (names, calls, `Err()`, leaks, goroutines) and the console.
//!
//! Script lines: `add PARENT KIND [ARG] as NAME [dropped]` (PARENT `-` for a root; ARG a
//! duration, `t=` a deadline, or `ctxKey:key=value` / `string:key=value`), `cancel N`,
//! `cause N [TEXT]`, `go N`, `afterfunc N`, `stop N` (N's first AfterFunc), `lookup N TYPE:KEY`,
//! `remove N`, `advance D`, `step`.

use context_lab::content::presets::{self, KeyType};
use context_lab::engine::{ContextKind, GoValue, NodeId, Time};
use context_lab::scene::units::parse_duration;
use context_lab::scene::{apply, kind_named, Action, Applied, Args, GoState, LabError, Scene};

/// Runs `script` on the tree `start` (`empty`, `todo` or a preset id) and compares the
/// transcript with `expect` (leading and trailing blank lines and indentation ignored).
fn check(start: &str, script: &str, expect: &str) {
    let mut scene = match start {
        "empty" => Scene::empty(false),
        "todo" => Scene::empty(true),
        id => Scene::from_preset(presets::preset(id).expect("a preset")).expect("it applies"),
    };
    let mut out = Vec::new();
    for line in script.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push(format!("> {line}"));
        let answer = action(&scene, line).and_then(|a| apply(&mut scene, a));
        out.push(match answer {
            Ok(applied) => format!("= {}", applied_text(&scene, &applied)),
            Err(e) => format!("! {e}"),
        });
        out.push(format!("  {}", scene.narration()));
    }
    out.extend(dump(&scene));
    let got = out.join("\n");
    let want: Vec<&str> = expect.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let got_lines: Vec<&str> = got.lines().map(str::trim).collect();
    assert_eq!(got_lines, want, "\n--- transcript ---\n{got}\n");
}

/// A script line as an action; a name the scene lacks is an error, as a preset's would be.
fn action(scene: &Scene, line: &str) -> Result<Action, LabError> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let node = |name: &str| scene.find(name).ok_or_else(|| LabError::UnknownParent(name.to_string()));
    Ok(match words.as_slice() {
        ["add", parent, kind, rest @ ..] => {
            let parent = if *parent == "-" { None } else { Some(node(parent)?) };
            let kind = kind_named(kind)?;
            let (arg, rest) = match rest {
                ["as", ..] => (None, rest),
                [arg, rest @ ..] => (Some(*arg), rest),
                [] => (None, rest),
            };
            let (name, dropped) = match rest {
                ["as", name, "dropped"] => (*name, true),
                ["as", name] => (*name, false),
                _ => ("", false),
            };
            Action::Add { parent, name: name.into(), kind, args: args(kind, arg), drop_cancel: dropped }
        }
        ["cancel", n] => Action::Cancel(node(n)?),
        ["cause", n] => Action::CancelCause { node: node(n)?, cause: None },
        ["cause", n, text @ ..] => Action::CancelCause { node: node(n)?, cause: Some(text.join(" ")) },
        ["go", n] => Action::AttachGoroutine(node(n)?),
        ["afterfunc", n] => Action::RegisterAfterFunc(node(n)?),
        ["stop", n] => {
            let id = node(n)?;
            let a = scene.after_funcs().iter().find(|(_, on)| *on == id).map(|(a, _)| *a).expect("an AfterFunc on it");
            Action::StopAfterFunc(a)
        }
        ["lookup", n, key] => Action::Lookup { node: node(n)?, key: key_of(key).0 },
        ["remove", n] => Action::Remove(node(n)?),
        ["advance", d] => Action::Advance(parse_duration(d).expect("a duration")),
        ["step"] => Action::Step,
        _ => panic!("cannot read script line {line:?}"),
    })
}

/// The arguments a script gives `kind`: whatever its one word says, checked by the scene.
fn args(kind: ContextKind, arg: Option<&str>) -> Args {
    let Some(arg) = arg else { return Args::None };
    if let Some((key, value)) = arg.split_once('=').filter(|_| arg.contains(':')) {
        return Args::Value { key: key_of(key).0, value: GoValue::string(value) };
    }
    let time = |s: &str| Time::ZERO.add(parse_duration(s).expect("a time"));
    match (kind, arg.strip_prefix("t=")) {
        (ContextKind::WithDeadlineCause, Some(t)) => Args::DeadlineCause(time(t), Some("too late".into())),
        (_, Some(t)) => Args::Deadline(time(t)),
        (ContextKind::WithTimeoutCause, None) => Args::TimeoutCause(parse_duration(arg).expect("a duration"), Some("too slow".into())),
        (_, None) => Args::Timeout(parse_duration(arg).expect("a duration")),
    }
}

/// `ctxKey:requestID` or `string:requestID` as a key.
fn key_of(text: &str) -> (GoValue, KeyType) {
    let (ty, key) = text.split_once(':').expect("TYPE:KEY");
    let ty = match ty {
        "ctxKey" => KeyType::CtxKey,
        "string" => KeyType::String,
        _ => panic!("no key type {ty}"),
    };
    (ty.key(key), ty)
}

fn applied_text(scene: &Scene, a: &Applied) -> String {
    match a {
        Applied::Added(id) => format!("added {}", scene.name(*id)),
        Applied::Value(v) => format!("value {v}"),
        other => format!("{other:?}"),
    }
}

/// The tree in pre-order, indented by depth, then the console.
fn dump(scene: &Scene) -> Vec<String> {
    let e = scene.engine();
    let mut out = vec![format!("tree at t={}:", e.now().nanos() as f64 / 1e9)];
    let mut stack: Vec<NodeId> = scene.ids().into_iter().filter(|&id| e.parent(id).ok().flatten().is_none()).rev().collect();
    while let Some(id) = stack.pop() {
        let v = e.view(id).expect("a live node");
        let label = scene.label(id).expect("labelled");
        let err = v.err.as_ref().map_or("nil".to_string(), |e| e.to_string());
        let mut line = format!("{}{} ({}) Err: {err}", "  ".repeat(v.depth as usize), label.name, label.call);
        if let Some(c @ context_lab::engine::GoError::Custom { .. }) = &v.cause {
            line.push_str(&format!(", Cause: {c}"));
        }
        if scene.is_leaking(id) {
            line.push_str(" [leaking]");
        }
        for g in scene.goroutines().iter().filter(|g| g.node == id) {
            let state = match g.state {
                GoState::Waiting => "waiting",
                GoState::Forever => "forever",
                GoState::Woken(_) => "woken",
            };
            line.push_str(&format!(" g{}:{state}", g.id.0));
        }
        out.push(line);
        stack.extend(v.children.iter().rev());
    }
    out.extend(scene.console().iter().map(|l| format!("console: {}: {}", l.who, l.text)));
    out
}

#[test]
fn building_a_tree_names_each_call_and_a_blank_name_gets_the_next_ctxn() {
    check(
        "empty",
        "add background WithTimeout 2s as req
         add req WithValue ctxKey:requestID=r-1
         add req WithDeadline t=5s as late
         add background WithoutCancel as detached",
        r#"
        > add background WithTimeout 2s as req
        = added req
          Added req: WithTimeout 2s under background.
        > add req WithValue ctxKey:requestID=r-1
        = added ctx1
          Added ctx1: WithValue under req.
        > add req WithDeadline t=5s as late
        = added late
          Added late: WithDeadline t=5s under req. Its parent's deadline is earlier, so Go returns WithCancel: it keeps t=2s.
        > add background WithoutCancel as detached
        = added detached
          Added detached: WithoutCancel under background.
        tree at t=0:
        background (Background) Err: nil
          req (WithTimeout 2s) Err: nil
            ctx1 (WithValue) Err: nil
            late (WithDeadline t=5s) Err: nil
          detached (WithoutCancel) Err: nil
        "#,
    );
}

#[test]
fn an_unknown_kind_or_wrong_arguments_are_errors_and_change_nothing() {
    check(
        "empty",
        "add background WithTimout 2s as a
         add background WithTimeout as b
         add background WithCancel 2s as c
         add background Background as d
         add - WithCancel as e
         add background WithCancel as this-name-is-far-too-long-to-use",
        r#"
        > add background WithTimout 2s as a
        ! There is no context.WithTimout: pick one of the context functions.
          A new tree: background, a Background root.
        > add background WithTimeout as b
        ! context.WithTimeout takes a parent and a timeout.
          A new tree: background, a Background root.
        > add background WithCancel 2s as c
        ! context.WithCancel takes only a parent.
          A new tree: background, a Background root.
        > add background Background as d
        ! context.Background() makes a root: it takes no parent.
          A new tree: background, a Background root.
        > add - WithCancel as e
        ! Go would panic: cannot create context from nil parent
          A new tree: background, a Background root.
        > add background WithCancel as this-name-is-far-too-long-to-use
        ! "this-name-is-far-too-long-to-use" cannot be a name: use 1 to 24 characters.
          A new tree: background, a Background root.
        tree at t=0:
        background (Background) Err: nil
        "#,
    );
}

#[test]
fn cancelling_reaches_descendants_and_goroutines_never_the_parent_and_twice_does_nothing() {
    check(
        "cancel-tree",
        "cancel request
         cancel request
         cancel background",
        r#"
        > cancel request
        = Canceled
          Cancelled request: context canceled; 2 descendants done; server unaffected; 2 goroutines woke
        > cancel request
        = Canceled
          request is already done: cancelling again does nothing; Err stays context canceled.
        > cancel background
        ! context #0 has no cancel function (only WithCancel, WithCancelCause, WithTimeout, WithTimeoutCause, WithDeadline and WithDeadlineCause return one)
          request is already done: cancelling again does nothing; Err stays context canceled.
        tree at t=0:
        background (Background) Err: nil
          server (WithCancel) Err: nil
            request (WithCancel) Err: context canceled
              db (WithCancel) Err: context canceled g1:woken
              render (WithCancel) Err: context canceled g2:woken
            other (WithCancel) Err: nil g3:waiting
        console: g1 · db: cancelled: context canceled
        console: g2 · render: cancelled: context canceled
        "#,
    );
}

#[test]
fn the_clock_fires_deadlines_in_order_and_step_with_nothing_pending_says_so() {
    check(
        "timeout-chain",
        "advance 999ms
         advance 1ms
         step
         step",
        r#"
        > advance 999ms
        = Clock { fired: false }
          Loaded the preset A timeout chain.
        > advance 1ms
        = Clock { fired: true }
          db (WithTimeout 1s under handler): deadline exceeded; 0 descendants done; handler unaffected; 1 goroutine woke
        > step
        = Clock { fired: true }
          request (WithTimeout 3s under background): deadline exceeded; 2 descendants done; background unaffected; 1 goroutine woke
        > step
        = Clock { fired: false }
          No deadline is pending: nothing will happen on its own.
        tree at t=3:
        background (Background) Err: nil
          request (WithTimeout 3s) Err: context deadline exceeded
            handler (WithCancel) Err: context deadline exceeded
              db (WithTimeout 1s) Err: context deadline exceeded g1:woken
              render (WithCancel) Err: context deadline exceeded g2:woken
        console: g1 · db: cancelled: context deadline exceeded
        console: g2 · render: cancelled: context deadline exceeded
        "#,
    );
}

#[test]
fn a_cause_reaches_descendants_and_after_funcs_but_not_through_without_cancel() {
    check(
        "cause",
        "cause job disk full
         add job WithCancelCause as late
         cause late
         afterfunc step",
        r#"
        > cause job disk full
        = Canceled
          Cancelled job with cause "disk full": context canceled; 1 descendant done; background unaffected; 1 goroutine woke; 1 AfterFunc started
        > add job WithCancelCause as late
        = added late
          Added late: WithCancelCause under job. Its parent is done, so it is born done: context canceled.
        > cause late
        = Canceled
          late is already done: cancelling again does nothing; Err stays context canceled.
        > afterfunc step
        = AfterFuncRegistered(AfterFuncId(1))
          step is already done: AfterFunc f2 runs at once.
        tree at t=0:
        background (Background) Err: nil
          job (WithCancelCause) Err: context canceled, Cause: disk full
            step (WithCancel) Err: context canceled, Cause: disk full g1:woken
            audit (WithoutCancel) Err: nil g2:forever
            late (WithCancelCause) Err: context canceled, Cause: disk full
        console: g1 · step: cancelled: context canceled
        console: AfterFunc f1 · job: cleanup: disk full
        console: AfterFunc f2 · step: cleanup: disk full
        "#,
    );
}

#[test]
fn a_nil_cause_and_the_cause_variants_of_the_deadline_functions() {
    check(
        "empty",
        "add background WithCancelCause as a
         cause a
         add background WithTimeoutCause 1s as b
         add background WithDeadlineCause t=2s as c
         step
         step",
        r#"
        > add background WithCancelCause as a
        = added a
          Added a: WithCancelCause under background.
        > cause a
        = Canceled
          Cancelled a with a nil cause: context canceled; 0 descendants done; background unaffected
        > add background WithTimeoutCause 1s as b
        = added b
          Added b: WithTimeoutCause 1s under background.
        > add background WithDeadlineCause t=2s as c
        = added c
          Added c: WithDeadlineCause t=2s under background.
        > step
        = Clock { fired: true }
          b (WithTimeoutCause 1s under background): deadline exceeded; 0 descendants done; background unaffected
        > step
        = Clock { fired: true }
          c (WithDeadlineCause t=2s under background): deadline exceeded; 0 descendants done; background unaffected
        tree at t=2:
        background (Background) Err: nil
          a (WithCancelCause) Err: context canceled
          b (WithTimeoutCause 1s) Err: context deadline exceeded, Cause: too slow
          c (WithDeadlineCause t=2s) Err: context deadline exceeded, Cause: too late
        "#,
    );
}

#[test]
fn stop_returns_true_before_the_context_is_done_and_false_after() {
    check(
        "empty",
        "add background WithCancel as a
         afterfunc a
         stop a
         stop a
         add background WithCancel as b
         afterfunc b
         cancel b
         stop b",
        r#"
        > add background WithCancel as a
        = added a
          Added a: WithCancel under background.
        > afterfunc a
        = AfterFuncRegistered(AfterFuncId(0))
          Registered AfterFunc f1 on a: it runs once a is done.
        > stop a
        = Stopped(true)
          stop() returned true: the AfterFunc will never run.
        > stop a
        = Stopped(false)
          stop() returned false: the AfterFunc had already started, or was already stopped.
        > add background WithCancel as b
        = added b
          Added b: WithCancel under background.
        > afterfunc b
        = AfterFuncRegistered(AfterFuncId(1))
          Registered AfterFunc f2 on b: it runs once b is done.
        > cancel b
        = Canceled
          Cancelled b: context canceled; 0 descendants done; background unaffected; 1 AfterFunc started
        > stop b
        = Stopped(false)
          stop() returned false: the AfterFunc had already started, or was already stopped.
        tree at t=0:
        background (Background) Err: nil
          a (WithCancel) Err: nil
          b (WithCancel) Err: context canceled
        console: AfterFunc f2 · b: cleanup: context canceled
        "#,
    );
}

#[test]
fn a_lookup_walks_up_to_the_nearest_matching_key_of_the_same_type() {
    check(
        "value-lookup",
        "lookup db ctxKey:requestID
         lookup db string:requestID
         lookup db string:user
         lookup db ctxKey:user",
        r#"
        > lookup db ctxKey:requestID
        = value abc-123
          db.Value(ctxKey("requestID")): found at reqID after walking 4 nodes: abc-123
        > lookup db string:requestID
        = value zzz-999
          db.Value("requestID"): found at other after walking 3 nodes: zzz-999
        > lookup db string:user
        = value <nil>
          db.Value("user"): reached the root background without a match: nil
        > lookup db ctxKey:user
        = value gopher
          db.Value(ctxKey("user")): found at db after walking 1 node: gopher
        tree at t=0:
        background (Background) Err: nil
          reqID (WithValue) Err: nil
            other (WithValue) Err: nil
              handler (WithCancel) Err: nil
                db (WithValue) Err: nil
        "#,
    );
}

#[test]
fn a_discarded_cancel_func_leaks_until_an_ancestor_is_cancelled_and_removal_takes_the_subtree() {
    check(
        "empty",
        "add background WithCancel as server
         add server WithCancel as leaky dropped
         add server WithTimeout 1s as timed dropped
         go leaky
         cancel server
         remove server",
        r#"
        > add background WithCancel as server
        = added server
          Added server: WithCancel under background.
        > add server WithCancel as leaky dropped
        = added leaky
          Added leaky: WithCancel under server. Its cancel func was discarded.
        > add server WithTimeout 1s as timed dropped
        = added timed
          Added timed: WithTimeout 1s under server. Its cancel func was discarded.
        > go leaky
        = GoroutineAttached(GoroutineId(1))
          g1 waits in a select on leaky's Done.
        > cancel server
        = Canceled
          Cancelled server: context canceled; 2 descendants done; background unaffected; 1 goroutine woke
        > remove server
        = Removed(3)
          Removed server and 2 descendants.
        tree at t=0:
        background (Background) Err: nil
        console: g1 · leaky: cancelled: context canceled
        "#,
    );
}

#[test]
fn a_leaking_node_is_reported_while_its_parent_or_its_own_timer_holds_it() {
    let mut scene = Scene::empty(false);
    let bg = scene.find("background").expect("root");
    let add = |s: &mut Scene, parent, name: &str, kind, args| match apply(s, Action::Add { parent: Some(parent), name: name.into(), kind, args, drop_cancel: true }) {
        Ok(Applied::Added(id)) => id,
        other => panic!("{other:?}"),
    };
    let server = add(&mut scene, bg, "server", ContextKind::WithCancel, Args::None);
    let leaky = add(&mut scene, server, "leaky", ContextKind::WithCancel, Args::None);
    let under_bg = add(&mut scene, bg, "loose", ContextKind::WithCancel, Args::None);
    let timed = add(&mut scene, bg, "timed", ContextKind::WithTimeout, Args::Timeout(parse_duration("1s").expect("1s")));
    assert!(scene.is_leaking(leaky), "its canceler parent still lists it");
    assert!(!scene.is_leaking(under_bg), "Background keeps no children: nothing holds it");
    assert!(scene.is_leaking(timed), "its own timer holds it");
    apply(&mut scene, Action::Step).expect("step");
    assert!(!scene.is_leaking(timed), "done: released");
}
