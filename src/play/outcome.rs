//! What a finished run means, in plain words: the kind of ending ([`Ending`]), a one-line
//! hint for a learner, and the source line an error points at.

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// main returned (exit status 0).
    Ok,
    /// Go refused to compile the program.
    CompileError,
    /// An unrecovered panic.
    Panic,
    /// Every goroutine was blocked: Go's deadlock fatal error.
    Deadlock,
    /// The call stack grew past its limit (usually endless recursion).
    StackOverflow,
    /// One of the playground's limits (steps, output, goroutines) ended it.
    Limit,
    /// Another fatal error (e.g. concurrent map writes, unlock of an unlocked mutex).
    Fatal,
    /// A signal the program sent itself, with no `signal.Notify` for it, ended it (`go run`
    /// prints `signal: interrupt`).
    Signal,
    /// A test file's tests ran and at least one failed (the test binary printed `FAIL`).
    TestsFailed,
    /// `os.Exit` with a non-zero status.
    Exit(i32),
}

impl Ending {
    /// Classifies a run from its exit status and stderr.
    pub fn of(exit: i32, stderr: &str) -> Ending {
        let has = |s: &str| stderr.lines().any(|l| l.starts_with(s));
        match exit {
            0 => Ending::Ok,
            _ if has("gorun: ") => Ending::Limit,
            1 if error_line(stderr).is_some() => Ending::CompileError,
            _ if has("fatal error: all goroutines are asleep") => Ending::Deadlock,
            _ if has("fatal error: stack overflow") => Ending::StackOverflow,
            _ if has("panic: ") => Ending::Panic,
            _ if has("fatal error: ") => Ending::Fatal,
            n if n > 128 && has("signal: ") => Ending::Signal,
            n => Ending::Exit(n),
        }
    }

    /// Classifies a run from its exit status and both outputs: as [`Ending::of`], and a test
    /// binary's failure (exit status 1, `FAIL` as its last line of output).
    pub fn of_run(exit: i32, stdout: &str, stderr: &str) -> Ending {
        match Ending::of(exit, stderr) {
            Ending::Exit(1) if stdout.ends_with("\nFAIL\n") || stdout == "FAIL\n" => Ending::TestsFailed,
            e => e,
        }
    }

    /// One line in plain words saying what happened and what to look at.
    pub fn hint(self) -> String {
        match self {
            Ending::Ok => "The program ran to the end of main.".into(),
            Ending::CompileError => "Go refused to compile the program, so nothing ran: fix the marked line and run it again.".into(),
            Ending::Panic => "The program panicked: the first line says why, the lines below it where it happened.".into(),
            Ending::Deadlock => {
                "Deadlock: every goroutine was waiting (on a channel, a lock or a context) and nothing could ever wake one.".into()
            }
            Ending::StackOverflow => "The call stack overflowed: a function keeps calling itself without reaching a case that stops.".into(),
            Ending::Limit => {
                "The playground stopped the program at a limit: look for a loop that never ends or output that never stops.".into()
            }
            Ending::Fatal => "The Go runtime stopped the program with a fatal error, which cannot be recovered.".into(),
            Ending::Signal => {
                "A signal ended the program: nothing asked for it with signal.Notify, so Go's default action applied.".into()
            }
            Ending::TestsFailed => "A test failed: under its --- FAIL line is what it logged, each with the line that logged it.".into(),
            Ending::Exit(n) => format!("The program called os.Exit({n})."),
        }
    }
}

/// The first error's line and message in Go's `FILE:LINE:COL: message` form, if any.
pub fn error_line(stderr: &str) -> Option<(u32, String)> {
    stderr.lines().find_map(|l| {
        let mut parts = l.splitn(4, ':');
        let (file, line, col, msg) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if !file.ends_with(".go") || col.parse::<u32>().is_err() {
            return None;
        }
        Some((line.parse().ok()?, msg.trim().to_string()))
    })
}

/// The line a panic points at in the program (`\tFILE.go:LINE +0x..` in its goroutine trace),
/// with the panic's first line as the message.
pub fn panic_line(stderr: &str) -> Option<(u32, String)> {
    let message = stderr.lines().find(|l| l.starts_with("panic: ") || l.starts_with("fatal error: "))?.to_string();
    let line = stderr.lines().find_map(|l| {
        let l = l.trim_start();
        let (file, rest) = l.split_once(".go:")?;
        if file.contains("/usr/") || file.contains("runtime/") {
            return None;
        }
        rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
    })?;
    Some((line, message))
}

/// The first line a failed test logged (`    FILE_test.go:LINE: message` under its `--- FAIL`),
/// with its message.
pub fn test_failure_line(stdout: &str) -> Option<(u32, String)> {
    stdout.lines().skip_while(|l| !l.starts_with("--- FAIL: ")).find_map(|l| {
        let (file, rest) = l.trim_start().split_once(".go:")?;
        if file.contains(' ') {
            return None;
        }
        let (line, msg) = rest.split_once(": ")?;
        Some((line.parse().ok()?, msg.to_string()))
    })
}

/// The line to mark in the editor and its message: a compile error's, or a panic's.
pub fn marked_line(ending: Ending, stderr: &str) -> Option<(u32, String)> {
    match ending {
        Ending::CompileError => error_line(stderr),
        Ending::Panic | Ending::Deadlock | Ending::Fatal => panic_line(stderr),
        _ => None,
    }
}
