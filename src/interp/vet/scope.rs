//! Name resolution for `vet`: which local declaration each identifier refers to.
//!
//! Go's block scopes over the syntax tree, without types: a function's parameters and body share a
//! scope; every block, `if`/`for`/`switch`/`select` header and clause opens one; `:=` declares the
//! names not yet declared in the current scope (the others are uses), visible after the statement;
//! `var`/`const`/`type` likewise. A declaration is identified by the position of its name, so the
//! result maps an identifier's position to the position of the name it refers to. Identifiers that
//! refer to nothing local (package-level names, imports, builtins) are absent.

use crate::interp::ast::*;
use std::collections::HashMap;

/// Identifier position -> position of the local declaration it uses.
pub(crate) type Uses = HashMap<Pos, Pos>;

/// Resolves every function body and function literal of `file`.
pub(crate) fn resolve(file: &File) -> Uses {
    let mut r = Resolver { scopes: Vec::new(), uses: HashMap::new() };
    for d in &file.decls {
        match d {
            Decl::Func(f) => {
                if let Some(body) = &f.body {
                    r.func(f.recv.as_ref(), &f.sig, body);
                }
            }
            Decl::Gen(g) => r.package_gen(g),
        }
    }
    r.uses
}

struct Resolver<'a> {
    scopes: Vec<HashMap<&'a str, Pos>>,
    uses: Uses,
}

impl<'a> Resolver<'a> {
    fn push(&mut self) {
        self.scopes.push(HashMap::new());
    }

    fn pop(&mut self) {
        self.scopes.pop();
    }

    fn declare(&mut self, name: &'a str, pos: Pos) {
        if name == "_" {
            return;
        }
        if let Some(s) = self.scopes.last_mut() {
            s.insert(name, pos);
        }
    }

    fn lookup(&self, name: &str) -> Option<Pos> {
        self.scopes.iter().rev().find_map(|s| s.get(name).copied())
    }

    /// Package-level declarations: only the function literals inside their values matter.
    fn package_gen(&mut self, g: &'a GenDecl) {
        match g {
            GenDecl::Var(specs) | GenDecl::Const(specs) => {
                for s in specs {
                    if let Some(t) = &s.ty {
                        self.expr(t);
                    }
                    s.values.iter().for_each(|v| self.expr(v));
                }
            }
            GenDecl::Type(specs) => specs.iter().for_each(|s| self.expr(&s.ty)),
        }
    }

    fn fields(&mut self, fields: &'a [Field], declare: bool) {
        for f in fields {
            self.expr(&f.ty);
            if declare {
                for (n, p) in &f.names {
                    self.declare(n, *p);
                }
            }
        }
    }

    fn func(&mut self, recv: Option<&'a Field>, sig: &'a FuncType, body: &'a Block) {
        self.push();
        if let Some(r) = recv {
            self.fields(std::slice::from_ref(r), true);
        }
        self.fields(&sig.params, true);
        self.fields(&sig.results, true);
        self.stmts(&body.stmts);
        self.pop();
    }

    fn block(&mut self, b: &'a Block) {
        self.push();
        self.stmts(&b.stmts);
        self.pop();
    }

    fn stmts(&mut self, list: &'a [Stmt]) {
        list.iter().for_each(|s| self.stmt(s));
    }

    fn gen(&mut self, g: &'a GenDecl) {
        match g {
            GenDecl::Var(specs) | GenDecl::Const(specs) => {
                for s in specs {
                    if let Some(t) = &s.ty {
                        self.expr(t);
                    }
                    s.values.iter().for_each(|v| self.expr(v));
                    for (n, p) in &s.names {
                        self.declare(n, *p);
                    }
                }
            }
            GenDecl::Type(specs) => {
                for s in specs {
                    self.declare(&s.name, s.pos);
                    self.expr(&s.ty);
                }
            }
        }
    }

    /// `lhs := rhs`: new names are declared, names already in this scope are uses.
    fn define(&mut self, lhs: &'a [Expr]) {
        for e in lhs {
            if let ExprKind::Ident(n) = &e.kind {
                let existing = self.scopes.last().and_then(|s| s.get(n.as_str()).copied());
                match existing {
                    Some(d) => {
                        self.uses.insert(e.pos, d);
                    }
                    None => self.declare(n, e.pos),
                }
            } else {
                self.expr(e);
            }
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => {}
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => self.expr(e),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Assign(lhs, op, rhs) => {
                rhs.iter().for_each(|e| self.expr(e));
                if *op == ":=" {
                    self.define(lhs);
                } else {
                    lhs.iter().for_each(|e| self.expr(e));
                }
            }
            StmtKind::Decl(g) => self.gen(g),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::If(init, cond, then, els) => {
                self.push();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.pop();
            }
            StmtKind::Switch(init, tag, clauses, _) => {
                self.push();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    c.exprs.iter().flatten().for_each(|e| self.expr(e));
                    self.push();
                    self.stmts(&c.body);
                    self.pop();
                }
                self.pop();
            }
            StmtKind::TypeSwitch(init, bind, x, clauses) => {
                self.push();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in clauses {
                    c.exprs.iter().flatten().for_each(|e| self.expr(e));
                    self.push();
                    if let Some((n, p)) = bind {
                        self.declare(n, *p);
                    }
                    self.stmts(&c.body);
                    self.pop();
                }
                self.pop();
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.push();
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
                    }
                    self.stmts(&c.body);
                    self.pop();
                }
            }
            StmtKind::For(init, cond, post, body) => {
                self.push();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
                self.pop();
            }
            StmtKind::Range(key, value, define, x, body) => {
                self.push();
                self.expr(x);
                let kv: Vec<&'a Expr> = key.iter().chain(value.iter()).collect();
                for e in kv {
                    match (&e.kind, define) {
                        (ExprKind::Ident(n), true) => self.declare(n, e.pos),
                        _ => self.expr(e),
                    }
                }
                self.block(body);
                self.pop();
            }
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Ident(n) => {
                if let Some(d) = self.lookup(n) {
                    self.uses.insert(e.pos, d);
                }
            }
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Char(_) | ExprKind::Str(_) => {}
            ExprKind::Composite { ty, elems, .. } => {
                let is_map = matches!(ty.as_deref().map(|t| &t.kind), Some(ExprKind::MapType(..)));
                if let Some(t) = ty {
                    self.expr(t);
                }
                for (k, v) in elems {
                    if let Some(k) = k {
                        // A bare name as key is a struct field, unless the literal is a map.
                        if is_map || !matches!(k.kind, ExprKind::Ident(_)) {
                            self.expr(k);
                        }
                    }
                    self.expr(v);
                }
            }
            ExprKind::FuncLit(sig, body) => self.func(None, sig, body),
            ExprKind::Paren(x) | ExprKind::Selector(x, _, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::SliceType(x) | ExprKind::ChanType(_, x) | ExprKind::Ellipsis(x) => self.expr(x),
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Slice(x, lo, hi, max) => {
                self.expr(x);
                for p in [lo, hi, max].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                if let Some(t) = t {
                    self.expr(t);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::ArrayType(n, t) => {
                if let Some(n) = n {
                    self.expr(n);
                }
                self.expr(t);
            }
            ExprKind::FuncType(sig) => {
                self.fields(&sig.params, false);
                self.fields(&sig.results, false);
            }
            ExprKind::StructType(fields) => self.fields(fields, false),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        IfaceElem::Method(_, sig, _) => {
                            self.fields(&sig.params, false);
                            self.fields(&sig.results, false);
                        }
                        IfaceElem::Embed(t) => self.expr(t),
                    }
                }
            }
        }
    }
}
