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
        kind: CodeKind::Fragment { scope },
        role: CodeRole::Example,
    }
}
