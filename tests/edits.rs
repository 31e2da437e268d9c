//! The playground's saved edits (`storage::edits`): kept per lesson program under a versioned
//! key, read robustly (what cannot be read is reported and backed up, never dropped silently),
//! a newer version's record left alone, and storage switched off survived.

use context_lab::content;
use context_lab::storage::edits::{self, decode, Edits, BACKUP_KEY, KEY};
use context_lab::storage::{Backend, MemoryBackend, SaveError, StorageError};

fn starter() -> &'static str {
    content::example("exercise-starter").map(|e| e.source).unwrap_or_default()
}

#[test]
fn an_edit_is_kept_per_program_and_forgotten_when_it_is_the_original_again() {
    let mut e = Edits::default();
    assert!(e.set("exercise-starter", "package main // mine"));
    assert!(!e.set("exercise-starter", "package main // mine"), "the same text is no change");
    assert_eq!(e.get("exercise-starter"), Some("package main // mine"));
    assert!(e.set("exercise-starter", starter()), "back to the original forgets the edit");
    assert_eq!(e.get("exercise-starter"), None);
    assert!(!e.set("no-such-program", "x"), "only lesson programs have edits");
    assert!(!e.set("exercise-starter", &"x".repeat(edits::MAX_EDIT + 1)), "an edit has a size limit");
}

#[test]
fn edits_survive_a_save_and_a_load() {
    let backend = MemoryBackend::default();
    let mut e = Edits::default();
    e.set("exercise-starter", "package main // mine");
    edits::save_to(&backend, &e).expect("saved");
    let raw = backend.value(KEY).unwrap_or_default();
    assert_eq!(raw, r#"{"edits":{"exercise-starter":"package main // mine"},"version":1}"#);
    let loaded = edits::load_from(&backend).expect("loaded");
    assert_eq!((loaded.edits, loaded.notice, loaded.save_blocked), (e, None, false));
}

#[test]
fn an_unreadable_record_is_reported_and_backed_up() {
    for raw in ["{not json", "[]", r#"{"version":1}"#, r#"{"version":"1","edits":{}}"#, r#"{"version":0,"edits":{}}"#] {
        let loaded = decode(Some(raw));
        assert!(loaded.edits.is_empty(), "{raw}");
        assert_eq!(loaded.backup.as_deref(), Some(raw));
        assert!(loaded.notice.as_deref().is_some_and(|n| n.contains("could not be read") && n.contains(BACKUP_KEY)), "{raw}: {:?}", loaded.notice);
    }
    let backend = MemoryBackend::with_record(None);
    backend.set(KEY, "{not json").expect("set");
    let loaded = edits::load_from(&backend).expect("loaded");
    assert_eq!(backend.value(BACKUP_KEY).as_deref(), Some("{not json"), "the old text is kept before anything is written");
    assert!(!loaded.save_blocked);
}

#[test]
fn unreadable_entries_are_left_out_and_said_so_the_rest_kept() {
    let raw = r#"{"version":1,"edits":{"exercise-starter":"mine","gone-program":"old","timeout":42}}"#;
    let loaded = decode(Some(raw));
    assert_eq!(loaded.edits.get("exercise-starter"), Some("mine"));
    assert_eq!(loaded.edits.len(), 1);
    assert!(loaded.notice.as_deref().is_some_and(|n| n.contains("(2 of 3)")), "{:?}", loaded.notice);
    assert_eq!(loaded.backup.as_deref(), Some(raw));
}

#[test]
fn a_newer_versions_record_is_never_written_over() {
    let raw = r#"{"version":2,"edits":{"exercise-starter":"future"}}"#;
    let loaded = decode(Some(raw));
    assert!(loaded.save_blocked && loaded.backup.is_none());
    assert!(loaded.notice.as_deref().is_some_and(|n| n.contains("newer version")));
    let backend = MemoryBackend::default();
    backend.set(KEY, raw).expect("set");
    assert_eq!(edits::save_to(&backend, &Edits::default()), Err(SaveError::NewerVersion { found: 2 }));
    assert_eq!(backend.value(KEY).as_deref(), Some(raw));
}

#[test]
fn storage_switched_off_is_an_error_to_report_not_a_crash() {
    let backend = MemoryBackend { fail_get: Some(StorageError::Denied), fail_set: Some(StorageError::Denied), ..MemoryBackend::default() };
    assert_eq!(edits::load_from(&backend), Err(StorageError::Denied));
    assert_eq!(edits::save_to(&backend, &Edits::default()), Err(SaveError::Storage(StorageError::Denied)));
    // Natively there is no localStorage at all: the same path the browser takes when it is off.
    assert_eq!(edits::load(), Err(StorageError::Unavailable));
}
