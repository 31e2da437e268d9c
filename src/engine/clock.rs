//! The virtual clock and the deadline timers.
//!
//! Owns `advance_to`: every deadline due by the target time fires in deadline order (ties in
//! creation order), each wave complete before the next, each at its own deadline's time.
//! **Invariant**: after any call, no pending timer is due (`next_deadline() > now()`), which is
//! what makes "a deadline at or before now is born done" agree with Go.

use super::event::{CancelReason, EventKind, Wave};
use super::id::NodeId;
use super::time::{Duration, Time};
use super::{Engine, EngineError, GoError};

impl Engine {
    /// The earliest pending deadline: when the UI's real timer should next call `advance_to`,
    /// and where "step to next event" goes.
    pub fn next_deadline(&self) -> Option<Time> {
        self.timers.first().map(|&(d, _)| d)
    }

    /// Moves the virtual clock to `t`, firing every deadline due by `t` on the way (each fired
    /// deadline's events carry its own time). Going backwards is an error.
    pub fn advance_to(&mut self, t: Time) -> Result<Wave, EngineError> {
        if t < self.now {
            return Err(EngineError::ClockBackwards { now: self.now, to: t });
        }
        let from = self.now;
        let mut wave = Wave::default();
        while let Some(&(d, id)) = self.timers.first() {
            if d > t {
                break;
            }
            self.timers.remove(&(d, id));
            self.now = d.max(self.now);
            wave.extend(self.fire(id));
        }
        self.now = t;
        if t > from {
            self.emit(EventKind::ClockAdvanced { from, to: t });
        }
        Ok(wave)
    }

    /// `advance_to(now + d)`.
    pub fn advance_by(&mut self, d: Duration) -> Result<Wave, EngineError> {
        self.advance_to(self.now.add(d))
    }

    /// Advances to the next pending deadline and fires it; `None` if no timer is pending.
    pub fn step(&mut self) -> Option<Wave> {
        let d = self.next_deadline()?;
        self.advance_to(d).ok()
    }

    /// The timer of `id` fires: Go's `c.cancel(true, DeadlineExceeded, cause)`.
    fn fire(&mut self, id: NodeId) -> Wave {
        let Ok(node) = self.node_mut(id) else { return Wave::default() };
        node.timer_pending = false;
        let cause = node.deadline_cause.clone();
        self.emit(EventKind::DeadlineFired { node: id });
        self.cancel_wave(id, GoError::DeadlineExceeded, cause, CancelReason::Deadline)
    }

    /// Removes a canceled node's pending timer, logging `TimerStopped` if `log`.
    pub(super) fn stop_timer(&mut self, id: NodeId, log: bool) {
        let Ok(node) = self.node_mut(id) else { return };
        if !node.timer_pending {
            return;
        }
        node.timer_pending = false;
        if let Some(d) = node.deadline {
            self.timers.remove(&(d, id));
        }
        if log {
            self.emit(EventKind::TimerStopped { node: id });
        }
    }
}
