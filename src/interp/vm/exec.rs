//! The instruction loop: runs one goroutine for a budget of instructions, calls and returns,
//! deferred calls, panics and their unwinding through defers, recover.

use super::super::bytecode::{Bin, Cmp, Num, Op};
use super::super::trace::EventKind;
use super::value::{Closure, ErrObj, MapObj, SliceHdr, Value};
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

use super::arith::{append, arith, convert, decode_rune, elem_loc, index, slice_expr, wrap, is_unsigned};
use super::errors::{plain_err, rt_err, Panic};

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
                        let old = std::mem::replace(&mut g.stack[base + *sl as usize], v);
                        if super::value::is_sole_container(&old) {
                            super::value::dismantle(vec![old]);
                        }
                    }
                    Op::Int(i) => g.stack.push(Value::Int(*i)),
                    Op::LocalIntCmpJump(sl, k, c, t) => {
                        let x = match &g.stack[base + *sl as usize] {
                            Value::Int(x) => *x,
                            _ => 0,
                        };
                        let k = *k as i64;
                        let r = match c {
                            Cmp::Lt => x < k,
                            Cmp::Le => x <= k,
                            Cmp::Gt => x > k,
                            Cmp::Ge => x >= k,
                        };
                        pc = if r { pc + 3 } else { *t as usize };
                        ran += 3;
                    }
                    Op::LocalLocalBin(a, _, op2) | Op::LocalIntBin(a, _, op2) => {
                        let x = match &g.stack[base + *a as usize] {
                            Value::Int(x) => *x,
                            _ => 0,
                        };
                        let y = match op {
                            Op::LocalLocalBin(_, b, _) => match &g.stack[base + *b as usize] {
                                Value::Int(y) => *y,
                                _ => 0,
                            },
                            Op::LocalIntBin(_, k, _) => *k as i64,
                            _ => 0,
                        };
                        let r = match op2 {
                            Bin::Add => x.wrapping_add(y),
                            Bin::Sub => x.wrapping_sub(y),
                            Bin::Mul => x.wrapping_mul(y),
                            Bin::And => x & y,
                            Bin::Or => x | y,
                            _ => x ^ y,
                        };
                        g.stack.push(Value::Int(r));
                        pc += 2;
                        ran += 2;
                    }
                    Op::Bool(b) => g.stack.push(Value::Bool(*b)),
                    Op::Pop => {
                        if let Some(old) = g.stack.pop() {
                            if super::value::is_sole_container(&old) {
                                super::value::dismantle(vec![old]);
                            }
                        }
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
            left = left.saturating_sub(ran);
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
                    super::value::truncate(&mut g.stack, dst + nres);
                }
                _ => match {
                    self.cur_pos = if func.library { self.program_pos(g) } else { func.pos.get(pc.saturating_sub(1)).copied().unwrap_or_default() };
                    self.op(g, op, stop_depth)
                } {
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
                let ok = n >= 2 && g.frames[n - 1].is_defer && g.frames[n - 2].unwinding && !g.goexiting;
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
            Op::LocalIntCmpJump(..) | Op::LocalLocalBin(..) | Op::LocalIntBin(..) => return Err(plain_err("gorun: fused instruction outside the fast loop")),
        }
        Ok(None)
    }

    pub(crate) fn event_chan(&mut self, op: &'static str, id: u64) {
        self.event(EventKind::Chan { op, chan: id });
    }
}
