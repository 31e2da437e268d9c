//! `FVal`: the neutral value tree that Go's formatting works on.
//!
//! The interpreter converts a runtime value into an `FVal` before formatting it. The tree holds
//! what Go's `fmt` can observe through reflection and nothing more: the dynamic type's name as
//! `%T` prints it, the value's kind and contents, and the results of the methods `fmt` may call
//! (`Error`, `String`, `GoString`), already computed by the interpreter. Whether a result is used
//! is decided here, by Go's rules, not by the interpreter.
//!
//! Go strings are byte sequences that need not be valid UTF-8, so strings are `Vec<u8>`.

use std::rc::Rc;

/// A Go value as `fmt` sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct FVal {
    /// The dynamic type as `%T` prints it: `int`, `main.T`, `*main.T`, `[]interface {}`,
    /// `map[string]int`, `struct { A int }`. For [`Kind::Nil`], the static interface type
    /// (`interface {}`, `error`) when nested, or empty for a top-level untyped nil.
    pub ty: Rc<str>,
    /// What the value is.
    pub kind: Kind,
    /// Results of the methods `fmt` may call, when the dynamic type has them.
    pub methods: Option<Box<Methods>>,
}

/// The shape of a value, following `reflect.Kind` (complex numbers are left out).
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A nil interface value: `<nil>`.
    Nil,
    /// `bool` or a type defined on it.
    Bool(bool),
    /// Any signed integer type (`int`, `int8`..`int64`, `rune`, named ones).
    Int(i64),
    /// Any unsigned integer type (`uint`, `uint8`/`byte`..`uint64`, `uintptr`).
    Uint(u64),
    /// `float64` or a type defined on it.
    Float64(f64),
    /// `float32` or a type defined on it: formatted with float32's shortest digits.
    Float32(f32),
    /// `string` or a type defined on it (bytes, not necessarily UTF-8).
    Str(Vec<u8>),
    /// A slice; `items: None` is a nil slice. `bytes` marks an element kind of `uint8`, which
    /// `%s %q %x %X` print as a string. `addr` is the address of the first element (`%p`).
    Slice { items: Option<Vec<FVal>>, bytes: bool, addr: u64 },
    /// An array; `bytes` as for slices.
    Array { items: Vec<FVal>, bytes: bool },
    /// A map; `entries: None` is a nil map. Entries may come in any order: `fmt` sorts them.
    Map { entries: Option<Vec<(FVal, FVal)>>, addr: u64 },
    /// A struct, its fields in declaration order.
    Struct(Vec<Field>),
    /// A pointer. `addr` 0 is nil. `target` is the pointed-to struct, array, slice or map; Go
    /// prints it (`&{...}`) for a top-level operand and for a pointer it reports under a bad verb
    /// (`%!s(*main.T=&{1 2})`), and an address everywhere else. So the interpreter attaches it
    /// when at most one pointer lies above this one on the way from the operand (top-level
    /// pointers and pointers inside their targets or inside non-pointer values), and leaves it
    /// `None` deeper, which also keeps cyclic data finite.
    Pointer { addr: u64, target: Option<Box<FVal>> },
    /// A func value; `addr` 0 is nil.
    Func { addr: u64 },
    /// A channel; `addr` 0 is nil.
    Chan { addr: u64 },
    /// An `unsafe.Pointer`.
    UnsafePointer { addr: u64 },
}

/// One struct field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The field name; for an embedded field, its type's name (`Base`).
    pub name: Rc<str>,
    /// Whether the name is exported. Go's `fmt` never calls `Error`/`String` on a value reached
    /// through an unexported field (reflection cannot), so it prints the raw value there.
    pub exported: bool,
    /// The field's value; for an interface-typed field, its dynamic value (or [`Kind::Nil`] with
    /// the interface type as `ty`).
    pub val: FVal,
}

/// The outcome of one method call made on `fmt`'s behalf.
#[derive(Clone, Debug, PartialEq)]
pub enum Call {
    /// The method returned this string.
    Returned(Vec<u8>),
    /// The method panicked with this value; `fmt` prints `%!v(PANIC=String method: VALUE)`, or
    /// `<nil>` when the receiver is a nil pointer.
    Panicked(Box<FVal>),
    /// Not called yet; the number is the interpreter's handle for the call. [`method_calls`]
    /// lists the pending calls Go's `fmt` would make, in Go's order, so the interpreter makes
    /// exactly those (side effects included), then [`FVal::resolve`]s them and prints.
    ///
    /// [`method_calls`]: super::method_calls
    Pending(u64),
}

/// The methods of the dynamic type that `fmt` honours, each already called.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Methods {
    /// `Error() string`, when the type implements `error` (takes precedence over `String`).
    pub error: Option<Call>,
    /// `String() string`, when the type implements `fmt.Stringer`.
    pub string: Option<Call>,
    /// `GoString() string`, used by `%#v` only.
    pub go_string: Option<Call>,
}

impl Call {
    /// A method that returned `s`.
    pub fn returned(s: impl Into<Vec<u8>>) -> Call {
        Call::Returned(s.into())
    }
}

impl FVal {
    fn new(ty: &str, kind: Kind) -> FVal {
        FVal { ty: Rc::from(ty), kind, methods: None }
    }
    /// A top-level untyped nil (`fmt.Println(nil)`, a nil `error` passed as an argument).
    pub fn nil() -> FVal {
        FVal::new("", Kind::Nil)
    }
    /// A nil interface nested in a composite value: `ty` is the interface type (`error`).
    pub fn nil_of(ty: &str) -> FVal {
        FVal::new(ty, Kind::Nil)
    }
    /// A `bool`.
    pub fn bool(b: bool) -> FVal {
        FVal::new("bool", Kind::Bool(b))
    }
    /// An `int`.
    pub fn int(v: i64) -> FVal {
        FVal::new("int", Kind::Int(v))
    }
    /// A signed integer of type `ty` (`int64`, `int32`, `main.Celsius`).
    pub fn int_of(ty: &str, v: i64) -> FVal {
        FVal::new(ty, Kind::Int(v))
    }
    /// An unsigned integer of type `ty` (`uint`, `uint8`, `uintptr`).
    pub fn uint_of(ty: &str, v: u64) -> FVal {
        FVal::new(ty, Kind::Uint(v))
    }
    /// A `float64`.
    pub fn float64(v: f64) -> FVal {
        FVal::new("float64", Kind::Float64(v))
    }
    /// A `float32`.
    pub fn float32(v: f32) -> FVal {
        FVal::new("float32", Kind::Float32(v))
    }
    /// A `string`.
    pub fn string(s: impl Into<Vec<u8>>) -> FVal {
        FVal::new("string", Kind::Str(s.into()))
    }
    /// A value of string kind with type `ty` (`main.ctxKey`).
    pub fn string_of(ty: &str, s: impl Into<Vec<u8>>) -> FVal {
        FVal::new(ty, Kind::Str(s.into()))
    }
    /// A non-nil `[]byte`.
    pub fn bytes(b: &[u8]) -> FVal {
        let items = b.iter().map(|&c| FVal::uint_of("uint8", c as u64)).collect();
        FVal::new("[]uint8", Kind::Slice { items: Some(items), bytes: true, addr: 0 })
    }
    /// A byte slice of a named type (`type Bytes []byte`); `None` is a nil slice.
    pub fn byte_slice(ty: &str, b: Option<&[u8]>) -> FVal {
        let items = b.map(|b| b.iter().map(|&c| FVal::uint_of("uint8", c as u64)).collect());
        FVal::new(ty, Kind::Slice { items, bytes: true, addr: 0 })
    }
    /// A slice of type `ty`; `None` is a nil slice. Its elements count as bytes (`%s` prints
    /// them as text) when `ty` names `uint8` elements (`[]uint8`); see also [`FVal::byte_slice`].
    pub fn slice(ty: &str, items: Option<Vec<FVal>>) -> FVal {
        let bytes = ty.ends_with("]uint8");
        FVal::new(ty, Kind::Slice { items, bytes, addr: 0 })
    }
    /// An array of type `ty` (elements count as bytes as for [`FVal::slice`]).
    pub fn array(ty: &str, items: Vec<FVal>) -> FVal {
        let bytes = ty.ends_with("]uint8");
        FVal::new(ty, Kind::Array { items, bytes })
    }
    /// A map of type `ty`; `None` is a nil map.
    pub fn map(ty: &str, entries: Option<Vec<(FVal, FVal)>>) -> FVal {
        FVal::new(ty, Kind::Map { entries, addr: 0 })
    }
    /// A struct of type `ty` with exported fields `(name, value)`.
    pub fn strukt(ty: &str, fields: Vec<(&str, FVal)>) -> FVal {
        let fields = fields
            .into_iter()
            .map(|(name, val)| Field {
                exported: name.chars().next().is_some_and(char::is_uppercase),
                name: Rc::from(name),
                val,
            })
            .collect();
        FVal::new(ty, Kind::Struct(fields))
    }
    /// A pointer of type `ty` (`*main.T`) at `addr` (0 is nil), with its target when top-level.
    pub fn pointer(ty: &str, addr: u64, target: Option<FVal>) -> FVal {
        FVal::new(ty, Kind::Pointer { addr, target: target.map(Box::new) })
    }
    /// A func value of type `ty` (`func(int) string`) at `addr` (0 is nil).
    pub fn func(ty: &str, addr: u64) -> FVal {
        FVal::new(ty, Kind::Func { addr })
    }
    /// A channel of type `ty` (`chan int`) at `addr` (0 is nil).
    pub fn chan(ty: &str, addr: u64) -> FVal {
        FVal::new(ty, Kind::Chan { addr })
    }
    /// The same value as a defined type: `FVal::float64(21.5).named("main.Celsius")`.
    pub fn named(mut self, ty: &str) -> FVal {
        self.ty = Rc::from(ty);
        self
    }
    /// The same slice, map, pointer, func or chan at address `addr` (what `%p` prints).
    pub fn at(mut self, at: u64) -> FVal {
        match &mut self.kind {
            Kind::Slice { addr, .. } | Kind::Map { addr, .. } | Kind::Pointer { addr, .. } => *addr = at,
            Kind::Func { addr } | Kind::Chan { addr } | Kind::UnsafePointer { addr } => *addr = at,
            _ => {}
        }
        self
    }
    /// The same value with its `Error()` result.
    pub fn with_error(mut self, c: Call) -> FVal {
        self.methods.get_or_insert_with(Default::default).error = Some(c);
        self
    }
    /// The same value with its `String()` result.
    pub fn with_string(mut self, c: Call) -> FVal {
        self.methods.get_or_insert_with(Default::default).string = Some(c);
        self
    }
    /// The same value with its `GoString()` result.
    pub fn with_go_string(mut self, c: Call) -> FVal {
        self.methods.get_or_insert_with(Default::default).go_string = Some(c);
        self
    }
    /// Replaces every `Call::Pending(id)` in the tree (method results, pointer targets, panic
    /// values included) by `call`; returns how many it replaced.
    pub fn resolve(&mut self, id: u64, call: &Call) -> usize {
        let mut n = 0;
        if let Some(m) = self.methods.as_deref_mut() {
            for slot in [&mut m.error, &mut m.string, &mut m.go_string].into_iter().flatten() {
                match slot {
                    Call::Pending(p) if *p == id => {
                        *slot = call.clone();
                        n += 1;
                    }
                    Call::Panicked(v) => n += v.resolve(id, call),
                    _ => {}
                }
            }
        }
        let children: Vec<&mut FVal> = match &mut self.kind {
            Kind::Slice { items: Some(items), .. } | Kind::Array { items, .. } => items.iter_mut().collect(),
            Kind::Map { entries: Some(entries), .. } => {
                entries.iter_mut().flat_map(|(k, v)| [k, v]).collect()
            }
            Kind::Struct(fields) => fields.iter_mut().map(|f| &mut f.val).collect(),
            Kind::Pointer { target: Some(t), .. } => vec![&mut **t],
            _ => vec![],
        };
        children.into_iter().map(|c| c.resolve(id, call)).sum::<usize>() + n
    }

    /// Whether the dynamic type implements `error` (what `%w` requires).
    pub fn is_error(&self) -> bool {
        self.methods.as_ref().is_some_and(|m| m.error.is_some())
    }
    /// Whether the kind is string (Go's `Sprint` puts no space next to such operands).
    pub fn is_string_kind(&self) -> bool {
        matches!(self.kind, Kind::Str(_))
    }
}

/// A deterministic stand-in for a heap address, for the interpreter to give object number `id`
/// (counting from 1 in allocation order): `0xc000010000 + 0x10 * id`. The result looks like a
/// Go heap address (`0xc000010010`), is distinct per object, 16-byte aligned, and the same on every
/// run of the same program, so output that prints pointers stays reproducible.
pub fn fake_address(id: u64) -> u64 {
    0xc000010000u64.wrapping_add(id.wrapping_mul(0x10))
}
