//! Questions answered from the syntax alone: how Go spells an expression in errors, which
//! variables escape into boxes, and Go's terminating-statement rule (`missing return`).

use super::super::ast::*;
use std::collections::HashSet;


/// A signature as written, e.g. `(s string) int`.
pub(crate) fn sig_str(sig: &FuncType) -> String {
    let field = |f: &Field| {
        let names: Vec<&str> = f.names.iter().map(|n| n.0.as_str()).collect();
        if names.is_empty() {
            expr_str(&f.ty)
        } else {
            format!("{} {}", names.join(", "), expr_str(&f.ty))
        }
    };
    let ps: Vec<String> = sig.params.iter().map(field).collect();
    let rs: Vec<String> = sig.results.iter().map(field).collect();
    match (rs.len(), sig.results.first().is_some_and(|f| f.names.is_empty())) {
        (0, _) => format!("({})", ps.join(", ")),
        (1, true) => format!("({}) {}", ps.join(", "), rs[0]),
        _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
    }
}

/// Go's spelling of an expression in error messages.
pub(crate) fn expr_str(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Int(s) | ExprKind::Float(s) => s.clone(),
        ExprKind::Char(c) => format!("{:?}", char::from_u32(*c as u32).unwrap_or('?')),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Paren(x) => format!("({})", expr_str(x)),
        ExprKind::Selector(x, n, _) => format!("{}.{n}", expr_str(x)),
        ExprKind::Index(x, i) => format!("{}[{}]", expr_str(x), expr_str(i)),
        ExprKind::Call { fun, args, spread, .. } => {
            let a: Vec<String> = args.iter().map(expr_str).collect();
            format!("{}({}{})", expr_str(fun), a.join(", "), if *spread { "..." } else { "" })
        }
        ExprKind::Star(x) => format!("*{}", expr_str(x)),
        ExprKind::Unary(op, x) => format!("{op}{}", expr_str(x)),
        ExprKind::Binary(op, l, r) => format!("{} {op} {}", expr_str(l), expr_str(r)),
        ExprKind::Composite { ty: Some(t), .. } => format!("{}{{…}}", expr_str(t)),
        ExprKind::Composite { ty: None, .. } => "{…}".into(),
        ExprKind::FuncLit(sig, _) => format!("func{} {{…}}", sig_str(sig)),
        ExprKind::SliceType(t) => format!("[]{}", expr_str(t)),
        ExprKind::MapType(k, v) => format!("map[{}]{}", expr_str(k), expr_str(v)),
        ExprKind::TypeAssert(x, Some(t)) => format!("{}.({})", expr_str(x), expr_str(t)),
        ExprKind::Slice(x, ..) => format!("{}[:]", expr_str(x)),
        _ => "expression".into(),
    }
}

/// Names that must live in boxes: referenced inside a closure, or whose address is taken.
pub(crate) fn escapes(body: &Block) -> HashSet<String> {
    let mut out = HashSet::new();
    pub(crate) fn expr(e: &Expr, in_closure: bool, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::Ident(n) if in_closure => {
                out.insert(n.clone());
            }
            ExprKind::Unary("&", x) => {
                if let ExprKind::Ident(n) = &x.kind {
                    out.insert(n.clone());
                }
                expr(x, in_closure, out);
            }
            ExprKind::FuncLit(_, b) => block(b, true, out),
            ExprKind::Composite { ty, elems, .. } => {
                if let Some(t) = ty {
                    expr(t, in_closure, out);
                }
                for (k, v) in elems {
                    if let Some(k) = k {
                        expr(k, in_closure, out);
                    }
                    expr(v, in_closure, out);
                }
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _, _) => expr(x, in_closure, out),
            ExprKind::TypeAssert(x, _) => expr(x, in_closure, out),
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) => {
                expr(a, in_closure, out);
                expr(b, in_closure, out);
            }
            ExprKind::Slice(x, a, b, c) => {
                expr(x, in_closure, out);
                for y in [a, b, c].into_iter().flatten() {
                    expr(y, in_closure, out);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                expr(fun, in_closure, out);
                for a in args {
                    expr(a, in_closure, out);
                }
            }
            _ => {}
        }
    }
    pub(crate) fn stmt(s: &Stmt, c: bool, out: &mut HashSet<String>) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, c, out),
            StmtKind::Send(a, b) => {
                expr(a, c, out);
                expr(b, c, out);
            }
            StmtKind::IncDec(e, _) => expr(e, c, out),
            StmtKind::Assign(l, _, r) => {
                for e in l.iter().chain(r.iter()) {
                    expr(e, c, out);
                }
            }
            StmtKind::Decl(GenDecl::Var(specs)) | StmtKind::Decl(GenDecl::Const(specs)) => {
                for sp in specs {
                    if c {
                        for (n, _) in &sp.names {
                            out.insert(n.clone());
                        }
                    }
                    for v in &sp.values {
                        expr(v, c, out);
                    }
                }
            }
            StmtKind::Return(v) => {
                for e in v {
                    expr(e, c, out);
                }
            }
            StmtKind::Block(b) => block(b, c, out),
            StmtKind::If(i, cond, t, e) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                expr(cond, c, out);
                block(t, c, out);
                if let Some(e) = e {
                    stmt(e, c, out);
                }
            }
            StmtKind::Switch(i, tag, cl, _) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                if let Some(t) = tag {
                    expr(t, c, out);
                }
                for k in cl {
                    for e in k.exprs.iter().flatten() {
                        expr(e, c, out);
                    }
                    for s in &k.body {
                        stmt(s, c, out);
                    }
                }
            }
            StmtKind::TypeSwitch(i, bind, x, cl) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                if let (Some((n, _)), true) = (bind, c) {
                    out.insert(n.clone());
                }
                expr(x, c, out);
                for k in cl {
                    for s in &k.body {
                        stmt(s, c, out);
                    }
                }
            }
            StmtKind::Select(cl) => {
                for k in cl {
                    if let Some(s) = &k.comm {
                        stmt(s, c, out);
                    }
                    for s in &k.body {
                        stmt(s, c, out);
                    }
                }
            }
            StmtKind::For(i, cond, post, b) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                if let Some(e) = cond {
                    expr(e, c, out);
                }
                if let Some(p) = post {
                    stmt(p, c, out);
                }
                block(b, c, out);
            }
            StmtKind::Range(k, v, _, x, b) => {
                for e in [k, v].into_iter().flatten() {
                    expr(e, c, out);
                }
                expr(x, c, out);
                // A range over a call may be a function iterator: its body becomes a closure.
                let iter = c || matches!(x.kind, ExprKind::Call { .. } | ExprKind::FuncLit(..));
                block(b, iter, out);
            }
            StmtKind::Labeled(_, s) => stmt(s, c, out),
            _ => {}
        }
    }
    pub(crate) fn block(b: &Block, c: bool, out: &mut HashSet<String>) {
        for s in &b.stmts {
            stmt(s, c, out);
        }
    }
    block(body, false, &mut out);
    out
}

/// Go's terminating statement rule (for `missing return`).
pub(crate) fn terminates_list(stmts: &[Stmt]) -> bool {
    stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).is_some_and(terminates)
}

pub(crate) fn terminates(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(Expr { kind: ExprKind::Call { fun, .. }, .. }) => {
            matches!(&fun.kind, ExprKind::Ident(n) if n == "panic")
                || matches!(&fun.kind, ExprKind::Selector(x, n, _) if n == "Exit" && matches!(&x.kind, ExprKind::Ident(p) if p == "os"))
        }
        StmtKind::Block(b) => terminates_list(&b.stmts),
        StmtKind::If(_, _, t, Some(e)) => terminates_list(&t.stmts) && terminates(e),
        StmtKind::For(_, None, _, b) => !has_break(&b.stmts, None, true),
        StmtKind::Labeled(l, s) => match &s.kind {
            StmtKind::For(_, None, _, b) => !has_break(&b.stmts, Some(l), true),
            _ => terminates(s),
        },
        StmtKind::Switch(_, _, cl, _) | StmtKind::TypeSwitch(_, _, _, cl) => {
            cl.iter().any(|c| c.exprs.is_none())
                && cl.iter().all(|c| {
                    (terminates_list(&c.body) || c.body.last().is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                        && !has_break(&c.body, None, true)
                })
        }
        StmtKind::Select(cl) => cl.iter().all(|c| terminates_list(&c.body) && !has_break(&c.body, None, true)),
        _ => false,
    }
}

pub(crate) fn has_break(stmts: &[Stmt], label: Option<&String>, top: bool) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If(_, _, t, e) => {
            has_break(&t.stmts, label, top) || e.as_ref().is_some_and(|e| has_break(std::slice::from_ref(e.as_ref()), label, top))
        }
        StmtKind::Labeled(_, s) => has_break(std::slice::from_ref(s.as_ref()), label, top),
        StmtKind::For(.., b) | StmtKind::Range(.., b) => has_break(&b.stmts, label, false),
        StmtKind::Switch(_, _, cl, _) | StmtKind::TypeSwitch(_, _, _, cl) => cl.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(cl) => cl.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}
