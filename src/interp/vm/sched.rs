//! Scheduling: spawning, parking and waking goroutines; the VM's timers and the clock jump when
//! everything is blocked; the engine's waves; deadlock and goroutine exit.

use super::super::trace::EventKind;
use super::value::Value;
use super::{Frame, Goroutine, Machine, Park, Resume, Timer, TimerKind, Wait};
use crate::engine::{GoroutineId, Time, Wave};
use std::cmp::Reverse;

impl Machine {
    /// Where goroutine `g` is in the program: the position in its innermost frame that is the
    /// program's own (library functions report their caller's line), or none.
    pub(crate) fn program_pos(&self, g: &Goroutine) -> super::super::ast::Pos {
        g.frames
            .iter()
            .rev()
            .find_map(|fr| {
                let f = &self.prog.funcs[fr.func as usize];
                (!f.library).then(|| f.pos.get(fr.pc.saturating_sub(1)).copied().unwrap_or_default())
            })
            .unwrap_or_default()
    }

    /// Starts a goroutine calling function value `f` with `args`.
    pub(crate) fn spawn(&mut self, f: Value, args: Vec<Value>, _pos: super::super::ast::Pos) -> Option<u64> {
        if self.gs.len() >= self.limits.max_goroutines {
            self.fatal_limit(&format!("more than {} goroutines alive at once", self.limits.max_goroutines));
            return None;
        }
        let id = self.next_gid;
        self.next_gid += 1;
        let mut g = Goroutine {
            id,
            frames: Vec::new(),
            stack: Vec::new(),
            park: Park::Running,
            resume: None,
            panicking: None,
            history: Vec::new(),
            recovered: None,
            repanicked: false,
            goexiting: false,
            goexit_start: false,
            waits: Vec::new(),
            token: 0,
        };
        // A goroutine the library starts to run the program's function (errgroup's Go) is
        // named after that function, as the learner knows it.
        let library = |v: &Value| matches!(v, Value::Func(c) if self.prog.funcs.get(c.func as usize).is_some_and(|f| f.library));
        let shown = if library(&f) { args.iter().find(|a| matches!(a, Value::Func(_)) && !library(a)).unwrap_or(&f) } else { &f };
        let name = self.func_name(shown);
        g.stack.push(f.clone());
        let argc = args.len();
        g.stack.extend(args);
        // A trampoline-free start: push the call directly.
        let ok = self.push_call(&mut g, argc, true);
        self.gs.insert(id, g);
        self.runq.push_back(id);
        self.event(EventKind::GoStart { id, func: name });
        if !ok {
            self.gs.remove(&id);
        }
        Some(id)
    }

    pub(crate) fn func_name(&self, f: &Value) -> String {
        match f {
            Value::Func(c) => self.prog.funcs.get(c.func as usize).map(|f| f.name.clone()).unwrap_or_default(),
            _ => "runtime.native".into(),
        }
    }

    /// Runs goroutine `gid` for up to `budget` instructions; returns how many ran.
    pub(crate) fn run_goroutine(&mut self, gid: u64, budget: u64) -> u64 {
        let Some(mut g) = self.gs.remove(&gid) else { return 0 };
        self.current = gid;
        let before = self.steps;
        let out = self.exec(&mut g, budget, 0);
        let used = self.steps - before;
        match out {
            super::exec::Exit::Yield => {
                self.gs.insert(gid, g);
                self.runq.push_back(gid);
            }
            super::exec::Exit::Block => {
                self.gs.insert(gid, g);
            }
            super::exec::Exit::Done => {
                super::value::dismantle(super::goroutine_values(g));
                self.event(EventKind::GoExit);
                if gid == 1 && self.exit.is_none() {
                    self.exit = Some(0);
                }
            }
            super::exec::Exit::Stop => {
                self.gs.insert(gid, g);
            }
        }
        used
    }

    /// Parks `g` (the caller returns `Exit::Block`).
    pub(crate) fn park(&mut self, g: &mut Goroutine, reason: &'static str) {
        g.park = Park::Waiting(reason);
        g.token += 1;
        self.event(EventKind::GoPark { reason: reason.to_string() });
    }

    /// Makes parked goroutine `gid` runnable with `resume`.
    pub(crate) fn wake(&mut self, gid: u64, resume: Resume) {
        let waits = match self.gs.get_mut(&gid) {
            Some(g) if g.park != Park::Running => {
                g.park = Park::Running;
                g.resume = Some(resume);
                std::mem::take(&mut g.waits)
            }
            _ => return,
        };
        // Leave every other queue this goroutine was registered on.
        for w in waits {
            match w {
                Wait::Chan(c) => {
                    let mut c = c.borrow_mut();
                    c.recvq.retain(|r| r.0 != gid);
                    c.sendq.retain(|s| s.0 != gid);
                }
                Wait::Done(node, _) => {
                    let _ = self.engine.stop_waiting(crate::engine::NodeId(node), GoroutineId(gid));
                }
            }
        }
        self.runq.push_back(gid);
        self.event(EventKind::GoWake { id: gid });
    }

    /// Applies an engine wave: wakes goroutines parked on Done channels, starts AfterFuncs.
    /// The wave's own events (cancel, propagate, woken) enter the trace before the wakes they
    /// cause, so a replay reads a Done closing, then the goroutines it woke.
    pub(crate) fn apply_wave(&mut self, wave: Wave) {
        self.drain_engine_events();
        for (gid, node) in wave.woken {
            let case = self.gs.get(&gid.0).and_then(|g| {
                g.waits.iter().find_map(|w| match w {
                    Wait::Done(n, case) if *n == node.0 || self.same_done(*n, node.0) => Some(*case),
                    _ => None,
                })
            });
            // The engine already dequeued it from `node`.
            if let Some(g) = self.gs.get_mut(&gid.0) {
                g.waits.retain(|w| !matches!(w, Wait::Done(n, _) if *n == node.0));
            }
            self.wake(gid.0, Resume::Recv(case.flatten(), Value::Struct(Default::default()), false));
        }
        for (_, func) in wave.after_funcs {
            if let Some(f) = self.after_funcs.get(func.0 as usize).cloned() {
                self.spawn(f, vec![], Default::default());
            }
        }
        self.drain_engine_events();
    }

    fn same_done(&self, a: u32, b: u32) -> bool {
        a == b
    }

    /// Records the engine's new events in the trace.
    pub(crate) fn drain_engine_events(&mut self) {
        let evs = self.engine.drain_events();
        for e in evs {
            let (op, nodes) = engine_event_summary(&e.kind);
            self.event(EventKind::Context { op, nodes, detail: format!("{:?}", e.kind) });
        }
    }

    /// Adds a timer; returns its id.
    pub(crate) fn add_timer(&mut self, when: i64, period: i64, kind: TimerKind) -> u64 {
        let id = self.next_timer;
        self.next_timer += 1;
        self.timer_objs.insert(id, Timer { when, period, kind, active: true });
        self.timers.push(Reverse((when, id)));
        self.event(EventKind::TimerSet { id, at: when });
        id
    }

    /// Moves the clock to the next timer or deadline and fires what is due. False if there is
    /// nothing to wait for.
    pub(crate) fn advance_clock(&mut self) -> bool {
        // Drop stopped timers from the heap's top.
        while let Some(Reverse((when, id))) = self.timers.peek().copied() {
            match self.timer_objs.get(&id) {
                Some(t) if t.active && t.when == when => break,
                _ => {
                    self.timers.pop();
                }
            }
        }
        let mine = self.timers.peek().map(|r| r.0 .0);
        let theirs = self.engine.next_deadline().map(|t| t.0);
        let t = match (mine, theirs) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => return false,
        };
        self.current = 0;
        // Engine deadlines due at t fire first (in the engine's order), then the VM's timers.
        if let Ok(wave) = self.engine.advance_to(Time(t.max(self.now()))) {
            self.apply_wave(wave);
        }
        while let Some(Reverse((when, id))) = self.timers.peek().copied() {
            if when > t {
                break;
            }
            self.timers.pop();
            self.fire_timer(id, when);
        }
        true
    }

    fn fire_timer(&mut self, id: u64, when: i64) {
        let Some(t) = self.timer_objs.get(&id).cloned() else { return };
        if !t.active || t.when != when {
            return;
        }
        self.event(EventKind::TimerFired { id });
        if t.period > 0 {
            let next = when + t.period;
            if let Some(obj) = self.timer_objs.get_mut(&id) {
                obj.when = next;
            }
            self.timers.push(Reverse((next, id)));
        } else if let Some(obj) = self.timer_objs.get_mut(&id) {
            obj.active = false;
        }
        match t.kind {
            TimerKind::Wake(gid) => self.wake(gid, Resume::Done),
            TimerKind::Send(ch) => {
                // Non-blocking send of the current time (buffer of 1).
                if let Value::Chan(c) = &ch {
                    self.chan_try_send(c, Value::Time(when));
                }
            }
            TimerKind::Func(f) => {
                self.spawn(f, vec![], Default::default());
            }
        }
    }

    /// Everything is blocked and no timer is pending: Go's fatal deadlock (unless main is gone).
    pub(crate) fn deadlock(&mut self) {
        if self.exit.is_some() {
            return;
        }
        let reason = match self.gs.get(&1).map(|g| &g.park) {
            Some(Park::Waiting(r)) => *r,
            _ => "select (no cases)",
        };
        let msg = format!("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [{reason}]:\nmain.main()\n");
        self.stderr.push_str(&msg);
        self.exit = Some(2);
    }

    /// Go's unrecoverable runtime `throw`: `fatal error: msg`, exit 2.
    pub(crate) fn throw(&mut self, g: &Goroutine, msg: &str) {
        if self.exit.is_none() {
            self.stderr.push_str(&format!("fatal error: {msg}\n\ngoroutine {} [running]:\nmain.main()\n", g.id));
            self.exit = Some(2);
        }
    }

    /// A goroutine's unrecovered panic ends the program.
    pub(crate) fn die(&mut self, g: &Goroutine, v: &Value) {
        if self.exit.is_some() {
            return;
        }
        let mut msg = String::new();
        for (old, rec) in g.history.clone() {
            let t = self.panic_text(&old);
            msg.push_str(&format!("panic: {t}{}\n\t", if rec { " [recovered]" } else { "" }));
        }
        let text = self.panic_text(v);
        msg.push_str(&format!("panic: {text}"));
        if g.repanicked {
            msg.push_str(" [recovered, repanicked]");
        }
        if matches!(v, Value::Err(e) if matches!(**e, super::value::ErrObj::Simple(ref s) if s.starts_with("runtime error: invalid memory address"))) {
            msg.push_str("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        }
        msg.push_str(&format!("\n\ngoroutine {} [running]:\nmain.main()\n\t{}\nexit status 2\n", g.id, self.prog.filename));
        self.stderr.push_str(&msg);
        self.exit = Some(2);
    }

    /// A new frame for a call of the function value at `stack[len - argc - 1]`.
    pub(crate) fn frame_for(&self, func: u32, base: usize, drop: usize, closure: Option<std::rc::Rc<super::value::Closure>>) -> Frame {
        let _ = &self.prog.funcs[func as usize];
        Frame { func, pc: 0, base, drop, closure, defers: Vec::new(), is_defer: false, unwinding: false, sync: false }
    }
}

fn engine_event_summary(k: &crate::engine::EventKind) -> (String, Vec<u32>) {
    use crate::engine::EventKind as E;
    match k {
        E::Created { node, parent, kind, .. } => (kind.go_name().to_string(), [Some(node.0), parent.map(|p| p.0)].into_iter().flatten().collect()),
        E::Canceled { node, .. } => ("cancel".into(), vec![node.0]),
        E::Propagated { node, from, .. } => ("propagate".into(), vec![node.0, from.0]),
        E::DeadlineFired { node } => ("deadline".into(), vec![node.0]),
        E::TimerStopped { node } => ("timer_stopped".into(), vec![node.0]),
        E::AfterFuncRegistered { node, .. } => ("after_func".into(), vec![node.0]),
        E::AfterFuncStarted { node, .. } => ("after_func_started".into(), vec![node.0]),
        E::AfterFuncStopped { node, .. } => ("after_func_stopped".into(), vec![node.0]),
        E::WaitStarted { node, .. } => ("wait".into(), vec![node.0]),
        E::WaitStopped { node, .. } => ("wait_stopped".into(), vec![node.0]),
        E::GoroutineWoken { node, .. } => ("woken".into(), vec![node.0]),
        E::ValueLookedUp { node, .. } => ("value".into(), vec![node.0]),
        E::Removed { root, .. } => ("removed".into(), vec![root.0]),
        E::ClockAdvanced { .. } => ("clock".into(), vec![]),
    }
}
