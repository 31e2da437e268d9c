//! The lesson as data: sections, code examples, quiz questions and tree presets.
//!
//! This module owns *what the lesson says*. The UI owns how it looks: it walks
//! [`sections()`], renders each [`Block`], turns prose into elements with
//! [`inline::parse`] and colours code with [`highlight::highlight`].
//!
//! Every Go example is real Go: `tests/content.rs` checks each one with `gofmt`,
//! type-checks and vets every fragment (wrapped in a function or a file, with its
//! [`CodeKind::Fragment::given`] declarations), and vets and runs every [`CodeKind::Program`]
//! with real Go, comparing its output with the recorded expected output. A program whose
//! file name ends in `_test.go` is a test file, run as `go test` runs it.
//!
//! **Invariant**: pure data and pure functions. No Leptos, no web-sys, no gloo, no
//! wasm-bindgen, no clock, no I/O.

pub mod english;
pub mod highlight;
pub mod inline;
mod lesson;
pub mod presets;
pub mod quiz;

/// The lesson's title, shown as the page heading.
pub const TITLE: &str = "Context";

/// One sentence under the title saying what the lesson is about.
pub const SUBTITLE: &str = "Propagate cancellation, deadlines and request-scoped values across \
goroutines and API boundaries with Go's context package.";

/// Topic tags for the header, in display order (shown as "Go · Advanced · Concurrency").
pub const TAGS: &[&str] = &["Go", "Advanced", "Concurrency"];

/// Topics a learner should know before starting, for a "Recommended first" note.
pub const PREREQUISITES: &[&str] = &["Goroutines", "Channels", "select"];

/// Prose reading speed used by [`read_minutes`], in words per minute: the average silent
/// reading rate for non-fiction measured by Brysbaert (2019).
pub const WORDS_PER_MINUTE: usize = 238;

/// Code reading speed used by [`read_minutes`], in lines per minute: a first pass reads
/// code and its output at about two lines a second, to be studied (and run) later.
pub const CODE_LINES_PER_MINUTE: usize = 120;

/// One part of the lesson, with its own anchor and heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// The anchor (`#id`); stable, because other parts of the app link to it.
    pub id: &'static str,
    /// The section heading (plain text, no markup).
    pub title: &'static str,
    /// The section's content, top to bottom.
    pub blocks: &'static [Block],
}

/// One piece of a section's content.
///
/// Strings marked "inline markup" use the small markup described in [`inline`]:
/// `` `code` ``, `**strong**`, `*emphasis*` and `[text](#anchor)` links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph (inline markup).
    Para(&'static str),
    /// A bulleted list; each item is inline markup.
    List(&'static [&'static str]),
    /// A sub-heading inside a section, with its own anchor.
    Heading {
        /// The anchor (`#id`), unique across sections and headings.
        id: &'static str,
        /// The heading text (plain text).
        text: &'static str,
        /// The Go release that introduced what the heading names, e.g. `Some("Go 1.20")`.
        since: Option<&'static str>,
    },
    /// A Go code block.
    Code(CodeExample),
    /// A boxed aside that stands out from the prose.
    Callout {
        /// What kind of aside this is (drives its icon and colour).
        kind: CalloutKind,
        /// A short title (plain text).
        title: &'static str,
        /// The body (inline markup).
        body: &'static str,
    },
    /// Shell commands a learner types, one per line, shown as a terminal block.
    Commands(&'static [&'static str]),
    /// Hints for the exercise, best revealed one at a time; each is inline markup.
    Hints(&'static [&'static str]),
    /// Where the knowledge-check quiz goes; the quiz itself is built elsewhere.
    Quiz,
}

/// The kind of a [`Block::Callout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalloutKind {
    /// Background worth knowing.
    Note,
    /// A helpful habit.
    Tip,
    /// A mistake that causes real bugs.
    Warning,
    /// A convention or rule Go programmers follow.
    Rule,
}

impl CalloutKind {
    /// The label a screen reader or a badge can show, e.g. `"Warning"`.
    pub fn label(self) -> &'static str {
        match self {
            CalloutKind::Note => "Note",
            CalloutKind::Tip => "Tip",
            CalloutKind::Warning => "Warning",
            CalloutKind::Rule => "Rule",
        }
    }
}

/// The standard-library packages the in-page Go interpreter (`crate::interp`, run in the
/// playground's worker) provides. Kept here, not read from the interpreter, so the page's bundle
/// carries no interpreter code; a native test keeps the two lists equal.
pub const IN_PAGE_PACKAGES: &[&str] =
    &["context", "errors", "fmt", "math", "math/rand", "os", "sort", "strconv", "strings", "sync", "time"];

/// A Go code block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeExample {
    /// A stable id, unique across the lesson (kebab-case).
    pub id: &'static str,
    /// A one-line caption shown with the code (inline markup); every program has one.
    pub caption: Option<&'static str>,
    /// The file name to show in the block's header, e.g. `Some("main.go")`.
    pub filename: Option<&'static str>,
    /// The Go source, exactly as shown (gofmt-formatted, tabs for indentation).
    pub source: &'static str,
    /// Whether this is a whole program or a piece of one.
    pub kind: CodeKind,
    /// What the block is for in the lesson.
    pub role: CodeRole,
}

/// Whether a [`CodeExample`] is a whole program or a piece of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A complete file that compiles, passes `go vet` and runs: a `package main` program, or
    /// a test file (its `filename` ends in `_test.go`) that `go test` runs.
    Program {
        /// What real Go prints when it runs: stdout and stderr, interleaved, exactly (for a
        /// test file, what the test binary prints, before `go test`'s `ok` line).
        expected_output: &'static str,
    },
    /// A snippet shown in the prose; it type-checks as Go once wrapped as `scope` says,
    /// next to the declarations in `given`.
    Fragment {
        /// Where in a Go file the snippet belongs.
        scope: FragmentScope,
        /// Go declarations the snippet uses but does not show (a `parent` context, a `db`,
        /// the types a method works on), written at the top level of a file. Empty when the
        /// snippet needs nothing beyond the packages it names.
        given: &'static str,
    },
}

/// Where in a Go file a [`CodeKind::Fragment`] belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FragmentScope {
    /// Statements: they type-check as the body of a function (variables they declare may be
    /// used by statements the snippet leaves out).
    Statements,
    /// Declarations (types, functions, constants): they type-check at the top level of a file.
    Declarations,
}

/// What a [`CodeExample`] is for in the lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRole {
    /// An example to read (and, for a program, to run).
    Example,
    /// The exercise's starting point: compiles and runs, with `TODO`s for the learner.
    Starter,
    /// The exercise's worked solution: hide it until the learner asks for it.
    Solution,
}

impl CodeExample {
    /// The output real Go prints for a [`CodeKind::Program`]; `None` for a fragment.
    pub fn expected_output(&self) -> Option<&'static str> {
        match self.kind {
            CodeKind::Program { expected_output } => Some(expected_output),
            CodeKind::Fragment { .. } => None,
        }
    }

    /// Whether this is a complete program that can be run.
    pub fn is_program(&self) -> bool {
        matches!(self.kind, CodeKind::Program { .. })
    }

    /// The import paths of the source, in order (`import "x"` lines and `import ( ... )` blocks).
    pub fn imports(&self) -> Vec<&'static str> {
        let mut paths = Vec::new();
        let mut in_block = false;
        for line in self.source.lines().map(str::trim) {
            let spec = if in_block {
                if line.starts_with(')') {
                    in_block = false;
                    continue;
                }
                line
            } else if line == "import (" {
                in_block = true;
                continue;
            } else if let Some(rest) = line.strip_prefix("import ") {
                rest
            } else {
                continue;
            };
            // `name "path"` or `"path"`: the path is the quoted part.
            if let Some(path) = spec.split('"').nth(1) {
                paths.push(path);
            }
        }
        paths
    }

    /// For a complete program, the first package it imports that the in-page Go lacks
    /// ([`IN_PAGE_PACKAGES`]); `None` when the playground can run it.
    pub fn missing_in_page(&self) -> Option<&'static str> {
        self.imports().into_iter().find(|p| !IN_PAGE_PACKAGES.contains(p))
    }

    /// Whether the playground can run this example: a complete `main` program whose imports the
    /// in-page Go provides (a `_test.go` file is run by `go test`, not here).
    pub fn runs_in_page(&self) -> bool {
        self.is_program()
            && !self.filename.is_some_and(|f| f.ends_with("_test.go"))
            && self.missing_in_page().is_none()
    }
}

impl Section {
    /// The code examples in this section, in order.
    pub fn examples(&self) -> impl Iterator<Item = &'static CodeExample> {
        self.blocks.iter().filter_map(|block| match block {
            Block::Code(example) => Some(example),
            _ => None,
        })
    }
}

/// Every section of the lesson, in reading order.
pub fn sections() -> &'static [Section] {
    lesson::SECTIONS
}

/// The section with this anchor id, if there is one.
pub fn section(id: &str) -> Option<&'static Section> {
    sections().iter().find(|s| s.id == id)
}

/// The sections before and after the one with this id, for prev/next navigation.
///
/// Returns `(None, None)` for an unknown id.
pub fn neighbours(id: &str) -> (Option<&'static Section>, Option<&'static Section>) {
    let all = sections();
    match all.iter().position(|s| s.id == id) {
        Some(i) => (i.checked_sub(1).map(|p| &all[p]), all.get(i + 1)),
        None => (None, None),
    }
}

/// Every code example in the lesson, in reading order.
pub fn examples() -> impl Iterator<Item = &'static CodeExample> {
    sections().iter().flat_map(Section::examples)
}

/// The code example with this id, if there is one.
pub fn example(id: &str) -> Option<&'static CodeExample> {
    examples().find(|e| e.id == id)
}

/// Every anchor id in the lesson: section ids and sub-heading ids, in reading order.
pub fn anchors() -> impl Iterator<Item = &'static str> {
    sections().iter().flat_map(|s| {
        std::iter::once(s.id).chain(s.blocks.iter().filter_map(|b| match b {
            Block::Heading { id, .. } => Some(*id),
            _ => None,
        }))
    })
}

/// How many words of prose a learner reads: titles, paragraphs, lists, callouts, hints.
///
/// Markup characters are counted as part of words, which is close enough for an estimate.
pub fn word_count() -> usize {
    fn words(s: &str) -> usize {
        s.split_whitespace().count()
    }
    let mut total = words(TITLE) + words(SUBTITLE);
    for section in sections() {
        total += words(section.title);
        for block in section.blocks {
            total += match block {
                Block::Para(text) => words(text),
                Block::List(items) | Block::Hints(items) => items.iter().map(|i| words(i)).sum(),
                Block::Heading { text, .. } => words(text),
                Block::Code(example) => example.caption.map_or(0, words),
                Block::Callout { title, body, .. } => words(title) + words(body),
                Block::Commands(_) | Block::Quiz => 0,
            };
        }
    }
    total
}

/// How many lines of code a learner reads: every code block shown up front and its
/// output, but not hidden solutions.
pub fn code_line_count() -> usize {
    examples()
        .filter(|e| e.role != CodeRole::Solution)
        .map(|e| e.source.lines().count() + e.expected_output().map_or(0, |o| o.lines().count()))
        .sum()
}

/// Estimated reading time in whole minutes (at least 1): prose at [`WORDS_PER_MINUTE`]
/// plus code at [`CODE_LINES_PER_MINUTE`], rounded to the nearest minute.
pub fn read_minutes() -> usize {
    let seconds =
        word_count() * 60 / WORDS_PER_MINUTE + code_line_count() * 60 / CODE_LINES_PER_MINUTE;
    ((seconds + 30) / 60).max(1)
}

/// The reading time as the header shows it, e.g. `"12 min read"`.
pub fn read_time_label() -> String {
    format!("{} min read", read_minutes())
}
