//! The package level: type declarations, function and method signatures, package variables in
//! Go's initialisation order, constants, `init`, and compiling each function body.

use super::super::ast::*;
use super::super::bytecode::{Function, Op};
use super::super::types::{ids, Method, MethodTarget, Type, TypeId};
use super::syntax::escapes;
use super::*;
use std::collections::{HashMap, HashSet};

impl Compiler {
    pub(crate) fn package(&mut self, file: &File) {
        if file.package != "main" && !self.test_mode {
            self.err(Pos { line: 1, col: 9 }, format!("package {} is not a main package", file.package));
        }
        for imp in &file.imports {
            if !self.libs.contains_key(&imp.path) {
                let known = super::packages();
                self.err(imp.pos, format!("package {:?} is not supported here (gorun supports {})", imp.path, known.join(", ")));
                continue;
            }
            let local = imp.name.clone().unwrap_or_else(|| imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string());
            self.imports.insert(local, (imp.path.clone(), imp.pos, false));
        }
        // 1. type names.
        let mut type_specs = Vec::new();
        for d in &file.decls {
            if let Decl::Gen(GenDecl::Type(specs)) = d {
                for s in specs {
                    if s.generic {
                        self.err(s.pos, "generic types are not supported here");
                        continue;
                    }
                    if self.pkg.contains_key(&s.name) {
                        self.err(s.pos, format!("{} redeclared in this block", s.name));
                        continue;
                    }
                    let id = if s.alias { ids::ANY } else { self.types.new_named(&format!("{}.{}", self.pkg_name, s.name)) };
                    self.pkg.insert(s.name.clone(), Ent::Type(id));
                    type_specs.push(s.clone());
                }
            }
        }
        for s in &type_specs {
            let under = self.resolve_type(&s.ty);
            if s.alias {
                self.pkg.insert(s.name.clone(), Ent::Type(under));
            } else if let Some(Ent::Type(id)) = self.pkg.get(&s.name).cloned() {
                self.types.set_underlying(id, under);
            }
        }
        // Re-resolve underlying types that referred to types declared later.
        for s in &type_specs {
            if !s.alias {
                if let Some(Ent::Type(id)) = self.pkg.get(&s.name).cloned() {
                    let under = self.resolve_type(&s.ty);
                    self.types.set_underlying(id, under);
                }
            }
        }
        // 2. function and method signatures.
        let mut bodies = Vec::new();
        for d in &file.decls {
            let Decl::Func(f) = d else { continue };
            if f.generic {
                self.err(f.pos, "generic functions are not supported here");
                continue;
            }
            let sig = self.func_type(&f.sig);
            let idx = self.funcs.len() as u32;
            self.funcs.push(Function::default());
            match &f.recv {
                None => {
                    if f.name == "init" {
                        bodies.push((f.clone(), idx, sig, None));
                        continue;
                    }
                    if f.name == "main" && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
                        self.err(f.pos, "func main must have no arguments and no return values");
                    }
                    if self.pkg.contains_key(&f.name) {
                        self.err(f.pos, format!("{} redeclared in this block", f.name));
                    }
                    self.pkg.insert(f.name.clone(), Ent::Func(idx, sig));
                    bodies.push((f.clone(), idx, sig, None));
                }
                Some(r) => {
                    let (ptr, base) = match &r.ty.kind {
                        ExprKind::Star(x) => (true, x.as_ref()),
                        _ => (false, &r.ty),
                    };
                    let Some(tid) = self.type_of_expr_quiet(base) else {
                        self.err(base.pos, format!("undefined: {}", expr_str(base)));
                        continue;
                    };
                    let tname = self.types.name(tid);
                    if self.types.method(tid, &f.name).is_some() {
                        self.err(f.pos, format!("method {}.{} already declared", tname.trim_start_matches(&format!("{}.", self.pkg_name)), f.name));
                    }
                    self.add_method(tid, Method { name: f.name.clone(), sig, ptr_recv: ptr, target: MethodTarget::Func(idx) });
                    let rt = if ptr { self.types.intern(Type::Pointer(tid)) } else { tid };
                    bodies.push((f.clone(), idx, sig, Some((r.clone(), rt, tname))));
                }
            }
        }
        // 3. constants, then globals in Go's initialisation order (a variable after the ones its
        // initialiser refers to, directly or through functions); initialisers run in main.init.
        self.fstack.push(new_fn("main.init", vec![]));
        for idx in self.lib_inits.clone() {
            self.emit(Op::Call(idx, 0), Pos::default());
        }
        for d in &file.decls {
            if let Decl::Gen(GenDecl::Const(specs)) = d {
                self.const_specs(specs, true);
            }
        }
        let var_specs: Vec<ValueSpec> = file
            .decls
            .iter()
            .filter_map(|d| match d {
                Decl::Gen(GenDecl::Var(specs)) => Some(specs.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        for spec in init_order(file, &var_specs) {
            self.global_vars(std::slice::from_ref(&spec));
        }
        let init_state = self.fstack.pop();
        // 4. bodies.
        let mut inits = Vec::new();
        for (f, idx, sig, recv) in bodies {
            let name = match &recv {
                Some((_, rt, _)) => {
                    let rn = self.types.name(*rt);
                    if rn.starts_with('*') {
                        let p = &self.pkg_name;
                        format!("{p}.(*{}).{}", rn.trim_start_matches(&format!("*{p}.")), f.name)
                    } else {
                        format!("{}.{}", rn, f.name)
                    }
                }
                None => format!("{}.{}", self.pkg_name, f.name),
            };
            let recv_field = recv.map(|(r, rt, _)| (r, rt));
            let func = self.function(&name, &f.sig, sig, recv_field, f.body.as_ref(), f.pos);
            self.funcs[idx as usize] = func;
            if f.name == "init" && f.recv.is_none() {
                inits.push(idx);
            }
        }
        // 5. the init function: globals' initialisers, then each init().
        if let Some(mut st) = init_state {
            for idx in inits {
                st.f.code.push(Op::Call(idx, 0));
                st.f.pos.push(Pos::default());
            }
            st.f.code.push(Op::Ret);
            st.f.pos.push(Pos::default());
            self.funcs.push(st.f);
        }
        for (name, (_, pos, used)) in self.imports.clone() {
            if !used {
                let path = &self.imports[&name].0;
                let short = path.rsplit('/').next().unwrap_or(path);
                if short == name {
                    self.err(pos, format!("{path:?} imported and not used"));
                } else {
                    self.err(pos, format!("{path:?} imported as {name} and not used"));
                }
            }
        }
    }

    pub(crate) fn global_vars(&mut self, specs: &[ValueSpec]) {
        for s in specs {
            let declared = s.ty.as_ref().map(|t| self.resolve_type(t));
            if s.values.len() == 1 && s.names.len() > 1 {
                let t = self.expr(&s.values[0], None);
                let ts = self.tuple_types(t);
                for (i, (n, p)) in s.names.iter().enumerate().rev() {
                    let ty = declared.unwrap_or(*ts.get(i).unwrap_or(&ids::ANY));
                    self.new_global(n, ty, *p, true);
                }
                continue;
            }
            if !s.values.is_empty() && s.values.len() != s.names.len() {
                self.err(s.names[0].1, format!("assignment mismatch: {} variables but {} values", s.names.len(), s.values.len()));
                continue;
            }
            for (i, (n, p)) in s.names.iter().enumerate() {
                match s.values.get(i) {
                    Some(v) => {
                        self.conv_ctx = "variable declaration".into();
                        let t = self.expr(v, declared);
                        self.conv_ctx = "assignment".into();
                        let ty = match declared {
                            Some(d) => {
                                self.assign_conv(t, d, v, "variable declaration");
                                d
                            }
                            None => self.default_type(t),
                        };
                        self.new_global(n, ty, *p, true);
                    }
                    None => {
                        let ty = declared.unwrap_or(ids::ANY);
                        self.new_global(n, ty, *p, false);
                    }
                }
            }
        }
    }

    pub(crate) fn new_global(&mut self, name: &str, ty: TypeId, pos: Pos, init: bool) {
        let g = self.globals;
        self.globals += 1;
        if !init {
            self.emit(Op::Zero(ty), pos);
        }
        self.emit(Op::SetGlobal(g), pos);
        if name == "_" {
            return;
        }
        let id = self.vars.len();
        self.vars.push((name.to_string(), pos, true, false));
        if self.pkg.contains_key(name) {
            self.err(pos, format!("{name} redeclared in this block"));
        }
        self.pkg.insert(name.to_string(), Ent::Var(VarInfo { ty, loc: Loc::Global(g), id }));
    }

    /// `const` specs, at package level (`global`) or in a function.
    pub(crate) fn const_specs(&mut self, specs: &[ValueSpec], global: bool) {
        for s in specs {
            self.iota = Some(s.iota);
            let declared = s.ty.as_ref().map(|t| self.resolve_type(t));
            if s.values.is_empty() {
                self.err(s.names[0].1, "missing init expr for const declaration");
            }
            for (i, (n, p)) in s.names.iter().enumerate() {
                let Some(e) = s.values.get(i) else {
                    if !s.values.is_empty() {
                        self.err(*p, "missing init expr for const declaration");
                    }
                    continue;
                };
                match self.const_eval(e) {
                    Some((t, v)) => {
                        let (t, v) = match declared {
                            Some(d) => (d, self.convert_const(v, t, d, e)),
                            None => (t, v),
                        };
                        if n == "_" {
                            continue;
                        }
                        if global {
                            self.pkg.insert(n.clone(), Ent::Const(t, v));
                        } else if let Some(sc) = self.fs().scopes.last_mut() {
                            sc.insert(n.clone(), Ent::Const(t, v));
                        }
                    }
                    None => {
                        let _ = self.peek_type(e);
                        if !self.errors.iter().any(|x| x.0 >= e.pos) {
                            self.err(e.pos, format!("{} is not constant", expr_str(e)));
                        }
                    }
                }
            }
        }
        self.iota = None;
    }

    /// Compiles a function body into a [`Function`].
    pub(crate) fn function(
        &mut self,
        name: &str,
        sig_ast: &FuncType,
        sig: TypeId,
        recv: Option<(Field, TypeId)>,
        body: Option<&Block>,
        pos: Pos,
    ) -> Function {
        let Some(body) = body else {
            self.err(pos, "missing function body");
            return Function::default();
        };
        let top = self.fstack.is_empty() || self.fstack.len() == 1 && self.fstack[0].f.name == "main.init";
        if self.fstack.is_empty() {
            self.escapes = escapes(body);
        }
        let _ = top;
        let (params, results, variadic) = match self.types.get(sig).clone() {
            Type::Func { params, results, variadic } => (params, results, variadic),
            _ => (vec![], vec![], false),
        };
        let saved_labels = (std::mem::take(&mut self.label_defs), std::mem::take(&mut self.labels_used));
        let mut st = new_fn(name, results.clone());
        st.f.variadic = variadic;
        self.fstack.push(st);
        // Parameters occupy the first slots (receiver first).
        let mut names: Vec<(String, Pos, TypeId)> = Vec::new();
        if let Some((r, rt)) = &recv {
            let (n, p) = r.names.first().cloned().unwrap_or(("_".into(), pos));
            names.push((n, p, *rt));
        }
        let mut pi = 0;
        for f in &sig_ast.params {
            if f.names.is_empty() {
                names.push(("_".into(), f.ty.pos, params[pi]));
                pi += 1;
            }
            for (n, p) in &f.names {
                names.push((n.clone(), *p, params.get(pi).copied().unwrap_or(ids::ANY)));
                pi += 1;
            }
        }
        let nparams = names.len() as u16;
        let nres = results.len() as u16;
        {
            let fs = self.fs();
            fs.f.params = nparams;
            fs.f.results = nres;
            fs.next_slot = nparams + nres;
            fs.f.slots = fs.next_slot;
        }
        // Boxed parameters are re-homed: their slot's value moves into a box.
        for (i, (n, _, t)) in names.iter().enumerate() {
            if n == "_" {
                continue;
            }
            let slot = i as u16;
            let loc = if self.escapes.contains(n) {
                self.emit(Op::Local(slot), pos);
                self.emit(Op::NewBox(slot), pos);
                Loc::Boxed(slot)
            } else {
                Loc::Local(slot)
            };
            let id = self.vars.len();
            self.vars.push((n.clone(), pos, true, true));
            self.fs().scopes[0].insert(n.clone(), Ent::Var(VarInfo { ty: *t, loc, id }));
        }
        // Results: zeroed; named ones declared.
        let mut ri = 0usize;
        let mut locs = Vec::new();
        let mut named = false;
        for f in &sig_ast.results {
            let count = f.names.len().max(1);
            for k in 0..count {
                let slot = nparams + ri as u16;
                let t = results.get(ri).copied().unwrap_or(ids::ANY);
                self.emit(Op::Zero(t), pos);
                let name = f.names.get(k).map(|x| x.0.clone());
                let boxed = name.as_ref().is_some_and(|n| self.escapes.contains(n));
                let loc = if boxed {
                    self.emit(Op::NewBox(slot), pos);
                    Loc::Boxed(slot)
                } else {
                    self.emit(Op::SetLocal(slot), pos);
                    Loc::Local(slot)
                };
                if boxed {
                    self.fs().f.boxed_results.push(slot);
                }
                if let Some(n) = name {
                    named = true;
                    if n != "_" {
                        let id = self.vars.len();
                        self.vars.push((n.clone(), pos, true, true));
                        self.fs().scopes[0].insert(n, Ent::Var(VarInfo { ty: t, loc, id }));
                    }
                }
                locs.push(loc);
                ri += 1;
            }
        }
        self.fs().result_locs = locs;
        self.fs().named_results = named;
        self.push_scope();
        for s in &body.stmts {
            self.stmt(s);
        }
        self.pop_scope();
        if !results.is_empty() && !terminates_list(&body.stmts) {
            self.err(body.end, "missing return");
        }
        self.emit(Op::Ret, body.end);
        for (l, p) in std::mem::take(&mut self.label_defs) {
            if !self.labels_used.contains(&l) {
                self.err(p, format!("label {l} defined and not used"));
            }
        }
        (self.label_defs, self.labels_used) = saved_labels;
        // Gotos.
        let gotos = std::mem::take(&mut self.fs().gotos);
        for (at, label, p) in gotos {
            match self.fs().labels.get(&label).copied() {
                Some(t) => self.patch(at, t),
                None => self.err(p, format!("label {label} not defined")),
            }
        }
        let st = self.fstack.pop();
        match st {
            Some(mut s) => {
                super::super::bytecode::fuse(&mut s.f.code);
                if !self.fstack.is_empty() {
                    if let Some(c) = self.closure_captures.last_mut() {
                        *c = s.captures;
                    }
                }
                s.f
            }
            None => Function::default(),
        }
    }
}

pub(crate) fn ident_of(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        _ => String::new(),
    }
}

/// Identifiers mentioned in a piece of syntax (read from its debug form).
pub(crate) fn mentioned(node: &impl std::fmt::Debug) -> HashSet<String> {
    let text = format!("{node:?}");
    let mut out = HashSet::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("Ident(\"") {
        rest = &rest[i + 7..];
        if let Some(end) = rest.find('"') {
            out.insert(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

/// Package variables in Go's initialisation order: repeatedly the earliest in source order
/// whose initialiser depends (directly, or through the package's functions) on no variable not
/// yet initialised.
pub(crate) fn init_order(file: &File, specs: &[ValueSpec]) -> Vec<ValueSpec> {
    let funcs: HashMap<String, HashSet<String>> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Func(f) if f.recv.is_none() => Some((f.name.clone(), mentioned(&f.body))),
            _ => None,
        })
        .collect();
    let var_names: HashSet<String> = specs.iter().flat_map(|s| s.names.iter().map(|n| n.0.clone())).collect();
    let deps: Vec<HashSet<String>> = specs
        .iter()
        .map(|s| {
            let mut seen = HashSet::new();
            let mut todo: Vec<String> = mentioned(&s.values).into_iter().collect();
            let mut out = HashSet::new();
            while let Some(n) = todo.pop() {
                if !seen.insert(n.clone()) {
                    continue;
                }
                if var_names.contains(&n) {
                    out.insert(n.clone());
                }
                if let Some(body) = funcs.get(&n) {
                    todo.extend(body.iter().cloned());
                }
            }
            for (n, _) in &s.names {
                out.remove(n);
            }
            out
        })
        .collect();
    let mut done: HashSet<String> = HashSet::new();
    let mut placed = vec![false; specs.len()];
    let mut order = Vec::new();
    while order.len() < specs.len() {
        let next = (0..specs.len()).find(|&i| !placed[i] && deps[i].iter().all(|d| done.contains(d)));
        // A cycle (Go reports it): fall back to source order.
        let i = next.unwrap_or_else(|| (0..specs.len()).find(|&i| !placed[i]).unwrap_or(0));
        placed[i] = true;
        for (n, _) in &specs[i].names {
            done.insert(n.clone());
        }
        order.push(specs[i].clone());
    }
    order
}
