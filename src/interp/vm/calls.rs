//! Calls and returns: entering frames, calling function values (closures, bound methods,
//! library functions), deferred calls, panics unwinding through defers, recover's bookkeeping,
//! and calls the VM makes itself (String and Error methods for fmt).

use super::errors::{plain_err, rt_err, Panic};
use super::exec::Exit;
use super::value::{Closure, ErrObj, Value};
use super::{Goroutine, Machine};
use std::rc::Rc;

impl Machine {
    /// Begins (or continues) unwinding `g` for panic `p`. `Some(exit)` if the goroutine cannot
    /// continue.
    pub(crate) fn start_panic(&mut self, g: &mut Goroutine, p: Panic, stop_depth: usize) -> Option<Exit> {
        if std::mem::take(&mut g.goexit_start) {
            g.goexiting = true;
            g.panicking = Some(Value::Nil);
            return self.unwind(g, stop_depth);
        }
        if g.goexiting {
            // A panic in a deferred call during Goexit replaces it.
            g.goexiting = false;
            g.panicking = None;
        }
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

    pub(crate) fn unwind(&mut self, g: &mut Goroutine, stop_depth: usize) -> Option<Exit> {
        loop {
            if g.frames.len() <= stop_depth && stop_depth > 0 {
                return Some(Exit::Stop);
            }
            let Some(fr) = g.frames.last_mut() else {
                if !g.goexiting {
                    let v = g.panicking.clone().unwrap_or(Value::Nil);
                    self.die(g, &v);
                }
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
            super::value::truncate(&mut g.stack, fr.base.saturating_sub(fr.drop));
            if fr.sync {
                return Some(Exit::Stop);
            }
            if g.frames.is_empty() {
                if !g.goexiting {
                    let v = g.panicking.clone().unwrap_or(Value::Nil);
                    self.die(g, &v);
                }
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
        // A String method that prints its own receiver recurses forever in Go (a stack
        // overflow); here each level nests the host's stack, so stop early with Go's error.
        if self.sync_depth >= 24 {
            if self.exit.is_none() {
                self.stderr.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n");
                self.exit = Some(2);
            }
            return Err(plain_err("stack overflow"));
        }
        self.sync_depth += 1;
        let r = self.call_sync_inner(g, f, args);
        self.sync_depth -= 1;
        r
    }

    fn call_sync_inner(&mut self, g: &mut Goroutine, f: Value, args: Vec<Value>) -> Result<Vec<Value>, Panic> {
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

    pub(crate) fn ret(&mut self, g: &mut Goroutine, stop_depth: usize) -> Result<Option<Exit>, Panic> {
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
        super::value::truncate(&mut g.stack, fr.base.saturating_sub(fr.drop));
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
}
