//! Traversals of the syntax tree for `lostcancel`: the assignments a function makes, the function
//! literals it contains (in preorder, as `go/ast` visits them), and whether a CFG node mentions a
//! variable.

use super::cfg::Node;
use super::{Def, Func};
use crate::interp::ast::*;
use crate::interp::vet::scope::Uses;

/// A statement or an expression met during a walk.
enum Visit<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

fn walk_stmts<'a>(list: &'a [Stmt], into_lits: bool, f: &mut dyn FnMut(Visit<'a>)) {
    list.iter().for_each(|s| walk_stmt(s, into_lits, f));
}

fn walk_stmt<'a>(s: &'a Stmt, into_lits: bool, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Stmt(s));
    let e = |x: &'a Expr, f: &mut dyn FnMut(Visit<'a>)| walk_expr(x, into_lits, f);
    match &s.kind {
        StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => {}
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => e(x, f),
        StmtKind::Send(a, b) => {
            e(a, f);
            e(b, f);
        }
        StmtKind::Assign(lhs, _, rhs) => lhs.iter().chain(rhs.iter()).for_each(|x| e(x, f)),
        StmtKind::Return(xs) => xs.iter().for_each(|x| e(x, f)),
        StmtKind::Decl(GenDecl::Var(specs)) | StmtKind::Decl(GenDecl::Const(specs)) => {
            specs.iter().flat_map(|sp| sp.ty.iter().chain(sp.values.iter())).for_each(|x| e(x, f));
        }
        StmtKind::Decl(GenDecl::Type(specs)) => specs.iter().for_each(|sp| e(&sp.ty, f)),
        StmtKind::Block(b) => walk_stmts(&b.stmts, into_lits, f),
        StmtKind::Labeled(_, inner) => walk_stmt(inner, into_lits, f),
        StmtKind::If(init, cond, then, els) => {
            init.iter().for_each(|i| walk_stmt(i, into_lits, f));
            e(cond, f);
            walk_stmts(&then.stmts, into_lits, f);
            els.iter().for_each(|x| walk_stmt(x, into_lits, f));
        }
        StmtKind::Switch(init, tag, clauses, _) => {
            init.iter().for_each(|i| walk_stmt(i, into_lits, f));
            tag.iter().for_each(|t| e(t, f));
            for c in clauses {
                c.exprs.iter().flatten().for_each(|x| e(x, f));
                walk_stmts(&c.body, into_lits, f);
            }
        }
        StmtKind::TypeSwitch(init, _, x, clauses) => {
            init.iter().for_each(|i| walk_stmt(i, into_lits, f));
            e(x, f);
            for c in clauses {
                c.exprs.iter().flatten().for_each(|x| e(x, f));
                walk_stmts(&c.body, into_lits, f);
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                c.comm.iter().for_each(|s| walk_stmt(s, into_lits, f));
                walk_stmts(&c.body, into_lits, f);
            }
        }
        StmtKind::For(init, cond, post, body) => {
            init.iter().for_each(|i| walk_stmt(i, into_lits, f));
            cond.iter().for_each(|c| e(c, f));
            post.iter().for_each(|p| walk_stmt(p, into_lits, f));
            walk_stmts(&body.stmts, into_lits, f);
        }
        StmtKind::Range(k, v, _, x, body) => {
            k.iter().chain(v.iter()).for_each(|y| e(y, f));
            e(x, f);
            walk_stmts(&body.stmts, into_lits, f);
        }
    }
}

fn walk_fields<'a>(fields: &'a [Field], into_lits: bool, f: &mut dyn FnMut(Visit<'a>)) {
    fields.iter().for_each(|fl| walk_expr(&fl.ty, into_lits, f));
}

fn walk_expr<'a>(x: &'a Expr, into_lits: bool, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Expr(x));
    let e = |y: &'a Expr, f: &mut dyn FnMut(Visit<'a>)| walk_expr(y, into_lits, f);
    match &x.kind {
        ExprKind::Ident(_) | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Char(_) | ExprKind::Str(_) => {}
        ExprKind::Composite { ty, elems, .. } => {
            ty.iter().for_each(|t| e(t, f));
            for (k, v) in elems {
                k.iter().for_each(|k| e(k, f));
                e(v, f);
            }
        }
        ExprKind::FuncLit(_, body) => {
            if into_lits {
                walk_stmts(&body.stmts, into_lits, f);
            }
        }
        ExprKind::Paren(y) | ExprKind::Selector(y, _, _) | ExprKind::Star(y) | ExprKind::Unary(_, y) => e(y, f),
        ExprKind::SliceType(y) | ExprKind::ChanType(_, y) | ExprKind::Ellipsis(y) => e(y, f),
        ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
            e(a, f);
            e(b, f);
        }
        ExprKind::Slice(y, lo, hi, max) => {
            e(y, f);
            [lo, hi, max].into_iter().flatten().for_each(|p| e(p, f));
        }
        ExprKind::TypeAssert(y, t) => {
            e(y, f);
            t.iter().for_each(|t| e(t, f));
        }
        ExprKind::Call { fun, args, .. } => {
            e(fun, f);
            args.iter().for_each(|a| e(a, f));
        }
        ExprKind::ArrayType(n, t) => {
            n.iter().for_each(|n| e(n, f));
            e(t, f);
        }
        ExprKind::FuncType(sig) => {
            walk_fields(&sig.params, into_lits, f);
            walk_fields(&sig.results, into_lits, f);
        }
        ExprKind::StructType(fields) => walk_fields(fields, into_lits, f),
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    IfaceElem::Method(_, sig, _) => {
                        walk_fields(&sig.params, into_lits, f);
                        walk_fields(&sig.results, into_lits, f);
                    }
                    IfaceElem::Embed(t) => e(t, f),
                }
            }
        }
    }
}

/// The assignments and `var` specs of a function body, in preorder, not inside function literals.
pub(super) fn collect_defs<'a>(body: &'a [Stmt], out: &mut Vec<Def<'a>>) {
    walk_stmts(body, false, &mut |v| {
        if let Visit::Stmt(s) = v {
            match &s.kind {
                StmtKind::Assign(..) => out.push(Def::Assign(s)),
                StmtKind::Decl(GenDecl::Var(specs)) => out.extend(specs.iter().map(Def::Spec)),
                _ => {}
            }
        }
    });
}

/// The function literals in `x` and inside them, in preorder.
pub(super) fn collect_lits<'a>(x: &'a Expr, out: &mut Vec<Func<'a>>) {
    let mut found = Vec::new();
    walk_expr(x, false, &mut |v| {
        if let Visit::Expr(e) = v {
            if let ExprKind::FuncLit(sig, body) = &e.kind {
                found.push((e.pos, sig, body));
            }
        }
    });
    push_lits(found, out);
}

/// The function literals in a body, in preorder.
pub(super) fn collect_lits_block<'a>(body: &'a Block, out: &mut Vec<Func<'a>>) {
    let mut found = Vec::new();
    walk_stmts(&body.stmts, false, &mut |v| {
        if let Visit::Expr(e) = v {
            if let ExprKind::FuncLit(sig, b) = &e.kind {
                found.push((e.pos, sig, b));
            }
        }
    });
    push_lits(found, out);
}

fn push_lits<'a>(found: Vec<(Pos, &'a FuncType, &'a Block)>, out: &mut Vec<Func<'a>>) {
    for (start, sig, body) in found {
        out.push(Func { sig, body, start, is_main: false });
        collect_lits_block(body, out);
    }
}

/// Whether a CFG node mentions the variable declared at `var` (a naked return counts for a named
/// result), looking inside function literals too.
pub(super) fn node_uses(n: &Node<'_>, var: Pos, is_result: bool, uses: &Uses) -> bool {
    let mut found = false;
    let mut check = |v: Visit<'_>| match v {
        Visit::Expr(e) => {
            if matches!(e.kind, ExprKind::Ident(_)) && uses.get(&e.pos) == Some(&var) {
                found = true;
            }
        }
        Visit::Stmt(s) => {
            if is_result && matches!(&s.kind, StmtKind::Return(xs) if xs.is_empty()) {
                found = true;
            }
        }
    };
    match n {
        Node::Stmt(s) => walk_stmt(s, true, &mut check),
        Node::Expr(e) => walk_expr(e, true, &mut check),
        Node::Spec(sp) => sp.ty.iter().chain(sp.values.iter()).for_each(|e| walk_expr(e, true, &mut check)),
        Node::Return(_) => return is_result,
    }
    found
}
