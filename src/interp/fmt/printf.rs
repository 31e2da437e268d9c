//! `Sprintf`, `Sprint`, `Sprintln` and `Errorf`: walking the format string and the operands.
//!
//! The format is parsed as Go's `doPrintf` does, including explicit argument indexes (`%[2]d`),
//! `*` widths and precisions taken from operands, and the error forms `%!d(MISSING)`,
//! `%!(EXTRA int=1)`, `%!(NOVERB)`, `%!(BADWIDTH)`, `%!(BADPREC)`, `%!d(BADINDEX)`.

use super::print::Printer;
use super::quote::runes;
use super::value::{FVal, Kind};

const TOO_LARGE: usize = 1_000_000;

/// Parses a decimal number at `s[start..]`, as Go's `parsenum` (gives up past a million).
fn parse_num(s: &[u8], start: usize) -> (usize, bool, usize) {
    let (mut num, mut is_num, mut i) = (0usize, false, start);
    while i < s.len() && s[i].is_ascii_digit() {
        if num > TOO_LARGE {
            return (0, false, s.len());
        }
        num = num * 10 + (s[i] - b'0') as usize;
        is_num = true;
        i += 1;
    }
    (num, is_num, i)
}

/// An operand used as a `*` width or precision: any integer kind that fits.
fn int_from_arg(args: &[FVal], arg_num: usize) -> (isize, bool, usize) {
    let Some(a) = args.get(arg_num) else { return (0, false, arg_num) };
    let n = match a.kind {
        Kind::Int(i) => Some(i),
        Kind::Uint(u) => i64::try_from(u).ok(),
        _ => None,
    };
    match n {
        Some(n) if n.unsigned_abs() <= TOO_LARGE as u64 => (n as isize, true, arg_num + 1),
        _ => (0, false, arg_num + 1),
    }
}

struct Doer<'a> {
    p: Printer,
    args: &'a [FVal],
    reordered: bool,
    good_arg_num: bool,
    wrapped: Vec<usize>,
}

impl Doer<'_> {
    /// `[n]` at `fmt[i..]`: the operand index it selects, where parsing resumes, whether found.
    fn arg_number(&mut self, arg_num: usize, fmt: &[u8], i: usize) -> (usize, usize, bool) {
        if fmt.len() <= i || fmt[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let s = &fmt[i..];
        let (index, wid, ok) = match s.iter().position(|&c| c == b']').filter(|_| s.len() >= 3) {
            Some(close) => match parse_num(s, 1) {
                (n, true, end) if end == close => (n as isize - 1, close + 1, true),
                _ => (0, close + 1, false),
            },
            None => (0, 1, false),
        };
        if ok && index >= 0 && (index as usize) < self.args.len() {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn run(&mut self, fmt: &[u8]) {
        let end = fmt.len();
        let mut arg_num = 0;
        let mut i = 0;
        'format: while i < end {
            self.good_arg_num = true;
            let last = i;
            while i < end && fmt[i] != b'%' {
                i += 1;
            }
            self.p.pad.write(&fmt[last..i]);
            if i >= end {
                break;
            }
            i += 1;
            self.p.pad.f = Default::default();
            // Flags, then the common case of a simple verb right after them.
            while i < end {
                let c = fmt[i];
                let f = &mut self.p.pad.f;
                match c {
                    b'#' => f.sharp = true,
                    b'0' => f.zero = true,
                    b'+' => f.plus = true,
                    b'-' => f.minus = true,
                    b' ' => f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < self.args.len() {
                            self.verb(c as char, arg_num);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }
            let mut after_index;
            (arg_num, i, after_index) = self.arg_number(arg_num, fmt, i);
            if i < end && fmt[i] == b'*' {
                i += 1;
                let (w, ok, next) = int_from_arg(self.args, arg_num);
                arg_num = next;
                let f = &mut self.p.pad.f;
                f.wid_present = ok;
                f.wid = w.unsigned_abs();
                if !ok {
                    self.p.pad.write_str("%!(BADWIDTH)");
                }
                if w < 0 {
                    let f = &mut self.p.pad.f;
                    f.minus = true;
                    f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, next) = parse_num(fmt, i);
                (self.p.pad.f.wid, self.p.pad.f.wid_present, i) = (w, ok, next);
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && fmt[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, fmt, i);
                if i < end && fmt[i] == b'*' {
                    i += 1;
                    let (pr, ok, next) = int_from_arg(self.args, arg_num);
                    arg_num = next;
                    let f = &mut self.p.pad.f;
                    (f.prec, f.prec_present) = if pr < 0 { (0, false) } else { (pr as usize, ok) };
                    if !f.prec_present {
                        self.p.pad.write_str("%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (pr, _, next) = parse_num(fmt, i);
                    (self.p.pad.f.prec, self.p.pad.f.prec_present, i) = (pr, true, next);
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, fmt, i);
            }
            if i >= end {
                self.p.pad.write_str("%!(NOVERB)");
                break;
            }
            let (r, bytes) = runes(&fmt[i..]).next().unwrap_or((None, &fmt[i..i + 1]));
            let verb = r.unwrap_or('\u{fffd}');
            i += bytes.len();
            if verb == '%' {
                self.p.pad.buf.push(b'%');
            } else if !self.good_arg_num {
                self.p.pad.write_str("%!");
                self.p.pad.write_str(verb.encode_utf8(&mut [0; 4]));
                self.p.pad.write_str("(BADINDEX)");
            } else if arg_num >= self.args.len() {
                self.p.pad.write_str("%!");
                self.p.pad.write_str(verb.encode_utf8(&mut [0; 4]));
                self.p.pad.write_str("(MISSING)");
            } else {
                self.verb(verb, arg_num);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < self.args.len() {
            self.p.pad.f = Default::default();
            self.p.pad.write_str("%!(EXTRA ");
            for (k, arg) in self.args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.p.pad.write_str(", ");
                }
                if matches!(arg.kind, Kind::Nil) {
                    self.p.pad.write_str("<nil>");
                } else {
                    self.p.pad.write_str(&arg.ty);
                    self.p.pad.buf.push(b'=');
                    self.p.print_arg(arg, 'v');
                }
            }
            self.p.pad.buf.push(b')');
        }
    }

    /// Prints operand `arg_num` under `verb`; `%v` and `%w` move `#`/`+` into `%#v`/`%+v`.
    fn verb(&mut self, verb: char, arg_num: usize) {
        if verb == 'w' {
            self.wrapped.push(arg_num);
        }
        if verb == 'v' || verb == 'w' {
            let f = &mut self.p.pad.f;
            (f.sharp_v, f.sharp) = (f.sharp, false);
            (f.plus_v, f.plus) = (f.plus, false);
        }
        self.p.print_arg(&self.args[arg_num], verb);
    }
}

/// Runs `Sprintf` (or `Errorf` with `wrap_errs`): the printer, the operands `%w` named, and
/// whether the format used explicit indexes.
pub(crate) fn run_printf(format: &[u8], args: &[FVal], wrap_errs: bool) -> (Printer, Vec<usize>, bool) {
    let mut d = Doer {
        p: Printer { wrap_errs, ..Default::default() },
        args,
        reordered: false,
        good_arg_num: true,
        wrapped: vec![],
    };
    d.run(format);
    (d.p, d.wrapped, d.reordered)
}

/// Runs `Sprint`: operands with `%v`, a space between two when neither is a string.
pub(crate) fn run_print(args: &[FVal]) -> Printer {
    let mut p = Printer::default();
    let mut prev_string = false;
    for (i, arg) in args.iter().enumerate() {
        let is_string = arg.is_string_kind();
        if i > 0 && !is_string && !prev_string {
            p.pad.buf.push(b' ');
        }
        p.pad.f = Default::default();
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p
}

/// Runs `Sprintln`: operands with `%v`, always a space between, and a newline.
pub(crate) fn run_println(args: &[FVal]) -> Printer {
    let mut p = Printer::default();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            p.pad.buf.push(b' ');
        }
        p.pad.f = Default::default();
        p.print_arg(arg, 'v');
    }
    p.pad.buf.push(b'\n');
    p
}

/// `fmt.Sprintf` over bytes: Go strings need not be UTF-8, and neither does the result.
pub fn sprintf_bytes(format: &[u8], args: &[FVal]) -> Vec<u8> {
    run_printf(format, args, false).0.pad.buf
}

/// `fmt.Sprintf`. Invalid UTF-8 in the result is replaced; see [`sprintf_bytes`] to keep it.
pub fn sprintf(format: &str, args: &[FVal]) -> String {
    String::from_utf8_lossy(&sprintf_bytes(format.as_bytes(), args)).into_owned()
}

/// `fmt.Sprint` over bytes: operands with `%v`, a space between two when neither is a string.
pub fn sprint_bytes(args: &[FVal]) -> Vec<u8> {
    run_print(args).pad.buf
}

/// `fmt.Sprint`.
pub fn sprint(args: &[FVal]) -> String {
    String::from_utf8_lossy(&sprint_bytes(args)).into_owned()
}

/// `fmt.Sprintln` over bytes: operands with `%v`, always a space between, and a newline.
pub fn sprintln_bytes(args: &[FVal]) -> Vec<u8> {
    run_println(args).pad.buf
}

/// `fmt.Sprintln`.
pub fn sprintln(args: &[FVal]) -> String {
    String::from_utf8_lossy(&sprintln_bytes(args)).into_owned()
}

/// What `fmt.Errorf` wraps, by operand index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapped {
    /// No `%w`: the result is a plain `*errors.errorString`.
    None,
    /// One `%w`: a `*fmt.wrapError` whose `Unwrap()` is this operand, or nil when the operand
    /// is no error (`None`).
    One(Option<usize>),
    /// Several `%w`: a `*fmt.wrapErrors` whose `Unwrap() []error` is these operands, in order.
    Many(Vec<usize>),
}

/// `fmt.Errorf`'s message (bytes) and what the error wraps. A format without `%` and without
/// operands is the message itself, as in Go.
pub fn errorf(format: &[u8], args: &[FVal]) -> (Vec<u8>, Wrapped) {
    if args.is_empty() && !format.contains(&b'%') {
        return (format.to_vec(), Wrapped::None);
    }
    let (p, mut wrapped, reordered) = run_printf(format, args, true);
    let msg = p.pad.buf;
    let w = match wrapped.len() {
        0 => Wrapped::None,
        1 => Wrapped::One(Some(wrapped[0]).filter(|&i| args[i].is_error())),
        _ => {
            if reordered {
                wrapped.sort_unstable();
            }
            wrapped.dedup();
            Wrapped::Many(wrapped.into_iter().filter(|&i| args[i].is_error()).collect())
        }
    };
    (msg, w)
}
