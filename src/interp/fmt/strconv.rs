//! `strconv`: integers and booleans to text and back, and `ParseFloat`, with Go's exact errors.
//!
//! Parsers return what Go returns: a value *and* an optional error, because Go's value on error
//! is part of the contract (`ParseInt` clamps on overflow, `ParseFloat` gives `±Inf`).
//! Float formatting lives in `float.rs` (`format_float`), quoting in `quote.rs`.

use super::numerr::{err, underscore_ok};
pub use super::numerr::{NumError, Reason};

/// The panic message of `FormatInt`/`FormatUint` for a base outside 2..=36.
pub const ILLEGAL_BASE: &str = "strconv: illegal AppendInt/FormatInt base";

/// `strconv.FormatUint`. `None` for a base outside 2..=36, where Go panics with [`ILLEGAL_BASE`].
pub fn format_uint(mut u: u64, base: u32) -> Option<String> {
    if !(2..=36).contains(&base) {
        return None;
    }
    let mut rev = Vec::new();
    loop {
        let d = (u % base as u64) as u32;
        rev.push(char::from_digit(d, base).unwrap_or('?'));
        u /= base as u64;
        if u == 0 {
            break;
        }
    }
    Some(rev.into_iter().rev().collect())
}

/// `strconv.FormatInt` (see [`format_uint`] for the base).
pub fn format_int(i: i64, base: u32) -> Option<String> {
    let s = format_uint(i.unsigned_abs(), base)?;
    Some(if i < 0 { format!("-{s}") } else { s })
}

/// `strconv.Itoa`.
pub fn itoa(i: i64) -> String {
    i.to_string()
}

/// `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// `strconv.ParseBool`: `1 t T TRUE true True` and `0 f F FALSE false False`.
pub fn parse_bool(s: &[u8]) -> (bool, Option<NumError>) {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => (true, None),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => (false, None),
        _ => (false, err("ParseBool", s, Reason::Syntax)),
    }
}

fn parse_uint_as(func: &'static str, s0: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    if s0.is_empty() {
        return (0, err(func, s0, Reason::Syntax));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                match s.get(1).map(u8::to_ascii_lowercase) {
                    Some(b'b') if s.len() >= 3 => {
                        s = &s[2..];
                        2
                    }
                    Some(b'o') if s.len() >= 3 => {
                        s = &s[2..];
                        8
                    }
                    Some(b'x') if s.len() >= 3 => {
                        s = &s[2..];
                        16
                    }
                    _ => {
                        s = &s[1..];
                        8
                    }
                }
            } else {
                10
            }
        }
        _ => return (0, err(func, s0, Reason::Base(base))),
    };
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, err(func, s0, Reason::BitSize(bit_size))),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u64,
            _ if c.is_ascii_alphabetic() => (c.to_ascii_lowercase() - b'a' + 10) as u64,
            _ => return (0, err(func, s0, Reason::Syntax)),
        };
        if d >= base {
            return (0, err(func, s0, Reason::Syntax));
        }
        if n >= cutoff {
            return (max_val, err(func, s0, Reason::Range));
        }
        n *= base;
        match n.checked_add(d) {
            Some(n1) if n1 <= max_val => n = n1,
            _ => return (max_val, err(func, s0, Reason::Range)),
        }
    }
    if underscores && !underscore_ok(s0) {
        return (0, err(func, s0, Reason::Syntax));
    }
    (n, None)
}

/// `strconv.ParseUint(s, base, bitSize)`: base 0 reads Go's prefixes and underscores.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    parse_uint_as("ParseUint", s, base, bit_size)
}

fn parse_int_as(func: &'static str, s0: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    if s0.is_empty() {
        return (0, err(func, s0, Reason::Syntax));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let (un, e) = parse_uint_as(func, s, base, bit_size);
    if let Some(e) = e {
        if e.reason != Reason::Range {
            return (0, err(func, s0, e.reason));
        }
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, err(func, s0, Reason::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), err(func, s0, Reason::Range));
    }
    (if neg { (un as i64).wrapping_neg() } else { un as i64 }, None)
}

/// `strconv.ParseInt(s, base, bitSize)`; on overflow the value is clamped, as in Go.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    parse_int_as("ParseInt", s, base, bit_size)
}

/// `strconv.Atoi` (Go's `int` is 64-bit here).
pub fn atoi(s: &[u8]) -> (i64, Option<NumError>) {
    if !s.is_empty() && s.len() < 19 {
        let digits = match s[0] {
            b'+' | b'-' => &s[1..],
            _ => s,
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return (0, err("Atoi", s, Reason::Syntax));
        }
    }
    parse_int_as("Atoi", s, 10, 0)
}

pub use super::atof::parse_float;
