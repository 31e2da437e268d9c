//! Reading and writing the saved record, through every bad-record case, via one `check` helper.

use context_lab::content::quiz;
use context_lab::progress::{Date, Exercise, Progress};
use context_lab::storage::{
    self, decode, encode, load_from, replace_in, save_to, Loaded, MemoryBackend, NoticeKind, Part,
    SaveBlocked, SaveError, StorageError, BACKUP_KEY, KEY, VERSION,
};

/// What a decode should produce. `progress` is built with the public transitions.
struct Expect {
    progress: Progress,
    notice: Option<(NoticeKind, &'static [Part])>,
    backed_up: bool,
    blocked: Option<SaveBlocked>,
    /// Words the notice's message must contain.
    says: &'static [&'static str],
}

impl Expect {
    fn fresh() -> Expect {
        Expect {
            progress: Progress::new(),
            notice: None,
            backed_up: false,
            blocked: None,
            says: &[],
        }
    }
    fn unreadable(says: &'static [&'static str]) -> Expect {
        Expect {
            notice: Some((NoticeKind::Unreadable, &[Part::Everything])),
            backed_up: true,
            says,
            ..Expect::fresh()
        }
    }
    fn kept(progress: Progress) -> Expect {
        Expect {
            progress,
            ..Expect::fresh()
        }
    }
    fn partly(progress: Progress, reset: &'static [Part], says: &'static [&'static str]) -> Expect {
        Expect {
            progress,
            notice: Some((NoticeKind::PartlyReset, reset)),
            backed_up: true,
            says,
            ..Expect::fresh()
        }
    }
}

fn check(raw: Option<&str>, expect: Expect) {
    let Loaded {
        progress,
        notice,
        backup,
        save_blocked,
    } = decode(raw);
    assert_eq!(progress, expect.progress, "progress of {raw:?}");
    assert_eq!(
        notice.as_ref().map(|n| (n.kind, n.reset.as_slice())),
        expect.notice,
        "notice of {raw:?}"
    );
    let message = notice.map(|n| n.message).unwrap_or_default();
    for word in expect.says {
        assert!(
            message.contains(word),
            "{raw:?}: {message:?} lacks {word:?}"
        );
    }
    assert_eq!(
        backup.as_deref(),
        expect.backed_up.then_some(raw).flatten(),
        "backup of {raw:?}"
    );
    assert_eq!(save_blocked, expect.blocked, "save_blocked of {raw:?}");
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

/// Sections read, presets explored, two answers (one right, one wrong), exercise started.
fn sample() -> Progress {
    let mut p = Progress::new();
    p.mark_section_read("roots");
    p.mark_section_read("with-cancel");
    p.explore_preset("leak");
    p.answer("ctx-first-parameter", "true").expect("known ids");
    p.answer("value-use", "db-pool").expect("known ids");
    p.set_exercise(Exercise::Started);
    p
}

/// A v2 record whose progress object is `fields`.
fn v2(fields: &str) -> String {
    format!(r#"{{"version": 2, "progress": {{{fields}}}}}"#)
}

const GOOD_FIELDS: &str = r#""sections_read": ["roots", "with-cancel"],
    "presets_explored": ["leak"],
    "answers": {"ctx-first-parameter": {"choice": "true", "correct": true},
                "value-use": {"choice": "db-pool", "correct": false}},
    "exercise": "started", "completed": null"#;

#[test]
fn no_record_or_blank_starts_fresh_silently() {
    check(None, Expect::fresh());
    check(Some(""), Expect::fresh());
    check(Some("  \n"), Expect::fresh());
}

#[test]
fn unreadable_records_start_fresh_keep_a_backup_and_say_why() {
    check(
        Some("{\"version\": 2, \"progress\": {"),
        Expect::unreadable(&["isn't valid JSON", BACKUP_KEY]),
    );
    check(
        Some("not json at all"),
        Expect::unreadable(&["isn't valid JSON"]),
    );
    for not_object in ["[1, 2]", "\"text\"", "42", "null", "true"] {
        check(
            Some(not_object),
            Expect::unreadable(&["isn't a progress record"]),
        );
    }
    check(
        Some(r#"{"progress": {}}"#),
        Expect::unreadable(&["has no version number"]),
    );
    check(
        Some(r#"{"version": "2", "progress": {}}"#),
        Expect::unreadable(&["isn't a whole number"]),
    );
    check(
        Some(r#"{"version": -1, "progress": {}}"#),
        Expect::unreadable(&["isn't a whole number"]),
    );
    check(
        Some(r#"{"version": 0, "progress": {}}"#),
        Expect::unreadable(&["version 0 is unknown"]),
    );
    check(
        Some(r#"{"version": 2}"#),
        Expect::unreadable(&["has no progress data"]),
    );
    check(
        Some(r#"{"version": 2, "progress": []}"#),
        Expect::unreadable(&["has no progress data"]),
    );
}

#[test]
fn a_current_record_is_read_whole() {
    check(Some(&v2(GOOD_FIELDS)), Expect::kept(sample()));
    check(Some(&v2("")), Expect::kept(Progress::new()));
}

#[test]
fn an_older_version_is_migrated() {
    let v1 = r#"{"version": 1, "progress": {
        "sections": ["roots", "with-cancel"],
        "quiz": {"ctx-first-parameter": "true", "value-use": "db-pool"},
        "completed": null}}"#;
    // The sample without what v1 could not hold: presets and the exercise.
    let mut want = Progress::new();
    want.mark_section_read("roots");
    want.mark_section_read("with-cancel");
    want.answer("ctx-first-parameter", "true")
        .expect("known ids");
    want.answer("value-use", "db-pool").expect("known ids");
    check(Some(v1), Expect::kept(want));

    // A completed v1 learner stays complete, even though v1 had fewer questions.
    let v1_done =
        r#"{"version": 1, "progress": {"sections": [], "quiz": {}, "completed": "2024-11-02"}}"#;
    let loaded = decode(Some(v1_done));
    assert_eq!(loaded.progress.completed(), Some(&date("2024-11-02")));
    assert_eq!(loaded.notice, None);

    // A wrong-typed v1 field is reported like a v2 one.
    let v1_bad = r#"{"version": 1, "progress": {"sections": ["roots"], "quiz": {"value-use": 3}}}"#;
    let mut roots = Progress::new();
    roots.mark_section_read("roots");
    check(
        Some(v1_bad),
        Expect::partly(roots, &[Part::QuizAnswers], &["your quiz answers"]),
    );
}

#[test]
fn a_newer_version_is_never_overwritten() {
    let newer = r#"{"version": 3, "progress": {"whatever": "the future holds"}}"#;
    check(
        Some(newer),
        Expect {
            notice: Some((NoticeKind::NewerVersion, &[])),
            blocked: Some(SaveBlocked::NewerVersion { found: 3 }),
            says: &["newer version", "won't save over it", "reset progress"],
            ..Expect::fresh()
        },
    );
    assert_eq!(storage::newer_version(Some(newer)), Some(3));
    assert_eq!(storage::newer_version(Some(&v2(""))), None);

    // save refuses, and leaves the record as it was; replace (after an explicit reset) writes.
    let backend = MemoryBackend::with_record(Some(newer));
    assert!(!load_from(&backend).expect("readable").can_save());
    assert_eq!(
        save_to(&backend, &sample()),
        Err(SaveError::NewerVersion { found: 3 })
    );
    assert_eq!(backend.value(KEY).as_deref(), Some(newer));
    assert_eq!(
        backend.value(BACKUP_KEY),
        None,
        "a newer record is not 'corrupt'"
    );
    replace_in(&backend, &Progress::new()).expect("replaced");
    assert_eq!(
        decode(backend.value(KEY).as_deref()).progress,
        Progress::new()
    );
}

#[test]
fn wrong_types_reset_only_their_field() {
    use Part::{Completion, PresetsExplored, QuizAnswers, SectionsRead};
    let cases: &[(&str, &[Part])] = &[
        (r#""sections_read": "roots""#, &[SectionsRead]),
        (r#""sections_read": ["roots", 7]"#, &[SectionsRead]),
        (r#""presets_explored": {"leak": true}"#, &[PresetsExplored]),
        (r#""answers": ["true"]"#, &[QuizAnswers]),
        (r#""answers": {"value-use": {"choice": 2}}"#, &[QuizAnswers]),
        (r#""exercise": "finished-twice""#, &[Part::Exercise]),
        (r#""exercise": 1"#, &[Part::Exercise]),
        (r#""completed": true"#, &[Completion]),
        (r#""completed": "last tuesday""#, &[Completion]),
        (
            r#""sections_read": null, "completed": 5"#,
            &[SectionsRead, Completion],
        ),
    ];
    for (bad, reset) in cases {
        // The good fields, with the bad ones overriding theirs (later keys win in serde_json).
        let raw = v2(&format!("{GOOD_FIELDS}, {bad}"));
        let loaded = decode(Some(&raw));
        let notice = loaded.notice.expect("a notice");
        assert_eq!(
            (notice.kind, notice.reset.as_slice()),
            (NoticeKind::PartlyReset, *reset),
            "{bad}"
        );
        for part in *reset {
            assert!(
                notice.message.contains(part.label()),
                "{bad}: {}",
                notice.message
            );
        }
        assert_eq!(loaded.backup.as_deref(), Some(raw.as_str()));
        // Everything not reset is kept: the sample, minus the reset parts.
        let p = loaded.progress;
        let s = sample();
        let kept = |part: Part| !reset.contains(&part);
        if kept(SectionsRead) {
            assert_eq!(
                p.sections_read().collect::<Vec<_>>(),
                s.sections_read().collect::<Vec<_>>(),
                "{bad}"
            );
        }
        if kept(PresetsExplored) {
            assert!(p.is_preset_explored("leak"), "{bad}");
        }
        if kept(QuizAnswers) {
            assert_eq!(p.score(), s.score(), "{bad}");
        }
        if kept(Part::Exercise) {
            assert_eq!(p.exercise(), s.exercise(), "{bad}");
        }
    }
    // A partly bad array keeps its good elements.
    let loaded = decode(Some(&v2(r#""sections_read": ["roots", 7, "deadlines"]"#)));
    assert_eq!(
        loaded.progress.sections_read().collect::<Vec<_>>(),
        ["deadlines", "roots"]
    );
}

#[test]
fn unknown_ids_from_older_content_are_dropped_silently() {
    let raw = v2(r#""sections_read": ["roots", "appendix-b"],
        "presets_explored": ["leak", "retired-preset"],
        "answers": {"retired-question": {"choice": "a", "correct": true},
                    "value-use": {"choice": "retired-choice", "correct": true},
                    "ctx-first-parameter": {"choice": "true", "correct": true}}"#);
    let mut want = Progress::new();
    want.mark_section_read("roots");
    want.explore_preset("leak");
    want.answer("ctx-first-parameter", "true")
        .expect("known ids");
    check(Some(&raw), Expect::kept(want));
}

#[test]
fn answers_are_regraded_against_the_current_quiz() {
    // Saved as correct, but "db-pool" is not the right answer to value-use.
    let raw = v2(r#""answers": {"value-use": {"choice": "db-pool", "correct": true}}"#);
    let p = decode(Some(&raw)).progress;
    assert_eq!(p.score().correct, 0);
    assert_eq!(p.answer_to("value-use").map(|a| a.correct), Some(false));
}

#[test]
fn encode_then_decode_round_trips() {
    let mut done = Progress::new();
    for q in quiz::questions() {
        done.answer(q.id, q.correct).expect("known ids");
    }
    done.set_exercise(Exercise::Solved);
    done.complete(date("2025-06-01")).expect("passed");
    for p in [Progress::new(), sample(), done] {
        let raw = encode(&p);
        assert!(raw.contains(&format!("\"version\":{VERSION}")), "{raw}");
        check(Some(&raw), Expect::kept(p));
    }
}

#[test]
fn load_backs_up_an_unreadable_record_before_anything_overwrites_it() {
    let backend = MemoryBackend::with_record(Some("{oops"));
    let loaded = load_from(&backend).expect("readable");
    assert!(loaded.can_save());
    assert_eq!(backend.value(BACKUP_KEY).as_deref(), Some("{oops"));
    save_to(&backend, &sample()).expect("saved");
    assert_eq!(decode(backend.value(KEY).as_deref()).progress, sample());
    assert_eq!(backend.value(BACKUP_KEY).as_deref(), Some("{oops"));
}

#[test]
fn when_the_backup_fails_saving_is_blocked_and_the_notice_says_so() {
    let backend = MemoryBackend {
        fail_set: Some(StorageError::QuotaExceeded),
        ..MemoryBackend::with_record(Some("{oops"))
    };
    let loaded = load_from(&backend).expect("readable");
    assert_eq!(loaded.save_blocked, Some(SaveBlocked::BackupFailed));
    let message = loaded.notice.expect("a notice").message;
    assert!(message.contains("couldn't be copied aside"), "{message}");
    assert!(!message.contains(BACKUP_KEY), "{message}");
}

#[test]
fn a_throwing_or_missing_storage_gives_errors_with_learner_messages() {
    let no_store = "Your browser isn't letting this page store data, so progress won't be kept after you close the tab.";
    let denied = MemoryBackend {
        fail_get: Some(StorageError::Denied),
        ..Default::default()
    };
    let err = load_from(&denied).expect_err("denied");
    assert_eq!(err.to_string(), no_store);

    let full = MemoryBackend {
        fail_set: Some(StorageError::QuotaExceeded),
        ..Default::default()
    };
    let err = save_to(&full, &sample()).expect_err("full");
    assert_eq!(err, SaveError::Storage(StorageError::QuotaExceeded));
    assert!(err.to_string().contains("storage for this site is full"));

    // Off the web, the real localStorage is simply unavailable.
    assert_eq!(
        storage::load().map(|_| ()),
        Err(storage::LoadError(StorageError::Unavailable))
    );
    assert_eq!(
        storage::save(&sample()),
        Err(SaveError::Storage(StorageError::Unavailable))
    );
    assert_eq!(StorageError::Unavailable.to_string(), no_store);
}

#[test]
fn dom_exceptions_are_classified_by_name() {
    for (name, want) in [
        ("QuotaExceededError", StorageError::QuotaExceeded),
        ("NS_ERROR_DOM_QUOTA_REACHED", StorageError::QuotaExceeded),
        ("SecurityError", StorageError::Denied),
        (
            "Error",
            StorageError::Other("Error: setItem blocked".into()),
        ),
    ] {
        assert_eq!(StorageError::from_dom(name, "setItem blocked"), want);
    }
}
