//! gorun: a Go interpreter on the engine's virtual clock.
//!
//! Pipeline: [`lexer`] -> [`parser`] (an [`ast`] with positions) -> `compile` (checks types and
//! reports Go's compile errors, emitting compact bytecode per function, locals in slots) -> `vm`
//! (goroutines as data, one scheduler, a seeded RNG, a virtual clock whose contexts are the
//! [`crate::engine`]'s). The only way to run is the step function ([`vm::Machine::step`]); [`run`]
//! loops on it.
//!
//! [`fmt`] is Go's value formatting over a neutral value tree (`FVal`), with the `strconv`,
//! `time` and `strings` pieces that print or parse text; the VM prints with its own
//! `vm::format` today.
//!
//! **Invariant**: pure. No Leptos, no web APIs, no wall clock; no input makes it panic or hang
//! (limits on steps, goroutines, call depth and output end every run).

pub mod ast;
pub mod bytecode;
pub mod compile;
pub mod fmt;
pub mod imports;
pub mod lexer;
pub mod parser;
pub mod trace;
pub mod types;
pub mod vm;
pub mod vet;

/// Limits that end a run with a clear message instead of exhausting the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytecode instructions executed, in total.
    pub max_steps: u64,
    /// Goroutines alive at once.
    pub max_goroutines: usize,
    /// Call depth of one goroutine (Go's `goroutine stack exceeds` fatal error).
    pub max_call_depth: usize,
    /// Bytes written to stdout and stderr together.
    pub max_output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_steps: 500_000_000, max_goroutines: 100_000, max_call_depth: 100_000, max_output_bytes: 16 << 20 }
    }
}

/// How to run a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Seed of the generator behind select choices, map order and `math/rand`.
    pub seed: u64,
    /// `os.Args[1:]`.
    pub args: Vec<String>,
    /// Resource limits.
    pub limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options { seed: 1, args: Vec::new(), limits: Limits::default() }
    }
}

/// What a whole run produced.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr (compile errors, panics, fatal errors).
    pub stderr: String,
    /// The exit status: 0, 1 for compile errors (and a test file's failed tests), 2 for panics
    /// and fatal errors, 128+n for signal n's default action (as a shell reports it), or
    /// `os.Exit`'s.
    pub exit: i32,
    /// The trace of events.
    pub trace: Vec<trace::Event>,
}

/// Checks and compiles a program: a machine ready to step, or the compile errors as Go prints
/// them (`FILE:LINE:COL: message` lines, at most ten).
pub fn load(filename: &str, source: &str, opts: &Options) -> Result<vm::Machine, String> {
    let file = parser::parse_file(source).map_err(|(pos, msg)| format!("{filename}:{}:{}: {msg}\n", pos.line, pos.col))?;
    let prog = compile::compile(&file, filename).map_err(|errs| {
        let mut out = String::new();
        for (i, (pos, msg)) in errs.iter().enumerate() {
            if i == 10 {
                out.push_str(&format!("{filename}:{}:{}: too many errors\n", pos.line, pos.col));
                break;
            }
            if pos.line == 0 {
                out.push_str(&format!("{msg}\n"));
            } else {
                out.push_str(&format!("{filename}:{}:{}: {msg}\n", pos.line, pos.col));
            }
        }
        out
    })?;
    Ok(vm::Machine::new(prog, opts))
}

/// Checks, compiles and runs a whole program to its end (loops on the step function).
pub fn run(filename: &str, source: &str, opts: &Options) -> Outcome {
    match load(filename, source, opts) {
        Err(stderr) => Outcome { stderr, exit: 1, ..Outcome::default() },
        Ok(mut m) => {
            let exit = m.run();
            Outcome { stdout: m.stdout().to_string(), stderr: m.stderr().to_string(), exit, trace: m.take_trace() }
        }
    }
}

/// `go vet -lostcancel` findings, each `FILE:LINE:COL: message`, in Go's order.
/// A program that does not compile is an error (its compile errors, as `go vet` reports them).
pub fn vet(filename: &str, source: &str) -> Result<Vec<String>, String> {
    let file = parser::parse_file(source).map_err(|(pos, msg)| format!("{filename}:{}:{}: {msg}", pos.line, pos.col))?;
    if let Err(stderr) = load(filename, source, &Options::default()) {
        return Err(stderr.trim_end().to_string());
    }
    Ok(vet::lostcancel(&file).iter().map(|f| f.render(filename)).collect())
}
