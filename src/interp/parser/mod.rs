//! The parser: tokens to a [`File`], reporting Go's syntax errors (`syntax error: ...`).
//!
//! Recursive descent over Go's grammar. `expr.rs` holds expressions and type syntax, `stmt.rs`
//! statements; this file the file level (package, imports, declarations) and the token cursor.
//! The composite-literal ambiguity in `if`/`for`/`switch` headers is handled as Go does: while
//! parsing a header, `T {` ends the expression unless it is parenthesised (`no_lit`).

mod expr;
mod stmt;

use super::ast::*;
use super::lexer::{lex, Tok, Token};

/// A syntax error: position and message.
pub type SyntaxError = (Pos, String);

pub(crate) struct Parser {
    toks: Vec<Token>,
    i: usize,
    /// True while parsing a control clause header.
    no_lit: bool,
    /// Current nesting of expressions and blocks (bounded, so no input overflows the host stack).
    depth: u32,
    /// Current nesting of blocks.
    bdepth: u32,
}

/// Parses a whole file.
pub fn parse_file(src: &str) -> Result<File, SyntaxError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, i: 0, no_lit: false, depth: 0, bdepth: 0 };
    p.file()
}

impl Parser {
    pub(crate) fn tok(&self) -> &Tok {
        &self.toks[self.i.min(self.toks.len() - 1)].tok
    }
    pub(crate) fn peek_tok(&self, k: usize) -> &Tok {
        &self.toks[(self.i + k).min(self.toks.len() - 1)].tok
    }
    pub(crate) fn pos(&self) -> Pos {
        self.toks[self.i.min(self.toks.len() - 1)].pos
    }
    pub(crate) fn next(&mut self) -> Tok {
        let t = self.tok().clone();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }
    pub(crate) fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }
    pub(crate) fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }
    pub(crate) fn is_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi { .. })
    }
    pub(crate) fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.next();
            true
        } else {
            false
        }
    }
    /// Describes the current token as Go's syntax errors do.
    pub(crate) fn found(&self) -> String {
        match self.tok() {
            Tok::Ident(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) => format!("literal {s}"),
            Tok::Char(_) | Tok::Str(_) => "literal".to_string(),
            Tok::Kw(k) => format!("keyword {k}"),
            Tok::Op(o) => o.to_string(),
            Tok::Semi { auto: true } => "newline".to_string(),
            Tok::Semi { auto: false } => "semicolon".to_string(),
            Tok::Eof => "EOF".to_string(),
        }
    }
    pub(crate) fn err<T>(&self, msg: impl Into<String>) -> Result<T, SyntaxError> {
        Err((self.pos(), format!("syntax error: {}", msg.into())))
    }
    pub(crate) fn expect_op(&mut self, op: &str, ctx: &str) -> Result<Pos, SyntaxError> {
        let p = self.pos();
        if self.eat_op(op) {
            Ok(p)
        } else {
            self.err(format!("unexpected {}, expected {op}{ctx}", self.found()))
        }
    }
    pub(crate) fn ident(&mut self) -> Result<(String, Pos), SyntaxError> {
        let p = self.pos();
        match self.tok().clone() {
            Tok::Ident(s) => {
                self.next();
                Ok((s, p))
            }
            _ => self.err(format!("unexpected {}, expected name", self.found())),
        }
    }
    /// Skips a `;` (written or inserted); ok before `)` or `}`.
    pub(crate) fn semi(&mut self, ctx: &str) -> Result<(), SyntaxError> {
        if self.is_semi() {
            self.next();
            return Ok(());
        }
        if self.is_op(")") || self.is_op("}") || matches!(self.tok(), Tok::Eof) {
            return Ok(());
        }
        self.err(format!("unexpected {} {ctx}", self.found()))
    }

    fn file(&mut self) -> Result<File, SyntaxError> {
        let mut f = File::default();
        if !self.is_kw("package") {
            return self.err("package statement must be first");
        }
        self.next();
        f.package = self.ident()?.0;
        self.semi("after package clause")?;
        while self.is_kw("import") {
            self.next();
            if self.eat_op("(") {
                while !self.is_op(")") {
                    f.imports.push(self.import_spec()?);
                    self.semi("in import declaration")?;
                }
                self.next();
            } else {
                f.imports.push(self.import_spec()?);
            }
            self.semi("after import declaration")?;
        }
        while !matches!(self.tok(), Tok::Eof) {
            if self.is_kw("func") {
                f.decls.push(Decl::Func(self.func_decl()?));
            } else if self.is_kw("var") || self.is_kw("const") || self.is_kw("type") {
                f.decls.push(Decl::Gen(self.gen_decl()?));
            } else if self.is_kw("import") {
                return self.err("imports must appear before other declarations");
            } else {
                return self.err("non-declaration statement outside function body");
            }
            if !matches!(self.tok(), Tok::Eof) {
                if !self.is_semi() {
                    return self.err(format!("unexpected {} after top level declaration", self.found()));
                }
                self.next();
            }
        }
        Ok(f)
    }

    fn import_spec(&mut self) -> Result<Import, SyntaxError> {
        let name = match self.tok().clone() {
            Tok::Ident(s) => {
                self.next();
                Some(s)
            }
            Tok::Op(".") => {
                self.next();
                Some(".".to_string())
            }
            _ => None,
        };
        let pos = self.pos();
        match self.next() {
            Tok::Str(path) => Ok(Import { path, name, pos }),
            _ => Err((pos, "syntax error: missing import path; require quoted string".into())),
        }
    }

    fn func_decl(&mut self) -> Result<FuncDecl, SyntaxError> {
        self.next();
        let recv = if self.is_op("(") {
            let mut r = self.params()?;
            if r.len() != 1 {
                return self.err("method has multiple receivers");
            }
            r.pop()
        } else {
            None
        };
        let (name, pos) = self.ident()?;
        let mut generic = false;
        if self.is_op("[") {
            generic = true;
            self.skip_brackets();
        }
        let sig = self.signature()?;
        let body = if self.is_op("{") { Some(self.block()?) } else { None };
        Ok(FuncDecl { recv, name, pos, sig, body, generic })
    }

    /// Skips a balanced `[...]` (type parameters, which are rejected later).
    pub(crate) fn skip_brackets(&mut self) {
        let mut depth = 0;
        loop {
            match self.tok() {
                Tok::Op("[") => depth += 1,
                Tok::Op("]") => {
                    depth -= 1;
                    if depth == 0 {
                        self.next();
                        return;
                    }
                }
                Tok::Eof => return,
                _ => {}
            }
            self.next();
        }
    }

    pub(crate) fn gen_decl(&mut self) -> Result<GenDecl, SyntaxError> {
        let kw = match self.next() {
            Tok::Kw(k) => k,
            _ => return self.err("expected declaration"),
        };
        let grouped = self.eat_op("(");
        let mut vals = Vec::new();
        let mut types = Vec::new();
        let mut iota = 0;
        let mut prev: Option<(Option<Expr>, Vec<Expr>)> = None;
        loop {
            if grouped && self.eat_op(")") {
                break;
            }
            match kw {
                "type" => {
                    let (name, pos) = self.ident()?;
                    let mut generic = false;
                    if self.is_op("[") && !matches!(self.peek_tok(1), Tok::Op("]")) {
                        if let Tok::Ident(_) = self.peek_tok(1) {
                            if !matches!(self.peek_tok(2), Tok::Op("]")) {
                                generic = true;
                                self.skip_brackets();
                            }
                        }
                    }
                    let alias = self.eat_op("=");
                    let ty = self.type_expr()?;
                    types.push(TypeSpec { name, pos, ty, alias, generic });
                }
                _ => {
                    let mut names = vec![self.ident()?];
                    while self.eat_op(",") {
                        names.push(self.ident()?);
                    }
                    let mut ty = None;
                    if !self.is_op("=") && !self.is_semi() && !self.is_op(")") {
                        ty = Some(self.type_expr()?);
                    }
                    let mut values = Vec::new();
                    if self.eat_op("=") {
                        values = self.expr_list()?;
                    }
                    if kw == "const" {
                        if values.is_empty() && ty.is_none() {
                            if let Some((pty, pvals)) = &prev {
                                ty = pty.clone();
                                values = pvals.clone();
                            }
                        } else {
                            prev = Some((ty.clone(), values.clone()));
                        }
                    }
                    vals.push(ValueSpec { names, ty, values, iota });
                    iota += 1;
                }
            }
            if !grouped {
                break;
            }
            self.semi("after declaration")?;
        }
        Ok(match kw {
            "var" => GenDecl::Var(vals),
            "const" => GenDecl::Const(vals),
            _ => GenDecl::Type(types),
        })
    }

    /// `(a, b int, c string)` or `(int, string)`: parameter groups.
    pub(crate) fn params(&mut self) -> Result<Vec<Field>, SyntaxError> {
        self.expect_op("(", "")?;
        let mut items: Vec<(Option<(String, Pos)>, Option<Expr>)> = Vec::new();
        while !self.is_op(")") {
            // Either `name Type`, `name`, or `Type`.
            let start = self.i;
            let mut entry = (None, None);
            if let Tok::Ident(name) = self.tok().clone() {
                let p = self.pos();
                self.next();
                if self.is_op(",") || self.is_op(")") {
                    entry = (Some((name, p)), None);
                } else if self.is_op(".") {
                    self.i = start;
                    entry = (None, Some(self.type_expr()?));
                } else {
                    entry = (Some((name, p)), Some(self.param_type()?));
                }
            } else {
                entry.1 = Some(self.param_type()?);
            }
            items.push(entry);
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")", "")?;
        // If any item has both a name and a type, names without types share the next type.
        let named = items.iter().any(|(n, t)| n.is_some() && t.is_some());
        let mut fields = Vec::new();
        if named {
            let mut pending: Vec<(String, Pos)> = Vec::new();
            for (n, t) in items {
                match (n, t) {
                    (Some(n), None) => pending.push(n),
                    (Some(n), Some(t)) => {
                        pending.push(n);
                        fields.push(Field { names: std::mem::take(&mut pending), ty: t, tag: None });
                    }
                    (None, Some(_)) => return self.err("mixed named and unnamed parameters"),
                    (None, None) => {}
                }
            }
            if !pending.is_empty() {
                return self.err("mixed named and unnamed parameters");
            }
        } else {
            for (n, t) in items {
                let ty = match (n, t) {
                    (Some((name, p)), None) => Expr { kind: ExprKind::Ident(name), pos: p },
                    (_, Some(t)) => t,
                    (None, None) => continue,
                };
                fields.push(Field { names: vec![], ty, tag: None });
            }
        }
        Ok(fields)
    }

    fn param_type(&mut self) -> Result<Expr, SyntaxError> {
        let p = self.pos();
        if self.eat_op("...") {
            let t = self.type_expr()?;
            return Ok(Expr { kind: ExprKind::Ellipsis(Box::new(t)), pos: p });
        }
        self.type_expr()
    }

    /// Parameters then optional results.
    pub(crate) fn signature(&mut self) -> Result<FuncType, SyntaxError> {
        let params = self.params()?;
        let results = if self.is_op("(") {
            self.params()?
        } else if self.starts_type() {
            vec![Field { names: vec![], ty: self.type_expr()?, tag: None }]
        } else {
            vec![]
        };
        Ok(FuncType { params, results })
    }

    pub(crate) fn starts_type(&self) -> bool {
        match self.tok() {
            Tok::Ident(_) => true,
            Tok::Kw(k) => matches!(*k, "func" | "map" | "chan" | "struct" | "interface"),
            Tok::Op(o) => matches!(*o, "[" | "*" | "<-"),
            _ => false,
        }
    }
}
