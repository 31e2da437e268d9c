//! Value operations the instructions use: arithmetic with Go's wrapping, conversions, indexing
//! and slicing with Go's bounds panics, `append` with Go's growth, UTF-8 decoding.

use super::super::bytecode::{Bin, Conv, Num};
use super::errors::{rt_err, Panic};
use super::value::{SliceHdr, Value};
use std::cell::RefCell;
use std::rc::Rc;


pub(crate) fn wrap(v: i64, n: Num) -> i64 {
    match n {
        Num::I32 => v as i32 as i64,
        Num::I16 => v as i16 as i64,
        Num::I8 => v as i8 as i64,
        Num::U32 => v as u32 as i64,
        Num::U16 => v as u16 as i64,
        Num::U8 => v as u8 as i64,
        _ => v,
    }
}

pub(crate) fn is_unsigned(n: Num) -> bool {
    matches!(n, Num::U64 | Num::U32 | Num::U16 | Num::U8)
}

pub(crate) fn arith(b: Bin, n: Num, l: Value, r: Value) -> Result<Value, Panic> {
    Ok(match (l, r) {
        (Value::Int(a), Value::Int(c)) => {
            let u = is_unsigned(n);
            let v = match b {
                Bin::Add => a.wrapping_add(c),
                Bin::Sub => a.wrapping_sub(c),
                Bin::Mul => a.wrapping_mul(c),
                Bin::Div | Bin::Rem => {
                    if c == 0 {
                        return Err(rt_err("integer divide by zero"));
                    }
                    if u {
                        let (x, y) = (a as u64, c as u64);
                        (if b == Bin::Div { x / y } else { x % y }) as i64
                    } else if b == Bin::Div {
                        a.wrapping_div(c)
                    } else {
                        a.wrapping_rem(c)
                    }
                }
                Bin::And => a & c,
                Bin::Or => a | c,
                Bin::Xor => a ^ c,
                Bin::AndNot => a & !c,
                Bin::Shl => {
                    if c < 0 {
                        return Err(rt_err("negative shift amount"));
                    }
                    if c >= 64 {
                        0
                    } else {
                        a.wrapping_shl(c as u32)
                    }
                }
                Bin::Shr => {
                    if c < 0 {
                        return Err(rt_err("negative shift amount"));
                    }
                    if u {
                        if c >= 64 {
                            0
                        } else {
                            ((a as u64) >> c) as i64
                        }
                    } else if c >= 64 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> c
                    }
                }
            };
            Value::Int(wrap(v, n))
        }
        (Value::Float(a), Value::Float(c)) => Value::Float(match b {
            Bin::Add => a + c,
            Bin::Sub => a - c,
            Bin::Mul => a * c,
            Bin::Div => a / c,
            _ => 0.0,
        }),
        (Value::Float(a), Value::Int(c)) => arith(b, n, Value::Float(a), Value::Float(c as f64))?,
        (Value::Int(a), Value::Float(c)) => arith(b, n, Value::Float(a as f64), Value::Float(c))?,
        (Value::Str(a), Value::Str(c)) => {
            let mut s = String::with_capacity(a.len() + c.len());
            s.push_str(&a);
            s.push_str(&c);
            Value::Str(Rc::from(s.as_str()))
        }
        (l, _) => l,
    })
}

pub(crate) fn convert(c: Conv, v: Value) -> Value {
    match c {
        Conv::IntToInt(n) => Value::Int(wrap(v.as_int(), n)),
        Conv::IntToFloat => Value::Float(match v {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
            _ => 0.0,
        }),
        Conv::FloatToInt(n) => Value::Int(wrap(
            match v {
                Value::Float(f) => f as i64,
                v => v.as_int(),
            },
            n,
        )),
        Conv::RuneToStr => Value::str(&char::from_u32(v.as_int() as u32).unwrap_or('\u{FFFD}').to_string()),
        Conv::StrToBytes => Value::slice(v.as_str().bytes().map(|b| Value::Int(b as i64)).collect()),
        Conv::StrToRunes => Value::slice(v.as_str().chars().map(|c| Value::Int(c as i64)).collect()),
        Conv::BytesToStr => {
            let b: Vec<u8> = v.slice_items().iter().map(|x| x.as_int() as u8).collect();
            Value::str(&String::from_utf8_lossy(&b))
        }
        Conv::RunesToStr => Value::str(&v.slice_items().iter().map(|x| char::from_u32(x.as_int() as u32).unwrap_or('\u{FFFD}')).collect::<String>()),
    }
}

pub(crate) fn index(c: &Value, i: i64) -> Result<Value, Panic> {
    match c {
        Value::Str(s) => {
            let b = s.as_bytes();
            if i < 0 || i as usize >= b.len() {
                return Err(rt_err(format!("index out of range [{i}] with length {}", b.len())));
            }
            Ok(Value::Int(b[i as usize] as i64))
        }
        _ => {
            let (arr, at, len) = elem_loc(c, i)?;
            if at >= len {
                return Err(rt_err(format!("index out of range [{i}] with length {len}")));
            }
            let v = arr.borrow()[at].clone();
            Ok(v)
        }
    }
}

/// (backing array, absolute index, absolute end) of element `i`.
pub(crate) fn elem_loc(c: &Value, i: i64) -> Result<(Rc<RefCell<Vec<Value>>>, usize, usize), Panic> {
    match c {
        Value::Slice(h) => {
            if i < 0 || i as usize >= h.len {
                return Err(rt_err(format!("index out of range [{i}] with length {}", h.len)));
            }
            Ok((h.arr.clone(), h.off + i as usize, h.off + h.len))
        }
        Value::Array(a) | Value::PtrObj(a) => {
            let n = a.borrow().len();
            if i < 0 || i as usize >= n {
                return Err(rt_err(format!("index out of range [{i}] with length {n}")));
            }
            Ok((a.clone(), i as usize, n))
        }
        Value::Nil => Err(rt_err(format!("index out of range [{i}] with length 0"))),
        _ => Err(rt_err("index of non-indexable value")),
    }
}

pub(crate) fn slice_expr(c: Value, lo: i64, hi: Option<i64>, max: Option<i64>) -> Result<Value, Panic> {
    match c {
        Value::Str(s) => {
            let n = s.len() as i64;
            let hi = hi.unwrap_or(n);
            if hi < 0 || hi > n {
                return Err(rt_err(format!("slice bounds out of range [:{hi}] with length {n}")));
            }
            if lo < 0 || lo > hi {
                return Err(rt_err(format!("slice bounds out of range [{lo}:{hi}]")));
            }
            let b = &s.as_bytes()[lo as usize..hi as usize];
            Ok(Value::str(&String::from_utf8_lossy(b)))
        }
        Value::Slice(h) => {
            let cap = h.cap as i64;
            let hi = hi.unwrap_or(h.len as i64);
            let max = max.unwrap_or(cap);
            if max < 0 || max > cap {
                return Err(rt_err(format!("slice bounds out of range [::{max}] with capacity {cap}")));
            }
            if hi < 0 || hi > max {
                return Err(rt_err(format!("slice bounds out of range [:{hi}] with capacity {cap}")));
            }
            if lo < 0 || lo > hi {
                return Err(rt_err(format!("slice bounds out of range [{lo}:{hi}]")));
            }
            Ok(Value::Slice(Rc::new(SliceHdr { arr: h.arr.clone(), off: h.off + lo as usize, len: (hi - lo) as usize, cap: (max - lo) as usize })))
        }
        Value::Array(a) | Value::PtrObj(a) => {
            let n = a.borrow().len() as i64;
            let hi = hi.unwrap_or(n);
            let max = max.unwrap_or(n);
            if hi < 0 || hi > max || max > n {
                return Err(rt_err(format!("slice bounds out of range [:{hi}] with length {n}")));
            }
            if lo < 0 || lo > hi {
                return Err(rt_err(format!("slice bounds out of range [{lo}:{hi}]")));
            }
            Ok(Value::Slice(Rc::new(SliceHdr { arr: a, off: lo as usize, len: (hi - lo) as usize, cap: (max - lo) as usize })))
        }
        Value::Nil => {
            if lo == 0 && hi.unwrap_or(0) == 0 {
                Ok(Value::Nil)
            } else {
                Err(rt_err(format!("slice bounds out of range [:{}] with capacity 0", hi.unwrap_or(0))))
            }
        }
        _ => Ok(Value::Nil),
    }
}

/// Go's append: in place when capacity allows, else a new array growing like Go's.
pub(crate) fn append(s: Value, items: Vec<Value>) -> Value {
    if items.is_empty() {
        return s;
    }
    match s {
        Value::Slice(h) => {
            let need = h.len + items.len();
            if need <= h.cap {
                {
                    let mut arr = h.arr.borrow_mut();
                    for (k, it) in items.into_iter().enumerate() {
                        let at = h.off + h.len + k;
                        if at < arr.len() {
                            arr[at] = it;
                        } else {
                            arr.push(it);
                        }
                    }
                }
                Value::Slice(Rc::new(SliceHdr { arr: h.arr.clone(), off: h.off, len: need, cap: h.cap }))
            } else {
                let mut cap = if h.cap < 256 { h.cap * 2 } else { h.cap + (h.cap + 768) / 4 };
                if cap < need {
                    cap = need;
                }
                let mut v = Vec::with_capacity(cap);
                v.extend_from_slice(&h.arr.borrow()[h.off..h.off + h.len]);
                v.extend(items);
                let len = v.len();
                let filler = v.last().map(zero_like).unwrap_or(Value::Nil);
                v.resize(cap, filler);
                Value::Slice(Rc::new(SliceHdr { arr: Rc::new(RefCell::new(v)), off: 0, len, cap }))
            }
        }
        _ => {
            let len = items.len();
            Value::Slice(Rc::new(SliceHdr { arr: Rc::new(RefCell::new(items)), off: 0, len, cap: len }))
        }
    }
}

/// A zero value of the same kind as `v` (fills the spare capacity of a grown slice).
pub(crate) fn zero_like(v: &Value) -> Value {
    match v {
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        Value::Str(_) => Value::str(""),
        Value::Struct(s) => Value::Struct(Rc::new(RefCell::new(s.borrow().iter().map(zero_like).collect()))),
        Value::Array(s) => Value::Array(Rc::new(RefCell::new(s.borrow().iter().map(zero_like).collect()))),
        Value::Time(_) => Value::Time(i64::MIN),
        _ => Value::Nil,
    }
}

pub(crate) fn decode_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 1);
    }
    let w = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(..w).and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.chars().next()) {
        Some(c) => (c as u32, w),
        None => (0xFFFD, 1),
    }
}
