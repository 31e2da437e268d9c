//! Native tests of the lesson content: its structure and links, its inline markup and the
//! Go highlighter. `tests/content_go.rs` checks every Go example with real Go, and
//! `tests/content_claims.rs` pins claims the lesson must (or must no longer) make.

use std::collections::HashSet;

use context_lab::content::highlight::{highlight, TokenClass};
use context_lab::content::inline::{self, Inline};
use context_lab::content::{self, Block, CodeExample, CodeRole, Section};

/// The syllabus, in order; other parts of the app link to these ids.
const SYLLABUS: &[&str] = &[
    "objectives",
    "why-context",
    "roots",
    "with-cancel",
    "deadlines",
    "call-chain",
    "with-value",
    "newer-apis",
    "patterns",
    "knowledge-check",
    "exercise",
    "next",
];

// ---------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------

#[test]
fn sections_follow_the_syllabus_in_order() {
    let ids: Vec<&str> = content::sections().iter().map(|s| s.id).collect();
    assert_eq!(ids, SYLLABUS);
    for id in SYLLABUS {
        assert_eq!(content::section(id).map(|s| s.id), Some(*id));
    }
    assert!(content::section("no-such-section").is_none());
}

#[test]
fn anchors_and_example_ids_are_unique_valid_and_distinct() {
    let mut seen = HashSet::new();
    for id in content::anchors().chain(content::examples().map(|e| e.id)) {
        assert!(is_valid_anchor(id), "{id:?} is not a kebab-case anchor");
        assert!(
            seen.insert(id),
            "{id:?} is used twice (anchors and example ids share one namespace)"
        );
    }
}

#[test]
fn every_link_goes_to_an_anchor_or_an_https_page() {
    let anchors: HashSet<&str> = content::anchors().collect();
    let mut links = 0;
    for (section, text) in inline_texts() {
        for run in inline::parse(text) {
            if let Inline::Link { text: label, href } = run {
                links += 1;
                assert!(!label.trim().is_empty(), "empty link text in {section}");
                match href.strip_prefix('#') {
                    Some(anchor) => {
                        assert!(
                            anchors.contains(anchor),
                            "{section}: link to unknown #{anchor}"
                        )
                    }
                    None => assert!(href.starts_with("https://"), "{section}: odd link {href}"),
                }
            }
        }
    }
    assert!(
        links >= 4,
        "expected the lesson to cross-link its sections, found {links} links"
    );
}

#[test]
fn markup_is_balanced_and_no_block_is_empty() {
    for section in content::sections() {
        assert!(!section.title.trim().is_empty());
        assert!(!section.blocks.is_empty(), "{} has no blocks", section.id);
        for block in section.blocks {
            match block {
                Block::List(items) | Block::Hints(items) | Block::Commands(items) => {
                    assert!(!items.is_empty(), "{}: empty list", section.id)
                }
                Block::Code(example) => {
                    assert!(
                        !example.source.trim().is_empty(),
                        "{}: empty code",
                        example.id
                    );
                    assert!(example.source.ends_with('\n') && !example.source.starts_with('\n'));
                }
                _ => {}
            }
        }
    }
    for (section, text) in inline_texts() {
        assert!(!text.trim().is_empty(), "{section}: empty text");
        for banned in ["lorem", "TBD", "FIXME", "XXX", "placeholder"] {
            assert!(!text.contains(banned), "{section}: {banned:?} in {text:?}");
        }
        for run in inline::parse(text) {
            match run {
                Inline::Text(t) => assert!(
                    !t.contains('`') && !t.contains("**") && !t.contains("]("),
                    "{section}: unbalanced markup in {text:?}"
                ),
                // Spans don't nest, so code marks inside a link or strong text would show.
                Inline::Link { text: t, .. } | Inline::Strong(t) | Inline::Emphasis(t) => {
                    assert!(!t.contains('`'), "{section}: backticks inside {t:?}")
                }
                Inline::Code(_) => {}
            }
        }
    }
}

#[test]
fn every_main_section_has_a_runnable_program() {
    for id in [
        "roots",
        "with-cancel",
        "deadlines",
        "call-chain",
        "with-value",
        "newer-apis",
        "patterns",
    ] {
        let section = content::section(id).expect("section exists");
        assert!(
            section.examples().any(|e| e.is_program()),
            "{id} has no runnable program"
        );
    }
    for example in content::examples().filter(|e| e.is_program()) {
        assert!(
            example.caption.is_some(),
            "program {} needs a caption",
            example.id
        );
        let filename = example.filename.unwrap_or_default();
        if filename.ends_with("_test.go") {
            assert!(
                example.source.starts_with("package ") && example.source.contains("\nfunc Test"),
                "{} is a test file without a test",
                example.id
            );
        } else {
            assert_eq!(filename, "main.go", "{}", example.id);
            assert!(
                example.source.starts_with("package main\n"),
                "{} is not package main",
                example.id
            );
        }
        assert!(
            !example.expected_output().unwrap_or("").is_empty(),
            "{}: no output",
            example.id
        );
    }
}

#[test]
fn knowledge_check_holds_the_one_quiz_marker() {
    let quizzes: Vec<&str> = content::sections()
        .iter()
        .flat_map(|s| {
            s.blocks
                .iter()
                .filter(|b| **b == Block::Quiz)
                .map(move |_| s.id)
        })
        .collect();
    assert_eq!(quizzes, ["knowledge-check"]);
}

#[test]
fn exercise_has_a_starter_hints_commands_and_a_solution() {
    let exercise = content::section("exercise").expect("exercise section");
    let roles: Vec<CodeRole> = exercise.examples().map(|e| e.role).collect();
    assert_eq!(roles, [CodeRole::Starter, CodeRole::Solution]);
    let starter = content::example("exercise-starter").expect("starter");
    assert!(
        starter.source.contains("TODO"),
        "the starter leaves work for the learner"
    );
    let solution = content::example("exercise-solution").expect("solution");
    assert!(!solution.source.contains("TODO"));
    assert!(solution.source.contains("2*time.Second") && solution.source.contains("ctx.Done()"));
    let commands = exercise.blocks.iter().find_map(|b| match b {
        Block::Commands(lines) => Some(*lines),
        _ => None,
    });
    let commands = commands.expect("commands block");
    assert!(commands.contains(&"go run main.go") && commands.contains(&"go vet ./..."));
    assert!(exercise
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Hints(h) if h.len() >= 2)));
    // Starters and solutions appear only here.
    for example in content::examples().filter(|e| e.role != CodeRole::Example) {
        assert!(
            example.id.starts_with("exercise-"),
            "{} is not in the exercise",
            example.id
        );
    }
}

#[test]
fn header_metadata_and_navigation() {
    assert_eq!(content::TITLE, "Context");
    assert_eq!(content::TAGS, ["Go", "Advanced", "Concurrency"]);
    let minutes = content::read_minutes();
    let (words, lines) = (content::word_count(), content::code_line_count());
    // A sanity range, not a target: eleven sections plus "Patterns and pitfalls" read in
    // about 25 minutes at the rates in `content::read_minutes`.
    assert!(
        (10..=30).contains(&minutes),
        "read time {minutes} min ({words} words, {lines} lines)"
    );
    assert_eq!(content::read_time_label(), format!("{minutes} min read"));

    let (prev, next) = content::neighbours("objectives");
    assert_eq!(
        (prev.map(|s| s.id), next.map(|s| s.id)),
        (None, Some("why-context"))
    );
    let (prev, next) = content::neighbours("with-value");
    assert_eq!(
        (prev.map(|s| s.id), next.map(|s| s.id)),
        (Some("call-chain"), Some("newer-apis"))
    );
    let (prev, next) = content::neighbours("next");
    assert_eq!(
        (prev.map(|s| s.id), next.map(|s| s.id)),
        (Some("exercise"), None)
    );
    assert_eq!(content::neighbours("nowhere"), (None, None));
}

// ---------------------------------------------------------------------------------------
// Highlighter
// ---------------------------------------------------------------------------------------

#[test]
fn highlighter_gives_back_every_example_exactly() {
    for example in content::examples() {
        let joined: String = highlight(example.source).iter().map(|t| t.text).collect();
        assert_eq!(joined, example.source, "{} does not round-trip", example.id);
        assert!(highlight(example.source).iter().all(|t| !t.text.is_empty()));
    }
    for odd in [
        "",
        "\"unterminated\nx := 1",
        "`raw never closed",
        "/* open comment",
        "'\\''x'\\n'",
        "s := \"a\\\"b\" // done",
        "π := 3.14 /* ∞ */ ; 日本 := `\n`",
        "x := .5e-3 + 0x1p+4 + 0xFE-1 + 1_000",
        "@#$ \\ \r\n",
    ] {
        let joined: String = highlight(odd).iter().map(|t| t.text).collect();
        assert_eq!(joined, odd);
    }
}

#[test]
fn code_runs_give_back_the_source_in_fewer_pieces_that_look_the_same() {
    use context_lab::content::highlight::runs;
    for example in content::examples() {
        let runs = runs(example.source);
        let joined: String = runs.iter().map(|r| r.text).collect();
        assert_eq!(joined, example.source, "{} does not round-trip", example.id);
        assert!(runs.windows(2).all(|w| w[0].class != w[1].class), "{}: neighbours share a style", example.id);
        assert!(runs.len() < highlight(example.source).len(), "{}: nothing merged", example.id);
        // Every byte keeps the look its token had: same style, or only a space absorbed.
        let mut at = 0;
        let mut tokens = highlight(example.source).into_iter();
        for run in &runs {
            let end = at + run.text.len();
            while at < end {
                let t = tokens.next().expect("tokens cover the source");
                assert!(
                    t.class.styled() == run.class || t.class == TokenClass::Space,
                    "{}: {:?} drawn as {:?}", example.id, t, run.class
                );
                at += t.text.len();
            }
        }
    }
    let styles = |src| runs(src).iter().map(|r| (r.text, r.class)).collect::<Vec<_>>();
    assert_eq!(
        styles("// a\n\t// b\nx"),
        vec![("// a\n\t// b", Some(TokenClass::Comment)), ("\nx", None)]
    );
    assert_eq!(
        styles("return nil, true"),
        vec![("return", Some(TokenClass::Keyword)), (" ", None), ("nil", Some(TokenClass::Builtin)), (", ", None), ("true", Some(TokenClass::Builtin))]
    );
    assert!(runs("").is_empty());
}

#[test]
fn highlighter_classifies_go_tokens() {
    use TokenClass::*;
    check_classes(
        "ctx, cancel := context.WithTimeout(ctx, 5*time.Second)",
        &[
            ("ctx", Ident),
            (":=", Punct),
            ("context", Package),
            ("WithTimeout", Function),
            ("5", Number),
            ("time", Package),
            ("Second", Ident),
        ],
    );
    check_classes(
        "func f() error { defer cancel(); return nil } // done",
        &[
            ("func", Keyword),
            ("f", Function),
            ("error", Type),
            ("defer", Keyword),
            ("cancel", Function),
            ("nil", Constant),
            ("// done", Comment),
        ],
    );
    check_classes(
        "ch := make(chan string, 1); close(ch); s := `a\n\"b\"`; r := '\\n'; x := string(r)",
        &[
            ("make", Builtin),
            ("chan", Keyword),
            ("string", Type),
            ("close", Builtin),
            ("`a\n\"b\"`", String),
            ("'\\n'", String),
        ],
    );
    // An imported alias counts as a package; a field after a dot never does.
    check_classes(
        "import (\n\tctxpkg \"context\"\n\t\"net/http\"\n)\nvar _ = ctxpkg.TODO\nvar _ = http.MethodGet\nvar _ = s.fmt.x\n/* c */",
        &[
            ("import", Keyword),
            ("\"context\"", String),
            ("ctxpkg", Package),
            ("http", Package),
            ("fmt", Ident),
            ("/* c */", Comment),
        ],
    );
    assert_eq!(TokenClass::Keyword.css_class(), "tok-keyword");
}

/// Every `(text, class)` pair must appear, in order, among the tokens of `src`.
fn check_classes(src: &str, expected: &[(&str, TokenClass)]) {
    let tokens = highlight(src);
    let mut rest = tokens.iter();
    for (text, class) in expected {
        let found = rest.by_ref().find(|t| t.text == *text);
        assert_eq!(
            found.map(|t| t.class),
            Some(*class),
            "token {text:?} in {src:?}: {tokens:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Inline markup
// ---------------------------------------------------------------------------------------

#[test]
fn inline_markup_parses() {
    use Inline::*;
    check("", &[]);
    check("plain text", &[Text("plain text")]);
    check(
        "call `cancel()` now",
        &[Text("call "), Code("cancel()"), Text(" now")],
    );
    check("**always** call", &[Strong("always"), Text(" call")]);
    check(
        "it is *cooperative*.",
        &[Text("it is "), Emphasis("cooperative"), Text(".")],
    );
    check(
        "see [roots](#roots) and [docs](https://pkg.go.dev/context)",
        &[
            Text("see "),
            Link {
                text: "roots",
                href: "#roots",
            },
            Text(" and "),
            Link {
                text: "docs",
                href: "https://pkg.go.dev/context",
            },
        ],
    );
    // Spans do not nest: markers inside a code span are code.
    check(
        "`5*time.Second` and `**x**`",
        &[Code("5*time.Second"), Text(" and "), Code("**x**")],
    );
    check("**`ctx`**", &[Strong("`ctx`")]);
    // Unmatched or spaced markers are literal text.
    check("a ` b", &[Text("a ` b")]);
    check("2 * 3 * 4", &[Text("2 * 3 * 4")]);
    check("**open", &[Text("**open")]);
    check("[no link] (x)", &[Text("[no link] (x)")]);
    check("``", &[Text("``")]);
    // A backslash makes the next character literal.
    check(r"a \*b\* c", &[Text("a "), Text("*b"), Text("* c")]);
    check(r"\`x\` é", &[Text("`x"), Text("` é")]);
    check("trailing \\", &[Text("trailing \\")]);
    assert_eq!(
        inline::plain_text("**Never** pass `nil` ([why](#call-chain))"),
        "Never pass nil (why)"
    );
}

fn check(input: &str, expected: &[Inline<'_>]) {
    assert_eq!(inline::parse(input), expected, "parsing {input:?}");
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn is_valid_anchor(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Every piece of inline markup in the lesson, with the id of its section.
fn inline_texts() -> Vec<(&'static str, &'static str)> {
    let mut texts = Vec::new();
    for Section { id, blocks, .. } in content::sections() {
        for block in *blocks {
            match block {
                Block::Para(text) => texts.push((*id, *text)),
                Block::List(items) | Block::Hints(items) => {
                    texts.extend(items.iter().map(|item| (*id, *item)))
                }
                Block::Callout { title, body, .. } => texts.extend([(*id, *title), (*id, *body)]),
                Block::Code(CodeExample {
                    caption: Some(caption),
                    ..
                }) => texts.push((*id, *caption)),
                Block::Heading { text, .. } => texts.push((*id, *text)),
                Block::Code(_) | Block::Commands(_) | Block::Quiz => {}
            }
        }
    }
    texts
}
