//! Go types, interned: one [`TypeId`] per distinct type, so identity is `==` on ids.
//!
//! Owns [`Type`], [`TypeTable`] and Go's type names as `%T` and compile errors print them.
//! Named types (declared in the program, or the library's like `time.Duration`) are unique per
//! declaration; every other type is structural and interned by its shape.

use std::collections::HashMap;

/// Index of a type in the [`TypeTable`].
pub type TypeId = u32;

/// A method attached to a named type (or to a pointer to it).
#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    /// The method's name.
    pub name: String,
    /// Its signature (a `Func` type without the receiver).
    pub sig: TypeId,
    /// True if declared on `*T`.
    pub ptr_recv: bool,
    /// Where to call: a compiled function index, or a library function.
    pub target: MethodTarget,
}

/// Where a method's code lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodTarget {
    /// A function compiled from the program.
    Func(u32),
    /// A library method, by native id.
    Native(u16),
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldInfo {
    /// Its name (the type's name for an embedded field).
    pub name: String,
    /// Its type.
    pub ty: TypeId,
    /// True for an embedded field.
    pub embedded: bool,
}

/// The kinds of Go type this interpreter knows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `bool`.
    Bool,
    /// An integer type: bit size and signedness (`int` is 64-bit here, as on amd64).
    Int {
        /// 8, 16, 32 or 64.
        bits: u8,
        /// True for int..int64.
        signed: bool,
    },
    /// `float64` (`float32` is a float64 here, named `float32`).
    Float(u8),
    /// `string`.
    String,
    /// An untyped constant's kind: "int", "float", "rune", "string", "bool", "nil".
    Untyped(&'static str),
    /// A named type: its qualified name (`main.ctxKey`, `time.Duration`) and underlying type.
    Named {
        /// Qualified name as `%T` prints it.
        name: String,
        /// Its underlying type (set once the declaration is resolved).
        underlying: TypeId,
        /// Unique id of the declaration (named types are never structurally equal).
        decl: u32,
    },
    /// `*T`.
    Pointer(TypeId),
    /// `[]T`.
    Slice(TypeId),
    /// `[N]T`.
    Array(u64, TypeId),
    /// `map[K]V`.
    Map(TypeId, TypeId),
    /// `chan T` with direction 0 both, 1 send-only, 2 receive-only.
    Chan(u8, TypeId),
    /// A function signature.
    Func {
        /// Parameter types (the last is a slice when `variadic`).
        params: Vec<TypeId>,
        /// Result types.
        results: Vec<TypeId>,
        /// True if the last parameter is `...T`.
        variadic: bool,
    },
    /// `struct { ... }`.
    Struct(Vec<FieldInfo>),
    /// `interface { ... }`: methods sorted by name.
    Interface(Vec<(String, TypeId)>),
    /// Several values (a multi-value call's result).
    Tuple(Vec<TypeId>),
    /// A library object with no Go-visible structure (`sync.WaitGroup`'s insides, a timer).
    Opaque(&'static str),
}

/// All types of one program, interned, with method sets of named types.
#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    types: Vec<Type>,
    index: HashMap<Type, TypeId>,
    /// Methods declared on each named type, by the named type's id.
    pub methods: HashMap<TypeId, Vec<Method>>,
}

/// Ids of the predeclared types, fixed by [`TypeTable::new`].
#[allow(missing_docs)]
pub mod ids {
    use super::TypeId;
    pub const BOOL: TypeId = 0;
    pub const INT: TypeId = 1;
    pub const INT8: TypeId = 2;
    pub const INT16: TypeId = 3;
    pub const INT32: TypeId = 4;
    pub const INT64: TypeId = 5;
    pub const UINT: TypeId = 6;
    pub const UINT8: TypeId = 7;
    pub const UINT16: TypeId = 8;
    pub const UINT32: TypeId = 9;
    pub const UINT64: TypeId = 10;
    pub const UINTPTR: TypeId = 11;
    pub const FLOAT64: TypeId = 12;
    pub const FLOAT32: TypeId = 13;
    pub const STRING: TypeId = 14;
    pub const UNTYPED_INT: TypeId = 15;
    pub const UNTYPED_FLOAT: TypeId = 16;
    pub const UNTYPED_RUNE: TypeId = 17;
    pub const UNTYPED_STRING: TypeId = 18;
    pub const UNTYPED_BOOL: TypeId = 19;
    pub const UNTYPED_NIL: TypeId = 20;
    pub const ANY: TypeId = 21;
    pub const ERROR: TypeId = 22;
    pub const STRING_FUNC: TypeId = 23;
    pub const ERROR_IFACE: TypeId = 24;
    pub const ERROR_FUNC: TypeId = 25;
    pub const VOID_FUNC: TypeId = 26;
    pub const EMPTY_STRUCT: TypeId = 27;
    /// The result type of a call with no results (an empty tuple).
    pub const NO_VALUE: TypeId = 28;
}

impl TypeTable {
    /// A table holding the predeclared types at their [`ids`].
    pub fn new() -> TypeTable {
        let mut t = TypeTable::default();
        let int = |bits, signed| Type::Int { bits, signed };
        for ty in [
            Type::Bool,
            int(64, true),
            int(8, true),
            int(16, true),
            int(32, true),
            int(64, true),
            int(64, false),
            int(8, false),
            int(16, false),
            int(32, false),
            int(64, false),
            int(64, false),
            Type::Float(64),
            Type::Float(32),
            Type::String,
            Type::Untyped("int"),
            Type::Untyped("float"),
            Type::Untyped("rune"),
            Type::Untyped("string"),
            Type::Untyped("bool"),
            Type::Untyped("nil"),
        ] {
            t.types.push(ty.clone());
        }
        // Distinct predeclared integer types share a shape: keep them unindexed except `int`.
        for (i, ty) in t.types.clone().into_iter().enumerate() {
            t.index.entry(ty).or_insert(i as TypeId);
        }
        let any = t.intern(Type::Interface(vec![]));
        debug_assert_eq!(any, ids::ANY);
        let err = t.types.len() as TypeId;
        t.types.push(Type::Named { name: "error".into(), underlying: 0, decl: err });
        let string_fn = t.intern(Type::Func { params: vec![], results: vec![ids::STRING], variadic: false });
        let iface = t.intern(Type::Interface(vec![("Error".into(), string_fn)]));
        t.set_underlying(err, iface);
        let ef = t.intern(Type::Func { params: vec![err], results: vec![], variadic: false });
        let vf = t.intern(Type::Func { params: vec![], results: vec![], variadic: false });
        let es = t.intern(Type::Struct(vec![]));
        let nv = t.intern(Type::Tuple(vec![]));
        debug_assert_eq!(nv, ids::NO_VALUE);
        debug_assert_eq!((err, string_fn, iface, ef, vf, es), (ids::ERROR, ids::STRING_FUNC, ids::ERROR_IFACE, ids::ERROR_FUNC, ids::VOID_FUNC, ids::EMPTY_STRUCT));
        t
    }

    /// The type with id `id`.
    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id as usize]
    }

    /// The id of a structural type, adding it if new.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.index.get(&ty) {
            return id;
        }
        let id = self.types.len() as TypeId;
        self.types.push(ty.clone());
        self.index.insert(ty, id);
        id
    }

    /// A new named type (its underlying type set later with [`TypeTable::set_underlying`]).
    pub fn new_named(&mut self, name: &str) -> TypeId {
        let id = self.types.len() as TypeId;
        self.types.push(Type::Named { name: name.into(), underlying: ids::ANY, decl: id });
        id
    }

    /// Resolves a named type's underlying type.
    pub fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        let under = self.underlying(under);
        if let Type::Named { underlying, .. } = &mut self.types[named as usize] {
            *underlying = under;
        }
    }

    /// The underlying type's id (itself for unnamed types).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named { underlying, .. } => *underlying,
            _ => id,
        }
    }

    /// The underlying type.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    /// True for named types (and predeclared ones, which Go counts as named).
    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named { .. }) || id <= ids::STRING
    }

    /// True for interface types.
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    /// True for untyped constant types.
    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Untyped(_))
    }

    /// Go's spelling of a type, e.g. `map[string][]int`, `*main.T`, `func(int) error`.
    pub fn name(&self, id: TypeId) -> String {
        match self.get(id) {
            Type::Bool => "bool".into(),
            Type::Int { .. } => match id {
                ids::INT8 => "int8",
                ids::INT16 => "int16",
                ids::INT32 => "int32",
                ids::INT64 => "int64",
                ids::UINT => "uint",
                ids::UINT8 => "uint8",
                ids::UINT16 => "uint16",
                ids::UINT32 => "uint32",
                ids::UINT64 => "uint64",
                ids::UINTPTR => "uintptr",
                _ => "int",
            }
            .into(),
            Type::Float(32) => "float32".into(),
            Type::Float(_) => "float64".into(),
            Type::String => "string".into(),
            Type::Untyped(k) => format!("untyped {k}"),
            Type::Named { name, .. } => name.clone(),
            Type::Pointer(t) => format!("*{}", self.name(*t)),
            Type::Slice(t) => format!("[]{}", self.name(*t)),
            Type::Array(n, t) => format!("[{n}]{}", self.name(*t)),
            Type::Map(k, v) => format!("map[{}]{}", self.name(*k), self.name(*v)),
            Type::Chan(d, t) => match d {
                1 => format!("chan<- {}", self.name(*t)),
                2 => format!("<-chan {}", self.name(*t)),
                _ => format!("chan {}", self.name(*t)),
            },
            Type::Func { .. } => format!("func{}", self.sig_string(id)),
            Type::Struct(fields) => {
                let fs: Vec<String> = fields
                    .iter()
                    .map(|f| if f.embedded { self.name(f.ty) } else { format!("{} {}", f.name, self.name(f.ty)) })
                    .collect();
                if fs.is_empty() {
                    "struct {}".to_string()
                } else {
                    format!("struct {{ {} }}", fs.join("; "))
                }
            }
            Type::Interface(ms) if ms.is_empty() => "interface {}".into(),
            Type::Interface(ms) => {
                let fs: Vec<String> = ms.iter().map(|(n, s)| format!("{n}{}", self.sig_string(*s))).collect();
                format!("interface {{ {} }}", fs.join("; "))
            }
            Type::Tuple(ts) => {
                let fs: Vec<String> = ts.iter().map(|t| self.name(*t)).collect();
                format!("({})", fs.join(", "))
            }
            Type::Opaque(n) => (*n).into(),
        }
    }

    /// `(int, string) error` for a func type.
    pub fn sig_string(&self, id: TypeId) -> String {
        let Type::Func { params, results, variadic } = self.get(id) else { return String::new() };
        let mut ps: Vec<String> = params.iter().map(|t| self.name(*t)).collect();
        if *variadic {
            if let Some(last) = ps.last_mut() {
                *last = format!("...{}", last.trim_start_matches("[]"));
            }
        }
        let rs: Vec<String> = results.iter().map(|t| self.name(*t)).collect();
        match rs.len() {
            0 => format!("({})", ps.join(", ")),
            1 => format!("({}) {}", ps.join(", "), rs[0]),
            _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
        }
    }

    /// The methods of `id`'s method set: for a named type its value-receiver methods (plus
    /// pointer-receiver ones when `ptr`), for an interface its methods.
    pub fn method(&self, id: TypeId, name: &str) -> Option<&Method> {
        self.methods.get(&id).and_then(|ms| ms.iter().find(|m| m.name == name))
    }

    /// True if values of `t` are comparable with `==`.
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.under(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func { .. } => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            Type::Array(_, e) => self.comparable(*e),
            _ => true,
        }
    }

    /// Number of types (ids run from 0 to this).
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// True if no types (never, after `new`).
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }
}
