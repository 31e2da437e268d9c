//! The flags, width and precision of one verb, and the primitive writers that honour them:
//! padding, integers in any base, strings, hex dumps, quoted text, runes and floats.
//!
//! This is the layer under the printer: it knows nothing of values, only of bytes and numbers.

use super::float::format_float;
use super::quote::{
    can_backquote, quote, quote_rune, quote_rune_to_ascii, quote_to_ascii, rune_count, runes,
};

/// Lower-case digits, then the `x` of a `0x` prefix.
pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
/// Upper-case digits, then the `X` of a `0X` prefix.
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of a verb as written (`%+-# 0`), plus `%+v` and `%#v`, which are separate in Go.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
    pub wid: usize,
    pub prec: usize,
}

/// The output buffer with the current verb's flags.
#[derive(Default)]
pub(crate) struct Pad {
    pub buf: Vec<u8>,
    pub f: Flags,
}

impl Pad {
    /// Appends bytes as they are (no padding).
    pub fn write(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// Appends text as it is (no padding).
    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn padding(&mut self, n: usize) {
        let c = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(c, n));
    }

    /// Writes `b` padded to the width (counted in runes) on the side the flags say.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            return self.write(b);
        }
        let width = self.f.wid.saturating_sub(rune_count(b));
        if self.f.minus {
            self.write(b);
            self.padding(width);
        } else {
            self.padding(width);
            self.write(b);
        }
    }

    /// Pads with spaces even when the `0` flag is set.
    fn pad_no_zero(&mut self, b: &[u8]) {
        let zero = std::mem::replace(&mut self.f.zero, false);
        self.pad(b);
        self.f.zero = zero;
    }

    /// `%t`: `true` or `false`, padded.
    pub fn boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, with `%#U` also the rune itself when printable: `U+0041 'A'`.
    pub fn unicode(&mut self, u: u64) {
        let prec = if self.f.prec_present && self.f.prec > 4 { self.f.prec } else { 4 };
        let mut s = format!("U+{u:0prec$X}").into_bytes();
        if self.f.sharp && u <= 0x10ffff && super::quote::is_print(u as u32) {
            if let Some(c) = char::from_u32(u as u32) {
                s.extend_from_slice(format!(" '{c}'").as_bytes());
            }
        }
        self.pad_no_zero(&s);
    }

    /// An integer in base 2, 8, 10 or 16 with sign, precision, `#` prefixes and zero padding.
    pub fn integer(&mut self, v: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (v as i64) < 0;
        let mut u = if negative { (v as i64).unsigned_abs() } else { v };
        let mut prec = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let zero = std::mem::replace(&mut self.f.zero, false);
                let wid = self.f.wid;
                self.padding(wid);
                self.f.zero = zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut rev = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => rev.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        self.pad_no_zero(&rev);
    }

    /// Cuts `s` to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if !self.f.prec_present {
            return s;
        }
        let end: usize = runes(s).take(self.f.prec).map(|(_, b)| b.len()).sum();
        &s[..end]
    }

    /// `%s`: the text, cut to the precision and padded.
    pub fn string(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice: two hex digits a byte, `% x` spaced, `%#x` prefixed.
    pub fn hex_bytes(&mut self, b: &[u8], digits: &[u8; 17]) {
        let length = if self.f.prec_present { b.len().min(self.f.prec) } else { b.len() };
        if length == 0 {
            if self.f.wid_present {
                let wid = self.f.wid;
                self.padding(wid);
            }
            return;
        }
        let mut width = 2 * length;
        if self.f.space {
            if self.f.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if self.f.sharp {
            width += 2;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in b[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 0xf) as usize]]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.padding(self.f.wid - width);
        }
    }

    /// `%q` of a string: Go-quoted, `%+q` ASCII only, `%#q` backquoted when possible.
    pub fn quoted(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            return self.pad(&q);
        }
        let q = if self.f.plus { quote_to_ascii(s) } else { quote(s) };
        self.pad(&q);
    }

    /// `%c`: the rune; values beyond Unicode print as `U+FFFD`.
    pub fn rune(&mut self, c: u64) {
        let ch = u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
        let mut b = [0; 4];
        self.pad(ch.encode_utf8(&mut b).as_bytes());
    }

    /// `%q` of an integer: a quoted rune literal.
    pub fn quoted_rune(&mut self, c: u64) {
        let r = if c > 0x10ffff { 0xfffd } else { c as i64 };
        let q = if self.f.plus { quote_rune_to_ascii(r) } else { quote_rune(r) };
        self.pad(&q);
    }

    /// A float through `strconv.FormatFloat`, then Go's sign, `#` and zero-padding rules.
    pub fn float(&mut self, v: f64, size: u32, verb: u8, prec: i32) {
        let prec = if self.f.prec_present { self.f.prec as i32 } else { prec };
        let text = format_float(v, verb, prec, size);
        let mut num: Vec<u8> = Vec::with_capacity(text.len() + 1);
        if text.starts_with(['-', '+']) {
            num.extend_from_slice(text.as_bytes());
        } else {
            num.push(b'+');
            num.extend_from_slice(text.as_bytes());
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let start = usize::from(num[1] == b'N' && !self.f.space && !self.f.plus);
            return self.pad_no_zero(&num[start..]);
        }
        if self.f.sharp && verb != b'b' {
            num = sharp_float(num, verb, prec);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                self.padding(self.f.wid - num.len());
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            return self.pad(&num);
        }
        self.pad(&num[1..]);
    }
}

/// `%#g` and friends: keep the decimal point and, for `%g`, trailing zeros up to the precision.
fn sharp_float(mut num: Vec<u8>, verb: u8, prec: i32) -> Vec<u8> {
    let mut digits = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    let mut tail = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut i = 1;
    while i < num.len() {
        match num[i] {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail = num.split_off(i);
                break;
            }
            b'e' | b'E' if verb != b'x' && verb != b'X' => {
                tail = num.split_off(i);
                break;
            }
            c => {
                if c != b'0' {
                    saw_nonzero = true;
                }
                if saw_nonzero {
                    digits -= 1;
                }
            }
        }
        i += 1;
    }
    if !has_point {
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
    num
}
