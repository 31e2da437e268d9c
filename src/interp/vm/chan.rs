//! Channels: send, receive, close and select, with Go's semantics (FIFO wait queues, direct
//! hand-off to a parked receiver, buffered values, nil channels blocking forever, a closed
//! channel yielding zero values), and context Done channels through the engine.

use super::errors::{plain_err, Panic};
use super::value::{ChanObj, Ref, Value};
use super::{Goroutine, Machine, Resume, Wait};
use super::exec::Exit;
use crate::engine::{GoroutineId, NodeId, WaitOutcome};

type R = Result<Option<Exit>, Panic>;

impl Machine {
    pub(crate) fn op_send(&mut self, g: &mut Goroutine) -> R {
        if let Some(r) = g.resume.take() {
            g.stack.pop();
            g.stack.pop();
            return match r {
                Resume::SendClosed => Err(plain_err("send on closed channel")),
                _ => Ok(None),
            };
        }
        let n = g.stack.len();
        let v = g.stack[n - 1].clone();
        let ch = g.stack[n - 2].clone();
        let c = match ch {
            Value::Chan(c) => c,
            _ => {
                self.park(g, "chan send (nil chan)");
                return Ok(Some(Exit::Block));
            }
        };
        if c.borrow().closed {
            return Err(plain_err("send on closed channel"));
        }
        if self.deliver(&c, v.clone()) {
            g.stack.truncate(n - 2);
            return Ok(None);
        }
        {
            let mut cb = c.borrow_mut();
            if cb.buf.len() < cb.cap {
                cb.buf.push_back(v);
                let id = cb.id;
                drop(cb);
                self.event_chan("send", id);
                g.stack.truncate(n - 2);
                return Ok(None);
            }
            cb.sendq.push_back((g.id, None, g.token + 1, v));
        }
        g.waits = vec![Wait::Chan(c)];
        self.park(g, "chan send");
        Ok(Some(Exit::Block))
    }

    /// Hands `v` to the first parked receiver, if any.
    fn deliver(&mut self, c: &Ref<ChanObj>, v: Value) -> bool {
        let r = c.borrow_mut().recvq.pop_front();
        match r {
            Some((gid, case, _)) => {
                let id = c.borrow().id;
                self.event_chan("send", id);
                self.wake(gid, Resume::Recv(case, v, true));
                true
            }
            None => false,
        }
    }

    /// A timer's non-blocking send.
    pub(crate) fn chan_try_send(&mut self, c: &Ref<ChanObj>, v: Value) {
        if self.deliver(c, v.clone()) {
            return;
        }
        let mut cb = c.borrow_mut();
        if cb.buf.len() < cb.cap {
            cb.buf.push_back(v);
        }
    }

    /// Takes a value if one is available now: `Some((value, ok))`.
    fn try_recv(&mut self, c: &Ref<ChanObj>) -> Option<(Value, bool)> {
        let mut cb = c.borrow_mut();
        if let Some(v) = cb.buf.pop_front() {
            if let Some((gid, case, _, sv)) = cb.sendq.pop_front() {
                cb.buf.push_back(sv);
                drop(cb);
                self.wake(gid, Resume::Sent(case));
            }
            return Some((v, true));
        }
        if let Some((gid, case, _, sv)) = cb.sendq.pop_front() {
            drop(cb);
            self.wake(gid, Resume::Sent(case));
            return Some((sv, true));
        }
        if cb.closed {
            return Some((cb.zero.clone(), false));
        }
        None
    }

    pub(crate) fn op_recv(&mut self, g: &mut Goroutine, with_ok: bool) -> R {
        if let Some(r) = g.resume.take() {
            g.stack.pop();
            if let Resume::Recv(_, v, ok) = r {
                g.stack.push(v);
                if with_ok {
                    g.stack.push(Value::Bool(ok));
                }
            }
            return Ok(None);
        }
        let ch = g.stack.last().cloned().unwrap_or(Value::Nil);
        match ch {
            Value::Chan(c) => {
                if let Some((v, ok)) = self.try_recv(&c) {
                    let id = c.borrow().id;
                    self.event_chan("recv", id);
                    g.stack.pop();
                    g.stack.push(v);
                    if with_ok {
                        g.stack.push(Value::Bool(ok));
                    }
                    return Ok(None);
                }
                c.borrow_mut().recvq.push_back((g.id, None, g.token + 1));
                g.waits = vec![Wait::Chan(c)];
                self.park(g, "chan receive");
                Ok(Some(Exit::Block))
            }
            Value::Done(node) => {
                let out = self.engine.wait_done(NodeId(node), GoroutineId(g.id));
                self.drain_engine_events();
                match out {
                    Ok(WaitOutcome::Ready) | Err(_) => {
                        g.stack.pop();
                        g.stack.push(Value::Struct(Default::default()));
                        if with_ok {
                            g.stack.push(Value::Bool(false));
                        }
                        Ok(None)
                    }
                    Ok(_) => {
                        g.waits = vec![Wait::Done(node, None)];
                        self.park(g, "chan receive");
                        Ok(Some(Exit::Block))
                    }
                }
            }
            _ => {
                self.park(g, "chan receive (nil chan)");
                Ok(Some(Exit::Block))
            }
        }
    }

    pub(crate) fn close_chan(&mut self, ch: Value) -> Result<(), Panic> {
        let c = match ch {
            Value::Chan(c) => c,
            _ => return Err(plain_err("close of nil channel")),
        };
        let (recvs, sends, zero, id) = {
            let mut cb = c.borrow_mut();
            if cb.closed {
                return Err(plain_err("close of closed channel"));
            }
            cb.closed = true;
            (std::mem::take(&mut cb.recvq), std::mem::take(&mut cb.sendq), cb.zero.clone(), cb.id)
        };
        self.event_chan("close", id);
        for (gid, case, _) in recvs {
            self.wake(gid, Resume::Recv(case, zero.clone(), false));
        }
        for (gid, _, _, _) in sends {
            self.wake(gid, Resume::SendClosed);
        }
        Ok(())
    }

    pub(crate) fn op_select(&mut self, g: &mut Goroutine, d: u32) -> R {
        let prog = self.prog.clone();
        let Some(fr) = g.frames.last() else { return Ok(None) };
        let Some(desc) = prog.funcs[fr.func as usize].selects.get(d as usize) else { return Ok(None) };
        let nvals: usize = desc.sends.iter().map(|s| if *s { 2 } else { 1 }).sum();
        let base = g.stack.len() - nvals;
        if let Some(r) = g.resume.take() {
            g.stack.truncate(base);
            match r {
                Resume::Recv(case, v, ok) => {
                    g.stack.push(Value::Int(case.map(|c| c as i64).unwrap_or(-1)));
                    g.stack.push(v);
                    g.stack.push(Value::Bool(ok));
                }
                Resume::Sent(case) => {
                    g.stack.push(Value::Int(case.map(|c| c as i64).unwrap_or(-1)));
                    g.stack.push(Value::Nil);
                    g.stack.push(Value::Bool(false));
                }
                Resume::SendClosed => return Err(plain_err("send on closed channel")),
                Resume::Done => {
                    g.stack.push(Value::Int(-1));
                    g.stack.push(Value::Nil);
                    g.stack.push(Value::Bool(false));
                }
            }
            return Ok(None);
        }
        // The cases' operands.
        let mut cases: Vec<(bool, Value, Value)> = Vec::new();
        let mut i = base;
        for s in &desc.sends {
            let ch = g.stack[i].clone();
            let v = if *s { g.stack[i + 1].clone() } else { Value::Nil };
            i += if *s { 2 } else { 1 };
            cases.push((*s, ch, v));
        }
        // Which are ready now?
        let mut ready = Vec::new();
        for (k, (send, ch, _)) in cases.iter().enumerate() {
            let ok = match ch {
                Value::Chan(c) => {
                    let cb = c.borrow();
                    if *send {
                        cb.closed || !cb.recvq.is_empty() || cb.buf.len() < cb.cap
                    } else {
                        !cb.buf.is_empty() || !cb.sendq.is_empty() || cb.closed
                    }
                }
                Value::Done(node) => !*send && self.engine.is_done(NodeId(*node)).unwrap_or(false),
                _ => false,
            };
            if ok {
                ready.push(k);
            }
        }
        if !ready.is_empty() {
            let pick = ready[(self.rand() % ready.len() as u64) as usize];
            let (send, ch, v) = cases[pick].clone();
            g.stack.truncate(base);
            g.stack.push(Value::Int(pick as i64));
            if send {
                let Value::Chan(c) = ch else { return Ok(None) };
                if c.borrow().closed {
                    return Err(plain_err("send on closed channel"));
                }
                if !self.deliver(&c, v.clone()) {
                    c.borrow_mut().buf.push_back(v);
                }
                g.stack.push(Value::Nil);
                g.stack.push(Value::Bool(false));
            } else {
                match ch {
                    Value::Chan(c) => {
                        let (v, ok) = self.try_recv(&c).unwrap_or((Value::Nil, false));
                        let id = c.borrow().id;
                        self.event_chan("recv", id);
                        g.stack.push(v);
                        g.stack.push(Value::Bool(ok));
                    }
                    _ => {
                        g.stack.push(Value::Struct(Default::default()));
                        g.stack.push(Value::Bool(false));
                    }
                }
            }
            return Ok(None);
        }
        if desc.has_default {
            g.stack.truncate(base);
            g.stack.push(Value::Int(-1));
            g.stack.push(Value::Nil);
            g.stack.push(Value::Bool(false));
            return Ok(None);
        }
        // Park on every case.
        let mut waits = Vec::new();
        for (k, (send, ch, v)) in cases.into_iter().enumerate() {
            match ch {
                Value::Chan(c) => {
                    if send {
                        c.borrow_mut().sendq.push_back((g.id, Some(k), g.token + 1, v));
                    } else {
                        c.borrow_mut().recvq.push_back((g.id, Some(k), g.token + 1));
                    }
                    waits.push(Wait::Chan(c));
                }
                Value::Done(node) => {
                    if let Ok(WaitOutcome::Parked | WaitOutcome::Forever) = self.engine.wait_done(NodeId(node), GoroutineId(g.id)) {
                        waits.push(Wait::Done(node, Some(k)));
                    }
                }
                _ => {}
            }
        }
        self.drain_engine_events();
        let reason = if waits.is_empty() { "select (no cases)" } else { "select" };
        g.waits = waits;
        self.park(g, reason);
        Ok(Some(Exit::Block))
    }
}
