//! Printing: `fmt`'s functions over run-time values with their types (`%v %+v %#v %T %d %s %q
//! %x %f %t %c %p`, widths, precision and flags), Go's rules for `error` and `Stringer`, maps
//! printed in key order, `println`'s forms, and the text of a panic.

use super::errors::Panic;
use super::natives::NR;
use super::value::{ErrObj, Value};
use super::{Goroutine, Machine};
use super::super::types::{ids, Type, TypeId};
use std::rc::Rc;

#[derive(Clone, Copy, Default)]
struct Spec {
    plus: bool,
    minus: bool,
    sharp: bool,
    zero: bool,
    space: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Nil)
}

/// Go's `%v` of a float64 (`strconv.FormatFloat(f, 'g', -1, 64)` with fmt's exponent rule).
pub(crate) fn fmt_float_v(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    format!("{f}")
}

fn fmt_float_f(f: f64, prec: usize) -> String {
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    format!("{f:.prec$}")
}

fn fmt_float_e(f: f64, prec: usize) -> String {
    let s = format!("{f:.prec$e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

fn quote(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => o.push_str(&format!("\\x{:02x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn pad(s: String, sp: &Spec) -> String {
    let Some(w) = sp.width else { return s };
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    let fill = w - n;
    if sp.minus {
        format!("{s}{}", " ".repeat(fill))
    } else if sp.zero {
        let (sign, rest) = if s.starts_with('-') || s.starts_with('+') { s.split_at(1) } else { ("", s.as_str()) };
        format!("{sign}{}{rest}", "0".repeat(fill))
    } else {
        format!("{}{s}", " ".repeat(fill))
    }
}

impl Machine {
    pub(crate) fn native_fmt(&mut self, g: &mut Goroutine, n: &str, args: Vec<Value>) -> NR {
        let out = match n {
            "fmt.Println" | "fmt.Sprintln" => {
                let items = arg(&args, 0).slice_items();
                let mut parts = Vec::new();
                for v in &items {
                    parts.push(self.fmt_top(g, v, 'v', Spec::default())?);
                }
                format!("{}\n", parts.join(" "))
            }
            "fmt.Print" | "fmt.Sprint" => self.sprint(g, &arg(&args, 0).slice_items())?,
            "fmt.Printf" | "fmt.Sprintf" | "fmt.Errorf" => {
                let f = arg(&args, 0).as_str().to_string();
                self.sprintf(g, &f, &arg(&args, 1).slice_items())?
            }
            _ => String::new(),
        };
        match n {
            "fmt.Println" | "fmt.Print" | "fmt.Printf" => {
                let len = out.len();
                self.write(1, &out);
                Ok(Some(vec![Value::Int(len as i64), Value::Nil]))
            }
            "fmt.Errorf" => {
                let f = arg(&args, 0).as_str().to_string();
                let items = arg(&args, 1).slice_items();
                let mut wrapped = Vec::new();
                let mut ai = 0;
                let b = f.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if b[i] == b'%' {
                        i += 1;
                        while i < b.len() && b"+-# 0123456789.".contains(&b[i]) {
                            i += 1;
                        }
                        if i < b.len() {
                            if b[i] == b'%' {
                                i += 1;
                                continue;
                            }
                            if b[i] == b'w' {
                                if let Some(v) = items.get(ai) {
                                    if !matches!(v, Value::Nil) {
                                        wrapped.push(v.clone());
                                    }
                                }
                            }
                            ai += 1;
                        }
                    }
                    i += 1;
                }
                Ok(Some(vec![Value::Err(Rc::new(ErrObj::Wrap(out, wrapped)))]))
            }
            _ => Ok(Some(vec![Value::str(&out)])),
        }
    }

    fn sprint(&mut self, g: &mut Goroutine, items: &[Value]) -> Result<String, Panic> {
        let mut out = String::new();
        let mut prev_string = true;
        for (i, v) in items.iter().enumerate() {
            let is_string = matches!(v, Value::Iface(iv) if matches!(self.prog.types.under(iv.0), Type::String));
            if i > 0 && !is_string && !prev_string {
                out.push(' ');
            }
            out.push_str(&self.fmt_top(g, v, 'v', Spec::default())?);
            prev_string = is_string;
        }
        Ok(out)
    }

    fn sprintf(&mut self, g: &mut Goroutine, f: &str, items: &[Value]) -> Result<String, Panic> {
        let mut out = String::new();
        let chars: Vec<char> = f.chars().collect();
        let mut i = 0;
        let mut ai = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            let mut sp = Spec::default();
            while i < chars.len() {
                match chars[i] {
                    '+' => sp.plus = true,
                    '-' => sp.minus = true,
                    '#' => sp.sharp = true,
                    '0' => sp.zero = true,
                    ' ' => sp.space = true,
                    _ => break,
                }
                i += 1;
            }
            let num = |i: &mut usize, ai: &mut usize| -> Option<usize> {
                if *i < chars.len() && chars[*i] == '*' {
                    *i += 1;
                    let v = items.get(*ai).map(|v| match v {
                        Value::Iface(iv) => iv.1.as_int(),
                        v => v.as_int(),
                    });
                    *ai += 1;
                    return v.map(|x| x.max(0) as usize);
                }
                let start = *i;
                while *i < chars.len() && chars[*i].is_ascii_digit() {
                    *i += 1;
                }
                if *i > start {
                    chars[start..*i].iter().collect::<String>().parse().ok()
                } else {
                    None
                }
            };
            sp.width = num(&mut i, &mut ai);
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                sp.prec = Some(num(&mut i, &mut ai).unwrap_or(0));
            }
            if i >= chars.len() {
                out.push_str("%!(NOVERB)");
                break;
            }
            let mut verb = chars[i];
            i += 1;
            if verb == 'w' {
                // %w needs an error operand (Errorf records the wrapping separately).
                let is_err = match items.get(ai) {
                    Some(Value::Err(_)) => true,
                    Some(Value::Iface(iv)) => self.has_method(iv.0, "Error"),
                    _ => false,
                };
                if !is_err {
                    match items.get(ai) {
                        Some(Value::Nil) => out.push_str("%!w(<nil>)"),
                        Some(v) => {
                            let t = self.dyn_type_name(v);
                            let s = self.fmt_top(g, v, 'v', Spec::default())?;
                            out.push_str(&format!("%!w({t}={s})"));
                        }
                        None => out.push_str("%!w(MISSING)"),
                    }
                    ai += 1;
                    continue;
                }
                verb = 'v';
            }
            if verb == '%' {
                out.push('%');
                continue;
            }
            match items.get(ai) {
                Some(v) => {
                    let s = self.fmt_top(g, v, verb, sp)?;
                    out.push_str(&s);
                }
                None => out.push_str(&format!("%!{verb}(MISSING)")),
            }
            ai += 1;
        }
        if ai < items.len() {
            out.push_str("%!(EXTRA ");
            let mut parts = Vec::new();
            for v in &items[ai..] {
                let t = self.dyn_type_name(v);
                let s = self.fmt_top(g, v, 'v', Spec::default())?;
                parts.push(format!("{t}={s}"));
            }
            out.push_str(&parts.join(", "));
            out.push(')');
        }
        Ok(out)
    }

    /// Formats one interface argument.
    fn fmt_top(&mut self, g: &mut Goroutine, v: &Value, verb: char, sp: Spec) -> Result<String, Panic> {
        if verb == 'T' {
            return Ok(pad(self.dyn_type_name(v), &sp));
        }
        let mut composite = false;
        let s = match v {
            Value::Iface(iv) => {
                let (t, inner) = (iv.0, iv.1.clone());
                composite = matches!(self.prog.types.under(t), Type::Slice(_) | Type::Array(..) | Type::Map(..) | Type::Struct(_))
                    && !self.has_method(t, "Error")
                    && !self.has_method(t, "String");
                self.fmt_val(g, &inner, t, verb, sp, 0, true)?
            }
            Value::Nil => match verb {
                'v' | 's' => "<nil>".to_string(),
                _ => format!("%!{verb}(<nil>)"),
            },
            other => self.fmt_special(g, other, verb, sp)?,
        };
        Ok(if !composite && matches!(verb, 'v' | 's' | 'q' | 'd' | 't' | 'x' | 'X' | 'f' | 'g' | 'e' | 'c' | 'T' | 'p' | 'o' | 'b' | 'U') { pad(s, &sp) } else { s })
    }

    /// Contexts and library errors (their own interface values).
    fn fmt_special(&mut self, g: &mut Goroutine, v: &Value, verb: char, sp: Spec) -> Result<String, Panic> {
        let text = match v {
            Value::Ctx(id) => self.ctx_string(*id),
            Value::Err(_) => self.error_text(g, v)?,
            Value::Time(t) => self.time_string(*t),
            _ => String::new(),
        };
        Ok(match verb {
            'q' => quote(&text),
            'v' if sp.sharp => format!("&{}", text),
            'v' | 's' => text,
            _ => format!("%!{verb}({})", self.dyn_type_name(v)),
        })
    }

    fn has_method(&self, t: TypeId, name: &str) -> bool {
        if let Some((_, ptr_recv, _)) = self.prog.promoted.get(&(t, name.to_string())) {
            return !*ptr_recv || matches!(self.prog.types.get(t), Type::Pointer(_));
        }
        match self.prog.methods.get(&(t, name.to_string())) {
            Some((_, deref)) => {
                // Through a pointer type the flag says the method is on the value; on a value
                // type only value-receiver methods count (the table has both).
                let _ = deref;
                if let Type::Pointer(_) = self.prog.types.get(t) {
                    true
                } else {
                    !self.ptr_only(t, name)
                }
            }
            None => false,
        }
    }

    fn ptr_only(&self, t: TypeId, name: &str) -> bool {
        self.prog.types.method(t, name).is_some_and(|m| m.ptr_recv)
    }

    #[allow(clippy::too_many_arguments)]
    fn fmt_val(&mut self, g: &mut Goroutine, v: &Value, t: TypeId, verb: char, sp: Spec, depth: usize, top: bool) -> Result<String, Panic> {
        if depth > 20 {
            return Ok("...".into());
        }
        // Error and String methods (for %v %s %q and friends).
        if matches!(verb, 'v' | 's' | 'q' | 'x' | 'X') && !sp.sharp {
            let iv = Value::Iface(Rc::new((t, v.clone())));
            for m in ["Error", "String"] {
                if self.has_method(t, m) && !(matches!(v, Value::Nil) && matches!(self.prog.types.get(t), Type::Pointer(_)) && false) {
                    let s = match self.call_method_text(g, &iv, m) {
                        Ok(s) => s,
                        Err(p) => {
                            if matches!(v, Value::Nil) {
                                "<nil>".to_string()
                            } else {
                                return Err(p);
                            }
                        }
                    };
                    return Ok(match verb {
                        'q' => quote(&s),
                        'x' => s.bytes().map(|b| format!("{b:02x}")).collect(),
                        'X' => s.bytes().map(|b| format!("{b:02X}")).collect(),
                        _ => s,
                    });
                }
            }
        }
        let under = self.prog.types.under(t).clone();
        if depth > 0 && sp.width.is_some() && matches!(under, Type::Bool | Type::Int { .. } | Type::Float(_) | Type::String) {
            let mut inner = sp;
            inner.width = None;
            let s = self.fmt_val(g, v, t, verb, inner, depth, top)?;
            return Ok(pad(s, &sp));
        }
        let prog = self.prog.clone();
        let tn = || prog.types.name(t);
        Ok(match (&under, v) {
            (Type::Interface(_), inner) => match inner {
                Value::Iface(iv) => {
                    let (it, iv2) = (iv.0, iv.1.clone());
                    self.fmt_val(g, &iv2, it, verb, sp, depth + 1, false)?
                }
                Value::Nil => "<nil>".into(),
                other => self.fmt_special(g, other, verb, sp)?,
            },
            (Type::Bool, Value::Bool(b)) => match verb {
                'v' | 't' => b.to_string(),
                _ => format!("%!{verb}(bool={b})"),
            },
            (Type::Int { signed, .. }, Value::Int(i)) => {
                let i = *i;
                let u = !*signed;
                let s = match verb {
                    'v' | 'd' => {
                        if u {
                            (i as u64).to_string()
                        } else {
                            i.to_string()
                        }
                    }
                    'x' => {
                        if u || i >= 0 {
                            format!("{:x}", i as u64)
                        } else {
                            format!("-{:x}", i.unsigned_abs())
                        }
                    }
                    'X' => {
                        if u || i >= 0 {
                            format!("{:X}", i as u64)
                        } else {
                            format!("-{:X}", i.unsigned_abs())
                        }
                    }
                    'o' => format!("{:o}", i),
                    'b' => format!("{:b}", i),
                    'c' => char::from_u32(i as u32).unwrap_or('\u{FFFD}').to_string(),
                    'q' => format!("'{}'", char::from_u32(i as u32).unwrap_or('\u{FFFD}')),
                    'U' if sp.sharp => format!("U+{:04X} '{}'", i, char::from_u32(i as u32).unwrap_or('\u{FFFD}')),
                    'U' => format!("U+{:04X}", i),
                    'f' | 'e' | 'g' | 's' => format!("%!{verb}({}={i})", tn()),
                    _ => format!("%!{verb}({}={i})", tn()),
                };
                let s = if sp.plus && i >= 0 && verb == 'd' {
                    format!("+{s}")
                } else if sp.space && i >= 0 && verb == 'd' {
                    format!(" {s}")
                } else {
                    s
                };
                let s = if sp.sharp && verb == 'x' { format!("0x{s}") } else { s };
                if sp.sharp && verb == 'v' && t != ids::INT && self.prog.types.is_named(t) && t > ids::STRING {
                    format!("{}", s)
                } else {
                    s
                }
            }
            (Type::Float(_), Value::Float(f)) => {
                let f = *f;
                let s = match verb {
                    'v' | 'g' => match sp.prec {
                        Some(p) => {
                            let e = fmt_float_e(f, p.saturating_sub(1));
                            let exp: i32 = e.split('e').nth(1).and_then(|x| x.parse().ok()).unwrap_or(0);
                            if exp < -4 || exp >= p.max(1) as i32 {
                                e
                            } else {
                                let s = fmt_float_f(f, (p as i32 - 1 - exp).max(0) as usize);
                                if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
                            }
                        }
                        None => fmt_float_v(f),
                    },
                    'f' | 'F' => fmt_float_f(f, sp.prec.unwrap_or(6)),
                    'e' => fmt_float_e(f, sp.prec.unwrap_or(6)),
                    'E' => fmt_float_e(f, sp.prec.unwrap_or(6)).to_uppercase(),
                    'G' => fmt_float_v(f).to_uppercase(),
                    _ => format!("%!{verb}(float64={})", fmt_float_v(f)),
                };
                if sp.plus && f >= 0.0 && verb != 'v' {
                    format!("+{s}")
                } else {
                    s
                }
            }
            (Type::String, Value::Str(s)) => match verb {
                'v' | 's' => match sp.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => {
                        if sp.sharp && verb == 'v' {
                            quote(s)
                        } else {
                            s.to_string()
                        }
                    }
                },
                'q' => quote(s),
                'x' | 'X' => {
                    let parts: Vec<String> = s.bytes().map(|b| if verb == 'x' { format!("{b:02x}") } else { format!("{b:02X}") }).collect();
                    parts.join(if sp.space { " " } else { "" })
                }
                _ => format!("%!{verb}(string={s})"),
            },
            (Type::Slice(el) | Type::Array(_, el), _) => {
                if matches!(v, Value::Nil) && sp.sharp {
                    return Ok(format!("{}(nil)", tn()));
                }
                let items = v.slice_items();
                if matches!(verb, 's' | 'q' | 'x' | 'X') && self.prog.types.underlying(*el) == ids::UINT8 {
                    let b: Vec<u8> = items.iter().map(|x| x.as_int() as u8).collect();
                    let text = String::from_utf8_lossy(&b).into_owned();
                    return self.fmt_val(g, &Value::str(&text), ids::STRING, verb, sp, depth, top);
                }
                let mut parts = Vec::new();
                for it in &items {
                    parts.push(self.fmt_val(g, it, *el, verb, sp, depth + 1, false)?);
                }
                if sp.sharp && verb == 'v' {
                    format!("{}{{{}}}", tn(), parts.join(", "))
                } else {
                    format!("[{}]", parts.join(" "))
                }
            }
            (Type::Map(_, _), Value::Nil) if sp.sharp && verb == 'v' => format!("{}(nil)", tn()),
            (Type::Map(kt, vt), _) => {
                let mut entries: Vec<(Value, Value)> = match v {
                    Value::Map(m) => m.borrow().iter().cloned().collect(),
                    _ => vec![],
                };
                entries.sort_by(|a, b| cmp_keys(&a.0, &b.0));
                let mut parts = Vec::new();
                for (k, val) in &entries {
                    let ks = self.fmt_val(g, k, *kt, verb, sp, depth + 1, false)?;
                    let vs = self.fmt_val(g, val, *vt, verb, sp, depth + 1, false)?;
                    parts.push(format!("{ks}:{vs}"));
                }
                if sp.sharp && verb == 'v' {
                    format!("{}{{{}}}", tn(), parts.join(", "))
                } else {
                    format!("map[{}]", parts.join(" "))
                }
            }
            (Type::Struct(fields), Value::Struct(s)) => {
                let vals = s.borrow().clone();
                let mut parts = Vec::new();
                for (f, fv) in fields.iter().zip(vals.iter()) {
                    let s = self.fmt_val(g, fv, f.ty, verb, sp, depth + 1, false)?;
                    if sp.plus || sp.sharp {
                        parts.push(format!("{}:{s}", f.name));
                    } else {
                        parts.push(s);
                    }
                }
                if sp.sharp {
                    format!("{}{{{}}}", tn(), parts.join(", "))
                } else {
                    format!("{{{}}}", parts.join(" "))
                }
            }
            (Type::Pointer(el), p) => {
                if matches!(p, Value::Nil) {
                    return Ok(if sp.sharp { format!("({})(nil)", tn()) } else { "<nil>".into() });
                }
                let inner = match p {
                    Value::PtrObj(o) if top && matches!(self.prog.types.under(*el), Type::Struct(_) | Type::Array(..)) => Some(Value::Struct(o.clone())),
                    _ => None,
                };
                match inner {
                    Some(Value::Struct(o)) => {
                        let inner_v = if matches!(self.prog.types.under(*el), Type::Array(..)) { Value::Array(o) } else { Value::Struct(o) };
                        format!("&{}", self.fmt_val(g, &inner_v, *el, verb, sp, depth + 1, false)?)
                    }
                    _ => match p {
                        Value::Obj(_) => format!("&{{}}"),
                        _ => format!("0xc{:09x}", (ptr_id(p) & 0xfffffff) * 8),
                    },
                }
            }
            (Type::Chan(..) | Type::Func { .. }, x) => {
                if matches!(x, Value::Nil) {
                    if matches!(under, Type::Func { .. }) && verb == 'v' {
                        "<nil>".into()
                    } else {
                        "<nil>".into()
                    }
                } else {
                    format!("0xc{:09x}", (ptr_id(x) & 0xfffffff) * 8)
                }
            }
            (Type::Opaque(name), x) => match (*name, x) {
                ("time.Time", Value::Time(t)) => self.time_string(*t),
                _ => "{}".into(),
            },
            (_, Value::Ctx(_) | Value::Err(_) | Value::Time(_)) => self.fmt_special(g, v, verb, sp)?,
            (_, Value::Nil) => "<nil>".into(),
            _ => format!("%!{verb}({})", tn()),
        })
    }

    /// `print`/`println` (the builtins) of one value.
    pub(crate) fn format_builtin(&self, v: &Value) -> String {
        let inner = match v {
            Value::Iface(iv) => &iv.1,
            v => v,
        };
        match inner {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            // Go 1.27's print writes floats as strconv's shortest 'g' form.
            Value::Float(f) => super::super::fmt::format_float(*f, b'g', -1, 64),
            Value::Str(s) => s.to_string(),
            Value::Nil => "nil".into(),
            _ => format!("0xc{:09x}", (ptr_id(inner) & 0xfffffff) * 8),
        }
    }

    /// What `panic: ...` says about a panic value.
    pub(crate) fn panic_text(&mut self, v: &Value) -> String {
        match v {
            Value::Err(_) => {
                let mut tmp = self.scratch_goroutine();
                let s = self.error_text(&mut tmp, v).unwrap_or_default();
                if let Value::Err(e) = v {
                    if let ErrObj::Simple(m) = &**e {
                        if m.starts_with("runtime error") || m.starts_with("interface conversion") {
                            return if m.starts_with("interface conversion") { format!("{m} [recovered]").replace(" [recovered]", "") } else { m.clone() };
                        }
                    }
                }
                s
            }
            Value::Iface(iv) => {
                let t = iv.0;
                let mut tmp = self.scratch_goroutine();
                if self.has_method(t, "Error") {
                    if let Ok(s) = self.call_method_text(&mut tmp, v, "Error") {
                        return s;
                    }
                }
                if self.has_method(t, "String") {
                    if let Ok(s) = self.call_method_text(&mut tmp, v, "String") {
                        return s;
                    }
                }
                let name = self.prog.types.name(t);
                let plain = match &iv.1 {
                    Value::Str(s) => {
                        if t == ids::STRING {
                            return s.to_string();
                        }
                        format!("{name}({})", quote(s))
                    }
                    Value::Int(i) => {
                        if t <= ids::UINTPTR {
                            return i.to_string();
                        }
                        format!("{name}({i})")
                    }
                    Value::Float(f) => {
                        if t == ids::FLOAT64 {
                            return fmt_float_v(*f);
                        }
                        format!("{name}({})", fmt_float_v(*f))
                    }
                    Value::Bool(b) => {
                        if t == ids::BOOL {
                            return b.to_string();
                        }
                        format!("{name}({b})")
                    }
                    _ => format!("({name}) {:#x}", 0xc000012000u64),
                };
                plain
            }
            Value::Nil => "nil".into(),
            _ => "?".into(),
        }
    }

    /// A goroutine for running String/Error methods outside any goroutine (when dying).
    pub(crate) fn scratch_goroutine(&mut self) -> Goroutine {
        Goroutine {
            id: 0,
            frames: Vec::new(),
            stack: Vec::new(),
            park: super::Park::Running,
            resume: None,
            panicking: None,
            history: Vec::new(),
            recovered: None,
            repanicked: false,
            goexiting: false,
            goexit_start: false,
            waits: Vec::new(),
            token: 0,
        }
    }
}

fn ptr_id(v: &Value) -> u64 {
    match v.key() {
        super::value::Key::Addr(a) => a as u64,
        _ => 0,
    }
}

fn cmp_keys(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Iface(x), Value::Iface(y)) => x.0.cmp(&y.0).then_with(|| cmp_keys(&x.1, &y.1)),
        (Value::Struct(x), Value::Struct(y)) | (Value::Array(x), Value::Array(y)) => {
            for (p, q) in x.borrow().iter().zip(y.borrow().iter()) {
                let c = cmp_keys(p, q);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        (Value::Nil, Value::Nil) => Ordering::Equal,
        (Value::Nil, _) => Ordering::Less,
        (_, Value::Nil) => Ordering::Greater,
        _ => ptr_id(a).cmp(&ptr_id(b)),
    }
}
