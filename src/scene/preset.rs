//! Starting scenes: an empty Background or TODO root, a lesson preset, and the large generated
//! tree the frame-time bench uses. Each is built by [`apply`]ing actions, as any driver would.

use super::action::{Action, Applied, Args, LabError};
use super::apply::apply;
use super::state::Scene;
use crate::content::presets::{KeyType, NodeOp, Preset};
use crate::engine::{ContextKind, Duration, GoValue, NodeId, Time};

impl Scene {
    /// A tree with one root: Background, or TODO if `todo`.
    pub fn empty(todo: bool) -> Scene {
        let mut scene = Scene::default();
        let (kind, name) = if todo { (ContextKind::Todo, "todo") } else { (ContextKind::Background, "background") };
        let root = Action::Add { parent: None, name: name.into(), kind, args: Args::None, drop_cancel: false };
        scene.narration = match apply(&mut scene, root) {
            Ok(_) => format!("A new tree: {name}, a {} root.", kind.go_name()),
            // A root with a short name in an empty scene cannot fail; if it ever did, say why.
            Err(e) => e.to_string(),
        };
        scene.modified = false;
        scene
    }

    /// The tree of `preset`, applied at virtual time zero.
    pub fn from_preset(preset: &'static Preset) -> Result<Scene, LabError> {
        let mut scene = Scene { preset: Some(preset.id), ..Scene::default() };
        for op in preset.nodes {
            scene.apply_op(op)?;
        }
        scene.narration = format!("Loaded the preset {}.", preset.title);
        scene.modified = false;
        Ok(scene)
    }

    /// One preset op: the node, then its goroutines and AfterFunc.
    fn apply_op(&mut self, op: &NodeOp) -> Result<NodeId, LabError> {
        let parent = match op.parent {
            None => None,
            Some(p) => Some(self.find(p).ok_or_else(|| LabError::UnknownParent(p.to_string()))?),
        };
        let add = Action::Add { parent, name: op.name.into(), kind: op.kind, args: op_args(op), drop_cancel: op.drop_cancel };
        let Applied::Added(id) = apply(self, add)? else { unreachable!("Add answers Added") };
        for _ in 0..op.goroutines {
            apply(self, Action::AttachGoroutine(id))?;
        }
        if op.after_func {
            apply(self, Action::RegisterAfterFunc(id))?;
        }
        Ok(id)
    }

    /// A generated tree of `n` nodes under one Background root (a WithCancel `root`, then
    /// children four to a parent, mostly WithCancel with some WithValue and long WithTimeout),
    /// for the frame-time bench (`#tree-bench=N`). Counts as modified so no preset replaces it.
    pub fn grow(n: usize) -> Scene {
        let mut scene = Scene::empty(false);
        let bg = scene.find("background");
        let add = |s: &mut Scene, parent, name: String, kind, args| {
            match apply(s, Action::Add { parent: Some(parent), name, kind, args, drop_cancel: false }) {
                Ok(Applied::Added(id)) => Some(id),
                _ => None,
            }
        };
        let mut made: Vec<NodeId> = bg.and_then(|bg| add(&mut scene, bg, "root".into(), ContextKind::WithCancel, Args::None)).into_iter().collect();
        let mut i = 0;
        while made.len() + 1 < n && i < made.len() {
            let parent = made[i];
            for _ in 0..4 {
                if made.len() + 1 >= n {
                    break;
                }
                let (kind, args) = match made.len() % 7 {
                    0 => (ContextKind::WithValue, Args::Value { key: KeyType::CtxKey.key("k"), value: GoValue::string("v") }),
                    3 => (ContextKind::WithTimeout, Args::Timeout(Duration::from_millis(3_600_000))),
                    _ => (ContextKind::WithCancel, Args::None),
                };
                if let Some(id) = add(&mut scene, parent, format!("n{}", made.len()), kind, args) {
                    made.push(id);
                }
            }
            i += 1;
        }
        scene.narration = format!("A generated tree of {} nodes.", made.len() + 1);
        scene.modified = true;
        scene
    }
}

/// A preset op's arguments in the engine's terms (times are from the moment the preset loads,
/// virtual time zero).
fn op_args(op: &NodeOp) -> Args {
    match (op.kind, op.ms, op.entry) {
        (ContextKind::WithTimeout, Some(ms), _) => Args::Timeout(Duration::from_millis(ms)),
        (ContextKind::WithDeadline, Some(ms), _) => Args::Deadline(Time::ZERO.add(Duration::from_millis(ms))),
        (ContextKind::WithValue, _, Some((ty, key, value))) => Args::Value { key: ty.key(key), value: GoValue::string(value) },
        _ => Args::None,
    }
}
