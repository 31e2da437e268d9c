//! Control-flow graphs of function bodies, built as `golang.org/x/tools/go/cfg` builds them.
//!
//! `lostcancel` reports the first return statement its depth-first search meets, so the blocks,
//! the nodes in them and the order of each block's successors follow that package exactly: an
//! `if` goes to then before else, a loop to its body before its exit, a switch tests its cases in
//! order, a call that never returns (`panic`, `os.Exit`, a function that cannot return) ends its
//! block, and a body whose end is reachable gets a synthetic return at its closing brace.

use crate::interp::ast::*;
use std::collections::HashMap;

/// What a block holds: simple statements, the expressions control flow evaluates, var specs.
#[derive(Clone, Copy)]
pub(crate) enum Node<'a> {
    /// A simple statement (assignment, expression, send, inc/dec, go, defer, return).
    Stmt(&'a Stmt),
    /// A condition, switch tag, case value, range operand, range key or value, or select target.
    Expr(&'a Expr),
    /// One `var` spec of a declaration statement.
    Spec(&'a ValueSpec),
    /// The implicit return at the closing brace of a body whose end is reachable.
    Return(Pos),
}

/// A basic block.
#[derive(Default)]
pub(crate) struct BasicBlock<'a> {
    /// Its nodes in order.
    pub nodes: Vec<Node<'a>>,
    /// Successor block indices, in go/cfg's order.
    pub succs: Vec<usize>,
    live: bool,
    returns: bool,
}

impl BasicBlock<'_> {
    /// The position of the return statement that ends this block, if it ends with one.
    pub fn ret(&self) -> Option<Pos> {
        match self.nodes.last() {
            Some(Node::Return(p)) => Some(*p),
            Some(Node::Stmt(s)) if matches!(s.kind, StmtKind::Return(_)) => Some(s.pos),
            _ => None,
        }
    }
}

/// The graph: block 0 is the entry.
pub(crate) struct Cfg<'a> {
    /// All blocks, in creation order (as go/cfg numbers them).
    pub blocks: Vec<BasicBlock<'a>>,
    /// True if no reachable block returns (nor defers).
    pub noreturn: bool,
}

#[derive(Clone, Copy, Default)]
struct Targets {
    brk: Option<usize>,
    cont: Option<usize>,
    fall: Option<usize>,
}

#[derive(Clone, Copy, Default)]
struct Label {
    goto_: usize,
    brk: Option<usize>,
    cont: Option<usize>,
}

struct Builder<'a, 'f> {
    blocks: Vec<BasicBlock<'a>>,
    current: Option<usize>,
    targets: Vec<Targets>,
    labels: HashMap<&'a str, Label>,
    may_return: &'f mut dyn FnMut(&'a Expr) -> bool,
}

/// Builds the graph of `body`; `may_return` says whether a call can return.
pub(crate) fn build<'a>(body: &'a Block, may_return: &mut dyn FnMut(&'a Expr) -> bool) -> Cfg<'a> {
    let mut b = Builder { blocks: Vec::new(), current: None, targets: Vec::new(), labels: HashMap::new(), may_return };
    let entry = b.new_block();
    b.current = Some(entry);
    b.stmts(&body.stmts);
    // Reachability from the entry.
    let mut stack = vec![0];
    while let Some(i) = stack.pop() {
        if !b.blocks[i].live {
            b.blocks[i].live = true;
            stack.extend(b.blocks[i].succs.iter().copied());
        }
    }
    if let Some(c) = b.current {
        if b.blocks[c].live {
            b.blocks[c].returns = true;
            b.blocks[c].nodes.push(Node::Return(body.end));
        }
    }
    let noreturn = !b.blocks.iter().any(|bl| bl.live && bl.returns);
    Cfg { blocks: b.blocks, noreturn }
}

impl<'a> Builder<'a, '_> {
    fn new_block(&mut self) -> usize {
        self.blocks.push(BasicBlock::default());
        self.blocks.len() - 1
    }

    fn cur(&mut self) -> usize {
        match self.current {
            Some(c) => c,
            None => {
                let c = self.new_block();
                self.current = Some(c);
                c
            }
        }
    }

    fn add(&mut self, n: Node<'a>) {
        let c = self.cur();
        self.blocks[c].nodes.push(n);
    }

    fn jump(&mut self, target: usize) {
        let c = self.cur();
        self.blocks[c].succs.push(target);
        self.current = None;
    }

    fn ifelse(&mut self, t: usize, f: usize) {
        let c = self.cur();
        self.blocks[c].succs.extend([t, f]);
        self.current = None;
    }

    fn unreachable(&mut self) {
        let b = self.new_block();
        self.current = Some(b);
    }

    fn label(&mut self, name: &'a str) -> Label {
        if let Some(l) = self.labels.get(name) {
            return *l;
        }
        let l = Label { goto_: self.new_block(), brk: None, cont: None };
        self.labels.insert(name, l);
        l
    }

    fn stmts(&mut self, list: &'a [Stmt]) {
        list.iter().for_each(|s| self.stmt(s, None));
    }

    fn with_targets(&mut self, t: Targets, body: impl FnOnce(&mut Self)) {
        self.targets.push(t);
        body(self);
        self.targets.pop();
    }

    fn stmt(&mut self, s: &'a Stmt, label: Option<&'a str>) {
        match &s.kind {
            StmtKind::Send(..) | StmtKind::IncDec(..) | StmtKind::Go(_) | StmtKind::Empty | StmtKind::Assign(..) => self.add(Node::Stmt(s)),
            StmtKind::Defer(_) => {
                self.add(Node::Stmt(s));
                let c = self.cur();
                self.blocks[c].returns = true;
            }
            StmtKind::Expr(e) => {
                self.add(Node::Stmt(s));
                if matches!(e.kind, ExprKind::Call { .. }) && !(self.may_return)(e) {
                    self.unreachable();
                }
            }
            StmtKind::Decl(GenDecl::Var(specs)) => specs.iter().for_each(|sp| self.add(Node::Spec(sp))),
            StmtKind::Decl(_) => {}
            StmtKind::Labeled(name, inner) => {
                let l = self.label(name);
                self.jump(l.goto_);
                self.current = Some(l.goto_);
                self.stmt(inner, Some(name));
            }
            StmtKind::Return(_) => {
                let c = self.cur();
                self.blocks[c].returns = true;
                self.add(Node::Stmt(s));
                self.unreachable();
            }
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let target = match l {
                    Some(name) => {
                        let lb = self.label(name);
                        if is_break { lb.brk } else { lb.cont }
                    }
                    None => self.targets.iter().rev().find_map(|t| if is_break { t.brk } else { t.cont }),
                };
                self.branch(target);
            }
            StmtKind::Fallthrough => {
                let target = self.targets.iter().rev().find_map(|t| t.fall);
                self.branch(target);
            }
            StmtKind::Goto(name) => {
                let target = Some(self.label(name).goto_);
                self.branch(target);
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If(init, cond, then, els) => {
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                let then_b = self.new_block();
                let done = self.new_block();
                let else_b = if els.is_some() { self.new_block() } else { done };
                self.add(Node::Expr(cond));
                self.ifelse(then_b, else_b);
                self.current = Some(then_b);
                self.stmts(&then.stmts);
                self.jump(done);
                if let Some(e) = els {
                    self.current = Some(else_b);
                    self.stmt(e, None);
                    self.jump(done);
                }
                self.current = Some(done);
            }
            StmtKind::Switch(init, tag, clauses, _) => self.switch(init.as_deref(), tag.as_ref(), clauses, label),
            StmtKind::TypeSwitch(init, _, x, clauses) => self.type_switch(init.as_deref(), x, clauses, label),
            StmtKind::Select(clauses) => self.select(clauses, label),
            StmtKind::For(init, cond, post, body) => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label),
            StmtKind::Range(key, value, _, x, body) => self.range(key.as_ref(), value.as_ref(), x, body, label),
        }
    }

    fn branch(&mut self, target: Option<usize>) {
        let t = match target {
            Some(t) => t,
            None => self.new_block(),
        };
        self.jump(t);
        self.unreachable();
    }

    fn set_label(&mut self, label: Option<&'a str>, brk: usize, cont: Option<usize>) {
        if let Some(name) = label {
            if let Some(l) = self.labels.get_mut(name) {
                l.brk = Some(brk);
                if cont.is_some() {
                    l.cont = cont;
                }
            }
        }
    }

    fn switch(&mut self, init: Option<&'a Stmt>, tag: Option<&'a Expr>, clauses: &'a [CaseClause], label: Option<&'a str>) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        if let Some(t) = tag {
            self.add(Node::Expr(t));
        }
        let done = self.new_block();
        self.set_label(label, done, None);
        let mut default: Option<(&'a [Stmt], usize, usize)> = None;
        let mut fallthru: Option<usize> = None;
        for (i, c) in clauses.iter().enumerate() {
            let body = match fallthru {
                Some(b) => b,
                None => self.new_block(),
            };
            let next_fall = if i + 1 < clauses.len() { self.new_block() } else { done };
            fallthru = Some(next_fall);
            let Some(exprs) = &c.exprs else {
                default = Some((&c.body, next_fall, body));
                continue;
            };
            let mut next_cond = None;
            for e in exprs {
                let n = self.new_block();
                self.add(Node::Expr(e));
                self.ifelse(body, n);
                self.current = Some(n);
                next_cond = Some(n);
            }
            self.current = Some(body);
            self.with_targets(Targets { brk: Some(done), cont: None, fall: Some(next_fall) }, |b| b.stmts(&c.body));
            self.jump(done);
            self.current = next_cond;
        }
        if let Some((body, fall, block)) = default {
            self.jump(block);
            self.current = Some(block);
            self.with_targets(Targets { brk: Some(done), cont: None, fall: Some(fall) }, |b| b.stmts(body));
        }
        self.jump(done);
        self.current = Some(done);
    }

    fn type_switch(&mut self, init: Option<&'a Stmt>, x: &'a Expr, clauses: &'a [CaseClause], label: Option<&'a str>) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        self.add(Node::Expr(x));
        let done = self.new_block();
        self.set_label(label, done, None);
        let mut default = None;
        for c in clauses {
            let Some(exprs) = &c.exprs else {
                default = Some(c);
                continue;
            };
            let body = self.new_block();
            let mut next = None;
            for _ in exprs {
                let n = self.new_block();
                self.ifelse(body, n);
                self.current = Some(n);
                next = Some(n);
            }
            self.current = Some(body);
            self.case_body(&c.body, done);
            self.current = next;
        }
        match default {
            Some(c) => self.case_body(&c.body, done),
            None => self.jump(done),
        }
        self.current = Some(done);
    }

    fn case_body(&mut self, body: &'a [Stmt], done: usize) {
        self.with_targets(Targets { brk: Some(done), cont: None, fall: None }, |b| b.stmts(body));
        self.jump(done);
    }

    fn select(&mut self, clauses: &'a [CommClause], label: Option<&'a str>) {
        for c in clauses {
            if let Some(comm) = &c.comm {
                self.stmt(comm, None);
            }
        }
        let done = self.new_block();
        self.set_label(label, done, None);
        let mut default = None;
        for c in clauses {
            let Some(comm) = &c.comm else {
                default = Some(&c.body);
                continue;
            };
            let body = self.new_block();
            let next = self.new_block();
            self.ifelse(body, next);
            self.current = Some(body);
            self.with_targets(Targets { brk: Some(done), cont: None, fall: None }, |b| {
                if let StmtKind::Assign(lhs, _, _) = &comm.kind {
                    if let Some(first) = lhs.first() {
                        b.add(Node::Expr(first));
                    }
                }
                b.stmts(&c.body);
            });
            self.jump(done);
            self.current = Some(next);
        }
        if let Some(body) = default {
            self.with_targets(Targets { brk: Some(done), cont: None, fall: None }, |b| b.stmts(body));
            self.jump(done);
        }
        self.current = Some(done);
    }

    fn for_stmt(&mut self, init: Option<&'a Stmt>, cond: Option<&'a Expr>, post: Option<&'a Stmt>, body: &'a Block, label: Option<&'a str>) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let body_b = self.new_block();
        let done = self.new_block();
        let loop_b = if cond.is_some() { self.new_block() } else { body_b };
        let cont = if post.is_some() { self.new_block() } else { loop_b };
        self.set_label(label, done, Some(cont));
        self.jump(loop_b);
        self.current = Some(loop_b);
        if let Some(c) = cond {
            self.add(Node::Expr(c));
            self.ifelse(body_b, done);
            self.current = Some(body_b);
        }
        self.with_targets(Targets { brk: Some(done), cont: Some(cont), fall: None }, |b| b.stmts(&body.stmts));
        self.jump(cont);
        if let Some(p) = post {
            self.current = Some(cont);
            self.stmt(p, None);
            self.jump(loop_b);
        }
        self.current = Some(done);
    }

    fn range(&mut self, key: Option<&'a Expr>, value: Option<&'a Expr>, x: &'a Expr, body: &'a Block, label: Option<&'a str>) {
        self.add(Node::Expr(x));
        if let Some(k) = key {
            self.add(Node::Expr(k));
        }
        if let Some(v) = value {
            self.add(Node::Expr(v));
        }
        let loop_b = self.new_block();
        self.jump(loop_b);
        self.current = Some(loop_b);
        let body_b = self.new_block();
        let done = self.new_block();
        self.ifelse(body_b, done);
        self.current = Some(body_b);
        self.set_label(label, done, Some(loop_b));
        self.with_targets(Targets { brk: Some(done), cont: Some(loop_b), fall: None }, |b| b.stmts(&body.stmts));
        self.jump(loop_b);
        self.current = Some(done);
    }
}
