//! `strconv.Quote` and friends: Go's escaping of strings and runes, and UTF-8 decoding by Go's rules.
//!
//! Go decodes a string rune by rune; a byte that does not start a valid encoding is one rune,
//! `U+FFFD`, of width 1, and quoting writes it back as `\xNN`. Which runes print as themselves is
//! Go's `strconv.IsPrint`, from the generated table in `isprint.rs`.

use super::isprint::PRINTABLE;

/// One step of Go's `utf8.DecodeRune`: `Some(char)` for a valid encoding, `None` for a byte that
/// is not one (Go's `RuneError` of width 1), with the bytes it spans.
pub(crate) fn runes(s: &[u8]) -> impl Iterator<Item = (Option<char>, &[u8])> {
    s.utf8_chunks().flat_map(|chunk| {
        let valid = chunk.valid();
        let chars = valid.char_indices().map(move |(i, c)| (Some(c), &valid.as_bytes()[i..i + c.len_utf8()]));
        let bad = chunk.invalid().chunks(1).map(|b| (None, b));
        chars.chain(bad)
    })
}

/// Go's `utf8.RuneCount`: invalid bytes count one each.
pub(crate) fn rune_count(s: &[u8]) -> usize {
    runes(s).count()
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
pub fn is_print(r: u32) -> bool {
    PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        out.extend_from_slice(&[b'\\', r as u8]);
        return;
    }
    let printable = if ascii_only { r < 0x80 && is_print(r) } else { is_print(r) };
    if printable {
        if let Some(c) = char::from_u32(r) {
            let mut b = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            return;
        }
    }
    let named = match r {
        0x07 => Some(b'a'),
        0x08 => Some(b'b'),
        0x0c => Some(b'f'),
        0x0a => Some(b'n'),
        0x0d => Some(b'r'),
        0x09 => Some(b't'),
        0x0b => Some(b'v'),
        _ => None,
    };
    if let Some(n) = named {
        out.extend_from_slice(&[b'\\', n]);
        return;
    }
    let (prefix, digits, r) = if r < 0x20 || r == 0x7f {
        (b'x', 2, r)
    } else {
        let r = if char::from_u32(r).is_some() { r } else { 0xfffd };
        if r < 0x10000 {
            (b'u', 4, r)
        } else {
            (b'U', 8, r)
        }
    };
    out.extend_from_slice(&[b'\\', prefix]);
    for i in (0..digits).rev() {
        out.push(HEX[((r >> (4 * i)) & 0xf) as usize]);
    }
}

fn quote_with(s: &[u8], quote: u8, ascii_only: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(quote);
    for (r, bytes) in runes(s) {
        match r {
            Some(c) => escaped_rune(&mut out, c as u32, quote, ascii_only),
            None => out.extend_from_slice(&[
                b'\\',
                b'x',
                HEX[(bytes[0] >> 4) as usize],
                HEX[(bytes[0] & 0xf) as usize],
            ]),
        }
    }
    out.push(quote);
    out
}

/// `strconv.Quote`: a double-quoted Go string literal; non-printable runes escaped.
pub fn quote(s: &[u8]) -> Vec<u8> {
    quote_with(s, b'"', false)
}

/// `strconv.QuoteToASCII`: like [`quote`], also escaping every non-ASCII rune (`%+q`).
pub fn quote_to_ascii(s: &[u8]) -> Vec<u8> {
    quote_with(s, b'"', true)
}

/// A rune as `%q` takes it: values that are no valid rune (negative, too large, surrogates)
/// become `U+FFFD`, as `strconv.QuoteRune` does.
fn valid_rune(r: i64) -> u32 {
    u32::try_from(r).ok().filter(|&r| char::from_u32(r).is_some()).unwrap_or(0xfffd)
}

/// `strconv.QuoteRune`: a single-quoted Go rune literal.
pub fn quote_rune(r: i64) -> Vec<u8> {
    let mut out = vec![b'\''];
    escaped_rune(&mut out, valid_rune(r), b'\'', false);
    out.push(b'\'');
    out
}

/// `strconv.QuoteRuneToASCII`: like [`quote_rune`], escaping non-ASCII runes.
pub fn quote_rune_to_ascii(r: i64) -> Vec<u8> {
    let mut out = vec![b'\''];
    escaped_rune(&mut out, valid_rune(r), b'\'', true);
    out.push(b'\'');
    out
}

/// `strconv.CanBackquote`: whether `s` can be written as a raw string literal unchanged.
pub fn can_backquote(s: &[u8]) -> bool {
    runes(s).all(|(r, bytes)| match r {
        None => false,
        Some('\u{feff}') => false,
        Some(_) if bytes.len() > 1 => true,
        Some(c) => !((c < ' ' && c != '\t') || c == '`' || c == '\u{7f}'),
    })
}
