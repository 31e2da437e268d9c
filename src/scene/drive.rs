//! Driving the scene's tree: cancel (with or without a cause), remove, look a value up, stop an
//! AfterFunc, and the clock (advance, step). Each narrates what happened in words.
//!
//! The engine decides every outcome; these only call it and describe its events.

use super::absorb::Absorbed;
use super::action::LabError;
use super::narrate::describe_waves;
use super::record::LookupShown;
use super::state::Scene;
use crate::content::english::count;
use crate::engine::{AfterFuncId, Duration, GoError, GoValue, NodeId};

impl Scene {
    /// Calls `id`'s cancel func; with `cause: Some(..)` its `CancelCauseFunc` (the inner
    /// `None` a nil cause, else a new `errors.New(text)`).
    pub(super) fn cancel(&mut self, id: NodeId, cause: Option<Option<&str>>) -> Result<(), LabError> {
        self.touch();
        let already = self.engine.err(id)?;
        match cause {
            Some(text) => {
                let err = text.map(|c| self.new_error(c));
                self.engine.cancel_cause(id, err)?;
            }
            None => {
                self.engine.cancel(id)?;
            }
        }
        let a = self.absorb();
        self.narration = match (already, a.waves.is_empty()) {
            (Some(err), true) => already_done(self.name(id), &err),
            _ => describe_waves(self, &a, cause.flatten()),
        };
        Ok(())
    }

    /// Removes `id` and its subtree; returns how many nodes went.
    pub(super) fn remove(&mut self, id: NodeId) -> Result<usize, LabError> {
        self.touch();
        let name = self.name(id).to_string();
        let removed = self.engine.remove_subtree(id)?;
        self.absorb();
        self.narration = match removed.len().saturating_sub(1) {
            0 => format!("Removed {name}."),
            n => format!("Removed {name} and {}.", count(n, "descendant")),
        };
        Ok(removed.len())
    }

    /// `ctx.Value(key)` from `id`: records the path walked for the tree to highlight.
    pub(super) fn lookup(&mut self, id: NodeId, key: &GoValue) -> Result<GoValue, LabError> {
        self.touch();
        let found = self.engine.value(id, key)?;
        self.absorb();
        let from = self.name(id).to_string();
        let key = key.go_source();
        let value = &found.value;
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
        Ok(found.value)
    }

    /// Calls the `stop` func AfterFunc returned.
    pub(super) fn stop_after_func(&mut self, a: AfterFuncId) -> Result<bool, LabError> {
        self.touch();
        let stopped = self.engine.stop_after_func(a)?;
        self.absorb();
        self.narration = if stopped {
            "stop() returned true: the AfterFunc will never run.".into()
        } else {
            "stop() returned false: the AfterFunc had already started, or was already stopped.".into()
        };
        Ok(stopped)
    }

    /// Moves the virtual clock forward by `d`, firing every deadline due; whether any fired.
    pub(super) fn advance_by(&mut self, d: Duration) -> Result<bool, LabError> {
        self.engine.advance_by(d)?;
        Ok(self.after_clock())
    }

    /// Jumps the clock to the next pending deadline and fires it; whether any fired.
    pub(super) fn step(&mut self) -> bool {
        if self.engine.step().is_none() {
            self.narration = "No deadline is pending: nothing will happen on its own.".into();
            return false;
        }
        self.after_clock()
    }

    fn after_clock(&mut self) -> bool {
        let a: Absorbed = self.absorb();
        if a.waves.is_empty() {
            return false;
        }
        self.narration = describe_waves(self, &a, None);
        true
    }
}

/// Cancelling a done context again: nothing happens.
fn already_done(name: &str, err: &GoError) -> String {
    format!("{name} is already done: cancelling again does nothing; Err stays {err}.")
}
