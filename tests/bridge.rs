//! The messages between the page's two wasm modules (`ui::bridge`): every message either module
//! can send reads back as itself, and nothing else reads as a message.

use context_lab::content::{self, presets::PRESETS};
use context_lab::progress::Exercise;
use context_lab::ui::bridge::Message;
use context_lab::ui::TreeRequest;

fn every_message() -> Vec<Message> {
    let mut all = Vec::new();
    for p in PRESETS {
        for (pin, scroll_y) in [(false, 0.0), (true, 12_345.0)] {
            all.push(Message::OpenTree { request: TreeRequest { preset: p.id, pin }, scroll_y });
        }
        all.push(Message::Explored(p.id));
    }
    for e in content::examples() {
        all.push(Message::Run(e.id));
    }
    for state in [Exercise::NotStarted, Exercise::Started, Exercise::Solved] {
        all.push(Message::Exercise(state));
    }
    all
}

#[test]
fn every_message_reads_back_as_itself() {
    let all = every_message();
    assert!(all.len() > PRESETS.len() * 3, "presets and examples give messages");
    for m in all {
        let line = m.encode();
        assert!(!line.contains('\n'), "one line: {line:?}");
        assert_eq!(Message::decode(&line), Some(m), "{line:?}");
    }
}

#[test]
fn a_scroll_position_is_kept_to_the_pixel_and_never_negative() {
    let p = PRESETS[0].id;
    let open = |scroll_y| Message::OpenTree { request: TreeRequest { preset: p, pin: false }, scroll_y };
    assert_eq!(Message::decode(&open(1234.4).encode()), Some(open(1234.0)));
    assert_eq!(Message::decode(&open(-30.0).encode()), Some(open(0.0)));
}

#[test]
fn anything_else_is_not_a_message() {
    let p = PRESETS[0].id;
    let e = content::examples().next().map(|e| e.id).unwrap_or_default();
    for text in [
        String::new(),
        "open-tree".into(),
        format!("open-tree {p}"),
        format!("open-tree {p} pin"),
        format!("open-tree {p} maybe 0"),
        format!("open-tree {p} pin -5"),
        format!("open-tree {p} pin 10 extra"),
        "open-tree no-such-preset pin 0".into(),
        "run no-such-example".into(),
        format!("run {e} extra"),
        format!("run  {e}"),
        "explored no-such-preset".into(),
        format!("explored {e}"),
        format!("Explored {p}"),
        "exercise".into(),
        "exercise done".into(),
        "exercise solved extra".into(),
        "exercise Solved".into(),
        format!("delete {p}"),
        format!("<img src=x onerror=alert(1)> {p}"),
    ] {
        assert_eq!(Message::decode(&text), None, "{text:?}");
    }
}
