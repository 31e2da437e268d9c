//! The learner's edits, kept per lesson program through `storage::edits`: read once when the
//! playground first opens a program, written on every change, forgotten by "Reset to original".
//! Trouble with storage (unreadable record, storage switched off, quota) becomes one notice in
//! the drawer; the playground works the same without storage, for the tab's lifetime.

use leptos::prelude::*;

use crate::storage::edits::{self, Edits};
use crate::storage::{SaveError, StorageError};

/// A handle on the saved edits. Copy it freely.
#[derive(Clone, Copy)]
pub struct SavedEdits {
    edits: StoredValue<Option<Edits>>,
    blocked: StoredValue<bool>,
    /// What the learner should know about keeping their edits, if anything.
    pub notice: RwSignal<Option<String>>,
}

impl SavedEdits {
    /// A handle that reads storage on first use.
    pub fn new() -> SavedEdits {
        SavedEdits { edits: StoredValue::new(None), blocked: StoredValue::new(false), notice: RwSignal::new(None) }
    }

    fn loaded(&self) {
        if self.edits.with_value(Option::is_some) {
            return;
        }
        let loaded = match edits::load() {
            Ok(l) => l,
            Err(e) => edits::LoadedEdits { notice: Some(unavailable(&e)), save_blocked: true, ..Default::default() },
        };
        self.blocked.set_value(loaded.save_blocked);
        if loaded.notice.is_some() {
            self.notice.set(loaded.notice);
        }
        self.edits.set_value(Some(loaded.edits));
    }

    /// The learner's code for program `id`, if they had changed it.
    pub fn code_for(&self, id: &str) -> Option<String> {
        self.loaded();
        self.edits.with_value(|e| e.as_ref().and_then(|e| e.get(id)).map(str::to_string))
    }

    /// Keeps `code` as the edit of program `id` (forgets it when it is the program as written).
    pub fn keep(&self, id: &str, code: &str) {
        self.loaded();
        let mut changed = false;
        self.edits.update_value(|e| changed = e.get_or_insert_with(Edits::default).set(id, code));
        if changed {
            self.save();
        }
    }

    /// Forgets the edit of program `id`.
    pub fn forget(&self, id: &str) {
        self.loaded();
        let mut changed = false;
        self.edits.update_value(|e| changed = e.get_or_insert_with(Edits::default).remove(id));
        if changed {
            self.save();
        }
    }

    fn save(&self) {
        if self.blocked.get_value() {
            return;
        }
        let result = self.edits.with_value(|e| e.as_ref().map(edits::save));
        if let Some(Err(e)) = result {
            self.blocked.set_value(true);
            self.notice.set(Some(match e {
                SaveError::Storage(e) => unavailable(&e),
                SaveError::NewerVersion { .. } => {
                    "Your saved code edits were written by a newer version of Context Lab, so this page won't save over them.".to_string()
                }
            }));
        }
    }
}

fn unavailable(e: &StorageError) -> String {
    match e {
        StorageError::QuotaExceeded => "Your browser's storage for this site is full, so code edits are kept only until you close the tab.".into(),
        _ => "Your browser isn't letting this page store data, so code edits are kept only until you close the tab.".into(),
    }
}
