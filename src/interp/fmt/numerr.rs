//! `strconv.NumError`, the error every parser returns, and the digit-separator rule the integer
//! and float parsers share. The bottom layer of `strconv` and `atof`.

use super::quote::quote;
use std::fmt;

/// Why a conversion failed (Go's `NumError.Err`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N".
    Base(i64),
    /// "invalid bit size N".
    BitSize(i64),
}

/// Go's `*strconv.NumError`; its `Display` is Go's `Error()` text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The failing function: `Atoi`, `ParseInt`, `ParseUint`, `ParseFloat`, `ParseBool`.
    pub func: &'static str,
    /// The input.
    pub num: Vec<u8>,
    /// Why.
    pub reason: Reason,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Syntax => f.write_str("invalid syntax"),
            Reason::Range => f.write_str("value out of range"),
            Reason::Base(b) => write!(f, "invalid base {b}"),
            Reason::BitSize(b) => write!(f, "invalid bit size {b}"),
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = String::from_utf8_lossy(&quote(&self.num)).into_owned();
        write!(f, "strconv.{}: parsing {}: {}", self.func, q, self.reason)
    }
}

impl std::error::Error for NumError {}

/// A `NumError` for `func` on input `num`, as an `Option` to return beside a value.
pub(crate) fn err(func: &'static str, num: &[u8], reason: Reason) -> Option<NumError> {
    Some(NumError { func, num: num.to_vec(), reason })
}

/// Go's check that underscores only separate digits (`1_000`, `0x_1f`), never lead or trail.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let [b'+' | b'-', rest @ ..] = s {
        s = rest;
    }
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = s[1].eq_ignore_ascii_case(&b'x');
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && c.is_ascii_hexdigit() {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}
