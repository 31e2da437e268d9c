//! Which programs the playground can run: those importing only packages the Go interpreter
//! (`interp`, in the worker) provides. The page decides from the source alone, so it links no
//! interpreter; `tests/play.rs` checks this list against the interpreter itself.

/// The import paths the interpreter provides, sorted.
pub const PACKAGES: &[&str] = &[
    "bytes",
    "context",
    "errors",
    "fmt",
    "golang.org/x/sync/errgroup",
    "io",
    "math",
    "math/rand",
    "net",
    "net/http",
    "net/http/httptest",
    "net/url",
    "os",
    "os/signal",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "syscall",
    "testing",
    "time",
];

/// The import paths of a Go source file, in order: `import "p"`, `import name "p"` and
/// parenthesised groups (comments and blank lines skipped).
pub fn import_paths(source: &str) -> Vec<&str> {
    let mut paths = Vec::new();
    let mut in_group = false;
    for line in source.lines().map(str::trim) {
        let spec = if in_group {
            if line.starts_with(')') {
                in_group = false;
                continue;
            }
            line
        } else if let Some(rest) = line.strip_prefix("import") {
            let rest = rest.trim_start();
            if rest.starts_with('(') {
                in_group = true;
                continue;
            }
            rest
        } else if line.starts_with("func ") || line.starts_with("type ") || line.starts_with("var ") || line.starts_with("const ") {
            break;
        } else {
            continue;
        };
        if let Some(path) = spec.split('"').nth(1).filter(|_| !spec.starts_with("//")) {
            paths.push(path);
        }
    }
    paths
}

/// The first package the program imports that the interpreter does not provide, if any.
pub fn missing_package(source: &str) -> Option<&str> {
    import_paths(source).into_iter().find(|p| PACKAGES.binary_search(p).is_err())
}

/// The program imports only packages the interpreter provides.
pub fn runs_in_playground(source: &str) -> bool {
    missing_package(source).is_none()
}
