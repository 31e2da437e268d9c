//! Constant values and constant folding (`const` declarations, `iota`, untyped arithmetic).

use super::super::ast::{Expr, ExprKind};
use super::super::types::{ids, Type, TypeId};
use super::{Compiler, Ent};
use std::rc::Rc;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    /// Integers (and runes), exact.
    Int(i128),
    /// Floats.
    Float(f64),
    /// Strings.
    Str(Rc<str>),
    /// Booleans.
    Bool(bool),
}

impl ConstVal {
    /// As a float.
    pub fn f(&self) -> f64 {
        match self {
            ConstVal::Int(i) => *i as f64,
            ConstVal::Float(f) => *f,
            _ => 0.0,
        }
    }
    /// Go's spelling in error messages.
    pub fn show(&self) -> String {
        match self {
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => format!("{f}"),
            ConstVal::Str(s) => format!("{s:?}"),
            ConstVal::Bool(b) => b.to_string(),
        }
    }
}

impl Compiler {
    /// The constant value of `e`, if it is a constant expression.
    pub(crate) fn const_eval(&mut self, e: &Expr) -> Option<(TypeId, ConstVal)> {
        match &e.kind {
            ExprKind::Int(s) => parse_int(s).map(|v| (ids::UNTYPED_INT, ConstVal::Int(v))),
            ExprKind::Float(s) => s.parse::<f64>().ok().map(|v| (ids::UNTYPED_FLOAT, ConstVal::Float(v))),
            ExprKind::Char(c) => Some((ids::UNTYPED_RUNE, ConstVal::Int(*c as i128))),
            ExprKind::Str(s) => Some((ids::UNTYPED_STRING, ConstVal::Str(Rc::from(s.as_str())))),
            ExprKind::Paren(x) => self.const_eval(x),
            ExprKind::Ident(name) => match self.lookup(name) {
                Some(Ent::Const(t, v)) => {
                    self.mark_used_name(name);
                    Some((t, v))
                }
                Some(Ent::Iota) => self.iota.map(|i| (ids::UNTYPED_INT, ConstVal::Int(i as i128))),
                _ => None,
            },
            ExprKind::Selector(x, name, _) => {
                if let ExprKind::Ident(p) = &x.kind {
                    if let Some(Ent::Pkg(path)) = self.lookup(p) {
                        if let Some(Ent::Const(t, v)) = self.pkg_member(&path, name) {
                            self.use_import(p);
                            return Some((t, v));
                        }
                    }
                }
                None
            }
            ExprKind::Unary(op, x) => {
                let (t, v) = self.const_eval(x)?;
                let r = match (*op, v) {
                    ("-", ConstVal::Int(i)) => ConstVal::Int(-i),
                    ("-", ConstVal::Float(f)) => ConstVal::Float(-f),
                    ("+", v) => v,
                    ("!", ConstVal::Bool(b)) => ConstVal::Bool(!b),
                    ("^", ConstVal::Int(i)) => {
                        let r = !i;
                        match self.types.under(t) {
                            Type::Int { bits, signed: false } => ConstVal::Int(r & ((1i128 << bits) - 1)),
                            _ => ConstVal::Int(r),
                        }
                    }
                    _ => return None,
                };
                Some((t, r))
            }
            ExprKind::Binary(op, l, r) => {
                let (lt, lv) = self.const_eval(l)?;
                let (rt, rv) = self.const_eval(r)?;
                let ty = if matches!(*op, "<<" | ">>") { lt } else { self.join_untyped(lt, rt) };
                let is_float = matches!(self.types.under(ty), Type::Float(_) | Type::Untyped("float"));
                let v = match (lv, rv) {
                    (ConstVal::Int(a), ConstVal::Int(b)) if !is_float || matches!(*op, "<<" | ">>") => match *op {
                        "+" => ConstVal::Int(a.checked_add(b)?),
                        "-" => ConstVal::Int(a.checked_sub(b)?),
                        "*" => ConstVal::Int(a.checked_mul(b)?),
                        "/" if b != 0 => ConstVal::Int(a / b),
                        "%" if b != 0 => ConstVal::Int(a % b),
                        "&" => ConstVal::Int(a & b),
                        "|" => ConstVal::Int(a | b),
                        "^" => ConstVal::Int(a ^ b),
                        "&^" => ConstVal::Int(a & !b),
                        "<<" if (0..100).contains(&b) => ConstVal::Int(a.checked_shl(b as u32)?),
                        ">>" if (0..=1074).contains(&b) => ConstVal::Int(a >> b.min(127)),
                        "==" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a == b))),
                        "!=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a != b))),
                        "<" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a < b))),
                        "<=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a <= b))),
                        ">" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a > b))),
                        ">=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a >= b))),
                        _ => return None,
                    },
                    (a @ (ConstVal::Int(_) | ConstVal::Float(_)), b @ (ConstVal::Int(_) | ConstVal::Float(_))) => {
                        let (a, b) = (a.f(), b.f());
                        match *op {
                            "+" => ConstVal::Float(exactish(a + b)),
                            "-" => ConstVal::Float(exactish(a - b)),
                            "*" => ConstVal::Float(exactish(a * b)),
                            "/" if b != 0.0 => ConstVal::Float(a / b),
                            "==" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a == b))),
                            "!=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a != b))),
                            "<" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a < b))),
                            "<=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a <= b))),
                            ">" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a > b))),
                            ">=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a >= b))),
                            _ => return None,
                        }
                    }
                    (ConstVal::Str(a), ConstVal::Str(b)) => match *op {
                        "+" => ConstVal::Str(Rc::from(format!("{a}{b}").as_str())),
                        "==" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a == b))),
                        "!=" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a != b))),
                        "<" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a < b))),
                        ">" => return Some((ids::UNTYPED_BOOL, ConstVal::Bool(a > b))),
                        _ => return None,
                    },
                    (ConstVal::Bool(a), ConstVal::Bool(b)) => match *op {
                        "&&" => ConstVal::Bool(a && b),
                        "||" => ConstVal::Bool(a || b),
                        "==" => ConstVal::Bool(a == b),
                        "!=" => ConstVal::Bool(a != b),
                        _ => return None,
                    },
                    _ => return None,
                };
                let v = match (v, self.types.under(ty)) {
                    (ConstVal::Float(f), Type::Int { .. }) => ConstVal::Int(f as i128),
                    (ConstVal::Float(f), Type::Untyped("int" | "rune")) if f.fract() == 0.0 => ConstVal::Int(f as i128),
                    (v, _) => v,
                };
                let ty = match (&v, ty) {
                    (ConstVal::Float(_), ids::UNTYPED_INT | ids::UNTYPED_RUNE) => ids::UNTYPED_FLOAT,
                    (_, t) => t,
                };
                Some((ty, v))
            }
            ExprKind::Call { fun, args, spread: false, .. } if args.len() == 1 => {
                if let ExprKind::Ident(n) = &fun.kind {
                    if n == "len" && matches!(self.lookup(n), Some(Ent::Builtin(_))) {
                        if let Some((_, ConstVal::Str(s))) = self.const_eval(&args[0]) {
                            return Some((ids::INT, ConstVal::Int(s.len() as i128)));
                        }
                        return None;
                    }
                }
                let t = self.type_of_expr_quiet(fun)?;
                let (_, v) = self.const_eval(&args[0])?;
                let v = match (v, self.types.under(t).clone()) {
                    (ConstVal::Int(i), Type::Int { .. }) => ConstVal::Int(i),
                    (ConstVal::Float(f), Type::Int { .. }) if f.fract() == 0.0 => ConstVal::Int(f as i128),
                    (v @ (ConstVal::Int(_) | ConstVal::Float(_)), Type::Float(_)) => ConstVal::Float(v.f()),
                    (ConstVal::Str(s), Type::String) => ConstVal::Str(s),
                    (ConstVal::Int(i), Type::String) => {
                        ConstVal::Str(Rc::from(char::from_u32(i as u32).unwrap_or('\u{FFFD}').to_string().as_str()))
                    }
                    (ConstVal::Bool(b), Type::Bool) => ConstVal::Bool(b),
                    _ => return None,
                };
                Some((t, v))
            }
            _ => None,
        }
    }
}

/// Parses a Go integer literal (decimal, 0x, 0o, 0b, legacy octal).
pub fn parse_int(s: &str) -> Option<i128> {
    let l = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = l.strip_prefix("0x") {
        (r, 16)
    } else if let Some(r) = l.strip_prefix("0b") {
        (r, 2)
    } else if let Some(r) = l.strip_prefix("0o") {
        (r, 8)
    } else if l.len() > 1 && l.starts_with('0') {
        (&l[1..], 8)
    } else {
        (l.as_str(), 10)
    };
    i128::from_str_radix(digits, radix).ok()
}

impl Compiler {
    /// The type of a binary operation's result on two constant operands: the typed one's, or
    /// for two untyped ones the later kind in int < rune < float.
    pub(crate) fn join_untyped(&self, a: TypeId, b: TypeId) -> TypeId {
        let rank = |t: TypeId| match t {
            ids::UNTYPED_INT => 1,
            ids::UNTYPED_RUNE => 2,
            ids::UNTYPED_FLOAT => 3,
            _ => 0,
        };
        match (self.types.is_untyped(a), self.types.is_untyped(b)) {
            (true, false) => b,
            (false, _) => a,
            (true, true) => {
                if rank(a) >= rank(b) { a } else { b }
            }
        }
    }
}

/// Go's constant arithmetic is exact; f64 arithmetic on decimal literals is not (`0.1 + 0.2`).
/// When a 15-significant-digit decimal lies within two ulps of the f64 result and is shorter,
/// it is the exact result the f64 missed, so use it.
fn exactish(r: f64) -> f64 {
    if !r.is_finite() || r == 0.0 {
        return r;
    }
    let c: f64 = format!("{r:.14e}").parse().unwrap_or(r);
    let ulp = f64::from_bits(r.abs().to_bits() + 1) - r.abs();
    if (c - r).abs() <= 2.0 * ulp && format!("{c}").len() < format!("{r}").len() {
        c
    } else {
        r
    }
}
