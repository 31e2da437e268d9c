//! Which `Error`/`String`/`GoString` methods a print needs, before printing.
//!
//! Go's `fmt` calls these methods lazily, while printing, and only where its rules say so. An
//! interpreter that runs Go methods step by step cannot be called back from the middle of a
//! `Sprintf`, so it asks first: it builds the operands with [`Call::Pending`] methods, gets the
//! list here (in Go's call order), runs those methods as ordinary Go calls, resolves them into
//! the tree ([`FVal::resolve`]) and prints.
//!
//! [`Call::Pending`]: super::Call::Pending
//! [`FVal::resolve`]: super::FVal::resolve

use super::printf::{run_print, run_printf, run_println};
use super::value::FVal;

/// The print operation, as in Go.
#[derive(Clone, Copy, Debug)]
pub enum Op<'a> {
    /// `fmt.Sprintf` (and `Printf`, `Fprintf`) with this format.
    Sprintf(&'a [u8]),
    /// `fmt.Errorf` with this format (`%w` allowed).
    Errorf(&'a [u8]),
    /// `fmt.Sprint` (and `Print`, `Fprint`).
    Sprint,
    /// `fmt.Sprintln` (and `Println`, `Fprintln`).
    Sprintln,
}

/// The handles of the pending method calls Go's `fmt` makes for `op` over `args`, in the order
/// it makes them (a method used twice is listed twice). Empty when nothing is pending.
pub fn method_calls(op: Op<'_>, args: &[FVal]) -> Vec<u64> {
    match op {
        Op::Sprintf(format) => run_printf(format, args, false).0.pending,
        Op::Errorf(format) => run_printf(format, args, true).0.pending,
        Op::Sprint => run_print(args).pending,
        Op::Sprintln => run_println(args).pending,
    }
}
