//! Go's lexer: source text to tokens with positions, inserting semicolons as Go's spec says.
//!
//! Owns [`Tok`], [`Token`] and [`lex`]. Positions are 1-based line and byte column, as the Go
//! compiler prints them. Errors are returned as `(pos, message)` in the compiler's words.

use super::ast::Pos;

/// A token kind with its text where it carries one.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier.
    Ident(String),
    /// An integer literal's text (the parser evaluates it).
    Int(String),
    /// A floating-point literal's text.
    Float(String),
    /// A rune literal's value.
    Char(i64),
    /// A string literal's value (escapes resolved).
    Str(String),
    /// A keyword, e.g. `func`.
    Kw(&'static str),
    /// An operator or delimiter, e.g. `:=`.
    Op(&'static str),
    /// A semicolon, written or inserted (`auto`).
    Semi {
        /// True when inserted at a newline or EOF.
        auto: bool,
    },
    /// End of input.
    Eof,
}

/// A token and where it starts.
#[derive(Clone, Debug)]
pub struct Token {
    /// Its kind.
    pub tok: Tok,
    /// Its first character.
    pub pos: Pos,
}

const KEYWORDS: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
    "select", "struct", "switch", "type", "var",
];

const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

struct Lexer<'a> {
    src: &'a [u8],
    i: usize,
    line: u32,
    col: u32,
    out: Vec<Token>,
}

/// Splits `src` into tokens, ending with `Eof`.
pub fn lex(src: &str) -> Result<Vec<Token>, (Pos, String)> {
    let mut lx = Lexer { src: src.as_bytes(), i: 0, line: 1, col: 1, out: Vec::new() };
    lx.run()?;
    Ok(lx.out)
}

impl<'a> Lexer<'a> {
    fn pos(&self) -> Pos {
        Pos { line: self.line, col: self.col }
    }
    fn peek(&self, k: usize) -> u8 {
        *self.src.get(self.i + k).unwrap_or(&0)
    }
    fn bump(&mut self) -> u8 {
        let c = self.peek(0);
        self.i += 1;
        if c == b'\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        c
    }
    fn needs_semi(&self) -> bool {
        match self.out.last().map(|t| &t.tok) {
            Some(Tok::Ident(_) | Tok::Int(_) | Tok::Float(_) | Tok::Char(_) | Tok::Str(_)) => true,
            Some(Tok::Kw(k)) => matches!(*k, "break" | "continue" | "fallthrough" | "return"),
            Some(Tok::Op(o)) => matches!(*o, "++" | "--" | ")" | "]" | "}"),
            _ => false,
        }
    }
    fn push(&mut self, tok: Tok, pos: Pos) {
        self.out.push(Token { tok, pos });
    }
    fn run(&mut self) -> Result<(), (Pos, String)> {
        loop {
            let c = self.peek(0);
            if c == 0 && self.i >= self.src.len() {
                if self.needs_semi() {
                    let p = self.pos();
                    self.push(Tok::Semi { auto: true }, p);
                }
                let p = self.pos();
                self.push(Tok::Eof, p);
                return Ok(());
            }
            match c {
                b'\n' => {
                    if self.needs_semi() {
                        let p = self.pos();
                        self.push(Tok::Semi { auto: true }, p);
                    }
                    self.bump();
                }
                b' ' | b'\t' | b'\r' => {
                    self.bump();
                }
                b'/' if self.peek(1) == b'/' => {
                    while self.peek(0) != b'\n' && self.i < self.src.len() {
                        self.bump();
                    }
                }
                b'/' if self.peek(1) == b'*' => {
                    let p = self.pos();
                    self.bump();
                    self.bump();
                    let mut newline = false;
                    loop {
                        if self.i >= self.src.len() {
                            return Err((p, "comment not terminated".into()));
                        }
                        if self.peek(0) == b'*' && self.peek(1) == b'/' {
                            self.bump();
                            self.bump();
                            break;
                        }
                        if self.bump() == b'\n' {
                            newline = true;
                        }
                    }
                    if newline && self.needs_semi() {
                        self.push(Tok::Semi { auto: true }, p);
                    }
                }
                b'"' => self.string()?,
                b'`' => self.raw_string()?,
                b'\'' => self.rune()?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.ident(),
                _ => self.op()?,
            }
        }
    }
    fn ident(&mut self) {
        let p = self.pos();
        let start = self.i;
        while {
            let c = self.peek(0);
            c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80
        } {
            self.bump();
        }
        let s = String::from_utf8_lossy(&self.src[start..self.i]).into_owned();
        match KEYWORDS.iter().find(|k| **k == s) {
            Some(k) => self.push(Tok::Kw(k), p),
            None => self.push(Tok::Ident(s), p),
        }
    }
    fn number(&mut self) -> Result<(), (Pos, String)> {
        let p = self.pos();
        let start = self.i;
        let mut float = false;
        if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X' | b'b' | b'B' | b'o' | b'O') {
            self.bump();
            self.bump();
            while self.peek(0).is_ascii_hexdigit() || self.peek(0) == b'_' {
                self.bump();
            }
        } else {
            while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                self.bump();
            }
            if self.peek(0) == b'.' {
                float = true;
                self.bump();
                while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                    self.bump();
                }
            }
            if matches!(self.peek(0), b'e' | b'E') {
                float = true;
                self.bump();
                if matches!(self.peek(0), b'+' | b'-') {
                    self.bump();
                }
                while self.peek(0).is_ascii_digit() {
                    self.bump();
                }
            }
        }
        if self.peek(0) == b'i' {
            return Err((p, "complex numbers are not supported here".into()));
        }
        let s: String = String::from_utf8_lossy(&self.src[start..self.i]).replace('_', "");
        self.push(if float { Tok::Float(s) } else { Tok::Int(s) }, p);
        Ok(())
    }
    fn escape(&mut self, quote: u8, out: &mut Vec<u8>) -> Result<(), (Pos, String)> {
        let p = self.pos();
        self.bump();
        let c = self.bump();
        let hex = |lx: &mut Self, n: usize| -> Result<u32, (Pos, String)> {
            let mut v = 0u32;
            for _ in 0..n {
                let d = (lx.bump() as char).to_digit(16).ok_or((p, "invalid escape sequence".to_string()))?;
                v = v * 16 + d;
            }
            Ok(v)
        };
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'\\' => out.push(b'\\'),
            b'x' => out.push(hex(self, 2)? as u8),
            b'u' | b'U' => {
                let v = hex(self, if c == b'u' { 4 } else { 8 })?;
                let ch = char::from_u32(v).ok_or((p, "escape is invalid Unicode code point".to_string()))?;
                let mut b = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
            }
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    v = v * 8 + (self.bump().wrapping_sub(b'0')) as u32;
                }
                out.push(v as u8);
            }
            c if c == quote => out.push(c),
            _ => return Err((p, "unknown escape sequence".into())),
        }
        Ok(())
    }
    fn string(&mut self) -> Result<(), (Pos, String)> {
        let p = self.pos();
        self.bump();
        let mut out = Vec::new();
        loop {
            match self.peek(0) {
                b'"' => {
                    self.bump();
                    break;
                }
                b'\n' | 0 if self.peek(0) == b'\n' || self.i >= self.src.len() => {
                    return Err((p, "string literal not terminated".into()))
                }
                b'\\' => self.escape(b'"', &mut out)?,
                _ => out.push(self.bump()),
            }
        }
        self.push(Tok::Str(String::from_utf8_lossy(&out).into_owned()), p);
        Ok(())
    }
    fn raw_string(&mut self) -> Result<(), (Pos, String)> {
        let p = self.pos();
        self.bump();
        let mut out = Vec::new();
        loop {
            if self.i >= self.src.len() {
                return Err((p, "raw string literal not terminated".into()));
            }
            match self.bump() {
                b'`' => break,
                b'\r' => {}
                c => out.push(c),
            }
        }
        self.push(Tok::Str(String::from_utf8_lossy(&out).into_owned()), p);
        Ok(())
    }
    fn rune(&mut self) -> Result<(), (Pos, String)> {
        let p = self.pos();
        self.bump();
        let mut out = Vec::new();
        while self.peek(0) != b'\'' {
            if self.peek(0) == b'\n' || self.i >= self.src.len() {
                return Err((p, "rune literal not terminated".into()));
            }
            if self.peek(0) == b'\\' {
                self.escape(b'\'', &mut out)?;
            } else {
                out.push(self.bump());
            }
        }
        self.bump();
        let s = String::from_utf8_lossy(&out).into_owned();
        let mut chars = s.chars();
        let v = match (chars.next(), chars.next()) {
            (Some(c), None) => c as i64,
            _ if out.len() == 1 => out[0] as i64,
            _ => return Err((p, "more than one character in rune literal".into())),
        };
        self.push(Tok::Char(v), p);
        Ok(())
    }
    fn op(&mut self) -> Result<(), (Pos, String)> {
        let p = self.pos();
        for op in OPS {
            let b = op.as_bytes();
            if self.src[self.i..].starts_with(b) {
                for _ in 0..b.len() {
                    self.bump();
                }
                if *op == ";" {
                    self.push(Tok::Semi { auto: false }, p);
                } else {
                    self.push(Tok::Op(op), p);
                }
                return Ok(());
            }
        }
        let c = self.peek(0) as char;
        Err((p, format!("invalid character {c:?} in source")))
    }
}
