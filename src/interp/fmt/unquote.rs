//! `strconv.Unquote`: a Go string, rune or raw string literal back to its value.

/// `strconv.ErrSyntax`'s text, the only error `Unquote` gives.
pub const ERR_SYNTAX: &str = "invalid syntax";

/// One rune (or byte, for `\x` and octal escapes) of a quoted literal: Go's `UnquoteChar`.
/// Returns the value, whether it is a rune to encode as UTF-8, and the rest.
fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, bytes) = super::quote::runes(s).next()?;
        return Some((r.map_or(0xfffd, |c| c as u32), true, &s[bytes.len()..]));
    }
    if c != b'\\' {
        return Some((c as u32, false, &s[1..]));
    }
    let c = *s.get(1)?;
    let s = &s[2..];
    let simple = match c {
        b'a' => Some(0x07),
        b'b' => Some(0x08),
        b'f' => Some(0x0c),
        b'n' => Some(0x0a),
        b'r' => Some(0x0d),
        b't' => Some(0x09),
        b'v' => Some(0x0b),
        b'\\' => Some(b'\\' as u32),
        b'\'' | b'"' if c == quote => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, false, s));
    }
    match c {
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = s.get(..n)?;
            let mut v: u32 = 0;
            for &d in digits {
                v = v << 4 | (d as char).to_digit(16)?;
            }
            if c == b'x' {
                return Some((v, false, &s[n..]));
            }
            char::from_u32(v)?;
            Some((v, true, &s[n..]))
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            for &d in s.get(..2)? {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = v << 3 | (d - b'0') as u32;
            }
            (v <= 255).then_some((v, false, &s[2..]))
        }
        _ => None,
    }
}

/// `strconv.Unquote`: the value of a `"..."`, `'...'` or `` `...` `` literal (carriage returns
/// dropped from raw strings); `Err(ERR_SYNTAX)` for anything else, as in Go.
pub fn unquote(input: &[u8]) -> Result<Vec<u8>, &'static str> {
    let quote = *input.first().ok_or(ERR_SYNTAX)?;
    if input.len() < 2 {
        return Err(ERR_SYNTAX);
    }
    let end = input[1..].iter().position(|&c| c == quote).ok_or(ERR_SYNTAX)? + 2;
    match quote {
        b'`' => {
            if end != input.len() {
                return Err(ERR_SYNTAX);
            }
            Ok(input[1..end - 1].iter().copied().filter(|&c| c != b'\r').collect())
        }
        b'"' | b'\'' => {
            let body = &input[1..end - 1];
            if !body.contains(&b'\\') && !body.contains(&b'\n') && end == input.len() {
                let valid = if quote == b'"' {
                    std::str::from_utf8(body).is_ok()
                } else {
                    let mut it = super::quote::runes(body);
                    matches!((it.next(), it.next()), (Some((Some(_), _)), None))
                };
                if valid {
                    return Ok(body.to_vec());
                }
            }
            let mut rest = &input[1..];
            let mut out = Vec::new();
            while rest.first().is_some_and(|&c| c != quote) {
                if rest[0] == b'\n' {
                    return Err(ERR_SYNTAX);
                }
                let (r, multibyte, tail) = unquote_char(rest, quote).ok_or(ERR_SYNTAX)?;
                rest = tail;
                match char::from_u32(r).filter(|_| r >= 0x80 && multibyte) {
                    Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                    None => out.push(r as u8),
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest != [quote] {
                return Err(ERR_SYNTAX);
            }
            Ok(out)
        }
        _ => Err(ERR_SYNTAX),
    }
}
