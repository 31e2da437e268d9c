//! Run-time values: what a slot, a stack entry or a field holds.
//!
//! Owns [`Value`] and the heap objects behind it (slices, maps, channels, library objects), Go's
//! `==`, and map keys. Structs and arrays have value semantics: the compiler emits `Copy` where Go
//! copies, so two places never share one struct unless one holds a pointer to it.

use super::super::types::TypeId;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// Shared, mutable heap storage.
pub type Ref<T> = Rc<RefCell<T>>;

/// A run-time value.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// nil (pointer, slice, map, chan, func, interface).
    #[default]
    Nil,
    /// A bool.
    Bool(bool),
    /// Any integer (wrapped to its type's size by the instruction that made it).
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    Str(Rc<str>),
    /// A slice.
    Slice(Rc<SliceHdr>),
    /// An array (value semantics).
    Array(Ref<Vec<Value>>),
    /// A struct (value semantics).
    Struct(Ref<Vec<Value>>),
    /// A map.
    Map(Ref<MapObj>),
    /// A pointer to a variable (a box).
    Box(Ref<Value>),
    /// A pointer to a struct or array object.
    PtrObj(Ref<Vec<Value>>),
    /// A pointer to an element or field.
    PtrElem(Rc<(Ref<Vec<Value>>, usize)>),
    /// A function value.
    Func(Rc<Closure>),
    /// A library function value (a cancel function, `stop`, a bound library method).
    Native(Rc<NativeFn>),
    /// A channel.
    Chan(Ref<ChanObj>),
    /// A context's Done channel: the engine node whose Done it is.
    Done(u32),
    /// An interface holding a concrete value of a dynamic type.
    Iface(Rc<(TypeId, Value)>),
    /// A context (interface value of dynamic type context's own).
    Ctx(u32),
    /// An error made by the library (interface value).
    Err(Rc<ErrObj>),
    /// A library object (`sync.WaitGroup`, `sync.Mutex`, a timer...).
    Obj(Ref<Object>),
    /// A `time.Time`: virtual ns, `i64::MIN` for the zero time.
    Time(i64),
}

/// A slice header.
#[derive(Debug)]
pub struct SliceHdr {
    /// The backing array.
    pub arr: Ref<Vec<Value>>,
    /// First element.
    pub off: usize,
    /// Length.
    pub len: usize,
    /// Capacity.
    pub cap: usize,
}

/// A closure: a function and the boxes it captured, maybe a bound receiver.
#[derive(Debug)]
pub struct Closure {
    /// Function index.
    pub func: u32,
    /// Captured variables.
    pub captures: Vec<Ref<Value>>,
    /// A bound receiver (method value).
    pub recv: Option<Value>,
}

/// A library function value.
#[derive(Debug)]
pub enum NativeFn {
    /// A context's cancel function.
    Cancel(u32),
    /// A `CancelCauseFunc`.
    CancelCause(u32),
    /// `stop` returned by `context.AfterFunc`.
    StopAfterFunc(u32),
    /// A library method bound to its receiver.
    Bound(u16, Value),
    /// A library function used as a value.
    Plain(u16),
}

/// An error value made by the library.
#[derive(Debug)]
pub enum ErrObj {
    /// `errors.New` (`*errors.errorString`); also context.Canceled.
    Simple(String),
    /// `context.DeadlineExceeded`.
    Deadline,
    /// `fmt.Errorf` with `%w` (`*fmt.wrapError` / `*fmt.wrapErrors`), or without (`*errors.errorString`).
    Wrap(String, Vec<Value>),
    /// `errors.Join`.
    Join(Vec<Value>),
    /// A strconv error (`*strconv.NumError`).
    Num(String),
}

/// A map: insertion-ordered entries with an index.
#[derive(Debug, Default)]
pub struct MapObj {
    /// Key to position in `entries`.
    pub index: HashMap<Key, usize>,
    /// Entries (`None` once deleted).
    pub entries: Vec<Option<(Value, Value)>>,
    /// Live entries.
    pub len: usize,
}

/// A hashable form of a comparable value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// nil.
    Nil,
    /// bool.
    Bool(bool),
    /// integers.
    Int(i64),
    /// floats by bits.
    Float(u64),
    /// strings.
    Str(Rc<str>),
    /// identities (pointers, channels, errors).
    Addr(usize),
    /// structs and arrays.
    Seq(Vec<Key>),
    /// an interface's dynamic type and value.
    Typed(TypeId, Box<Key>),
    /// a time.
    Time(i64),
    /// a context.
    Ctx(u32),
}

/// A channel.
#[derive(Debug, Default)]
pub struct ChanObj {
    /// Identity for the trace.
    pub id: u64,
    /// Buffer size.
    pub cap: usize,
    /// Buffered values.
    pub buf: VecDeque<Value>,
    /// Closed yet?
    pub closed: bool,
    /// Parked receivers: goroutine, select case (if in a select), wait token.
    pub recvq: VecDeque<(u64, Option<usize>, u64)>,
    /// Parked senders with their values.
    pub sendq: VecDeque<(u64, Option<usize>, u64, Value)>,
    /// The element type's zero value (what a receive on a closed channel yields).
    pub zero: Value,
}

/// Library objects with identity.
#[derive(Debug)]
pub enum Object {
    /// `sync.WaitGroup`: counter and waiters.
    WaitGroup(i64, Vec<u64>),
    /// `sync.Mutex` / `sync.RWMutex`: writer held, readers, queue of (goroutine, wants write).
    Mutex(bool, u32, VecDeque<(u64, bool)>),
    /// `sync.Once`: done?
    Once(bool),
    /// A `*time.Timer` or `*time.Ticker`: its channel (nil for AfterFunc timers) and timer id.
    Timer(Value, u64),
    /// A `*rand.Rand`.
    Rand(u64),
    /// A `strings.Builder`.
    Builder(String),
}

impl Value {
    /// A string value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    /// A new slice over `v`.
    pub fn slice(v: Vec<Value>) -> Value {
        let len = v.len();
        Value::Slice(Rc::new(SliceHdr { arr: Rc::new(RefCell::new(v)), off: 0, len, cap: len }))
    }
    /// The elements of a slice (empty for nil).
    pub fn slice_items(&self) -> Vec<Value> {
        match self {
            Value::Slice(h) => h.arr.borrow()[h.off..h.off + h.len].to_vec(),
            Value::Array(a) => a.borrow().clone(),
            _ => Vec::new(),
        }
    }
    /// The integer inside (0 otherwise).
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Float(f) => *f as i64,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }
    /// The string inside ("" otherwise).
    pub fn as_str(&self) -> &str {
        match self {
            Value::Str(s) => s,
            _ => "",
        }
    }
    /// A deep copy of a struct or array (other values are shared as Go shares them).
    pub fn copy(&self) -> Value {
        match self {
            Value::Struct(s) => Value::Struct(Rc::new(RefCell::new(s.borrow().iter().map(Value::copy).collect()))),
            Value::Array(s) => Value::Array(Rc::new(RefCell::new(s.borrow().iter().map(Value::copy).collect()))),
            v => v.clone(),
        }
    }
    /// Go's `==` for two values of the same static type (interfaces compare type and value).
    /// `Err(())` when comparing uncomparable dynamic types (Go panics).
    pub fn equals(&self, other: &Value) -> Result<bool, String> {
        Ok(match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Time(a), Value::Time(b)) => a == b,
            (Value::Struct(a), Value::Struct(b)) | (Value::Array(a), Value::Array(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                for (x, y) in a.iter().zip(b.iter()) {
                    if !x.equals(y)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Value::Box(a), Value::Box(b)) => Rc::ptr_eq(a, b),
            (Value::PtrObj(a), Value::PtrObj(b)) => Rc::ptr_eq(a, b),
            (Value::PtrElem(a), Value::PtrElem(b)) => Rc::ptr_eq(&a.0, &b.0) && a.1 == b.1,
            (Value::Chan(a), Value::Chan(b)) => Rc::ptr_eq(a, b),
            (Value::Done(a), Value::Done(b)) => a == b,
            (Value::Ctx(a), Value::Ctx(b)) => a == b,
            (Value::Err(a), Value::Err(b)) => Rc::ptr_eq(a, b),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Iface(a), Value::Iface(b)) => {
                if a.0 != b.0 {
                    return Ok(false);
                }
                match &a.1 {
                    Value::Slice(_) | Value::Map(_) | Value::Func(_) => return Err(String::new()),
                    _ => a.1.equals(&b.1)?,
                }
            }
            (Value::Func(_), _) | (Value::Map(_), _) | (Value::Slice(_), _) => false,
            _ => false,
        })
    }
    /// The hashable form of a comparable value.
    pub fn key(&self) -> Key {
        match self {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) => Key::Float(if *f == 0.0 { 0 } else { f.to_bits() }),
            Value::Str(s) => Key::Str(s.clone()),
            Value::Time(t) => Key::Time(*t),
            Value::Ctx(c) | Value::Done(c) => Key::Ctx(*c),
            Value::Struct(s) | Value::Array(s) => Key::Seq(s.borrow().iter().map(Value::key).collect()),
            Value::Iface(i) => Key::Typed(i.0, Box::new(i.1.key())),
            Value::Box(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::PtrObj(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::PtrElem(r) => Key::Seq(vec![Key::Addr(Rc::as_ptr(&r.0) as *const u8 as usize), Key::Int(r.1 as i64)]),
            Value::Chan(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::Err(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::Obj(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::Func(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::Native(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::Map(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
            Value::Slice(r) => Key::Addr(Rc::as_ptr(r) as *const u8 as usize),
        }
    }
}

impl MapObj {
    /// The value under `k`.
    pub fn get(&self, k: &Value) -> Option<&Value> {
        self.index.get(&k.key()).and_then(|&i| self.entries[i].as_ref()).map(|e| &e.1)
    }
    /// Sets `k` to `v`.
    pub fn set(&mut self, k: Value, v: Value) {
        let key = k.key();
        if let Some(&i) = self.index.get(&key) {
            if let Some(e) = self.entries[i].as_mut() {
                e.1 = v;
                return;
            }
        }
        self.index.insert(key, self.entries.len());
        self.entries.push(Some((k, v)));
        self.len += 1;
    }
    /// Deletes `k`.
    pub fn delete(&mut self, k: &Value) {
        if let Some(i) = self.index.remove(&k.key()) {
            self.entries[i] = None;
            self.len -= 1;
            if self.entries.len() > 32 && self.len < self.entries.len() / 2 {
                self.compact();
            }
        }
    }
    fn compact(&mut self) {
        let live: Vec<(Value, Value)> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        for (i, (k, _)) in live.iter().enumerate() {
            self.index.insert(k.key(), i);
        }
        self.entries = live.into_iter().map(Some).collect();
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &(Value, Value)> {
        self.entries.iter().flatten()
    }
}

/// Drops values without recursion: containers whose last reference this is are emptied onto a
/// work list first, so a million-node linked list cannot overflow the host stack when freed.
pub fn dismantle(roots: Vec<Value>) {
    let mut work = roots;
    while let Some(v) = work.pop() {
        match v {
            Value::Struct(rc) | Value::Array(rc) | Value::PtrObj(rc) => {
                if let Ok(cell) = Rc::try_unwrap(rc) {
                    work.extend(cell.into_inner());
                }
            }
            Value::Box(rc) => {
                if let Ok(cell) = Rc::try_unwrap(rc) {
                    work.push(cell.into_inner());
                }
            }
            Value::PtrElem(rc) => {
                if let Ok((arr, _)) = Rc::try_unwrap(rc) {
                    work.push(Value::Array(arr));
                }
            }
            Value::Slice(h) => {
                if let Ok(h) = Rc::try_unwrap(h) {
                    work.push(Value::Array(h.arr));
                }
            }
            Value::Iface(rc) => {
                if let Ok((_, inner)) = Rc::try_unwrap(rc) {
                    work.push(inner);
                }
            }
            Value::Map(rc) => {
                if let Ok(m) = Rc::try_unwrap(rc) {
                    for (k, val) in m.into_inner().entries.into_iter().flatten() {
                        work.push(k);
                        work.push(val);
                    }
                }
            }
            Value::Func(c) => {
                if let Ok(c) = Rc::try_unwrap(c) {
                    work.extend(c.captures.into_iter().map(Value::Box));
                    work.extend(c.recv);
                }
            }
            Value::Chan(rc) => {
                if let Ok(cell) = Rc::try_unwrap(rc) {
                    let c = cell.into_inner();
                    work.extend(c.buf);
                    work.extend(c.sendq.into_iter().map(|s| s.3));
                }
            }
            other => drop(other),
        }
    }
}

/// True if dropping `v` might free a long chain (a container held only here).
pub fn is_sole_container(v: &Value) -> bool {
    match v {
        Value::Struct(rc) | Value::Array(rc) | Value::PtrObj(rc) => Rc::strong_count(rc) == 1,
        Value::Box(rc) => Rc::strong_count(rc) == 1,
        Value::Slice(h) => Rc::strong_count(h) == 1,
        Value::Map(m) => Rc::strong_count(m) == 1,
        _ => false,
    }
}

/// `stack.truncate(len)`, freeing long chains without recursion.
pub fn truncate(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        if let Some(v) = stack.pop() {
            if is_sole_container(&v) {
                dismantle(vec![v]);
            }
        }
    }
}
