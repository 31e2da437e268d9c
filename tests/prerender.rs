//! The page as painted before the wasm arrives (`ui::prerender`, run at build time): it carries
//! the whole lesson, and a painted twin for every part the app brings to life, so the swap is
//! exact and nothing is missing when a reader starts before the app does.

use context_lab::content::{self, quiz};
use context_lab::ui::prerender;

#[test]
fn the_painted_page_has_every_section_heading_and_anchor() {
    let html = prerender();
    for s in content::sections() {
        assert!(html.contains(&format!("id=\"{}\"", s.id)), "section {} is painted", s.id);
        assert!(html.contains(&format!("href=\"#{}\"", s.id)), "the contents link to {}", s.id);
    }
    for anchor in content::anchors() {
        assert!(html.contains(&format!("id=\"{anchor}\"")), "anchor {anchor} exists before the app starts");
    }
    assert!(html.contains(&format!("<h1>{}</h1>", content::TITLE)));
}

#[test]
fn every_interactive_part_has_a_painted_twin() {
    let html = prerender();
    for example in content::examples() {
        assert_eq!(html.matches(&format!("data-copy=\"{}\"", example.id)).count(), 1, "copy button of {}", example.id);
    }
    for q in quiz::questions() {
        assert_eq!(html.matches(&format!("data-question=\"{}\"", q.id)).count(), 1, "question {}", q.id);
    }
    for example in content::examples() {
        let runnable = example.is_program() && context_lab::play::imports::runs_in_playground(example.source);
        assert_eq!(html.matches(&format!("data-run=\"{}\"", example.id)).count(), usize::from(runnable), "Run button of {}", example.id);
    }
    for s in content::sections() {
        let has_tree = content::presets::for_section(s.id).is_some();
        assert_eq!(html.matches(&format!("id=\"{}-tree-open\"", s.id)).count(), usize::from(has_tree), "Show tree of {}", s.id);
    }
    for twin in ["class=\"tree-fab\"", "href=\"#tree\" class=\"skip-link\"", "class=\"header-progress\"", "class=\"offline-status\"", "class=\"notices\"", "class=\"toc\"",
        "class=\"quiz-score\"", "id=\"your-progress\"", "class=\"tree-panel\""] {
        assert_eq!(html.matches(twin).count(), 1, "{twin}");
    }
}

#[test]
fn the_painted_page_shows_fresh_progress_and_escapes_text() {
    let html = prerender();
    assert!(html.contains(&format!("0 of {} sections read", content::sections().len())));
    assert!(!html.contains("<script"), "no script in the painted body");
    // Code is text: Go's `<-` and `&` arrive escaped.
    assert!(html.contains("&lt;-"), "channel receives are escaped");
    assert!(!html.contains("<-ctx"), "no raw `<` from code");
}
