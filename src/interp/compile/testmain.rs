//! Test files: a file is run as the test binary `go test -c` builds when its name ends in
//! `_test.go`, or when its package is not `main` and it imports "testing" and declares tests.
//! The binary's main is made here, as syntax: one `testing` registration per `TestXxx(t
//! *testing.T)` in source order, then the run. It reaches `testing` through an import and names
//! no program can write (`·`), so it neither clashes with the file's names nor lets a program
//! call the library's unexported functions.

use super::super::ast::*;
use super::{Compiler, Ent};

/// The local name of the test main's own import of "testing".
const TESTING: &str = "testing·";
/// The name of the test main.
pub(crate) const TEST_MAIN: &str = "·testmain";

/// Whether `file` (named `filename`) is a test file to run as a test binary.
pub fn is_test_file(file: &File, filename: &str) -> bool {
    let base = filename.rsplit('/').next().unwrap_or(filename);
    if base.ends_with("_test.go") {
        return true;
    }
    file.package != "main"
        && file.imports.iter().any(|i| i.path == "testing")
        && file.decls.iter().any(|d| matches!(d, Decl::Func(f) if f.recv.is_none() && is_test_name(&f.name)))
}

/// `TestXxx` is a test name when nothing follows `Test` or what follows does not start with a
/// lower-case letter.
fn is_test_name(name: &str) -> bool {
    name.strip_prefix("Test").is_some_and(|rest| !rest.starts_with(|c: char| c.is_lowercase()))
}

/// The test binary's main calling `tests`, and the import it needs.
pub(crate) fn test_main(tests: &[String]) -> (Import, FuncDecl) {
    let pos = Pos::default();
    let e = |kind: ExprKind| Expr { kind, pos };
    let call = |name: &str, args: Vec<Expr>| Stmt {
        kind: StmtKind::Expr(e(ExprKind::Call {
            fun: Box::new(e(ExprKind::Selector(Box::new(e(ExprKind::Ident(TESTING.into()))), name.into(), pos))),
            args,
            spread: false,
            end: pos,
        })),
        pos,
    };
    let mut stmts: Vec<Stmt> = tests.iter().map(|n| call("·add", vec![e(ExprKind::Str(n.clone())), e(ExprKind::Ident(n.clone()))])).collect();
    stmts.push(call("·run", vec![]));
    let import = Import { path: "testing".into(), name: Some(TESTING.into()), pos };
    let main = FuncDecl { recv: None, name: TEST_MAIN.into(), pos, sig: FuncType::default(), body: Some(Block { stmts, pos, end: pos }), generic: false };
    (import, main)
}

/// Whether `sig` is `(t *testing.T)` (any parameter name, `testing` as the file imports it).
fn takes_testing_t(file: &File, sig: &FuncType) -> bool {
    let local = |i: &str| file.imports.iter().any(|im| im.path == "testing" && im.name.as_deref().unwrap_or("testing") == i);
    sig.results.is_empty()
        && sig.params.len() == 1
        && sig.params[0].names.len() <= 1
        && matches!(&sig.params[0].ty.kind, ExprKind::Star(x) if matches!(&x.kind, ExprKind::Selector(p, n, _) if n == "T" && matches!(&p.kind, ExprKind::Ident(i) if local(i))))
}

impl Compiler {
    /// The file's tests, in order, after the checks `go test` makes (Go's messages: a test's
    /// signature, `Test` followed by a lower-case letter); gives the test main the `testing`
    /// functions it calls.
    pub(crate) fn prepare_test_main(&mut self, file: &File) -> Vec<String> {
        let mut tests = Vec::new();
        for d in &file.decls {
            let Decl::Func(f) = d else { continue };
            if f.recv.is_some() || !f.name.starts_with("Test") {
                continue;
            }
            let ok = takes_testing_t(file, &f.sig);
            if f.name == "TestMain" {
                self.err(f.pos, "TestMain(m *testing.M) is not supported here");
            } else if !is_test_name(&f.name) {
                if ok {
                    self.err(f.pos, format!("{} has malformed name: first letter after 'Test' must not be lowercase", f.name));
                }
            } else if ok {
                tests.push(f.name.clone());
            } else {
                self.err(Pos { line: f.pos.line, col: 1 }, format!("wrong signature for {}, must be: func {}(t *testing.T)", f.name, f.name));
            }
        }
        if let Some(m) = self.libs.get_mut("testing") {
            for (hidden, name) in [("·add", "addTest"), ("·run", "runTests")] {
                if let Some(ent) = m.get(name).cloned() {
                    m.insert(hidden.into(), ent);
                }
            }
        }
        tests
    }

    /// Whether a program may name library member `name` (only the test main's own `·` names
    /// besides exported ones).
    pub(crate) fn hidden_member(name: &str) -> bool {
        name.starts_with('·')
    }

    /// The function a test main compiled to.
    pub(crate) fn test_main_fn(&self) -> Option<u32> {
        match self.pkg.get(TEST_MAIN) {
            Some(Ent::Func(i, _)) => Some(*i),
            _ => None,
        }
    }
}
