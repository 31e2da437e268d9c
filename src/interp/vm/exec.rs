//! The instruction loop: runs one goroutine for a budget of instructions, calls and returns,
//! deferred calls, panics and their unwinding through defers, recover.

use super::super::bytecode::{Bin, Cmp, Conv, Num, Op};
use super::super::trace::EventKind;
use super::super::types::{Type, TypeId};
use super::value::{Closure, ErrObj, MapObj, NativeFn, Object, SliceHdr, Value};
use super::{Frame, Goroutine, Machine};
use std::cell::RefCell;
use std::rc::Rc;

/// Why the loop stopped.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Budget used up; still runnable.
    Yield,
    /// Parked.
    Block,
    /// The goroutine finished (or the program ended).
    Done,
    /// A frame pushed by the VM itself returned (or unwound).
    Stop,
}

use super::errors::{plain_err, rt_err, Panic};

fn wrap(v: i64, n: Num) -> i64 {
    match n {
        Num::I32 => v as i32 as i64,
        Num::I16 => v as i16 as i64,
        Num::I8 => v as i8 as i64,
        Num::U32 => v as u32 as i64,
        Num::U16 => v as u16 as i64,
        Num::U8 => v as u8 as i64,
        _ => v,
    }
}

fn is_unsigned(n: Num) -> bool {
    matches!(n, Num::U64 | Num::U32 | Num::U16 | Num::U8)
}

impl Machine {
    /// Runs `g` until it blocks, finishes, or uses `budget` instructions. With `stop_depth`
    /// > 0, returns `Exit::Stop` when the frame count drops back to it (a VM-made call).
    ///
    /// The inner loop keeps the frame's code and pc in locals and runs the hottest instructions
    /// inline; calls, returns and everything else go through the outer loop and [`Self::op`].
    pub(crate) fn exec(&mut self, g: &mut Goroutine, budget: u64, stop_depth: usize) -> Exit {
        let prog = self.prog.clone();
        let mut left = budget;
        loop {
            if self.exit.is_some() {
                return Exit::Done;
            }
            let Some(fr) = g.frames.last() else { return Exit::Done };
            let (fidx, mut pc, base) = (fr.func, fr.pc, fr.base);
            let func = &prog.funcs[fidx as usize];
            let code = &func.code[..];
            let allowed = self.limits.max_steps.saturating_sub(self.steps).min(left);
            let mut ran: u64 = 0;
            // The inner loop: stays in this frame.
            let op = loop {
                if ran >= allowed {
                    break None;
                }
                let Some(op) = code.get(pc) else { break None };
                pc += 1;
                ran += 1;
                match op {
                    Op::Local(sl) => {
                        let v = g.stack[base + *sl as usize].clone();
                        g.stack.push(v);
                    }
                    Op::SetLocal(sl) => {
                        let v = g.stack.pop().unwrap_or(Value::Nil);
                        g.stack[base + *sl as usize] = v;
                    }
                    Op::Int(i) => g.stack.push(Value::Int(*i)),
                    Op::Bool(b) => g.stack.push(Value::Bool(*b)),
                    Op::Pop => {
                        g.stack.pop();
                    }
                    Op::Jump(t) => pc = *t as usize,
                    Op::JumpIfFalse(t) => {
                        if !matches!(g.stack.pop(), Some(Value::Bool(true))) {
                            pc = *t as usize;
                        }
                    }
                    Op::JumpIfTrue(t) => {
                        if matches!(g.stack.pop(), Some(Value::Bool(true))) {
                            pc = *t as usize;
                        }
                    }
                    Op::Bin(b, Num::I64) if !matches!(b, Bin::Shl | Bin::Shr | Bin::AndNot) => {
                        let n = g.stack.len();
                        let r = match (&g.stack[n - 2], &g.stack[n - 1]) {
                            (Value::Int(x), Value::Int(y)) => match b {
                                Bin::Add => Some(x.wrapping_add(*y)),
                                Bin::Sub => Some(x.wrapping_sub(*y)),
                                Bin::Mul => Some(x.wrapping_mul(*y)),
                                Bin::And => Some(x & y),
                                Bin::Or => Some(x | y),
                                Bin::Xor => Some(x ^ y),
                                Bin::Div if *y != 0 => Some(x.wrapping_div(*y)),
                                Bin::Rem if *y != 0 => Some(x.wrapping_rem(*y)),
                                _ => None,
                            },
                            _ => None,
                        };
                        match r {
                            Some(r) => {
                                g.stack.truncate(n - 1);
                                g.stack[n - 2] = Value::Int(r);
                            }
                            None => break Some(op),
                        }
                    }
                    Op::Cmp(c, Num::I64) => {
                        let n = g.stack.len();
                        let r = match (&g.stack[n - 2], &g.stack[n - 1]) {
                            (Value::Int(x), Value::Int(y)) => match c {
                                Cmp::Lt => x < y,
                                Cmp::Le => x <= y,
                                Cmp::Gt => x > y,
                                Cmp::Ge => x >= y,
                            },
                            _ => break Some(op),
                        };
                        g.stack.truncate(n - 1);
                        g.stack[n - 2] = Value::Bool(r);
                    }
                    Op::Eq | Op::Ne => {
                        let n = g.stack.len();
                        let r = match (&g.stack[n - 2], &g.stack[n - 1]) {
                            (Value::Int(x), Value::Int(y)) => (x == y) == matches!(op, Op::Eq),
                            _ => break Some(op),
                        };
                        g.stack.truncate(n - 1);
                        g.stack[n - 2] = Value::Bool(r);
                    }
                    _ => break Some(op),
                }
            };
            self.steps += ran;
            left -= ran;
            if let Some(f) = g.frames.last_mut() {
                f.pc = pc;
            }
            let Some(op) = op else {
                if self.steps >= self.limits.max_steps {
                    self.fatal_limit(&format!("instruction limit of {} reached", self.limits.max_steps));
                    return Exit::Done;
                }
                if left == 0 {
                    return Exit::Yield;
                }
                // Fell off the end of the code (cannot happen for checked code).
                return Exit::Done;
            };
            // Calls and plain returns without the general machinery.
            match op {
                Op::Call(idx, argc) if g.frames.len() < self.limits.max_call_depth => {
                    let b = g.stack.len() - *argc as usize;
                    let f = &prog.funcs[*idx as usize];
                    g.stack.resize(b + f.slots as usize, Value::Nil);
                    g.frames.push(Frame { func: *idx, pc: 0, base: b, drop: 0, closure: None, defers: Vec::new(), is_defer: false, unwinding: false, sync: false });
                }
                Op::Ret if g.frames.len() > 1 && g.frames.last().is_some_and(|f| f.defers.is_empty() && !f.sync && !f.is_defer) && func.boxed_results.is_empty() => {
                    let fr = g.frames.pop().unwrap_or_else(|| self.frame_for(fidx, base, 0, None));
                    let start = fr.base + func.params as usize;
                    let dst = fr.base - fr.drop;
                    let nres = func.results as usize;
                    for i in 0..nres {
                        g.stack.swap(dst + i, start + i);
                    }
                    g.stack.truncate(dst + nres);
                }
                _ => match self.op(g, op, stop_depth) {
                    Ok(None) => {}
                    Ok(Some(Exit::Block)) => {
                        if let Some(fr) = g.frames.last_mut() {
                            fr.pc -= 1;
                        }
                        return Exit::Block;
                    }
                    Ok(Some(e)) => return e,
                    Err(p) => {
                        if let Some(e) = self.start_panic(g, p, stop_depth) {
                            return e;
                        }
                    }
                },
            }
            // The instruction that left the inner loop was counted there.
            if left == 0 {
                return Exit::Yield;
            }
        }
    }

    /// Begins (or continues) unwinding `g` for panic `p`. `Some(exit)` if the goroutine cannot
    /// continue.
    pub(crate) fn start_panic(&mut self, g: &mut Goroutine, p: Panic, stop_depth: usize) -> Option<Exit> {
        if let Some(old) = g.panicking.take() {
            g.history.push((old, false));
        } else if let Some(r) = g.recovered.take() {
            let nil_err = |v: &Value| matches!(v, Value::Err(e) if matches!(&**e, ErrObj::Simple(m) if m == "runtime error: panic called with nil argument"));
            if r.equals(&p).unwrap_or(false) || nil_err(&r) && nil_err(&p) {
                g.repanicked = true;
            } else {
                g.history.push((r, true));
            }
        }
        g.panicking = Some(p);
        self.unwind(g, stop_depth)
    }

    fn unwind(&mut self, g: &mut Goroutine, stop_depth: usize) -> Option<Exit> {
        loop {
            if g.frames.len() <= stop_depth && stop_depth > 0 {
                return Some(Exit::Stop);
            }
            let Some(fr) = g.frames.last_mut() else {
                let v = g.panicking.clone().unwrap_or(Value::Nil);
                self.die(g, &v);
                return Some(Exit::Done);
            };
            if let Some((f, args)) = fr.defers.pop() {
                fr.unwinding = true;
                let argc = args.len();
                let depth = g.frames.len();
                g.stack.push(f);
                g.stack.extend(args);
                match self.call_value(g, argc, true) {
                    // A library function ran to completion: go on unwinding.
                    Ok(_) if g.frames.len() == depth => {
                        if g.panicking.is_none() {
                            return None;
                        }
                        continue;
                    }
                    Ok(_) => return None,
                    Err(p) => {
                        g.panicking = Some(p);
                        continue;
                    }
                }
            }
            let fr = g.frames.pop()?;
            g.stack.truncate(fr.base.saturating_sub(fr.drop));
            if fr.sync {
                return Some(Exit::Stop);
            }
            if g.frames.is_empty() {
                let v = g.panicking.clone().unwrap_or(Value::Nil);
                self.die(g, &v);
                return Some(Exit::Done);
            }
        }
    }

    /// Calls the function value below `argc` arguments on `g`'s stack.
    pub(crate) fn call_value(&mut self, g: &mut Goroutine, argc: usize, is_defer: bool) -> Result<Option<Exit>, Panic> {
        let fpos = g.stack.len() - argc - 1;
        let f = g.stack[fpos].clone();
        match f {
            Value::Func(c) => {
                let mut argc = argc;
                if let Some(r) = &c.recv {
                    g.stack.insert(fpos + 1, r.clone());
                    argc += 1;
                }
                let base = g.stack.len() - argc;
                self.enter(g, c.func, base, 1, Some(c.clone()), is_defer)?;
                Ok(None)
            }
            Value::Native(nf) => {
                let args: Vec<Value> = g.stack.split_off(fpos + 1);
                g.stack.pop();
                let res = self.call_native_fn(g, &nf, args)?;
                if !is_defer {
                    g.stack.extend(res);
                }
                Ok(None)
            }
            Value::Nil => Err(rt_err("invalid memory address or nil pointer dereference")),
            _ => Err(plain_err("call of non-function")),
        }
    }

    /// Pushes a frame for function `func` whose arguments start at `base`.
    pub(crate) fn enter(&mut self, g: &mut Goroutine, func: u32, base: usize, drop: usize, closure: Option<Rc<Closure>>, is_defer: bool) -> Result<(), Panic> {
        if g.frames.len() >= self.limits.max_call_depth {
            if self.exit.is_none() {
                self.stderr.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nruntime stack:\n");
                self.stderr.push_str(&format!("goroutine {} [running]:\n", g.id));
                self.exit = Some(2);
            }
            return Ok(());
        }
        let f = &self.prog.funcs[func as usize];
        g.stack.resize(base + f.slots as usize, Value::Nil);
        let mut fr = self.frame_for(func, base, drop, closure);
        fr.is_defer = is_defer;
        g.frames.push(fr);
        Ok(())
    }

    /// Sets up a goroutine's first call; false if the value cannot be called.
    pub(crate) fn push_call(&mut self, g: &mut Goroutine, argc: usize, _start: bool) -> bool {
        match self.call_value(g, argc, false) {
            Ok(_) => !g.frames.is_empty() || true,
            Err(_) => false,
        }
    }

    /// Calls function value `f` to completion on `g` (a String/Error method for fmt, a
    /// comparison...). A call that blocks is an error.
    pub(crate) fn call_sync(&mut self, g: &mut Goroutine, f: Value, args: Vec<Value>) -> Result<Vec<Value>, Panic> {
        let depth = g.frames.len();
        let sp = g.stack.len();
        g.stack.push(f);
        let argc = args.len();
        g.stack.extend(args);
        if let Value::Native(_) = &g.stack[sp] {
            self.call_value(g, argc, false)?;
            return Ok(g.stack.split_off(sp));
        }
        self.call_value(g, argc, false)?;
        if g.frames.len() == depth {
            return Ok(g.stack.split_off(sp));
        }
        if let Some(fr) = g.frames.last_mut() {
            fr.sync = true;
        }
        let saved_panic = g.panicking.take();
        let out = self.exec(g, u64::MAX, depth);
        let p = std::mem::replace(&mut g.panicking, saved_panic);
        match out {
            Exit::Stop if p.is_none() => Ok(g.stack.split_off(sp.min(g.stack.len()))),
            Exit::Stop => {
                g.stack.truncate(sp);
                Err(p.unwrap_or(Value::Nil))
            }
            Exit::Block => {
                g.frames.truncate(depth);
                g.stack.truncate(sp);
                Err(plain_err("gorun: a String or Error method blocked while printing (not supported here)"))
            }
            _ => Err(p.unwrap_or(Value::Nil)),
        }
    }

    fn ret(&mut self, g: &mut Goroutine, stop_depth: usize) -> Result<Option<Exit>, Panic> {
        let prog = self.prog.clone();
        let Some(fr) = g.frames.last_mut() else { return Ok(Some(Exit::Done)) };
        if let Some((f, args)) = fr.defers.pop() {
            fr.pc -= 1;
            let argc = args.len();
            g.stack.push(f);
            g.stack.extend(args);
            self.call_value(g, argc, true)?;
            return Ok(None);
        }
        let func = &prog.funcs[fr.func as usize];
        let start = fr.base + func.params as usize;
        let mut results = Vec::with_capacity(func.results as usize);
        for i in 0..func.results as usize {
            let v = g.stack.get(start + i).cloned().unwrap_or(Value::Nil);
            let v = if func.boxed_results.contains(&((func.params as usize + i) as u16)) {
                match v {
                    Value::Box(b) => b.borrow().clone(),
                    v => v,
                }
            } else {
                v
            };
            results.push(v);
        }
        let fr = g.frames.pop().ok_or_else(|| plain_err("no frame"))?;
        g.stack.truncate(fr.base.saturating_sub(fr.drop));
        if fr.sync {
            g.stack.extend(results);
            return Ok(Some(Exit::Stop));
        }
        if g.frames.is_empty() {
            if g.id == 1 && fr.func == self.prog.init_fn {
                // Should not happen: main's frame is below init's.
            }
            return Ok(Some(Exit::Done));
        }
        if !fr.is_defer {
            g.stack.extend(results);
        }
        let recovered = g.panicking.is_none();
        if let Some(caller) = g.frames.last_mut() {
            if caller.unwinding && fr.is_defer {
                if recovered {
                    g.recovered = None;
                    g.history.clear();
                    caller.unwinding = false;
                    let code_len = prog.funcs[caller.func as usize].code.len();
                    caller.pc = code_len - 1;
                } else if let Some(e) = self.unwind(g, stop_depth) {
                    return Ok(Some(e));
                }
            }
        }
        let _ = stop_depth;
        Ok(None)
    }

    fn pop(g: &mut Goroutine) -> Value {
        g.stack.pop().unwrap_or(Value::Nil)
    }

    fn local_slot(g: &Goroutine, s: u16) -> usize {
        g.frames.last().map(|f| f.base).unwrap_or(0) + s as usize
    }

    fn upval(g: &Goroutine, i: u16) -> Option<Rc<RefCell<Value>>> {
        g.frames.last().and_then(|f| f.closure.as_ref()).and_then(|c| c.captures.get(i as usize).cloned())
    }

    #[allow(clippy::too_many_lines)]
    fn op(&mut self, g: &mut Goroutine, op: &Op, stop_depth: usize) -> Result<Option<Exit>, Panic> {
        match op {
            Op::Nil => g.stack.push(Value::Nil),
            Op::Bool(b) => g.stack.push(Value::Bool(*b)),
            Op::Int(i) => g.stack.push(Value::Int(*i)),
            Op::Float(f) => g.stack.push(Value::Float(*f)),
            Op::Const(k) => {
                let fr = g.frames.last().ok_or_else(|| plain_err("no frame"))?;
                let v = self.prog.funcs[fr.func as usize].consts.get(*k as usize).cloned().unwrap_or(Value::Nil);
                g.stack.push(v);
            }
            Op::Zero(t) => {
                let v = self.zero(*t);
                g.stack.push(v);
            }
            Op::Pop => {
                g.stack.pop();
            }
            Op::Dup => {
                let v = g.stack.last().cloned().unwrap_or(Value::Nil);
                g.stack.push(v);
            }
            Op::Pick(n) => {
                let i = g.stack.len() - 1 - *n as usize;
                let v = g.stack[i].clone();
                g.stack.push(v);
            }
            Op::Swap => {
                let n = g.stack.len();
                g.stack.swap(n - 1, n - 2);
            }
            Op::Local(s) => {
                let v = g.stack[Self::local_slot(g, *s)].clone();
                g.stack.push(v);
            }
            Op::SetLocal(s) => {
                let v = Self::pop(g);
                let i = Self::local_slot(g, *s);
                g.stack[i] = v;
            }
            Op::NewBox(s) => {
                let v = Self::pop(g);
                let i = Self::local_slot(g, *s);
                g.stack[i] = Value::Box(Rc::new(RefCell::new(v)));
            }
            Op::LoadBox(s) => {
                let v = match &g.stack[Self::local_slot(g, *s)] {
                    Value::Box(b) => b.borrow().clone(),
                    v => v.clone(),
                };
                g.stack.push(v);
            }
            Op::StoreBox(s) => {
                let v = Self::pop(g);
                let i = Self::local_slot(g, *s);
                match &g.stack[i] {
                    Value::Box(b) => *b.borrow_mut() = v,
                    _ => g.stack[i] = Value::Box(Rc::new(RefCell::new(v))),
                }
            }
            Op::Upval(i) => {
                let v = Self::upval(g, *i).map(|b| b.borrow().clone()).unwrap_or(Value::Nil);
                g.stack.push(v);
            }
            Op::SetUpval(i) => {
                let v = Self::pop(g);
                if let Some(b) = Self::upval(g, *i) {
                    *b.borrow_mut() = v;
                }
            }
            Op::UpvalRef(i) => {
                let b = Self::upval(g, *i).map(Value::Box).unwrap_or(Value::Nil);
                g.stack.push(b);
            }
            Op::Global(n) => {
                let v = self.globals[*n as usize].borrow().clone();
                g.stack.push(v);
            }
            Op::SetGlobal(n) => {
                let v = Self::pop(g);
                *self.globals[*n as usize].borrow_mut() = v;
            }
            Op::GlobalRef(n) => g.stack.push(Value::Box(self.globals[*n as usize].clone())),
            Op::Copy => {
                let v = Self::pop(g);
                g.stack.push(v.copy());
            }
            Op::Bin(b, n) => {
                let r = Self::pop(g);
                let l = Self::pop(g);
                if let (Value::Str(x), Value::Str(y)) = (&l, &r) {
                    if x.len() + y.len() > self.max_alloc * 4 {
                        self.fatal_limit(&format!("a string grew past the interpreter's memory limit of {} bytes", self.max_alloc * 4));
                        return Ok(Some(Exit::Done));
                    }
                }
                g.stack.push(arith(*b, *n, l, r)?);
            }
            Op::Neg(n) => {
                let v = match Self::pop(g) {
                    Value::Int(i) => Value::Int(wrap(i.wrapping_neg(), *n)),
                    Value::Float(f) => Value::Float(-f),
                    v => v,
                };
                g.stack.push(v);
            }
            Op::Not => {
                let v = matches!(Self::pop(g), Value::Bool(true));
                g.stack.push(Value::Bool(!v));
            }
            Op::Compl(n) => {
                let v = Self::pop(g).as_int();
                g.stack.push(Value::Int(wrap(!v, *n)));
            }
            Op::Eq | Op::Ne => {
                let r = Self::pop(g);
                let l = Self::pop(g);
                let eq = match l.equals(&r) {
                    Ok(b) => b,
                    Err(_) => {
                        let t = self.dyn_type_name(&l);
                        return Err(rt_err(format!("comparing uncomparable type {t}")));
                    }
                };
                g.stack.push(Value::Bool(if matches!(op, Op::Eq) { eq } else { !eq }));
            }
            Op::Cmp(c, n) => {
                let r = Self::pop(g);
                let l = Self::pop(g);
                let ord = match (&l, &r) {
                    (Value::Int(a), Value::Int(b)) => {
                        if is_unsigned(*n) {
                            (*a as u64).partial_cmp(&(*b as u64))
                        } else {
                            a.partial_cmp(b)
                        }
                    }
                    (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
                    (Value::Str(a), Value::Str(b)) => a.as_bytes().partial_cmp(b.as_bytes()),
                    _ => None,
                };
                let res = match ord {
                    None => false,
                    Some(o) => match c {
                        Cmp::Lt => o.is_lt(),
                        Cmp::Le => o.is_le(),
                        Cmp::Gt => o.is_gt(),
                        Cmp::Ge => o.is_ge(),
                    },
                };
                g.stack.push(Value::Bool(res));
            }
            Op::Conv(c) => {
                let v = Self::pop(g);
                g.stack.push(convert(*c, v));
            }
            Op::ToIface(t) => {
                let v = Self::pop(g);
                let wrapped = match v {
                    v @ (Value::Ctx(_) | Value::Err(_)) if self.prog.types.is_interface(*t) => v,
                    Value::Nil if self.prog.types.is_interface(*t) => Value::Nil,
                    v @ Value::Iface(_) => v,
                    v @ (Value::Ctx(_) | Value::Err(_)) => v,
                    v => Value::Iface(Rc::new((*t, v))),
                };
                g.stack.push(wrapped);
            }
            Op::Jump(t) => {
                if let Some(f) = g.frames.last_mut() {
                    f.pc = *t as usize;
                }
            }
            Op::JumpIfFalse(t) => {
                if !matches!(Self::pop(g), Value::Bool(true)) {
                    if let Some(f) = g.frames.last_mut() {
                        f.pc = *t as usize;
                    }
                }
            }
            Op::JumpIfTrue(t) => {
                if matches!(Self::pop(g), Value::Bool(true)) {
                    if let Some(f) = g.frames.last_mut() {
                        f.pc = *t as usize;
                    }
                }
            }
            Op::Call(idx, argc) => {
                let base = g.stack.len() - *argc as usize;
                self.enter(g, *idx, base, 0, None, false)?;
            }
            Op::CallValue(argc) => return self.call_value(g, *argc as usize, false),
            Op::CallNative(id, argc) => {
                let at = g.stack.len() - *argc as usize;
                let args: Vec<Value> = g.stack[at..].to_vec();
                match self.native(g, *id, args)? {
                    Some(res) => {
                        g.stack.truncate(at);
                        g.stack.extend(res);
                    }
                    None => return Ok(Some(Exit::Block)),
                }
                if let Some(code) = self.exit {
                    let _ = code;
                    return Ok(Some(Exit::Done));
                }
            }
            Op::CallIface(name, argc) => {
                let fr = g.frames.last().ok_or_else(|| plain_err("no frame"))?;
                let name = self.prog.funcs[fr.func as usize].consts.get(*name as usize).map(|v| v.as_str().to_string()).unwrap_or_default();
                let at = g.stack.len() - *argc as usize - 1;
                let recv = g.stack[at].clone();
                let f = self.method_value(&recv, &name)?;
                g.stack[at] = f;
                return self.call_value(g, *argc as usize, false);
            }
            Op::Ret => return self.ret(g, stop_depth),
            Op::Closure(idx, n) => {
                let caps: Vec<Value> = g.stack.split_off(g.stack.len() - *n as usize);
                let captures = caps
                    .into_iter()
                    .map(|v| match v {
                        Value::Box(b) => b,
                        v => Rc::new(RefCell::new(v)),
                    })
                    .collect();
                g.stack.push(Value::Func(Rc::new(Closure { func: *idx, captures, recv: None })));
            }
            Op::Bind(idx) => {
                let r = Self::pop(g);
                g.stack.push(Value::Func(Rc::new(Closure { func: *idx, captures: vec![], recv: Some(r) })));
            }
            Op::BindIface(name) => {
                let fr = g.frames.last().ok_or_else(|| plain_err("no frame"))?;
                let name = self.prog.funcs[fr.func as usize].consts.get(*name as usize).map(|v| v.as_str().to_string()).unwrap_or_default();
                let r = Self::pop(g);
                let f = self.method_value(&r, &name)?;
                g.stack.push(f);
            }
            Op::Go(argc) => {
                let args = g.stack.split_off(g.stack.len() - *argc as usize);
                let f = Self::pop(g);
                if matches!(f, Value::Nil) {
                    return Err(rt_err("invalid memory address or nil pointer dereference"));
                }
                let pos = g.frames.last().map(|fr| self.prog.funcs[fr.func as usize].pos.get(fr.pc - 1).copied().unwrap_or_default()).unwrap_or_default();
                self.spawn(f, args, pos);
            }
            Op::Defer(argc) => {
                let args = g.stack.split_off(g.stack.len() - *argc as usize);
                let f = Self::pop(g);
                if let Some(fr) = g.frames.last_mut() {
                    fr.defers.push((f, args));
                }
            }
            Op::Panic => {
                let v = Self::pop(g);
                let v = if matches!(v, Value::Nil) { Value::Err(Rc::new(ErrObj::Simple("runtime error: panic called with nil argument".into()))) } else { v };
                return Err(v);
            }
            Op::Recover => {
                let n = g.frames.len();
                let ok = n >= 2 && g.frames[n - 1].is_defer && g.frames[n - 2].unwinding;
                let v = if ok { g.panicking.take().unwrap_or(Value::Nil) } else { Value::Nil };
                if ok {
                    g.recovered = Some(v.clone());
                }
                g.stack.push(v);
            }
            Op::MakeSlice(el) => {
                let cap = Self::pop(g).as_int();
                let len = Self::pop(g).as_int();
                if len < 0 {
                    return Err(rt_err("makeslice: len out of range"));
                }
                if cap < len {
                    return Err(rt_err("makeslice: cap out of range"));
                }
                if cap as u64 > self.max_alloc as u64 {
                    self.fatal_limit(&format!("make of {cap} elements exceeds the interpreter's memory limit of {} elements", self.max_alloc));
                    return Ok(Some(Exit::Done));
                }
                let z = self.zero(*el);
                let mut v = Vec::with_capacity(cap as usize);
                for _ in 0..cap {
                    v.push(z.copy());
                }
                g.stack.push(Value::Slice(Rc::new(SliceHdr { arr: Rc::new(RefCell::new(v)), off: 0, len: len as usize, cap: cap as usize })));
            }
            Op::MakeMap => g.stack.push(Value::Map(Rc::new(RefCell::new(MapObj::default())))),
            Op::MakeChan(el) => {
                let cap = Self::pop(g).as_int();
                let zero = self.zero(*el);
                if cap < 0 {
                    return Err(plain_err("makechan: size out of range"));
                }
                let id = self.next_chan;
                self.next_chan += 1;
                g.stack.push(Value::Chan(Rc::new(RefCell::new(super::value::ChanObj { id, cap: cap as usize, zero, ..Default::default() }))));
            }
            Op::SliceLit(n) => {
                let items = g.stack.split_off(g.stack.len() - *n as usize);
                g.stack.push(Value::slice(items));
            }
            Op::ArrayLit(n) => {
                let items = g.stack.split_off(g.stack.len() - *n as usize);
                g.stack.push(Value::Array(Rc::new(RefCell::new(items))));
            }
            Op::StructLit(n) => {
                let items = g.stack.split_off(g.stack.len() - *n as usize);
                g.stack.push(Value::Struct(Rc::new(RefCell::new(items))));
            }
            Op::MapLit(n) => {
                let items = g.stack.split_off(g.stack.len() - 2 * *n as usize);
                let mut m = MapObj::default();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    m.set(k, v);
                }
                g.stack.push(Value::Map(Rc::new(RefCell::new(m))));
            }
            Op::Field(i) => {
                let v = Self::pop(g);
                let f = match &v {
                    Value::Struct(s) | Value::PtrObj(s) => s.borrow().get(*i as usize).cloned().unwrap_or(Value::Nil),
                    Value::Box(b) => match &*b.borrow() {
                        Value::Struct(s) => s.borrow().get(*i as usize).cloned().unwrap_or(Value::Nil),
                        _ => Value::Nil,
                    },
                    Value::PtrElem(pe) => match pe.0.borrow().get(pe.1) {
                        Some(Value::Struct(s)) => s.borrow().get(*i as usize).cloned().unwrap_or(Value::Nil),
                        _ => Value::Nil,
                    },
                    Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
                    _ => Value::Nil,
                };
                g.stack.push(f);
            }
            Op::SetField(i) => {
                let v = Self::pop(g);
                let s = Self::pop(g);
                match &s {
                    Value::Struct(s) | Value::PtrObj(s) => {
                        if let Some(slot) = s.borrow_mut().get_mut(*i as usize) {
                            *slot = v;
                        }
                    }
                    Value::Box(b) => {
                        if let Value::Struct(s) = &*b.borrow() {
                            if let Some(slot) = s.borrow_mut().get_mut(*i as usize) {
                                *slot = v;
                            }
                        }
                    }
                    Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
                    _ => {}
                }
            }
            Op::FieldRef(i) => {
                let s = Self::pop(g);
                match s {
                    Value::Struct(s) | Value::PtrObj(s) => {
                        let fv = s.borrow().get(*i as usize).cloned();
                        match fv {
                            Some(Value::Struct(o) | Value::Array(o)) => g.stack.push(Value::PtrObj(o)),
                            Some(o @ Value::Obj(_)) => g.stack.push(o),
                            _ => g.stack.push(Value::PtrElem(Rc::new((s, *i as usize)))),
                        }
                    }
                    Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
                    _ => g.stack.push(Value::Nil),
                }
            }
            Op::Index => {
                let i = Self::pop(g).as_int();
                let c = Self::pop(g);
                let v = index(&c, i)?;
                g.stack.push(v);
            }
            Op::SetIndex => {
                let v = Self::pop(g);
                let i = Self::pop(g).as_int();
                let c = Self::pop(g);
                let (arr, at, len) = elem_loc(&c, i)?;
                if at >= len {
                    return Err(rt_err(format!("index out of range [{i}] with length {len}")));
                }
                arr.borrow_mut()[at] = v;
            }
            Op::IndexRef => {
                let i = Self::pop(g).as_int();
                let c = Self::pop(g);
                let (arr, at, len) = elem_loc(&c, i)?;
                if at >= len {
                    return Err(rt_err(format!("index out of range [{i}] with length {len}")));
                }
                let elem = arr.borrow()[at].clone();
                match elem {
                    Value::Struct(o) | Value::Array(o) => g.stack.push(Value::PtrObj(o)),
                    _ => g.stack.push(Value::PtrElem(Rc::new((arr, at)))),
                }
            }
            Op::MapGet(t) | Op::MapGetOk(t) => {
                let k = Self::pop(g);
                let m = Self::pop(g);
                let found = match &m {
                    Value::Map(m) => {
                        if let Value::Iface(iv) = &k {
                            if matches!(iv.1, Value::Slice(_) | Value::Map(_) | Value::Func(_)) {
                                let tn = self.prog.types.name(iv.0);
                                return Err(rt_err(format!("hash of unhashable type {tn}")));
                            }
                        }
                        m.borrow().get(&k).cloned()
                    }
                    _ => None,
                };
                let ok = found.is_some();
                let v = match found {
                    Some(v) => v,
                    None => self.zero(*t),
                };
                g.stack.push(v);
                if matches!(op, Op::MapGetOk(_)) {
                    g.stack.push(Value::Bool(ok));
                }
            }
            Op::MapSet => {
                let v = Self::pop(g);
                let k = Self::pop(g);
                let m = Self::pop(g);
                match m {
                    Value::Map(m) => {
                        if let Value::Iface(iv) = &k {
                            if matches!(iv.1, Value::Slice(_) | Value::Map(_) | Value::Func(_)) {
                                let tn = self.prog.types.name(iv.0);
                                return Err(rt_err(format!("hash of unhashable type {tn}")));
                            }
                        }
                        m.borrow_mut().set(k, v)
                    }
                    _ => return Err(plain_err("assignment to entry in nil map")),
                }
            }
            Op::MapDelete => {
                let k = Self::pop(g);
                if let Value::Map(m) = Self::pop(g) {
                    m.borrow_mut().delete(&k);
                }
            }
            Op::SliceExpr(flags) => {
                let max = if flags & 4 != 0 { Some(Self::pop(g).as_int()) } else { None };
                let hi = if flags & 2 != 0 { Some(Self::pop(g).as_int()) } else { None };
                let lo = if flags & 1 != 0 { Self::pop(g).as_int() } else { 0 };
                let c = Self::pop(g);
                g.stack.push(slice_expr(c, lo, hi, max)?);
            }
            Op::Len | Op::Cap => {
                let v = Self::pop(g);
                let cap = matches!(op, Op::Cap);
                let n = match &v {
                    Value::Str(s) => s.len(),
                    Value::Slice(h) => {
                        if cap {
                            h.cap
                        } else {
                            h.len
                        }
                    }
                    Value::Array(a) | Value::PtrObj(a) => a.borrow().len(),
                    Value::Map(m) => m.borrow().len,
                    Value::Chan(c) => {
                        if cap {
                            c.borrow().cap
                        } else {
                            c.borrow().buf.len()
                        }
                    }
                    _ => 0,
                };
                g.stack.push(Value::Int(n as i64));
            }
            Op::Append(n) => {
                let items = g.stack.split_off(g.stack.len() - *n as usize);
                let s = Self::pop(g);
                let v = append(s, items);
                if let Value::Slice(h) = &v {
                    if h.cap > self.max_alloc {
                        self.fatal_limit(&format!("a slice grew past the interpreter's memory limit of {} elements", self.max_alloc));
                        return Ok(Some(Exit::Done));
                    }
                }
                g.stack.push(v);
            }
            Op::AppendSpread => {
                let other = Self::pop(g);
                let s = Self::pop(g);
                let items = match &other {
                    Value::Str(st) => st.bytes().map(|b| Value::Int(b as i64)).collect(),
                    o => o.slice_items(),
                };
                let v = append(s, items);
                if let Value::Slice(h) = &v {
                    if h.cap > self.max_alloc {
                        self.fatal_limit(&format!("a slice grew past the interpreter's memory limit of {} elements", self.max_alloc));
                        return Ok(Some(Exit::Done));
                    }
                }
                g.stack.push(v);
            }
            Op::CopySlice => {
                let src = Self::pop(g);
                let dst = Self::pop(g);
                let items = match &src {
                    Value::Str(st) => st.bytes().map(|b| Value::Int(b as i64)).collect(),
                    o => o.slice_items(),
                };
                let mut n = 0;
                if let Value::Slice(h) = &dst {
                    n = h.len.min(items.len());
                    let mut arr = h.arr.borrow_mut();
                    for (i, it) in items.into_iter().take(n).enumerate() {
                        arr[h.off + i] = it;
                    }
                }
                g.stack.push(Value::Int(n as i64));
            }
            Op::Deref => {
                let p = Self::pop(g);
                let v = match p {
                    Value::Box(b) => b.borrow().clone(),
                    Value::PtrObj(o) => Value::Struct(o),
                    Value::PtrElem(pe) => pe.0.borrow().get(pe.1).cloned().unwrap_or(Value::Nil),
                    v @ Value::Obj(_) => v,
                    Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
                    v => v,
                };
                g.stack.push(v);
            }
            Op::StoreDeref => {
                let v = Self::pop(g);
                let p = Self::pop(g);
                match p {
                    Value::Box(b) => *b.borrow_mut() = v,
                    Value::PtrObj(o) => {
                        if let Value::Struct(src) | Value::Array(src) = v {
                            let items = src.borrow().clone();
                            *o.borrow_mut() = items;
                        }
                    }
                    Value::PtrElem(pe) => {
                        if let Some(slot) = pe.0.borrow_mut().get_mut(pe.1) {
                            *slot = v;
                        }
                    }
                    Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
                    _ => {}
                }
            }
            Op::Addr => {
                let v = Self::pop(g);
                let p = match v {
                    Value::Struct(s) | Value::Array(s) => Value::PtrObj(s),
                    v @ Value::Obj(_) => v,
                    v => Value::Box(Rc::new(RefCell::new(v))),
                };
                g.stack.push(p);
            }
            Op::Send => return self.op_send(g),
            Op::Recv(ok) => return self.op_recv(g, *ok),
            Op::Close => {
                let c = Self::pop(g);
                self.close_chan(c)?;
            }
            Op::Select(d) => return self.op_select(g, *d),
            Op::Assert(t, st, ok) => {
                let v = Self::pop(g);
                let (matches, inner) = self.assert_type(g, &v, *t);
                if *ok {
                    g.stack.push(if matches { inner } else { self.zero(*t) });
                    g.stack.push(Value::Bool(matches));
                } else if matches {
                    g.stack.push(inner);
                } else {
                    let sn = self.prog.types.name(*st);
                    let tn = self.prog.types.name(*t);
                    let dn = self.dyn_type_name(&v);
                    let msg = if matches!(v, Value::Nil) {
                        format!("interface conversion: interface is nil, not {tn}")
                    } else if self.prog.types.is_interface(*t) {
                        let missing = self.missing_method_rt(&v, *t);
                        format!("interface conversion: {dn} is not {tn}: missing method {missing}")
                    } else {
                        format!("interface conversion: {sn} is {dn}, not {tn}")
                    };
                    let msg = msg.replace("interface conversion: interface {} is", "interface conversion: interface {} is");
                    return Err(Value::Err(Rc::new(ErrObj::Simple(msg))));
                }
            }
            Op::IsType(t) => {
                let v = Self::pop(g);
                let (m, _) = self.assert_type(g, &v, *t);
                g.stack.push(Value::Bool(m));
            }
            Op::MapKeys => {
                let m = Self::pop(g);
                let mut keys: Vec<Value> = match &m {
                    Value::Map(m) => m.borrow().iter().map(|(k, _)| k.clone()).collect(),
                    _ => vec![],
                };
                // Go randomises map order: rotate by a seeded offset.
                if keys.len() > 1 {
                    let r = (self.rand() % keys.len() as u64) as usize;
                    keys.rotate_left(r);
                }
                g.stack.push(Value::slice(keys));
            }
            Op::DecodeRune => {
                let i = Self::pop(g).as_int() as usize;
                let s = Self::pop(g);
                let bytes = s.as_str().as_bytes();
                let (r, w) = decode_rune(&bytes[i.min(bytes.len())..]);
                g.stack.push(Value::Int(r as i64));
                g.stack.push(Value::Int(w as i64));
            }
            Op::Unreachable => return Err(plain_err("unreachable")),
        }
        Ok(None)
    }

    /// The method `name` of a dynamic value, bound to it.
    pub(crate) fn method_value(&mut self, recv: &Value, name: &str) -> Result<Value, Panic> {
        let (t, inner) = match recv {
            Value::Iface(iv) => (Some(iv.0), iv.1.clone()),
            Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
            v => (None, v.clone()),
        };
        match t {
            Some(t) => match self.prog.methods.get(&(t, name.to_string())) {
                Some((super::super::types::MethodTarget::Func(idx), deref)) => {
                    let r = if *deref { deref_value(&inner) } else { inner };
                    Ok(Value::Func(Rc::new(Closure { func: *idx, captures: vec![], recv: Some(r) })))
                }
                Some((super::super::types::MethodTarget::Native(id), deref)) => {
                    let r = if *deref { deref_value(&inner) } else { inner };
                    Ok(Value::Native(Rc::new(NativeFn::Bound(*id, r))))
                }
                None => Err(plain_err(format!("gorun: no method {name}"))),
            },
            None => {
                // Library values that are their own interface values: contexts and errors.
                let id = super::natives::lookup(&match recv {
                    Value::Ctx(_) => format!("ctx.{name}"),
                    _ => format!("err.{name}"),
                })
                .ok_or_else(|| plain_err(format!("gorun: no method {name}")))?;
                Ok(Value::Native(Rc::new(NativeFn::Bound(id, inner))))
            }
        }
    }

    /// Does dynamic value `v` have type `t` (or implement interface `t`)? Returns the value to
    /// use (unwrapped for a concrete type).
    pub(crate) fn assert_type(&mut self, _g: &mut Goroutine, v: &Value, t: TypeId) -> (bool, Value) {
        if self.prog.types.is_interface(t) {
            if matches!(v, Value::Nil) {
                return (false, Value::Nil);
            }
            let m = self.missing_method_rt(v, t);
            return (m.is_empty(), v.clone());
        }
        match v {
            Value::Iface(iv) if iv.0 == t => (true, iv.1.clone()),
            Value::Ctx(_) | Value::Err(_) => {
                let name = self.dyn_type_name(v);
                (name == self.prog.types.name(t), v.clone())
            }
            _ => (false, Value::Nil),
        }
    }

    /// The first method of interface `t` the dynamic value lacks ("" if none).
    pub(crate) fn missing_method_rt(&self, v: &Value, t: TypeId) -> String {
        let Type::Interface(ms) = self.prog.types.under(t) else { return String::new() };
        for (name, _) in ms {
            let has = match v {
                Value::Iface(iv) => self.prog.methods.contains_key(&(iv.0, name.clone())),
                Value::Ctx(_) => matches!(name.as_str(), "Deadline" | "Done" | "Err" | "Value" | "String"),
                Value::Err(e) => match &**e {
                    ErrObj::Deadline => matches!(name.as_str(), "Error" | "Timeout" | "Temporary"),
                    ErrObj::Wrap(_, w) if !w.is_empty() => matches!(name.as_str(), "Error" | "Unwrap"),
                    ErrObj::Join(_) => matches!(name.as_str(), "Error" | "Unwrap"),
                    _ => name == "Error",
                },
                _ => false,
            };
            if !has {
                return name.clone();
            }
        }
        String::new()
    }

    /// `%T` of a dynamic value.
    pub(crate) fn dyn_type_name(&self, v: &Value) -> String {
        match v {
            Value::Iface(iv) => self.prog.types.name(iv.0),
            Value::Nil => "<nil>".into(),
            Value::Ctx(id) => self.ctx_type_name(*id),
            Value::Err(e) => match &**e {
                ErrObj::Simple(s) if s.starts_with("runtime error: index") => "runtime.boundsError".into(),
                ErrObj::Simple(s) if s == "runtime error: panic called with nil argument" => "*runtime.PanicNilError".into(),
                ErrObj::Simple(s) if s.starts_with("runtime error") => "runtime.Error".into(),
                ErrObj::Simple(_) => "*errors.errorString".into(),
                ErrObj::Deadline => "context.deadlineExceededError".into(),
                ErrObj::Wrap(_, w) if w.len() == 1 => "*fmt.wrapError".into(),
                ErrObj::Wrap(_, w) if w.is_empty() => "*errors.errorString".into(),
                ErrObj::Wrap(..) => "*fmt.wrapErrors".into(),
                ErrObj::Join(_) => "*errors.joinError".into(),
                ErrObj::Num(_) => "*strconv.NumError".into(),
            },
            _ => "?".into(),
        }
    }

    /// The zero value of type `t`.
    pub(crate) fn zero(&self, t: TypeId) -> Value {
        match self.prog.types.under(t) {
            Type::Bool => Value::Bool(false),
            Type::Int { .. } => Value::Int(0),
            Type::Float(_) => Value::Float(0.0),
            Type::String => Value::str(""),
            Type::Struct(fs) => Value::Struct(Rc::new(RefCell::new(fs.iter().map(|f| self.zero(f.ty)).collect()))),
            Type::Array(n, el) => Value::Array(Rc::new(RefCell::new((0..*n).map(|_| self.zero(*el)).collect()))),
            Type::Opaque(name) => match *name {
                "sync.WaitGroup" => Value::Obj(Rc::new(RefCell::new(Object::WaitGroup(0, vec![])))),
                "sync.Mutex" | "sync.RWMutex" => Value::Obj(Rc::new(RefCell::new(Object::Mutex(false, 0, Default::default())))),
                "sync.Once" => Value::Obj(Rc::new(RefCell::new(Object::Once(false)))),
                "strings.Builder" => Value::Obj(Rc::new(RefCell::new(Object::Builder(String::new())))),
                "time.Time" => Value::Time(i64::MIN),
                _ => Value::Nil,
            },
            _ => Value::Nil,
        }
    }

    pub(crate) fn event_chan(&mut self, op: &'static str, id: u64) {
        self.event(EventKind::Chan { op, chan: id });
    }
}

pub(crate) fn deref_value(v: &Value) -> Value {
    match v {
        Value::Box(b) => b.borrow().clone(),
        Value::PtrObj(o) => Value::Struct(o.clone()).copy(),
        Value::PtrElem(pe) => pe.0.borrow().get(pe.1).cloned().unwrap_or(Value::Nil),
        v => v.clone(),
    }
}

fn arith(b: Bin, n: Num, l: Value, r: Value) -> Result<Value, Panic> {
    Ok(match (l, r) {
        (Value::Int(a), Value::Int(c)) => {
            let u = is_unsigned(n);
            let v = match b {
                Bin::Add => a.wrapping_add(c),
                Bin::Sub => a.wrapping_sub(c),
                Bin::Mul => a.wrapping_mul(c),
                Bin::Div | Bin::Rem => {
                    if c == 0 {
                        return Err(rt_err("integer divide by zero"));
                    }
                    if u {
                        let (x, y) = (a as u64, c as u64);
                        (if b == Bin::Div { x / y } else { x % y }) as i64
                    } else if b == Bin::Div {
                        a.wrapping_div(c)
                    } else {
                        a.wrapping_rem(c)
                    }
                }
                Bin::And => a & c,
                Bin::Or => a | c,
                Bin::Xor => a ^ c,
                Bin::AndNot => a & !c,
                Bin::Shl => {
                    if c < 0 {
                        return Err(rt_err("negative shift amount"));
                    }
                    if c >= 64 {
                        0
                    } else {
                        a.wrapping_shl(c as u32)
                    }
                }
                Bin::Shr => {
                    if c < 0 {
                        return Err(rt_err("negative shift amount"));
                    }
                    if u {
                        if c >= 64 {
                            0
                        } else {
                            ((a as u64) >> c) as i64
                        }
                    } else if c >= 64 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> c
                    }
                }
            };
            Value::Int(wrap(v, n))
        }
        (Value::Float(a), Value::Float(c)) => Value::Float(match b {
            Bin::Add => a + c,
            Bin::Sub => a - c,
            Bin::Mul => a * c,
            Bin::Div => a / c,
            _ => 0.0,
        }),
        (Value::Float(a), Value::Int(c)) => arith(b, n, Value::Float(a), Value::Float(c as f64))?,
        (Value::Int(a), Value::Float(c)) => arith(b, n, Value::Float(a as f64), Value::Float(c))?,
        (Value::Str(a), Value::Str(c)) => {
            let mut s = String::with_capacity(a.len() + c.len());
            s.push_str(&a);
            s.push_str(&c);
            Value::Str(Rc::from(s.as_str()))
        }
        (l, _) => l,
    })
}

fn convert(c: Conv, v: Value) -> Value {
    match c {
        Conv::IntToInt(n) => Value::Int(wrap(v.as_int(), n)),
        Conv::IntToFloat => Value::Float(match v {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
            _ => 0.0,
        }),
        Conv::FloatToInt(n) => Value::Int(wrap(
            match v {
                Value::Float(f) => f as i64,
                v => v.as_int(),
            },
            n,
        )),
        Conv::RuneToStr => Value::str(&char::from_u32(v.as_int() as u32).unwrap_or('\u{FFFD}').to_string()),
        Conv::StrToBytes => Value::slice(v.as_str().bytes().map(|b| Value::Int(b as i64)).collect()),
        Conv::StrToRunes => Value::slice(v.as_str().chars().map(|c| Value::Int(c as i64)).collect()),
        Conv::BytesToStr => {
            let b: Vec<u8> = v.slice_items().iter().map(|x| x.as_int() as u8).collect();
            Value::str(&String::from_utf8_lossy(&b))
        }
        Conv::RunesToStr => Value::str(&v.slice_items().iter().map(|x| char::from_u32(x.as_int() as u32).unwrap_or('\u{FFFD}')).collect::<String>()),
    }
}

fn index(c: &Value, i: i64) -> Result<Value, Panic> {
    match c {
        Value::Str(s) => {
            let b = s.as_bytes();
            if i < 0 || i as usize >= b.len() {
                return Err(rt_err(format!("index out of range [{i}] with length {}", b.len())));
            }
            Ok(Value::Int(b[i as usize] as i64))
        }
        _ => {
            let (arr, at, len) = elem_loc(c, i)?;
            if at >= len {
                return Err(rt_err(format!("index out of range [{i}] with length {len}")));
            }
            let v = arr.borrow()[at].clone();
            Ok(v)
        }
    }
}

/// (backing array, absolute index, absolute end) of element `i`.
fn elem_loc(c: &Value, i: i64) -> Result<(Rc<RefCell<Vec<Value>>>, usize, usize), Panic> {
    match c {
        Value::Slice(h) => {
            if i < 0 || i as usize >= h.len {
                return Err(rt_err(format!("index out of range [{i}] with length {}", h.len)));
            }
            Ok((h.arr.clone(), h.off + i as usize, h.off + h.len))
        }
        Value::Array(a) | Value::PtrObj(a) => {
            let n = a.borrow().len();
            if i < 0 || i as usize >= n {
                return Err(rt_err(format!("index out of range [{i}] with length {n}")));
            }
            Ok((a.clone(), i as usize, n))
        }
        Value::Nil => Err(rt_err(format!("index out of range [{i}] with length 0"))),
        _ => Err(rt_err("index of non-indexable value")),
    }
}

fn slice_expr(c: Value, lo: i64, hi: Option<i64>, max: Option<i64>) -> Result<Value, Panic> {
    match c {
        Value::Str(s) => {
            let n = s.len() as i64;
            let hi = hi.unwrap_or(n);
            if hi < 0 || hi > n {
                return Err(rt_err(format!("slice bounds out of range [:{hi}] with length {n}")));
            }
            if lo < 0 || lo > hi {
                return Err(rt_err(format!("slice bounds out of range [{lo}:{hi}]")));
            }
            let b = &s.as_bytes()[lo as usize..hi as usize];
            Ok(Value::str(&String::from_utf8_lossy(b)))
        }
        Value::Slice(h) => {
            let cap = h.cap as i64;
            let hi = hi.unwrap_or(h.len as i64);
            let max = max.unwrap_or(cap);
            if max < 0 || max > cap {
                return Err(rt_err(format!("slice bounds out of range [::{max}] with capacity {cap}")));
            }
            if hi < 0 || hi > max {
                return Err(rt_err(format!("slice bounds out of range [:{hi}] with capacity {cap}")));
            }
            if lo < 0 || lo > hi {
                return Err(rt_err(format!("slice bounds out of range [{lo}:{hi}]")));
            }
            Ok(Value::Slice(Rc::new(SliceHdr { arr: h.arr.clone(), off: h.off + lo as usize, len: (hi - lo) as usize, cap: (max - lo) as usize })))
        }
        Value::Array(a) | Value::PtrObj(a) => {
            let n = a.borrow().len() as i64;
            let hi = hi.unwrap_or(n);
            let max = max.unwrap_or(n);
            if hi < 0 || hi > max || max > n {
                return Err(rt_err(format!("slice bounds out of range [:{hi}] with length {n}")));
            }
            if lo < 0 || lo > hi {
                return Err(rt_err(format!("slice bounds out of range [{lo}:{hi}]")));
            }
            Ok(Value::Slice(Rc::new(SliceHdr { arr: a, off: lo as usize, len: (hi - lo) as usize, cap: (max - lo) as usize })))
        }
        Value::Nil => {
            if lo == 0 && hi.unwrap_or(0) == 0 {
                Ok(Value::Nil)
            } else {
                Err(rt_err(format!("slice bounds out of range [:{}] with capacity 0", hi.unwrap_or(0))))
            }
        }
        _ => Ok(Value::Nil),
    }
}

/// Go's append: in place when capacity allows, else a new array growing like Go's.
pub(crate) fn append(s: Value, items: Vec<Value>) -> Value {
    if items.is_empty() {
        return s;
    }
    match s {
        Value::Slice(h) => {
            let need = h.len + items.len();
            if need <= h.cap {
                {
                    let mut arr = h.arr.borrow_mut();
                    for (k, it) in items.into_iter().enumerate() {
                        let at = h.off + h.len + k;
                        if at < arr.len() {
                            arr[at] = it;
                        } else {
                            arr.push(it);
                        }
                    }
                }
                Value::Slice(Rc::new(SliceHdr { arr: h.arr.clone(), off: h.off, len: need, cap: h.cap }))
            } else {
                let mut cap = if h.cap < 256 { h.cap * 2 } else { h.cap + (h.cap + 768) / 4 };
                if cap < need {
                    cap = need;
                }
                let mut v = Vec::with_capacity(cap);
                v.extend_from_slice(&h.arr.borrow()[h.off..h.off + h.len]);
                v.extend(items);
                let len = v.len();
                let filler = v.last().map(zero_like).unwrap_or(Value::Nil);
                v.resize(cap, filler);
                Value::Slice(Rc::new(SliceHdr { arr: Rc::new(RefCell::new(v)), off: 0, len, cap }))
            }
        }
        _ => {
            let len = items.len();
            Value::Slice(Rc::new(SliceHdr { arr: Rc::new(RefCell::new(items)), off: 0, len, cap: len }))
        }
    }
}

/// A zero value of the same kind as `v` (fills the spare capacity of a grown slice).
fn zero_like(v: &Value) -> Value {
    match v {
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        Value::Str(_) => Value::str(""),
        Value::Struct(s) => Value::Struct(Rc::new(RefCell::new(s.borrow().iter().map(zero_like).collect()))),
        Value::Array(s) => Value::Array(Rc::new(RefCell::new(s.borrow().iter().map(zero_like).collect()))),
        Value::Time(_) => Value::Time(i64::MIN),
        _ => Value::Nil,
    }
}

fn decode_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 1);
    }
    let w = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(..w).and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.chars().next()) {
        Some(c) => (c as u32, w),
        None => (0xFFFD, 1),
    }
}
