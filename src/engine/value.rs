//! Go values used as context keys and values, with Go's interface equality and print rules.
//!
//! Owns [`GoValue`]. It does not run Go code: a value whose type has a `String()` method carries
//! that method's result, computed by whoever made the value (today the scene; the planned interpreter too).

use std::fmt;

/// A Go value held in an `any`: its dynamic type and its value.
///
/// Equality ([`PartialEq`]) is Go's interface equality: same dynamic type AND same value, so
/// `ctxKey("id")` (type `main.ctxKey`) is not the plain string `"id"` (type `string`).
#[derive(Clone, Debug)]
pub enum GoValue {
    /// The nil interface.
    Nil,
    /// A string-kinded value of type `ty` (`string` for a plain string).
    String {
        /// The dynamic type's name: `string`, `main.ctxKey`, ...
        ty: String,
        /// The value.
        v: String,
    },
    /// An integer-kinded value of type `ty` (`int`, `main.key1`, ...).
    Int {
        /// The dynamic type's name.
        ty: String,
        /// The value.
        v: i64,
    },
    /// A boolean-kinded value of type `ty`.
    Bool {
        /// The dynamic type's name.
        ty: String,
        /// The value.
        v: bool,
    },
    /// Anything else, identified by `id`: a pointer (`*main.user`, comparable by address), a
    /// struct, or a slice or map (not comparable).
    Opaque {
        /// The dynamic type's name, e.g. `*main.value` or `[]uint8`.
        ty: String,
        /// Identity: two comparable opaque values of one type are equal iff their ids are.
        id: u64,
        /// Whether the type supports `==` (false for slices, maps, funcs).
        comparable: bool,
    },
    /// `inner`, whose type has a `String()` method returning `shown`. Equality ignores `shown`.
    Stringer {
        /// The value itself.
        inner: Box<GoValue>,
        /// What its `String()` method returns.
        shown: String,
    },
}

impl GoValue {
    /// A plain Go `string`.
    pub fn string(v: impl Into<String>) -> GoValue {
        GoValue::String { ty: "string".into(), v: v.into() }
    }

    /// A value of a named string type, e.g. `typed_string("main.ctxKey", "id")`.
    pub fn typed_string(ty: impl Into<String>, v: impl Into<String>) -> GoValue {
        GoValue::String { ty: ty.into(), v: v.into() }
    }

    /// A plain Go `int`.
    pub fn int(v: i64) -> GoValue {
        GoValue::Int { ty: "int".into(), v }
    }

    /// A value of a named integer type, e.g. `typed_int("main.key1", 1)`.
    pub fn typed_int(ty: impl Into<String>, v: i64) -> GoValue {
        GoValue::Int { ty: ty.into(), v }
    }

    /// A plain Go `bool`.
    pub fn bool(v: bool) -> GoValue {
        GoValue::Bool { ty: "bool".into(), v }
    }

    /// An opaque value (pointer, struct, slice...) of type `ty` with identity `id`.
    pub fn opaque(ty: impl Into<String>, id: u64, comparable: bool) -> GoValue {
        GoValue::Opaque { ty: ty.into(), id, comparable }
    }

    /// This value, given a `String()` method that returns `shown`.
    pub fn with_string_method(self, shown: impl Into<String>) -> GoValue {
        GoValue::Stringer { inner: Box::new(self.without_string_method()), shown: shown.into() }
    }

    fn without_string_method(self) -> GoValue {
        match self {
            GoValue::Stringer { inner, .. } => inner.without_string_method(),
            v => v,
        }
    }

    fn base(&self) -> &GoValue {
        match self {
            GoValue::Stringer { inner, .. } => inner.base(),
            v => v,
        }
    }

    /// True for the nil interface.
    pub fn is_nil(&self) -> bool {
        matches!(self.base(), GoValue::Nil)
    }

    /// The dynamic type's name as `%T` prints it (`<nil>` for nil).
    pub fn type_name(&self) -> &str {
        match self.base() {
            GoValue::Nil => "<nil>",
            GoValue::String { ty, .. }
            | GoValue::Int { ty, .. }
            | GoValue::Bool { ty, .. }
            | GoValue::Opaque { ty, .. } => ty,
            GoValue::Stringer { .. } => "",
        }
    }

    /// Whether the dynamic type supports `==` (a nil interface counts as comparable).
    pub fn is_comparable(&self) -> bool {
        match self.base() {
            GoValue::Opaque { comparable, .. } => *comparable,
            _ => true,
        }
    }

    /// How the value reads in the Go source of package `main`: a string as a quoted literal, a
    /// value of a named string type as a conversion (`ctxKey("requestID")`), anything else as
    /// `fmt.Print` shows it.
    pub fn go_source(&self) -> String {
        match self {
            GoValue::String { ty, v } if ty == "string" => format!("{v:?}"),
            GoValue::String { ty, v } => format!("{}({v:?})", ty.trim_start_matches("main.")),
            _ => self.to_string(),
        }
    }

    /// How `context` prints a key or value in `WithValue(key, val)` (Go's `stringify`): the
    /// `String()` method if there is one, a plain `string` as itself, nil as `<nil>`, anything else
    /// as its type name (`main.key`).
    pub fn context_string(&self) -> String {
        match self {
            GoValue::Stringer { shown, .. } => shown.clone(),
            GoValue::Nil => "<nil>".into(),
            GoValue::String { ty, v } if ty == "string" => v.clone(),
            other => other.type_name().to_string(),
        }
    }
}

impl PartialEq for GoValue {
    fn eq(&self, other: &Self) -> bool {
        match (self.base(), other.base()) {
            (GoValue::Nil, GoValue::Nil) => true,
            (GoValue::String { ty: a, v: x }, GoValue::String { ty: b, v: y }) => a == b && x == y,
            (GoValue::Int { ty: a, v: x }, GoValue::Int { ty: b, v: y }) => a == b && x == y,
            (GoValue::Bool { ty: a, v: x }, GoValue::Bool { ty: b, v: y }) => a == b && x == y,
            (
                GoValue::Opaque { ty: a, id: x, comparable: true },
                GoValue::Opaque { ty: b, id: y, comparable: true },
            ) => a == b && x == y,
            _ => false,
        }
    }
}

/// `fmt.Print`'s `%v` for the simple cases: strings and numbers as themselves, nil as `<nil>`,
/// a Stringer via its method, an opaque value as `type#id`.
impl fmt::Display for GoValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoValue::Nil => f.write_str("<nil>"),
            GoValue::String { v, .. } => f.write_str(v),
            GoValue::Int { v, .. } => write!(f, "{v}"),
            GoValue::Bool { v, .. } => write!(f, "{v}"),
            GoValue::Opaque { ty, id, .. } => write!(f, "{ty}#{id}"),
            GoValue::Stringer { shown, .. } => f.write_str(shown),
        }
    }
}
