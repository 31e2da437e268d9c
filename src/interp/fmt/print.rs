//! The printer: one operand under one verb, recursively, as Go's `fmt` prints it by reflection.
//!
//! Rules kept from Go: `Error()`/`String()` are used for `%v %s %q %x %X` only (never for `%d`),
//! at the top level and at every nested value reachable without an unexported field; `%#v` uses
//! `GoString()` instead; a bad verb prints `%!verb(type=value)` without calling any method; a
//! top-level pointer to a struct, array, slice or map prints `&` and the target, deeper ones print
//! an address.

use super::pad::{Pad, LDIGITS, UDIGITS};
use super::sort::sorted_entries;
use super::value::{Call, FVal, Kind};

/// The state of one `Sprintf`/`Sprint`/`Sprintln` call.
#[derive(Default)]
pub(crate) struct Printer {
    pub pad: Pad,
    /// Inside `%!verb(...)`: no methods are called.
    pub erroring: bool,
    /// `Errorf`: `%w` accepts an error operand.
    pub wrap_errs: bool,
    /// The [`Call::Pending`] methods this printing needed, in the order Go calls them.
    pub pending: Vec<u64>,
}

impl Printer {
    fn write_verb_error(&mut self, verb: char) {
        self.pad.write_str("%!");
        self.pad.write_str(verb.encode_utf8(&mut [0; 4]));
    }

    /// `%!verb(type=value)`, the value printed with `%v` and no method calls.
    pub fn bad_verb(&mut self, v: &FVal, verb: char, top: bool) {
        self.erroring = true;
        self.write_verb_error(verb);
        self.pad.buf.push(b'(');
        if matches!(v.kind, Kind::Nil) {
            self.pad.write_str("<nil>");
        } else {
            self.pad.write_str(&v.ty);
            self.pad.buf.push(b'=');
            if top {
                self.print_arg(v, 'v');
            } else {
                self.print_value(v, 'v', 0, true);
            }
        }
        self.pad.buf.push(b')');
        self.erroring = false;
    }

    /// Go's `printArg`: a top-level operand.
    pub fn print_arg(&mut self, arg: &FVal, verb: char) {
        if matches!(arg.kind, Kind::Nil) {
            return match verb {
                'T' | 'v' => self.pad.pad(b"<nil>"),
                _ => self.bad_verb(arg, verb, true),
            };
        }
        match verb {
            'T' => return self.pad.string(arg.ty.as_bytes()),
            'p' => return self.fmt_pointer(arg, 'p', true),
            _ => {}
        }
        // Go's fast path for a plain []byte: no method lookup (which shows with %w), and the
        // type named `[]byte` under %#v.
        if let ("[]uint8", Kind::Slice { items, .. }) = (&*arg.ty, &arg.kind) {
            return self.fmt_bytes(items.as_ref().map(|i| byte_items(i)).as_deref(), verb, "[]byte", arg);
        }
        if self.handle_methods(arg, verb) {
            return;
        }
        self.print_value(arg, verb, 0, true);
    }

    /// Go's `handleMethods`: uses `Error`/`String`/`GoString` when Go would; true when it did.
    fn handle_methods(&mut self, arg: &FVal, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !arg.is_error() || !self.wrap_errs {
                self.bad_verb(arg, 'w', true);
                return true;
            }
            verb = 'v';
        }
        let Some(m) = arg.methods.as_deref() else { return false };
        if self.pad.f.sharp_v {
            if let Some(call) = &m.go_string {
                match call {
                    Call::Returned(s) => self.pad.string(s),
                    Call::Panicked(p) => self.method_panic(arg, verb, "GoString", p),
                    Call::Pending(id) => self.pending.push(*id),
                }
                return true;
            }
            return false;
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        let (call, name) = match (&m.error, &m.string) {
            (Some(c), _) => (c, "Error"),
            (None, Some(c)) => (c, "String"),
            (None, None) => return false,
        };
        match call {
            Call::Returned(s) => self.fmt_string(arg, s, verb),
            Call::Panicked(p) => self.method_panic(arg, verb, name, p),
            Call::Pending(id) => self.pending.push(*id),
        }
        true
    }

    /// A method panicked: `<nil>` for a nil pointer receiver, else `%!v(PANIC=String method: x)`.
    fn method_panic(&mut self, arg: &FVal, verb: char, method: &str, value: &FVal) {
        if matches!(arg.kind, Kind::Pointer { addr: 0, .. }) {
            return self.pad.write_str("<nil>");
        }
        let flags = std::mem::take(&mut self.pad.f);
        self.write_verb_error(verb);
        self.pad.write_str("(PANIC=");
        self.pad.write_str(method);
        self.pad.write_str(" method: ");
        self.print_arg(value, 'v');
        self.pad.buf.push(b')');
        self.pad.f = flags;
    }

    /// Go's `printValue`. `visible` is false below an unexported struct field.
    pub fn print_value(&mut self, v: &FVal, verb: char, depth: usize, visible: bool) {
        if depth > 0 && visible && self.handle_methods(v, verb) {
            return;
        }
        let sharp_v = self.pad.f.sharp_v;
        match &v.kind {
            Kind::Nil => {
                if sharp_v {
                    self.pad.write_str(&v.ty);
                    self.pad.write_str("(nil)");
                } else {
                    self.pad.write_str("<nil>");
                }
            }
            Kind::Bool(b) => match verb {
                't' | 'v' => self.pad.boolean(*b),
                _ => self.bad_verb(v, verb, depth == 0),
            },
            Kind::Int(i) => self.fmt_integer(v, *i as u64, true, verb, depth),
            Kind::Uint(u) => self.fmt_integer(v, *u, false, verb, depth),
            Kind::Float64(f) => self.fmt_float(v, *f, 64, verb, depth),
            Kind::Float32(f) => self.fmt_float(v, *f as f64, 32, verb, depth),
            Kind::Str(s) => self.fmt_string(v, s, verb),
            Kind::Map { entries, .. } => {
                if sharp_v {
                    self.pad.write_str(&v.ty);
                    if entries.is_none() {
                        return self.pad.write_str("(nil)");
                    }
                    self.pad.buf.push(b'{');
                } else {
                    self.pad.write_str("map[");
                }
                let sorted = sorted_entries(entries.as_deref().unwrap_or(&[]));
                for (i, (k, val)) in sorted.into_iter().enumerate() {
                    if i > 0 {
                        self.pad.write_str(if sharp_v { ", " } else { " " });
                    }
                    self.print_value(k, verb, depth + 1, visible);
                    self.pad.buf.push(b':');
                    self.print_value(val, verb, depth + 1, visible);
                }
                self.pad.buf.push(if sharp_v { b'}' } else { b']' });
            }
            Kind::Struct(fields) => {
                if sharp_v {
                    self.pad.write_str(&v.ty);
                }
                self.pad.buf.push(b'{');
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        self.pad.write_str(if sharp_v { ", " } else { " " });
                    }
                    if (self.pad.f.plus_v || sharp_v) && !field.name.is_empty() {
                        self.pad.write_str(&field.name);
                        self.pad.buf.push(b':');
                    }
                    self.print_value(&field.val, verb, depth + 1, visible && field.exported);
                }
                self.pad.buf.push(b'}');
            }
            Kind::Slice { items, bytes, .. } => {
                if *bytes && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    return self.fmt_bytes(items.as_ref().map(|i| byte_items(i)).as_deref(), verb, &v.ty, v);
                }
                self.print_list(v, items.as_deref(), verb, depth, visible);
            }
            Kind::Array { items, bytes } => {
                if *bytes && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    return self.fmt_bytes(Some(&byte_items(items)), verb, &v.ty, v);
                }
                self.print_list(v, Some(items), verb, depth, visible);
            }
            Kind::Pointer { addr, target } => {
                if let (0, Some(t)) = (depth, target) {
                    if *addr != 0
                        && matches!(
                            t.kind,
                            Kind::Array { .. } | Kind::Slice { .. } | Kind::Struct(_) | Kind::Map { .. }
                        )
                    {
                        self.pad.buf.push(b'&');
                        return self.print_value(t, verb, depth + 1, visible);
                    }
                }
                self.fmt_pointer(v, verb, depth == 0);
            }
            Kind::Func { .. } | Kind::Chan { .. } | Kind::UnsafePointer { .. } => {
                self.fmt_pointer(v, verb, depth == 0)
            }
        }
    }

    /// The elements of a slice or array: `[a b]`, or `T{a, b}` under `%#v`. `None` is a nil slice.
    fn print_list(&mut self, v: &FVal, items: Option<&[FVal]>, verb: char, depth: usize, visible: bool) {
        if self.pad.f.sharp_v {
            self.pad.write_str(&v.ty);
            let Some(items) = items else { return self.pad.write_str("(nil)") };
            self.pad.buf.push(b'{');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    self.pad.write_str(", ");
                }
                self.print_value(item, verb, depth + 1, visible);
            }
            self.pad.buf.push(b'}');
        } else {
            self.pad.buf.push(b'[');
            for (i, item) in items.unwrap_or(&[]).iter().enumerate() {
                if i > 0 {
                    self.pad.buf.push(b' ');
                }
                self.print_value(item, verb, depth + 1, visible);
            }
            self.pad.buf.push(b']');
        }
    }

    fn fmt_integer(&mut self, v: &FVal, u: u64, signed: bool, verb: char, depth: usize) {
        let p = &mut self.pad;
        match verb {
            'v' if p.f.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => p.integer(u, 10, signed, verb, LDIGITS),
            'b' => p.integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => p.integer(u, 8, signed, verb, LDIGITS),
            'x' => p.integer(u, 16, signed, verb, LDIGITS),
            'X' => p.integer(u, 16, signed, verb, UDIGITS),
            'c' => p.rune(u),
            'q' => p.quoted_rune(u),
            'U' => p.unicode(u),
            _ => self.bad_verb(v, verb, depth == 0),
        }
    }

    /// Hex with or without `0x`, whatever the `#` flag says.
    fn fmt_0x64(&mut self, u: u64, leading_0x: bool) {
        let sharp = std::mem::replace(&mut self.pad.f.sharp, leading_0x);
        self.pad.integer(u, 16, false, 'v', LDIGITS);
        self.pad.f.sharp = sharp;
    }

    fn fmt_float(&mut self, v: &FVal, f: f64, size: u32, verb: char, depth: usize) {
        match verb {
            'v' => self.pad.float(f, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.pad.float(f, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.pad.float(f, size, verb as u8, 6),
            'F' => self.pad.float(f, size, b'f', 6),
            _ => self.bad_verb(v, verb, depth == 0),
        }
    }

    fn fmt_string(&mut self, v: &FVal, s: &[u8], verb: char) {
        match verb {
            'v' if self.pad.f.sharp_v => self.pad.quoted(s),
            'v' | 's' => self.pad.string(s),
            'x' => self.pad.hex_bytes(s, LDIGITS),
            'X' => self.pad.hex_bytes(s, UDIGITS),
            'q' => self.pad.quoted(s),
            _ => self.bad_verb(v, verb, true),
        }
    }

    /// A byte slice or array under `%s %q %x %X`; a top-level `[]byte` under any verb.
    fn fmt_bytes(&mut self, b: Option<&[u8]>, verb: char, type_string: &str, v: &FVal) {
        match verb {
            'v' | 'd' => {
                if self.pad.f.sharp_v {
                    self.pad.write_str(type_string);
                    let Some(b) = b else { return self.pad.write_str("(nil)") };
                    self.pad.buf.push(b'{');
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.pad.write_str(", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.pad.buf.push(b'}');
                } else {
                    self.print_value(v, verb, 0, true);
                }
            }
            's' => self.pad.string(b.unwrap_or(&[])),
            'x' => self.pad.hex_bytes(b.unwrap_or(&[]), LDIGITS),
            'X' => self.pad.hex_bytes(b.unwrap_or(&[]), UDIGITS),
            'q' => self.pad.quoted(b.unwrap_or(&[])),
            _ => self.print_value(v, verb, 0, true),
        }
    }

    /// Pointers, funcs, chans, maps and slices as addresses: `0xc000010010`, `%p`, `%d`, `%x`.
    fn fmt_pointer(&mut self, v: &FVal, verb: char, top: bool) {
        let u = match &v.kind {
            Kind::Pointer { addr, .. }
            | Kind::Func { addr }
            | Kind::Chan { addr }
            | Kind::UnsafePointer { addr } => *addr,
            Kind::Map { addr, .. } | Kind::Slice { addr, .. } => *addr,
            _ => return self.bad_verb(v, verb, top),
        };
        match verb {
            'v' => {
                if self.pad.f.sharp_v {
                    self.pad.buf.push(b'(');
                    self.pad.write_str(&v.ty);
                    self.pad.write_str(")(");
                    if u == 0 {
                        self.pad.write_str("nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.pad.buf.push(b')');
                } else if u == 0 {
                    self.pad.pad(b"<nil>");
                } else {
                    let sharp = !self.pad.f.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.pad.f.sharp;
                self.fmt_0x64(u, sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(v, u, false, verb, 0),
            _ => self.bad_verb(v, verb, top),
        }
    }
}

/// The bytes of a `[]uint8`-kinded list.
fn byte_items(items: &[FVal]) -> Vec<u8> {
    items
        .iter()
        .map(|i| match i.kind {
            Kind::Uint(u) => u as u8,
            Kind::Int(n) => n as u8,
            _ => 0,
        })
        .collect()
}
