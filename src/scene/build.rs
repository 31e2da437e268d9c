//! Building the lab's tree: preset ops, children of every kind, goroutines, AfterFunc, names,
//! and the large generated tree the frame-time bench uses.
//!
//! Pure. Each call goes through the engine and then absorbs its events.

use super::lab::{call_label, go_key, Info, Lab, LabError};
use super::events::{GoState, Goroutine, Line};
use super::narration::{describe_added, describe_goroutine};
use crate::content::presets::{Kind, NodeOp};
use crate::engine::{AfterFuncId, Duration, FuncId, GoValue, GoroutineId, NodeId, Time};
use std::collections::BTreeSet;

impl Lab {
    /// Applies one preset op: the node, then its goroutines and AfterFunc.
    pub fn apply(&mut self, op: &NodeOp) -> Result<NodeId, LabError> {
        let id = match op.parent {
            None => {
                let id = if op.kind == Kind::Todo { self.engine.todo() } else { self.engine.background() };
                self.name_node(id, op.name, call_label(&op.kind), false)?;
                self.absorb();
                id
            }
            Some(p) => {
                let parent = self.find(p).ok_or_else(|| LabError::UnknownParent(p.to_string()))?;
                self.add_child(parent, op.name, &op.kind, op.drop_cancel)?
            }
        };
        for _ in 0..op.goroutines {
            self.attach_goroutine(id)?;
        }
        if op.after_func {
            self.register_after_func(id)?;
        }
        Ok(id)
    }

    /// Adds a child made by `kind` under `parent`, named `name` (or a fresh `ctxN` if blank).
    pub fn add_child(&mut self, parent: NodeId, name: &str, kind: &Kind<'_>, drop_cancel: bool) -> Result<NodeId, LabError> {
        let name = self.fresh_name(name)?;
        let e = &mut self.engine;
        let id = match *kind {
            Kind::Background => e.background(),
            Kind::Todo => e.todo(),
            Kind::WithCancel => e.with_cancel(parent)?,
            Kind::WithCancelCause => e.with_cancel_cause(parent)?,
            Kind::WithTimeout { ms } => e.with_timeout(parent, Duration::from_millis(ms))?,
            Kind::WithDeadline { at_ms } => e.with_deadline(parent, Time::ZERO.add(Duration::from_millis(at_ms)))?,
            Kind::WithValue { key_type, key, value } => e.with_value(parent, go_key(key_type, key), GoValue::string(value))?,
            Kind::WithoutCancel => e.without_cancel(parent)?,
        };
        let dropped = drop_cancel && self.engine.view(id).is_ok_and(|v| v.cancelable);
        self.name_node(id, &name, call_label(kind), dropped)?;
        let a = self.absorb();
        self.touch();
        self.narration = describe_added(self, id, &a);
        Ok(id)
    }

    fn name_node(&mut self, id: NodeId, name: &str, call: String, dropped: bool) -> Result<(), LabError> {
        self.info.insert(id, Info { name: name.to_string(), call, dropped });
        Ok(())
    }

    /// `name` trimmed and checked, or the next free `ctxN` when blank.
    pub fn fresh_name(&mut self, name: &str) -> Result<String, LabError> {
        let name = name.trim();
        if name.is_empty() {
            loop {
                self.counter += 1;
                let auto = format!("ctx{}", self.counter);
                if self.find(&auto).is_none() {
                    return Ok(auto);
                }
            }
        }
        if name.chars().count() > 24 {
            return Err(LabError::BadName(name.to_string()));
        }
        if self.find(name).is_some() {
            return Err(LabError::NameTaken(name.to_string()));
        }
        Ok(name.to_string())
    }

    /// Parks a new goroutine in `select { case <-ctx.Done(): ... }` on `id`.
    pub fn attach_goroutine(&mut self, id: NodeId) -> Result<GoroutineId, LabError> {
        let g = GoroutineId(self.goroutines.len() as u64 + 1);
        let outcome = self.engine.wait_done(id, g)?;
        self.goroutines.push(Goroutine { id: g, node: id, state: GoState::from_outcome(outcome) });
        if outcome == crate::engine::WaitOutcome::Ready {
            // Done is already closed: the select does not block; it prints at once.
            let err = self.engine.err(id).ok().flatten().map(|e| e.to_string()).unwrap_or_default();
            let who = format!("g{} · {}", g.0, self.name(id));
            self.console.push(Line { seq: 0, who, text: format!("cancelled: {err}") });
        }
        self.absorb();
        self.touch();
        self.narration = describe_goroutine(self, id, &GoState::from_outcome(outcome), g.0);
        Ok(g)
    }

    /// `stop := context.AfterFunc(ctx, f)` on `id`.
    pub fn register_after_func(&mut self, id: NodeId) -> Result<AfterFuncId, LabError> {
        let func = FuncId(self.after_funcs.len() as u64 + 1);
        let a = self.engine.after_func(id, func)?;
        self.after_funcs.push((a, id));
        let seen = self.absorb();
        self.touch();
        self.narration = match seen.started {
            0 => format!("Registered AfterFunc f{} on {n}: it runs once {n} is done.", func.0, n = self.name(id)),
            _ => format!("{} is already done: AfterFunc f{} runs at once.", self.name(id), func.0),
        };
        Ok(a)
    }

    /// The node named `name`.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.info.iter().find(|(_, i)| i.name == name).map(|(&id, _)| id)
    }

    /// A new custom error for a cause, with its own identity (`errors.New(text)`).
    pub(super) fn new_error(&mut self, text: &str) -> crate::engine::GoError {
        self.next_error += 1;
        crate::engine::GoError::custom(self.next_error, text)
    }

    /// Every live node.
    pub fn ids(&self) -> BTreeSet<NodeId> {
        self.info.keys().copied().collect()
    }

    /// A generated tree of `n` nodes under one Background root (a WithCancel `root`, then
    /// children four to a parent, mostly WithCancel with some WithValue and long WithTimeout),
    /// for the frame-time bench (`#tree-bench=N`). Counts as modified so no preset replaces it.
    pub fn grow(n: usize) -> Lab {
        let mut lab = Lab::empty(false);
        let Some(bg) = lab.find("background") else { return lab };
        let mut made = vec![];
        if let Ok(root) = lab.add_child(bg, "root", &Kind::WithCancel, false) {
            made.push(root);
        }
        let mut i = 0;
        while made.len() + 1 < n && i < made.len() {
            let parent = made[i];
            for k in 0..4 {
                if made.len() + 1 >= n {
                    break;
                }
                let kind = match (made.len() % 7, k) {
                    (0, _) => Kind::WithValue { key_type: crate::content::presets::KeyType::CtxKey, key: "k", value: "v" },
                    (3, _) => Kind::WithTimeout { ms: 3_600_000 },
                    _ => Kind::WithCancel,
                };
                if let Ok(id) = lab.add_child(parent, &format!("n{}", made.len()), &kind, false) {
                    made.push(id);
                }
            }
            i += 1;
        }
        lab.narration = format!("A generated tree of {} nodes.", made.len() + 1);
        lab.modified = true;
        lab
    }
}
