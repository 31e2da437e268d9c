//! Saving the learner's progress in `localStorage`: one versioned record, read robustly.
//!
//! The record lives under [`KEY`] as `{"version": 2, "progress": {...}}`:
//!
//! ```json
//! {"version": 2, "progress": {
//!   "sections_read": ["roots"], "presets_explored": ["leak"],
//!   "answers": {"value-use": {"choice": "trace-id", "correct": true}},
//!   "exercise": "not-started", "completed": "2025-06-01"}}
//! ```
//!
//! Version 1 (the first release) stored `{"sections": [...], "quiz": {"<question>": "<choice>"},
//! "completed": null | "<date>"}` and is migrated on load.
//!
//! Reading never fails the app. [`decode`] is pure and turns any text into a [`Loaded`]: the
//! progress it could recover, a [`Notice`] for the learner saying what was reset, the raw text
//! to back up under [`BACKUP_KEY`] when something could not be read (so nothing is lost), and
//! whether saving must stay off because the record came from a newer version of the app.
//!
//! Browser access goes through the small [`Backend`] trait: [`LocalStorage`] in the browser, and
//! [`MemoryBackend`] for native tests. [`load`], [`save`] and [`replace`] are the calls the UI
//! makes; on non-wasm targets they report storage as unavailable, so UI code needs no `cfg`.
//! For cross-tab sync the UI listens for the window's `storage` event and, when its key is
//! [`KEY`], calls [`decode`] on its `newValue`.
//!
//! The playground's code edits are a second record with the same care, in [`edits`].
//!
//! **Invariant**: the only module that touches `localStorage`; its browser code is the
//! `cfg(target_arch = "wasm32")` part of [`LocalStorage`], and everything else is pure.

pub mod edits;

use crate::progress::{Date, Exercise, Progress};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

/// The `localStorage` key of the progress record.
pub const KEY: &str = "context-lab/progress";

/// Where an unreadable or partly unreadable record is copied before it is replaced.
pub const BACKUP_KEY: &str = "context-lab/progress.corrupt";

/// The record version this build writes and fully understands.
pub const VERSION: u64 = 2;

/// A part of the progress that was reset because it could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The whole record.
    Everything,
    /// The sections read.
    SectionsRead,
    /// The tree presets explored.
    PresetsExplored,
    /// The quiz answers.
    QuizAnswers,
    /// The exercise's state.
    Exercise,
    /// The "lesson complete" date.
    Completion,
}

impl Part {
    /// The learner's words for this part, e.g. "your quiz answers".
    pub fn label(self) -> &'static str {
        match self {
            Part::Everything => "all of your progress",
            Part::SectionsRead => "the sections you had read",
            Part::PresetsExplored => "the tree examples you had explored",
            Part::QuizAnswers => "your quiz answers",
            Part::Exercise => "the exercise's state",
            Part::Completion => "the date you completed the lesson",
        }
    }
}

/// What kind of trouble the saved record had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Nothing could be read: the lesson starts fresh; the old text is backed up.
    Unreadable,
    /// Some fields could not be read and were reset; the rest was kept; the old text is backed up.
    PartlyReset,
    /// The record comes from a newer version: it is left untouched and saving is off.
    NewerVersion,
}

/// A dismissible message for the learner about their saved progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// What happened.
    pub kind: NoticeKind,
    /// The text to show, in full sentences.
    pub message: String,
    /// What was reset (empty for [`NoticeKind::NewerVersion`], where the saved record is untouched
    /// and only this tab starts fresh).
    pub reset: Vec<Part>,
}

/// Why saving is switched off for this page until the learner acts (see [`replace`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveBlocked {
    /// The saved record has this newer version; overwriting it would lose its data.
    NewerVersion {
        /// The version found.
        found: u64,
    },
    /// The unreadable record could not be backed up, so replacing it would lose it.
    BackupFailed,
}

/// The result of reading the saved record: always usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The progress recovered (fresh if nothing could be read).
    pub progress: Progress,
    /// A message for the learner, when something about the record was wrong.
    pub notice: Option<Notice>,
    /// The raw record to copy to [`BACKUP_KEY`] before it is overwritten, when part of it could
    /// not be read. [`load`] does the copy.
    pub backup: Option<String>,
    /// Set when saving must stay off: the UI then skips [`save`] until the learner resets
    /// progress (and calls [`replace`]).
    pub save_blocked: Option<SaveBlocked>,
}

impl Loaded {
    /// A fresh start with nothing to report.
    fn fresh() -> Loaded {
        Loaded {
            progress: Progress::new(),
            notice: None,
            backup: None,
            save_blocked: None,
        }
    }

    /// Nothing could be read: start fresh, back up `raw`, and say why in `reason`.
    fn unreadable(raw: &str, reason: &str) -> Loaded {
        let message = format!(
            "Your saved progress couldn't be read ({reason}), so the lesson starts afresh. {}",
            backed_up()
        );
        Loaded {
            notice: Some(Notice {
                kind: NoticeKind::Unreadable,
                message,
                reset: vec![Part::Everything],
            }),
            backup: Some(raw.to_owned()),
            ..Loaded::fresh()
        }
    }

    /// Whether [`save`] may be called.
    pub fn can_save(&self) -> bool {
        self.save_blocked.is_none()
    }
}

/// Reads a saved record (`None` when there is none) into progress, never failing.
///
/// - none, or blank text: a fresh start, no notice;
/// - not JSON, not an object, no usable version, no `progress` object: a fresh start, a notice,
///   and the text to back up;
/// - version 1: migrated to version 2;
/// - a version newer than [`VERSION`]: a fresh start in memory, a notice, and saving blocked so
///   the record is never overwritten;
/// - fields of the wrong type: each field is read on its own; those that can't be are reset and
///   listed in the notice, the rest kept, and the text backed up;
/// - ids the current lesson doesn't have (an older content version): dropped silently, and
///   quiz answers re-graded against the current questions.
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Loaded::fresh();
    };
    let Ok(value) = serde_json::from_str::<Value>(raw) else {
        return Loaded::unreadable(raw, "it isn't valid JSON");
    };
    let Value::Object(record) = value else {
        return Loaded::unreadable(raw, "it isn't a progress record");
    };
    let version = match record.get("version") {
        None => return Loaded::unreadable(raw, "it has no version number"),
        Some(v) => match v.as_u64() {
            Some(n) => n,
            None => return Loaded::unreadable(raw, "its version isn't a whole number"),
        },
    };
    if version > VERSION {
        return newer(version);
    }
    let fields = match (version, record.get("progress")) {
        (2, Some(Value::Object(fields))) => fields.clone(),
        (1, Some(Value::Object(fields))) => migrate_v1(fields),
        (1 | 2, _) => return Loaded::unreadable(raw, "it has no progress data"),
        _ => return Loaded::unreadable(raw, &format!("version {version} is unknown")),
    };
    let (progress, reset) = read_fields(&fields);
    if reset.is_empty() {
        return Loaded {
            progress,
            ..Loaded::fresh()
        };
    }
    let labels: Vec<&str> = reset.iter().map(|p| p.label()).collect();
    let message = format!(
        "Part of your saved progress couldn't be read, so it was reset: {}. Everything else was \
         kept. {}",
        join_words(&labels),
        backed_up()
    );
    Loaded {
        progress,
        notice: Some(Notice {
            kind: NoticeKind::PartlyReset,
            message,
            reset,
        }),
        backup: Some(raw.to_owned()),
        save_blocked: None,
    }
}

/// The record's version if it is newer than [`VERSION`], which forbids overwriting it.
pub fn newer_version(raw: Option<&str>) -> Option<u64> {
    let value: Value = serde_json::from_str(raw?).ok()?;
    value.get("version")?.as_u64().filter(|v| *v > VERSION)
}

/// The record for `progress`, at the current [`VERSION`].
pub fn encode(progress: &Progress) -> String {
    // `json!` serializes `progress` infallibly: it holds only strings, string-keyed maps, a
    // bool and a unit enum.
    let record = serde_json::json!({ "version": VERSION, "progress": progress });
    record.to_string()
}

/// The record of a newer version: leave it alone and say so.
fn newer(found: u64) -> Loaded {
    let message = format!(
        "Your saved progress was written by a newer version of Context Lab (record version \
         {found}; this page reads up to {VERSION}). To keep it safe, this page won't save over it, \
         so what you do here won't be kept. Reload to get the newer version, or reset progress \
         to start over here."
    );
    Loaded {
        notice: Some(Notice {
            kind: NoticeKind::NewerVersion,
            message,
            reset: Vec::new(),
        }),
        save_blocked: Some(SaveBlocked::NewerVersion { found }),
        ..Loaded::fresh()
    }
}

/// Version 1's progress object in version 2's shape: renamed fields, answers without grades
/// (they are re-graded anyway), no presets and no exercise yet. Values are moved as they are, so
/// a wrong-typed v1 field is reported by [`read_fields`] like a v2 one.
fn migrate_v1(v1: &Map<String, Value>) -> Map<String, Value> {
    let mut v2 = Map::new();
    if let Some(sections) = v1.get("sections") {
        v2.insert("sections_read".into(), sections.clone());
    }
    if let Some(quiz) = v1.get("quiz") {
        let answers = match quiz {
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(q, choice)| {
                        let answer = match choice {
                            Value::String(_) => serde_json::json!({ "choice": choice }),
                            other => other.clone(),
                        };
                        (q.clone(), answer)
                    })
                    .collect(),
            ),
            other => other.clone(),
        };
        v2.insert("answers".into(), answers);
    }
    if let Some(completed) = v1.get("completed") {
        v2.insert("completed".into(), completed.clone());
    }
    v2
}

/// Reads a version-2 progress object field by field. Returns the progress and the parts that had
/// to be reset. A missing field is simply empty; unknown ids are dropped by `Progress`'s own
/// transitions, which ignore them.
fn read_fields(fields: &Map<String, Value>) -> (Progress, Vec<Part>) {
    let mut progress = Progress::new();
    let mut reset = Vec::new();
    let mut flag = |part: Part, ok: bool| {
        if !ok && !reset.contains(&part) {
            reset.push(part);
        }
    };

    let ok = read_strings(fields.get("sections_read"), |id| {
        progress.mark_section_read(id);
    });
    flag(Part::SectionsRead, ok);
    let ok = read_strings(fields.get("presets_explored"), |id| {
        progress.explore_preset(id);
    });
    flag(Part::PresetsExplored, ok);

    let ok = match fields.get("answers") {
        None => true,
        Some(Value::Object(answers)) => {
            let mut all_ok = true;
            for (question, answer) in answers {
                match answer.get("choice").and_then(Value::as_str) {
                    // An unknown question or choice is stale content, not damage: dropped.
                    Some(choice) => {
                        let _stale_ids_ignored = progress.answer(question, choice);
                    }
                    None => all_ok = false,
                }
            }
            all_ok
        }
        Some(_) => false,
    };
    flag(Part::QuizAnswers, ok);

    let ok = match fields.get("exercise") {
        None => true,
        Some(v) => match serde_json::from_value::<Exercise>(v.clone()) {
            Ok(state) => {
                progress.set_exercise(state);
                true
            }
            Err(_) => false,
        },
    };
    flag(Part::Exercise, ok);

    let ok = match fields.get("completed") {
        None | Some(Value::Null) => true,
        Some(v) => match v.as_str().and_then(Date::parse) {
            Some(date) => {
                progress.restore_completed(Some(date));
                true
            }
            None => false,
        },
    };
    flag(Part::Completion, ok);

    (progress, reset)
}

/// Calls `add` on each string of an array field; false if the field (or any element) isn't a
/// string, in which case the readable elements are still added. A missing field is fine.
fn read_strings(value: Option<&Value>, mut add: impl FnMut(&str)) -> bool {
    match value {
        None => true,
        Some(Value::Array(items)) => {
            let mut all_ok = true;
            for item in items {
                match item.as_str() {
                    Some(s) => add(s),
                    None => all_ok = false,
                }
            }
            all_ok
        }
        Some(_) => false,
    }
}

/// The notice's last sentence when the old record was copied to [`BACKUP_KEY`].
fn backed_up() -> String {
    format!("A copy of the old record was kept in this browser under \"{BACKUP_KEY}\".")
}

/// What replaces [`backed_up`]'s sentence when the copy failed.
const NOT_BACKED_UP: &str = "The old record couldn't be copied aside, so this page won't save \
                             over it until you reset progress.";

/// "a", "a and b", "a, b and c".
fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

// --- the storage itself ----------------------------------------------------------------------

/// Why the browser's storage refused a read or a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// There is no `localStorage` (no window, or the browser doesn't provide it).
    Unavailable,
    /// The browser forbids storage for this page (a `SecurityError`: privacy mode, blocked
    /// cookies, sandboxed frame).
    Denied,
    /// The storage quota is used up (`QuotaExceededError`).
    QuotaExceeded,
    /// Anything else the browser threw; the detail (error name and message) is for developers.
    Other(String),
}

impl StorageError {
    /// Classifies a DOM exception by its `name` (`message` is kept as detail).
    pub fn from_dom(name: &str, message: &str) -> StorageError {
        match name {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
            "SecurityError" => StorageError::Denied,
            _ => StorageError::Other(format!("{name}: {message}")),
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StorageError::Unavailable | StorageError::Denied => {
                "Your browser isn't letting this page store data, so progress won't be kept \
                 after you close the tab."
            }
            StorageError::QuotaExceeded => {
                "Your browser's storage for this site is full, so your latest progress wasn't \
                 saved; it will be kept only until you close the tab."
            }
            StorageError::Other(_) => {
                "Your browser refused to store your progress, so it won't be kept after you \
                 close the tab."
            }
        })
    }
}

impl std::error::Error for StorageError {}

/// The saved progress could not be read at all; the app carries on with fresh progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError(pub StorageError);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for LoadError {}

/// Progress could not be saved; it stays in memory for this tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage refused.
    Storage(StorageError),
    /// The saved record is from a newer version and is not overwritten (see [`replace`]).
    NewerVersion {
        /// The version found.
        found: u64,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Storage(e) => e.fmt(f),
            SaveError::NewerVersion { .. } => f.write_str(
                "Your saved progress was written by a newer version of Context Lab, so this page \
                 won't save over it. Reload to get the newer version, or reset progress to start \
                 over here.",
            ),
        }
    }
}

impl std::error::Error for SaveError {}

impl From<StorageError> for SaveError {
    fn from(e: StorageError) -> SaveError {
        SaveError::Storage(e)
    }
}

/// A key-value store with `localStorage`'s shape, so load and save can be tested natively.
pub trait Backend {
    /// The value under `key`, `None` if absent.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
}

/// Reads the record from `backend` and backs it up under [`BACKUP_KEY`] if part of it could not
/// be read. If the backup fails, saving is blocked rather than risk losing the old record.
pub fn load_from(backend: &impl Backend) -> Result<Loaded, LoadError> {
    let raw = backend.get(KEY).map_err(LoadError)?;
    let mut loaded = decode(raw.as_deref());
    if let Some(backup) = &loaded.backup {
        if backend.set(BACKUP_KEY, backup).is_err() {
            loaded.save_blocked = Some(SaveBlocked::BackupFailed);
            if let Some(notice) = &mut loaded.notice {
                notice.message = notice.message.replace(&backed_up(), NOT_BACKED_UP);
            }
        }
    }
    Ok(loaded)
}

/// Saves `progress` to `backend`, unless the record there is from a newer version.
pub fn save_to(backend: &impl Backend, progress: &Progress) -> Result<(), SaveError> {
    if let Some(found) = newer_version(backend.get(KEY)?.as_deref()) {
        return Err(SaveError::NewerVersion { found });
    }
    Ok(backend.set(KEY, &encode(progress))?)
}

/// Saves `progress` to `backend` even over a newer version's record: only after the learner
/// explicitly chose to (e.g. "reset progress" after the newer-version notice).
pub fn replace_in(backend: &impl Backend, progress: &Progress) -> Result<(), SaveError> {
    Ok(backend.set(KEY, &encode(progress))?)
}

/// Reads the progress from `localStorage` ([`load_from`] on [`LocalStorage`]).
pub fn load() -> Result<Loaded, LoadError> {
    load_from(&LocalStorage)
}

/// Saves the progress to `localStorage` ([`save_to`] on [`LocalStorage`]).
pub fn save(progress: &Progress) -> Result<(), SaveError> {
    save_to(&LocalStorage, progress)
}

/// Saves over whatever `localStorage` holds ([`replace_in`] on [`LocalStorage`]).
pub fn replace(progress: &Progress) -> Result<(), SaveError> {
    replace_in(&LocalStorage, progress)
}

/// An in-memory [`Backend`] for tests, which can be told to refuse reads or writes.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    /// The stored entries.
    pub entries: RefCell<HashMap<String, String>>,
    /// When set, every `get` fails with this error.
    pub fail_get: Option<StorageError>,
    /// When set, every `set` fails with this error.
    pub fail_set: Option<StorageError>,
}

impl MemoryBackend {
    /// A backend holding `raw` under [`KEY`] (nothing if `None`).
    pub fn with_record(raw: Option<&str>) -> MemoryBackend {
        let backend = MemoryBackend::default();
        if let Some(raw) = raw {
            backend
                .entries
                .borrow_mut()
                .insert(KEY.to_owned(), raw.to_owned());
        }
        backend
    }

    /// The value under `key`.
    pub fn value(&self, key: &str) -> Option<String> {
        self.entries.borrow().get(key).cloned()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match &self.fail_get {
            Some(e) => Err(e.clone()),
            None => Ok(self.value(key)),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &self.fail_set {
            Some(e) => Err(e.clone()),
            None => {
                self.entries
                    .borrow_mut()
                    .insert(key.to_owned(), value.to_owned());
                Ok(())
            }
        }
    }
}

/// The browser's `window.localStorage`. Off the web (native builds and tests) it is always
/// [`StorageError::Unavailable`].
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStorage;

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        browser::get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        browser::set(key, value)
    }
}

/// The only code that calls the browser. Every call can throw (privacy mode, quota, sandboxing),
/// and every throw becomes a [`StorageError`].
#[cfg(target_arch = "wasm32")]
mod browser {
    use super::StorageError;
    use wasm_bindgen::JsValue;

    fn storage() -> Result<web_sys::Storage, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) => Err(StorageError::Unavailable),
            Err(e) => Err(classify(&e)),
        }
    }

    fn classify(e: &JsValue) -> StorageError {
        let field = |name: &str| {
            js_sys::Reflect::get(e, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        StorageError::from_dom(
            &field("name").unwrap_or_default(),
            &field("message")
                .or_else(|| e.as_string())
                .unwrap_or_default(),
        )
    }

    pub(super) fn get(key: &str) -> Result<Option<String>, StorageError> {
        storage()?.get_item(key).map_err(|e| classify(&e))
    }

    pub(super) fn set(key: &str, value: &str) -> Result<(), StorageError> {
        storage()?.set_item(key, value).map_err(|e| classify(&e))
    }
}

/// Off the web there is no `localStorage`.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::StorageError;

    pub(super) fn get(_key: &str) -> Result<Option<String>, StorageError> {
        Err(StorageError::Unavailable)
    }

    pub(super) fn set(_key: &str, _value: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
}
