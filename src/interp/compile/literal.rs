//! Literals that build values: composite literals (structs, slices, arrays, maps, with elided
//! types) and function literals (closures and what they capture).

use super::super::ast::*;
use super::super::bytecode::Op;
use super::super::types::{Type, TypeId};
use super::{new_fn, Compiler, ConstVal, Loc};

impl Compiler {
    pub(crate) fn func_lit(&mut self, sig_ast: &FuncType, body: &Block, pos: Pos) -> TypeId {
        let sig = self.func_type(sig_ast);
        let parent = self.fstack.len() - 1;
        self.fstack[parent].closures += 1;
        let name = format!("{}.func{}", self.fstack[parent].f.name, self.fstack[parent].closures);
        let name = name.replace(".func1.func", ".func1.").to_string();
        let idx = self.funcs.len() as u32;
        self.funcs.push(Default::default());
        // Compile with a fresh state pushed; captures are collected in it.
        let (params, results, variadic) = match self.types.get(sig).clone() {
            Type::Func { params, results, variadic } => (params, results, variadic),
            _ => (vec![], vec![], false),
        };
        let _ = (params, results.clone(), variadic, new_fn);
        let func = self.function_closure(&name, sig_ast, sig, body, pos);
        let (f, captures) = func;
        self.funcs[idx as usize] = f;
        for c in &captures {
            match c {
                Loc::Boxed(s) | Loc::Local(s) => self.emit(Op::Local(*s), pos),
                Loc::Upval(i) => self.emit(Op::UpvalRef(*i), pos),
                Loc::Global(g) => self.emit(Op::GlobalRef(*g), pos),
            };
        }
        self.emit(Op::Closure(idx, captures.len() as u16), pos);
        sig
    }

    /// Compiles a closure body: like [`Compiler::function`], also returning what it captured.
    pub(crate) fn function_closure(&mut self, name: &str, sig_ast: &FuncType, sig: TypeId, body: &Block, pos: Pos) -> (super::super::bytecode::Function, Vec<Loc>) {
        // `function` pops its state; capture lists are read through a hook.
        self.closure_captures.push(Vec::new());
        let f = self.function(name, sig_ast, sig, None, Some(body), pos);
        let caps = self.closure_captures.pop().unwrap_or_default();
        (f, caps)
    }

    pub(crate) fn composite(&mut self, t: TypeId, elems: &[(Option<Expr>, Expr)], pos: Pos) -> TypeId {
        match self.types.under(t).clone() {
            Type::Struct(fields) => {
                let keyed = elems.first().is_some_and(|e| e.0.is_some());
                if keyed {
                    let mut vals: Vec<Option<&Expr>> = vec![None; fields.len()];
                    for (k, v) in elems {
                        let Some(Expr { kind: ExprKind::Ident(fname), pos: kp }) = k else {
                            self.err(v.pos, "mixture of field:value and value elements in struct literal");
                            continue;
                        };
                        match fields.iter().position(|f| &f.name == fname) {
                            Some(i) => {
                                if vals[i].is_some() {
                                    self.err(*kp, format!("duplicate field name {fname} in struct literal"));
                                }
                                vals[i] = Some(v);
                            }
                            None => { let __m = format!("unknown field {fname} in struct literal of type {}", self.tn(t)); self.err(*kp, __m); },
                        }
                    }
                    for (i, f) in fields.iter().enumerate() {
                        match vals[i] {
                            Some(v) => {
                                let vt = self.expr(v, Some(f.ty));
                                self.assign_conv(vt, f.ty, v, "struct literal");
                            }
                            None => {
                                self.emit(Op::Zero(f.ty), pos);
                            }
                        }
                    }
                } else {
                    if !elems.is_empty() && elems.len() != fields.len() {
                        let p = elems.last().map(|e| e.1.pos).unwrap_or(pos);
                        let msg = if elems.len() < fields.len() { "too few values in struct literal" } else { "too many values in struct literal" };
                        { let __m = format!("{msg} of type {}", self.tn(t)); self.err(p, __m); };
                    }
                    for (i, f) in fields.iter().enumerate() {
                        match elems.get(i) {
                            Some((_, v)) => {
                                let vt = self.expr(v, Some(f.ty));
                                self.assign_conv(vt, f.ty, v, "struct literal");
                            }
                            None => {
                                self.emit(Op::Zero(f.ty), pos);
                            }
                        }
                    }
                }
                self.emit(Op::StructLit(fields.len() as u32), pos);
            }
            Type::Slice(el) | Type::Array(_, el) => {
                let is_array = matches!(self.types.under(t), Type::Array(..));
                let has_keys = elems.iter().any(|e| e.0.is_some());
                if has_keys {
                    // Indexed elements: build with zeros then set.
                    let mut max = 0usize;
                    let mut idx = 0usize;
                    let mut placed = Vec::new();
                    for (k, v) in elems {
                        if let Some(k) = k {
                            if let Some((_, ConstVal::Int(i))) = self.const_eval(k) {
                                idx = i as usize;
                            }
                        }
                        placed.push((idx, v));
                        idx += 1;
                        max = max.max(idx);
                    }
                    if let Type::Array(n, _) = self.types.under(t) {
                        max = max.max(*n as usize);
                    }
                    for _ in 0..max {
                        self.emit(Op::Zero(el), pos);
                    }
                    self.emit(if is_array { Op::ArrayLit(max as u32) } else { Op::SliceLit(max as u32) }, pos);
                    for (i, v) in placed {
                        self.emit(Op::Dup, pos);
                        self.emit(Op::Int(i as i64), pos);
                        let vt = self.elem(v, el);
                        self.assign_conv(vt, el, v, "slice literal");
                        self.emit(Op::SetIndex, pos);
                    }
                } else {
                    for (_, v) in elems {
                        let vt = self.elem(v, el);
                        let ctx = if is_array { "array or slice literal" } else { "slice literal" };
                        self.assign_conv(vt, el, v, ctx);
                    }
                    let mut n = elems.len();
                    if let Type::Array(len, _) = self.types.under(t).clone() {
                        for _ in n..len as usize {
                            self.emit(Op::Zero(el), pos);
                        }
                        n = n.max(len as usize);
                    }
                    self.emit(if is_array { Op::ArrayLit(n as u32) } else { Op::SliceLit(n as u32) }, pos);
                }
            }
            Type::Map(k, v) => {
                for (key, val) in elems {
                    let Some(key) = key else {
                        self.err(val.pos, "missing key in map literal");
                        continue;
                    };
                    let kt = self.elem(key, k);
                    self.assign_conv(kt, k, key, "map literal");
                    let vt = self.elem(val, v);
                    self.assign_conv(vt, v, val, "map literal");
                }
                self.emit(Op::MapLit(elems.len() as u32), pos);
            }
            Type::Pointer(inner) => {
                // Elided `&T` inside a literal of pointers.
                self.composite(inner, elems, pos);
                self.emit(Op::Addr, pos);
            }
            _ => {
                { let __m = format!("invalid composite literal type {}", self.tn(t)); self.err(pos, __m); };
            }
        }
        t
    }

    /// An element of a composite literal (with elided types).
    pub(crate) fn elem(&mut self, v: &Expr, el: TypeId) -> TypeId {
        if let ExprKind::Composite { ty: None, elems, .. } = &v.kind {
            return self.composite(el, elems, v.pos);
        }
        if let ExprKind::Unary("&", inner) = &v.kind {
            if let ExprKind::Composite { ty: None, elems, .. } = &inner.kind {
                if let Type::Pointer(p) = self.types.get(el).clone() {
                    self.composite(p, elems, v.pos);
                    self.emit(Op::Addr, v.pos);
                    return el;
                }
            }
        }
        self.expr(v, Some(el))
    }
}
