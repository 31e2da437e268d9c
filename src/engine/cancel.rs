//! Cancel functions and the propagation wave.
//!
//! Owns Go's cancellation rules: the first cancel wins and later ones do nothing; a wave closes
//! the Done of every descendant reachable without crossing a WithoutCancel, with the origin's err
//! and cause; a canceler that is already done keeps its own err and cause (and so does everything
//! under it); timers of canceled nodes stop. Costs O(size of the subtree reached).

use super::event::{CancelReason, EventKind, Wave};
use super::id::{AfterFuncId, GoroutineId, NodeId};
use super::kind::{ContextKind, Shape};
use super::node::{AfterFuncState, DoneState};
use super::{Engine, EngineError, GoError};

/// A goroutine to wake: (channel-close index, FIFO position, goroutine, node it waited on).
type Wake = (usize, u64, GoroutineId, NodeId);

impl Engine {
    /// Calls the node's `CancelFunc` (the one WithCancel, WithDeadline, WithTimeout or their Cause
    /// forms returned): `Err()` becomes `Canceled` with cause `Canceled`, unless it is already done,
    /// in which case nothing changes and the returned wave is empty.
    pub fn cancel(&mut self, id: NodeId) -> Result<Wave, EngineError> {
        if !self.node(id)?.cancelable() {
            return Err(EngineError::NotCancelable(id));
        }
        Ok(self.cancel_wave(id, GoError::Canceled, None, CancelReason::CancelFunc))
    }

    /// Calls the `CancelCauseFunc` that WithCancelCause returned: `cancel(cause)`. A nil cause
    /// (`None`) records `Canceled`.
    pub fn cancel_cause(&mut self, id: NodeId, cause: Option<GoError>) -> Result<Wave, EngineError> {
        let node = self.node(id)?;
        if !node.cancelable() {
            return Err(EngineError::NotCancelable(id));
        }
        if node.kind != ContextKind::WithCancelCause {
            return Err(EngineError::NoCauseFunc(id));
        }
        Ok(self.cancel_wave(id, GoError::Canceled, cause, CancelReason::CancelCauseFunc))
    }

    /// Closes `origin`'s Done with `err` and `cause` (nil cause means `err`) and spreads the wave.
    pub(super) fn cancel_wave(
        &mut self,
        origin: NodeId,
        err: GoError,
        cause: Option<GoError>,
        reason: CancelReason,
    ) -> Wave {
        let mut wave = Wave::default();
        let cause = cause.unwrap_or_else(|| err.clone());
        let state = DoneState { err: err.clone(), cause: cause.clone(), origin, at: self.now };
        let Ok(node) = self.node_mut(origin) else { return wave };
        if node.done.is_some() {
            return wave;
        }
        node.done = Some(state.clone());
        let origin_depth = node.depth;
        self.stop_timer(origin, reason != CancelReason::Deadline);
        self.emit(EventKind::Canceled { node: origin, err, cause, reason });
        wave.closed.push(origin);

        let (mut wakes, mut starts) = (Vec::new(), Vec::new());
        self.collect(origin, 0, &mut wakes, &mut starts);
        let mut channels = 1;
        let mut stack: Vec<(NodeId, usize)> = Vec::new();
        if let Ok(node) = self.node(origin) {
            stack.extend(node.children.iter().rev().map(|&c| (c, 0)));
        }
        while let Some((id, chan)) = stack.pop() {
            let Ok(node) = self.node_mut(id) else { continue };
            let chan = match node.shape {
                Shape::Empty | Shape::WithoutCancel => continue,
                // Already done: it and everything under it closed earlier, with their own cause.
                Shape::Cancel | Shape::Timer if node.done.is_some() => continue,
                Shape::Cancel | Shape::Timer => {
                    node.done = Some(state.clone());
                    channels += 1;
                    channels - 1
                }
                // A value node's Done is its parent's channel: it closes with it.
                Shape::Value => chan,
            };
            let from = node.parent.unwrap_or(origin);
            let depth = node.depth.saturating_sub(origin_depth);
            stack.extend(node.children.iter().rev().map(|&c| (c, chan)));
            self.stop_timer(id, true);
            self.emit(EventKind::Propagated {
                node: id,
                from,
                origin,
                depth,
                err: state.err.clone(),
                cause: state.cause.clone(),
            });
            wave.closed.push(id);
            self.collect(id, chan, &mut wakes, &mut starts);
        }

        wakes.sort_by_key(|w| (w.0, w.1));
        for (_, _, goroutine, node) in wakes {
            self.emit(EventKind::GoroutineWoken { goroutine, node, origin });
            wave.woken.push((goroutine, node));
        }
        starts.sort();
        for (_, id) in starts {
            if let Some(reg) = self.after_funcs.get_mut(id.0 as usize) {
                reg.state = AfterFuncState::Started;
                let (func, node) = (reg.func, reg.node);
                self.emit(EventKind::AfterFuncStarted { id, func, node });
                wave.after_funcs.push((id, func));
            }
        }
        wave
    }

    /// Takes the parked goroutines and pending AfterFuncs of a node whose Done just closed.
    fn collect(
        &mut self,
        id: NodeId,
        chan: usize,
        wakes: &mut Vec<Wake>,
        starts: &mut Vec<(usize, AfterFuncId)>,
    ) {
        let Ok(node) = self.node_mut(id) else { return };
        wakes.extend(node.waiters.drain(..).map(|w| (chan, w.seq, w.goroutine, id)));
        starts.extend(node.after_funcs.drain(..).map(|a| (chan, a)));
    }
}
