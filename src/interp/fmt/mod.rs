//! Go's text formatting and parsing, pure: `fmt`'s printing verbs, and the parts of `strconv`,
//! `time` and `strings` whose exact output is easy to get subtly wrong.
//!
//! The interpreter converts its runtime values into [`FVal`] trees and calls [`sprintf`],
//! [`sprint`], [`sprintln`] or [`errorf`] (`Print*`/`Fprint*` are the same text written elsewhere),
//! and [`panic_text`] for what a dying program prints after `panic: `. The builtin
//! `print`/`println` write floats as [`format_float`]`(v, b'g', -1, 64)` (`3.5`, `1e+21`) in Go 1.27.
//! Nothing here knows the interpreter, reads a clock or allocates addresses: the caller passes
//! everything in. Every behaviour is checked against real Go by `tests/interp_fmt.rs`.
//!
//! # Building an `FVal` (the interpreter's side of the contract)
//! - **Types**: `ty` is the dynamic type as Go's `%T` prints it: `int`, `main.Celsius`,
//!   `*main.T`, `[]interface {}`, `map[string]int`, `struct { A int }`, `func(int) string`,
//!   `chan int`, `[]uint8` for `[]byte`; [`GoType`]'s `Display` spells any type that way. A
//!   named type keeps its underlying kind: `type ctxKey string` is `Kind::Str` with `ty`
//!   `main.ctxKey` (Sprint's spacing and `%q` follow the kind): see [`FVal::named`].
//! - **Interfaces**: give the dynamic value. A nil interface is [`FVal::nil`] as an operand and
//!   [`FVal::nil_of`]`("error")` (its static type) inside a slice, map or struct field.
//! - **Methods**: when the dynamic type (its method set: `T` or `*T`) has `Error() string`,
//!   `String() string` or `GoString() string`, call it and attach the result ([`Call`]), or the
//!   panic value if it panicked. Attach them at every depth; this module decides, by Go's rules,
//!   where they are used: `Error` before `String`, for `%v %s %q %x %X` and the `Print`
//!   functions, never for `%d` or other verbs; `GoString` only for `%#v`; never below an
//!   unexported struct field (so mark [`Field::exported`]); never inside a `%!verb(...)`.
//!   A panic prints `%!v(PANIC=String method: boom)`, or `<nil>` for a nil pointer receiver.
//!   Go calls these methods lazily, only where used: to do the same, attach [`Call::Pending`]
//!   handles, ask [`method_calls`] which ones Go would call and in what order, call exactly
//!   those, [`FVal::resolve`] them, then print (results attached eagerly also work, but then
//!   methods run that Go would not run, which shows when they have side effects).
//! - **Pointers**: `addr` 0 is nil; otherwise use [`fake_address`] of the object's allocation
//!   number (`0xc000010000 + 16·n`), so printed addresses are stable from run to run. Give `target` (the pointed-to struct, array, slice
//!   or map) to operands that are pointers and to pointers with no other pointer above them;
//!   deeper ones print only their address, which keeps cyclic structures finite.
//! - **Slices**: `items: None` is a nil slice (`[]` but `[]int(nil)` under `%#v`); `bytes`
//!   marks element kind `uint8`, printed as text by `%s %q %x %X`. Maps: entries in any order.
//! - **Errorf**: [`errorf`] returns the message and which operands `%w` wraps ([`Wrapped`]), the
//!   interpreter builds Go's `*fmt.wrapError` or `*fmt.wrapErrors` from them.
//! - **Not modelled**: complex numbers, `fmt.Formatter` (custom `Format` methods), and keys of
//!   interface-typed maps with different dynamic types are ordered by type name (Go uses the
//!   type descriptor's address).
//!
//! # Usage
//! ```
//! use context_lab::interp::fmt::{method_calls, sprintf, sprintln, Call, FVal, Op};
//!
//! let t = |a| FVal::strukt("main.T", vec![("A", FVal::int(a))]);
//! let p = FVal::pointer("*main.T", 0xc000010010, Some(t(2)));
//! let args = [FVal::float64(3.14159), t(1), p, FVal::string("hi")];
//! assert_eq!(sprintf("%5.2f|%v|%+v|%q", &args), r#" 3.14|{1}|&{A:2}|"hi""#);
//!
//! // A Stringer (`type Temp float64`) and an error, their methods already run.
//! let temp = FVal::float64(21.5).named("main.Temp").with_string(Call::returned("21.5°C"));
//! let boom = FVal::pointer("*errors.errorString", 0xc000010020, None).with_error(Call::returned("boom"));
//! assert_eq!(sprintln(&[temp, FVal::string("and"), boom]), "21.5°C and boom\n");
//!
//! // `type Level int` with a String method not run yet: `%v` calls it, `%d` does not.
//! let level = |call| FVal::int_of("main.Level", 3).with_string(call);
//! let mut args = [level(Call::Pending(1)), level(Call::Pending(2))];
//! assert_eq!(method_calls(Op::Sprintf(b"%v %d"), &args), vec![1]);
//! args[0].resolve(1, &Call::returned("high"));
//! assert_eq!(sprintf("%v %d", &args), "high 3");
//! ```
//!
//! Layers, bottom up: `quote`/`isprint` and `float` (strconv text) → `pad` (one verb's flags,
//! width and padding) → `sort` and `print` (one operand, recursively) → `printf` (format strings
//! and operand lists) → `calls` (which methods a print needs). Beside them: `types` (type
//! names), `strconv` (over `numerr`, `atof`, `unquote`), `time` (over `duration`, `calendar`,
//! `layout`) and `strings` (over `case`).

mod atof;
mod calendar;
mod calls;
mod case;
mod duration;
mod float;
mod isprint;
mod layout;
mod numerr;
mod pad;
mod panic;
mod print;
mod printf;
mod quote;
mod sort;
pub mod strconv;
pub mod strings;
pub mod time;
mod types;
mod unquote;
mod value;

pub use calls::{method_calls, Op};
pub use float::format_float;
pub use panic::panic_text;
pub use printf::{errorf, sprint, sprint_bytes, sprintf, sprintf_bytes, sprintln, sprintln_bytes, Wrapped};
pub use quote::{can_backquote, is_print, quote, quote_rune, quote_rune_to_ascii, quote_to_ascii};
pub use types::{ChanDir, GoType, StructField};
pub use unquote::{unquote, ERR_SYNTAX};
pub use value::{fake_address, Call, FVal, Field, Kind, Methods};
