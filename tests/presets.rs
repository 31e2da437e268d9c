//! Tree presets: every preset applies to a fresh engine, every lesson section has one, names
//! are unique, and each preset shows the point it promises (checked through the scene the panel
//! draws, driven by its actions, so the engine decides every outcome).

use context_lab::content::presets::{self, KeyType, PRESETS, SECTION_PRESETS};
use context_lab::content::sections;
use context_lab::engine::{ContextKind, Duration, GoError, NodeId};
use context_lab::scene::{apply, Action, Applied, Args, LabError, Scene};
use std::collections::HashSet;


fn load(id: &str) -> Scene {
    let p = presets::preset(id).unwrap_or_else(|| panic!("no preset {id}"));
    Scene::from_preset(p).unwrap_or_else(|e| panic!("preset {id} does not apply: {e}"))
}

fn node(lab: &Scene, name: &str) -> NodeId {
    lab.find(name).unwrap_or_else(|| panic!("no node {name}"))
}

fn err(lab: &Scene, name: &str) -> Option<GoError> {
    lab.engine().err(node(lab, name)).unwrap()
}

fn cancel(lab: &mut Scene, name: &str) -> Result<Applied, LabError> {
    let id = node(lab, name);
    apply(lab, Action::Cancel(id))
}

fn add(lab: &mut Scene, parent: NodeId, name: &str) -> Result<Applied, LabError> {
    apply(lab, Action::Add { parent: Some(parent), name: name.into(), kind: ContextKind::WithCancel, args: Args::None, drop_cancel: false })
}

fn lookup(lab: &mut Scene, from: NodeId, ty: KeyType, key: &str) -> String {
    match apply(lab, Action::Lookup { node: from, key: ty.key(key) }) {
        Ok(Applied::Value(v)) => v.to_string(),
        other => panic!("lookup answered {other:?}"),
    }
}

fn step(lab: &mut Scene) -> bool {
    matches!(apply(lab, Action::Step), Ok(Applied::Clock { fired: true }))
}

#[test]
fn every_preset_applies_to_a_fresh_engine_with_unique_names_and_a_selected_node() {
    let mut ids = HashSet::new();
    for p in PRESETS {
        assert!(ids.insert(p.id), "duplicate preset id {}", p.id);
        let mut names = HashSet::new();
        for op in p.nodes {
            assert!(names.insert(op.name), "{}: duplicate node name {}", p.id, op.name);
            assert!(op.name.chars().count() <= 24, "{}: name too long", p.id);
        }
        let lab = load(p.id);
        assert_eq!(lab.ids().len(), p.nodes.len(), "{}: every op made one node", p.id);
        assert!(lab.find(p.select).is_some(), "{}: selects a node it has", p.id);
        assert!(!lab.modified(), "{}: a loaded preset is untouched", p.id);
        assert!(!p.title.is_empty() && !p.try_this.is_empty());
    }
    for id in ["roots", "cancel-tree", "leak", "timeout-chain", "deadline-cap", "call-chain", "value-lookup", "cause", "request-lifetime", "fan-out"] {
        assert!(presets::preset(id).is_some(), "the quiz links to preset {id}");
    }
}

#[test]
fn every_lesson_section_maps_to_a_preset() {
    for s in sections() {
        assert!(presets::for_section(s.id).is_some(), "section {} has no preset", s.id);
    }
    assert_eq!(SECTION_PRESETS.len(), sections().len());
}

#[test]
fn cancel_tree_cancelling_request_reaches_its_children_but_not_server() {
    let mut lab = load("cancel-tree");
    cancel(&mut lab, "request").unwrap();
    for n in ["request", "db", "render"] {
        assert_eq!(err(&lab, n), Some(GoError::Canceled), "{n}");
    }
    for n in ["server", "other", "background"] {
        assert_eq!(err(&lab, n), None, "{n}");
    }
    assert_eq!(lab.narration(), "Cancelled request: context canceled; 2 descendants done; server unaffected; 2 goroutines woke");
    assert_eq!(lab.console().len(), 2);
}

#[test]
fn leak_stays_registered_until_the_parent_is_cancelled() {
    let mut lab = load("leak");
    let leaky = node(&lab, "leaky");
    assert!(lab.is_leaking(leaky));
    assert!(!lab.is_leaking(node(&lab, "tidy")), "tidy kept its cancel func");
    cancel(&mut lab, "server").unwrap();
    assert!(!lab.is_leaking(leaky));
    assert_eq!(err(&lab, "leaky"), Some(GoError::Canceled));
}

#[test]
fn deadline_cap_child_reports_the_parents_deadline_and_is_done_at_two_seconds() {
    let mut lab = load("deadline-cap");
    let (parent, child) = (node(&lab, "parent"), node(&lab, "child"));
    assert_eq!(lab.engine().deadline(child).unwrap(), lab.engine().deadline(parent).unwrap());
    assert!(lab.engine().view(child).unwrap().requested_deadline.is_some(), "it collapsed to WithCancel");
    apply(&mut lab, Action::Advance(Duration::from_millis(1999))).unwrap();
    assert_eq!(err(&lab, "child"), None);
    assert!(step(&mut lab));
    assert_eq!(lab.engine().now().nanos(), 2_000_000_000);
    assert_eq!(err(&lab, "child"), Some(GoError::DeadlineExceeded));
}

#[test]
fn timeout_chain_fires_db_first_then_request() {
    let mut lab = load("timeout-chain");
    assert!(step(&mut lab));
    assert_eq!(err(&lab, "db"), Some(GoError::DeadlineExceeded));
    assert_eq!(err(&lab, "render"), None);
    assert!(step(&mut lab));
    assert_eq!(err(&lab, "render"), Some(GoError::DeadlineExceeded));
    assert_eq!(lab.narration(), "request (WithTimeout 3s under background): deadline exceeded; 2 descendants done; background unaffected; 1 goroutine woke");
}

#[test]
fn value_lookup_a_string_key_is_not_a_ctxkey_key() {
    let mut lab = load("value-lookup");
    let db = node(&lab, "db");
    assert_eq!(lookup(&mut lab, db, KeyType::CtxKey, "requestID"), "abc-123");
    assert_eq!(lookup(&mut lab, db, KeyType::String, "requestID"), "zzz-999");
    assert_eq!(lookup(&mut lab, db, KeyType::String, "user"), "<nil>");
    assert_eq!(lab.last_lookup().unwrap().path.len(), 5, "the walk reached the root");
}

#[test]
fn cause_without_cancel_stops_the_wave_and_after_func_runs() {
    let mut lab = load("cause");
    let job = node(&lab, "job");
    apply(&mut lab, Action::CancelCause { node: job, cause: Some("disk full".into()) }).unwrap();
    assert_eq!(lab.engine().cause(node(&lab, "step")).unwrap().unwrap().to_string(), "disk full");
    assert_eq!(err(&lab, "audit"), None);
    assert!(lab.console().iter().any(|l| l.text == "cleanup: disk full"));
}

#[test]
fn request_lifetime_detached_work_survives_the_handler_and_ends_at_its_own_limit() {
    let mut lab = load("request-lifetime");
    cancel(&mut lab, "request").unwrap();
    assert_eq!(err(&lab, "request"), Some(GoError::Canceled));
    assert_eq!(err(&lab, "detached"), None, "WithoutCancel stops the wave");
    assert_eq!(err(&lab, "audit"), None);
    assert!(step(&mut lab), "audit's own timer is the next event");
    assert_eq!(lab.engine().now().nanos(), 5_000_000_000);
    assert_eq!(err(&lab, "audit"), Some(GoError::DeadlineExceeded));
}

#[test]
fn shutdown_one_signal_reaches_everything_with_its_cause() {
    let mut lab = load("shutdown");
    let signals = node(&lab, "signals");
    apply(&mut lab, Action::CancelCause { node: signals, cause: Some("interrupt signal received".into()) }).unwrap();
    for n in ["server", "request", "worker"] {
        assert_eq!(err(&lab, n), Some(GoError::Canceled), "{n}");
        let cause = lab.engine().cause(node(&lab, n)).unwrap().unwrap().to_string();
        assert_eq!(cause, "interrupt signal received", "{n}");
    }
    assert_eq!(err(&lab, "background"), None);
}

#[test]
fn fan_out_cancelling_the_group_wakes_every_call() {
    let mut lab = load("fan-out");
    cancel(&mut lab, "group").unwrap();
    assert!(lab.narration().ends_with("3 goroutines woke"), "{}", lab.narration());
    assert_eq!(err(&lab, "request"), None, "the request carries on");
}

#[test]
fn learner_actions_report_errors_instead_of_panicking() {
    let mut lab = Scene::empty(false);
    let bg = node(&lab, "background");
    assert!(apply(&mut lab, Action::Cancel(bg)).is_err(), "Background has no cancel func");
    let Ok(Applied::Added(a)) = add(&mut lab, bg, "a") else { panic!("a WithCancel child of background") };
    assert!(add(&mut lab, bg, "a").is_err(), "names are unique");
    apply(&mut lab, Action::Remove(a)).unwrap();
    assert!(apply(&mut lab, Action::Cancel(a)).is_err(), "a removed node");
    assert!(add(&mut lab, a, "").is_err());
}

#[test]
fn a_large_generated_tree_has_the_size_asked_for() {
    let lab = Scene::grow(1000);
    assert_eq!(lab.ids().len(), 1000);
    assert!(lab.modified(), "no preset replaces the bench tree");
}
