//! Natives of `strings`, `strconv`, `math/rand` (seeded) and `math`.

use super::errors::{plain_err, rt_err};
use super::natives::NR;
use super::value::{ErrObj, Object, Value};
use super::{Goroutine, Machine};
use std::rc::Rc;

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Nil)
}

fn s(v: &Value) -> String {
    v.as_str().to_string()
}

fn one(v: Value) -> NR {
    Ok(Some(vec![v]))
}

fn strs(v: Vec<String>) -> Value {
    Value::slice(v.iter().map(|x| Value::str(x)).collect())
}


fn quote(x: &str) -> String {
    let mut o = String::from("\"");
    for c in x.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\x{:02x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn parse_int(x: &str, base: u32) -> Result<i64, &'static str> {
    let (neg, body) = match x.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, x.strip_prefix('+').unwrap_or(x)),
    };
    // Base 0: the prefix decides, and underscores may separate digits.
    let cleaned;
    let (body, base) = if base == 0 {
        let l = body.to_ascii_lowercase();
        let (digits, b) = if let Some(r) = l.strip_prefix("0x") {
            (r.to_string(), 16)
        } else if let Some(r) = l.strip_prefix("0b") {
            (r.to_string(), 2)
        } else if let Some(r) = l.strip_prefix("0o") {
            (r.to_string(), 8)
        } else if l.len() > 1 && l.starts_with('0') {
            (l[1..].to_string(), 8)
        } else {
            (l.clone(), 10)
        };
        if digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
            return Err("invalid syntax");
        }
        cleaned = digits.replace('_', "");
        (cleaned.as_str(), b)
    } else {
        (body, base)
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(base)) {
        return Err("invalid syntax");
    }
    let v = i128::from_str_radix(body, base).map_err(|_| "value out of range")?;
    let v = if neg { -v } else { v };
    if v > i64::MAX as i128 || v < i64::MIN as i128 {
        return Err("value out of range");
    }
    Ok(v as i64)
}

impl Machine {
    /// A `*strconv.NumError` (or, if the program never names that type, an equivalent error).
    fn num_err(&self, func: &str, input: &str, what: &str) -> Value {
        let inner = if what == "invalid syntax" { self.err_syntax.clone() } else { self.err_range.clone() };
        match self.numerror_t {
            Some(t) => {
                let obj = Rc::new(std::cell::RefCell::new(vec![Value::str(func), Value::str(input), inner]));
                Value::Iface(Rc::new((t, Value::PtrObj(obj))))
            }
            None => Value::Err(Rc::new(ErrObj::Num(format!("strconv.{func}: parsing {}: {what}", quote(input))))),
        }
    }

    pub(crate) fn native_lib(&mut self, _g: &mut Goroutine, n: &str, a: Vec<Value>) -> NR {
        let a0 = arg(&a, 0);
        let a1 = arg(&a, 1);
        match n {
            "strings.Contains" => one(Value::Bool(s(&a0).contains(a1.as_str()))),
            "strings.ContainsRune" => one(Value::Bool(s(&a0).contains(char::from_u32(a1.as_int() as u32).unwrap_or('\u{FFFD}')))),
            "strings.HasPrefix" => one(Value::Bool(s(&a0).starts_with(a1.as_str()))),
            "strings.HasSuffix" => one(Value::Bool(s(&a0).ends_with(a1.as_str()))),
            "strings.Index" => one(Value::Int(s(&a0).find(a1.as_str()).map(|i| i as i64).unwrap_or(-1))),
            "strings.Join" => {
                let parts: Vec<String> = a0.slice_items().iter().map(s).collect();
                one(Value::str(&parts.join(a1.as_str())))
            }
            "strings.Split" => {
                let x = s(&a0);
                let sep = s(&a1);
                if sep.is_empty() {
                    return one(strs(x.chars().map(|c| c.to_string()).collect()));
                }
                one(strs(x.split(sep.as_str()).map(str::to_string).collect()))
            }
            "strings.Fields" => one(strs(s(&a0).split_whitespace().map(str::to_string).collect())),
            "strings.Repeat" => {
                let c = a1.as_int();
                if c < 0 {
                    return Err(plain_err("strings: negative Repeat count"));
                }
                if (c as u128) * (a0.as_str().len() as u128) > 1 << 26 {
                    return Err(plain_err("strings: Repeat output length overflow"));
                }
                one(Value::str(&s(&a0).repeat(c as usize)))
            }
            "strings.Replace" => {
                let cnt = arg(&a, 3).as_int();
                let x = s(&a0);
                let r = if cnt < 0 { x.replace(a1.as_str(), arg(&a, 2).as_str()) } else { x.replacen(a1.as_str(), arg(&a, 2).as_str(), cnt as usize) };
                one(Value::str(&r))
            }
            "strings.ReplaceAll" => one(Value::str(&s(&a0).replace(a1.as_str(), arg(&a, 2).as_str()))),
            "strings.ToUpper" => one(Value::str(&s(&a0).to_uppercase())),
            "strings.ToLower" => one(Value::str(&s(&a0).to_lowercase())),
            "strings.TrimSpace" => one(Value::str(s(&a0).trim())),
            "strings.Trim" => {
                let cut: Vec<char> = s(&a1).chars().collect();
                one(Value::str(s(&a0).trim_matches(|c| cut.contains(&c))))
            }
            "strings.TrimPrefix" => {
                let x = s(&a0);
                one(Value::str(x.strip_prefix(a1.as_str()).unwrap_or(&x)))
            }
            "strings.TrimSuffix" => {
                let x = s(&a0);
                one(Value::str(x.strip_suffix(a1.as_str()).unwrap_or(&x)))
            }
            "strings.Count" => {
                let x = s(&a0);
                let sub = s(&a1);
                let c = if sub.is_empty() { x.chars().count() + 1 } else { x.matches(sub.as_str()).count() };
                one(Value::Int(c as i64))
            }
            "strings.EqualFold" => one(Value::Bool(s(&a0).to_lowercase() == s(&a1).to_lowercase())),
            "strings.Title" => {
                let mut out = String::new();
                let mut prev_letter = false;
                for c in s(&a0).chars() {
                    if !prev_letter && c.is_alphabetic() {
                        out.extend(c.to_uppercase());
                    } else {
                        out.push(c);
                    }
                    prev_letter = c.is_alphanumeric() || c == '_' || c == '\'';
                }
                one(Value::str(&out))
            }
            n if n.starts_with("strings.Builder.") => {
                let Value::Obj(o) = a0 else { return Err(rt_err("invalid memory address or nil pointer dereference")) };
                let mut ob = o.borrow_mut();
                let Object::Builder(b) = &mut *ob else { return Ok(Some(vec![])) };
                match n {
                    "strings.Builder.WriteString" => {
                        b.push_str(a1.as_str());
                        Ok(Some(vec![Value::Int(a1.as_str().len() as i64), Value::Nil]))
                    }
                    "strings.Builder.Write" => {
                        let text = super::natives::bytes_text(&a1);
                        b.push_str(&text);
                        Ok(Some(vec![Value::Int(a1.slice_items().len() as i64), Value::Nil]))
                    }
                    "strings.Builder.WriteByte" => {
                        b.push(a1.as_int() as u8 as char);
                        one(Value::Nil)
                    }
                    "strings.Builder.WriteRune" => {
                        let c = char::from_u32(a1.as_int() as u32).unwrap_or('\u{FFFD}');
                        b.push(c);
                        Ok(Some(vec![Value::Int(c.len_utf8() as i64), Value::Nil]))
                    }
                    "strings.Builder.String" => one(Value::str(b)),
                    "strings.Builder.Len" => one(Value::Int(b.len() as i64)),
                    _ => {
                        b.clear();
                        Ok(Some(vec![]))
                    }
                }
            }
            "strconv.ErrSyntax" => one(self.err_syntax.clone()),
            "strconv.ErrRange" => one(self.err_range.clone()),
            "strconv.NumError.Error" | "strconv.NumError.Unwrap" => {
                let Value::PtrObj(o) = a0 else { return Err(rt_err("invalid memory address or nil pointer dereference")) };
                let f = o.borrow().clone();
                let inner = f.get(2).cloned().unwrap_or(Value::Nil);
                if n.ends_with("Unwrap") {
                    return one(inner);
                }
                let msg = match &inner {
                    Value::Err(e) => match &**e {
                        ErrObj::Simple(m) => m.clone(),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                one(Value::str(&format!("strconv.{}: parsing {}: {msg}", f[0].as_str(), quote(f[1].as_str()))))
            }
            "strconv.FormatFloat" => {
                let f = match a0 {
                    Value::Float(f) => f,
                    v => v.as_int() as f64,
                };
                let prec = arg(&a, 2).as_int().clamp(-1, 1000) as i32;
                let bits = if arg(&a, 3).as_int() == 32 { 32 } else { 64 };
                one(Value::str(&super::super::fmt::format_float(f, a1.as_int() as u8, prec, bits)))
            }
            "strings.LastIndex" => one(Value::Int(s(&a0).rfind(a1.as_str()).map(|i| i as i64).unwrap_or(-1))),
            "strings.IndexByte" => one(Value::Int(s(&a0).bytes().position(|b| b as i64 == a1.as_int()).map(|i| i as i64).unwrap_or(-1))),
            "strings.Cut" => {
                let x = s(&a0);
                match x.split_once(a1.as_str()) {
                    Some((b, af)) => Ok(Some(vec![Value::str(b), Value::str(af), Value::Bool(true)])),
                    None => Ok(Some(vec![Value::str(&x), Value::str(""), Value::Bool(false)])),
                }
            }
            "strings.SplitN" => {
                let cnt = arg(&a, 2).as_int();
                let x = s(&a0);
                if cnt == 0 {
                    return one(Value::Nil);
                }
                let parts: Vec<String> = if cnt < 0 { x.split(a1.as_str()).map(str::to_string).collect() } else { x.splitn(cnt as usize, a1.as_str()).map(str::to_string).collect() };
                one(strs(parts))
            }
            "strings.ContainsAny" => one(Value::Bool(s(&a0).chars().any(|c| a1.as_str().contains(c)))),
            "math/rand.NewSource" => one(Value::Int(a0.as_int())),
            "math/rand.New" => {
                let seed = (a0.as_int() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
                one(Value::Obj(Rc::new(std::cell::RefCell::new(Object::Rand(seed)))))
            }
            "math/rand.Rand.Intn" | "math/rand.Rand.Int" | "math/rand.Rand.Int63" | "math/rand.Rand.Float64" | "math/rand.Rand.Perm" => {
                let Value::Obj(o) = a0 else { return Err(rt_err("invalid memory address or nil pointer dereference")) };
                // Swap the object's generator in, run the global version, swap back.
                let state = match &*o.borrow() {
                    Object::Rand(st) => *st,
                    _ => 1,
                };
                let saved = std::mem::replace(&mut self.rng, state);
                let global = n.replace("Rand.", "");
                let res = self.native_lib(_g, &global, a[1..].to_vec());
                let after = std::mem::replace(&mut self.rng, saved);
                if let Object::Rand(st) = &mut *o.borrow_mut() {
                    *st = after;
                }
                res
            }
            "strconv.Itoa" => one(Value::str(&a0.as_int().to_string())),
            "strconv.Atoi" => match parse_int(a0.as_str(), 10) {
                Ok(v) => Ok(Some(vec![Value::Int(v), Value::Nil])),
                Err(w) => Ok(Some(vec![Value::Int(0), self.num_err("Atoi", a0.as_str(), w)])),
            },
            "strconv.ParseInt" => {
                let base = a1.as_int().clamp(0, 36) as u32;
                let bits = arg(&a, 2).as_int();
                match parse_int(a0.as_str(), base) {
                    Ok(v) => {
                        let bits = if bits == 0 { 64 } else { bits };
                        let (lo, hi) = (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1);
                        if (v as i128) < lo || (v as i128) > hi {
                            let clamp = if (v as i128) < lo { lo } else { hi } as i64;
                            return Ok(Some(vec![Value::Int(clamp), self.num_err("ParseInt", a0.as_str(), "value out of range")]));
                        }
                        Ok(Some(vec![Value::Int(v), Value::Nil]))
                    }
                    Err(w) => Ok(Some(vec![Value::Int(0), self.num_err("ParseInt", a0.as_str(), w)])),
                }
            }
            "strconv.ParseBool" => match a0.as_str() {
                "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(Some(vec![Value::Bool(true), Value::Nil])),
                "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(Some(vec![Value::Bool(false), Value::Nil])),
                x => Ok(Some(vec![Value::Bool(false), self.num_err("ParseBool", x, "invalid syntax")])),
            },
            "strconv.ParseFloat" => match a0.as_str().parse::<f64>() {
                Ok(f) if f.is_infinite() && !a0.as_str().to_ascii_lowercase().contains("inf") => {
                    Ok(Some(vec![Value::Float(f), self.num_err("ParseFloat", a0.as_str(), "value out of range")]))
                }
                Ok(f) if !a0.as_str().contains(|c: char| c.is_alphabetic() && c != 'e' && c != 'E') => Ok(Some(vec![Value::Float(f), Value::Nil])),
                _ => Ok(Some(vec![Value::Float(0.0), self.num_err("ParseFloat", a0.as_str(), "invalid syntax")])),
            },
            "strconv.FormatInt" => {
                let base = a1.as_int();
                let v = a0.as_int();
                let r = match base {
                    2 => format!("{:b}", v.unsigned_abs()),
                    8 => format!("{:o}", v.unsigned_abs()),
                    16 => format!("{:x}", v.unsigned_abs()),
                    _ => v.unsigned_abs().to_string(),
                };
                one(Value::str(&if v < 0 { format!("-{r}") } else { r }))
            }
            "strconv.FormatBool" => one(Value::str(if matches!(a0, Value::Bool(true)) { "true" } else { "false" })),
            "strconv.Quote" => one(Value::str(&quote(a0.as_str()))),
            "math/rand.Intn" => {
                let n = a0.as_int();
                if n <= 0 {
                    return Err(plain_err("invalid argument to Intn"));
                }
                let r = self.rand() % n as u64;
                one(Value::Int(r as i64))
            }
            "math/rand.Int" | "math/rand.Int63" => {
                let r = self.rand() >> 1;
                one(Value::Int(r as i64))
            }
            "math/rand.Float64" => {
                let r = (self.rand() >> 11) as f64 / (1u64 << 53) as f64;
                one(Value::Float(r))
            }
            "math/rand.Seed" => {
                self.rng = (a0.as_int() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
                Ok(Some(vec![]))
            }
            "math/rand.Perm" => {
                let n = a0.as_int().max(0) as usize;
                let mut v: Vec<i64> = (0..n as i64).collect();
                for i in (1..n).rev() {
                    let j = (self.rand() % (i as u64 + 1)) as usize;
                    v.swap(i, j);
                }
                one(Value::slice(v.into_iter().map(Value::Int).collect()))
            }
            "math/rand.Shuffle" => Err(plain_err("gorun: rand.Shuffle is not supported here")),
            "math.Sqrt" => one(Value::Float(a0_f(&a0).sqrt())),
            "math.Abs" => one(Value::Float(a0_f(&a0).abs())),
            "math.Floor" => one(Value::Float(a0_f(&a0).floor())),
            "math.Ceil" => one(Value::Float(a0_f(&a0).ceil())),
            "math.Max" => one(Value::Float(a0_f(&a0).max(a0_f(&a1)))),
            "math.Min" => one(Value::Float(a0_f(&a0).min(a0_f(&a1)))),
            "math.Pow" => one(Value::Float(a0_f(&a0).powf(a0_f(&a1)))),
            "math.Inf" => one(Value::Float(if a0.as_int() >= 0 { f64::INFINITY } else { f64::NEG_INFINITY })),
            _ => Err(plain_err(format!("gorun: {n} is not supported here"))),
        }
    }
}

fn a0_f(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        v => v.as_int() as f64,
    }
}
