//! A replayed program's part of the scene: its goroutines parked on a context's Done (shown on
//! that node until they exit) and, when main returns, the contexts it made and never cancelled,
//! marked as leaked. The playground's replay (`play::replay`) sends these actions.
//!
//! Go semantics stay in the engine: a program goroutine parks through `Engine::wait_done`, so a
//! cancel or a deadline in the scene's engine wakes it exactly as it woke the run's.

use super::action::LabError;
use super::record::{GoState, Goroutine};
use super::state::Scene;
use crate::engine::{GoroutineId, NodeId};

impl Scene {
    /// Goroutine `g` (running `func`) parks on `node`'s Done. Returns 1 (one chip shown).
    pub(super) fn program_waits(&mut self, g: GoroutineId, func: String, node: NodeId) -> Result<usize, LabError> {
        let outcome = self.engine.wait_done(node, g)?;
        let state = GoState::from_outcome(outcome);
        // A Done already closed lets the receive through: nothing parks, nothing is shown.
        if matches!(state, GoState::Woken(_)) {
            self.absorb();
            return Ok(0);
        }
        // A goroutine waits on a node once at a time: a new wait replaces one it left behind.
        self.goroutines.retain(|x| !(x.id == g && x.node == node));
        let name = self.name(node).to_string();
        let who = if g.0 == 1 { who(g) } else { format!("{} ({func})", who(g)) };
        self.goroutines.push(Goroutine { id: g, node, state: state.clone(), func: Some(func) });
        self.absorb();
        self.touch();
        self.narration = match state {
            GoState::Forever => format!("{who} waits on {name}'s Done, which is nil: it waits forever."),
            _ => format!("{who} waits on {name}'s Done."),
        };
        Ok(1)
    }

    /// Goroutine `g` runs again. Its waits on Dones still open end (something else woke it);
    /// a wait that a Done ended stays, shown as woken, until `g` exits. Returns how many chips
    /// left.
    pub(super) fn program_wakes(&mut self, g: GoroutineId) -> usize {
        let mut left = Vec::new();
        for x in self.goroutines.iter().filter(|x| x.id == g && x.func.is_some()) {
            if !matches!(x.state, GoState::Woken(_)) {
                left.push(x.node);
            }
        }
        let woken = self.goroutines.iter().find(|x| x.id == g && matches!(x.state, GoState::Woken(_))).map(|x| x.node);
        for &node in &left {
            let _ = self.engine.stop_waiting(node, g);
        }
        self.goroutines.retain(|x| !(x.id == g && x.func.is_some() && left.contains(&x.node)));
        self.absorb();
        if woken.is_some() || !left.is_empty() {
            self.touch();
            self.narration = match woken {
                Some(node) => format!("{} woke: {} is done.", who(g), self.name(node)),
                None => format!("{} woke, no longer waiting on {}'s Done.", who(g), self.names(&left)),
            };
        }
        left.len()
    }

    /// Goroutine `g` exited: its chips leave the tree. Returns how many.
    pub(super) fn program_exits(&mut self, g: GoroutineId) -> usize {
        let mine: Vec<NodeId> = self.goroutines.iter().filter(|x| x.id == g && x.func.is_some()).map(|x| x.node).collect();
        for &node in &mine {
            let _ = self.engine.stop_waiting(node, g);
        }
        self.goroutines.retain(|x| !(x.id == g && x.func.is_some()));
        self.absorb();
        if !mine.is_empty() {
            self.touch();
            self.narration = format!("{} exited.", who(g));
        }
        mine.len()
    }

    /// main returned: each of `never_cancelled` that is still open (no deadline fired, no
    /// ancestor cancelled it) is marked as leaked. Returns how many.
    pub(super) fn main_returned(&mut self, never_cancelled: &[NodeId]) -> usize {
        let leaked: Vec<NodeId> = never_cancelled
            .iter()
            .copied()
            .filter(|&n| self.engine.view(n).is_ok_and(|v| v.cancelable && !v.done))
            .collect();
        for n in &leaked {
            if let Some(l) = self.labels.get_mut(n) {
                l.leaked = true;
            }
        }
        self.touch();
        self.narration = if leaked.is_empty() {
            "main returned: the program ends, and every context it made was cancelled or done.".to_string()
        } else {
            format!(
                "main returned with {} never cancelled: leaked. Its parent keeps it (and its timer) until the program ends; call its cancel func, usually with defer cancel().",
                self.names(&leaked)
            )
        };
        leaked.len()
    }

    fn names(&self, ids: &[NodeId]) -> String {
        ids.iter().map(|&n| self.name(n)).collect::<Vec<_>>().join(", ")
    }
}

/// How narration names a program's goroutine: `main` for goroutine 1, else `g2`...
fn who(g: GoroutineId) -> String {
    if g.0 == 1 { "main (g1)".to_string() } else { format!("g{}", g.0) }
}
