//! Type expressions: what a piece of syntax denotes as a type, and signatures.

use super::super::ast::*;
use super::super::types::{ids, FieldInfo, Type, TypeId};
use super::*;

impl Compiler {
    /// The type an expression denotes, reporting errors.
    pub(crate) fn resolve_type(&mut self, e: &Expr) -> TypeId {
        match self.type_expr(e, true) {
            Some(t) => t,
            None => ids::ANY,
        }
    }

    /// The type `e` denotes if it is a type (no errors reported).
    pub(crate) fn type_of_expr_quiet(&mut self, e: &Expr) -> Option<TypeId> {
        self.type_expr(e, false)
    }

    pub(crate) fn type_expr(&mut self, e: &Expr, report: bool) -> Option<TypeId> {
        let t = match &e.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Ent::Type(t)) => t,
                Some(ent) => {
                    if report {
                        let what = match &ent {
                            Ent::Var(v) => {
                                self.use_var(&v.clone());
                                if matches!(v.loc, Loc::Global(_)) { " (variable)" } else { " (local variable)" }
                            }
                            Ent::Const(..) => " (constant)",
                            _ => "",
                        };
                        self.err(e.pos, format!("{n}{what} is not a type"));
                    }
                    return None;
                }
                None => {
                    if report {
                        self.err(e.pos, format!("undefined: {n}"));
                    }
                    return None;
                }
            },
            ExprKind::Selector(x, name, npos) => {
                let ExprKind::Ident(p) = &x.kind else { return None };
                let Some(Ent::Pkg(path)) = self.lookup(p) else {
                    if report {
                        self.err(e.pos, format!("{p}.{name} is not a type"));
                    }
                    return None;
                };
                match self.pkg_member(&path, name) {
                    Some(Ent::Type(t)) => {
                        self.use_import(p);
                        t
                    }
                    _ => {
                        if report {
                            self.use_import(p);
                            if matches!(self.lib_member(&path, name), Some(Ent::Type(_))) {
                                let pkg = path.rsplit('/').next().unwrap_or(&path).to_string();
                                self.err(*npos, format!("name {name} not exported by package {pkg}"));
                            } else {
                                self.err(*npos, format!("undefined: {p}.{name}"));
                            }
                        }
                        return None;
                    }
                }
            }
            ExprKind::Paren(x) => return self.type_expr(x, report),
            ExprKind::Star(x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Pointer(t))
            }
            ExprKind::SliceType(x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Slice(t))
            }
            ExprKind::Ellipsis(x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Slice(t))
            }
            ExprKind::ArrayType(len, x) => {
                let t = self.type_expr(x, report)?;
                let n = match len {
                    Some(l) => match self.const_eval(l) {
                        Some((_, ConstVal::Int(n))) if n >= 0 => n as u64,
                        _ => {
                            if report {
                                self.err(l.pos, "array length must be a non-negative integer constant");
                            }
                            return None;
                        }
                    },
                    None => 0,
                };
                self.types.intern(Type::Array(n, t))
            }
            ExprKind::MapType(k, v) => {
                let k = self.type_expr(k, report)?;
                let v = self.type_expr(v, report)?;
                if !self.types.comparable(k) && report {
                    { let __m = format!("invalid map key type {}", self.types.name(k)); self.err(e.pos, __m); };
                }
                self.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType(d, x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Chan(*d, t))
            }
            ExprKind::FuncType(sig) => self.func_type(sig),
            ExprKind::StructType(fields) => {
                let mut fs = Vec::new();
                for f in fields {
                    let t = self.type_expr(&f.ty, report)?;
                    if f.names.is_empty() {
                        let base = match &f.ty.kind {
                            ExprKind::Star(x) => x.as_ref(),
                            _ => &f.ty,
                        };
                        let name = match &base.kind {
                            ExprKind::Selector(_, n, _) => n.clone(),
                            ExprKind::Ident(n) => n.clone(),
                            _ => "?".into(),
                        };
                        fs.push(FieldInfo { name, ty: t, embedded: true });
                    }
                    for (n, _) in &f.names {
                        fs.push(FieldInfo { name: n.clone(), ty: t, embedded: false });
                    }
                }
                self.types.intern(Type::Struct(fs))
            }
            ExprKind::InterfaceType(elems) => {
                let mut ms: Vec<(String, TypeId)> = Vec::new();
                for el in elems {
                    match el {
                        IfaceElem::Method(n, sig, _) => {
                            let s = self.func_type(sig);
                            ms.push((n.clone(), s));
                        }
                        IfaceElem::Embed(x) => {
                            let t = self.type_expr(x, report)?;
                            if let Type::Interface(inner) = self.types.under(t).clone() {
                                ms.extend(inner);
                            }
                        }
                    }
                }
                ms.sort_by(|a, b| a.0.cmp(&b.0));
                ms.dedup_by(|a, b| a.0 == b.0);
                self.types.intern(Type::Interface(ms))
            }
            _ => {
                if report {
                    self.err(e.pos, format!("{} is not a type", expr_str(e)));
                }
                return None;
            }
        };
        Some(t)
    }

    /// The func type of a signature.
    pub(crate) fn func_type(&mut self, sig: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for f in &sig.params {
            if matches!(f.ty.kind, ExprKind::Ellipsis(_)) {
                variadic = true;
            }
            let t = self.resolve_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &sig.results {
            let t = self.resolve_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.types.intern(Type::Func { params, results, variadic })
    }
}
