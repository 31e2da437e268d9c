//! `GoType`: a type's structure, printed as Go's reflection prints it (`%T`, `%#v`, and the
//! `type=` part of `%!verb(type=value)`), for the interpreter to fill [`FVal::ty`] with.
//!
//! The spelling has rules that are easy to miss: `interface {}` with a space, `[]uint8` for
//! `[]byte`, `chan (<-chan int)` with parentheses, one result bare and several in parentheses,
//! embedded fields as their type, tags quoted.
//!
//! [`FVal::ty`]: super::FVal::ty

use super::quote::quote;
use std::fmt;
use std::rc::Rc;

/// A channel's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`.
    Both,
    /// `<-chan T`.
    Recv,
    /// `chan<- T`.
    Send,
}

/// A struct field as reflection sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct StructField {
    /// The name; `None` for an embedded field, which prints as its type alone.
    pub name: Option<Rc<str>>,
    /// The field's type.
    pub ty: GoType,
    /// The tag, if any, without its quotes.
    pub tag: Option<Rc<str>>,
}

/// A Go type's structure.
#[derive(Clone, Debug, PartialEq)]
pub enum GoType {
    /// A predeclared or defined type, by its qualified name: `int`, `uint8` (also for `byte`),
    /// `int32` (also for `rune`), `error`, `main.T`, `time.Duration`.
    Named(Rc<str>),
    /// `*T`.
    Pointer(Box<GoType>),
    /// `[]T`.
    Slice(Box<GoType>),
    /// `[N]T`.
    Array(u64, Box<GoType>),
    /// `map[K]V`.
    Map(Box<GoType>, Box<GoType>),
    /// `chan T`, `<-chan T`, `chan<- T`.
    Chan(ChanDir, Box<GoType>),
    /// `func(params) results`; with `variadic`, the last parameter is a slice written `...T`.
    Func { params: Vec<GoType>, results: Vec<GoType>, variadic: bool },
    /// `struct { ... }`, fields in declaration order.
    Struct(Vec<StructField>),
    /// `interface { ... }`: its method set (embedded interfaces flattened), each a name and a
    /// `Func` signature; printed sorted by name, as reflection keeps them.
    Interface(Vec<(Rc<str>, GoType)>),
}

impl GoType {
    /// A named type.
    pub fn named(name: &str) -> GoType {
        GoType::Named(Rc::from(name))
    }

    fn write_signature(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let GoType::Func { params, results, variadic } = self else { return write!(f, "{self}") };
        f.write_str("(")?;
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            match p {
                GoType::Slice(elem) if *variadic && i + 1 == params.len() => write!(f, "...{elem}")?,
                _ => write!(f, "{p}")?,
            }
        }
        f.write_str(")")?;
        match results.as_slice() {
            [] => Ok(()),
            [one] => write!(f, " {one}"),
            many => {
                f.write_str(" (")?;
                for (i, r) in many.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{r}")?;
                }
                f.write_str(")")
            }
        }
    }
}

impl fmt::Display for GoType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoType::Named(n) => f.write_str(n),
            GoType::Pointer(t) => write!(f, "*{t}"),
            GoType::Slice(t) => write!(f, "[]{t}"),
            GoType::Array(n, t) => write!(f, "[{n}]{t}"),
            GoType::Map(k, v) => write!(f, "map[{k}]{v}"),
            GoType::Chan(ChanDir::Recv, t) => write!(f, "<-chan {t}"),
            GoType::Chan(ChanDir::Send, t) => write!(f, "chan<- {t}"),
            GoType::Chan(ChanDir::Both, t) => match **t {
                GoType::Chan(ChanDir::Recv, _) => write!(f, "chan ({t})"),
                _ => write!(f, "chan {t}"),
            },
            GoType::Func { .. } => {
                f.write_str("func")?;
                self.write_signature(f)
            }
            GoType::Struct(fields) if fields.is_empty() => f.write_str("struct {}"),
            GoType::Struct(fields) => {
                f.write_str("struct { ")?;
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    match &field.name {
                        Some(name) => write!(f, "{name} {}", field.ty)?,
                        None => write!(f, "{}", field.ty)?,
                    }
                    if let Some(tag) = &field.tag {
                        write!(f, " {}", String::from_utf8_lossy(&quote(tag.as_bytes())))?;
                    }
                }
                f.write_str(" }")
            }
            GoType::Interface(methods) if methods.is_empty() => f.write_str("interface {}"),
            GoType::Interface(methods) => {
                let mut sorted: Vec<&(Rc<str>, GoType)> = methods.iter().collect();
                sorted.sort_by(|a, b| a.0.cmp(&b.0));
                f.write_str("interface { ")?;
                for (i, (name, sig)) in sorted.into_iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    f.write_str(name)?;
                    sig.write_signature(f)?;
                }
                f.write_str(" }")
            }
        }
    }
}
