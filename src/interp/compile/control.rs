//! Loops and choices: `for ... range` (slices, arrays, strings, maps, channels, integers and
//! function iterators), `switch`, type switches and `select`.

use super::super::ast::*;
use super::super::bytecode::{Bin, Op, SelectDesc};
use super::super::types::{ids, Type, TypeId};
use super::call::strip_paren;
use super::{expr_str, Compiler, Loc};

impl Compiler {
    pub(crate) fn range(&mut self, k: Option<&Expr>, v: Option<&Expr>, def: bool, x: &Expr, body: &Block, pos: Pos) {
        let xt0 = self.peek_type(x);
        if let Type::Func { params, .. } = self.types.under(xt0).clone() {
            if let Some(Type::Func { params: yp, .. }) = params.first().map(|p| self.types.under(*p).clone()) {
                self.range_func(k, v, def, x, body, pos, yp);
                return;
            }
        }
        let label = self.take_label();
        self.push_scope();
        let xt = self.expr(x, None);
        let xt_d = self.default_type(xt);
        let under = self.types.under(xt_d).clone();
        let coll = self.temp();
        self.emit(Op::SetLocal(coll), pos);
        let (kt, vt) = match &under {
            Type::Slice(el) | Type::Array(_, el) => (ids::INT, Some(*el)),
            Type::Pointer(p) => match self.types.under(*p).clone() {
                Type::Array(_, el) => (ids::INT, Some(el)),
                _ => (ids::ANY, None),
            },
            Type::String => (ids::INT, Some(ids::INT32)),
            Type::Map(kk, vv) => (*kk, Some(*vv)),
            Type::Chan(d, el) => {
                if *d == 1 {
                    let desc = self.describe(x, xt, None);
                    self.err(x.pos, format!("cannot range over {} ({desc}): receive from send-only channel {}", expr_str(x), self.tn(xt)));
                }
                (*el, None)
            }
            Type::Int { .. } => (xt_d, None),
            Type::Func { .. } => {
                self.err(x.pos, "range over function iterators is not supported here");
                (ids::ANY, None)
            }
            _ => {
                { let __m = format!("cannot range over {} ({})", expr_str(x), self.describe(x, xt, None)); self.err(x.pos, __m); };
                (ids::ANY, None)
            }
        };
        if v.is_some() && vt.is_none() {
            if let Some(v) = v {
                self.err(v.pos, format!("range over {} permits only one iteration variable", expr_str(x)));
            }
        }
        let idx = self.temp();
        let is_map = matches!(under, Type::Map(..));
        let is_chan = matches!(under, Type::Chan(..));
        let is_str = matches!(under, Type::String);
        let is_int = matches!(under, Type::Int { .. });
        if is_map {
            self.emit(Op::Local(coll), pos);
            self.emit(Op::MapKeys, pos);
            let keys = self.temp();
            self.emit(Op::SetLocal(keys), pos);
            self.map_keys_slot = Some(keys);
        }
        let keys = self.map_keys_slot.take();
        self.emit(Op::Int(0), pos);
        self.emit(Op::SetLocal(idx), pos);
        let top = self.pc();
        let width = self.temp();
        let exit;
        let mut extra_exits: Vec<usize> = Vec::new();
        // Condition and the iteration values (left on the stack: key then value).
        if is_chan {
            self.emit(Op::Local(coll), pos);
            self.emit(Op::Recv(true), pos);
            exit = self.emit(Op::JumpIfFalse(0), pos);
        } else {
            self.emit(Op::Local(idx), pos);
            match keys {
                Some(ks) => self.emit(Op::Local(ks), pos),
                None => self.emit(Op::Local(coll), pos),
            };
            if !is_int {
                self.emit(Op::Len, pos);
            }
            self.emit(Op::Cmp(super::super::bytecode::Cmp::Lt, super::super::bytecode::Num::I64), pos);
            exit = self.emit(Op::JumpIfFalse(0), pos);
            if is_map {
                let ks = keys.unwrap_or(coll);
                // key = keys[idx]; skip if deleted meanwhile.
                self.emit(Op::Local(ks), pos);
                self.emit(Op::Local(idx), pos);
                self.emit(Op::Index, pos);
                self.emit(Op::Local(coll), pos);
                self.emit(Op::Pick(1), pos);
                self.emit(Op::MapGetOk(vt.unwrap_or(ids::ANY)), pos);
                let present = self.emit(Op::JumpIfTrue(0), pos);
                self.emit(Op::Pop, pos);
                self.emit(Op::Pop, pos);
                self.emit(Op::Local(idx), pos);
                self.emit(Op::Int(1), pos);
                self.emit(Op::Bin(Bin::Add, super::super::bytecode::Num::I64), pos);
                self.emit(Op::SetLocal(idx), pos);
                self.emit(Op::Jump(top as u32), pos);
                let here = self.pc();
                self.patch(present, here);
                extra_exits.clear();
            } else if is_str {
                self.emit(Op::Local(idx), pos);
                self.emit(Op::Local(coll), pos);
                self.emit(Op::Local(idx), pos);
                self.emit(Op::DecodeRune, pos);
                self.emit(Op::SetLocal(width), pos);
            } else if is_int {
                self.emit(Op::Local(idx), pos);
            } else {
                self.emit(Op::Local(idx), pos);
                self.emit(Op::Local(coll), pos);
                self.emit(Op::Local(idx), pos);
                self.emit(Op::Index, pos);
                if let Some(el) = vt {
                    if matches!(self.types.under(el), Type::Struct(_) | Type::Array(..)) {
                        self.emit(Op::Copy, pos);
                    }
                }
            }
        }
        // Stack: key [value]. Bind.
        let has_value = !is_chan && !is_int;
        self.push_scope();
        let targets = [(k, kt), (v, vt.unwrap_or(ids::ANY))];
        if has_value {
            // value is on top: bind value first.
            self.bind_range(targets[1].0, targets[1].1, def, pos);
        }
        self.bind_range(targets[0].0, targets[0].1, def, pos);
        self.pending_label = label;
        self.begin_loop(true);
        self.push_scope();
        for s in &body.stmts {
            self.stmt(s);
        }
        self.pop_scope();
        self.pop_scope();
        let cont = self.pc();
        if !is_chan {
            self.emit(Op::Local(idx), pos);
            if is_str {
                self.emit(Op::Local(width), pos);
            } else {
                self.emit(Op::Int(1), pos);
            }
            self.emit(Op::Bin(Bin::Add, super::super::bytecode::Num::I64), pos);
            self.emit(Op::SetLocal(idx), pos);
        }
        self.emit(Op::Jump(top as u32), pos);
        let end = self.pc();
        self.patch(exit, end);
        if is_chan {
            // The receive left a zero value on the stack when the channel closed.
            self.emit(Op::Pop, pos);
        }
        let brk = self.pc();
        self.end_loop(cont, if is_chan { end + 1 } else { brk });
        if is_chan {
            // Breaks skip the pop.
            let _ = brk;
        }
        self.pop_scope();
    }

    /// `for k, v := range f` over a function iterator: the body becomes the `yield` closure
    /// (`continue` returns true, `break` returns false).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_func(&mut self, k: Option<&Expr>, v: Option<&Expr>, def: bool, x: &Expr, body: &Block, pos: Pos, yp: Vec<TypeId>) {
        let _ = self.take_label();
        if !def && (k.is_some() || v.is_some()) {
            self.err(pos, "range over a function iterator with = is not supported here");
            return;
        }
        if has_return(&body.stmts) {
            self.err(pos, "return inside a range-over-func loop is not supported here");
            return;
        }
        let dummy = Expr { kind: ExprKind::Ident("_".into()), pos };
        let mut fields = Vec::new();
        for (i, target) in [k, v].iter().enumerate().take(yp.len()) {
            let name = match target {
                Some(Expr { kind: ExprKind::Ident(n), pos: p }) => (n.clone(), *p),
                _ => ("_".to_string(), pos),
            };
            let _ = i;
            fields.push(Field { names: vec![name], ty: dummy.clone(), tag: None });
        }
        for _ in fields.len()..yp.len() {
            fields.push(Field { names: vec![("_".into(), pos)], ty: dummy.clone(), tag: None });
        }
        let sig_ast = FuncType { params: fields, results: vec![Field { names: vec![], ty: dummy.clone(), tag: None }] };
        let sig = self.types.intern(Type::Func { params: yp, results: vec![ids::BOOL], variadic: false });
        let mut stmts = yield_body(&body.stmts, true);
        stmts.push(Stmt { kind: StmtKind::Return(vec![Expr { kind: ExprKind::Ident("true".into()), pos: body.end }]), pos: body.end });
        let yb = Block { stmts, pos: body.pos, end: body.end };
        let ft = self.expr(x, None);
        let _ = ft;
        let n = self.fs().closures + 1;
        let name = format!("{}-range{n}", self.fs().f.name);
        self.fs().closures += 1;
        let idx = self.funcs.len() as u32;
        self.funcs.push(Default::default());
        self.closure_captures.push(Vec::new());
        let f = self.function(&name, &sig_ast, sig, None, Some(&yb), pos);
        let caps = self.closure_captures.pop().unwrap_or_default();
        self.funcs[idx as usize] = f;
        for c in &caps {
            match c {
                Loc::Boxed(s) | Loc::Local(s) => self.emit(Op::Local(*s), pos),
                Loc::Upval(i) => self.emit(Op::UpvalRef(*i), pos),
                Loc::Global(g) => self.emit(Op::GlobalRef(*g), pos),
            };
        }
        self.emit(Op::Closure(idx, caps.len() as u16), pos);
        self.emit(Op::CallValue(1), pos);
    }

    pub(crate) fn bind_range(&mut self, target: Option<&Expr>, t: TypeId, def: bool, pos: Pos) {
        let Some(e) = target else {
            self.emit(Op::Pop, pos);
            return;
        };
        if def {
            let ExprKind::Ident(n) = &e.kind else {
                self.err(e.pos, format!("non-name {} on left side of :=", expr_str(e)));
                self.emit(Op::Pop, pos);
                return;
            };
            self.declare_local(n, t, e.pos, true);
        } else {
            if matches!(&e.kind, ExprKind::Ident(n) if n == "_") {
                self.emit(Op::Pop, pos);
                return;
            }
            let tt = self.lvalue_type(e);
            let tmp = self.temp();
            self.emit(Op::SetLocal(tmp), pos);
            let kind = self.lvalue_prefix(e);
            self.emit(Op::Local(tmp), pos);
            let _ = tt;
            self.lvalue_store(e, kind);
        }
    }

    pub(crate) fn switch(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, clauses: &[CaseClause], pos: Pos) {
        let label = self.take_label();
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_t = tag.map(|t| {
            let ty = self.expr(t, None);
            self.default_type(ty)
        });
        let tmp = self.temp();
        if tag.is_some() {
            self.emit(Op::SetLocal(tmp), pos);
        }
        // Tests.
        let mut body_jumps = Vec::new();
        let mut default_idx = None;
        for (ci, c) in clauses.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                if default_idx.is_some() {
                    self.err(c.pos, "multiple defaults in switch");
                }
                default_idx = Some(ci);
                continue;
            };
            for e in exprs {
                match tag_t {
                    Some(tt) => {
                        self.emit(Op::Local(tmp), e.pos);
                        let et = self.expr(e, Some(tt));
                        if self.types.is_interface(tt) && !self.types.is_interface(et) && et != ids::UNTYPED_NIL {
                            let d = self.default_type(et);
                            self.emit(Op::ToIface(d), e.pos);
                        } else if self.assignable(et, tt).is_err() && self.assignable(tt, et).is_err() && et != ids::ANY {
                            { let __m = format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_str(e), expr_str(tag.unwrap_or(e)), self.tn(self.default_type(et)), self.tn(tt)); self.err(e.pos, __m); };
                        }
                        self.emit(Op::Eq, e.pos);
                    }
                    None => {
                        let et = self.expr(e, Some(ids::BOOL));
                        if !matches!(self.types.under(et), Type::Bool | Type::Untyped("bool")) && et != ids::ANY {
                            { let __m = format!("invalid case {} in switch (mismatched types {} and bool)", expr_str(e), self.tn(self.default_type(et))); self.err(e.pos, __m); };
                        }
                    }
                }
                let j = self.emit(Op::JumpIfTrue(0), e.pos);
                body_jumps.push((j, ci));
            }
        }
        let to_default = self.emit(Op::Jump(0), pos);
        self.pending_label = label;
        self.begin_loop(false);
        let mut starts = vec![0usize; clauses.len()];
        let mut fall_jumps: Vec<(usize, usize)> = Vec::new();
        let mut end_jumps = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            starts[ci] = self.pc();
            self.push_scope();
            let n = c.body.len();
            for (si, s) in c.body.iter().enumerate() {
                if matches!(s.kind, StmtKind::Fallthrough) {
                    if si + 1 != n {
                        self.err(s.pos, "fallthrough statement out of place");
                    } else if ci + 1 == clauses.len() {
                        self.err(s.pos, "cannot fallthrough final case in switch");
                    } else {
                        let j = self.emit(Op::Jump(0), s.pos);
                        fall_jumps.push((j, ci + 1));
                    }
                    continue;
                }
                self.stmt(s);
            }
            self.pop_scope();
            end_jumps.push(self.emit(Op::Jump(0), pos));
        }
        let end = self.pc();
        for (j, ci) in body_jumps {
            self.patch(j, starts[ci]);
        }
        for (j, ci) in fall_jumps {
            self.patch(j, starts[ci]);
        }
        match default_idx {
            Some(d) => self.patch(to_default, starts[d]),
            None => self.patch(to_default, end),
        }
        for j in end_jumps {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        self.pop_scope();
    }

    pub(crate) fn type_switch(&mut self, init: Option<&Stmt>, bind: Option<&(String, Pos)>, x: &Expr, clauses: &[CaseClause], pos: Pos) {
        let label = self.take_label();
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xt = self.expr(x, None);
        if !self.types.is_interface(xt) {
            { let __m = format!("{} ({}) is not an interface", expr_str(x), self.describe(x, xt, None)); self.err(x.pos, __m); };
        }
        let tmp = self.temp();
        self.emit(Op::SetLocal(tmp), pos);
        let mut body_jumps = Vec::new();
        let mut default_idx = None;
        let mut clause_types: Vec<Option<TypeId>> = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                default_idx = Some(ci);
                clause_types.push(None);
                continue;
            };
            let mut single = None;
            for e in exprs {
                self.emit(Op::Local(tmp), e.pos);
                if matches!(&e.kind, ExprKind::Ident(n) if n == "nil") {
                    self.emit(Op::Nil, e.pos);
                    self.emit(Op::Eq, e.pos);
                    single = Some(xt);
                } else {
                    let t = self.resolve_type(e);
                    if !self.types.is_interface(t) {
                        if let Some(m) = self.missing_method(t, xt) {
                            { let __m = format!("impossible type switch case: {} ({}) cannot have dynamic type {} (missing method {m})", expr_str(x), self.describe(x, xt, None), self.tn(t)); self.err(e.pos, __m); };
                        }
                    }
                    self.emit(Op::IsType(t), e.pos);
                    single = Some(t);
                }
                let j = self.emit(Op::JumpIfTrue(0), e.pos);
                body_jumps.push((j, ci));
            }
            clause_types.push(if exprs.len() == 1 { single } else { None });
        }
        let to_default = self.emit(Op::Jump(0), pos);
        self.pending_label = label;
        self.begin_loop(false);
        let mut starts = vec![0usize; clauses.len()];
        let mut end_jumps = Vec::new();
        let mut bind_used = false;
        let mut bind_ids = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            starts[ci] = self.pc();
            self.push_scope();
            if let Some((name, bpos)) = bind {
                let t = clause_types[ci].unwrap_or(xt);
                self.emit(Op::Local(tmp), *bpos);
                if !self.types.is_interface(t) {
                    self.emit(Op::Assert(t, xt, false), *bpos);
                }
                if let Some(v) = self.declare_local(name, t, *bpos, true) {
                    // Unused in one clause is fine if used in another: tracked below.
                    if let Some(e) = self.vars.get_mut(v.id) {
                        e.3 = false;
                    }
                    bind_ids.push(v.id);
                }
            }
            for s in &c.body {
                if matches!(s.kind, StmtKind::Fallthrough) {
                    self.err(s.pos, "cannot fallthrough in type switch");
                    continue;
                }
                self.stmt(s);
            }
            self.pop_scope();
            end_jumps.push(self.emit(Op::Jump(0), pos));
        }
        for id in &bind_ids {
            if self.vars.get(*id).is_some_and(|v| v.2) {
                bind_used = true;
            }
        }
        if let Some((name, bpos)) = bind {
            if !bind_used {
                self.err(*bpos, format!("declared and not used: {name}"));
            }
        }
        let end = self.pc();
        for (j, ci) in body_jumps {
            self.patch(j, starts[ci]);
        }
        match default_idx {
            Some(d) => self.patch(to_default, starts[d]),
            None => self.patch(to_default, end),
        }
        for j in end_jumps {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        self.pop_scope();
    }

    pub(crate) fn select_stmt(&mut self, clauses: &[CommClause], pos: Pos) {
        let label = self.take_label();
        let mut sends = Vec::new();
        let mut has_default = false;
        let mut case_of_clause = Vec::new();
        // Push channels (and values) in case order.
        for c in clauses {
            let Some(comm) = &c.comm else {
                has_default = true;
                case_of_clause.push(None);
                continue;
            };
            case_of_clause.push(Some(sends.len()));
            match &comm.kind {
                StmtKind::Send(ch, v) => {
                    let ct = self.expr(ch, None);
                    let el = match self.types.under(ct) {
                        Type::Chan(_, el) => *el,
                        _ => {
                            self.err(ch.pos, format!("invalid operation: cannot send to non-channel {}", expr_str(ch)));
                            ids::ANY
                        }
                    };
                    let vt = self.expr(v, Some(el));
                    self.assign_conv(vt, el, v, "send");
                    sends.push(true);
                }
                StmtKind::Expr(_) | StmtKind::Assign(_, _, _) if self.recv_operand(comm).is_some() => {
                    let ch = self.recv_operand(comm).cloned();
                    if let Some(ch) = ch {
                        let ct = self.expr(&ch, None);
                        if !matches!(self.types.under(ct), Type::Chan(..)) {
                            self.err(ch.pos, format!("invalid operation: cannot receive from non-channel {}", expr_str(&ch)));
                        }
                    }
                    sends.push(false);
                }
                _ => {
                    self.err(comm.pos, "select case must be receive, send or assign recv");
                    sends.push(false);
                    self.emit(Op::Nil, pos);
                }
            }
        }
        let desc = self.fs().f.selects.len() as u32;
        let ncases = sends.len();
        self.fs().f.selects.push(SelectDesc { sends, has_default });
        self.emit(Op::Select(desc), pos);
        // Stack: index, value, ok.
        let ok_t = self.temp();
        let val_t = self.temp();
        let idx_t = self.temp();
        self.emit(Op::SetLocal(ok_t), pos);
        self.emit(Op::SetLocal(val_t), pos);
        self.emit(Op::SetLocal(idx_t), pos);
        let mut jumps = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            self.emit(Op::Local(idx_t), c.pos);
            self.emit(Op::Int(case_of_clause[ci].map(|x| x as i64).unwrap_or(-1)), c.pos);
            self.emit(Op::Eq, c.pos);
            jumps.push(self.emit(Op::JumpIfTrue(0), c.pos));
        }
        let _ = ncases;
        let fallout = self.emit(Op::Jump(0), pos);
        self.pending_label = label;
        self.begin_loop(false);
        let mut ends = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            let here = self.pc();
            self.patch(jumps[ci], here);
            self.push_scope();
            if let Some(comm) = &c.comm {
                if let StmtKind::Assign(lhs, op, rhs) = &comm.kind {
                    let ch_t = rhs.first().and_then(|r| match &strip_paren(r).kind {
                        ExprKind::Unary("<-", ch) => Some(ch.as_ref().clone()),
                        _ => None,
                    });
                    let el = ch_t.map(|ch| {
                        let t = self.peek_type(&ch);
                        match self.types.under(t) {
                            Type::Chan(_, el) => *el,
                            _ => ids::ANY,
                        }
                    }).unwrap_or(ids::ANY);
                    let tys = [el, ids::BOOL];
                    let slots = [val_t, ok_t];
                    for (i, l) in lhs.iter().enumerate().take(2) {
                        if *op == ":=" {
                            let ExprKind::Ident(n) = &l.kind else { continue };
                            self.emit(Op::Local(slots[i]), l.pos);
                            self.declare_local(n, tys[i], l.pos, true);
                        } else {
                            if matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                                continue;
                            }
                            let tt = self.lvalue_type(l);
                            let kind = self.lvalue_prefix(l);
                            self.emit(Op::Local(slots[i]), l.pos);
                            let _ = tt;
                            self.lvalue_store(l, kind);
                        }
                    }
                }
            }
            for s in &c.body {
                self.stmt(s);
            }
            self.pop_scope();
            ends.push(self.emit(Op::Jump(0), pos));
        }
        let end = self.pc();
        self.patch(fallout, end);
        for j in ends {
            self.patch(j, end);
        }
        self.end_loop(end, end);
    }

    /// The channel of a receive communication (`<-ch`, `v := <-ch`, `v, ok = <-ch`).
    pub(crate) fn recv_operand<'a>(&self, s: &'a Stmt) -> Option<&'a Expr> {
        let e = match &s.kind {
            StmtKind::Expr(e) => e,
            StmtKind::Assign(_, op, rhs) if (*op == ":=" || *op == "=") && rhs.len() == 1 => &rhs[0],
            _ => return None,
        };
        match &strip_paren(e).kind {
            ExprKind::Unary("<-", ch) => Some(ch),
            _ => None,
        }
    }
}

/// The body of a range-over-func loop as its yield function: `break` and `continue` that belong
/// to the loop become `return false` / `return true`.
pub(crate) fn yield_body(stmts: &[Stmt], top: bool) -> Vec<Stmt> {
    stmts.iter().map(|s| yield_stmt(s, top)).collect()
}

pub(crate) fn yield_stmt(s: &Stmt, top: bool) -> Stmt {
    let ret = |b: bool| Stmt { kind: StmtKind::Return(vec![Expr { kind: ExprKind::Ident(if b { "true" } else { "false" }.into()), pos: s.pos }]), pos: s.pos };
    let kind = match &s.kind {
        StmtKind::Break(None) if top => return ret(false),
        StmtKind::Continue(None) => return ret(true),
        StmtKind::Block(b) => StmtKind::Block(Block { stmts: yield_body(&b.stmts, top), pos: b.pos, end: b.end }),
        StmtKind::If(i, c, t, e) => StmtKind::If(
            i.clone(),
            c.clone(),
            Block { stmts: yield_body(&t.stmts, top), pos: t.pos, end: t.end },
            e.as_ref().map(|e| Box::new(yield_stmt(e, top))),
        ),
        StmtKind::Switch(i, t, cl, p) => StmtKind::Switch(
            i.clone(),
            t.clone(),
            cl.iter().map(|c| CaseClause { exprs: c.exprs.clone(), body: yield_body(&c.body, false), pos: c.pos }).collect(),
            *p,
        ),
        StmtKind::TypeSwitch(i, b, x, cl) => StmtKind::TypeSwitch(
            i.clone(),
            b.clone(),
            x.clone(),
            cl.iter().map(|c| CaseClause { exprs: c.exprs.clone(), body: yield_body(&c.body, false), pos: c.pos }).collect(),
        ),
        StmtKind::Select(cl) => StmtKind::Select(cl.iter().map(|c| CommClause { comm: c.comm.clone(), body: yield_body(&c.body, false), pos: c.pos }).collect()),
        k => k.clone(),
    };
    Stmt { kind, pos: s.pos }
}

pub(crate) fn has_return(stmts: &[Stmt]) -> bool {
    format!("{stmts:?}").contains("Return(")
}
