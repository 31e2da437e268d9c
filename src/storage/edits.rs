//! The learner's edits to the lesson's programs, kept per program in one versioned record
//! under [`KEY`]: `{"version": 1, "edits": {"<example id>": "<their code>"}}`.
//!
//! Read as robustly as the progress record: [`decode`] is pure and turns any text into a
//! [`LoadedEdits`], keeping every entry it can read and saying what it could not (the raw text
//! is then copied to [`BACKUP_KEY`] before anything is written over it); a record from a newer
//! version is left alone and saving stays off. With storage switched off, edits live for the
//! tab only and the learner is told once.
//!
//! **Invariant**: like its parent, it touches the browser only through [`super::Backend`].

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{Backend, LocalStorage, SaveError, StorageError};
use crate::content;

/// The `localStorage` key of the edits record.
pub const KEY: &str = "context-lab/edits";

/// Where an unreadable edits record is copied before it is replaced.
pub const BACKUP_KEY: &str = "context-lab/edits.corrupt";

/// The record version this build writes.
pub const VERSION: u64 = 1;

/// The largest edit kept for one program, in bytes (a share link carries no more either).
pub const MAX_EDIT: usize = 64 * 1024;

/// The edits, by lesson program id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Edits(BTreeMap<String, String>);

impl Edits {
    /// The learner's code for program `id`, if they changed it.
    pub fn get(&self, id: &str) -> Option<&str> {
        self.0.get(id).map(String::as_str)
    }

    /// Keeps `code` for program `id`, or forgets the edit when `code` is the program as
    /// written. Returns whether anything changed.
    pub fn set(&mut self, id: &str, code: &str) -> bool {
        let original = content::example(id).filter(|e| e.is_program()).map(|e| e.source);
        match original {
            None => false,
            Some(o) if o == code => self.0.remove(id).is_some(),
            Some(_) if code.len() > MAX_EDIT => false,
            Some(_) => self.0.insert(id.to_owned(), code.to_owned()).as_deref() != Some(code),
        }
    }

    /// Forgets the edit of program `id`. Returns whether there was one.
    pub fn remove(&mut self, id: &str) -> bool {
        self.0.remove(id).is_some()
    }

    /// How many programs have edits.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no program has an edit.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The result of reading the edits record: always usable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedEdits {
    /// The edits recovered.
    pub edits: Edits,
    /// What the learner should be told, when something was wrong with the record.
    pub notice: Option<String>,
    /// The raw record to copy to [`BACKUP_KEY`] before it is overwritten.
    pub backup: Option<String>,
    /// The record is from a newer version (or could not be backed up): do not write over it.
    pub save_blocked: bool,
}

const UNREADABLE: &str = "Your saved code edits could not be read, so the playground starts from the lesson's programs.";
const PARTLY: &str = "Some of your saved code edits could not be read and were left out";
const NEWER: &str = "Your saved code edits were written by a newer version of Context Lab, so this page shows the lesson's programs and won't save over them. Reload to get the newer version.";

fn backed_up() -> String {
    format!(" A copy was kept in this browser under \"{BACKUP_KEY}\".")
}

/// Reads the record's text (`None`: nothing saved).
pub fn decode(raw: Option<&str>) -> LoadedEdits {
    let Some(raw) = raw else { return LoadedEdits::default() };
    let unreadable = || LoadedEdits { notice: Some(format!("{UNREADABLE}{}", backed_up())), backup: Some(raw.to_owned()), ..LoadedEdits::default() };
    let Ok(Value::Object(record)) = serde_json::from_str::<Value>(raw) else { return unreadable() };
    match record.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return LoadedEdits { notice: Some(NEWER.to_owned()), save_blocked: true, ..LoadedEdits::default() },
        _ => return unreadable(),
    }
    let Some(Value::Object(entries)) = record.get("edits") else { return unreadable() };
    let (edits, dropped) = read_entries(entries);
    let mut loaded = LoadedEdits { edits, ..LoadedEdits::default() };
    if dropped > 0 {
        loaded.notice = Some(format!("{PARTLY} ({dropped} of {}).{}", entries.len(), backed_up()));
        loaded.backup = Some(raw.to_owned());
    }
    loaded
}

/// The entries that name a lesson program and hold text of a sensible size; and how many did not.
fn read_entries(entries: &Map<String, Value>) -> (Edits, usize) {
    let mut edits = Edits::default();
    let mut dropped = 0;
    for (id, code) in entries {
        let known = content::example(id).is_some_and(|e| e.is_program());
        match code.as_str() {
            Some(code) if known && code.len() <= MAX_EDIT => {
                edits.0.insert(id.clone(), code.to_owned());
            }
            _ => dropped += 1,
        }
    }
    (edits, dropped)
}

/// The record's text for `edits`.
pub fn encode(edits: &Edits) -> String {
    serde_json::json!({ "version": VERSION, "edits": edits.0 }).to_string()
}

/// Reads the edits from `backend`, backing up a record that could not be read whole. If the
/// backup fails, saving is blocked rather than risk losing the old record.
pub fn load_from(backend: &impl Backend) -> Result<LoadedEdits, StorageError> {
    let raw = backend.get(KEY)?;
    let mut loaded = decode(raw.as_deref());
    if let Some(backup) = &loaded.backup {
        if backend.set(BACKUP_KEY, backup).is_err() {
            loaded.save_blocked = true;
            if let Some(n) = &mut loaded.notice {
                *n = n.replace(&backed_up(), " It could not be backed up, so this page won't save over it.");
            }
        }
    }
    Ok(loaded)
}

/// Saves `edits` to `backend`, unless the record there is from a newer version.
pub fn save_to(backend: &impl Backend, edits: &Edits) -> Result<(), SaveError> {
    let found = backend.get(KEY)?.and_then(|raw| serde_json::from_str::<Value>(&raw).ok()).and_then(|v| v.get("version").and_then(Value::as_u64));
    if let Some(found) = found.filter(|v| *v > VERSION) {
        return Err(SaveError::NewerVersion { found });
    }
    Ok(backend.set(KEY, &encode(edits))?)
}

/// Reads the edits from `localStorage`.
pub fn load() -> Result<LoadedEdits, StorageError> {
    load_from(&LocalStorage)
}

/// Saves the edits to `localStorage`.
pub fn save(edits: &Edits) -> Result<(), SaveError> {
    save_to(&LocalStorage, edits)
}
