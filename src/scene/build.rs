//! Growing the scene: a context of any kind, a goroutine on a node's Done, an AfterFunc, and the
//! names they get. Each goes through the engine, then absorbs its events and narrates.

use super::action::{call_label, Args, LabError};
use super::narrate::{describe_added, describe_goroutine};
use super::record::{GoState, Goroutine, Label, Line};
use super::state::Scene;
use crate::engine::{AfterFuncId, ContextKind, FuncId, GoroutineId, NodeId, WaitOutcome};

impl Scene {
    /// Makes a node with `kind(parent, args...)`, named `name` (or a fresh `ctxN` if blank).
    pub(super) fn add(&mut self, parent: Option<NodeId>, name: &str, kind: ContextKind, args: Args, drop_cancel: bool) -> Result<NodeId, LabError> {
        if !args.fit(kind) {
            return Err(LabError::Arguments(kind));
        }
        let is_root = matches!(kind, ContextKind::Background | ContextKind::Todo);
        if is_root && parent.is_some() {
            return Err(LabError::RootWithParent(kind));
        }
        let name = self.fresh_name(name)?;
        let call = call_label(kind, &args);
        let e = &mut self.engine;
        let id = match (kind, args) {
            (ContextKind::Background, _) => e.background(),
            (ContextKind::Todo, _) => e.todo(),
            (ContextKind::WithCancel, _) => e.with_cancel(parent)?,
            (ContextKind::WithCancelCause, _) => e.with_cancel_cause(parent)?,
            (ContextKind::WithoutCancel, _) => e.without_cancel(parent)?,
            (_, Args::Timeout(d)) => e.with_timeout(parent, d)?,
            (_, Args::Deadline(t)) => e.with_deadline(parent, t)?,
            (_, Args::TimeoutCause(d, cause)) => {
                let cause = cause.map(|c| self.new_error(&c));
                self.engine.with_timeout_cause(parent, d, cause)?
            }
            (_, Args::DeadlineCause(t, cause)) => {
                let cause = cause.map(|c| self.new_error(&c));
                self.engine.with_deadline_cause(parent, t, cause)?
            }
            (_, Args::Value { key, value }) => e.with_value(parent, key, value)?,
            (_, Args::None) => return Err(LabError::Arguments(kind)),
        };
        let dropped = drop_cancel && self.engine.view(id).is_ok_and(|v| v.cancelable);
        self.labels.insert(id, Label { name, call, dropped, leaked: false });
        let a = self.absorb();
        self.touch();
        self.narration = describe_added(self, id, &a);
        Ok(id)
    }

    /// `name` trimmed and checked, or the next free `ctxN` when blank.
    fn fresh_name(&mut self, name: &str) -> Result<String, LabError> {
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
    pub(super) fn attach_goroutine(&mut self, id: NodeId) -> Result<GoroutineId, LabError> {
        // After the highest in use: a program's goroutines keep Go's numbers beside these.
        let g = GoroutineId(self.goroutines.iter().map(|g| g.id.0).max().unwrap_or(0).max(self.goroutines.len() as u64) + 1);
        let outcome = self.engine.wait_done(id, g)?;
        self.goroutines.push(Goroutine { id: g, node: id, state: GoState::from_outcome(outcome), func: None });
        if outcome == WaitOutcome::Ready {
            // Done is already closed: the select does not block; it prints at once.
            let err = self.engine.err(id).ok().flatten().map(|e| e.to_string()).unwrap_or_default();
            let line = Line::woken(0, g, self.name(id), &err);
            self.console.push(line);
        }
        self.absorb();
        self.touch();
        self.narration = describe_goroutine(self, id, &GoState::from_outcome(outcome), g.0);
        Ok(g)
    }

    /// `stop := context.AfterFunc(ctx, f)` on `id`.
    pub(super) fn register_after_func(&mut self, id: NodeId) -> Result<AfterFuncId, LabError> {
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
}
