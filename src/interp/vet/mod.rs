//! `go vet`'s `lostcancel` check over the syntax tree, with Go's messages and positions.
//!
//! As `golang.org/x/tools/go/analysis/passes/lostcancel` does: in every function and function
//! literal (outer before inner), find the assignments `ctx, cancel := context.WithCancel(...)`
//! (also `=`, `var`, and the Cause/Timeout/Deadline variants). A cancel function assigned to `_`
//! is reported at once. For a variable, search the function's control-flow graph ([`cfg`]) from
//! the assignment for a path to a return statement that never mentions the variable (any mention
//! counts, also inside a closure; a naked return counts for a named result); if there is one,
//! report the assignment and that return. Calls that never return (`panic`, `os.Exit`, package
//! functions that cannot return) end paths; `main.main` is not path-checked. Names are resolved
//! by [`scope`]; no type information is needed for the programs gorun accepts.

mod cfg;
mod scope;

use super::ast::*;
use cfg::{Cfg, Node};
use scope::Uses;
use std::collections::HashMap;
use std::fmt;

/// One finding: where, and Go's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The position `go vet` reports.
    pub pos: Pos,
    /// The message, verbatim.
    pub message: String,
}

impl Finding {
    /// `FILE:LINE:COL: message`, as `go vet` prints it (without the leading `./`).
    pub fn render(&self, filename: &str) -> String {
        format!("{filename}:{}:{}: {}", self.pos.line, self.pos.col, self.message)
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.pos.line, self.pos.col, self.message)
    }
}

const CHECKED: [&str; 6] = ["WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause"];

/// The lostcancel findings of `file`, in the order `go vet` prints them.
pub fn lostcancel(file: &File) -> Vec<Finding> {
    let local_name = |path: &str| {
        file.imports.iter().find(|i| i.path == path).map(|i| i.name.clone().unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path).to_string()))
    };
    let Some(context) = local_name("context") else { return Vec::new() };
    let uses = scope::resolve(file);
    let funcs: HashMap<&str, &FuncDecl> = file.decls.iter().filter_map(|d| match d {
        Decl::Func(f) if f.recv.is_none() && f.body.is_some() => Some((f.name.as_str(), f)),
        _ => None,
    }).collect();
    let mut a = Analysis { uses: &uses, context, os: local_name("os"), funcs, noreturn: HashMap::new(), out: Vec::new() };
    let mut fns = Vec::new();
    for d in &file.decls {
        match d {
            Decl::Func(f) => {
                if let Some(body) = &f.body {
                    let start = f.recv.iter().flat_map(|r| r.names.iter().map(|n| n.1)).chain([f.pos]).min().unwrap_or(f.pos);
                    let is_main = f.name == "main" && f.recv.is_none() && file.package == "main";
                    fns.push(Func { sig: &f.sig, body, start, is_main });
                    collect_lits_block(body, &mut fns);
                }
            }
            Decl::Gen(GenDecl::Var(specs)) | Decl::Gen(GenDecl::Const(specs)) => {
                specs.iter().flat_map(|s| s.values.iter()).for_each(|e| collect_lits(e, &mut fns));
            }
            Decl::Gen(GenDecl::Type(_)) => {}
        }
    }
    for f in &fns {
        a.function(f);
    }
    a.out
}

/// A function declaration or literal to check.
struct Func<'a> {
    sig: &'a FuncType,
    body: &'a Block,
    /// Where its scope starts (receiver, name or `func` keyword).
    start: Pos,
    is_main: bool,
}

struct Analysis<'a> {
    uses: &'a Uses,
    context: String,
    os: Option<String>,
    funcs: HashMap<&'a str, &'a FuncDecl>,
    /// Package functions: `Some(true)` cannot return, `None` while being built (cycles may return).
    noreturn: HashMap<&'a str, Option<bool>>,
    out: Vec<Finding>,
}

/// Where a cancel variable is assigned.
#[derive(Clone, Copy)]
enum Def<'a> {
    Assign(&'a Stmt),
    Spec(&'a ValueSpec),
}

impl<'a> Analysis<'a> {
    fn local(&self, e: &Expr) -> bool {
        self.uses.contains_key(&e.pos)
    }

    /// `context.WithCancel` and friends, `context` being the (unshadowed) import.
    fn checked_selector(&self, e: &Expr) -> Option<&'static str> {
        let ExprKind::Selector(x, name, _) = &e.kind else { return None };
        let ExprKind::Ident(pkg) = &x.kind else { return None };
        if *pkg != self.context || self.local(x) {
            return None;
        }
        CHECKED.iter().find(|c| **c == name.as_str()).copied()
    }

    /// For a call on an assignment's right-hand side: the checked function it calls or passes.
    fn checked_call(&self, e: &Expr) -> Option<&'static str> {
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        self.checked_selector(fun).or_else(|| args.iter().find_map(|a| self.checked_selector(a)))
    }

    fn function(&mut self, f: &Func<'a>) {
        let mut vars: Vec<(Pos, String, Def<'a>)> = Vec::new();
        let mut defs = Vec::new();
        collect_defs(&f.body.stmts, &mut defs);
        for def in defs {
            let (values, id): (&[Expr], Option<(&str, Pos)>) = match def {
                Def::Assign(s) => match &s.kind {
                    StmtKind::Assign(lhs, _, rhs) => (rhs, lhs.get(1).and_then(|e| match &e.kind {
                        ExprKind::Ident(n) => Some((n.as_str(), e.pos)),
                        _ => None,
                    })),
                    _ => continue,
                },
                Def::Spec(sp) => (&sp.values, sp.names.get(1).map(|(n, p)| (n.as_str(), *p))),
            };
            let Some(func) = values.iter().find_map(|v| self.checked_call(v)) else { continue };
            let Some((name, pos)) = id else { continue };
            if name == "_" {
                let message = format!("the cancel function returned by context.{func} should be called, not discarded, to avoid a context leak");
                self.out.push(Finding { pos, message });
                continue;
            }
            // The variable: a use of an earlier declaration, or declared right here.
            let var = match self.uses.get(&pos) {
                Some(d) if *d >= f.start && *d <= f.body.end => *d,
                Some(_) => continue, // declared outside this function
                None if matches!(def, Def::Assign(s) if matches!(&s.kind, StmtKind::Assign(_, op, _) if *op != ":=")) => continue,
                None => pos,
            };
            match vars.iter_mut().find(|(v, _, _)| *v == var) {
                Some(entry) => entry.2 = def,
                None => vars.push((var, name.to_string(), def)),
            }
        }
        if vars.is_empty() || f.is_main {
            return;
        }
        let g = self.build(f.body);
        let named: Vec<Pos> = f.sig.results.iter().flat_map(|r| r.names.iter().map(|n| n.1)).collect();
        for (var, name, def) in vars {
            let is_result = named.contains(&var);
            if let Some(ret) = self.lost_path(&g, var, is_result, def) {
                let (pos, line) = match def {
                    Def::Assign(s) => (s.pos, s.pos.line),
                    Def::Spec(sp) => {
                        let p = sp.names.first().map(|n| n.1).unwrap_or_default();
                        (p, p.line)
                    }
                };
                self.out.push(Finding { pos, message: format!("the {name} function is not used on all paths (possible context leak)") });
                self.out.push(Finding { pos: ret, message: format!("this return statement may be reached without using the {name} var defined on line {line}") });
            }
        }
    }

    fn build(&mut self, body: &'a Block) -> Cfg<'a> {
        cfg::build(body, &mut |call| self.call_may_return(call))
    }

    /// Whether a call can return: not `panic`, not `os.Exit`, not a package function that cannot.
    fn call_may_return(&mut self, call: &'a Expr) -> bool {
        let ExprKind::Call { fun, .. } = &call.kind else { return true };
        match &fun.kind {
            ExprKind::Ident(n) if !self.local(fun) => {
                if n == "panic" && !self.funcs.contains_key("panic") {
                    return false;
                }
                let Some(&decl) = self.funcs.get(n.as_str()) else { return true };
                match self.noreturn.get(n.as_str()) {
                    Some(Some(nr)) => !nr,
                    Some(None) => true, // a cycle: assume it returns, as go/analysis/passes/ctrlflow does
                    None => {
                        let Some(body) = &decl.body else { return true };
                        self.noreturn.insert(decl.name.as_str(), None);
                        let nr = self.build(body).noreturn;
                        self.noreturn.insert(decl.name.as_str(), Some(nr));
                        !nr
                    }
                }
            }
            ExprKind::Selector(x, name, _) => {
                let is_os = matches!(&x.kind, ExprKind::Ident(p) if Some(p) == self.os.as_ref()) && !self.local(x);
                !(is_os && name == "Exit")
            }
            _ => true,
        }
    }

    fn lost_path(&self, g: &Cfg<'a>, var: Pos, is_result: bool, def: Def<'a>) -> Option<Pos> {
        let uses = |nodes: &[Node<'a>]| nodes.iter().any(|n| node_uses(n, var, is_result, self.uses));
        let is_def = |n: &Node<'a>| match (n, def) {
            (Node::Stmt(s), Def::Assign(d)) => std::ptr::eq(*s, d),
            (Node::Spec(s), Def::Spec(d)) => std::ptr::eq(*s, d),
            _ => false,
        };
        let (defblock, rest) = g.blocks.iter().enumerate().find_map(|(bi, b)| b.nodes.iter().position(is_def).map(|i| (bi, i + 1)))?;
        if uses(&g.blocks[defblock].nodes[rest..]) {
            return None;
        }
        if let Some(r) = g.blocks[defblock].ret() {
            return Some(r);
        }
        let mut seen = vec![false; g.blocks.len()];
        // Depth-first, successors in order, as the analyzer's recursive search.
        fn search<'a>(g: &Cfg<'a>, blocks: &[usize], seen: &mut [bool], uses: &dyn Fn(&[Node<'a>]) -> bool) -> Option<Pos> {
            for &b in blocks {
                if seen[b] {
                    continue;
                }
                seen[b] = true;
                if uses(&g.blocks[b].nodes) {
                    continue;
                }
                if let Some(r) = g.blocks[b].ret() {
                    return Some(r);
                }
                if let Some(r) = search(g, &g.blocks[b].succs, seen, uses) {
                    return Some(r);
                }
            }
            None
        }
        search(g, &g.blocks[defblock].succs, &mut seen, &uses)
    }
}

mod walk;
use walk::{collect_defs, collect_lits, collect_lits_block, node_uses};
