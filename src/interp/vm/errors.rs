//! Go panics raised by the VM and the library: the value a goroutine panics with, and the
//! constructors of Go's runtime errors (`runtime error: ...`) and plain error panics.

use super::value::{ErrObj, Value};
use std::rc::Rc;

/// A Go panic: the value passed to `panic` (or a runtime error).
pub(crate) type Panic = Value;

/// A `runtime error: msg` panic value.
pub(crate) fn rt_err(msg: impl Into<String>) -> Value {
    Value::Err(Rc::new(ErrObj::Simple(format!("runtime error: {}", msg.into()))))
}

/// A panic whose message is `msg` exactly.
pub(crate) fn plain_err(msg: impl Into<String>) -> Value {
    Value::Err(Rc::new(ErrObj::Simple(msg.into())))
}
