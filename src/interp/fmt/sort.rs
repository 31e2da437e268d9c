//! The key order `fmt` prints maps in (Go's `internal/fmtsort`).
//!
//! Numbers numerically (NaN first), strings bytewise, `false` before `true`, pointers and channels
//! by address, structs and arrays field by field, nil interfaces first. Keys of an interface-typed
//! map with different dynamic types are ordered by type name; Go orders those by the address of
//! the type descriptor, which no program can rely on.

use super::value::{FVal, Kind};
use std::cmp::Ordering;

/// The entries of a map in the order `fmt` prints them (a stable sort by key).
pub(crate) fn sorted_entries(entries: &[(FVal, FVal)]) -> Vec<(&FVal, &FVal)> {
    let mut sorted: Vec<(&FVal, &FVal)> = entries.iter().map(|(k, v)| (k, v)).collect();
    sorted.sort_by(|a, b| compare(a.0, b.0));
    sorted
}

fn compare_floats(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

fn address(k: &Kind) -> Option<u64> {
    match k {
        Kind::Pointer { addr, .. }
        | Kind::Chan { addr }
        | Kind::UnsafePointer { addr }
        | Kind::Func { addr } => Some(*addr),
        _ => None,
    }
}

/// Go's `fmtsort.compare` over two keys.
pub(crate) fn compare(a: &FVal, b: &FVal) -> Ordering {
    match (&a.kind, &b.kind) {
        (Kind::Nil, Kind::Nil) => return Ordering::Equal,
        (Kind::Nil, _) => return Ordering::Less,
        (_, Kind::Nil) => return Ordering::Greater,
        _ => {}
    }
    if a.ty != b.ty {
        return a.ty.cmp(&b.ty);
    }
    match (&a.kind, &b.kind) {
        (Kind::Int(x), Kind::Int(y)) => x.cmp(y),
        (Kind::Uint(x), Kind::Uint(y)) => x.cmp(y),
        (Kind::Str(x), Kind::Str(y)) => x.cmp(y),
        (Kind::Float64(x), Kind::Float64(y)) => compare_floats(*x, *y),
        (Kind::Float32(x), Kind::Float32(y)) => compare_floats(*x as f64, *y as f64),
        (Kind::Bool(x), Kind::Bool(y)) => x.cmp(y),
        (Kind::Struct(x), Kind::Struct(y)) => x
            .iter()
            .zip(y)
            .map(|(f, g)| compare(&f.val, &g.val))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (Kind::Array { items: x, .. }, Kind::Array { items: y, .. }) => {
            x.iter().zip(y).map(|(f, g)| compare(f, g)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        }
        (x, y) => match (address(x), address(y)) {
            (Some(p), Some(q)) => p.cmp(&q),
            _ => Ordering::Equal,
        },
    }
}
