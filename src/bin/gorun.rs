//! `gorun`: runs a Go program on the interpreter (virtual clock, deterministic), checks it with
//! the lostcancel vet analyzer, or writes its trace. See `gorun --help`.

use context_lab::interp::{self, Options};
use std::io::Write;
use std::process::ExitCode;

const HELP: &str = "gorun: run Go context programs on a virtual clock, exactly as real Go does

usage:
  gorun FILE.go [ARGS...]          run the program (stdout, stderr and exit status as Go's)
  gorun --trace FILE.go [ARGS...]  run it and write its trace as JSON lines to FILE.go.trace.jsonl
  gorun vet FILE.go                report `go vet -lostcancel` findings (exit 1 if any)
  gorun --seed N ...               seed for select choices, map order and math/rand (default 1)
  gorun --help                     this help

Time is virtual: sleeps, timers and deadlines never wait, and the clock jumps to the next timer
when every goroutine is blocked. Compile errors exit 1, panics and fatal errors exit 2.
";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = Options::default();
    let mut trace = false;
    loop {
        match args.first().map(String::as_str) {
            Some("--help") | Some("-h") | None => {
                print!("{HELP}");
                return if args.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
            }
            Some("--trace") => {
                trace = true;
                args.remove(0);
            }
            Some("--seed") => {
                args.remove(0);
                if args.is_empty() {
                    eprintln!("gorun: --seed needs a number");
                    return ExitCode::from(2);
                }
                match args.remove(0).parse() {
                    Ok(s) => opts.seed = s,
                    Err(_) => {
                        eprintln!("gorun: --seed needs a number");
                        return ExitCode::from(2);
                    }
                }
            }
            _ => break,
        }
    }
    if args.first().map(String::as_str) == Some("vet") {
        let Some(path) = args.get(1) else {
            eprintln!("gorun vet: missing FILE.go");
            return ExitCode::from(2);
        };
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("gorun: {path}: {e}");
                return ExitCode::from(1);
            }
        };
        return match interp::vet(display_name(path), &src) {
            Ok(findings) if findings.is_empty() => ExitCode::SUCCESS,
            Ok(findings) => {
                for f in findings {
                    eprintln!("{f}");
                }
                ExitCode::from(1)
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        };
    }
    let path = args.remove(0);
    opts.args = args;
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gorun: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let out = interp::run(display_name(&path), &src, &opts);
    print!("{}", out.stdout);
    eprint!("{}", out.stderr);
    let _ = std::io::stdout().flush();
    if trace {
        let tpath = format!("{path}.trace.jsonl");
        let mut text = String::new();
        for e in &out.trace {
            text.push_str(&e.to_json());
            text.push('\n');
        }
        if let Err(e) = std::fs::write(&tpath, text) {
            eprintln!("gorun: writing {tpath}: {e}");
        }
    }
    ExitCode::from(out.exit.clamp(0, 255) as u8)
}

/// The file name as Go prints it in errors (the base name, as `go build` run in its folder).
fn display_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}
