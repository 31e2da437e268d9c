//! Library calls of the recording (strconv, time, strings), dispatched by name.

use serde_json::Value;

/// Runs one recorded library call; `Err` describes a mismatch.
pub fn check_lib(case: &Value) -> Result<(), String> {
    Err(format!("no Rust counterpart for {}", case["fn"]))
}
