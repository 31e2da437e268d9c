//! gorun never panics, hangs or runs away, whatever it is given.
//!
//! A seeded generator feeds `interp::run` and `interp::vet` with mutated corpus programs (tokens
//! and lines deleted, duplicated, swapped or replaced, truncations, random characters) and with
//! random programs from a small Go grammar, each under small [`Limits`]. Every input must give an
//! error or a result: a panic (caught per input with `catch_unwind`), an input that runs longer than
//! a generous wall-clock bound (a hang, not a speed target), or output beyond the output limit is a
//! failure, reported with the input itself. Failing inputs are also written to
//! `target/gorun-fuzz-failures/`; those worth keeping go to `tests/gorun/fuzz/crashers/`, which
//! every run checks again.
//!
//! Longer runs: `GORUN_FUZZ_SEED` (default 9), `GORUN_FUZZ_MUTANTS` (default 600),
//! `GORUN_FUZZ_PROGRAMS` (default 200), `GORUN_FUZZ_HANG_SECS` (default 20). `GORUN_FUZZ_DUMP=DIR`
//! also writes the grammar's programs to DIR (to check them against real Go).

#[path = "gorun/fuzz/grammar.rs"]
mod grammar;
#[path = "gorun/fuzz/mutate.rs"]
mod mutate;
#[path = "gorun/fuzz/rng.rs"]
mod rng;

use context_lab::interp::{self, Limits, Options};
use rng::Rng;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Limits small enough that any input ends quickly, large enough that real programs get going.
// The struct update keeps this compiling when a limit is added (then that one keeps its default).
#[allow(clippy::needless_update)]
fn small_limits() -> Limits {
    Limits { max_steps: 300_000, max_goroutines: 200, max_call_depth: 400, max_output_bytes: 64 << 10, ..Limits::default() }
}

/// Every `.go` file of the given folders under `tests/gorun`, in a stable order.
fn go_files(dirs: &[&str]) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gorun");
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
        paths.sort();
        for p in paths {
            if let Ok(src) = std::fs::read_to_string(&p) {
                out.push((format!("{dir}/{}", p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()), src));
            }
        }
    }
    out
}

static PANIC_MSG: Mutex<Option<String>> = Mutex::new(None);

thread_local! {
    /// True on the threads that run inputs: their panics are recorded, not printed.
    static WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn install_hook() {
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !WORKER.with(|w| w.get()) {
            return default(info);
        }
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_else(|| "(non-string panic)".into());
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if let Ok(mut slot) = PANIC_MSG.lock() {
            *slot = Some(format!("{msg}{at}"));
        }
    }));
}

/// Runs one input through `run` and `vet`; `Err` says what went wrong.
fn check(src: String, hang: Duration) -> Result<(), String> {
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::Builder::new().stack_size(64 << 20).spawn(move || {
        WORKER.with(|w| w.set(true));
        let limits = small_limits();
        let max_out = limits.max_output_bytes;
        let opts = Options { seed: 7, args: Vec::new(), limits };
        let ran = panic::catch_unwind(AssertUnwindSafe(|| interp::run("fuzz.go", &src, &opts)));
        let result = match ran {
            Err(_) => Err(format!("run panicked: {}", PANIC_MSG.lock().ok().and_then(|m| m.clone()).unwrap_or_default())),
            Ok(out) if out.stdout.len() + out.stderr.len() > max_out + 4096 => {
                Err(format!("output of {} bytes passed the {max_out}-byte limit", out.stdout.len() + out.stderr.len()))
            }
            Ok(_) => match panic::catch_unwind(AssertUnwindSafe(|| {
                let _ = interp::vet("fuzz.go", &src);
                // The lostcancel pass itself, on whatever parses (vet may stop at type errors first).
                if let Ok(file) = interp::parser::parse_file(&src) {
                    let _ = interp::vet::lostcancel(&file);
                }
            })) {
                Err(_) => Err(format!("vet panicked: {}", PANIC_MSG.lock().ok().and_then(|m| m.clone()).unwrap_or_default())),
                Ok(()) => Ok(()),
            },
        };
        let _ = tx.send(result);
    });
    if worker.is_err() {
        return Err("could not start a thread".into());
    }
    match rx.recv_timeout(hang) {
        Ok(r) => r,
        Err(_) => Err(format!("no result after {}s (hang or runaway)", hang.as_secs())),
    }
}

struct Failure {
    origin: String,
    problem: String,
    input: String,
}

fn report(failures: &[Failure], total: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gorun-fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    let mut msg = format!("{} of {total} inputs failed (each written to {}):\n", failures.len(), dir.display());
    for (i, f) in failures.iter().enumerate() {
        let _ = std::fs::write(dir.join(format!("{i:03}.go")), &f.input);
        msg.push_str(&format!("  {i:03}.go: {} -- {}\n", f.origin, f.problem));
    }
    for (i, f) in failures.iter().enumerate().take(2) {
        msg.push_str(&format!("\n--- {i:03}.go ---\n{}\n", f.input));
    }
    msg
}

#[test]
fn gorun_survives_mutated_and_random_programs() {
    install_hook();
    let seed = env_num("GORUN_FUZZ_SEED", 9);
    let mutants = env_num("GORUN_FUZZ_MUTANTS", 600) as usize;
    let programs = env_num("GORUN_FUZZ_PROGRAMS", 200) as usize;
    let hang = Duration::from_secs(env_num("GORUN_FUZZ_HANG_SECS", 20));
    let corpus = go_files(&["corpus", "vet", "unsupported", "bench"]);
    assert!(corpus.len() > 100, "the corpus under tests/gorun is missing ({} programs)", corpus.len());

    let mut rng = Rng::new(seed);
    let mut failures = Vec::new();
    let mut total = 0;
    for i in 0..mutants + programs {
        let (origin, input) = if i < mutants && i % 3 == 2 {
            // A runnable random program, then broken: reaches deeper into checker and VM.
            let size = 1 + rng.below(4);
            let p = grammar::program(&mut rng, size);
            let (m, how) = mutate::mutate(&p, &mut rng);
            (format!("grammar program (seed {seed}, input #{i}) mutated ({how})"), m)
        } else if i < mutants {
            let (name, src) = rng.pick(&corpus);
            let (m, how) = mutate::mutate(src, &mut rng);
            (format!("{name} mutated ({how})"), m)
        } else {
            let size = 1 + rng.below(6);
            let p = grammar::program(&mut rng, size);
            if let Ok(dir) = std::env::var("GORUN_FUZZ_DUMP") {
                let _ = std::fs::create_dir_all(&dir);
                let _ = std::fs::write(Path::new(&dir).join(format!("p{:04}.go", i - mutants)), &p);
            }
            (format!("grammar program (seed {seed}, #{})", i - mutants), p)
        };
        total += 1;
        if let Err(problem) = check(input.clone(), hang) {
            let timed_out = problem.starts_with("no result");
            failures.push(Failure { origin, problem, input });
            if timed_out {
                break; // a hung worker keeps its thread; stop rather than pile them up
            }
        }
    }
    // Inputs that once broke it (kept as regressions), and the unmutated cases themselves.
    for (name, src) in go_files(&["fuzz/crashers"]).iter().chain(corpus.iter()) {
        total += 1;
        if let Err(problem) = check(src.clone(), hang) {
            failures.push(Failure { origin: name.clone(), problem, input: src.clone() });
        }
    }
    assert!(failures.is_empty(), "{}", report(&failures, total));
}

#[test]
fn mutations_keep_text_valid_and_are_reproducible() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo, 世界\")\n}\n";
    let (mut a, mut b) = (Rng::new(3), Rng::new(3));
    for _ in 0..500 {
        let (x, how) = mutate::mutate(src, &mut a);
        let (y, _) = mutate::mutate(src, &mut b);
        assert_eq!(x, y, "same seed, different mutation ({how})");
    }
    assert_eq!(mutate::tokens(src).concat(), src, "tokens must join back to the source");
    let p1 = grammar::program(&mut Rng::new(5), 4);
    let p2 = grammar::program(&mut Rng::new(5), 4);
    assert_eq!(p1, p2);
    assert!(p1.starts_with("package main") && p1.contains("func main() {"));
}
