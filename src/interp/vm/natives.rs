//! The library's natives: a table of qualified names (`time.Sleep`, `sync.WaitGroup.Add`,
//! `ctx.Done` for a context's methods) to ids, and the dispatcher. Blocking natives (Sleep,
//! Lock, Wait) park the goroutine and finish when it is resumed.

use super::errors::{plain_err, Panic};
use super::value::{ErrObj, NativeFn, Object, Value};
use super::{Goroutine, Machine, Resume, TimerKind};
use std::cell::RefCell;
use std::rc::Rc;

/// `(id)`: turns a native id into a function value.
pub const FUNC_VALUE: u16 = 0;
/// `(recv, id)`: binds a library method to its receiver.
pub const BIND_NATIVE: u16 = 1;

/// Every native, by qualified name; the index is the id.
pub const NAMES: &[&str] = &[
    "builtin.funcvalue", "builtin.bind", "builtin.print", "builtin.println", "builtin.min", "builtin.max",
    "builtin.close", "builtin.panic", "builtin.clear",
    "fmt.Println", "fmt.Print", "fmt.Printf", "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "fmt.Errorf",
    "errors.New", "errors.Is", "errors.As", "errors.Unwrap", "errors.Join",
    "os.Exit", "os.Args", "os.Stdout", "os.Stderr",
    "time.Sleep", "time.Now", "time.Since", "time.Until", "time.After", "time.Tick", "time.NewTimer",
    "time.NewTicker", "time.AfterFunc", "time.Unix",
    "time.Duration.String", "time.Duration.Seconds", "time.Duration.Milliseconds", "time.Duration.Microseconds",
    "time.Duration.Nanoseconds", "time.Duration.Minutes", "time.Duration.Hours", "time.Duration.Truncate",
    "time.Duration.Round", "time.Duration.Abs",
    "time.Time.Add", "time.Time.Sub", "time.Time.Before", "time.Time.After", "time.Time.Equal", "time.Time.IsZero",
    "time.Time.Format", "time.Time.String", "time.Time.Unix", "time.Time.UnixNano", "time.Time.UnixMilli",
    "time.Time.Year", "time.Time.Hour", "time.Time.Minute", "time.Time.Second", "time.Time.Nanosecond", "time.Time.Truncate",
    "time.Timer.Stop", "time.Timer.Reset", "time.Ticker.Stop", "time.Ticker.Reset",
    "sync.WaitGroup.Add", "sync.WaitGroup.Done", "sync.WaitGroup.Wait", "sync.WaitGroup.Go",
    "sync.Mutex.Lock", "sync.Mutex.Unlock", "sync.Mutex.TryLock",
    "sync.RWMutex.Lock", "sync.RWMutex.Unlock", "sync.RWMutex.RLock", "sync.RWMutex.RUnlock", "sync.Once.Do",
    "context.Background", "context.TODO", "context.WithCancel", "context.WithCancelCause", "context.WithDeadline",
    "context.WithDeadlineCause", "context.WithTimeout", "context.WithTimeoutCause", "context.WithValue",
    "context.WithoutCancel", "context.Cause", "context.AfterFunc", "context.Canceled", "context.DeadlineExceeded",
    "ctx.Deadline", "ctx.Done", "ctx.Err", "ctx.Value", "ctx.String",
    "err.Error", "err.Unwrap", "err.Timeout", "err.Temporary",
    "strings.Contains", "strings.ContainsRune", "strings.HasPrefix", "strings.HasSuffix", "strings.Index",
    "strings.Join", "strings.Split", "strings.Fields", "strings.Repeat", "strings.Replace", "strings.ReplaceAll",
    "strings.ToUpper", "strings.ToLower", "strings.TrimSpace", "strings.Trim", "strings.TrimPrefix",
    "strings.TrimSuffix", "strings.Count", "strings.EqualFold", "strings.Title",
    "strings.Builder.WriteString", "strings.Builder.WriteByte", "strings.Builder.WriteRune", "strings.Builder.String",
    "strings.Builder.Len", "strings.Builder.Reset",
    "strconv.Itoa", "strconv.Atoi", "strconv.ParseInt", "strconv.ParseBool", "strconv.ParseFloat",
    "strconv.FormatInt", "strconv.FormatBool", "strconv.Quote", "strconv.ErrSyntax", "strconv.ErrRange",
    "strconv.NumError.Error", "strconv.NumError.Unwrap", "strconv.FormatFloat",
    "strings.LastIndex", "strings.IndexByte", "strings.Cut", "strings.SplitN", "strings.ContainsAny", "strings.Map",
    "math/rand.NewSource", "math/rand.New", "math/rand.Rand.Intn", "math/rand.Rand.Int", "math/rand.Rand.Int63",
    "math/rand.Rand.Float64", "math/rand.Rand.Perm", "time.Timer.C",
    "math/rand.Intn", "math/rand.Int", "math/rand.Int63", "math/rand.Float64", "math/rand.Seed",
    "math/rand.Shuffle", "math/rand.Perm",
    "sort.Strings", "sort.Ints", "sort.Float64s", "sort.Slice", "sort.SliceStable", "sort.SearchInts",
    "math.Sqrt", "math.Abs", "math.Floor", "math.Ceil", "math.Max", "math.Min", "math.Pow", "math.Inf",
    "os.File.Write", "os.File.WriteString", "strings.Builder.Write", "net/http.relevantCaller",
    "syscall.Exit", "os/signal.nameContext", "testing.goexit", "testing.helper", "testing.caller",
];

/// The id of a native by its qualified name.
pub fn lookup(name: &str) -> Option<u16> {
    NAMES.iter().position(|n| *n == name).map(|i| i as u16)
}

pub(crate) fn name(id: u16) -> &'static str {
    NAMES.get(id as usize).copied().unwrap_or("")
}

/// A native's outcome: values, or `None` when the goroutine parked.
pub(crate) type NR = Result<Option<Vec<Value>>, Panic>;

fn one(v: Value) -> NR {
    Ok(Some(vec![v]))
}

fn none() -> NR {
    Ok(Some(vec![]))
}

/// The text of a `[]byte` (invalid UTF-8 replaced, as this VM's strings are UTF-8).
pub(crate) fn bytes_text(b: &Value) -> String {
    let bytes: Vec<u8> = b.slice_items().iter().map(|v| v.as_int() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Nil)
}

impl Machine {
    /// Calls a library function value (cancel functions, bound methods) to completion.
    pub(crate) fn call_native_fn(&mut self, g: &mut Goroutine, nf: &NativeFn, args: Vec<Value>) -> Result<Vec<Value>, Panic> {
        let res = match nf {
            NativeFn::Cancel(node) => {
                self.ctx_cancel(*node, None, false);
                Some(vec![])
            }
            NativeFn::CancelCause(node) => {
                self.ctx_cancel(*node, Some(arg(&args, 0)), true);
                Some(vec![])
            }
            NativeFn::StopAfterFunc(id) => {
                let stopped = self.engine.stop_after_func(crate::engine::AfterFuncId(*id)).unwrap_or(false);
                self.drain_engine_events();
                Some(vec![Value::Bool(stopped)])
            }
            NativeFn::Bound(id, recv) => {
                let mut a = vec![recv.clone()];
                a.extend(args);
                self.native(g, *id, a)?
            }
            NativeFn::Plain(id) => self.native(g, *id, args)?,
        };
        match res {
            Some(v) => Ok(v),
            None => {
                // A blocking library call used as a value (e.g. `defer wg.Wait()`): run it by
                // parking is not possible here.
                g.resume = None;
                Err(plain_err("gorun: this blocking call cannot be deferred or used as a value here"))
            }
        }
    }

    /// Runs native `id` with `args` (the receiver first for methods).
    pub(crate) fn native(&mut self, g: &mut Goroutine, id: u16, args: Vec<Value>) -> NR {
        let n = name(id);
        match n {
            "builtin.funcvalue" => one(Value::Native(Rc::new(NativeFn::Plain(arg(&args, 0).as_int() as u16)))),
            "builtin.bind" => one(Value::Native(Rc::new(NativeFn::Bound(arg(&args, 1).as_int() as u16, arg(&args, 0))))),
            "builtin.print" | "builtin.println" => {
                let items = arg(&args, 0).slice_items();
                let parts: Vec<String> = items.iter().map(|v| self.format_builtin(v)).collect();
                let s = if n == "builtin.println" { format!("{}\n", parts.join(" ")) } else { parts.concat() };
                self.write(2, &s);
                none()
            }
            "builtin.min" | "builtin.max" => {
                let items = arg(&args, 0).slice_items();
                let mut best = items.first().cloned().unwrap_or(Value::Nil);
                for v in items.iter().skip(1) {
                    let less = match (v, &best) {
                        (Value::Int(a), Value::Int(b)) => a < b,
                        (Value::Float(a), Value::Float(b)) => a < b,
                        (Value::Str(a), Value::Str(b)) => a < b,
                        _ => false,
                    };
                    if less == (n == "builtin.min") {
                        best = v.clone();
                    }
                }
                one(best)
            }
            "builtin.close" => {
                self.close_chan(arg(&args, 0))?;
                none()
            }
            "builtin.panic" => Err(arg(&args, 0)),
            "builtin.clear" => {
                match arg(&args, 0) {
                    Value::Map(m) => *m.borrow_mut() = Default::default(),
                    Value::Slice(h) => {
                        let mut arr = h.arr.borrow_mut();
                        for v in arr[h.off..h.off + h.len].iter_mut() {
                            *v = super::arith::zero_like(v);
                        }
                    }
                    _ => {}
                }
                none()
            }
            _ if n.starts_with("fmt.") => self.native_fmt(g, n, args),
            "errors.New" => one(Value::Err(Rc::new(ErrObj::Simple(arg(&args, 0).as_str().to_string())))),
            "errors.Is" => {
                let r = self.errors_is(g, &arg(&args, 0), &arg(&args, 1))?;
                one(Value::Bool(r))
            }
            "errors.As" => {
                let r = self.errors_as(g, &arg(&args, 0), &arg(&args, 1))?;
                one(Value::Bool(r))
            }
            "errors.Unwrap" => {
                let r = self.unwrap_err(g, &arg(&args, 0))?;
                one(match r.as_slice() {
                    [one] => one.clone(),
                    _ => Value::Nil,
                })
            }
            "errors.Join" => {
                let errs: Vec<Value> = arg(&args, 0).slice_items().into_iter().filter(|e| !matches!(e, Value::Nil)).collect();
                one(if errs.is_empty() { Value::Nil } else { Value::Err(Rc::new(ErrObj::Join(errs))) })
            }
            "os.Exit" => {
                self.exit = Some(arg(&args, 0).as_int() as i32);
                none()
            }
            "os.Args" => {
                let mut v = vec![Value::str("/tmp/prog")];
                v.extend(self.args.iter().map(|a| Value::str(a)));
                one(Value::slice(v))
            }
            "os.Stdout" => one(self.stdout_obj.clone()),
            "os.Stderr" => one(self.stderr_obj.clone()),
            "net/http.relevantCaller" => {
                // The program's function that called into net/http, as its logs name it:
                // `main.handler (main.go:12)`.
                let name = g.frames.iter().rev().map(|fr| &self.prog.funcs[fr.func as usize]).find(|f| !f.library).map(|f| f.name.clone());
                let line = self.program_pos(g).line;
                let file = self.prog.filename.rsplit('/').next().unwrap_or(&self.prog.filename).to_string();
                one(Value::str(&name.map(|n| format!("{n} ({file}:{line})")).unwrap_or_default()))
            }
            "os.File.Write" | "os.File.WriteString" => {
                let f = arg(&args, 0);
                let fd = if f.equals(&self.stderr_obj).unwrap_or(false) {
                    2
                } else if f.equals(&self.stdout_obj).unwrap_or(false) {
                    1
                } else {
                    return Err(super::errors::rt_err("invalid memory address or nil pointer dereference"));
                };
                let (text, len) = if n == "os.File.Write" {
                    (bytes_text(&arg(&args, 1)), arg(&args, 1).slice_items().len())
                } else {
                    (arg(&args, 1).as_str().to_string(), arg(&args, 1).as_str().len())
                };
                self.write(fd, &text);
                Ok(Some(vec![Value::Int(len as i64), Value::Nil]))
            }
            _ if n.starts_with("time.") => self.native_time(g, n, args),
            _ if n.starts_with("sort.") => self.native_sort(g, n, args),
            _ if n.starts_with("sync.") => self.native_sync(g, n, args),
            _ if n.starts_with("context.") || n.starts_with("ctx.") => self.native_ctx(g, n, args),
            _ if n.starts_with("syscall.") || n.starts_with("os/signal.") || n.starts_with("testing.") => self.native_sys(g, n, args),
            "err.Error" => {
                let s = self.error_text(g, &arg(&args, 0))?;
                one(Value::str(&s))
            }
            "err.Unwrap" => {
                let r = self.unwrap_err(g, &arg(&args, 0))?;
                one(r.into_iter().next().unwrap_or(Value::Nil))
            }
            "err.Timeout" | "err.Temporary" => one(Value::Bool(matches!(arg(&args, 0), Value::Err(e) if matches!(*e, ErrObj::Deadline)))),

            _ => self.native_lib(g, n, args),
        }
    }

    fn native_time(&mut self, g: &mut Goroutine, n: &str, args: Vec<Value>) -> NR {
        let a0 = arg(&args, 0);
        let now = self.now();
        let t_of = |v: &Value| match v {
            Value::Time(t) => *t,
            _ => i64::MIN,
        };
        match n {
            "time.Sleep" => {
                if g.resume.take().is_some() {
                    return none();
                }
                let d = a0.as_int();
                if d <= 0 {
                    return none();
                }
                self.add_timer(now.saturating_add(d), 0, TimerKind::Wake(g.id));
                self.park(g, "sleep");
                Ok(None)
            }
            "time.Now" => one(Value::Time(now)),
            "time.Since" => one(Value::Int(now - t_of(&a0))),
            "time.Until" => one(Value::Int(t_of(&a0) - now)),
            "time.After" | "time.Tick" | "time.NewTimer" | "time.NewTicker" => {
                let d = a0.as_int();
                let ch = self.new_chan(1, Value::Time(i64::MIN));
                let period = if n == "time.Tick" || n == "time.NewTicker" { d.max(1) } else { 0 };
                if period > 0 && d <= 0 && n == "time.NewTicker" {
                    return Err(plain_err("non-positive interval for NewTicker"));
                }
                let id = self.add_timer(now.saturating_add(d.max(0)), period, TimerKind::Send(ch.clone()));
                match n {
                    "time.After" | "time.Tick" => one(ch),
                    _ => one(Value::Obj(Rc::new(RefCell::new(Object::Timer(ch, id))))),
                }
            }
            "time.AfterFunc" => {
                let f = arg(&args, 1);
                let id = self.add_timer(now.saturating_add(a0.as_int().max(0)), 0, TimerKind::Func(f));
                one(Value::Obj(Rc::new(RefCell::new(Object::Timer(Value::Nil, id)))))
            }
            "time.Unix" => {
                let epoch = self.engine.time_format().epoch_unix;
                one(Value::Time((a0.as_int() - epoch) * 1_000_000_000 + arg(&args, 1).as_int()))
            }
            "time.Duration.String" => one(Value::str(&crate::engine::Duration(a0.as_int()).to_string())),
            "time.Duration.Seconds" => one(Value::Float(a0.as_int() as f64 / 1e9)),
            "time.Duration.Minutes" => one(Value::Float(a0.as_int() as f64 / 6e10)),
            "time.Duration.Hours" => one(Value::Float(a0.as_int() as f64 / 3.6e12)),
            "time.Duration.Milliseconds" => one(Value::Int(a0.as_int() / 1_000_000)),
            "time.Duration.Microseconds" => one(Value::Int(a0.as_int() / 1_000)),
            "time.Duration.Nanoseconds" => one(Value::Int(a0.as_int())),
            "time.Duration.Abs" => one(Value::Int(a0.as_int().saturating_abs())),
            "time.Duration.Truncate" => {
                let (d, m) = (a0.as_int(), arg(&args, 1).as_int());
                one(Value::Int(if m <= 0 { d } else { d - d % m }))
            }
            "time.Duration.Round" => {
                let (d, m) = (a0.as_int(), arg(&args, 1).as_int());
                if m <= 0 {
                    return one(Value::Int(d));
                }
                let r = d % m;
                let v = if d < 0 {
                    if -r + -r < m { d - r } else { d - r - m }
                } else if r + r < m {
                    d - r
                } else {
                    d + m - r
                };
                one(Value::Int(v))
            }
            "time.Time.Add" => one(Value::Time(t_of(&a0).saturating_add(arg(&args, 1).as_int()))),
            "time.Time.Sub" => one(Value::Int(t_of(&a0).saturating_sub(t_of(&arg(&args, 1))))),
            "time.Time.Before" => one(Value::Bool(t_of(&a0) < t_of(&arg(&args, 1)))),
            "time.Time.After" => one(Value::Bool(t_of(&a0) > t_of(&arg(&args, 1)))),
            "time.Time.Equal" => one(Value::Bool(t_of(&a0) == t_of(&arg(&args, 1)))),
            "time.Time.IsZero" => one(Value::Bool(t_of(&a0) == i64::MIN)),
            "time.Time.String" => one(Value::str(&self.time_string(t_of(&a0)))),
            "time.Time.Format" => one(Value::str(&self.time_format(t_of(&a0), arg(&args, 1).as_str()))),
            "time.Time.Unix" | "time.Time.UnixNano" | "time.Time.UnixMilli" => {
                let epoch = self.engine.time_format().epoch_unix as i128;
                let ns = epoch * 1_000_000_000 + t_of(&a0) as i128;
                let v = match n {
                    "time.Time.Unix" => ns.div_euclid(1_000_000_000),
                    "time.Time.UnixMilli" => ns.div_euclid(1_000_000),
                    _ => ns,
                };
                one(Value::Int(v as i64))
            }
            "time.Time.Year" | "time.Time.Hour" | "time.Time.Minute" | "time.Time.Second" | "time.Time.Nanosecond" => {
                let s = self.time_string(t_of(&a0));
                let num = |a: usize, b: usize| s.get(a..b).and_then(|x| x.parse::<i64>().ok()).unwrap_or(0);
                let v = match n {
                    "time.Time.Year" => num(0, 4),
                    "time.Time.Hour" => num(11, 13),
                    "time.Time.Minute" => num(14, 16),
                    "time.Time.Second" => num(17, 19),
                    _ => t_of(&a0).rem_euclid(1_000_000_000),
                };
                one(Value::Int(v))
            }
            "time.Time.Truncate" => {
                let (t, m) = (t_of(&a0), arg(&args, 1).as_int());
                let epoch = self.engine.time_format().epoch_unix as i128 * 1_000_000_000;
                if m <= 0 {
                    return one(Value::Time(t));
                }
                let abs = epoch + t as i128;
                one(Value::Time((abs - abs.rem_euclid(m as i128) - epoch) as i64))
            }
            "time.Timer.C" => match a0 {
                Value::Obj(o) => match &*o.borrow() {
                    Object::Timer(ch, _) => one(ch.clone()),
                    _ => one(Value::Nil),
                },
                _ => Err(super::errors::rt_err("invalid memory address or nil pointer dereference")),
            },
            "time.Timer.Stop" | "time.Ticker.Stop" => {
                let Value::Obj(o) = a0 else { return Err(super::errors::rt_err("invalid memory address or nil pointer dereference")) };
                let id = match &*o.borrow() {
                    Object::Timer(_, id) => *id,
                    _ => 0,
                };
                let was = self.timer_objs.get(&id).is_some_and(|t| t.active);
                if let Some(t) = self.timer_objs.get_mut(&id) {
                    t.active = false;
                }
                if n == "time.Timer.Stop" {
                    one(Value::Bool(was))
                } else {
                    none()
                }
            }
            "time.Timer.Reset" | "time.Ticker.Reset" => {
                let Value::Obj(o) = a0 else { return Err(super::errors::rt_err("invalid memory address or nil pointer dereference")) };
                let d = arg(&args, 1).as_int();
                let id = match &*o.borrow() {
                    Object::Timer(_, id) => *id,
                    _ => 0,
                };
                let was = self.timer_objs.get(&id).is_some_and(|t| t.active);
                let when = now.saturating_add(d.max(0));
                if let Some(t) = self.timer_objs.get_mut(&id) {
                    t.active = true;
                    t.when = when;
                    if n == "time.Ticker.Reset" {
                        t.period = d.max(1);
                    }
                }
                self.timers.push(std::cmp::Reverse((when, id)));
                if n == "time.Timer.Reset" {
                    one(Value::Bool(was))
                } else {
                    none()
                }
            }
            _ => Err(plain_err(format!("gorun: {n} is not supported here"))),
        }
    }

    pub(crate) fn new_chan(&mut self, cap: usize, zero: Value) -> Value {
        let id = self.next_chan;
        self.next_chan += 1;
        Value::Chan(Rc::new(RefCell::new(super::value::ChanObj { id, cap, zero, ..Default::default() })))
    }

    fn native_sync(&mut self, g: &mut Goroutine, n: &str, args: Vec<Value>) -> NR {
        let recv = match arg(&args, 0) {
            Value::Box(b) => b.borrow().clone(),
            v => v,
        };
        let Value::Obj(o) = recv else {
            return Err(super::errors::rt_err("invalid memory address or nil pointer dereference"));
        };
        match n {
            "sync.WaitGroup.Add" | "sync.WaitGroup.Done" => {
                let delta = if n == "sync.WaitGroup.Done" { -1 } else { arg(&args, 1).as_int() };
                let woken = {
                    let mut ob = o.borrow_mut();
                    let Object::WaitGroup(count, waiters) = &mut *ob else { return none() };
                    *count += delta;
                    if *count < 0 {
                        return Err(plain_err("sync: negative WaitGroup counter"));
                    }
                    if *count == 0 {
                        std::mem::take(waiters)
                    } else {
                        vec![]
                    }
                };
                for gid in woken {
                    self.wake(gid, Resume::Done);
                }
                none()
            }
            "sync.WaitGroup.Go" => {
                {
                    let mut ob = o.borrow_mut();
                    if let Object::WaitGroup(count, _) = &mut *ob {
                        *count += 1;
                    }
                }
                // The goroutine runs f then Done: a native trampoline closure.
                let f = arg(&args, 1);
                let done = Value::Native(Rc::new(NativeFn::Bound(lookup("sync.WaitGroup.Done").unwrap_or(0), Value::Obj(o.clone()))));
                self.spawn_with_done(f, done);
                none()
            }
            "sync.WaitGroup.Wait" => {
                if g.resume.take().is_some() {
                    return none();
                }
                let mut ob = o.borrow_mut();
                let Object::WaitGroup(count, waiters) = &mut *ob else { return none() };
                if *count == 0 {
                    return none();
                }
                waiters.push(g.id);
                drop(ob);
                self.park(g, "sync.WaitGroup.Wait");
                Ok(None)
            }
            "sync.Mutex.Lock" | "sync.RWMutex.Lock" | "sync.RWMutex.RLock" => {
                if g.resume.take().is_some() {
                    return none();
                }
                let write = n != "sync.RWMutex.RLock";
                let mut ob = o.borrow_mut();
                let Object::Mutex(held, readers, q) = &mut *ob else { return none() };
                let free = if write { !*held && *readers == 0 } else { !*held && q.iter().all(|w| !w.1) };
                if free && q.is_empty() || free && !write {
                    if write {
                        *held = true;
                    } else {
                        *readers += 1;
                    }
                    return none();
                }
                q.push_back((g.id, write));
                drop(ob);
                self.park(g, "sync.Mutex.Lock");
                Ok(None)
            }
            "sync.Mutex.TryLock" => {
                let mut ob = o.borrow_mut();
                let Object::Mutex(held, readers, _) = &mut *ob else { return one(Value::Bool(false)) };
                if !*held && *readers == 0 {
                    *held = true;
                    return one(Value::Bool(true));
                }
                one(Value::Bool(false))
            }
            "sync.Mutex.Unlock" | "sync.RWMutex.Unlock" | "sync.RWMutex.RUnlock" => {
                let mut wake = Vec::new();
                {
                    let mut ob = o.borrow_mut();
                    let Object::Mutex(held, readers, q) = &mut *ob else { return none() };
                    if n == "sync.RWMutex.RUnlock" {
                        if *readers == 0 {
                            drop(ob);
                            self.throw(g, "sync: RUnlock of unlocked RWMutex");
                            return none();
                        }
                        *readers -= 1;
                    } else {
                        if !*held {
                            drop(ob);
                            self.throw(g, "sync: unlock of unlocked mutex");
                            return none();
                        }
                        *held = false;
                    }
                    // Hand over: one writer, or every reader at the front.
                    if !*held && *readers == 0 {
                        if let Some(&(gid, w)) = q.front() {
                            if w {
                                q.pop_front();
                                *held = true;
                                wake.push(gid);
                            }
                        }
                    }
                    if !*held {
                        while let Some(&(gid, w)) = q.front() {
                            if w {
                                break;
                            }
                            q.pop_front();
                            *readers += 1;
                            wake.push(gid);
                        }
                    }
                }
                for gid in wake {
                    self.wake(gid, Resume::Done);
                }
                none()
            }
            "sync.Once.Do" => {
                let run = {
                    let mut ob = o.borrow_mut();
                    match &mut *ob {
                        Object::Once(done) if !*done => {
                            *done = true;
                            true
                        }
                        _ => false,
                    }
                };
                if run {
                    self.call_sync(g, arg(&args, 1), vec![])?;
                }
                none()
            }
            _ => Err(plain_err(format!("gorun: {n} is not supported here"))),
        }
    }

    /// Starts a goroutine running `f()` then `done()` (for `WaitGroup.Go`): `done` is deferred
    /// in the goroutine's first frame.
    fn spawn_with_done(&mut self, f: Value, done: Value) {
        if let Some(gid) = self.spawn(f, vec![], Default::default()) {
            if let Some(g) = self.gs.get_mut(&gid) {
                if let Some(fr) = g.frames.first_mut() {
                    fr.defers.push((done, vec![]));
                }
            }
        }
    }

    /// `sort`: in place on the slice's backing array. `Slice` calls `less` on current indices
    /// with an insertion sort (what Go's pdqsort does for short slices), which is also stable.
    fn native_sort(&mut self, g: &mut Goroutine, n: &str, args: Vec<Value>) -> NR {
        let s = match arg(&args, 0) {
            Value::Iface(iv) => iv.1.clone(),
            v => v,
        };
        let Value::Slice(h) = s else { return none() };
        match n {
            "sort.Strings" | "sort.Ints" | "sort.Float64s" => {
                let mut arr = h.arr.borrow_mut();
                let part = &mut arr[h.off..h.off + h.len];
                part.sort_by(|a, b| match (a, b) {
                    (Value::Int(x), Value::Int(y)) => x.cmp(y),
                    (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
                    (Value::Str(x), Value::Str(y)) => x.as_bytes().cmp(y.as_bytes()),
                    _ => std::cmp::Ordering::Equal,
                });
                none()
            }
            "sort.SearchInts" => {
                let x = arg(&args, 1).as_int();
                let arr = h.arr.borrow();
                let i = arr[h.off..h.off + h.len].partition_point(|v| v.as_int() < x);
                one(Value::Int(i as i64))
            }
            _ => {
                let less = arg(&args, 1);
                for i in 1..h.len {
                    let mut j = i;
                    while j > 0 {
                        let r = self.call_sync(g, less.clone(), vec![Value::Int(j as i64), Value::Int(j as i64 - 1)])?;
                        if !matches!(r.first(), Some(Value::Bool(true))) {
                            break;
                        }
                        h.arr.borrow_mut().swap(h.off + j, h.off + j - 1);
                        j -= 1;
                    }
                }
                none()
            }
        }
    }
}
