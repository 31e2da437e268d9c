//! Calls: functions, methods (static and through interfaces), the library's natives, function
//! values, conversions `T(x)`, and the builtins (`len`, `append`, `make`, `panic`, ...).
//! Arguments are checked against the signature with Go's messages; variadic arguments are
//! packed into a slice; a multi-value call may feed a call's whole argument list.

use super::super::ast::*;
use super::super::bytecode::{Conv, Num, Op};
use super::super::types::{ids, MethodTarget, Type, TypeId};
use super::super::vm::natives;
use super::super::vm::value::Value;
use super::expr::Sel;
use super::{expr_str, Compiler, ConstVal, Ent};

impl Compiler {
    /// Compiles a call expression; returns its result type (`Tuple` for several, the void func
    /// type for none).
    pub(crate) fn call(&mut self, e: &Expr, want: Option<TypeId>) -> TypeId {
        let ExprKind::Call { fun, args, spread, end } = &e.kind else { return ids::ANY };
        let fun_inner = strip_paren(fun);
        // Builtins.
        if let ExprKind::Ident(n) = &fun_inner.kind {
            match self.lookup(n) {
                Some(Ent::Builtin(b)) => return self.builtin(b, args, *spread, e, want),
                // A library package calling one of its own natives.
                Some(Ent::Native(id, sig)) if matches!(self.types.get(sig), Type::Func { .. }) => {
                    let argc = self.args(sig, args, *spread, e, n, *end);
                    self.emit(Op::CallNative(id, argc), e.pos);
                    return self.result_type(sig);
                }
                _ => {}
            }
        }
        // Conversions.
        if let Some(t) = self.type_of_expr_quiet(fun_inner) {
            if args.len() != 1 {
                let msg = if args.is_empty() { "missing argument in conversion to " } else { "too many arguments in conversion to " };
                { let __m = format!("{msg}{}", self.tn(t)); self.err(e.pos, __m); };
                return t;
            }
            return self.conversion(t, &args[0], e.pos);
        }
        // Methods and package functions.
        if let ExprKind::Selector(x, name, npos) = &fun_inner.kind {
            if let ExprKind::Ident(p) = &x.kind {
                if let Some(Ent::Pkg(path)) = self.lookup(p) {
                    self.use_import(p);
                    match self.pkg_member(&path, name) {
                        Some(Ent::Native(id, sig)) => {
                            let argc = self.args(sig, args, *spread, e, &format!("{p}.{name}"), *end);
                            self.emit(Op::CallNative(id, argc), e.pos);
                            return self.result_type(sig);
                        }
                        Some(Ent::Func(idx, sig)) => {
                            let argc = self.args(sig, args, *spread, e, &format!("{p}.{name}"), *end);
                            self.emit(Op::Call(idx, argc), e.pos);
                            return self.result_type(sig);
                        }
                        Some(Ent::Type(_)) | Some(Ent::Var(_)) => {}
                        _ => {
                            self.err(*npos, format!("undefined: {p}.{name}"));
                            for a in args {
                                let _ = self.peek_type(a);
                            }
                            return ids::ANY;
                        }
                    }
                }
            }
            let xt = self.peek_type(x);
            match self.select(xt, name) {
                Some(Sel::Method(path, MethodTarget::Func(idx), ptr, sig, rt)) => {
                    let xt = self.expr_ref(x);
                    for f in &path {
                        self.emit(Op::Field(*f), *npos);
                    }
                    self.receiver_adjust(xt, &path, ptr, rt, *npos);
                    let argc = self.args(sig, args, *spread, e, &expr_str(fun_inner), *end);
                    self.emit(Op::Call(idx, argc + 1), e.pos);
                    return self.result_type(sig);
                }
                Some(Sel::Method(path, MethodTarget::Native(id), ptr, sig, rt)) if id != u16::MAX => {
                    let xt = self.expr_ref(x);
                    for f in &path {
                        self.emit(Op::Field(*f), *npos);
                    }
                    self.receiver_adjust(xt, &path, ptr, rt, *npos);
                    let argc = self.args(sig, args, *spread, e, &expr_str(fun_inner), *end);
                    self.emit(Op::CallNative(id, argc + 1), e.pos);
                    return self.result_type(sig);
                }
                Some(Sel::IfaceMethod(sig)) => {
                    let _ = self.expr(x, None);
                    let argc = self.args(sig, args, *spread, e, &expr_str(fun_inner), *end);
                    let k = self.add_const(super::str_value(name));
                    self.emit(Op::CallIface(k, argc), e.pos);
                    return self.result_type(sig);
                }
                Some(Sel::Method(path, MethodTarget::Native(_), _, sig, _)) => {
                    let _ = self.expr_ref(x);
                    for f in &path {
                        self.emit(Op::Field(*f), *npos);
                    }
                    let argc = self.args(sig, args, *spread, e, &expr_str(fun_inner), *end);
                    let k = self.add_const(super::str_value(name));
                    self.emit(Op::CallIface(k, argc), e.pos);
                    return self.result_type(sig);
                }
                _ => {}
            }
        }
        // Static function.
        if let ExprKind::Ident(n) = &fun_inner.kind {
            if let Some(Ent::Func(idx, sig)) = self.lookup(n) {
                let argc = self.args(sig, args, *spread, e, n, *end);
                self.emit(Op::Call(idx, argc), e.pos);
                return self.result_type(sig);
            }
        }
        // A function value.
        let ft = self.expr(fun_inner, None);
        if !matches!(self.types.under(ft), Type::Func { .. }) {
            if ft != ids::ANY || !self.errors.iter().any(|x| x.0 >= fun_inner.pos) {
                { let __m = format!("invalid operation: cannot call non-function {} ({})", expr_str(fun_inner), self.describe(fun_inner, ft, None)); self.err(e.pos, __m); };
            }
            for a in args {
                let _ = self.peek_type(a);
            }
            return ids::ANY;
        }
        let sig = self.types.underlying(ft);
        let argc = self.args(sig, args, *spread, e, &expr_str(fun_inner), *end);
        self.emit(Op::CallValue(argc), e.pos);
        self.result_type(sig)
    }

    pub(crate) fn result_type(&mut self, sig: TypeId) -> TypeId {
        match self.types.under(sig).clone() {
            Type::Func { results, .. } => match results.len() {
                0 => ids::NO_VALUE,
                1 => results[0],
                _ => self.types.intern(Type::Tuple(results)),
            },
            _ => ids::ANY,
        }
    }

    /// Pushes the arguments of a call to a function of signature `sig`; returns how many values.
    pub(crate) fn args(&mut self, sig: TypeId, args: &[Expr], spread: bool, call: &Expr, fname: &str, end: Pos) -> u16 {
        let Type::Func { params, variadic, .. } = self.types.under(sig).clone() else { return 0 };
        // f(g()) with g returning several values.
        if args.len() == 1 && !spread {
            if let ExprKind::Call { .. } = strip_paren(&args[0]).kind {
                let t = self.peek_type(&args[0]);
                if let Type::Tuple(ts) = self.types.get(t).clone() {
                    self.expr(&args[0], None);
                    let temps: Vec<u16> = ts.iter().map(|_| self.temp()).collect();
                    for s in temps.iter().rev() {
                        self.emit(Op::SetLocal(*s), call.pos);
                    }
                    let fixed = if variadic { params.len() - 1 } else { params.len() };
                    if ts.len() < fixed || (!variadic && ts.len() > fixed) {
                        let what = if ts.len() < fixed { "not enough" } else { "too many" };
                        self.err(if ts.len() < fixed { end } else { args[0].pos }, format!("{what} arguments in call to {fname}"));
                    }
                    for (i, (s, t)) in temps.iter().zip(ts.iter()).enumerate() {
                        self.emit(Op::Local(*s), call.pos);
                        let pt = if i < fixed { params.get(i).copied() } else { self.slice_elem(params.last().copied()) };
                        if let Some(pt) = pt {
                            self.assign_conv(*t, pt, &args[0], &format!("argument to {fname}"));
                        }
                    }
                    if variadic {
                        let extra = ts.len().saturating_sub(fixed);
                        self.emit(Op::SliceLit(extra as u32), call.pos);
                        return (fixed + 1) as u16;
                    }
                    return ts.len() as u16;
                }
            }
        }
        let fixed = if variadic { params.len() - 1 } else { params.len() };
        if args.len() < fixed || (!variadic && args.len() > fixed) || (spread && args.len() != params.len()) {
            if args.len() < fixed {
                let at = args.last().map(|a| a.pos).unwrap_or(end);
                self.err(at, format!("not enough arguments in call to {fname}"));
            } else {
                let p = args.get(fixed).map(|a| a.pos).unwrap_or(end);
                self.err(p, format!("too many arguments in call to {fname}"));
            }
            for a in args {
                let _ = self.peek_type(a);
            }
            return 0;
        }
        for (i, a) in args.iter().take(fixed).enumerate() {
            let t = self.expr(a, Some(params[i]));
            if matches!(self.types.get(t), Type::Tuple(_)) || t == ids::NO_VALUE {
                { let __m = format!("multiple-value {} (value of type {}) in single-value context", expr_str(a), self.tn(t)); self.err(a.pos, __m); };
                continue;
            }
            self.assign_conv(t, params[i], a, &format!("argument to {fname}"));
        }
        if variadic {
            let st = params[fixed];
            if spread {
                let a = &args[fixed];
                let t = self.expr(a, Some(st));
                self.assign_conv(t, st, a, &format!("argument to {fname}"));
            } else {
                let el = self.slice_elem(Some(st)).unwrap_or(ids::ANY);
                for a in &args[fixed..] {
                    let t = self.expr(a, Some(el));
                    if matches!(self.types.get(t), Type::Tuple(_)) || t == ids::NO_VALUE {
                        { let __m = format!("multiple-value {} (value of type {}) in single-value context", expr_str(a), self.tn(t)); self.err(a.pos, __m); };
                        continue;
                    }
                    self.assign_conv(t, el, a, &format!("argument to {fname}"));
                }
                self.emit(Op::SliceLit((args.len() - fixed) as u32), call.pos);
            }
            return (fixed + 1) as u16;
        }
        fixed as u16
    }

    pub(crate) fn slice_elem(&self, t: Option<TypeId>) -> Option<TypeId> {
        match self.types.under(t?) {
            Type::Slice(el) => Some(*el),
            _ => None,
        }
    }

    pub(crate) fn conversion(&mut self, t: TypeId, a: &Expr, pos: Pos) -> TypeId {
        if let Some((ct, v)) = self.const_eval(a) {
            if !self.types.is_interface(t) {
                let target = self.types.under(t).clone();
                let ok = matches!(
                    (&v, &target),
                    (ConstVal::Int(_) | ConstVal::Float(_), Type::Int { .. } | Type::Float(_))
                        | (ConstVal::Str(_), Type::String)
                        | (ConstVal::Int(_), Type::String)
                        | (ConstVal::Bool(_), Type::Bool)
                );
                if ok {
                    let v = match (&v, &target) {
                        (ConstVal::Int(i), Type::String) => ConstVal::Str(std::rc::Rc::from(char::from_u32(*i as u32).unwrap_or('\u{FFFD}').to_string().as_str())),
                        _ => {
                            if let (ConstVal::Float(f), Type::Int { .. }) = (&v, &target) {
                                if f.fract() != 0.0 {
                                    { let __m = format!("cannot convert {} ({}) to type {}", expr_str(a), self.describe(a, ct, Some(&v)), self.tn(t)); self.err(a.pos, __m); };
                                    self.emit(Op::Int(*f as i64), pos);
                                    return t;
                                }
                            }
                            self.convert_const(v, ct, t, a)
                        }
                    };
                    self.emit_const(&v, ct, t, pos);
                    return t;
                }
            }
        }
        let from = self.expr(a, Some(t));
        let from_d = self.default_type(from);
        if from == t {
            return t;
        }
        if self.types.is_interface(t) {
            self.assign_conv(from, t, a, "conversion");
            return t;
        }
        let fu = self.types.under(from_d).clone();
        let tu = self.types.under(t).clone();
        let n = self.num(t);
        match (&fu, &tu) {
            (Type::Int { .. }, Type::Int { .. }) => {
                self.emit(Op::Conv(Conv::IntToInt(n)), pos);
            }
            (Type::Int { .. }, Type::Float(_)) => {
                self.emit(Op::Conv(Conv::IntToFloat), pos);
            }
            (Type::Float(_), Type::Int { .. }) => {
                self.emit(Op::Conv(Conv::FloatToInt(n)), pos);
            }
            (Type::Float(_), Type::Float(_)) => {}
            (Type::Int { .. }, Type::String) => {
                self.emit(Op::Conv(Conv::RuneToStr), pos);
            }
            (Type::String, Type::Slice(el)) if self.num(*el) == Num::U8 => {
                self.emit(Op::Conv(Conv::StrToBytes), pos);
            }
            (Type::String, Type::Slice(el)) if self.num(*el) == Num::I32 => {
                self.emit(Op::Conv(Conv::StrToRunes), pos);
            }
            (Type::Slice(el), Type::String) if self.num(*el) == Num::U8 => {
                self.emit(Op::Conv(Conv::BytesToStr), pos);
            }
            (Type::Slice(el), Type::String) if self.num(*el) == Num::I32 => {
                self.emit(Op::Conv(Conv::RunesToStr), pos);
            }
            _ if self.types.underlying(from_d) == self.types.underlying(t) => {}
            (Type::Pointer(a1), Type::Pointer(b1)) if self.types.underlying(*a1) == self.types.underlying(*b1) => {}
            _ if from == ids::UNTYPED_NIL && self.assignable(from, t).is_ok() => {}
            _ => {
                let d = self.describe(a, from, None);
                { let __m = format!("cannot convert {} ({d}) to type {}", expr_str(a), self.tn(t)); self.err(a.pos, __m); };
            }
        }
        t
    }

    pub(crate) fn builtin(&mut self, b: &str, args: &[Expr], spread: bool, e: &Expr, want: Option<TypeId>) -> TypeId {
        let pos = e.pos;
        let need = |c: &mut Compiler, n: usize| -> bool {
            if args.len() < n {
                c.err(pos, format!("not enough arguments for {}() (expected {n}, found {})", b, args.len()));
                return false;
            }
            true
        };
        match b {
            "len" | "cap" => {
                if args.len() != 1 {
                    self.err(pos, format!("{} arguments for {b}({}) (expected 1, found {})", if args.is_empty() { "not enough" } else { "too many" }, args.iter().map(expr_str).collect::<Vec<_>>().join(", "), args.len()));
                    return ids::INT;
                }
                let t = self.expr_ref(&args[0]);
                let ok = match self.types.under(t) {
                    Type::String | Type::Map(..) => b == "len",
                    Type::Slice(_) | Type::Array(..) | Type::Chan(..) => true,
                    Type::Pointer(p) => matches!(self.types.under(*p), Type::Array(..)),
                    _ => false,
                };
                if !ok {
                    { let cv = self.const_eval(&args[0]).map(|c| c.1); let __m = format!("invalid argument: {} ({}) for built-in {b}", expr_str(&args[0]), self.describe(&args[0], t, cv.as_ref())); self.err(args[0].pos, __m); };
                }
                self.emit(if b == "len" { Op::Len } else { Op::Cap }, pos);
                ids::INT
            }
            "append" => {
                if !need(self, 1) {
                    return ids::ANY;
                }
                let st = self.expr(&args[0], want);
                let Some(el) = self.slice_elem(Some(st)) else {
                    if st == ids::UNTYPED_NIL {
                        self.err(args[0].pos, "first argument to append must be a typed slice; have untyped nil");
                    } else {
                        { let __m = format!("invalid argument: {} ({}) is not a slice", expr_str(&args[0]), self.describe(&args[0], st, None)); self.err(args[0].pos, __m); };
                    }
                    return st;
                };
                if spread {
                    if args.len() != 2 {
                        self.err(pos, "can only use ... with final argument in list");
                        return st;
                    }
                    let t = self.expr(&args[1], Some(st));
                    if !(self.types.under(t) == &Type::String && self.num(el) == Num::U8) {
                        self.assign_conv(t, st, &args[1], "append");
                    }
                    self.emit(Op::AppendSpread, pos);
                } else {
                    for a in &args[1..] {
                        let t = self.expr(a, Some(el));
                        self.assign_conv(t, el, a, "argument to append");
                    }
                    self.emit(Op::Append((args.len() - 1) as u16), pos);
                }
                st
            }
            "make" => {
                if !need(self, 1) {
                    return ids::ANY;
                }
                let t = self.resolve_type(&args[0]);
                match self.types.under(t).clone() {
                    Type::Slice(el) => {
                        if args.len() < 2 {
                            self.err(pos, format!("invalid operation: {} expects 2 or 3 arguments; found {}", expr_str(e), args.len()));
                            return t;
                        }
                        let lt = self.expr(&args[1], Some(ids::INT));
                        self.check_index_type(lt, &args[1]);
                        if args.len() > 2 {
                            let ct = self.expr(&args[2], Some(ids::INT));
                            self.check_index_type(ct, &args[2]);
                        } else {
                            self.emit(Op::Dup, pos);
                        }
                        self.emit(Op::MakeSlice(el), pos);
                    }
                    Type::Map(..) => {
                        if args.len() > 1 {
                            let _ = self.expr(&args[1], Some(ids::INT));
                            self.emit(Op::Pop, pos);
                        }
                        self.emit(Op::MakeMap, pos);
                    }
                    Type::Chan(_, el) => {
                        if args.len() > 1 {
                            let ct = self.expr(&args[1], Some(ids::INT));
                            self.check_index_type(ct, &args[1]);
                        } else {
                            self.emit(Op::Int(0), pos);
                        }
                        self.emit(Op::MakeChan(el), pos);
                    }
                    _ => {
                        self.err(args[0].pos, format!("invalid argument: cannot make {}; type must be slice, map, or channel", expr_str(&args[0])));
                    }
                }
                t
            }
            "new" => {
                if !need(self, 1) {
                    return ids::ANY;
                }
                let t = self.resolve_type(&args[0]);
                self.emit(Op::Zero(t), pos);
                self.emit(Op::Addr, pos);
                self.types.intern(Type::Pointer(t))
            }
            "panic" => {
                if args.len() != 1 {
                    self.err(pos, format!("{} arguments for panic", if args.is_empty() { "not enough" } else { "too many" }));
                    return ids::NO_VALUE;
                }
                let t = self.expr(&args[0], Some(ids::ANY));
                self.assign_conv(t, ids::ANY, &args[0], "argument to panic");
                self.emit(Op::Panic, pos);
                ids::NO_VALUE
            }
            "recover" => {
                self.emit(Op::Recover, pos);
                ids::ANY
            }
            "print" | "println" => {
                for a in args {
                    let t = self.expr(a, None);
                    let t = self.default_type(t);
                    self.emit(Op::ToIface(t), pos);
                }
                self.emit(Op::SliceLit(args.len() as u32), pos);
                let id = natives::lookup(if b == "print" { "builtin.print" } else { "builtin.println" }).unwrap_or(0);
                self.emit(Op::CallNative(id, 1), pos);
                ids::NO_VALUE
            }
            "copy" => {
                if !need(self, 2) {
                    return ids::INT;
                }
                let _ = self.expr(&args[0], None);
                let _ = self.expr(&args[1], None);
                self.emit(Op::CopySlice, pos);
                ids::INT
            }
            "delete" => {
                if !need(self, 2) {
                    return ids::NO_VALUE;
                }
                let mt = self.expr(&args[0], None);
                let Type::Map(k, _) = self.types.under(mt).clone() else {
                    { let __m = format!("invalid argument: {} ({}) is not a map", expr_str(&args[0]), self.describe(&args[0], mt, None)); self.err(args[0].pos, __m); };
                    return ids::NO_VALUE;
                };
                let kt = self.expr(&args[1], Some(k));
                self.assign_conv(kt, k, &args[1], "argument to delete");
                self.emit(Op::MapDelete, pos);
                ids::NO_VALUE
            }
            "close" => {
                if !need(self, 1) {
                    return ids::NO_VALUE;
                }
                let t = self.expr(&args[0], None);
                match self.types.under(t) {
                    Type::Chan(2, _) => {
                        { let __m = format!("invalid operation: cannot close receive-only channel {} ({})", expr_str(&args[0]), self.describe(&args[0], t, None)); self.err(args[0].pos, __m); };
                    }
                    Type::Chan(..) => {}
                    _ => {
                        { let __m = format!("invalid operation: non-chan argument {} ({})", expr_str(&args[0]), self.describe(&args[0], t, None)); self.err(args[0].pos, __m); };
                    }
                }
                self.emit(Op::Close, pos);
                ids::NO_VALUE
            }
            "min" | "max" => {
                if !need(self, 1) {
                    return ids::ANY;
                }
                let mut ty = None;
                for a in args {
                    let t = self.peek_type(a);
                    if !self.types.is_untyped(t) {
                        ty = Some(t);
                        break;
                    }
                }
                let ty = ty.unwrap_or_else(|| {
                    let t = self.peek_type(&args[0]);
                    self.default_type(t)
                });
                for a in args {
                    let t = self.expr(a, Some(ty));
                    self.assign_conv(t, ty, a, &format!("argument to {b}"));
                }
                self.emit(Op::SliceLit(args.len() as u32), pos);
                let id = natives::lookup(if b == "min" { "builtin.min" } else { "builtin.max" }).unwrap_or(0);
                self.emit(Op::CallNative(id, 1), pos);
                ty
            }
            "clear" => {
                if !need(self, 1) {
                    return ids::NO_VALUE;
                }
                let t = self.expr(&args[0], None);
                if !matches!(self.types.under(t), Type::Map(..) | Type::Slice(_)) {
                    { let __m = format!("invalid argument: {} ({}) must be a map or slice", expr_str(&args[0]), self.describe(&args[0], t, None)); self.err(args[0].pos, __m); }
                }
                let id = natives::lookup("builtin.clear").unwrap_or(0);
                self.emit(Op::CallNative(id, 1), pos);
                ids::NO_VALUE
            }
            _ => {
                self.err(pos, format!("{b} is not supported here"));
                ids::ANY
            }
        }
    }

    /// For `go`/`defer`: pushes the callee as a function value and its arguments; returns argc.
    pub(crate) fn call_value_parts(&mut self, e: &Expr) -> Option<u16> {
        let ExprKind::Call { fun, args, spread, end } = &e.kind else { return None };
        let fun_inner = strip_paren(fun);
        if let ExprKind::Ident(n) = &fun_inner.kind {
            if let Some(Ent::Builtin(b)) = self.lookup(n) {
                let name = format!("builtin.{b}");
                let Some(id) = natives::lookup(&name) else {
                    self.err(e.pos, format!("{b} in go or defer is not supported here"));
                    return None;
                };
                let k = self.add_const(Value::Int(id as i64));
                self.emit(Op::Const(k), e.pos);
                self.emit(Op::CallNative(natives::FUNC_VALUE, 1), e.pos);
                for a in args {
                    let t = self.expr(a, None);
                    if b == "panic" {
                        self.assign_conv(t, ids::ANY, a, "argument to panic");
                    }
                }
                return Some(args.len() as u16);
            }
        }
        if self.type_of_expr_quiet(fun_inner).is_some() {
            self.err(e.pos, format!("{} (value of type) is not used", expr_str(e)));
            return None;
        }
        let ft = self.expr(fun_inner, None);
        if !matches!(self.types.under(ft), Type::Func { .. }) {
            self.err(e.pos, format!("invalid operation: cannot call non-function {}", expr_str(fun_inner)));
            return None;
        }
        let sig = self.types.underlying(ft);
        Some(self.args(sig, args, *spread, e, &expr_str(fun_inner), *end))
    }
}

/// `e` without parentheses.
pub(crate) fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
