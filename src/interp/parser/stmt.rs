//! Statements: blocks, simple statements, if/for/switch/select, labels, and the clauses of
//! switches and selects. `for ... range` and type switches are recognised from their headers.

use super::{Parser, SyntaxError};
use crate::interp::ast::*;
use crate::interp::lexer::Tok;

const ASSIGN_OPS: &[&str] = &["=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="];

impl Parser {
    /// `{ stmts }`.
    pub(crate) fn block(&mut self) -> Result<Block, SyntaxError> {
        let pos = self.expect_op("{", "")?;
        self.bdepth += 1;
        if self.bdepth > 100 {
            return self.err("blocks nested too deeply");
        }
        let stmts = self.stmt_list()?;
        self.bdepth -= 1;
        let end = self.pos();
        if !self.is_op("}") {
            return self.err(format!("unexpected {}, expected }}", self.found()));
        }
        self.next();
        Ok(Block { stmts, pos, end })
    }

    fn stmt_list(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        let mut out = Vec::new();
        while !self.is_op("}") && !self.is_kw("case") && !self.is_kw("default") && !self.is_kw("else") && !matches!(self.tok(), Tok::Eof) {
            if self.is_semi() {
                self.next();
                continue;
            }
            out.push(self.stmt()?);
            if !self.is_op("}") && !self.is_kw("case") && !self.is_kw("default") && !self.is_kw("else") {
                if !self.is_semi() {
                    return self.err(format!("unexpected {} at end of statement", self.found()));
                }
                self.next();
            }
        }
        Ok(out)
    }

    fn stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Kw("var" | "const" | "type") => StmtKind::Decl(self.gen_decl()?),
            Tok::Kw("go") | Tok::Kw("defer") => {
                let go = self.is_kw("go");
                self.next();
                let e = self.expr()?;
                if !matches!(e.kind, ExprKind::Call { .. }) {
                    let what = if go { "go" } else { "defer" };
                    return Err((e.pos, format!("expression in {what} must be function call")));
                }
                if go {
                    StmtKind::Go(e)
                } else {
                    StmtKind::Defer(e)
                }
            }
            Tok::Kw("return") => {
                self.next();
                let v = if self.is_semi() || self.is_op("}") { vec![] } else { self.expr_list()? };
                StmtKind::Return(v)
            }
            Tok::Kw(k @ ("break" | "continue" | "goto")) => {
                self.next();
                let label = if let Tok::Ident(s) = self.tok().clone() {
                    self.next();
                    Some(s)
                } else {
                    None
                };
                match k {
                    "break" => StmtKind::Break(label),
                    "continue" => StmtKind::Continue(label),
                    _ => match label {
                        Some(l) => StmtKind::Goto(l),
                        None => return self.err("missing label"),
                    },
                }
            }
            Tok::Kw("fallthrough") => {
                self.next();
                StmtKind::Fallthrough
            }
            Tok::Op("{") => StmtKind::Block(self.block()?),
            Tok::Kw("if") => return self.if_stmt(),
            Tok::Kw("for") => return self.for_stmt(),
            Tok::Kw("switch") => return self.switch_stmt(),
            Tok::Kw("select") => return self.select_stmt(),
            Tok::Ident(name) if matches!(self.peek_tok(1), Tok::Op(":")) => {
                self.next();
                self.next();
                if self.is_op("}") {
                    return Ok(Stmt { kind: StmtKind::Labeled(name, Box::new(Stmt { kind: StmtKind::Empty, pos })), pos });
                }
                while self.is_semi() {
                    self.next();
                }
                let s = self.stmt()?;
                StmtKind::Labeled(name, Box::new(s))
            }
            _ => return self.simple_stmt(),
        };
        Ok(Stmt { kind, pos })
    }

    /// An expression, send, inc/dec or assignment statement.
    pub(crate) fn simple_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let pos = self.pos();
        let lhs = self.expr_list()?;
        let kind = match self.tok().clone() {
            Tok::Op(op) if ASSIGN_OPS.contains(&op) => {
                self.next();
                if self.is_kw("range") && (op == "=" || op == ":=") {
                    // Handled by for_stmt; reaching here means `range` outside a for header.
                    return self.err("unexpected range");
                }
                let rhs = self.expr_list()?;
                StmtKind::Assign(lhs, op, rhs)
            }
            Tok::Op("++") | Tok::Op("--") => {
                let inc = self.is_op("++");
                self.next();
                StmtKind::IncDec(one(lhs, pos)?, inc)
            }
            Tok::Op("<-") => {
                self.next();
                let v = self.expr()?;
                StmtKind::Send(one(lhs, pos)?, v)
            }
            _ => {
                if lhs.len() > 1 {
                    return self.err(format!("unexpected {}, expected := or = or comma", self.found()));
                }
                StmtKind::Expr(one(lhs, pos)?)
            }
        };
        Ok(Stmt { kind, pos })
    }

    fn if_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let pos = self.pos();
        self.next();
        let saved = self.no_lit;
        self.no_lit = true;
        let mut init = None;
        let mut cond = None;
        if !self.is_semi() {
            let s = self.simple_stmt()?;
            if self.is_semi() {
                self.next();
                init = Some(Box::new(s));
            } else {
                match s.kind {
                    StmtKind::Expr(e) => cond = Some(e),
                    _ => {
                        self.no_lit = saved;
                        return Err((s.pos, "syntax error: cannot use assignment as value".into()));
                    }
                }
            }
        } else {
            self.next();
        }
        if cond.is_none() {
            if self.is_op("{") {
                self.no_lit = saved;
                return Err((self.pos(), "syntax error: missing condition in if statement".into()));
            }
            cond = Some(self.expr()?);
        }
        self.no_lit = saved;
        let then = self.block()?;
        let els = if self.is_kw("else") {
            self.next();
            if self.is_kw("if") {
                Some(Box::new(self.if_stmt()?))
            } else if self.is_op("{") {
                let b = self.block()?;
                Some(Box::new(Stmt { pos: b.pos, kind: StmtKind::Block(b) }))
            } else {
                return self.err("else must be followed by if or statement block");
            }
        } else {
            None
        };
        let cond = cond.ok_or((pos, "syntax error: missing condition in if statement".to_string()))?;
        Ok(Stmt { kind: StmtKind::If(init, cond, then, els), pos })
    }

    fn for_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let pos = self.pos();
        self.next();
        let saved = self.no_lit;
        self.no_lit = true;
        let result = self.for_header(pos);
        self.no_lit = saved;
        let header = result?;
        let body = self.block()?;
        let kind = match header {
            ForHeader::Range(k, v, def, x) => StmtKind::Range(k, v, def, x, body),
            ForHeader::Loop(i, c, p) => StmtKind::For(i, c, p, body),
        };
        Ok(Stmt { kind, pos })
    }

    fn for_header(&mut self, _pos: Pos) -> Result<ForHeader, SyntaxError> {
        if self.is_op("{") {
            return Ok(ForHeader::Loop(None, None, None));
        }
        if self.is_kw("range") {
            self.next();
            return Ok(ForHeader::Range(None, None, false, self.expr()?));
        }
        let mut init = None;
        if !self.is_semi() {
            let lhs_start = self.pos();
            let lhs = self.expr_list()?;
            if (self.is_op(":=") || self.is_op("=")) && matches!(self.peek_tok(1), Tok::Kw("range")) {
                let def = self.is_op(":=");
                self.next();
                self.next();
                let x = self.expr()?;
                let lhs_pos: Vec<Pos> = lhs.iter().map(|e| e.pos).collect();
                let mut it = lhs.into_iter();
                let k = it.next();
                let v = it.next();
                if it.next().is_some() {
                    let third = lhs_pos.get(2).copied().unwrap_or(lhs_start);
                    return Err((third, "range clause permits at most two iteration variables".into()));
                }
                return Ok(ForHeader::Range(k, v, def, x));
            }
            // Re-parse as a simple statement from the saved expressions.
            let s = self.finish_simple(lhs, lhs_start)?;
            if self.is_op("{") {
                return match s.kind {
                    StmtKind::Expr(e) => Ok(ForHeader::Loop(None, Some(e), None)),
                    _ => Err((s.pos, "syntax error: cannot use assignment as value".into())),
                };
            }
            init = Some(Box::new(s));
        }
        if !self.is_semi() {
            return self.err(format!("unexpected {}, expected {{ after for clause", self.found()));
        }
        self.next();
        let cond = if self.is_semi() { None } else { Some(self.expr()?) };
        if !self.is_semi() {
            return self.err("expected for loop condition");
        }
        self.next();
        let post = if self.is_op("{") { None } else { Some(Box::new(self.simple_stmt()?)) };
        Ok(ForHeader::Loop(init, cond, post))
    }

    fn finish_simple(&mut self, lhs: Vec<Expr>, pos: Pos) -> Result<Stmt, SyntaxError> {
        let kind = match self.tok().clone() {
            Tok::Op(op) if ASSIGN_OPS.contains(&op) => {
                self.next();
                StmtKind::Assign(lhs, op, self.expr_list()?)
            }
            Tok::Op("++") | Tok::Op("--") => {
                let inc = self.is_op("++");
                self.next();
                StmtKind::IncDec(one(lhs, pos)?, inc)
            }
            Tok::Op("<-") => {
                self.next();
                let v = self.expr()?;
                StmtKind::Send(one(lhs, pos)?, v)
            }
            _ => StmtKind::Expr(one(lhs, pos)?),
        };
        Ok(Stmt { kind, pos })
    }

    fn switch_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let pos = self.pos();
        self.next();
        let saved = self.no_lit;
        self.no_lit = true;
        let mut init = None;
        let mut tag: Option<Stmt> = None;
        if !self.is_op("{") {
            if !self.is_semi() {
                tag = Some(self.simple_stmt()?);
            }
            if self.is_semi() {
                self.next();
                init = tag.take().map(Box::new);
                if !self.is_op("{") {
                    tag = Some(self.simple_stmt()?);
                }
            }
        }
        self.no_lit = saved;
        let lbrace = self.expect_op("{", "")?;
        let mut clauses = Vec::new();
        while !self.is_op("}") {
            let cp = self.pos();
            let exprs = if self.is_kw("case") {
                self.next();
                Some(self.case_list()?)
            } else if self.is_kw("default") {
                self.next();
                None
            } else {
                return self.err(format!("unexpected {}, expected case or default or }}", self.found()));
            };
            self.expect_op(":", "")?;
            let body = self.stmt_list()?;
            clauses.push(CaseClause { exprs, body, pos: cp });
        }
        self.next();
        let kind = match tag {
            Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::TypeAssert(x, None), .. }), .. }) => {
                StmtKind::TypeSwitch(init, None, *x, clauses)
            }
            Some(Stmt { kind: StmtKind::Assign(l, ":=", r), pos: apos }) if r.len() == 1 && matches!(r[0].kind, ExprKind::TypeAssert(_, None)) => {
                let name = match (l.len(), &l[0].kind) {
                    (1, ExprKind::Ident(n)) => (n.clone(), l[0].pos),
                    _ => return Err((apos, "syntax error: invalid variable name in type switch".into())),
                };
                let x = match r.into_iter().next().map(|e| e.kind) {
                    Some(ExprKind::TypeAssert(x, None)) => *x,
                    _ => return Err((apos, "syntax error: bad type switch".into())),
                };
                StmtKind::TypeSwitch(init, Some(name), x, clauses)
            }
            Some(Stmt { kind: StmtKind::Expr(e), .. }) => StmtKind::Switch(init, Some(e), clauses, lbrace),
            Some(s) => return Err((s.pos, "syntax error: switch expression must be an expression".into())),
            None => StmtKind::Switch(init, None, clauses, lbrace),
        };
        Ok(Stmt { kind, pos })
    }

    fn case_list(&mut self) -> Result<Vec<Expr>, SyntaxError> {
        let mut v = Vec::new();
        loop {
            v.push(if self.starts_type() && !matches!(self.tok(), Tok::Ident(_)) && !self.is_op("*") && !self.is_op("<-") {
                self.type_expr()?
            } else {
                self.expr()?
            });
            if !self.eat_op(",") {
                return Ok(v);
            }
        }
    }

    fn select_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let pos = self.pos();
        self.next();
        self.expect_op("{", "")?;
        let mut clauses = Vec::new();
        while !self.is_op("}") {
            let cp = self.pos();
            let comm = if self.is_kw("case") {
                self.next();
                Some(Box::new(self.simple_stmt()?))
            } else if self.is_kw("default") {
                self.next();
                None
            } else {
                return self.err(format!("unexpected {}, expected case or default or }}", self.found()));
            };
            self.expect_op(":", "")?;
            let body = self.stmt_list()?;
            clauses.push(CommClause { comm, body, pos: cp });
        }
        self.next();
        Ok(Stmt { kind: StmtKind::Select(clauses), pos })
    }
}

enum ForHeader {
    Range(Option<Expr>, Option<Expr>, bool, Expr),
    Loop(Option<Box<Stmt>>, Option<Expr>, Option<Box<Stmt>>),
}

fn one(mut v: Vec<Expr>, pos: Pos) -> Result<Expr, SyntaxError> {
    if v.len() != 1 {
        return Err((pos, "syntax error: unexpected comma".into()));
    }
    v.pop().ok_or((pos, "syntax error: expected expression".to_string()))
}
