//! What Go's runtime prints for a panic value: the text after `panic: ` (Go's `printpanicval`).
//!
//! Not `fmt`: an `error` prints its `Error()`, a `Stringer` its `String()`, a predeclared basic
//! type its value the way the builtin `print` writes it (floats shortest, `3.5`, `1e+21`), a
//! defined basic type `main.Level(3)` or `main.Key("k")`, anything else `(main.T) 0xc000010010`.
//! Newlines in printed text are followed by a tab, so a multi-line message stays indented.

use super::float::format_float;
use super::value::{Call, FVal, Kind};

/// Go's `printindented`: every newline followed by a tab.
fn indented(out: &mut Vec<u8>, s: &[u8]) {
    for &c in s {
        out.push(c);
        if c == b'\n' {
            out.push(b'\t');
        }
    }
}

/// Whether `ty` is a predeclared basic type (which Go prints without its name).
fn predeclared(ty: &str) -> bool {
    matches!(
        ty,
        "bool"
            | "string"
            | "int"
            | "int8"
            | "int16"
            | "int32"
            | "int64"
            | "uint"
            | "uint8"
            | "uint16"
            | "uint32"
            | "uint64"
            | "uintptr"
            | "float32"
            | "float64"
    )
}

/// The text after `panic: ` for the panic value `v` (before any ` [recovered]`). `addr` is what
/// Go prints for a value that is none of the above: the pointer inside the interface, which for
/// pointers, maps and channels is their address and for other values an address of the
/// interpreter's choosing. `panic(nil)` reaches Go's runtime as a `*runtime.PanicNilError`;
/// pass that error, not a nil value.
pub fn panic_text(v: &FVal, addr: u64) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some(m) = v.methods.as_deref() {
        if let Some(Call::Returned(s)) = m.error.as_ref().or(m.string.as_ref()) {
            indented(&mut out, s);
            return out;
        }
    }
    let plain = predeclared(&v.ty);
    let number = match &v.kind {
        Kind::Nil => return b"nil".to_vec(),
        Kind::Bool(b) => b.to_string(),
        Kind::Int(i) => i.to_string(),
        Kind::Uint(u) => u.to_string(),
        Kind::Float64(f) => format_float(*f, b'g', -1, 64),
        Kind::Float32(f) => format_float(*f as f64, b'g', -1, 32),
        Kind::Str(s) if plain => {
            indented(&mut out, s);
            return out;
        }
        Kind::Str(s) => {
            out.extend_from_slice(v.ty.as_bytes());
            out.extend_from_slice(b"(\"");
            indented(&mut out, s);
            out.extend_from_slice(b"\")");
            return out;
        }
        _ => {
            let addr = match v.kind {
                Kind::Pointer { addr, .. } | Kind::Map { addr, .. } | Kind::Chan { addr } => addr,
                _ => addr,
            };
            return format!("({}) {:#x}", v.ty, addr).into_bytes();
        }
    };
    if plain {
        return number.into_bytes();
    }
    format!("{}({number})", v.ty).into_bytes()
}
