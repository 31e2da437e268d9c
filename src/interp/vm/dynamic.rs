//! Dynamic types at run time: method lookup on interface values, type assertions, `%T` names,
//! and zero values.

use super::super::types::{Type, TypeId};
use super::errors::{plain_err, rt_err, Panic};
use super::value::{Closure, ErrObj, NativeFn, Object, Value};
use super::{Goroutine, Machine};
use std::cell::RefCell;
use std::rc::Rc;

impl Machine {
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
                None => match self.prog.promoted.get(&(t, name.to_string())).cloned() {
                    Some((target, ptr_recv, path)) => {
                        // Walk to the embedded field, then take its address or copy it.
                        let mut v = inner;
                        for i in path {
                            v = match &v {
                                Value::Struct(s) | Value::PtrObj(s) => s.borrow().get(i as usize).cloned().unwrap_or(Value::Nil),
                                Value::Nil => return Err(rt_err("invalid memory address or nil pointer dereference")),
                                _ => Value::Nil,
                            };
                        }
                        let recv = match (ptr_recv, v) {
                            (true, Value::Struct(s)) => Value::PtrObj(s),
                            (false, Value::PtrObj(s)) => Value::Struct(s).copy(),
                            (false, s @ Value::Struct(_)) => s.copy(),
                            (_, v) => v,
                        };
                        match target {
                            super::super::types::MethodTarget::Func(idx) => Ok(Value::Func(Rc::new(Closure { func: idx, captures: vec![], recv: Some(recv) }))),
                            super::super::types::MethodTarget::Native(id) if id != u16::MAX => Ok(Value::Native(Rc::new(NativeFn::Bound(id, recv)))),
                            // An embedded interface: its own method.
                            super::super::types::MethodTarget::Native(_) => self.method_value(&recv, name),
                        }
                    }
                    None => Err(plain_err(format!("gorun: no method {name}"))),
                },
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
                Value::Iface(iv) => self.prog.methods.contains_key(&(iv.0, name.clone())) || self.prog.promoted.contains_key(&(iv.0, name.clone())),
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
}

pub(crate) fn deref_value(v: &Value) -> Value {
    match v {
        Value::Box(b) => b.borrow().clone(),
        Value::PtrObj(o) => Value::Struct(o.clone()).copy(),
        Value::PtrElem(pe) => pe.0.borrow().get(pe.1).cloned().unwrap_or(Value::Nil),
        v => v.clone(),
    }
}
