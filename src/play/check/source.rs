//! What the checker reads from the learner's syntax tree, without running it: the handler's
//! and the call site's declarations, the context constructors `serve` calls and whether their
//! cancel function is deferred, and where `handle` selects.

use crate::interp::ast::{Decl, Expr, ExprKind, File, FuncDecl, GenDecl, Stmt, StmtKind};

/// The context constructors that return a cancel function.
const WITH: [&str; 6] = ["WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause", "WithCancel", "WithCancelCause"];

/// A context constructor call assigned in a function: `ctx, cancel := context.WithTimeout(...)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Constructor {
    /// `WithTimeout`...
    pub name: String,
    /// The call's line.
    pub line: u32,
    /// The variable the cancel function went to (`None` for `_` or when it is not kept).
    pub cancel: Option<String>,
}

/// The local name of the `context` package in `file`, if it imports it.
pub fn context_name(file: &File) -> Option<String> {
    file.imports
        .iter()
        .find(|i| i.path == "context")
        .map(|i| i.name.clone().unwrap_or_else(|| "context".to_string()))
}

/// The top-level function (not method) called `name`.
pub fn func<'f>(file: &'f File, name: &str) -> Option<&'f FuncDecl> {
    file.decls.iter().find_map(|d| match d {
        Decl::Func(f) if f.recv.is_none() && f.name == name && f.body.is_some() => Some(f),
        _ => None,
    })
}

/// The lines a function spans, from its `func` line to its closing brace.
pub fn span(f: &FuncDecl) -> (u32, u32) {
    (f.pos.line, f.body.as_ref().map_or(f.pos.line, |b| b.end.line))
}

/// Go's text for a simple type expression (`context.Context`, `string`), else a description.
pub fn type_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Selector(x, n, _) => format!("{}.{n}", type_text(x)),
        ExprKind::Star(x) => format!("*{}", type_text(x)),
        _ => "another type".to_string(),
    }
}

/// The first parameter of `f`: its name (if any) and its type's text, and whether that type is
/// `<ctx>.Context` for the file's name of the context package.
pub fn first_param(f: &FuncDecl, ctx: Option<&str>) -> Option<(Option<String>, String, bool)> {
    let field = f.sig.params.first()?;
    let is_ctx = matches!(&field.ty.kind, ExprKind::Selector(x, n, _)
        if n == "Context" && matches!(&x.kind, ExprKind::Ident(p) if Some(p.as_str()) == ctx));
    Some((field.names.first().map(|n| n.0.clone()), type_text(&field.ty), is_ctx))
}

/// Every statement in `body`, nested ones included, in source order.
fn each_stmt<'s>(stmts: &'s [Stmt], out: &mut Vec<&'s Stmt>) {
    for s in stmts {
        out.push(s);
        match &s.kind {
            StmtKind::Block(b) => each_stmt(&b.stmts, out),
            StmtKind::If(init, _, then, els) => {
                if let Some(i) = init {
                    each_stmt(std::slice::from_ref(i), out);
                }
                each_stmt(&then.stmts, out);
                if let Some(e) = els {
                    each_stmt(std::slice::from_ref(e), out);
                }
            }
            StmtKind::For(init, _, post, b) => {
                for x in [init, post].into_iter().flatten() {
                    each_stmt(std::slice::from_ref(x), out);
                }
                each_stmt(&b.stmts, out);
            }
            StmtKind::Range(_, _, _, _, b) => each_stmt(&b.stmts, out),
            StmtKind::Switch(init, _, clauses, _) | StmtKind::TypeSwitch(init, _, _, clauses) => {
                if let Some(i) = init {
                    each_stmt(std::slice::from_ref(i), out);
                }
                clauses.iter().for_each(|c| each_stmt(&c.body, out));
            }
            StmtKind::Select(clauses) => clauses.iter().for_each(|c| each_stmt(&c.body, out)),
            StmtKind::Labeled(_, s) => each_stmt(std::slice::from_ref(s), out),
            _ => {}
        }
    }
}

fn stmts(f: &FuncDecl) -> Vec<&Stmt> {
    let mut out = Vec::new();
    if let Some(b) = &f.body {
        each_stmt(&b.stmts, &mut out);
    }
    out
}

/// The constructor a call expression makes, if it is `<ctx>.WithX(...)`.
fn constructor_call(e: &Expr, ctx: &str) -> Option<(String, u32)> {
    let ExprKind::Call { fun, .. } = &e.kind else { return None };
    let ExprKind::Selector(x, name, _) = &fun.kind else { return None };
    let is_pkg = matches!(&x.kind, ExprKind::Ident(p) if p == ctx);
    (is_pkg && WITH.contains(&name.as_str())).then(|| (name.clone(), e.pos.line))
}

/// The context constructors `f` calls whose results it assigns, in source order.
pub fn constructors(f: &FuncDecl, ctx: &str) -> Vec<Constructor> {
    let mut out = Vec::new();
    let name_of = |e: Option<&Expr>| match e.map(|e| &e.kind) {
        Some(ExprKind::Ident(n)) if n != "_" => Some(n.clone()),
        _ => None,
    };
    for s in stmts(f) {
        match &s.kind {
            StmtKind::Assign(lhs, "=" | ":=", rhs) if rhs.len() == 1 => {
                if let Some((name, line)) = constructor_call(&rhs[0], ctx) {
                    out.push(Constructor { name, line, cancel: name_of(lhs.get(1)) });
                }
            }
            StmtKind::Decl(GenDecl::Var(specs)) => {
                for spec in specs {
                    if let Some((name, line)) = spec.values.first().and_then(|v| constructor_call(v, ctx)) {
                        let cancel = spec.names.get(1).map(|n| n.0.clone()).filter(|n| n != "_");
                        out.push(Constructor { name, line, cancel });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether an expression mentions the name `var` anywhere (closures included).
fn mentions(e: &Expr, var: &str) -> bool {
    // The tree's derived Debug form names every identifier as `Ident("name")`: a complete and
    // cheap way to find a name in any expression, function literals' bodies included.
    format!("{e:?}").contains(&format!("Ident({var:?})"))
}

/// Whether `f` defers a call that uses `var` (`defer cancel()`, or a deferred closure that
/// calls it).
pub fn defers(f: &FuncDecl, var: &str) -> bool {
    stmts(f).iter().any(|s| matches!(&s.kind, StmtKind::Defer(e) if mentions(e, var)))
}

/// The line of the first statement in `f` that calls `var` outside a defer, if any.
pub fn calls_without_defer(f: &FuncDecl, var: &str) -> Option<u32> {
    stmts(f).iter().find_map(|s| match &s.kind {
        StmtKind::Expr(e) if mentions(e, var) => Some(s.pos.line),
        _ => None,
    })
}

/// The line of the first `select` in `f`, if any.
pub fn first_select(f: &FuncDecl) -> Option<u32> {
    stmts(f).iter().find_map(|s| matches!(s.kind, StmtKind::Select(_)).then_some(s.pos.line))
}
