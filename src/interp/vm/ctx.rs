//! The `context` package, through the engine: constructors, cancel functions, Done channels the
//! scheduler knows, Err/Cause/Deadline/Value, AfterFunc, and contexts' `String()`.
//! Go values cross into the engine as [`GoValue`]s (keys compare by Go interface equality) and
//! errors as [`GoError`]s; the original values are kept here to hand back.

use super::errors::{plain_err, Panic};
use super::natives::NR;
use super::value::{ErrObj, NativeFn, Value};
use super::{Goroutine, Machine};
use crate::engine::{ContextKind, Duration, EngineError, FuncId, GoError, GoValue, NodeId, Shape, Time};
use std::rc::Rc;

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Nil)
}

impl Machine {
    fn ctx_of(&self, v: &Value) -> Result<Option<NodeId>, Panic> {
        match v {
            Value::Ctx(id) => Ok(Some(NodeId(*id))),
            Value::Nil => Ok(None),
            _ => Err(plain_err("gorun: only the context package's own contexts are supported as parents here")),
        }
    }

    fn engine_result(&mut self, r: Result<NodeId, EngineError>) -> Result<u32, Panic> {
        self.drain_engine_events();
        match r {
            Ok(id) => Ok(id.0),
            Err(e) => Err(plain_err(e.go_panic().map(str::to_string).unwrap_or_else(|| e.to_string()))),
        }
    }

    /// A Go error value as the engine's `GoError`.
    fn go_error(&mut self, v: &Value) -> Option<GoError> {
        match v {
            Value::Nil => None,
            v if v.equals(&self.canceled).unwrap_or(false) => Some(GoError::Canceled),
            v if v.equals(&self.deadline_exceeded).unwrap_or(false) => Some(GoError::DeadlineExceeded),
            v => {
                let id = self.causes.len() as u64;
                self.causes.push(v.clone());
                Some(GoError::custom(id, String::new()))
            }
        }
    }

    /// The engine's error as a Go value.
    pub(crate) fn err_value(&self, e: Option<GoError>) -> Value {
        match e {
            None => Value::Nil,
            Some(GoError::Canceled) => self.canceled.clone(),
            Some(GoError::DeadlineExceeded) => self.deadline_exceeded.clone(),
            Some(GoError::Custom { id, .. }) => self.causes.get(id as usize).cloned().unwrap_or(Value::Nil),
        }
    }

    /// A value as a context key or value for the engine.
    fn go_value(&mut self, g: &mut Goroutine, v: &Value) -> GoValue {
        let (ty, inner) = match v {
            Value::Nil => return GoValue::Nil,
            Value::Iface(iv) => (iv.0, iv.1.clone()),
            other => {
                let tn = self.dyn_type_name(other);
                let key = other.key();
                let n = self.key_ids.len() as u64;
                let id = *self.key_ids.entry(key).or_insert(n);
                return GoValue::opaque(tn, id, true);
            }
        };
        let tn = self.prog.types.name(ty);
        let comparable = self.prog.types.comparable(ty);
        let base = match &inner {
            Value::Str(s) => GoValue::typed_string(tn, s.to_string()),
            Value::Int(i) => GoValue::typed_int(tn, *i),
            Value::Bool(b) => GoValue::Bool { ty: tn, v: *b },
            other => {
                let key = if comparable { other.key() } else { super::value::Key::Addr(self.key_ids.len() + 1_000_000) };
                let n = self.key_ids.len() as u64;
                let id = *self.key_ids.entry(key).or_insert(n);
                GoValue::opaque(tn, id, comparable)
            }
        };
        if self.prog.methods.contains_key(&(ty, "String".to_string())) {
            if let Ok(s) = self.call_method_text(g, v, "String") {
                return base.with_string_method(s);
            }
        }
        base
    }

    /// Cancels context `node` (with a cause when `with_cause`).
    pub(crate) fn ctx_cancel(&mut self, node: u32, cause: Option<Value>, with_cause: bool) {
        let r = if with_cause {
            let c = cause.as_ref().and_then(|c| self.go_error(c));
            self.engine.cancel_cause(NodeId(node), c)
        } else {
            self.engine.cancel(NodeId(node))
        };
        if let Ok(wave) = r {
            self.apply_wave(wave);
        } else {
            self.drain_engine_events();
        }
    }

    /// `%T` of a context.
    pub(crate) fn ctx_type_name(&self, id: u32) -> String {
        if self.ctx_names.contains_key(&id) {
            // The only renamed contexts are signal.NotifyContext's.
            return "*signal.signalCtx".into();
        }
        match self.engine.kind(NodeId(id)) {
            Ok(ContextKind::Background) => "context.backgroundCtx",
            Ok(ContextKind::Todo) => "context.todoCtx",
            Ok(ContextKind::WithValue) => "*context.valueCtx",
            Ok(ContextKind::WithoutCancel) => "context.withoutCancelCtx",
            Ok(_) => match self.engine.shape(NodeId(id)) {
                Ok(Shape::Timer) => "*context.timerCtx",
                _ => "*context.cancelCtx",
            },
            Err(_) => "context.Context",
        }
        .to_string()
    }

    /// The node whose Done channel `id` shares, or None if it can never be done.
    fn done_anchor(&self, id: u32) -> Option<u32> {
        let mut cur = Some(NodeId(id));
        while let Some(c) = cur {
            match self.engine.shape(c).ok()? {
                Shape::Cancel | Shape::Timer => return Some(c.0),
                Shape::Empty | Shape::WithoutCancel => return None,
                Shape::Value => cur = self.engine.parent(c).ok()?,
            }
        }
        None
    }

    pub(crate) fn native_ctx(&mut self, g: &mut Goroutine, n: &str, args: Vec<Value>) -> NR {
        let a0 = arg(&args, 0);
        let ctx2 = |id: u32, f: NativeFn| Ok(Some(vec![Value::Ctx(id), Value::Native(Rc::new(f))]));
        match n {
            "context.Background" => {
                let id = match self.background {
                    Some(id) => id,
                    None => {
                        let id = self.engine.background().0;
                        self.background = Some(id);
                        self.drain_engine_events();
                        id
                    }
                };
                Ok(Some(vec![Value::Ctx(id)]))
            }
            "context.TODO" => {
                let id = match self.todo {
                    Some(id) => id,
                    None => {
                        let id = self.engine.todo().0;
                        self.todo = Some(id);
                        self.drain_engine_events();
                        id
                    }
                };
                Ok(Some(vec![Value::Ctx(id)]))
            }
            "context.WithCancel" | "context.WithCancelCause" => {
                let p = self.ctx_of(&a0)?;
                let r = if n == "context.WithCancel" { self.engine.with_cancel(p) } else { self.engine.with_cancel_cause(p) };
                let id = self.engine_result(r)?;
                let f = if n == "context.WithCancel" { NativeFn::Cancel(id) } else { NativeFn::CancelCause(id) };
                ctx2(id, f)
            }
            "context.WithDeadline" | "context.WithDeadlineCause" | "context.WithTimeout" | "context.WithTimeoutCause" => {
                let p = self.ctx_of(&a0)?;
                let cause = if n.ends_with("Cause") { self.go_error(&arg(&args, 2)) } else { None };
                let a1 = arg(&args, 1);
                let r = match n {
                    "context.WithDeadline" => self.engine.with_deadline(p, Time(time_of(&a1))),
                    "context.WithDeadlineCause" => self.engine.with_deadline_cause(p, Time(time_of(&a1)), cause),
                    "context.WithTimeout" => self.engine.with_timeout(p, Duration(a1.as_int())),
                    _ => self.engine.with_timeout_cause(p, Duration(a1.as_int()), cause),
                };
                let id = self.engine_result(r)?;
                // A context born done (past deadline) may wake nobody, but its events are logged.
                ctx2(id, NativeFn::Cancel(id))
            }
            "context.WithValue" => {
                let p = self.ctx_of(&a0)?;
                let k = self.go_value(g, &arg(&args, 1));
                let v = self.go_value(g, &arg(&args, 2));
                let r = self.engine.with_value(p, k, v);
                let id = self.engine_result(r)?;
                self.ctx_values.insert(id, arg(&args, 2));
                Ok(Some(vec![Value::Ctx(id)]))
            }
            "context.WithoutCancel" => {
                let p = self.ctx_of(&a0)?;
                let r = self.engine.without_cancel(p);
                let id = self.engine_result(r)?;
                Ok(Some(vec![Value::Ctx(id)]))
            }
            "context.Cause" => {
                let Some(id) = self.ctx_of(&a0)? else { return Err(plain_err("invalid memory address or nil pointer dereference")) };
                let c = self.engine.cause(id).ok().flatten();
                Ok(Some(vec![self.err_value(c)]))
            }
            "context.AfterFunc" => {
                let Some(id) = self.ctx_of(&a0)? else { return Err(plain_err("invalid memory address or nil pointer dereference")) };
                let fid = self.after_funcs.len() as u64;
                self.after_funcs.push(arg(&args, 1));
                let reg = self.engine.after_func(id, FuncId(fid)).map_err(|e| plain_err(e.to_string()))?;
                if let Ok(view) = self.engine.after_func_view(reg) {
                    if view.state == crate::engine::AfterFuncState::Started {
                        self.spawn(arg(&args, 1), vec![], Default::default());
                    }
                }
                self.drain_engine_events();
                Ok(Some(vec![Value::Native(Rc::new(NativeFn::StopAfterFunc(reg.0)))]))
            }
            "context.Canceled" => Ok(Some(vec![self.canceled.clone()])),
            "context.DeadlineExceeded" => Ok(Some(vec![self.deadline_exceeded.clone()])),
            "ctx.Done" => {
                let Value::Ctx(id) = a0 else { return Err(plain_err("nil context")) };
                Ok(Some(vec![match self.done_anchor(id) {
                    Some(a) => Value::Done(a),
                    None => Value::Nil,
                }]))
            }
            "ctx.Err" => {
                let Value::Ctx(id) = a0 else { return Err(plain_err("nil context")) };
                let e = self.engine.err(NodeId(id)).ok().flatten();
                Ok(Some(vec![self.err_value(e)]))
            }
            "ctx.Deadline" => {
                let Value::Ctx(id) = a0 else { return Err(plain_err("nil context")) };
                match self.engine.deadline(NodeId(id)).ok().flatten() {
                    Some(t) => Ok(Some(vec![Value::Time(t.0), Value::Bool(true)])),
                    None => Ok(Some(vec![Value::Time(i64::MIN), Value::Bool(false)])),
                }
            }
            "ctx.Value" => {
                let Value::Ctx(id) = a0 else { return Err(plain_err("nil context")) };
                let k = self.go_value(g, &arg(&args, 1));
                let found = self.engine.value(NodeId(id), &k).ok().and_then(|l| l.found_at);
                self.drain_engine_events();
                Ok(Some(vec![found.and_then(|f| self.ctx_values.get(&f.0).cloned()).unwrap_or(Value::Nil)]))
            }
            "ctx.String" => {
                let Value::Ctx(id) = a0 else { return Err(plain_err("nil context")) };
                Ok(Some(vec![Value::str(&self.ctx_string(id))]))
            }
            _ => Err(plain_err(format!("gorun: {n} is not supported here"))),
        }
    }

    /// Go's `Time.String()` for virtual time `t`.
    pub(crate) fn time_string(&self, t: i64) -> String {
        if t == i64::MIN {
            return "0001-01-01 00:00:00 +0000 UTC".into();
        }
        self.engine.time_format().time_string(Time(t))
    }

    /// `Time.Format`: Go's layout tokens (`2006 01 02 15 04 05`, `Jan`, `Mon`, `PM`, fractions,
    /// zones as UTC).
    pub(crate) fn time_format(&self, t: i64, layout: &str) -> String {
        let epoch = self.engine.time_format().epoch_unix;
        let total = epoch as i128 * 1_000_000_000 + t as i128;
        let secs = total.div_euclid(1_000_000_000) as i64;
        let nanos = total.rem_euclid(1_000_000_000) as i64;
        let days = secs.div_euclid(86_400);
        let sod = secs.rem_euclid(86_400);
        let (y, mo, d) = civil(days);
        let (h, mi, se) = (sod / 3600, (sod / 60) % 60, sod % 60);
        let wd = (days + 4).rem_euclid(7) as usize;
        const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        let month = MONTHS[(mo as usize).clamp(1, 12) - 1];
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        let frac = format!("{nanos:09}");
        let toks: [(&str, String); 27] = [
            ("January", month.to_string()),
            ("Jan", month[..3].to_string()),
            ("Monday", DAYS[wd].to_string()),
            ("Mon", DAYS[wd][..3].to_string()),
            ("2006", format!("{y:04}")),
            ("Z07:00", "Z".into()),
            ("-07:00", "+00:00".into()),
            ("-0700", "+0000".into()),
            ("MST", "UTC".into()),
            (".000000000", format!(".{frac}")),
            (".000000", format!(".{}", &frac[..6])),
            (".000", format!(".{}", &frac[..3])),
            (".999999999", if nanos == 0 { String::new() } else { format!(".{}", frac.trim_end_matches('0')) }),
            ("01", format!("{mo:02}")),
            ("02", format!("{d:02}")),
            ("_2", format!("{d:>2}")),
            ("06", format!("{:02}", y % 100)),
            ("15", format!("{h:02}")),
            ("03", format!("{h12:02}")),
            ("04", format!("{mi:02}")),
            ("05", format!("{se:02}")),
            ("PM", (if h < 12 { "AM" } else { "PM" }).into()),
            ("pm", (if h < 12 { "am" } else { "pm" }).into()),
            ("1", mo.to_string()),
            ("2", d.to_string()),
            ("3", h12.to_string()),
            ("4", mi.to_string()),
        ];
        let mut out = String::new();
        let mut i = 0;
        'outer: while i < layout.len() {
            for (k, v) in &toks {
                if layout[i..].starts_with(k) {
                    out.push_str(v);
                    i += k.len();
                    continue 'outer;
                }
            }
            if layout[i..].starts_with('5') {
                out.push_str(&se.to_string());
                i += 1;
                continue;
            }
            let c = layout[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
        out
    }

    /// `e.Error()` of any error value.
    pub(crate) fn error_text(&mut self, g: &mut Goroutine, v: &Value) -> Result<String, Panic> {
        match v {
            Value::Err(e) => Ok(match &**e {
                ErrObj::Simple(s) | ErrObj::Num(s) => s.clone(),
                ErrObj::Deadline => "context deadline exceeded".into(),
                ErrObj::Wrap(s, _) => s.clone(),
                ErrObj::Join(errs) => {
                    let mut parts = Vec::new();
                    for e in errs.clone() {
                        parts.push(self.error_text(g, &e)?);
                    }
                    parts.join("\n")
                }
            }),
            Value::Nil => Ok("<nil>".into()),
            v => self.call_method_text(g, v, "Error"),
        }
    }

    /// Calls a String/Error-like method returning a string.
    pub(crate) fn call_method_text(&mut self, g: &mut Goroutine, v: &Value, name: &str) -> Result<String, Panic> {
        let f = self.method_value(v, name)?;
        let out = self.call_sync(g, f, vec![])?;
        Ok(out.first().map(|s| s.as_str().to_string()).unwrap_or_default())
    }

    /// The errors `err` wraps (`Unwrap() error` or `Unwrap() []error`).
    pub(crate) fn unwrap_err(&mut self, g: &mut Goroutine, v: &Value) -> Result<Vec<Value>, Panic> {
        match v {
            Value::Err(e) => Ok(match &**e {
                ErrObj::Wrap(_, w) => w.clone(),
                ErrObj::Join(w) => w.clone(),
                _ => vec![],
            }),
            Value::Iface(iv) => {
                if self.prog.methods.contains_key(&(iv.0, "Unwrap".to_string())) {
                    let f = self.method_value(v, "Unwrap")?;
                    let out = self.call_sync(g, f, vec![])?;
                    Ok(match out.into_iter().next() {
                        Some(Value::Nil) | None => vec![],
                        Some(Value::Slice(s)) => Value::Slice(s).slice_items(),
                        Some(x) => vec![x],
                    })
                } else {
                    Ok(vec![])
                }
            }
            _ => Ok(vec![]),
        }
    }

    /// `errors.Is`.
    pub(crate) fn errors_is(&mut self, g: &mut Goroutine, err: &Value, target: &Value) -> Result<bool, Panic> {
        if matches!(err, Value::Nil) || matches!(target, Value::Nil) {
            return Ok(matches!(err, Value::Nil) && matches!(target, Value::Nil));
        }
        let mut stack = vec![err.clone()];
        let mut steps = 0;
        while let Some(e) = stack.pop() {
            steps += 1;
            if steps > 10_000 {
                break;
            }
            if e.equals(target).unwrap_or(false) {
                return Ok(true);
            }
            if let Value::Iface(iv) = &e {
                if self.prog.methods.contains_key(&(iv.0, "Is".to_string())) {
                    let f = self.method_value(&e, "Is")?;
                    let out = self.call_sync(g, f, vec![target.clone()])?;
                    if matches!(out.first(), Some(Value::Bool(true))) {
                        return Ok(true);
                    }
                }
            }
            let mut inner = self.unwrap_err(g, &e)?;
            inner.reverse();
            stack.extend(inner);
        }
        Ok(false)
    }

    /// `errors.As`: `target` is a pointer to a variable of an error type or interface.
    pub(crate) fn errors_as(&mut self, g: &mut Goroutine, err: &Value, target: &Value) -> Result<bool, Panic> {
        let Value::Iface(tv) = target else { return Err(plain_err("errors: target must be a non-nil pointer")) };
        let ptr_t = tv.0;
        let elem_t = match self.prog.types.get(ptr_t) {
            super::super::types::Type::Pointer(e) => *e,
            _ => return Err(plain_err("errors: target must be a non-nil pointer")),
        };
        let mut stack = vec![err.clone()];
        while let Some(e) = stack.pop() {
            if matches!(e, Value::Nil) {
                continue;
            }
            let (ok, inner) = self.assert_type(g, &e, elem_t);
            if ok {
                let stored = if self.prog.types.is_interface(elem_t) { e.clone() } else { inner };
                match &tv.1 {
                    Value::Box(b) => *b.borrow_mut() = stored,
                    Value::PtrObj(o) => {
                        if let Value::Struct(src) | Value::Array(src) = &stored {
                            let items = src.borrow().clone();
                            *o.borrow_mut() = items;
                        }
                    }
                    Value::PtrElem(pe) => {
                        if let Some(s) = pe.0.borrow_mut().get_mut(pe.1) {
                            *s = stored;
                        }
                    }
                    _ => {}
                }
                return Ok(true);
            }
            let mut inner = self.unwrap_err(g, &e)?;
            inner.reverse();
            stack.extend(inner);
        }
        Ok(false)
    }
}

fn time_of(v: &Value) -> i64 {
    match v {
        Value::Time(t) => *t,
        _ => 0,
    }
}

/// Days since 1970-01-01 to (year, month, day).
fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}
