//! Expressions and type syntax: precedence climbing over Go's five binary levels, then unary,
//! primary expressions with their suffixes (selectors, index, slice, assertions, calls, literals).

use super::{Parser, SyntaxError};
use crate::interp::ast::*;
use crate::interp::lexer::Tok;

fn prec(op: &str) -> u8 {
    match op {
        "||" => 1,
        "&&" => 2,
        "==" | "!=" | "<" | "<=" | ">" | ">=" => 3,
        "+" | "-" | "|" | "^" => 4,
        "*" | "/" | "%" | "<<" | ">>" | "&" | "&^" => 5,
        _ => 0,
    }
}

fn mk(kind: ExprKind, pos: Pos) -> Expr {
    Expr { kind, pos }
}

impl Parser {
    /// `a, b, c`.
    pub(crate) fn expr_list(&mut self) -> Result<Vec<Expr>, SyntaxError> {
        let mut v = vec![self.expr()?];
        while self.eat_op(",") {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    /// A full expression.
    pub(crate) fn expr(&mut self) -> Result<Expr, SyntaxError> {
        self.depth += 1;
        if self.depth > 100 {
            return self.err("expression nested too deeply");
        }
        let r = self.binary(1);
        self.depth -= 1;
        r
    }

    fn binary(&mut self, min: u8) -> Result<Expr, SyntaxError> {
        let mut left = self.unary()?;
        let mut count = 0;
        loop {
            count += 1;
            if count > 100 {
                return self.err("expression too long (more than 100 operators in a row)");
            }
            let op = match self.tok() {
                Tok::Op(o) if prec(o) >= min => *o,
                _ => return Ok(left),
            };
            let p = self.pos();
            self.next();
            let right = self.binary(prec(op) + 1)?;
            let _ = p;
            let start = left.pos;
            left = mk(ExprKind::Binary(op, Box::new(left), Box::new(right)), start);
        }
    }

    fn unary(&mut self) -> Result<Expr, SyntaxError> {
        let p = self.pos();
        self.depth += 1;
        if self.depth > 200 {
            return self.err("expression nested too deeply");
        }
        let r = self.unary_inner(p);
        self.depth -= 1;
        r
    }

    fn unary_inner(&mut self, p: Pos) -> Result<Expr, SyntaxError> {
        match self.tok().clone() {
            Tok::Op(o @ ("-" | "+" | "!" | "^" | "&")) => {
                self.next();
                let e = self.unary()?;
                Ok(mk(ExprKind::Unary(o, Box::new(e)), p))
            }
            Tok::Op("<-") => {
                self.next();
                if self.is_kw("chan") {
                    // `<-chan T` as a type (in a conversion or a composite literal).
                    self.next();
                    let t = self.type_expr()?;
                    let ty = mk(ExprKind::ChanType(2, Box::new(t)), p);
                    return self.primary_suffix(ty);
                }
                let e = self.unary()?;
                Ok(mk(ExprKind::Unary("<-", Box::new(e)), p))
            }
            Tok::Op("*") => {
                self.next();
                let e = self.unary()?;
                Ok(mk(ExprKind::Star(Box::new(e)), p))
            }
            _ => self.primary(),
        }
    }

    fn operand(&mut self) -> Result<Expr, SyntaxError> {
        let p = self.pos();
        let e = match self.tok().clone() {
            Tok::Ident(s) => {
                self.next();
                mk(ExprKind::Ident(s), p)
            }
            Tok::Int(s) => {
                self.next();
                mk(ExprKind::Int(s), p)
            }
            Tok::Float(s) => {
                self.next();
                mk(ExprKind::Float(s), p)
            }
            Tok::Char(c) => {
                self.next();
                mk(ExprKind::Char(c), p)
            }
            Tok::Str(s) => {
                self.next();
                mk(ExprKind::Str(s), p)
            }
            Tok::Op("(") => {
                self.next();
                let saved = self.no_lit;
                self.no_lit = false;
                let e = self.expr_or_type()?;
                self.no_lit = saved;
                self.expect_op(")", "")?;
                mk(ExprKind::Paren(Box::new(e)), p)
            }
            Tok::Kw("func") => {
                self.next();
                let sig = self.signature()?;
                if self.is_op("{") {
                    let saved = self.no_lit;
                    self.no_lit = false;
                    let body = self.block()?;
                    self.no_lit = saved;
                    mk(ExprKind::FuncLit(sig, body), p)
                } else {
                    mk(ExprKind::FuncType(sig), p)
                }
            }
            Tok::Op("[") | Tok::Kw("map" | "chan" | "struct" | "interface") => self.type_expr()?,
            _ => return self.err(format!("unexpected {}, expected expression", self.found())),
        };
        Ok(e)
    }

    fn expr_or_type(&mut self) -> Result<Expr, SyntaxError> {
        self.expr()
    }

    fn primary(&mut self) -> Result<Expr, SyntaxError> {
        let e = self.operand()?;
        self.primary_suffix(e)
    }

    fn is_type_like(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ident(_) => true,
            ExprKind::Selector(x, _, _) => matches!(x.kind, ExprKind::Ident(_)),
            ExprKind::ArrayType(..) | ExprKind::SliceType(_) | ExprKind::MapType(..) | ExprKind::StructType(_) => true,
            ExprKind::Index(x, _) => Self::is_type_like(x),
            _ => false,
        }
    }

    fn primary_suffix(&mut self, mut e: Expr) -> Result<Expr, SyntaxError> {
        let mut count = 0;
        loop {
            count += 1;
            if count > 100 {
                return self.err("expression too long (more than 100 selectors, calls or indexes in a row)");
            }
            let p = self.pos();
            match self.tok() {
                Tok::Op(".") => {
                    self.next();
                    if self.eat_op("(") {
                        if self.is_kw("type") {
                            self.next();
                            self.expect_op(")", "")?;
                            e = mk(ExprKind::TypeAssert(Box::new(e), None), p);
                        } else {
                            let t = self.type_expr()?;
                            self.expect_op(")", "")?;
                            e = mk(ExprKind::TypeAssert(Box::new(e), Some(Box::new(t))), p);
                        }
                    } else {
                        let (name, np) = self.ident()?;
                        let start = e.pos;
                        e = mk(ExprKind::Selector(Box::new(e), name, np), start);
                    }
                }
                Tok::Op("[") => {
                    self.next();
                    let saved = self.no_lit;
                    self.no_lit = false;
                    let mut idx = [None, None, None];
                    let mut colons = 0;
                    if !self.is_op(":") {
                        idx[0] = Some(Box::new(self.expr_or_type()?));
                    }
                    while self.eat_op(":") {
                        colons += 1;
                        if colons > 2 {
                            return self.err("expected ]");
                        }
                        if !self.is_op(":") && !self.is_op("]") {
                            idx[colons] = Some(Box::new(self.expr()?));
                        }
                    }
                    if colons == 0 && self.is_op(",") {
                        return Err((p, "generic instantiation is not supported here".into()));
                    }
                    self.no_lit = saved;
                    self.expect_op("]", "")?;
                    let start = e.pos;
                    let [a, b, c] = idx;
                    e = if colons == 0 {
                        match a {
                            Some(a) => mk(ExprKind::Index(Box::new(e), a), start),
                            None => return self.err("expected operand"),
                        }
                    } else {
                        if colons == 2 && (b.is_none() || c.is_none()) {
                            return self.err("middle and final index required in 3-index slice");
                        }
                        mk(ExprKind::Slice(Box::new(e), a, b, c), start)
                    };
                }
                Tok::Op("(") => {
                    self.next();
                    let saved = self.no_lit;
                    self.no_lit = false;
                    let mut args = Vec::new();
                    let mut spread = false;
                    while !self.is_op(")") {
                        args.push(self.expr_or_type()?);
                        if self.eat_op("...") {
                            spread = true;
                        }
                        if !self.eat_op(",") {
                            break;
                        }
                    }
                    self.no_lit = saved;
                    let end = self.pos();
                    if !self.is_op(")") {
                        return self.err(format!("unexpected {} in argument list; possibly missing comma or )", self.found()));
                    }
                    self.next();
                    let start = e.pos;
                    e = mk(ExprKind::Call { fun: Box::new(e), args, spread, end }, start);
                }
                Tok::Op("{") if (!self.no_lit && Self::is_type_like(&e)) || matches!(e.kind, ExprKind::ArrayType(..) | ExprKind::SliceType(_) | ExprKind::MapType(..)) => {
                    e = self.composite(Some(e))?;
                }
                _ => return Ok(e),
            }
        }
    }

    /// `{ elems }` after a type (or with the type elided inside another literal).
    pub(crate) fn composite(&mut self, ty: Option<Expr>) -> Result<Expr, SyntaxError> {
        let p = ty.as_ref().map(|t| t.pos).unwrap_or_else(|| self.pos());
        self.expect_op("{", "")?;
        let saved = self.no_lit;
        self.no_lit = false;
        let mut elems = Vec::new();
        while !self.is_op("}") {
            let first = self.element()?;
            if self.eat_op(":") {
                let v = self.element()?;
                elems.push((Some(first), v));
            } else {
                elems.push((None, first));
            }
            if !self.eat_op(",") {
                if !self.is_op("}") {
                    return self.err(format!("unexpected {} in composite literal; possibly missing comma or }}", self.found()));
                }
                break;
            }
        }
        self.no_lit = saved;
        let end = self.pos();
        self.expect_op("}", "")?;
        Ok(mk(ExprKind::Composite { ty: ty.map(Box::new), elems, end }, p))
    }

    fn element(&mut self) -> Result<Expr, SyntaxError> {
        if self.is_op("{") {
            self.composite(None)
        } else {
            self.expr()
        }
    }

    /// A type.
    pub(crate) fn type_expr(&mut self) -> Result<Expr, SyntaxError> {
        let p = self.pos();
        match self.tok().clone() {
            Tok::Ident(name) => {
                self.next();
                let mut e = mk(ExprKind::Ident(name), p);
                if self.is_op(".") {
                    self.next();
                    let (sel, sp) = self.ident()?;
                    e = mk(ExprKind::Selector(Box::new(e), sel, sp), p);
                }
                if self.is_op("[") && !self.no_lit {
                    // A generic instantiation like List[int].
                    if let Tok::Ident(_) = self.peek_tok(1) {
                        if matches!(self.peek_tok(2), Tok::Op("]") | Tok::Op(",")) {
                            return Err((p, "generic types are not supported here".into()));
                        }
                    }
                }
                Ok(e)
            }
            Tok::Op("(") => {
                self.next();
                let t = self.type_expr()?;
                self.expect_op(")", "")?;
                Ok(t)
            }
            Tok::Op("*") => {
                self.next();
                let t = self.type_expr()?;
                Ok(mk(ExprKind::Star(Box::new(t)), p))
            }
            Tok::Op("[") => {
                self.next();
                if self.eat_op("]") {
                    let t = self.type_expr()?;
                    return Ok(mk(ExprKind::SliceType(Box::new(t)), p));
                }
                let len = if self.eat_op("...") { None } else { Some(Box::new(self.expr()?)) };
                self.expect_op("]", "")?;
                let t = self.type_expr()?;
                Ok(mk(ExprKind::ArrayType(len, Box::new(t)), p))
            }
            Tok::Op("<-") => {
                self.next();
                if !self.is_kw("chan") {
                    return self.err("expected chan");
                }
                self.next();
                let t = self.type_expr()?;
                Ok(mk(ExprKind::ChanType(2, Box::new(t)), p))
            }
            Tok::Kw("chan") => {
                self.next();
                let dir = if self.eat_op("<-") { 1 } else { 0 };
                let t = self.type_expr()?;
                Ok(mk(ExprKind::ChanType(dir, Box::new(t)), p))
            }
            Tok::Kw("map") => {
                self.next();
                self.expect_op("[", "")?;
                let k = self.type_expr()?;
                self.expect_op("]", "")?;
                let v = self.type_expr()?;
                Ok(mk(ExprKind::MapType(Box::new(k), Box::new(v)), p))
            }
            Tok::Kw("func") => {
                self.next();
                let sig = self.signature()?;
                Ok(mk(ExprKind::FuncType(sig), p))
            }
            Tok::Kw("struct") => {
                self.next();
                self.expect_op("{", "")?;
                let mut fields = Vec::new();
                while !self.is_op("}") {
                    let fp = self.pos();
                    let embedded = self.is_op("*")
                        || matches!(self.peek_tok(1), Tok::Semi { .. } | Tok::Op("}") | Tok::Op(".") | Tok::Str(_));
                    let (names, ty) = if embedded {
                        (vec![], self.type_expr()?)
                    } else {
                        let mut names = vec![self.ident()?];
                        while self.eat_op(",") {
                            names.push(self.ident()?);
                        }
                        (names, self.type_expr()?)
                    };
                    let tag = if let Tok::Str(s) = self.tok().clone() {
                        self.next();
                        Some(s)
                    } else {
                        None
                    };
                    let _ = fp;
                    fields.push(Field { names, ty, tag });
                    self.semi("in struct type; possibly missing semicolon or newline or }")?;
                }
                self.next();
                Ok(mk(ExprKind::StructType(fields), p))
            }
            Tok::Kw("interface") => {
                self.next();
                self.expect_op("{", "")?;
                let mut elems = Vec::new();
                while !self.is_op("}") {
                    if let (Tok::Ident(name), Tok::Op("(")) = (self.tok().clone(), self.peek_tok(1).clone()) {
                        let mp = self.pos();
                        self.next();
                        let sig = self.signature()?;
                        elems.push(IfaceElem::Method(name, sig, mp));
                    } else {
                        if self.is_op("~") {
                            return Err((self.pos(), "type constraints (generics) are not supported here".into()));
                        }
                        let t = self.type_expr()?;
                        if self.is_op("|") {
                            return Err((p, "type constraints are not supported here".into()));
                        }
                        elems.push(IfaceElem::Embed(t));
                    }
                    self.semi("in interface type")?;
                }
                self.next();
                Ok(mk(ExprKind::InterfaceType(elems), p))
            }
            _ => self.err(format!("unexpected {}, expected type", self.found())),
        }
    }
}
