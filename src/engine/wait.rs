//! Goroutines parked on a context's Done, and `AfterFunc`.
//!
//! Owns the wait queues (FIFO per Done channel, as Go's channel receive queue) and AfterFunc's
//! registration, start and stop. Does not run goroutines: it reports who wakes and which function
//! starts, and the client runs them (today the scene prints their lines; the planned interpreter
//! is to run them as goroutines).

use super::event::EventKind;
use super::id::{AfterFuncId, FuncId, GoroutineId, NodeId};
use super::node::{AfterFuncReg, AfterFuncState, AfterFuncView, Waiter};
use super::{Engine, EngineError};

/// What happened when a goroutine received from a context's Done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitOutcome {
    /// Done is already closed: the receive does not block.
    Ready,
    /// Parked until Done closes; a `GoroutineWoken` event will say when.
    Parked,
    /// Done is nil (Background, TODO, WithoutCancel, or a value over them): parked forever.
    /// Counted as parked; it matters to deadlock detection.
    Forever,
}

impl Engine {
    /// `<-ctx.Done()` by `goroutine`: parks it on the node's Done channel unless already closed.
    pub fn wait_done(&mut self, node: NodeId, goroutine: GoroutineId) -> Result<WaitOutcome, EngineError> {
        if self.done_state(node)?.is_some() {
            return Ok(WaitOutcome::Ready);
        }
        let never = self.node(node)?.anchor.is_none();
        let seq = self.next_wait;
        self.next_wait += 1;
        self.node_mut(node)?.waiters.push(Waiter { seq, goroutine });
        self.emit(EventKind::WaitStarted { goroutine, node });
        Ok(if never { WaitOutcome::Forever } else { WaitOutcome::Parked })
    }

    /// Unparks `goroutine` from `node` without waking it (another select case won, or it exited).
    /// Returns whether it was waiting there.
    pub fn stop_waiting(&mut self, node: NodeId, goroutine: GoroutineId) -> Result<bool, EngineError> {
        let waiters = &mut self.node_mut(node)?.waiters;
        let Some(pos) = waiters.iter().position(|w| w.goroutine == goroutine) else {
            return Ok(false);
        };
        waiters.remove(pos);
        self.emit(EventKind::WaitStopped { goroutine, node });
        Ok(true)
    }

    /// `stop := context.AfterFunc(ctx, f)`: `f` starts in its own goroutine once ctx is done
    /// (an `AfterFuncStarted` event, at once if ctx is already done). On a context that can never
    /// be done, `f` never starts.
    pub fn after_func(&mut self, ctx: NodeId, func: FuncId) -> Result<AfterFuncId, EngineError> {
        let done = self.done_state(ctx)?.is_some();
        let id = AfterFuncId(self.after_funcs.len() as u32);
        let state = if done { AfterFuncState::Started } else { AfterFuncState::Pending };
        self.after_funcs.push(AfterFuncReg { func, node: ctx, state });
        self.node_mut(ctx)?.registrations.push(id);
        self.emit(EventKind::AfterFuncRegistered { id, func, node: ctx });
        if done {
            self.emit(EventKind::AfterFuncStarted { id, func, node: ctx });
        } else {
            self.node_mut(ctx)?.after_funcs.push(id);
        }
        Ok(id)
    }

    /// Calls the `stop` function AfterFunc returned: true only if this call prevented `f` from
    /// running; false if `f` already started or was already stopped (or its context was removed).
    pub fn stop_after_func(&mut self, id: AfterFuncId) -> Result<bool, EngineError> {
        let reg = self.after_funcs.get_mut(id.0 as usize).ok_or(EngineError::UnknownAfterFunc(id))?;
        if reg.state != AfterFuncState::Pending {
            return Ok(false);
        }
        reg.state = AfterFuncState::Stopped;
        let (func, node) = (reg.func, reg.node);
        if let Ok(n) = self.node_mut(node) {
            n.after_funcs.retain(|&a| a != id);
        }
        self.emit(EventKind::AfterFuncStopped { id, func, node });
        Ok(true)
    }

    /// A view of one AfterFunc registration.
    pub fn after_func_view(&self, id: AfterFuncId) -> Result<AfterFuncView, EngineError> {
        let reg = self.after_funcs.get(id.0 as usize).ok_or(EngineError::UnknownAfterFunc(id))?;
        Ok(AfterFuncView { id, func: reg.func, node: reg.node, state: reg.state })
    }
}
