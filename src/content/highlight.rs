//! Go syntax highlighting for the lesson's code blocks: a small, forgiving tokenizer.
//!
//! [`highlight`] splits Go source into [`Token`]s, each a slice of the source with a
//! [`TokenClass`]. The tokens cover the source exactly, in order: concatenating their
//! text gives back the input byte for byte, whatever the input (unterminated strings and
//! comments run to the end of the line or file; unknown characters become punctuation).
//!
//! It colours what a reader needs, not what a compiler needs: an identifier directly
//! followed by `(` is a [`TokenClass::Function`] (so conversions like `ctxKey("id")` are
//! too), and an identifier before `.` is a [`TokenClass::Package`] when the file imports
//! it or it is a well-known standard package (fragments have no imports).
//!
//! **Invariant**: pure; never panics; tokens borrow from the input.

/// What a token is, for colouring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenClass {
    /// A Go keyword: `func`, `select`, `defer`, `return`, ...
    Keyword,
    /// A predeclared type: `string`, `error`, `int`, `any`, ...
    Type,
    /// A predeclared function: `make`, `len`, `close`, `panic`, ...
    Builtin,
    /// A predeclared constant: `true`, `false`, `nil`, `iota`.
    Constant,
    /// An identifier being called or declared as a function: `Println` in `fmt.Println(`.
    Function,
    /// A package name used as a qualifier: `context` in `context.Background`.
    Package,
    /// Any other identifier.
    Ident,
    /// A string or rune literal, quotes included: `"abc"`, `` `raw` ``, `'x'`.
    String,
    /// A number literal: `42`, `0x1F`, `1.5e3`, `1_000`.
    Number,
    /// A line or block comment, markers included.
    Comment,
    /// Operators and punctuation: `:=`, `<-`, `(`, `}`, ...
    Punct,
    /// Spaces, tabs and newlines.
    Space,
}

impl TokenClass {
    /// A CSS class name for this token class, e.g. `"tok-keyword"`.
    pub fn css_class(self) -> &'static str {
        match self {
            TokenClass::Keyword => "tok-keyword",
            TokenClass::Type => "tok-type",
            TokenClass::Builtin => "tok-builtin",
            TokenClass::Constant => "tok-constant",
            TokenClass::Function => "tok-function",
            TokenClass::Package => "tok-package",
            TokenClass::Ident => "tok-ident",
            TokenClass::String => "tok-string",
            TokenClass::Number => "tok-number",
            TokenClass::Comment => "tok-comment",
            TokenClass::Punct => "tok-punct",
            TokenClass::Space => "tok-space",
        }
    }
}

/// A classified slice of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// What the token is.
    pub class: TokenClass,
    /// The token's text, exactly as in the source.
    pub text: &'a str,
}

#[rustfmt::skip]
const KEYWORDS: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var",
];

#[rustfmt::skip]
const TYPES: &[&str] = &[
    "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32",
    "float64", "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr",
];

#[rustfmt::skip]
const BUILTINS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
    "max", "min", "new", "panic", "print", "println", "real", "recover",
];

const CONSTANTS: &[&str] = &["true", "false", "nil", "iota"];

/// Standard packages recognised as qualifiers even when a fragment does not import them.
#[rustfmt::skip]
const KNOWN_PACKAGES: &[&str] = &[
    "atomic", "bytes", "context", "errors", "fmt", "http", "io", "json", "log", "math", "os",
    "rand", "runtime", "slog", "sort", "sql", "strconv", "strings", "sync", "testing", "time",
];

/// Splits Go source into classified tokens that together cover `src` exactly.
pub fn highlight(src: &str) -> Vec<Token<'_>> {
    let raw = lex(src);
    let imported = imported_names(&raw);
    let mut tokens = Vec::with_capacity(raw.len());
    for (i, token) in raw.iter().enumerate() {
        let class = match token.class {
            RawClass::Ident => classify_ident(&raw, i, &imported),
            RawClass::Other(class) => class,
        };
        tokens.push(Token {
            class,
            text: token.text,
        });
    }
    tokens
}

impl TokenClass {
    /// The class whose colour and weight this one shares (builtins and constants look alike), or
    /// `None` for text drawn in the block's own colour (identifiers, punctuation, spaces).
    pub fn styled(self) -> Option<TokenClass> {
        match self {
            TokenClass::Ident | TokenClass::Punct | TokenClass::Space => None,
            TokenClass::Constant => Some(TokenClass::Builtin),
            class => Some(class),
        }
    }
}

/// A run of source text drawn in one style: what one element (or one text node) shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run<'a> {
    /// The style, `None` for plain text (see [`TokenClass::styled`]).
    pub class: Option<TokenClass>,
    /// The run's text, a contiguous slice of the source.
    pub text: &'a str,
}

/// [`highlight`]'s tokens merged into as few runs as look the same: neighbours of one style join,
/// and so do two runs of one style with only spaces between them (a space looks alike in any
/// colour of a monospace font). The runs cover `src` exactly, in order.
pub fn runs(src: &str) -> Vec<Run<'_>> {
    let tokens = highlight(src);
    // (style, start, end) in bytes; tokens cover the source in order, so offsets accumulate.
    let mut spans: Vec<(Option<TokenClass>, usize, usize)> = Vec::with_capacity(tokens.len());
    let mut at = 0;
    for (i, t) in tokens.iter().enumerate() {
        let end = at + t.text.len();
        let mut class = t.class.styled();
        if t.class == TokenClass::Space {
            let before = spans.last().and_then(|s| s.0);
            let after = tokens.get(i + 1).and_then(|n| n.class.styled());
            if before.is_some() && before == after {
                class = before;
            }
        }
        match spans.last_mut() {
            Some(last) if last.0 == class => last.2 = end,
            _ => spans.push((class, at, end)),
        }
        at = end;
    }
    spans
        .into_iter()
        .map(|(class, start, end)| Run { class, text: &src[start..end] })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RawClass {
    Ident,
    Other(TokenClass),
}

#[derive(Clone, Copy)]
struct RawToken<'a> {
    class: RawClass,
    text: &'a str,
}

fn classify_ident(raw: &[RawToken<'_>], i: usize, imported: &[&str]) -> TokenClass {
    let word = raw[i].text;
    if KEYWORDS.contains(&word) {
        return TokenClass::Keyword;
    }
    let next = raw.get(i + 1).map(|t| t.text);
    let after_dot = i > 0 && raw[i - 1].text.ends_with('.');
    if next.is_some_and(|n| n.starts_with('(')) {
        if BUILTINS.contains(&word) && !after_dot {
            return TokenClass::Builtin;
        }
        if !TYPES.contains(&word) {
            return TokenClass::Function;
        }
    }
    if after_dot {
        return TokenClass::Ident;
    }
    if TYPES.contains(&word) {
        TokenClass::Type
    } else if CONSTANTS.contains(&word) {
        TokenClass::Constant
    } else if BUILTINS.contains(&word) {
        TokenClass::Builtin
    } else if next == Some(".") && (imported.contains(&word) || KNOWN_PACKAGES.contains(&word)) {
        TokenClass::Package
    } else {
        TokenClass::Ident
    }
}

/// The names an `import` declaration brings into scope: the alias if there is one,
/// else the last element of the path.
fn imported_names<'a>(raw: &[RawToken<'a>]) -> Vec<&'a str> {
    let significant: Vec<&RawToken<'a>> = raw
        .iter()
        .filter(|t| {
            !matches!(
                t.class,
                RawClass::Other(TokenClass::Space | TokenClass::Comment)
            )
        })
        .collect();
    let mut names = Vec::new();
    let mut i = 0;
    while i < significant.len() {
        if significant[i].text != "import" {
            i += 1;
            continue;
        }
        i += 1;
        let grouped = significant.get(i).is_some_and(|t| t.text.starts_with('('));
        if grouped {
            i += 1;
        }
        while let Some(token) = significant.get(i) {
            match token.class {
                RawClass::Ident => {
                    names.push(token.text);
                    i += 2; // the alias and its path
                }
                RawClass::Other(TokenClass::String) => {
                    let path = token.text.trim_matches(|c| c == '"' || c == '`');
                    names.push(path.rsplit('/').next().unwrap_or(path));
                    i += 1;
                }
                _ => {
                    if !token.text.starts_with(';') {
                        break;
                    }
                    i += 1;
                }
            }
            if !grouped {
                break;
            }
        }
    }
    names
}

fn lex(src: &str) -> Vec<RawToken<'_>> {
    let mut tokens = Vec::new();
    let mut start = 0;
    while start < src.len() {
        let rest = &src[start..];
        let (class, len) = next_token(rest);
        tokens.push(RawToken {
            class,
            text: &rest[..len],
        });
        start += len;
    }
    tokens
}

/// The class and byte length of the token at the start of `rest` (never 0).
fn next_token(rest: &str) -> (RawClass, usize) {
    let Some(c) = rest.chars().next() else {
        return (RawClass::Other(TokenClass::Space), 0);
    };
    let other = |class, len| (RawClass::Other(class), len);
    if c.is_whitespace() {
        return other(TokenClass::Space, len_while(rest, char::is_whitespace));
    }
    if rest.starts_with("//") {
        return other(TokenClass::Comment, rest.find('\n').unwrap_or(rest.len()));
    }
    if let Some(body) = rest.strip_prefix("/*") {
        let len = body.find("*/").map_or(rest.len(), |end| end + 4);
        return other(TokenClass::Comment, len);
    }
    if c == '_' || c.is_alphabetic() {
        return (
            RawClass::Ident,
            len_while(rest, |c| c == '_' || c.is_alphanumeric()),
        );
    }
    if c.is_ascii_digit() || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())) {
        return other(TokenClass::Number, number_len(rest));
    }
    match c {
        '"' => other(TokenClass::String, quoted_len(rest, '"')),
        '\'' => other(TokenClass::String, quoted_len(rest, '\'')),
        '`' => other(
            TokenClass::String,
            rest[1..].find('`').map_or(rest.len(), |end| end + 2),
        ),
        _ => other(TokenClass::Punct, punct_len(rest)),
    }
}

fn len_while(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(s.len(), |(i, _)| i)
}

/// An interpreted string or rune: up to the closing quote, honouring `\` escapes,
/// stopping before a newline if it is unterminated.
fn quoted_len(s: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            '\n' => return i,
            '\\' if !escaped => escaped = true,
            c if c == quote && !escaped => return i + 1,
            _ => escaped = false,
        }
    }
    s.len()
}

fn number_len(s: &str) -> usize {
    let hex = s.starts_with("0x") || s.starts_with("0X");
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let exponent_sign = (b == b'+' || b == b'-')
            && i > 0
            && match bytes[i - 1] {
                b'p' | b'P' => true,
                b'e' | b'E' => !hex,
                _ => false,
            };
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// A run of operator and punctuation characters, stopping before a comment, a
/// literal, an identifier or a space. Any other character counts as punctuation.
fn punct_len(s: &str) -> usize {
    let mut len = 0;
    for (i, c) in s.char_indices() {
        let rest = &s[i..];
        let starts_other = c.is_whitespace()
            || c == '_'
            || c.is_alphanumeric()
            || matches!(c, '"' | '\'' | '`')
            || rest.starts_with("//")
            || rest.starts_with("/*")
            || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit()));
        if i > 0 && starts_other {
            break;
        }
        len = i + c.len_utf8();
    }
    len
}
