//! The virtual machine: goroutines as data, one scheduler, a virtual clock.
//!
//! Owns [`Machine`] and its step function ([`Machine::step`]). Each goroutine has its own frames
//! and operand stack, so it can park anywhere (a receive deep in calls) and resume later. The
//! scheduler runs one goroutine at a time for a slice of instructions; when every goroutine is
//! blocked it moves the clock to the next timer (its own timers and the engine's deadlines); with
//! none left it is Go's deadlock. Contexts are the engine's nodes: a Done channel is
//! [`value::Value::Done`], parked through the engine, woken in the engine's order.
//!
//! `exec.rs` runs instructions, `calls.rs` calls, returns, defers and panics, `arith.rs` value
//! operations, `dynamic.rs` dynamic types and methods, `chan.rs` channels and select,
//! `natives*.rs` the library (`natives_sys.rs` signals, Goexit and `testing`'s caller lines), `ctx.rs` the context package, `format.rs` printing, `sched.rs`
//! scheduling, timers and fatal errors, `errors.rs` panic values, `value.rs` the values.

mod arith;
mod calls;
mod chan;
mod ctx;
mod dynamic;
mod errors;
mod exec;
mod format;
pub mod natives;
mod natives_lib;
mod natives_sys;
mod sched;
pub mod value;

use super::bytecode::Program;
use super::trace::{Event, EventKind};
use super::{Limits, Options};
use crate::engine::Engine;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::cmp::Reverse;
use std::rc::Rc;
use value::{Closure, Ref, Value};

/// What one call of [`Machine::step`] achieved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The budget ran out; more work remains.
    Yielded,
    /// Every goroutine is parked and the clock moved (or will move) on the next step.
    Blocked,
    /// The program ended with this exit status.
    Finished(i32),
}

/// Why a goroutine is parked, as Go's traceback words it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Park {
    Running,
    Waiting(&'static str),
}

/// What a parked operation receives when woken.
#[derive(Clone, Debug)]
pub(crate) enum Resume {
    /// A receive completed with (value, ok); for a select, also the case.
    Recv(Option<usize>, Value, bool),
    /// A send completed (or a select's send case).
    Sent(Option<usize>),
    /// A sleep, lock, or wait finished.
    Done,
    /// A send on a channel that was closed while waiting.
    SendClosed,
}

/// One activation record.
#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub func: u32,
    pub pc: usize,
    pub base: usize,
    /// Values below `base` to drop on return (the callee value of `CallValue`).
    pub drop: usize,
    pub closure: Option<Rc<Closure>>,
    pub defers: Vec<(Value, Vec<Value>)>,
    /// This frame runs a deferred call.
    pub is_defer: bool,
    /// A panic is unwinding through this frame (running its defers).
    pub unwinding: bool,
    /// The frame was pushed by the VM itself (a String method for fmt); return to it.
    pub sync: bool,
}

/// A goroutine's state.
#[derive(Debug)]
pub(crate) struct Goroutine {
    pub id: u64,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    pub park: Park,
    pub resume: Option<Resume>,
    pub panicking: Option<Value>,
    /// Earlier panics still on the stack when a new one started (value, recovered?), as Go's
    /// `panic: a [recovered]` chain prints them.
    pub history: Vec<(Value, bool)>,
    /// The value just recovered, while the deferred call that recovered it runs.
    pub recovered: Option<Value>,
    /// The panic being raised is the value just recovered (`[recovered, repanicked]`).
    pub repanicked: bool,
    /// `runtime.Goexit` is unwinding the goroutine (`testing`'s FailNow and SkipNow): deferred
    /// calls run, `recover` returns nil, and the goroutine ends quietly.
    pub goexiting: bool,
    /// Set by the Goexit native just before it returns: the error it returns starts Goexit.
    pub goexit_start: bool,
    /// Registrations of a parked select or receive: channels by case and Done nodes.
    pub waits: Vec<Wait>,
    /// Token distinguishing this park from earlier ones in channel queues.
    pub token: u64,
}

/// Something a parked goroutine is registered on.
#[derive(Clone, Debug)]
pub(crate) enum Wait {
    Chan(Ref<value::ChanObj>),
    Done(u32, Option<usize>),
}

/// A timer of the VM's own (sleeps, `time.After`, tickers, `time.AfterFunc`).
#[derive(Clone, Debug)]
pub(crate) struct Timer {
    pub when: i64,
    pub period: i64,
    pub kind: TimerKind,
    pub active: bool,
}

#[derive(Clone, Debug)]
pub(crate) enum TimerKind {
    Wake(u64),
    Send(Value),
    Func(Value),
}

/// A program being run.
pub struct Machine {
    pub(crate) prog: Rc<Program>,
    pub(crate) gs: HashMap<u64, Goroutine>,
    pub(crate) runq: VecDeque<u64>,
    pub(crate) globals: Vec<Ref<Value>>,
    pub(crate) engine: Engine,
    pub(crate) timers: BinaryHeap<Reverse<(i64, u64)>>,
    pub(crate) timer_objs: HashMap<u64, Timer>,
    pub(crate) next_timer: u64,
    pub(crate) rng: u64,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) trace: Vec<Event>,
    pub(crate) steps: u64,
    pub(crate) limits: Limits,
    pub(crate) exit: Option<i32>,
    pub(crate) next_gid: u64,
    pub(crate) next_chan: u64,
    pub(crate) args: Vec<String>,
    /// Errors given to the engine as causes, by the engine's custom id.
    pub(crate) causes: Vec<Value>,
    /// Functions registered with `context.AfterFunc`, by the engine's FuncId.
    pub(crate) after_funcs: Vec<Value>,
    /// The values stored by `WithValue`, by node.
    pub(crate) ctx_values: HashMap<u32, Value>,
    pub(crate) key_ids: HashMap<value::Key, u64>,
    pub(crate) background: Option<u32>,
    pub(crate) todo: Option<u32>,
    pub(crate) canceled: Value,
    pub(crate) deadline_exceeded: Value,
    pub(crate) stdout_obj: Value,
    pub(crate) stderr_obj: Value,
    /// Slice elements and string bytes allocated at once beyond which the run ends (memory).
    pub(crate) max_alloc: usize,
    /// Nesting of calls the VM makes itself (String/Error methods while printing).
    pub(crate) sync_depth: u32,
    /// The source position of the instruction being run (for trace events).
    pub(crate) cur_pos: super::ast::Pos,
    /// The goroutine being run (for trace events).
    pub(crate) current: u64,
    /// `strconv.ErrSyntax`, `strconv.ErrRange`.
    pub(crate) err_syntax: Value,
    pub(crate) err_range: Value,
    /// The type `*strconv.NumError`, if the program mentions it.
    pub(crate) numerror_t: Option<super::types::TypeId>,
    /// Contexts that print under another name (`signal.NotifyContext(...)`), by node.
    pub(crate) ctx_names: HashMap<u32, String>,
    /// Functions marked by `testing`'s `Helper`: their lines are not reported.
    pub(crate) helpers: std::collections::HashSet<u32>,
}

/// Everything a goroutine holds, for [`value::dismantle`].
pub(crate) fn goroutine_values(g: Goroutine) -> Vec<Value> {
    let mut out = g.stack;
    for f in g.frames {
        if let Some(c) = f.closure {
            out.push(Value::Func(c));
        }
        for (f, args) in f.defers {
            out.push(f);
            out.extend(args);
        }
    }
    out
}

impl Drop for Machine {
    /// Frees the program's memory without recursion (see [`value::dismantle`]).
    fn drop(&mut self) {
        let mut roots: Vec<Value> = Vec::new();
        for (_, g) in self.gs.drain() {
            roots.extend(goroutine_values(g));
        }
        roots.extend(self.globals.drain(..).map(Value::Box));
        roots.extend(self.ctx_values.drain().map(|(_, v)| v));
        roots.extend(self.after_funcs.drain(..));
        roots.extend(self.causes.drain(..));
        value::dismantle(roots);
    }
}

impl Machine {
    /// A machine ready to run `prog`'s package initialisation, then `main`.
    pub fn new(prog: Program, opts: &Options) -> Machine {
        let prog = Rc::new(prog);
        let globals = (0..prog.globals).map(|_| Rc::new(std::cell::RefCell::new(Value::Nil))).collect();
        let canceled = Value::Err(Rc::new(value::ErrObj::Simple("context canceled".into())));
        let deadline_exceeded = Value::Err(Rc::new(value::ErrObj::Deadline));
        let mut m = Machine {
            prog: prog.clone(),
            gs: HashMap::new(),
            runq: VecDeque::new(),
            globals,
            engine: Engine::new(),
            timers: BinaryHeap::new(),
            timer_objs: HashMap::new(),
            next_timer: 1,
            rng: opts.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            stdout: String::new(),
            stderr: String::new(),
            trace: Vec::new(),
            steps: 0,
            limits: opts.limits.clone(),
            exit: None,
            next_gid: 1,
            next_chan: 1,
            args: opts.args.clone(),
            causes: Vec::new(),
            after_funcs: Vec::new(),
            ctx_values: HashMap::new(),
            key_ids: HashMap::new(),
            background: None,
            todo: None,
            canceled,
            deadline_exceeded,
            stdout_obj: Value::Obj(Rc::new(std::cell::RefCell::new(value::Object::Builder("stdout".into())))),
            stderr_obj: Value::Obj(Rc::new(std::cell::RefCell::new(value::Object::Builder("stderr".into())))),
            current: 0,
            cur_pos: Default::default(),
            sync_depth: 0,
            max_alloc: 1 << 24,
            err_syntax: Value::Err(Rc::new(value::ErrObj::Simple("invalid syntax".into()))),
            err_range: Value::Err(Rc::new(value::ErrObj::Simple("value out of range".into()))),
            numerror_t: (0..prog.types.len() as u32).find(|&t| prog.types.name(t) == "*strconv.NumError"),
            ctx_names: HashMap::new(),
            helpers: std::collections::HashSet::new(),
        };
        // Goroutine 1 runs init, then main (main's frame is pushed when init returns).
        let main = Value::Func(Rc::new(Closure { func: prog.main_fn, captures: vec![], recv: None }));
        let init = Value::Func(Rc::new(Closure { func: prog.init_fn, captures: vec![], recv: None }));
        m.spawn(main, vec![], super::ast::Pos::default());
        if let Some(g) = m.gs.get_mut(&1) {
            // Push init above main's frame so it runs first.
            let base = g.stack.len();
            g.stack.push(init);
            let f = &prog.funcs[prog.init_fn as usize];
            g.stack.resize(base + 1 + f.slots as usize, Value::Nil);
            g.frames.push(Frame { func: prog.init_fn, pc: 0, base: base + 1, drop: 1, closure: None, defers: vec![], is_defer: false, unwinding: false, sync: false });
        }
        m
    }

    /// Runs up to `budget` instructions (across goroutines), then reports progress.
    pub fn step(&mut self, budget: u64) -> Progress {
        if let Some(code) = self.exit {
            return Progress::Finished(code);
        }
        let mut left = budget;
        while left > 0 {
            if let Some(code) = self.exit {
                return Progress::Finished(code);
            }
            let Some(gid) = self.runq.pop_front() else {
                if !self.advance_clock() {
                    self.deadlock();
                    return Progress::Finished(self.exit.unwrap_or(2));
                }
                return Progress::Blocked;
            };
            let used = self.run_goroutine(gid, left.min(10_000));
            left = left.saturating_sub(used.max(1));
        }
        match self.exit {
            Some(code) => Progress::Finished(code),
            None => Progress::Yielded,
        }
    }

    /// Runs to the end.
    pub fn run(&mut self) -> i32 {
        loop {
            if let Progress::Finished(code) = self.step(100_000) {
                return code;
            }
        }
    }

    /// Output so far.
    pub fn stdout(&self) -> &str {
        &self.stdout
    }

    /// Error output so far.
    pub fn stderr(&self) -> &str {
        &self.stderr
    }

    /// Takes the trace recorded so far.
    pub fn take_trace(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.trace)
    }

    pub(crate) fn now(&self) -> i64 {
        self.engine.now().0
    }

    pub(crate) fn event(&mut self, kind: EventKind) {
        if self.trace.len() < 1_000_000 {
            let pos = if self.current == 0 { Default::default() } else { self.cur_pos };
            self.trace.push(Event { time: self.now(), goroutine: self.current, pos, kind });
        }
    }

    /// Writes program output, enforcing the output limit.
    pub(crate) fn write(&mut self, fd: u8, text: &str) {
        if self.stdout.len() + self.stderr.len() + text.len() > self.limits.max_output_bytes {
            self.fatal_limit(&format!("output limit of {} bytes exceeded", self.limits.max_output_bytes));
            return;
        }
        if fd == 2 {
            self.stderr.push_str(text);
        } else {
            self.stdout.push_str(text);
        }
        self.event(EventKind::Print { fd, text: text.to_string() });
    }

    /// Ends the run because a limit was hit.
    pub(crate) fn fatal_limit(&mut self, msg: &str) {
        if self.exit.is_none() {
            self.stderr.push_str(&format!("gorun: {msg}\n"));
            self.exit = Some(2);
        }
    }

    /// A seeded random number.
    pub(crate) fn rand(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}
