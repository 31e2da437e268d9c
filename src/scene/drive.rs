//! The learner's actions on the lab that go beyond building: cancel, remove, look up a value,
//! stop an AfterFunc, and the clock (advance, step). Each one narrates what happened in words.
//!
//! Pure; the engine decides every outcome, these only call it and describe its events.

use super::events::{Absorbed, LookupShown};
use super::lab::{go_key, Lab, LabError};
use super::narration::{count, describe_waves, key_source};
use crate::content::presets::KeyType;
use crate::engine::{AfterFuncId, Duration, NodeId};

impl Lab {
    /// Calls `id`'s cancel func; with `cause` (WithCancelCause only), its `CancelCauseFunc`.
    /// A blank cause is a nil cause.
    pub fn cancel(&mut self, id: NodeId, cause: Option<&str>) -> Result<(), LabError> {
        self.touch();
        let already = self.engine.err(id)?;
        let cause_text = cause.map(str::trim).filter(|c| !c.is_empty());
        if self.engine.view(id)?.accepts_cause && cause.is_some() {
            let err = cause_text.map(|c| self.new_error(c));
            self.engine.cancel_cause(id, err)?;
        } else {
            self.engine.cancel(id)?;
        }
        let a = self.absorb();
        self.narration = match (already, a.waves.is_empty()) {
            (Some(err), true) => format!("{} is already done: cancelling again does nothing; Err stays {err}.", self.name(id)),
            _ => self.narrate_waves(&a, cause_text),
        };
        Ok(())
    }

    /// Removes `id` and its subtree (the panel's delete; not a Go operation).
    pub fn remove(&mut self, id: NodeId) -> Result<usize, LabError> {
        self.touch();
        let name = self.name(id).to_string();
        let removed = self.engine.remove_subtree(id)?;
        self.absorb();
        let rest = removed.len().saturating_sub(1);
        self.narration = match rest {
            0 => format!("Removed {name}."),
            n => format!("Removed {name} and {}.", count(n, "descendant")),
        };
        Ok(removed.len())
    }

    /// `ctx.Value(key)` from `id`: records the path walked for the tree to highlight.
    pub fn lookup(&mut self, id: NodeId, ty: KeyType, key: &str) -> Result<String, LabError> {
        self.touch();
        let found = self.engine.value(id, &go_key(ty, key))?;
        self.absorb();
        let from = self.name(id).to_string();
        let key = key_source(ty, key);
        let value = found.value.to_string();
        self.narration = match found.found_at {
            Some(at) => format!(
                "{from}.Value({key}): found at {} after walking {}: {value}",
                self.name(at),
                count(found.path.len(), "node")
            ),
            None => {
                let root = found.path.last().map_or("the root", |&r| self.name(r));
                format!("{from}.Value({key}): reached the root {root} without a match: nil")
            }
        };
        self.lookup = Some(LookupShown { path: found.path, found_at: found.found_at });
        Ok(value)
    }

    /// Calls the `stop` func AfterFunc returned.
    pub fn stop_after_func(&mut self, a: AfterFuncId) -> Result<bool, LabError> {
        self.touch();
        let stopped = self.engine.stop_after_func(a)?;
        self.absorb();
        self.narration = if stopped {
            "stop() returned true: the AfterFunc will never run.".into()
        } else {
            "stop() returned false: the AfterFunc already ran or was already stopped.".into()
        };
        Ok(stopped)
    }

    /// Moves the virtual clock forward by `d` (the real-time driver, scaled by speed), firing
    /// every deadline due. Returns whether any fired.
    pub fn advance_by(&mut self, d: Duration) -> Result<bool, LabError> {
        self.engine.advance_by(d)?;
        Ok(self.after_clock())
    }

    /// "Step to next event": jumps the clock to the next pending deadline and fires it.
    pub fn step(&mut self) -> bool {
        if self.engine.step().is_none() {
            self.narration = "No deadline is pending: nothing will happen on its own.".into();
            return false;
        }
        self.after_clock()
    }

    fn after_clock(&mut self) -> bool {
        let a = self.absorb();
        if a.waves.is_empty() {
            return false;
        }
        self.narration = self.narrate_waves(&a, None);
        true
    }

    fn narrate_waves(&self, a: &Absorbed, cause: Option<&str>) -> String {
        describe_waves(self, a, cause)
    }

    /// Marks the tree as changed by the learner, and forgets the last lookup's highlight.
    pub(super) fn touch(&mut self) {
        self.modified = true;
        self.lookup = None;
    }
}
