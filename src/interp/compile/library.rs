//! The library seen by the checker: each package of `prelude.rs` parsed and bound to the VM's
//! natives by qualified name, its types, constants, variables and methods.

use super::super::ast::*;
use super::super::types::{ids, Method, MethodTarget, Type, TypeId};
use super::super::vm::natives;
use super::package::ident_of;
use super::*;
use std::collections::HashMap;

impl Compiler {
    pub(crate) fn load_prelude(&mut self) {
        for (path, name, src) in prelude::PACKAGES {
            let Ok(file) = super::super::parser::parse_file(src) else { continue };
            let mut members: HashMap<String, Ent> = HashMap::new();
            // Types first.
            for d in &file.decls {
                if let Decl::Gen(GenDecl::Type(specs)) = d {
                    for s in specs {
                        let id = self.types.new_named(&format!("{name}.{}", s.name));
                        members.insert(s.name.clone(), Ent::Type(id));
                    }
                }
            }
            self.libs.insert(path.to_string(), members);
            let cur = path.to_string();
            for d in &file.decls {
                match d {
                    Decl::Gen(GenDecl::Type(specs)) => {
                        for s in specs {
                            let Some(Ent::Type(id)) = self.lib_member(&cur, &s.name) else { continue };
                            let under = match &s.ty.kind {
                                ExprKind::Ident(o) if o == "opaque" => {
                                    self.types.intern(Type::Opaque(Box::leak(format!("{name}.{}", s.name).into_boxed_str())))
                                }
                                _ => self.lib_type(&cur, &s.ty),
                            };
                            self.types.set_underlying(id, under);
                        }
                    }
                    Decl::Gen(GenDecl::Const(specs)) => {
                        let mut ty_prev = None;
                        for s in specs {
                            self.iota = Some(s.iota);
                            let declared = s.ty.as_ref().map(|t| self.lib_type(&cur, t)).or(ty_prev);
                            if s.ty.is_some() {
                                ty_prev = declared;
                            }
                            for (i, (n, _)) in s.names.iter().enumerate() {
                                let Some(e) = s.values.get(i) else { continue };
                                let saved = std::mem::take(&mut self.pkg);
                                self.pkg = self.libs.get(&cur).cloned().unwrap_or_default();
                                let v = self.const_eval(e);
                                self.pkg = saved;
                                if let Some((t, v)) = v {
                                    let t = declared.unwrap_or(t);
                                    if let Some(m) = self.libs.get_mut(&cur) {
                                        m.insert(n.clone(), Ent::Const(t, v));
                                    }
                                }
                            }
                        }
                        self.iota = None;
                    }
                    Decl::Gen(GenDecl::Var(specs)) => {
                        for s in specs {
                            let t = s.ty.as_ref().map(|t| self.lib_type(&cur, t)).unwrap_or(ids::ANY);
                            for (n, _) in &s.names {
                                if let Some(id) = natives::lookup(&format!("{cur}.{n}")) {
                                    if let Some(m) = self.libs.get_mut(&cur) {
                                        m.insert(n.clone(), Ent::Native(id, t));
                                    }
                                }
                            }
                        }
                    }
                    Decl::Func(f) => {
                        let sig = self.lib_sig(&cur, &f.sig);
                        match &f.recv {
                            None => {
                                if let Some(id) = natives::lookup(&format!("{cur}.{}", f.name)) {
                                    if let Some(m) = self.libs.get_mut(&cur) {
                                        m.insert(f.name.clone(), Ent::Native(id, sig));
                                    }
                                }
                            }
                            Some(r) => {
                                let (ptr, tname) = match &r.ty.kind {
                                    ExprKind::Star(x) => (true, ident_of(x)),
                                    _ => (false, ident_of(&r.ty)),
                                };
                                let Some(Ent::Type(tid)) = self.lib_member(&cur, &tname) else { continue };
                                if let Some(id) = natives::lookup(&format!("{cur}.{tname}.{}", f.name)) {
                                    self.add_method(tid, Method { name: f.name.clone(), sig, ptr_recv: ptr, target: MethodTarget::Native(id) });
                                }
                            }
                        }
                    }
                }
            }
        }
        // error's Error method for interface dispatch checks.
        let _ = self.types.get(ids::ERROR);
    }

    pub(crate) fn lib_member(&self, path: &str, name: &str) -> Option<Ent> {
        self.libs.get(path).and_then(|m| m.get(name)).cloned()
    }

    /// A member of an imported package, by path.
    pub(crate) fn pkg_member(&self, path: &str, name: &str) -> Option<Ent> {
        self.lib_member(path, name)
    }

    pub(crate) fn lib_type(&mut self, cur: &str, e: &Expr) -> TypeId {
        let saved = std::mem::take(&mut self.pkg);
        self.pkg = self.libs.get(cur).cloned().unwrap_or_default();
        for (p, _, _) in prelude::PACKAGES {
            let short = p.rsplit('/').next().unwrap_or(p).to_string();
            self.pkg.entry(short).or_insert(Ent::Pkg(p.to_string()));
        }
        let t = self.resolve_type(e);
        self.pkg = saved;
        t
    }

    pub(crate) fn lib_sig(&mut self, cur: &str, sig: &FuncType) -> TypeId {
        let saved = std::mem::take(&mut self.pkg);
        self.pkg = self.libs.get(cur).cloned().unwrap_or_default();
        for (p, _, _) in prelude::PACKAGES {
            let short = p.rsplit('/').next().unwrap_or(p).to_string();
            self.pkg.entry(short).or_insert(Ent::Pkg(p.to_string()));
        }
        let t = self.func_type(sig);
        self.pkg = saved;
        t
    }

    pub(crate) fn add_method(&mut self, tid: TypeId, m: Method) {
        self.methods.insert((tid, m.name.clone()), (m.target, false));
        let ptr = self.types.intern(Type::Pointer(tid));
        self.methods.insert((ptr, m.name.clone()), (m.target, !m.ptr_recv));
        self.types.methods.entry(tid).or_default().push(m);
    }
}
