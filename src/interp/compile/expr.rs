//! Expressions: operands, selectors (fields through embedding, methods, package members),
//! index and slice, composite and function literals, unary and binary operators, type
//! assertions, receives; assignability with Go's `cannot use` messages.

use super::super::ast::*;
use super::super::bytecode::{Bin, Cmp, Num, Op};
use super::super::types::{ids, MethodTarget, Type, TypeId};
use super::super::vm::value::Value;
use super::{expr_str, str_value, Compiler, ConstVal, Ent, Loc};

/// Where a selector leads.
pub(crate) enum Sel {
    /// A field: the path of field indices (through embedded fields) and its type.
    Field(Vec<u16>, TypeId),
    /// A method: embedded path to the receiver, target, pointer receiver?, signature, receiver type.
    Method(Vec<u16>, MethodTarget, bool, TypeId, TypeId),
    /// An interface method: its signature.
    IfaceMethod(TypeId),
}

impl Compiler {
    /// The numeric kind of a type for arithmetic.
    pub(crate) fn num(&self, t: TypeId) -> Num {
        let t = self.default_type(t);
        match (self.types.under(t), self.types.underlying(t)) {
            (Type::Int { .. }, u) => match u {
                ids::INT8 => Num::I8,
                ids::INT16 => Num::I16,
                ids::INT32 => Num::I32,
                ids::UINT8 => Num::U8,
                ids::UINT16 => Num::U16,
                ids::UINT32 => Num::U32,
                ids::UINT | ids::UINT64 | ids::UINTPTR => Num::U64,
                _ => Num::I64,
            },
            (Type::Float(_), _) => Num::F64,
            (Type::String, _) => Num::Str,
            _ => Num::Other,
        }
    }

    /// Compiles `e` without emitting anything, for its type.
    pub(crate) fn peek_type(&mut self, e: &Expr) -> TypeId {
        let len = self.fs().f.code.len();
        let nconst = self.fs().f.consts.len();
        let nerr = self.errors.len();
        let nsel = self.fs().f.selects.len();
        // A function literal peeked at keeps its number for when it is compiled (func1, not func2).
        let closures = self.fs().closures;
        let t = self.expr(e, None);
        let fs = self.fs();
        fs.closures = closures;
        fs.f.code.truncate(len);
        fs.f.pos.truncate(len);
        fs.f.consts.truncate(nconst);
        fs.f.selects.truncate(nsel);
        self.errors.truncate(nerr);
        t
    }

    /// For a program (not the library), Go's error when `name` is an unexported field or method
    /// of a library package's type `t`: `b.buf undefined (cannot refer to unexported field buf)`.
    pub(crate) fn unexported(&mut self, t: TypeId, x: &Expr, name: &str) -> Option<String> {
        if self.in_library || name.starts_with(|c: char| c.is_uppercase()) || name == "_" {
            return None;
        }
        let base = match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let tname = self.types.name(base);
        let own = format!("{}.", self.pkg_name);
        let library = tname.contains('.') && !tname.starts_with(&own) && !tname.contains(['[', ' ', '(']);
        let kind = match self.select(t, name)? {
            Sel::Field(..) => "field",
            _ => "method",
        };
        library.then(|| format!("{}.{name} undefined (cannot refer to unexported {kind} {name})", expr_str(x)))
    }

    /// Finds field or method `name` of type `t` (through pointers and embedded fields).
    pub(crate) fn select(&mut self, t: TypeId, name: &str) -> Option<Sel> {
        if let Type::Interface(ms) = self.types.under(t) {
            return ms.iter().find(|m| m.0 == name).map(|m| Sel::IfaceMethod(m.1));
        }
        let base = match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        if let Some(m) = self.types.method(base, name).cloned() {
            return Some(Sel::Method(vec![], m.target, m.ptr_recv, m.sig, base));
        }
        let Type::Struct(fields) = self.types.under(base).clone() else { return None };
        if let Some(i) = fields.iter().position(|f| f.name == name) {
            return Some(Sel::Field(vec![i as u16], fields[i].ty));
        }
        for (i, f) in fields.iter().enumerate() {
            if f.embedded {
                match self.select(f.ty, name) {
                    Some(Sel::Field(mut p, ft)) => {
                        p.insert(0, i as u16);
                        return Some(Sel::Field(p, ft));
                    }
                    Some(Sel::Method(mut p, tg, ptr, sig, rt)) => {
                        p.insert(0, i as u16);
                        return Some(Sel::Method(p, tg, ptr, sig, rt));
                    }
                    Some(Sel::IfaceMethod(sig)) => {
                        // An embedded interface: call through the field.
                        return Some(Sel::Method(vec![i as u16], MethodTarget::Native(u16::MAX), false, sig, f.ty));
                    }
                    None => {}
                }
            }
        }
        None
    }

    pub(crate) fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Struct(_) | Type::Array(..) | Type::Opaque(_))
    }

    /// Compiles an expression for its value; `want` types untyped constants and `nil`.
    /// Returns its type (a `Tuple` for a multi-value call, the void func type for none).
    pub(crate) fn expr(&mut self, e: &Expr, want: Option<TypeId>) -> TypeId {
        let t = self.expr_inner(e, want, false);
        t
    }

    /// Compiles an addressable expression without copying a struct/array value (for field
    /// access, method calls with pointer receivers, `&x`).
    pub(crate) fn expr_ref(&mut self, e: &Expr) -> TypeId {
        self.expr_inner(e, None, true)
    }

    pub(crate) fn expr_inner(&mut self, e: &Expr, want: Option<TypeId>, by_ref: bool) -> TypeId {
        if !matches!(e.kind, ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Call { .. }) || matches!(e.kind, ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Call { .. }) {
            if let Some((t, v)) = self.const_eval(e) {
                return match want {
                    Some(w) if self.types.is_untyped(t) && self.types.is_interface(w) && self.missing_method(self.default_type(t), w).is_some() => {
                        // Reported by the caller's assignability check.
                        let d = self.default_type(t);
                        self.emit_const(&v, t, d, e.pos);
                        t
                    }
                    Some(w) if self.types.is_untyped(t) => {
                        if !self.types.is_interface(w) {
                            if self.assignable(t, w).is_ok() {
                                let v = self.convert_const(v, t, w, e);
                                return self.emit_const(&v, t, w, e.pos);
                            }
                            self.emit_const(&v, t, self.default_type(t), e.pos);
                            return t;
                        }
                        self.emit_const(&v, t, w, e.pos)
                    }
                    _ => {
                        self.emit_const(&v, t, t, e.pos);
                        t
                    }
                };
            }
        }
        let pos = e.pos;
        match &e.kind {
            ExprKind::Ident(n) => self.ident(n, pos, want, by_ref),
            ExprKind::Paren(x) => self.expr_inner(x, want, by_ref),
            ExprKind::Selector(x, name, npos) => self.selector(e, x, name, *npos, by_ref),
            ExprKind::Index(x, i) => self.index(x, i, pos, by_ref),
            ExprKind::Slice(x, lo, hi, max) => {
                let xt = self.expr_ref(x);
                let (res, ok) = match self.types.under(xt).clone() {
                    Type::String => (xt, true),
                    Type::Slice(_) => (xt, true),
                    Type::Array(_, el) => (self.types.intern(Type::Slice(el)), true),
                    Type::Pointer(p) => match self.types.under(p).clone() {
                        Type::Array(_, el) => (self.types.intern(Type::Slice(el)), true),
                        _ => (xt, false),
                    },
                    _ => (xt, false),
                };
                if !ok {
                    { let __m = format!("cannot slice {} (variable of type {})", expr_str(x), self.tn(xt)); self.err(pos, __m); };
                }
                let mut flags = 0;
                for (i, b) in [lo, hi, max].iter().enumerate() {
                    if let Some(b) = b {
                        let t = self.expr(b, Some(ids::INT));
                        self.check_index_type(t, b);
                        flags |= 1 << i;
                    }
                }
                self.emit(Op::SliceExpr(flags), pos);
                let r = if self.types.under(res) == &Type::String && self.types.is_untyped(res) { ids::STRING } else { res };
                r
            }
            ExprKind::Star(x) => {
                let t = self.expr(x, None);
                match self.types.get(t).clone() {
                    Type::Pointer(el) => {
                        self.emit(Op::Deref, pos);
                        if !by_ref && self.is_aggregate(el) {
                            self.emit(Op::Copy, pos);
                        }
                        el
                    }
                    _ => {
                        if t == ids::UNTYPED_NIL {
                            self.err(pos, "invalid operation: cannot indirect nil");
                        } else {
                            { let __m = format!("invalid operation: cannot indirect {} ({})", expr_str(x), self.describe(x, t, None)); self.err(pos, __m); };
                        }
                        ids::ANY
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(op, x, pos, want),
            ExprKind::Binary(op, l, r) => self.binary(op, l, r, pos, want),
            ExprKind::Call { .. } => self.call(e, want),
            ExprKind::FuncLit(sig, body) => self.func_lit(sig, body, pos),
            ExprKind::Composite { ty, elems, .. } => {
                let t = match ty {
                    Some(t) => match &t.kind {
                        ExprKind::ArrayType(None, el) => {
                            let el = self.resolve_type(el);
                            self.types.intern(Type::Array(elems.len() as u64, el))
                        }
                        _ => self.resolve_type(t),
                    },
                    None => match want {
                        Some(w) => w,
                        None => {
                            self.err(pos, "invalid composite literal type: missing type");
                            return ids::ANY;
                        }
                    },
                };
                self.composite(t, elems, pos)
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                let xt = self.expr(x, None);
                let tt = self.resolve_type(t);
                if !self.types.is_interface(xt) {
                    { let __m = format!("invalid operation: {} ({}) is not an interface", expr_str(x), self.describe(x, xt, None)); self.err(x.pos, __m); };
                    return tt;
                }
                if !self.types.is_interface(tt) {
                    if let Some(m) = self.missing_method(tt, xt) {
                        { let __m = format!("impossible type assertion: {}\n\t{} does not implement {} (missing method {m})", expr_str(e), self.tn(tt), self.tn(xt)); self.err(t.pos, __m); };
                    }
                }
                let ok = want == Some(ids::UNTYPED_BOOL);
                self.emit(Op::Assert(tt, xt, ok), pos);
                if ok {
                    return self.types.intern(Type::Tuple(vec![tt, ids::BOOL]));
                }
                tt
            }
            ExprKind::TypeAssert(_, None) => {
                self.err(pos, "invalid syntax tree: use of .(type) outside type switch");
                ids::ANY
            }
            _ => {
                if let Some(t) = self.type_of_expr_quiet(e) {
                    { let __m = format!("{} (type) is not an expression", self.tn(t)); self.err(pos, __m); };
                } else {
                    self.err(pos, format!("{} is not an expression", expr_str(e)));
                }
                ids::ANY
            }
        }
    }

    /// A constant index into an array must be in bounds (and never negative).
    pub(crate) fn check_const_index(&mut self, container: &Type, i: &Expr) {
        if let Some((_, ConstVal::Int(k))) = self.const_eval(i) {
            if k < 0 {
                self.err(i.pos, format!("invalid argument: index {} (constant of type int) must not be negative", expr_str(i)));
            } else if let Type::Array(n, _) = container {
                if k as u64 >= *n {
                    self.err(i.pos, format!("invalid argument: index {k} out of bounds [0:{n}]"));
                }
            }
        }
    }

    pub(crate) fn check_index_type(&mut self, t: TypeId, e: &Expr) {
        if !matches!(self.types.under(self.default_type(t)), Type::Int { .. }) {
            let d = self.describe(e, t, None);
            self.err(e.pos, format!("invalid argument: index {} ({d}) must be integer", expr_str(e)));
        }
    }

    pub(crate) fn ident(&mut self, n: &str, pos: Pos, want: Option<TypeId>, by_ref: bool) -> TypeId {
        if n == "_" {
            self.err(pos, "cannot use _ as value");
            return ids::ANY;
        }
        match self.lookup(n) {
            Some(Ent::Var(v)) => {
                self.use_var(&v);
                match v.loc {
                    Loc::Local(s) => self.emit(Op::Local(s), pos),
                    Loc::Boxed(s) => self.emit(Op::LoadBox(s), pos),
                    Loc::Upval(i) => self.emit(Op::Upval(i), pos),
                    Loc::Global(g) => self.emit(Op::Global(g), pos),
                };
                if !by_ref && self.is_aggregate(v.ty) {
                    self.emit(Op::Copy, pos);
                }
                v.ty
            }
            Some(Ent::Func(idx, t)) => {
                self.emit(Op::Closure(idx, 0), pos);
                t
            }
            Some(Ent::Nil) => {
                self.emit(Op::Nil, pos);
                match want {
                    Some(w) if self.assignable(ids::UNTYPED_NIL, w).is_ok() => w,
                    _ => ids::UNTYPED_NIL,
                }
            }
            Some(Ent::Type(t)) => {
                { let __m = format!("{} (type) is not an expression", self.tn(t)); self.err(pos, __m); };
                ids::ANY
            }
            Some(Ent::Builtin(b)) => {
                self.err(pos, format!("{b} (built-in function {b}) must be called"));
                ids::ANY
            }
            Some(Ent::Pkg(_)) => {
                self.use_import(n);
                self.err(pos, format!("use of package {n} without selector"));
                ids::ANY
            }
            Some(Ent::Iota) => {
                self.err(pos, "cannot use iota outside constant declaration");
                ids::ANY
            }
            Some(Ent::Native(id, t)) => {
                // A library package's own native used from its Go.
                if matches!(self.types.get(t), Type::Func { .. }) {
                    let k = self.add_const(Value::Int(id as i64));
                    self.emit(Op::Const(k), pos);
                    self.emit(Op::CallNative(super::super::vm::natives::FUNC_VALUE, 1), pos);
                } else {
                    self.emit(Op::CallNative(id, 0), pos);
                }
                t
            }
            Some(Ent::Const(..)) => ids::ANY,
            None => {
                self.err(pos, format!("undefined: {n}"));
                ids::ANY
            }
        }
    }

    pub(crate) fn selector(&mut self, e: &Expr, x: &Expr, name: &str, npos: Pos, by_ref: bool) -> TypeId {
        // Package member.
        if let ExprKind::Ident(p) = &x.kind {
            if let Some(Ent::Pkg(path)) = self.lookup(p) {
                self.use_import(p);
                return match self.pkg_member(&path, name) {
                    Some(Ent::Native(id, t)) => {
                        if matches!(self.types.get(t), Type::Func { .. }) {
                            let k = self.add_const(Value::Int(id as i64));
                            self.emit(Op::Const(k), e.pos);
                            self.emit(Op::CallNative(super::super::vm::natives::FUNC_VALUE, 1), e.pos);
                        } else {
                            self.emit(Op::CallNative(id, 0), e.pos);
                        }
                        t
                    }
                    Some(Ent::Type(t)) => {
                        self.err(e.pos, format!("{p}.{name} (type) is not an expression"));
                        t
                    }
                    Some(Ent::Func(idx, t)) => {
                        self.emit(Op::Closure(idx, 0), e.pos);
                        t
                    }
                    Some(Ent::Var(v)) => {
                        if let Loc::Global(g) = v.loc {
                            self.emit(Op::Global(g), e.pos);
                        }
                        if !by_ref && self.is_aggregate(v.ty) {
                            self.emit(Op::Copy, e.pos);
                        }
                        v.ty
                    }
                    _ => {
                        self.err(npos, format!("undefined: {p}.{name}"));
                        ids::ANY
                    }
                };
            }
        }
        if let Some(recv_t) = self.type_of_expr_quiet(x) {
            // A method expression: T.Method is a function taking the receiver first.
            if let Some(Sel::Method(path, MethodTarget::Func(idx), _, sig, _)) = self.select(recv_t, name) {
                if path.is_empty() {
                    if let Type::Func { params, results, variadic } = self.types.get(sig).clone() {
                        let mut ps = vec![recv_t];
                        ps.extend(params);
                        let t = self.types.intern(Type::Func { params: ps, results, variadic });
                        self.emit(Op::Closure(idx, 0), e.pos);
                        return t;
                    }
                }
            }
            let tn = self.tn(recv_t);
            self.err(npos, format!("{tn}.{name} undefined (type {tn} has no method {name})"));
            return ids::ANY;
        }
        let xt = self.expr_ref(x);
        let xname = self.types.name(xt);
        if name == "C" && (xname == "*time.Timer" || xname == "*time.Ticker") {
            let id = super::super::vm::natives::lookup("time.Timer.C").unwrap_or(0);
            self.emit(Op::CallNative(id, 1), npos);
            let tt = match self.pkg_member("time", "Time") {
                Some(Ent::Type(t)) => t,
                _ => ids::ANY,
            };
            return self.types.intern(Type::Chan(2, tt));
        }
        if xt == ids::ANY && self.errors.iter().any(|er| er.0 >= x.pos && er.0 <= npos) {
            return ids::ANY;
        }
        if let Some(msg) = self.unexported(xt, x, name) {
            self.err(npos, msg);
            return ids::ANY;
        }
        match self.select(xt, name) {
            Some(Sel::Field(path, ft)) => {
                for f in &path {
                    self.emit(Op::Field(*f), npos);
                }
                if !by_ref && self.is_aggregate(ft) {
                    self.emit(Op::Copy, npos);
                }
                ft
            }
            Some(Sel::Method(path, target, ptr, sig, rt)) => {
                // A method value: bind the receiver.
                for f in &path {
                    self.emit(Op::Field(*f), npos);
                }
                self.receiver_adjust(xt, &path, ptr, rt, npos);
                match target {
                    MethodTarget::Func(idx) => {
                        self.emit(Op::Bind(idx), npos);
                    }
                    MethodTarget::Native(id) if id != u16::MAX => {
                        let k = self.add_const(Value::Int(id as i64));
                        self.emit(Op::Const(k), npos);
                        self.emit(Op::CallNative(super::super::vm::natives::BIND_NATIVE, 2), npos);
                    }
                    MethodTarget::Native(_) => {
                        let k = self.add_const(str_value(name));
                        self.emit(Op::BindIface(k), npos);
                    }
                }
                sig
            }
            Some(Sel::IfaceMethod(sig)) => {
                let k = self.add_const(str_value(name));
                self.emit(Op::BindIface(k), npos);
                sig
            }
            None => {
                let tn = self.tn(xt);
                let what = if let Type::Pointer(b) = self.types.get(xt) {
                    if self.types.is_interface(*b) {
                        self.err(npos, format!("{}.{name} undefined (type {tn} is pointer to interface, not interface)", expr_str(x)));
                        return ids::ANY;
                    }
                    "field or method"
                } else {
                    "field or method"
                };
                self.err(npos, format!("{}.{name} undefined (type {tn} has no {what} {name})", expr_str(x)));
                ids::ANY
            }
        }
    }

    /// After the receiver value (of type `xt`, through `path`) is on the stack: take its address
    /// or dereference it to match the method's receiver kind.
    pub(crate) fn receiver_adjust(&mut self, xt: TypeId, path: &[u16], ptr_recv: bool, rt: TypeId, pos: Pos) {
        let have_ptr = if path.is_empty() {
            matches!(self.types.get(xt), Type::Pointer(_))
        } else {
            // The last embedded field's type decides.
            matches!(self.types.get(self.embedded_type(xt, path)), Type::Pointer(_))
        };
        if ptr_recv && !have_ptr {
            self.emit(Op::Addr, pos);
        } else if !ptr_recv && have_ptr {
            self.emit(Op::Deref, pos);
            if self.is_aggregate(rt) {
                self.emit(Op::Copy, pos);
            }
        } else if !ptr_recv && self.is_aggregate(rt) {
            self.emit(Op::Copy, pos);
        }
    }

    pub(crate) fn embedded_type(&self, mut t: TypeId, path: &[u16]) -> TypeId {
        for &i in path {
            let base = match self.types.get(t) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            if let Type::Struct(fs) = self.types.under(base) {
                if let Some(f) = fs.get(i as usize) {
                    t = f.ty;
                }
            }
        }
        t
    }

    pub(crate) fn index(&mut self, x: &Expr, i: &Expr, pos: Pos, by_ref: bool) -> TypeId {
        let xt = self.expr_ref(x);
        let under = self.types.under(xt).clone();
        match under {
            Type::Map(k, v) => {
                let kt = self.expr(i, Some(k));
                self.assign_conv(kt, k, i, "map index");
                self.emit(Op::MapGet(v), pos);
                v
            }
            Type::Slice(el) | Type::Array(_, el) => {
                self.check_const_index(&under, i);
                let t = self.expr(i, Some(ids::INT));
                self.check_index_type(t, i);
                self.emit(Op::Index, pos);
                if !by_ref && self.is_aggregate(el) {
                    self.emit(Op::Copy, pos);
                }
                el
            }
            Type::Pointer(p) if matches!(self.types.under(p), Type::Array(..)) => {
                let Type::Array(_, el) = self.types.under(p).clone() else { return ids::ANY };
                let t = self.expr(i, Some(ids::INT));
                self.check_index_type(t, i);
                self.emit(Op::Index, pos);
                el
            }
            Type::String => {
                let t = self.expr(i, Some(ids::INT));
                self.check_index_type(t, i);
                self.emit(Op::Index, pos);
                ids::UINT8
            }
            _ => {
                let _ = self.expr(i, None);
                if xt != ids::ANY || !self.errors.iter().any(|e| e.0 == x.pos) {
                    { let __m = format!("invalid operation: cannot index {} ({})", expr_str(x), self.describe(x, xt, None)); self.err(pos, __m); };
                }
                ids::ANY
            }
        }
    }

    pub(crate) fn unary(&mut self, op: &str, x: &Expr, pos: Pos, want: Option<TypeId>) -> TypeId {
        match op {
            "&" => {
                let inner = match &x.kind {
                    ExprKind::Paren(i) => i.as_ref(),
                    _ => x,
                };
                match &inner.kind {
                    ExprKind::Composite { .. } => {
                        let want_el = want.and_then(|w| match self.types.under(w) {
                            Type::Pointer(p) => Some(*p),
                            _ => None,
                        });
                        let t = self.expr(inner, want_el);
                        self.emit(Op::Addr, pos);
                        self.types.intern(Type::Pointer(t))
                    }
                    ExprKind::Ident(n) => {
                        let Some(Ent::Var(v)) = self.lookup(n) else {
                            let t = self.expr(inner, None);
                            { let __m = format!("invalid operation: cannot take address of {} ({})", expr_str(inner), self.describe(inner, t, None)); self.err(pos, __m); };
                            return ids::ANY;
                        };
                        self.use_var(&v);
                        match v.loc {
                            Loc::Boxed(s) => {
                                if self.is_aggregate(v.ty) {
                                    self.emit(Op::LoadBox(s), pos);
                                    self.emit(Op::Addr, pos);
                                } else {
                                    self.emit(Op::Local(s), pos);
                                }
                            }
                            Loc::Upval(i) => {
                                if self.is_aggregate(v.ty) {
                                    self.emit(Op::Upval(i), pos);
                                    self.emit(Op::Addr, pos);
                                } else {
                                    self.emit(Op::UpvalRef(i), pos);
                                }
                            }
                            Loc::Global(g) => {
                                if self.is_aggregate(v.ty) {
                                    self.emit(Op::Global(g), pos);
                                    self.emit(Op::Addr, pos);
                                } else {
                                    self.emit(Op::GlobalRef(g), pos);
                                }
                            }
                            Loc::Local(s) => {
                                self.emit(Op::Local(s), pos);
                                self.emit(Op::Addr, pos);
                            }
                        }
                        self.types.intern(Type::Pointer(v.ty))
                    }
                    ExprKind::Selector(..) | ExprKind::Index(..) => {
                        // Address of a field or element.
                        let t = self.addr_of_place(inner);
                        self.types.intern(Type::Pointer(t))
                    }
                    ExprKind::Star(p) => self.expr(p, None),
                    _ => {
                        let t = self.expr(inner, None);
                        { let __m = format!("invalid operation: cannot take address of {} ({})", expr_str(inner), self.describe(inner, t, None)); self.err(pos, __m); };
                        ids::ANY
                    }
                }
            }
            "<-" => {
                let t = self.expr(x, None);
                match self.types.under(t).clone() {
                    Type::Chan(d, el) => {
                        if d == 1 {
                            { let __m = format!("invalid operation: cannot receive from send-only channel {} ({})", expr_str(x), self.describe(x, t, None)); self.err(pos, __m); };
                        }
                        let ok = want == Some(ids::UNTYPED_BOOL);
                        self.emit(Op::Recv(ok), pos);
                        if ok {
                            return self.types.intern(Type::Tuple(vec![el, ids::BOOL]));
                        }
                        el
                    }
                    _ => {
                        { let __m = format!("invalid operation: cannot receive from non-channel {} ({})", expr_str(x), self.describe(x, t, None)); self.err(pos, __m); };
                        ids::ANY
                    }
                }
            }
            _ => {
                let t = self.expr(x, want);
                let n = self.num(t);
                match op {
                    "-" | "+" => {
                        if !matches!(n, Num::F64 | Num::I64 | Num::I32 | Num::I16 | Num::I8 | Num::U64 | Num::U32 | Num::U16 | Num::U8) {
                            { let __m = format!("invalid operation: operator {op} not defined on {} ({})", expr_str(x), self.describe(x, t, None)); self.err(pos, __m); };
                        }
                        if op == "-" {
                            self.emit(Op::Neg(n), pos);
                        }
                    }
                    "!" => {
                        if !matches!(self.types.under(t), Type::Bool | Type::Untyped("bool")) {
                            { let __m = format!("invalid operation: operator ! not defined on {} ({})", expr_str(x), self.describe(x, t, None)); self.err(pos, __m); };
                        }
                        self.emit(Op::Not, pos);
                    }
                    _ => {
                        self.emit(Op::Compl(n), pos);
                    }
                }
                t
            }
        }
    }

    /// Pushes a pointer to a field or element (`&x.f`, `&a[i]`); returns the place's type.
    pub(crate) fn addr_of_place(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Selector(x, name, npos) => {
                let xt = self.expr_ref(x);
                match self.select(xt, name) {
                    Some(Sel::Field(path, ft)) => {
                        for (k, f) in path.iter().enumerate() {
                            if k + 1 == path.len() {
                                self.emit(Op::FieldRef(*f), *npos);
                            } else {
                                self.emit(Op::Field(*f), *npos);
                            }
                        }
                        ft
                    }
                    _ => {
                        self.err(*npos, format!("{}.{name} undefined", expr_str(x)));
                        ids::ANY
                    }
                }
            }
            ExprKind::Index(x, i) => {
                let xt = self.expr_ref(x);
                let el = match self.types.under(xt).clone() {
                    Type::Slice(el) | Type::Array(_, el) => el,
                    Type::Pointer(p) => match self.types.under(p).clone() {
                        Type::Array(_, el) => el,
                        _ => ids::ANY,
                    },
                    _ => {
                        self.err(e.pos, format!("invalid operation: cannot take address of {}", expr_str(e)));
                        ids::ANY
                    }
                };
                let _ = self.expr(i, Some(ids::INT));
                self.emit(Op::IndexRef, e.pos);
                el
            }
            _ => self.expr(e, None),
        }
    }

    pub(crate) fn binary(&mut self, op: &'static str, l: &Expr, r: &Expr, pos: Pos, want: Option<TypeId>) -> TypeId {
        if op == "&&" || op == "||" {
            let lt = self.expr(l, None);
            self.emit(Op::Dup, pos);
            let j = if op == "&&" { self.emit(Op::JumpIfFalse(0), pos) } else { self.emit(Op::JumpIfTrue(0), pos) };
            self.emit(Op::Pop, pos);
            let rt = self.expr(r, None);
            let end = self.pc();
            self.patch(j, end);
            for (t, x) in [(lt, l), (rt, r)] {
                if !matches!(self.types.under(t), Type::Bool | Type::Untyped("bool")) && t != ids::ANY {
                    { let __m = format!("invalid operation: operator {op} not defined on {} ({})", expr_str(x), self.describe(x, t, None)); self.err(x.pos, __m); };
                }
            }
            return if self.types.is_untyped(lt) { rt } else { lt };
        }
        if op == "<<" || op == ">>" {
            if let Some((rct, ConstVal::Int(c))) = self.const_eval(r) {
                if !(0..=1074).contains(&c) && self.const_eval(l).is_some() {
                    let d = self.describe(r, rct, Some(&ConstVal::Int(c)));
                    self.err(r.pos, format!("invalid operation: invalid shift count {c} ({d})"));
                    return ids::INT;
                }
            }
            let lt = match self.const_eval(l) {
                Some((t, v)) if self.types.is_untyped(t) => {
                    let target = want.filter(|w| matches!(self.types.under(*w), Type::Int { .. })).unwrap_or(ids::INT);
                    self.emit_const(&v, t, target, l.pos);
                    target
                }
                _ => self.expr(l, None),
            };
            let rt = self.expr(r, Some(ids::UINT));
            if !matches!(self.types.under(self.default_type(rt)), Type::Int { .. }) {
                self.err(r.pos, format!("invalid operation: shift count {} must be integer", expr_str(r)));
            }
            let n = self.num(lt);
            self.emit(Op::Bin(if op == "<<" { Bin::Shl } else { Bin::Shr }, n), pos);
            return lt;
        }
        // Types of both sides: an untyped constant side takes the other's type.
        let lc = self.const_eval(l);
        let rc = self.const_eval(r);
        let (lt, rt);
        match (&lc, &rc) {
            (Some((ltc, _)), None) if self.types.is_untyped(*ltc) => {
                let other = self.peek_type(r);
                let target = if self.types.is_untyped(other) { self.default_type(other) } else { other };
                lt = self.expr(l, Some(target));
                rt = self.expr(r, Some(target));
            }
            (None, Some((rtc, _))) if self.types.is_untyped(*rtc) => {
                lt = self.expr(l, None);
                rt = self.expr(r, Some(lt));
            }
            _ => {
                lt = self.expr(l, None);
                rt = self.expr(r, Some(lt));
            }
        }
        let is_cmp = matches!(op, "==" | "!=" | "<" | "<=" | ">" | ">=");
        // Mismatched types.
        let both_untyped = self.types.is_untyped(lt) && self.types.is_untyped(rt) && lt != ids::UNTYPED_NIL && rt != ids::UNTYPED_NIL;
        let (lt0, rt0) = (lt, rt);
        let (lt, rt) = (
            if self.types.is_untyped(lt) && lt != ids::UNTYPED_NIL { self.default_type(lt) } else { lt },
            if self.types.is_untyped(rt) && rt != ids::UNTYPED_NIL { self.default_type(rt) } else { rt },
        );
        let ty = if lt == ids::UNTYPED_NIL { rt } else { lt };
        let compatible = lt == rt
            || lt == ids::UNTYPED_NIL && self.assignable(ids::UNTYPED_NIL, rt).is_ok()
            || rt == ids::UNTYPED_NIL && self.assignable(ids::UNTYPED_NIL, lt).is_ok()
            || is_cmp && (self.assignable(lt, rt).is_ok() || self.assignable(rt, lt).is_ok());
        if !compatible && lt != ids::ANY && rt != ids::ANY {
            let msg = if lt == ids::UNTYPED_NIL || rt == ids::UNTYPED_NIL {
                let (x, t) = if lt == ids::UNTYPED_NIL { (r, rt) } else { (l, lt) };
                format!("invalid operation: {} (mismatched types {} and untyped nil)", binary_str(op, l, r), if x.pos == l.pos { self.tn(t) } else { self.tn(t) })
            } else {
                let _ = both_untyped;
                format!("invalid operation: {} (mismatched types {} and {})", binary_str(op, l, r), self.tn(lt0), self.tn(rt0))
            };
            self.err(l.pos, msg);
            return if is_cmp { ids::UNTYPED_BOOL } else { ty };
        }
        // Interface vs concrete comparison: wrap the concrete side.
        if is_cmp && lt != rt && lt != ids::UNTYPED_NIL && rt != ids::UNTYPED_NIL {
            if self.types.is_interface(lt) && !self.types.is_interface(rt) {
                self.emit(Op::ToIface(rt), pos);
            } else if self.types.is_interface(rt) && !self.types.is_interface(lt) {
                self.emit(Op::Swap, pos);
                self.emit(Op::ToIface(lt), pos);
                self.emit(Op::Swap, pos);
            }
        }
        let n = self.num(ty);
        match op {
            "==" | "!=" => {
                if !self.types.comparable(ty) && !is_nil(l) && !is_nil(r) {
                    let what = match self.types.under(ty) {
                        Type::Slice(_) => "slice",
                        Type::Map(..) => "map",
                        _ => "func",
                    };
                    self.err(l.pos, format!("invalid operation: {} ({what} can only be compared to nil)", binary_str(op, l, r)));
                }
                self.emit(if op == "==" { Op::Eq } else { Op::Ne }, pos);
                ids::UNTYPED_BOOL
            }
            "<" | "<=" | ">" | ">=" => {
                if !matches!(n, Num::Other) {
                    let c = match op {
                        "<" => Cmp::Lt,
                        "<=" => Cmp::Le,
                        ">" => Cmp::Gt,
                        _ => Cmp::Ge,
                    };
                    self.emit(Op::Cmp(c, n), pos);
                } else {
                    { let __m = format!("invalid operation: {} (operator {op} not defined on {})", binary_str(op, l, r), self.describe(l, lt, None)); self.err(l.pos, __m); };
                }
                ids::UNTYPED_BOOL
            }
            _ => {
                let b = match op {
                    "+" => Bin::Add,
                    "-" => Bin::Sub,
                    "*" => Bin::Mul,
                    "/" => Bin::Div,
                    "%" => Bin::Rem,
                    "&" => Bin::And,
                    "|" => Bin::Or,
                    "^" => Bin::Xor,
                    _ => Bin::AndNot,
                };
                let ok = match n {
                    Num::Str => b == Bin::Add,
                    Num::F64 => matches!(b, Bin::Add | Bin::Sub | Bin::Mul | Bin::Div),
                    Num::Other => false,
                    _ => true,
                };
                if !ok {
                    { let __m = format!("invalid operation: operator {op} not defined on {} ({})", expr_str(l), self.describe(l, lt, None)); self.err(l.pos, __m); };
                }
                if matches!(b, Bin::Div | Bin::Rem) && !matches!(n, Num::F64) {
                    if let Some((_, ConstVal::Int(0))) = rc {
                        self.err(r.pos, "invalid operation: division by zero");
                    }
                }
                self.emit(Op::Bin(b, n), pos);
                ty
            }
        }
    }

}

fn is_nil(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(n) => n == "nil",
        ExprKind::Paren(x) => is_nil(x),
        _ => false,
    }
}

fn binary_str(op: &str, l: &Expr, r: &Expr) -> String {
    format!("{} {op} {}", expr_str(l), expr_str(r))
}
