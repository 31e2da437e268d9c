//! Which programs the playground can run: those importing only packages the Go interpreter
//! (`interp`, in the worker) provides. The page decides from the source alone, so of the
//! interpreter it links only the text scanner of import paths (`interp::imports`);
//! `tests/play.rs` checks this list against the interpreter itself.

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

pub use crate::interp::imports::import_paths;

/// The first package the program imports that the interpreter does not provide, if any.
pub fn missing_package(source: &str) -> Option<&str> {
    import_paths(source).into_iter().find(|p| PACKAGES.binary_search(p).is_err())
}

/// The program imports only packages the interpreter provides.
pub fn runs_in_playground(source: &str) -> bool {
    missing_package(source).is_none()
}
