//! Statements: assignment and declaration (with comma-ok forms), control flow (if, for, range,
//! switch, type switch, select, labels, goto), go, defer and return.

use super::super::ast::*;
use super::super::bytecode::{Bin, Op};
use super::super::types::{ids, Type, TypeId};
use super::call::strip_paren;
use super::{expr_str, Compiler, Ent, LoopCx, Loc, VarInfo};

impl Compiler {
    pub(crate) fn stmt(&mut self, s: &Stmt) {
        let pos = s.pos;
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                let inner = strip_paren(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. }) || matches!(inner.kind, ExprKind::Unary("<-", _));
                let t = self.expr(e, None);
                if !is_call {
                    if t != ids::ANY || !self.errors.iter().any(|x| x.0 >= e.pos) {
                        let cv = self.const_eval(e).map(|x| x.1);
                        let d = self.describe(e, t, cv.as_ref());
                        self.err(e.pos, format!("{} ({d}) is not used", expr_str(e)));
                    }
                } else if let ExprKind::Call { fun, .. } = &inner.kind {
                    if self.type_of_expr_quiet(fun).is_some() {
                        { let __m = format!("{} ({}) is not used", expr_str(e), self.describe(e, t, None)); self.err(e.pos, __m); };
                    }
                }
                self.pop_values(t, pos);
            }
            StmtKind::Send(ch, v) => {
                let ct = self.expr(ch, None);
                match self.types.under(ct).clone() {
                    Type::Chan(d, el) => {
                        if d == 2 {
                            { let __m = format!("invalid operation: cannot send to receive-only channel {} {} ({})", self.tn(ct), expr_str(ch), self.describe(ch, ct, None)); self.err(pos, __m); };
                        }
                        let vt = self.expr(v, Some(el));
                        self.assign_conv(vt, el, v, "send");
                    }
                    _ => {
                        let _ = self.expr(v, None);
                        { let __m = format!("invalid operation: cannot send to non-channel {} ({})", expr_str(ch), self.describe(ch, ct, None)); self.err(pos, __m); };
                    }
                }
                self.emit(Op::Send, pos);
            }
            StmtKind::IncDec(x, inc) => {
                let one = Expr { kind: ExprKind::Int("1".into()), pos };
                self.op_assign(x, if *inc { "+" } else { "-" }, &one, pos);
            }
            StmtKind::Assign(lhs, op, rhs) => match *op {
                ":=" => self.define(lhs, rhs, pos),
                "=" => self.assign(lhs, rhs, pos),
                _ => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.err(pos, format!("assignment operation {op} requires single-valued expressions"));
                        return;
                    }
                    self.op_assign(&lhs[0], &op[..op.len() - 1], &rhs[0], pos);
                }
            },
            StmtKind::Decl(d) => match d {
                GenDecl::Var(specs) => {
                    for sp in specs {
                        self.var_spec(sp);
                    }
                }
                GenDecl::Const(specs) => self.const_specs(specs, false),
                GenDecl::Type(specs) => {
                    for sp in specs {
                        let id = if sp.alias { ids::ANY } else { self.types.new_named(&format!("{}.{}", self.pkg_name, sp.name)) };
                        if let Some(sc) = self.fs().scopes.last_mut() {
                            sc.insert(sp.name.clone(), Ent::Type(id));
                        }
                        let under = self.resolve_type(&sp.ty);
                        if sp.alias {
                            if let Some(sc) = self.fs().scopes.last_mut() {
                                sc.insert(sp.name.clone(), Ent::Type(under));
                            }
                        } else {
                            self.types.set_underlying(id, under);
                        }
                    }
                }
            },
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let go = matches!(s.kind, StmtKind::Go(_));
                if let Some(argc) = self.call_value_parts(e) {
                    self.emit(if go { Op::Go(argc) } else { Op::Defer(argc) }, pos);
                }
            }
            StmtKind::Return(vals) => self.ret(vals, pos),
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                let brk = matches!(s.kind, StmtKind::Break(_));
                if let Some(l) = label {
                    self.labels_used.insert(l.clone());
                }
                let j = self.emit(Op::Jump(0), pos);
                let loops = &mut self.fs().loops;
                let target = loops.iter_mut().rev().find(|l| match label {
                    Some(n) => l.label.as_deref() == Some(n),
                    None => brk || l.is_loop,
                });
                match target {
                    Some(l) if brk => l.breaks.push(j),
                    Some(l) if l.is_loop => l.continues.push(j),
                    _ => {
                        let msg = match (label, brk) {
                            (Some(n), true) => format!("invalid break label {n}"),
                            (Some(n), false) => format!("invalid continue label {n}"),
                            (None, true) => "break is not in a loop, switch, or select".into(),
                            (None, false) => "continue is not in a loop".into(),
                        };
                        self.err(pos, msg);
                    }
                }
            }
            StmtKind::Goto(label) => {
                self.labels_used.insert(label.clone());
                let j = self.emit(Op::Jump(0), pos);
                self.fs().gotos.push((j, label.clone(), pos));
            }
            StmtKind::Fallthrough => {
                self.err(pos, "fallthrough statement out of place");
            }
            StmtKind::Block(b) => {
                self.push_scope();
                for s in &b.stmts {
                    self.stmt(s);
                }
                self.pop_scope();
            }
            StmtKind::If(init, cond, then, els) => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let ct = self.expr(cond, Some(ids::BOOL));
                if !matches!(self.types.under(ct), Type::Bool | Type::Untyped("bool")) && ct != ids::ANY {
                    let d = self.describe(cond, ct, None);
                    self.err(cond.pos, format!("non-boolean condition in if statement"));
                    let _ = d;
                }
                let jf = self.emit(Op::JumpIfFalse(0), pos);
                self.push_scope();
                for s in &then.stmts {
                    self.stmt(s);
                }
                self.pop_scope();
                if let Some(e) = els {
                    let jend = self.emit(Op::Jump(0), pos);
                    let here = self.pc();
                    self.patch(jf, here);
                    self.stmt(e);
                    let end = self.pc();
                    self.patch(jend, end);
                } else {
                    let here = self.pc();
                    self.patch(jf, here);
                }
                self.pop_scope();
            }
            StmtKind::Labeled(name, inner) => {
                let here = self.pc();
                self.fs().labels.insert(name.clone(), here);
                self.pending_label = Some(name.clone());
                self.label_defs.push((name.clone(), pos));
                self.stmt(inner);
                self.pending_label = None;
            }
            StmtKind::For(init, cond, post, body) => self.for_loop(init.as_deref(), cond.as_ref(), post.as_deref(), body, pos),
            StmtKind::Range(k, v, def, x, body) => self.range(k.as_ref(), v.as_ref(), *def, x, body, pos),
            StmtKind::Switch(init, tag, clauses, _) => self.switch(init.as_deref(), tag.as_ref(), clauses, pos),
            StmtKind::TypeSwitch(init, bind, x, clauses) => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, pos),
            StmtKind::Select(clauses) => self.select_stmt(clauses, pos),
        }
    }

    pub(crate) fn pop_values(&mut self, t: TypeId, pos: Pos) {
        let n = match self.types.get(t) {
            Type::Tuple(ts) => ts.len(),
            _ if t == ids::NO_VALUE => 0,
            _ => 1,
        };
        for _ in 0..n {
            self.emit(Op::Pop, pos);
        }
    }

    pub(crate) fn take_label(&mut self) -> Option<String> {
        self.pending_label.take()
    }

    pub(crate) fn var_spec(&mut self, sp: &ValueSpec) {
        let declared = sp.ty.as_ref().map(|t| self.resolve_type(t));
        if sp.values.is_empty() {
            for (n, p) in &sp.names {
                self.declare_local(n, declared.unwrap_or(ids::ANY), *p, false);
            }
            return;
        }
        self.conv_ctx = "variable declaration".into();
        let types = self.rhs_values(&sp.values, sp.names.len(), declared.map(|d| vec![d; sp.names.len()]), sp.names[0].1, "variable declaration");
        self.conv_ctx = "assignment".into();
        let mut vars = Vec::new();
        for (i, (n, p)) in sp.names.iter().enumerate().rev() {
            let t = declared.unwrap_or_else(|| types.get(i).copied().unwrap_or(ids::ANY));
            let t = self.default_type(t);
            if t == ids::UNTYPED_NIL {
                self.err(sp.values.get(i).map(|v| v.pos).unwrap_or(*p), "use of untyped nil in variable declaration");
            }
            vars.push((n.clone(), *p, t));
        }
        // Declare after evaluating (the new names are not in scope in their initialisers).
        for (n, p, t) in vars {
            self.declare_local(&n, t, p, true);
        }
    }

    /// Evaluates right-hand sides for `n` targets, converting to `targets` when given; leaves
    /// `n` values on the stack; returns their types.
    pub(crate) fn rhs_values(&mut self, rhs: &[Expr], n: usize, targets: Option<Vec<TypeId>>, pos: Pos, ctx: &str) -> Vec<TypeId> {
        if rhs.len() == 1 && n == 1 {
            if let ExprKind::Call { fun, .. } = &strip_paren(&rhs[0]).kind {
                let t = self.peek_type(&rhs[0]);
                if let Type::Tuple(ts) = self.types.get(t).clone() {
                    if !ts.is_empty() {
                        self.err(rhs[0].pos, format!("assignment mismatch: 1 variable but {} returns {} values", expr_str(fun), ts.len()));
                        self.emit(Op::Nil, pos);
                        return vec![ids::ANY];
                    }
                }
            }
        }
        if rhs.len() == 1 && n > 1 {
            let e = &rhs[0];
            let inner = strip_paren(e);
            let comma_ok = n == 2
                && (matches!(inner.kind, ExprKind::Index(..) | ExprKind::TypeAssert(..)) || matches!(inner.kind, ExprKind::Unary("<-", _)));
            if comma_ok {
                if let ExprKind::Index(m, k) = &inner.kind {
                    let mt = self.peek_type(m);
                    if let Type::Map(kt, vt) = self.types.under(mt).clone() {
                        let _ = self.expr_ref(m);
                        let t = self.expr(k, Some(kt));
                        self.assign_conv(t, kt, k, "map index");
                        self.emit(Op::MapGetOk(vt), e.pos);
                        return self.convert_pair(vec![vt, ids::BOOL], targets, e, ctx);
                    }
                } else {
                    let t = self.expr(e, Some(ids::UNTYPED_BOOL));
                    if let Type::Tuple(ts) = self.types.get(t).clone() {
                        return self.convert_pair(ts, targets, e, ctx);
                    }
                    return vec![t];
                }
            }
            let t = self.expr(e, None);
            let ts = match self.types.get(t).clone() {
                Type::Tuple(ts) => ts,
                _ => vec![t],
            };
            if ts.len() != n {
                if t == ids::NO_VALUE {
                    self.err(e.pos, format!("{} (no value) used as value", expr_str(e)));
                } else if let ExprKind::Call { fun, .. } = &inner.kind {
                    if t != ids::ANY || !self.errors.iter().any(|x| x.0 >= e.pos) {
                        self.err(e.pos, format!("assignment mismatch: {n} variable{} but {} returns {} value{}", if n == 1 { "" } else { "s" }, expr_str(fun), ts.len(), if ts.len() == 1 { "" } else { "s" }));
                    }
                } else {
                    self.err(e.pos, format!("assignment mismatch: {n} variables but 1 value"));
                }
                for _ in ts.len()..n {
                    self.emit(Op::Nil, pos);
                }
                return vec![ids::ANY; n];
            }
            return self.convert_pair(ts, targets, e, ctx);
        }
        if rhs.len() != n {
            let what = if rhs.len() == 1 { "value" } else { "values" };
            self.err(rhs.first().map(|r| r.pos).unwrap_or(pos), format!("assignment mismatch: {n} variable{} but {} {what}", if n == 1 { "" } else { "s" }, rhs.len()));
            for _ in 0..n {
                self.emit(Op::Nil, pos);
            }
            return vec![ids::ANY; n];
        }
        let mut out = Vec::new();
        for (i, e) in rhs.iter().enumerate() {
            let want = targets.as_ref().map(|t| t[i]);
            let t = self.expr(e, want);
            if t == ids::NO_VALUE {
                self.err(e.pos, format!("{} (no value) used as value", expr_str(e)));
            } else if let Type::Tuple(ts) = self.types.get(t) {
                let k = ts.len();
                { let __m = format!("multiple-value {} (value of type {}) in single-value context", expr_str(e), self.tn(t)); self.err(e.pos, __m); };
                for _ in 1..k {
                    self.emit(Op::Pop, e.pos);
                }
            } else if let Some(w) = want {
                self.assign_conv(t, w, e, ctx);
            }
            out.push(t);
        }
        out
    }

    pub(crate) fn convert_pair(&mut self, ts: Vec<TypeId>, targets: Option<Vec<TypeId>>, e: &Expr, ctx: &str) -> Vec<TypeId> {
        if let Some(tg) = targets {
            // Convert from the top down: store into temps, convert, reload.
            let temps: Vec<u16> = ts.iter().map(|_| self.temp()).collect();
            for s in temps.iter().rev() {
                self.emit(Op::SetLocal(*s), e.pos);
            }
            for (i, s) in temps.iter().enumerate() {
                self.emit(Op::Local(*s), e.pos);
                if let Some(w) = tg.get(i) {
                    self.assign_conv(ts[i], *w, e, ctx);
                }
            }
        }
        ts
    }

    pub(crate) fn define(&mut self, lhs: &[Expr], rhs: &[Expr], pos: Pos) {
        // Which names are new?
        let mut any_new = false;
        let mut targets: Vec<Option<TypeId>> = Vec::new();
        for l in lhs {
            let ExprKind::Ident(n) = &l.kind else {
                self.err(l.pos, format!("non-name {} on left side of :=", expr_str(l)));
                return;
            };
            let existing = self.fs().scopes.last().and_then(|s| s.get(n).cloned());
            match existing {
                Some(Ent::Var(v)) if n != "_" => targets.push(Some(v.ty)),
                _ => {
                    if n != "_" {
                        any_new = true;
                    }
                    targets.push(None);
                }
            }
        }
        if !any_new {
            // Go reports at the `:=` (gofmt puts it one space after the last name).
            let at = match lhs.last().map(|l| &l.kind) {
                Some(ExprKind::Ident(n)) => Pos { line: lhs[lhs.len() - 1].pos.line, col: lhs[lhs.len() - 1].pos.col + n.len() as u32 + 1 },
                _ => pos,
            };
            self.err(at, "no new variables on left side of :=");
        }
        let want: Option<Vec<TypeId>> = if targets.iter().any(|t| t.is_some()) && rhs.len() == lhs.len() {
            Some(targets.iter().enumerate().map(|(i, t)| t.unwrap_or_else(|| {
                let pt = self.peek_type(&rhs[i]);
                self.default_type(pt)
            })).collect())
        } else {
            None
        };
        let types = self.rhs_values(rhs, lhs.len(), want, pos, "assignment");
        for (i, l) in lhs.iter().enumerate().rev() {
            let ExprKind::Ident(n) = &l.kind else { continue };
            let t = types.get(i).copied().unwrap_or(ids::ANY);
            match targets[i] {
                Some(_) => {
                    self.store_ident(n, l.pos, t, l);
                }
                None => {
                    let t = self.default_type(t);
                    if t == ids::UNTYPED_NIL {
                        self.err(rhs.get(i).map(|r| r.pos).unwrap_or(pos), "use of untyped nil in assignment");
                    } else if t == ids::NO_VALUE {
                        // Reported by rhs_values.
                    }
                    self.declare_local(n, t, l.pos, true);
                }
            }
        }
    }

    /// Pops the top into variable `n`.
    pub(crate) fn store_ident(&mut self, n: &str, pos: Pos, _t: TypeId, _e: &Expr) {
        match self.lookup(n) {
            Some(Ent::Var(v)) => self.store_var(&v, pos),
            _ => {
                self.emit(Op::Pop, pos);
            }
        }
    }

    pub(crate) fn store_var(&mut self, v: &VarInfo, pos: Pos) {
        match v.loc {
            Loc::Local(s) => self.emit(Op::SetLocal(s), pos),
            Loc::Boxed(s) => self.emit(Op::StoreBox(s), pos),
            Loc::Upval(i) => self.emit(Op::SetUpval(i), pos),
            Loc::Global(g) => self.emit(Op::SetGlobal(g), pos),
        };
    }

    pub(crate) fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], pos: Pos) {
        // Types of targets.
        let mut tts = Vec::new();
        for l in lhs {
            if matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                tts.push(None);
                continue;
            }
            tts.push(Some(self.lvalue_type(l)));
        }
        if lhs.len() == 1 && rhs.len() == 1 {
            // Simple: prefix, value, store.
            let l = &lhs[0];
            if let Some(tt) = tts[0] {
                let kind = self.lvalue_prefix(l);
                let t = self.expr(&rhs[0], Some(tt));
                if t == ids::NO_VALUE {
                    self.err(rhs[0].pos, format!("{} (no value) used as value", expr_str(&rhs[0])));
                }
                self.assign_conv(t, tt, &rhs[0], "assignment");
                self.lvalue_store(l, kind);
            } else {
                let t = self.expr(&rhs[0], None);
                if t == ids::UNTYPED_NIL {
                    self.err(rhs[0].pos, "use of untyped nil in assignment");
                }
                self.pop_values(t, pos);
            }
            return;
        }
        let want: Option<Vec<TypeId>> = if tts.iter().all(|t| t.is_some()) || rhs.len() > 1 {
            Some(tts.iter().enumerate().map(|(i, t)| t.unwrap_or_else(|| rhs.get(i).map(|r| { let pt = self.peek_type(r); self.default_type(pt) }).unwrap_or(ids::ANY))).collect())
        } else {
            None
        };
        // Phase one: index operands and pointers on the left, then the values on the right.
        let mut prefixes: Vec<(u8, u16, Vec<u16>)> = Vec::new();
        for (i, l) in lhs.iter().enumerate() {
            if tts[i].is_none() {
                prefixes.push((5, 0, vec![]));
                continue;
            }
            let kind = self.lvalue_prefix(l);
            let n = match kind {
                1 | 2 => 2,
                3 | 4 => 1,
                _ => 0,
            };
            let slots: Vec<u16> = (0..n).map(|_| self.temp()).collect();
            for s in slots.iter().rev() {
                self.emit(Op::SetLocal(*s), pos);
            }
            prefixes.push((kind, self.last_field, slots));
        }
        let _ = self.rhs_values(rhs, lhs.len(), want, pos, "assignment");
        let temps: Vec<u16> = lhs.iter().map(|_| self.temp()).collect();
        for s in temps.iter().rev() {
            self.emit(Op::SetLocal(*s), pos);
        }
        // Phase two: the stores, left to right.
        for (i, l) in lhs.iter().enumerate() {
            if tts[i].is_none() {
                continue;
            }
            let (kind, field, slots) = prefixes[i].clone();
            for s in &slots {
                self.emit(Op::Local(*s), pos);
            }
            self.emit(Op::Local(temps[i]), pos);
            self.last_field = field;
            self.lvalue_store(l, kind);
        }
    }

    /// The type of an assignable expression (reporting unassignable ones).
    pub(crate) fn lvalue_type(&mut self, l: &Expr) -> TypeId {
        match &l.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Ent::Var(v)) => v.ty,
                Some(Ent::Const(..)) => {
                    let t = self.peek_type(l);
                    let cv = self.const_eval(l).map(|x| x.1);
                    let d = self.describe(l, t, cv.as_ref());
                    self.err(l.pos, format!("cannot assign to {n} (neither addressable nor a map index expression)"));
                    let _ = d;
                    ids::ANY
                }
                None => {
                    self.err(l.pos, format!("undefined: {n}"));
                    ids::ANY
                }
                _ => {
                    self.err(l.pos, format!("cannot assign to {n}"));
                    ids::ANY
                }
            },
            ExprKind::Index(x, _) => {
                let t = self.peek_type(l);
                let xt = self.peek_type(x);
                if self.types.under(xt) == &Type::String {
                    self.err(l.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", expr_str(l)));
                }
                t
            }
            ExprKind::Selector(..) | ExprKind::Star(_) | ExprKind::Paren(_) => self.peek_type(l),
            _ => {
                self.err(l.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", expr_str(l)));
                ids::ANY
            }
        }
    }

    /// Pushes what a store into `l` needs below the value; returns the store kind.
    pub(crate) fn lvalue_prefix(&mut self, l: &Expr) -> u8 {
        match &l.kind {
            ExprKind::Paren(x) => self.lvalue_prefix(x),
            ExprKind::Ident(_) => 0,
            ExprKind::Index(x, i) => {
                let xt = self.expr_ref(x);
                match self.types.under(xt).clone() {
                    Type::Map(k, _) => {
                        let t = self.expr(i, Some(k));
                        self.assign_conv(t, k, i, "map index");
                        1
                    }
                    under => {
                        self.check_const_index(&under, i);
                        let t = self.expr(i, Some(ids::INT));
                        self.check_index_type(t, i);
                        2
                    }
                }
            }
            ExprKind::Selector(x, name, npos) => {
                let xt = self.expr_ref(x);
                if let Some(msg) = self.unexported(xt, x, name) {
                    self.err(*npos, msg);
                }
                match self.select(xt, name) {
                    Some(super::expr::Sel::Field(path, _)) => {
                        for f in &path[..path.len() - 1] {
                            self.emit(Op::Field(*f), *npos);
                        }
                        self.last_field = path[path.len() - 1];
                        3
                    }
                    _ => {
                        { let __m = format!("{}.{name} undefined (type {} has no field or method {name})", expr_str(x), self.tn(xt)); self.err(*npos, __m); };
                        5
                    }
                }
            }
            ExprKind::Star(x) => {
                let _ = self.expr(x, None);
                4
            }
            _ => 5,
        }
    }

    pub(crate) fn lvalue_store(&mut self, l: &Expr, kind: u8) {
        let pos = l.pos;
        match kind {
            0 => {
                let ExprKind::Ident(n) = &strip_paren(l).kind else { return };
                match self.lookup(n) {
                    Some(Ent::Var(v)) => self.store_var(&v, pos),
                    _ => {
                        self.emit(Op::Pop, pos);
                    }
                }
            }
            1 => {
                self.emit(Op::MapSet, pos);
            }
            2 => {
                self.emit(Op::SetIndex, pos);
            }
            3 => {
                let f = self.last_field;
                self.emit(Op::SetField(f), pos);
            }
            4 => {
                self.emit(Op::StoreDeref, pos);
            }
            _ => {
                self.emit(Op::Pop, pos);
            }
        }
    }

    pub(crate) fn op_assign(&mut self, l: &Expr, op: &str, r: &Expr, pos: Pos) {
        let tt = self.lvalue_type(l);
        let kind = self.lvalue_prefix(l);
        // Load the current value, keeping the prefix.
        match kind {
            0 => {
                if let ExprKind::Ident(n) = &strip_paren(l).kind {
                    if let Some(Ent::Var(v)) = self.lookup(n) {
                        match v.loc {
                            Loc::Local(s) => self.emit(Op::Local(s), pos),
                            Loc::Boxed(s) => self.emit(Op::LoadBox(s), pos),
                            Loc::Upval(i) => self.emit(Op::Upval(i), pos),
                            Loc::Global(g) => self.emit(Op::Global(g), pos),
                        };
                    }
                }
            }
            1 => {
                self.emit(Op::Pick(1), pos);
                self.emit(Op::Pick(1), pos);
                self.emit(Op::MapGet(tt), pos);
            }
            2 => {
                self.emit(Op::Pick(1), pos);
                self.emit(Op::Pick(1), pos);
                self.emit(Op::Index, pos);
            }
            3 => {
                self.emit(Op::Dup, pos);
                let f = self.last_field;
                self.emit(Op::Field(f), pos);
            }
            4 => {
                self.emit(Op::Dup, pos);
                self.emit(Op::Deref, pos);
            }
            _ => {
                self.emit(Op::Nil, pos);
            }
        }
        let n = self.num(tt);
        if op == "<<" || op == ">>" {
            let _ = self.expr(r, Some(ids::UINT));
            self.emit(Op::Bin(if op == "<<" { Bin::Shl } else { Bin::Shr }, n), pos);
        } else {
            let rt = self.expr(r, Some(tt));
            let rtd = self.default_type(rt);
            if rtd != tt && tt != ids::ANY && rt != ids::ANY && !(self.types.is_untyped(rt) && self.assignable(rt, tt).is_ok()) {
                { let __m = format!("invalid operation: {} {op}= {} (mismatched types {} and {})", expr_str(l), expr_str(r), self.tn(tt), self.tn(rtd)); self.err(l.pos, __m); };
            }
            let b = match op {
                "+" => Bin::Add,
                "-" => Bin::Sub,
                "*" => Bin::Mul,
                "/" => Bin::Div,
                "%" => Bin::Rem,
                "&" => Bin::And,
                "|" => Bin::Or,
                "^" => Bin::Xor,
                _ => Bin::AndNot,
            };
            if n == super::super::bytecode::Num::Str && b != Bin::Add || n == super::super::bytecode::Num::Other {
                { let __m = format!("invalid operation: operator {op} not defined on {} ({})", expr_str(l), self.describe(l, tt, None)); self.err(l.pos, __m); };
            }
            self.emit(Op::Bin(b, n), pos);
        }
        // Reading for op-assign does not count as a use in Go; undo the mark.
        if kind == 0 {
            if let ExprKind::Ident(nm) = &strip_paren(l).kind {
                if let Some(Ent::Var(v)) = self.lookup(nm) {
                    let _ = v;
                }
            }
        }
        self.lvalue_store(l, kind);
    }

    pub(crate) fn ret(&mut self, vals: &[Expr], pos: Pos) {
        let results = self.fs().results.clone();
        let locs = self.fs().result_locs.clone();
        if vals.is_empty() {
            if !results.is_empty() && !self.fs().named_results {
                { let __m = format!("not enough return values\n\thave ()\n\twant ({})", results.iter().map(|t| self.tn(*t)).collect::<Vec<_>>().join(", ")); self.err(pos, __m); };
            }
            self.emit(Op::Ret, pos);
            return;
        }
        if results.is_empty() {
            self.err(vals[0].pos, "too many return values");
            self.emit(Op::Ret, pos);
            return;
        }
        if vals.len() == 1 && results.len() > 1 {
            let t = self.peek_type(&vals[0]);
            if let Type::Tuple(ts) = self.types.get(t).clone() {
                if ts.len() == results.len() {
                    let _ = self.rhs_values(vals, results.len(), Some(results.clone()), pos, "return statement");
                    for l in locs.iter().rev() {
                        self.store_result(*l, pos);
                    }
                    self.emit(Op::Ret, pos);
                    return;
                }
            }
        }
        if vals.len() > results.len() {
            self.err(vals[results.len()].pos, "too many return values");
            return;
        }
        if vals.len() != results.len() {
            let have: Vec<String> = vals.iter().map(|v| {
                let t = self.peek_type(v);
                if self.const_eval(v).is_some() && self.types.is_untyped(t) { "number".to_string() } else { self.tn(t) }
            }).collect();
            let want: Vec<String> = results.iter().map(|t| self.tn(*t)).collect();
            let msg = if vals.len() < results.len() { "not enough return values" } else { "too many return values" };
            self.err(vals[0].pos, format!("{msg}\n\thave ({})\n\twant ({})", have.join(", "), want.join(", ")));
            return;
        }
        for (i, v) in vals.iter().enumerate() {
            let t = self.expr(v, Some(results[i]));
            self.assign_conv(t, results[i], v, "return statement");
        }
        for l in locs.iter().rev() {
            self.store_result(*l, pos);
        }
        self.emit(Op::Ret, pos);
    }

    pub(crate) fn store_result(&mut self, l: Loc, pos: Pos) {
        match l {
            Loc::Local(s) => self.emit(Op::SetLocal(s), pos),
            Loc::Boxed(s) => self.emit(Op::StoreBox(s), pos),
            _ => self.emit(Op::Pop, pos),
        };
    }

    pub(crate) fn begin_loop(&mut self, is_loop: bool) {
        let label = self.take_label();
        self.fs().loops.push(LoopCx { label, breaks: Vec::new(), continues: Vec::new(), is_loop });
    }

    pub(crate) fn end_loop(&mut self, continue_pc: usize, break_pc: usize) {
        if let Some(l) = self.fs().loops.pop() {
            for j in l.continues {
                self.patch(j, continue_pc);
            }
            for j in l.breaks {
                self.patch(j, break_pc);
            }
        }
    }

    pub(crate) fn for_loop(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>, body: &Block, pos: Pos) {
        self.push_scope();
        let label = self.take_label();
        if let Some(i) = init {
            self.stmt(i);
        }
        // Loop variables that live in boxes get a fresh box per iteration (Go 1.22).
        let boxed: Vec<u16> = self.fs().scopes.last().map(|s| s.values().filter_map(|e| match e {
            Ent::Var(VarInfo { loc: Loc::Boxed(s), .. }) => Some(*s),
            _ => None,
        }).collect()).unwrap_or_default();
        let top = self.pc();
        let mut jf = None;
        if let Some(c) = cond {
            let t = self.expr(c, Some(ids::BOOL));
            if !matches!(self.types.under(t), Type::Bool | Type::Untyped("bool")) && t != ids::ANY {
                self.err(c.pos, format!("non-boolean condition in for statement"));
            }
            jf = Some(self.emit(Op::JumpIfFalse(0), pos));
        }
        self.pending_label = label;
        self.begin_loop(true);
        self.push_scope();
        for s in &body.stmts {
            self.stmt(s);
        }
        self.pop_scope();
        let cont = self.pc();
        for s in &boxed {
            self.emit(Op::LoadBox(*s), pos);
            self.emit(Op::NewBox(*s), pos);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.emit(Op::Jump(top as u32), pos);
        let end = self.pc();
        if let Some(j) = jf {
            self.patch(j, end);
        }
        self.end_loop(cont, end);
        self.pop_scope();
    }

}
