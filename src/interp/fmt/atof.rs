//! `strconv.ParseFloat`: Go's float syntax (signs, `inf`/`infinity`/`nan` in any case,
//! underscores between digits, hexadecimal mantissas with a `p` exponent) and its errors.
//!
//! The syntax is checked here, by Go's rules; decimal text is then converted by Rust's parser,
//! which rounds correctly (to float32 directly for bit size 32, as Go does), and hexadecimal text
//! by rounding the mantissa bits to nearest even, as Go's `atofHex` does.

use super::numerr::{underscore_ok, NumError, Reason};

/// What Go's `readFloat` found in a well-formed number.
struct Scanned {
    neg: bool,
    hex: bool,
    /// Decimal: the number without underscores, for Rust's parser.
    text: String,
    /// Hexadecimal: up to 16 significant digits, a sticky bit for the rest, a binary exponent.
    mantissa: u64,
    exp: i64,
    trunc: bool,
}

fn special(s: &[u8]) -> Option<f64> {
    let (sign, rest) = match s.first() {
        Some(b'+') => (1.0, &s[1..]),
        Some(b'-') => (-1.0, &s[1..]),
        _ => (1.0, s),
    };
    let lower = rest.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(sign * f64::INFINITY);
    }
    // Go's NaN has the bits 0x7ff8000000000001.
    (lower == b"nan" && rest.len() == s.len()).then_some(f64::from_bits(0x7ff8_0000_0000_0001))
}

/// Go's `readFloat`, requiring the whole input to be the number.
fn scan(s: &[u8]) -> Option<Scanned> {
    let mut i = 0;
    let neg = s.first() == Some(&b'-');
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let hex = i + 2 < s.len() && s[i] == b'0' && s[i + 1].eq_ignore_ascii_case(&b'x');
    if hex {
        i += 2;
    }
    let (base, max_digits, exp_char) = if hex { (16u64, 16, b'p') } else { (10, 19, b'e') };
    let mut text = String::from(if neg { "-" } else { "" });
    let (mut underscores, mut saw_dot, mut saw_digits) = (false, false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i64, 0i64, 0i64);
    let (mut mantissa, mut trunc) = (0u64, false);
    while i < s.len() {
        let c = s[i];
        let digit = match c {
            b'_' => {
                underscores = true;
                i += 1;
                continue;
            }
            b'.' if !saw_dot => {
                saw_dot = true;
                dp = nd;
                text.push('.');
                i += 1;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u64,
            _ if hex && c.is_ascii_hexdigit() => (c.to_ascii_lowercase() - b'a' + 10) as u64,
            _ => break,
        };
        saw_digits = true;
        text.push(c as char);
        i += 1;
        if c == b'0' && nd == 0 {
            dp -= 1;
            continue;
        }
        nd += 1;
        if nd_mant < max_digits {
            mantissa = mantissa * base + digit;
            nd_mant += 1;
        } else if c != b'0' {
            trunc = true;
        }
    }
    if !saw_digits {
        return None;
    }
    if !saw_dot {
        dp = nd;
    }
    if hex {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && s[i].to_ascii_lowercase() == exp_char {
        i += 1;
        let esign = match s.get(i) {
            Some(b'+') => {
                i += 1;
                1
            }
            Some(b'-') => {
                i += 1;
                -1
            }
            _ => 1,
        };
        if !s.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        dp += e * esign;
        text.push_str(&format!("e{}", e * esign));
    } else if hex {
        return None;
    }
    if i != s.len() || underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    Some(Scanned { neg, hex, text, mantissa, exp, trunc })
}

/// Go's `atofHex`: `mantissa × 2^exp` rounded to nearest even in a float of `mant_bits`.
fn hex_bits(mut mantissa: u64, mut exp: i64, neg: bool, trunc: bool, is32: bool) -> (f64, bool) {
    let (mant_bits, exp_bits, bias): (i64, i64, i64) = if is32 { (23, 8, -127) } else { (52, 11, -1023) };
    let max_exp = (1 << exp_bits) + bias - 2;
    let min_exp = bias + 1;
    exp += mant_bits;
    while mantissa != 0 && mantissa >> (mant_bits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mant_bits + 2) != 0 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mant_bits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mant_bits == 0 {
        exp = bias;
    }
    let overflow = exp > max_exp;
    if overflow {
        mantissa = 1 << mant_bits;
        exp = max_exp + 1;
    }
    let mut bits = mantissa & ((1 << mant_bits) - 1);
    bits |= (((exp - bias) & ((1 << exp_bits) - 1)) as u64) << mant_bits;
    if neg {
        bits |= 1 << (mant_bits + exp_bits);
    }
    let v = if is32 { f32::from_bits(bits as u32) as f64 } else { f64::from_bits(bits) };
    (v, overflow)
}

/// `strconv.ParseFloat(s, bitSize)`: bit size 32 rounds to a float32. Out of range gives `±Inf`
/// with a range error, as in Go.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumError>) {
    let fail = |reason| Some(NumError { func: "ParseFloat", num: s.to_vec(), reason });
    if let Some(v) = special(s) {
        // A float32 NaN widened to float64 has the quiet-NaN bits, not Go's float64 NaN bits.
        return (if bit_size == 32 && v.is_nan() { f32::NAN as f64 } else { v }, None);
    }
    let Some(sc) = scan(s) else { return (0.0, fail(Reason::Syntax)) };
    let is32 = bit_size == 32;
    let (v, overflow) = if sc.hex {
        hex_bits(sc.mantissa, sc.exp, sc.neg, sc.trunc, is32)
    } else if is32 {
        let v = sc.text.parse::<f32>().unwrap_or(f32::NAN);
        (v as f64, v.is_infinite())
    } else {
        let v = sc.text.parse::<f64>().unwrap_or(f64::NAN);
        (v, v.is_infinite())
    };
    (v, if overflow { fail(Reason::Range) } else { None })
}
