//! The library seen by the checker: each package of `prelude.rs` parsed; its bodyless functions
//! and methods bound to the VM's natives by qualified name, its types, constants and native
//! variables declared; then, once every package is declared, the parts written in Go (function
//! and method bodies, package variables with their initialisers) compiled like a program's own,
//! in each package's scope, with its variables set up by an init function that runs before the
//! program's. Every function made here is marked `library`, so that runs report the learner's
//! lines, never the library's.

use super::super::ast::*;
use super::super::types::{ids, Method, MethodTarget, Type, TypeId};
use super::super::vm::natives;
use super::package::ident_of;
use super::*;
use std::collections::HashMap;


impl Compiler {
    /// Declares and compiles the library: every package, except the `ON_DEMAND` ones the program
    /// does not reach through `imports` (a program that imports only fmt compiles no HTTP).
    pub(crate) fn load_prelude(&mut self, imports: &[&str]) {
        // The library may name other library packages' unexported members.
        let saved_lib = std::mem::replace(&mut self.in_library, true);
        let mut go_parts: Vec<GoPart> = Vec::new();
        let reached = reached(imports);
        for (path, name, src) in prelude::PACKAGES {
            if prelude::ON_DEMAND.contains(path) && !reached.contains(path) {
                continue;
            }
            let file = match super::super::parser::parse_file(src) {
                Ok(f) => f,
                Err((pos, msg)) => {
                    self.err(Pos::default(), format!("gorun's package {path} does not parse: {}:{}: {msg}", pos.line, pos.col));
                    continue;
                }
            };
            let mut part = GoPart { path: path.to_string(), name: name.to_string(), imports: file.imports.clone(), vars: Vec::new(), bodies: Vec::new() };
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
            // A package may come in several files, each its own entry.
            self.libs.entry(path.to_string()).or_default().extend(members);
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
                            let native = s.names.iter().all(|(n, _)| natives::lookup(&format!("{cur}.{n}")).is_some());
                            if !native || !s.values.is_empty() {
                                part.vars.push(s.clone());
                                continue;
                            }
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
                    Decl::Func(f) if f.body.is_some() => {
                        let sig = self.lib_sig(&cur, &f.sig);
                        let idx = self.funcs.len() as u32;
                        self.funcs.push(Function::default());
                        let recv = match &f.recv {
                            None => {
                                if let Some(m) = self.libs.get_mut(&cur) {
                                    m.insert(f.name.clone(), Ent::Func(idx, sig));
                                }
                                None
                            }
                            Some(r) => {
                                let (ptr, tname) = match &r.ty.kind {
                                    ExprKind::Star(x) => (true, ident_of(x)),
                                    _ => (false, ident_of(&r.ty)),
                                };
                                let Some(Ent::Type(tid)) = self.lib_member(&cur, &tname) else { continue };
                                self.add_method(tid, Method { name: f.name.clone(), sig, ptr_recv: ptr, target: MethodTarget::Func(idx) });
                                let rt = if ptr { self.types.intern(Type::Pointer(tid)) } else { tid };
                                // Go's runtime names functions by import path: net/http.(*conn).serve.
                                let fname = if ptr { format!("{path}.(*{tname}).{}", f.name) } else { format!("{path}.{tname}.{}", f.name) };
                                Some((r.clone(), rt, fname))
                            }
                        };
                        part.bodies.push((f.clone(), idx, sig, recv));
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
            if !part.vars.is_empty() || !part.bodies.is_empty() {
                go_parts.push(part);
            }
        }
        // Every package's variables first, so that any body may use any of them.
        for part in &go_parts {
            self.compile_go_vars(part);
        }
        for part in go_parts {
            self.compile_go_bodies(part);
        }
        for f in &mut self.funcs {
            f.library = true;
        }
        self.in_library = saved_lib;
    }

    /// Enters a library package's scope and imports; returns what to restore.
    fn enter_part(&mut self, part: &GoPart) -> SavedScope {
        let saved_pkg = std::mem::replace(&mut self.pkg, self.libs.get(&part.path).cloned().unwrap_or_default());
        let saved_imports = std::mem::take(&mut self.imports);
        let saved_lib = std::mem::replace(&mut self.in_library, true);
        for imp in &part.imports {
            let local = imp.name.clone().unwrap_or_else(|| imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string());
            self.imports.insert(local, (imp.path.clone(), imp.pos, true));
        }
        (saved_pkg, saved_imports, saved_lib)
    }

    fn leave_part(&mut self, saved: SavedScope) {
        self.pkg = saved.0;
        self.imports = saved.1;
        self.in_library = saved.2;
    }

    /// Compiles a library file's package variables into an init function the program's init
    /// calls first, in the package's own scope and the file's imports.
    fn compile_go_vars(&mut self, part: &GoPart) {
        if part.vars.is_empty() {
            return;
        }
        let saved = self.enter_part(part);
        self.fstack.push(new_fn(&format!("{}.init", part.path), vec![]));
        let file = File { package: part.name.clone(), imports: Vec::new(), decls: vec![Decl::Gen(GenDecl::Var(part.vars.clone()))] };
        for spec in super::package::init_order(&file, &part.vars) {
            self.global_vars(std::slice::from_ref(&spec));
        }
        if let Some(mut st) = self.fstack.pop() {
            st.f.code.push(Op::Ret);
            st.f.pos.push(Pos::default());
            self.lib_inits.push(self.funcs.len() as u32);
            self.funcs.push(st.f);
        }
        // The variables join the package's members.
        let members = self.pkg.clone();
        if let Some(m) = self.libs.get_mut(&part.path) {
            for (k, v) in members {
                m.entry(k).or_insert(v);
            }
        }
        self.leave_part(saved);
    }

    /// Compiles a library file's function and method bodies.
    fn compile_go_bodies(&mut self, part: GoPart) {
        let saved = self.enter_part(&part);
        for (f, idx, sig, recv) in part.bodies {
            let (fname, recv_field) = match recv {
                Some((r, rt, fname)) => (fname, Some((r, rt))),
                None => (format!("{}.{}", part.path, f.name), None),
            };
            let func = self.function(&fname, &f.sig, sig, recv_field, f.body.as_ref(), f.pos);
            self.funcs[idx as usize] = func;
        }
        self.leave_part(saved);
    }

    pub(crate) fn lib_member(&self, path: &str, name: &str) -> Option<Ent> {
        self.libs.get(path).and_then(|m| m.get(name)).cloned()
    }

    /// A member of an imported package, by path: from a program, only exported names.
    pub(crate) fn pkg_member(&self, path: &str, name: &str) -> Option<Ent> {
        if !self.in_library && !name.starts_with(|c: char| c.is_uppercase()) && !Self::hidden_member(name) {
            return None;
        }
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

/// The library packages a program reaches: its imports, and theirs, transitively.
fn reached(imports: &[&str]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut todo: Vec<&str> = imports.to_vec();
    while let Some(path) = todo.pop() {
        for (p, _, src) in prelude::PACKAGES.iter().filter(|(p, _, _)| *p == path) {
            if !out.contains(p) {
                out.push(p);
            }
            for imp in super::super::imports::import_paths(src) {
                if !out.contains(&imp) && !todo.contains(&imp) {
                    todo.push(imp);
                }
            }
        }
    }
    out
}

/// The compiler's package scope, imports and library flag, saved while a library file compiles.
type SavedScope = (HashMap<String, Ent>, HashMap<String, (String, Pos, bool)>, bool);

/// A library package's parts written in Go, compiled once every package is declared.
struct GoPart {
    path: String,
    name: String,
    imports: Vec<Import>,
    vars: Vec<ValueSpec>,
    /// Each function: its declaration, its index, its signature, and for a method the receiver,
    /// the receiver's type and Go's name for it.
    bodies: Vec<(FuncDecl, u32, TypeId, Option<(Field, TypeId, String)>)>,
}
