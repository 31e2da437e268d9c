//! Assignability: Go's rules for `=` and arguments (interfaces and method sets, untyped
//! constants and their conversion), and how Go describes operands in `cannot use` errors.

use super::super::ast::*;
use super::super::bytecode::Op;
use super::super::types::{ids, Type, TypeId};
use super::super::vm::value::Value;
use super::expr::Sel;
use super::{expr_str, Compiler, ConstVal, Ent};

impl Compiler {
    /// Emits constant `v` (of constant type `from`) as a value of type `to`.
    pub(crate) fn emit_const(&mut self, v: &ConstVal, from: TypeId, to: TypeId, pos: Pos) -> TypeId {
        let target = if self.types.is_interface(to) || self.types.is_untyped(to) { self.default_type(from) } else { to };
        match (v, self.types.under(target).clone()) {
            (ConstVal::Float(f), Type::Int { .. }) => self.emit(Op::Int(*f as i64), pos),
            (v, Type::Float(_)) => self.emit(Op::Float(v.f()), pos),
            (ConstVal::Int(i), _) => self.emit(Op::Int(*i as i64), pos),
            (ConstVal::Float(f), _) => self.emit(Op::Float(*f), pos),
            (ConstVal::Bool(b), _) => self.emit(Op::Bool(*b), pos),
            (ConstVal::Str(s), _) => {
                let k = self.add_const(Value::Str(s.clone()));
                self.emit(Op::Const(k), pos)
            }
        };
        if self.types.is_interface(to) {
            self.emit(Op::ToIface(target), pos);
            return to;
        }
        target
    }

    /// Converts a constant to type `to`, reporting overflow and mismatches.
    pub(crate) fn convert_const(&mut self, v: ConstVal, from: TypeId, to: TypeId, e: &Expr) -> ConstVal {
        let under = self.types.under(to).clone();
        let ok = match (&v, &under) {
            (ConstVal::Int(_), Type::Int { .. } | Type::Float(_)) => true,
            (ConstVal::Float(f), Type::Int { .. }) => f.fract() == 0.0,
            (ConstVal::Float(_), Type::Float(_)) => true,
            (ConstVal::Str(_), Type::String) => true,
            (ConstVal::Bool(_), Type::Bool) => true,
            (_, Type::Interface(_)) => true,
            _ => false,
        };
        if !ok {
            let desc = self.describe(e, from, Some(&v));
            if let (ConstVal::Float(_), Type::Int { .. }) = (&v, &under) {
                { let __m = format!("cannot use {} ({desc}) as {} value in {} (truncated)", expr_str(e), self.tn(to), self.conv_ctx); self.err(e.pos, __m); };
            } else {
                { let __m = format!("cannot use {} ({desc}) as {} value in {}", expr_str(e), self.tn(to), self.conv_ctx); self.err(e.pos, __m); };
            }
            return v;
        }
        if let (ConstVal::Int(i), Type::Int { bits, signed }) = (&v, &under) {
            let (lo, hi): (i128, i128) = if *signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            if *i < lo || *i > hi {
                let desc = self.describe(e, from, Some(&v));
                { let __m = format!("cannot use {} ({desc}) as {} value in {} (overflows)", expr_str(e), self.tn(to), self.conv_ctx); self.err(e.pos, __m); };
            }
        }
        match (v, under) {
            (ConstVal::Float(f), Type::Int { .. }) => ConstVal::Int(f as i128),
            (v @ ConstVal::Int(_), Type::Float(_)) => ConstVal::Float(v.f()),
            (v, _) => v,
        }
    }

    /// How Go describes an operand in errors: `variable of type int`, `untyped int constant`...
    pub(crate) fn describe(&mut self, e: &Expr, t: TypeId, cv: Option<&ConstVal>) -> String {
        let tn = self.tn(t);
        if let Some(v) = cv {
            if self.types.is_untyped(t) {
                let lit = matches!(e.kind, ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Char(_));
                return if lit { format!("{tn} constant") } else { format!("{tn} constant {}", v.show()) };
            }
            return format!("constant {} of type {tn}", v.show());
        }
        if t == ids::UNTYPED_NIL {
            return "untyped nil".into();
        }
        if let ExprKind::FuncLit(sig, _) = &e.kind {
            return format!("value of type func{}", super::sig_str(sig));
        }
        if let ExprKind::Ident(n) = &e.kind {
            if let Some(Ent::Var(_)) = self.lookup(n) {
                return format!("variable of {}type {tn}", self.struct_word(t));
            }
        }
        format!("value of {}type {tn}", self.struct_word(t))
    }

    pub(crate) fn struct_word(&self, t: TypeId) -> String {
        if self.types.is_named(t) && t > ids::STRING && t != ids::ERROR {
            let u = self.types.underlying(t);
            match self.types.get(u) {
                Type::Struct(_) => "struct ".into(),
                Type::Interface(_) => "interface ".into(),
                Type::Slice(_) => "slice ".into(),
                Type::Map(..) => "map ".into(),
                Type::Pointer(_) => "pointer ".into(),
                Type::Func { .. } => "func ".into(),
                Type::Chan(..) => "chan ".into(),
                Type::Array(..) => "array ".into(),
                Type::Opaque(_) => "struct ".into(),
                _ => format!("{} ", self.types.name(u)),
            }
        } else {
            String::new()
        }
    }

    /// Checks that a value of type `from` (already on the stack) can be assigned to `to`, and
    /// wraps it in an interface if `to` is one. Reports Go's `cannot use` error otherwise.
    pub(crate) fn assign_conv(&mut self, from: TypeId, to: TypeId, e: &Expr, ctx: &str) -> bool {
        if from == to || to == ids::ANY && self.types.is_interface(from) {
            return true;
        }
        match self.assignable(from, to) {
            Ok(wrap) => {
                if wrap {
                    self.emit(Op::ToIface(self.default_type(from)), e.pos);
                }
                true
            }
            Err(why) => {
                if from == ids::ANY && self.errors.iter().any(|x| x.0 == e.pos) {
                    return false;
                }
                let cv = self.const_eval(e).map(|x| x.1);
                let desc = self.describe(e, from, cv.as_ref());
                let tn = self.tn(to);
                let msg = if self.types.is_untyped(from) && cv.is_some() && self.types.is_interface(to) {
                    format!("cannot use {} (constant of type {}) as {tn} value in {ctx}{why}", expr_str(e), self.tn(self.default_type(from)))
                } else if self.types.is_untyped(from) && cv.is_some() && from != ids::UNTYPED_NIL {
                    format!("cannot use {} ({desc}) as {tn} value in {ctx}", expr_str(e))
                } else {
                    format!("cannot use {} ({desc}) as {tn} value in {ctx}{why}", expr_str(e))
                };
                self.err(e.pos, msg);
                false
            }
        }
    }

    /// Ok(needs interface wrap) or Err(": reason").
    pub(crate) fn assignable(&mut self, from: TypeId, to: TypeId) -> Result<bool, String> {
        if from == to {
            return Ok(false);
        }
        let to_iface = self.types.is_interface(to);
        if from == ids::UNTYPED_NIL {
            return match self.types.under(to) {
                Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func { .. } | Type::Interface(_) => Ok(false),
                _ => Err(String::new()),
            };
        }
        if self.types.is_untyped(from) {
            if to_iface {
                let d = self.default_type(from);
                return match self.missing_method(d, to) {
                    None => Ok(true),
                    Some(m) => Err(format!(": {} does not implement {} (missing method {m})", self.tn(d), self.tn(to))),
                };
            }
            let ok = match (from, self.types.under(to)) {
                (ids::UNTYPED_BOOL, Type::Bool) => true,
                (ids::UNTYPED_STRING, Type::String) => true,
                (ids::UNTYPED_INT | ids::UNTYPED_RUNE, Type::Int { .. } | Type::Float(_)) => true,
                (ids::UNTYPED_FLOAT, Type::Float(_) | Type::Int { .. }) => true,
                _ => false,
            };
            return if ok { Ok(false) } else { Err(String::new()) };
        }
        if to_iface {
            if self.types.is_interface(from) {
                return match self.missing_method(from, to) {
                    None => Ok(false),
                    Some(m) => Err(format!(": {} does not implement {} (missing method {m})", self.tn(from), self.tn(to))),
                };
            }
            return match self.missing_method(from, to) {
                None => Ok(true),
                Some(m) => {
                    let ptr_has = self.types.intern(Type::Pointer(from));
                    let extra = if self.missing_method(ptr_has, to).is_none() && !matches!(self.types.get(from), Type::Pointer(_)) {
                        format!(" (method {m} has pointer receiver)")
                    } else {
                        format!(" (missing method {m})")
                    };
                    Err(format!(": {} does not implement {}{extra}", self.tn(from), self.tn(to)))
                }
            };
        }
        let (uf, ut) = (self.types.underlying(from), self.types.underlying(to));
        if uf == ut && (!self.types.is_named(from) || !self.types.is_named(to)) && !matches!(self.types.get(uf), Type::Int { .. } | Type::Float(_) | Type::String | Type::Bool) {
            return Ok(false);
        }
        if let (Type::Chan(0, a), Type::Chan(_, b)) = (self.types.under(from), self.types.under(to)) {
            if a == b && !self.types.is_named(to) {
                return Ok(false);
            }
        }
        Err(String::new())
    }

    /// The first method of interface `iface` that type `t` lacks.
    pub(crate) fn missing_method(&mut self, t: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(ms) = self.types.under(iface).clone() else { return None };
        for (name, sig) in ms {
            match self.select(t, &name) {
                Some(Sel::Method(_, _, ptr, msig, _)) => {
                    let is_ptr = matches!(self.types.get(t), Type::Pointer(_));
                    if ptr && !is_ptr {
                        return Some(name);
                    }
                    if msig != sig {
                        return Some(name);
                    }
                }
                Some(Sel::IfaceMethod(msig)) if msig == sig => {}
                _ => return Some(name),
            }
        }
        None
    }
}
