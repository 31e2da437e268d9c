//! Mutations of real programs for the gorun fuzz test: delete, duplicate, swap and replace tokens
//! and lines, truncate, and insert random characters. Every result is valid UTF-8 (the interpreter
//! takes `&str`), nothing else is promised.

use super::rng::Rng;

/// Tokens worth splicing into a program: keywords, operators, odd literals, builtins, library names.
const POOL: &[&str] = &[
    "func", "go", "defer", "select", "case", "default", "chan", "map", "struct", "interface", "type",
    "var", "const", "return", "break", "continue", "goto", "fallthrough", "range", "for", "if", "else",
    "switch", "package", "import", "{", "}", "(", ")", "[", "]", ",", ";", ".", "...", ":", ":=", "=",
    "<-", "->", "++", "--", "+=", "&^=", "<<", ">>", "&&", "||", "!", "*", "&", "^", "%", "/", "==",
    "!=", "0", "1", "-1", "07", "0x", "0b102", "1e309", "9223372036854775808", "1_000", "'", "'ab'",
    "\"", "\"\\q\"", "`", "`raw", "nil", "iota", "true", "_", "make", "new", "len", "cap", "append",
    "copy", "delete", "close", "panic", "recover", "print", "any", "error", "int8", "uint64", "rune",
    "context.WithCancel", "context.Background()", "ctx.Done()", "time.Sleep", "time.Hour", "fmt.Println",
    "fmt.Printf(\"%v %d %!\")", "os.Exit", "wg.Wait()", "[]int{}", "map[string]int{}", "struct{}{}",
    "func() {}", "x", "T", "main", "init", "/*", "*/", "//", "\n", "\t", "[T any]",
];

/// Odd characters for random insertions: controls, NUL, a BOM, multi-byte letters, a stray quote.
const ODD: &[char] = &['\0', '\u{1}', '\r', '\u{7f}', '\u{feff}', 'é', '世', '🙂', '\u{2028}', '"', '\'', '`', '\\', '{', '}', '$', '@', '#', '?'];

/// Splits source into tokens that keep everything (whitespace included), so joining gives it back.
pub fn tokens(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut kind = 0u8; // 0 none, 1 word, 2 space
    for c in src.chars() {
        let k = if c.is_alphanumeric() || c == '_' { 1 } else if c.is_whitespace() { 2 } else { 3 };
        if (k == 3 || k != kind) && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
        kind = k;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn non_space(toks: &[String], rng: &mut Rng) -> Option<usize> {
    let idx: Vec<usize> = (0..toks.len()).filter(|&i| !toks[i].trim().is_empty()).collect();
    if idx.is_empty() {
        None
    } else {
        Some(*rng.pick(&idx))
    }
}

fn char_boundary(s: &str, rng: &mut Rng) -> usize {
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())).collect();
    *rng.pick(&bounds)
}

/// One mutation of `src`, chosen by `rng`; returns the new text and a short name of what was done.
pub fn mutate_once(src: &str, rng: &mut Rng) -> (String, &'static str) {
    let mut toks = tokens(src);
    let mut lines: Vec<&str> = src.split_inclusive('\n').collect();
    match rng.below(11) {
        0 => {
            if let Some(i) = non_space(&toks, rng) {
                toks.remove(i);
            }
            (toks.concat(), "delete token")
        }
        1 => {
            if let Some(i) = non_space(&toks, rng) {
                let t = toks[i].clone();
                toks.insert(i, t);
            }
            (toks.concat(), "duplicate token")
        }
        2 => {
            if let (Some(i), Some(j)) = (non_space(&toks, rng), non_space(&toks, rng)) {
                toks.swap(i, j);
            }
            (toks.concat(), "swap tokens")
        }
        3 => {
            if let Some(i) = non_space(&toks, rng) {
                toks[i] = if rng.chance(1, 2) {
                    (*rng.pick(POOL)).to_string()
                } else {
                    let j = non_space(&toks, rng).unwrap_or(i);
                    toks[j].clone()
                };
            }
            (toks.concat(), "replace token")
        }
        4 => {
            let at = rng.below(toks.len() + 1);
            toks.insert(at, format!(" {} ", rng.pick(POOL)));
            (toks.concat(), "insert token")
        }
        5 => {
            if !lines.is_empty() {
                lines.remove(rng.below(lines.len()));
            }
            (lines.concat(), "delete line")
        }
        6 => {
            if !lines.is_empty() {
                let i = rng.below(lines.len());
                lines.insert(i, lines[i]);
            }
            (lines.concat(), "duplicate line")
        }
        7 => {
            if !lines.is_empty() {
                let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(i, j);
            }
            (lines.concat(), "swap lines")
        }
        8 => {
            let at = char_boundary(src, rng);
            (src[..at].to_string(), "truncate")
        }
        9 => {
            let mut s = src.to_string();
            for _ in 0..1 + rng.below(4) {
                let at = char_boundary(&s, rng);
                let c = if rng.chance(1, 2) { *rng.pick(ODD) } else { (0x20u8 + rng.below(95) as u8) as char };
                s.insert(at, c);
            }
            (s, "insert characters")
        }
        _ => {
            let mut s = src.to_string();
            let at = char_boundary(&s, rng);
            let end = (at + rng.below(40)).min(s.len());
            let end = (end..=s.len()).find(|&e| s.is_char_boundary(e)).unwrap_or(s.len());
            s.replace_range(at..end, "");
            (s, "delete span")
        }
    }
}

/// One to four mutations in a row.
pub fn mutate(src: &str, rng: &mut Rng) -> (String, String) {
    let mut s = src.to_string();
    let mut what = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let (next, name) = mutate_once(&s, rng);
        s = next;
        what.push(name);
    }
    (s, what.join(", "))
}
