//! The lesson's text, one file per part of the syllabus, assembled into [`SECTIONS`].
//!
//! Complete programs live as real Go files under `src/content/examples/<id>/main.go`
//! (so Go tooling can read them) and are pulled in with `include_str!`; their expected
//! output, recorded from real Go 1.27, sits next to them here.
//!
//! **Invariant**: data only; the section ids and their order are fixed, because the
//! table of contents, the quiz and the tree link to them.

use super::{CodeExample, CodeKind, CodeRole, FragmentScope, Section};

mod basics;
mod cancel;
mod chain;
mod deadlines;
mod intro;
mod newer;
mod patterns;
mod practice;
mod values;

/// Every section, in reading order.
pub(super) static SECTIONS: &[Section] = &[
    intro::OBJECTIVES,
    intro::WHY_CONTEXT,
    basics::ROOTS,
    cancel::WITH_CANCEL,
    deadlines::DEADLINES,
    chain::CALL_CHAIN,
    values::WITH_VALUE,
    newer::NEWER_APIS,
    patterns::PATTERNS,
    practice::KNOWLEDGE_CHECK,
    practice::EXERCISE,
    practice::NEXT,
];

/// A complete example program saved as `main.go`, with the output real Go prints.
const fn program(
    id: &'static str,
    caption: &'static str,
    source: &'static str,
    expected_output: &'static str,
) -> CodeExample {
    CodeExample {
        id,
        caption: Some(caption),
        filename: Some("main.go"),
        source,
        kind: CodeKind::Program { expected_output },
        role: CodeRole::Example,
    }
}

/// A snippet of statements, shown in the prose.
const fn statements(id: &'static str, source: &'static str) -> CodeExample {
    fragment(id, FragmentScope::Statements, source)
}

/// A snippet of top-level declarations, shown in the prose.
const fn declarations(id: &'static str, source: &'static str) -> CodeExample {
    fragment(id, FragmentScope::Declarations, source)
}

const fn fragment(id: &'static str, scope: FragmentScope, source: &'static str) -> CodeExample {
    CodeExample {
        id,
        caption: None,
        filename: None,
        source,
        kind: CodeKind::Fragment { scope, given: "" },
        role: CodeRole::Example,
    }
}

/// What a fragment that derives from `parent` is given: a context it did not create.
const PARENT: &str = "var parent context.Context\n";

/// The same fragment, type-checked next to `given`: the declarations it uses but doesn't show.
const fn given(example: CodeExample, given: &'static str) -> CodeExample {
    let mut example = example;
    if let CodeKind::Fragment { scope, .. } = example.kind {
        example.kind = CodeKind::Fragment { scope, given };
    }
    example
}

/// A complete test file (its name ends in `_test.go`), run with `go test`; `expected_output`
/// is what the test binary prints, which `go test` follows with an `ok` line and the time.
const fn test_file(
    id: &'static str,
    filename: &'static str,
    caption: &'static str,
    source: &'static str,
    expected_output: &'static str,
) -> CodeExample {
    CodeExample {
        id,
        caption: Some(caption),
        filename: Some(filename),
        source,
        kind: CodeKind::Program { expected_output },
        role: CodeRole::Example,
    }
}
