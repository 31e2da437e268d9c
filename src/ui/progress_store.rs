//! The learner's progress as app state: one signal, loaded from `storage` at start, saved by one
//! effect, kept in step with other open tabs through the window's `storage` event, plus the
//! notices about storage the learner should see.
//!
//! Components change progress only through [`ProgressStore`]'s methods, which run the pure
//! transitions of [`crate::progress`]. Reading and writing the saved record is `storage`'s job:
//! this module only decides *when* (on start, on change, on another tab's change).

use leptos::prelude::*;

use crate::progress::{Date, Exercise, Feedback, NotReady, Progress};
use crate::storage::{self, NoticeKind, SaveError};

/// A message about saved progress, shown until the learner dismisses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageNotice {
    /// Distinguishes notices with the same text shown at different times.
    pub id: u32,
    /// The message, in full sentences.
    pub text: String,
}

/// The progress and everything about keeping it, provided as context at the app's root.
///
/// Other components get it with [`ProgressStore::from_context`] (or
/// `use_context::<ProgressStore>()`), read [`ProgressStore::progress`] and call the transitions,
/// e.g. the tree panel calls [`ProgressStore::explore_preset`] when a preset is shown.
#[derive(Clone, Copy)]
pub struct ProgressStore {
    progress: RwSignal<Progress>,
    notices: RwSignal<Vec<StorageNotice>>,
    /// Saving is off: the saved record is from a newer version, or could not be backed up.
    save_blocked: RwSignal<bool>,
    /// The record as last saved or received, so the save effect writes only real changes and a
    /// change received from another tab is not written back.
    last_saved: StoredValue<String>,
    next_notice: StoredValue<u32>,
    /// Every notice text shown so far, dismissed or not: each is shown once per page, so a
    /// browser that refuses every save doesn't repeat itself on every answer.
    shown: StoredValue<Vec<String>>,
}

impl ProgressStore {
    /// Loads the saved progress and starts saving and cross-tab sync. Call once, at the root.
    pub fn start() -> ProgressStore {
        let (progress, notice, blocked) = match storage::load() {
            Ok(loaded) => {
                let blocked = !loaded.can_save();
                (loaded.progress, loaded.notice.map(|n| n.message), blocked)
            }
            Err(e) => (Progress::new(), Some(e.to_string()), false),
        };
        let store = ProgressStore {
            last_saved: StoredValue::new(storage::encode(&progress)),
            progress: RwSignal::new(progress),
            notices: RwSignal::new(Vec::new()),
            save_blocked: RwSignal::new(blocked),
            next_notice: StoredValue::new(0),
            shown: StoredValue::new(Vec::new()),
        };
        if let Some(text) = notice {
            store.notify(text);
        }
        Effect::new(move |_| store.save_if_changed());
        store.sync_across_tabs();
        store
    }

    /// A store of fresh progress that neither loads, saves nor listens: what the page shows
    /// before the app starts, rendered to HTML at build time (see `shell::prerender`).
    pub fn fresh() -> ProgressStore {
        ProgressStore {
            last_saved: StoredValue::new(String::new()),
            progress: RwSignal::new(Progress::new()),
            notices: RwSignal::new(Vec::new()),
            save_blocked: RwSignal::new(true),
            next_notice: StoredValue::new(0),
            shown: StoredValue::new(Vec::new()),
        }
    }

    /// The store provided at the root. Panics only if called outside the app's component tree.
    pub fn from_context() -> ProgressStore {
        expect_context::<ProgressStore>()
    }

    /// The learner's progress (read-only; change it through the methods below).
    pub fn progress(&self) -> ReadSignal<Progress> {
        self.progress.read_only()
    }

    /// The storage notices not yet dismissed, oldest first.
    pub fn notices(&self) -> ReadSignal<Vec<StorageNotice>> {
        self.notices.read_only()
    }

    /// Hides the notice with this id.
    pub fn dismiss(&self, id: u32) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }

    /// Records that section `id` has been read.
    pub fn mark_section_read(&self, id: &str) {
        self.change(|p| p.mark_section_read(id));
    }

    /// Records that the learner opened tree preset `id` (unknown ids are ignored).
    pub fn explore_preset(&self, id: &str) {
        self.change(|p| p.explore_preset(id));
    }

    /// Moves the exercise forward (opened, solved); never back.
    pub fn advance_exercise(&self, state: Exercise) {
        self.change(|p| p.advance_exercise(state));
    }

    /// Checks `choice` as the answer to `question`; `None` if either id is unknown.
    pub fn answer(&self, question: &str, choice: &str) -> Option<Feedback> {
        let mut feedback = None;
        self.change(|p| {
            feedback = p.answer(question, choice).ok();
            feedback.is_some()
        });
        feedback
    }

    /// Clears the wrong answers so those questions can be tried again.
    pub fn retry_wrong(&self) {
        self.change(|p| p.retry_wrong() > 0);
    }

    /// Marks the lesson complete today (the browser's local date), or says what is missing.
    pub fn complete(&self) -> Result<(), NotReady> {
        // A JavaScript date always formats as a valid `YYYY-MM-DD` (years 0 to 9999), so the
        // `else` is unreachable in practice; it leaves progress untouched rather than guess.
        let Some(date) = today() else {
            return Ok(());
        };
        let mut result = Ok(());
        self.change(|p| {
            result = p.complete(date);
            result.is_ok()
        });
        result
    }

    /// Forgets all progress. If saving was off to protect a newer version's record, the learner
    /// has now chosen to start over, so the record is replaced.
    pub fn reset(&self) {
        if self.save_blocked.get_untracked() {
            match storage::replace(&Progress::new()) {
                Ok(()) => {
                    self.save_blocked.set(false);
                    self.last_saved.set_value(storage::encode(&Progress::new()));
                    self.notices.set(Vec::new());
                }
                Err(e) => self.notify(e.to_string()),
            }
        }
        self.progress.set(Progress::new());
    }

    /// Applies a transition and notifies readers only when it changed something.
    fn change(&self, transition: impl FnOnce(&mut Progress) -> bool) {
        let mut next = self.progress.get_untracked();
        if transition(&mut next) {
            self.progress.set(next);
        }
    }

    /// Shows `text`, unless it has been shown before on this page.
    fn notify(&self, text: String) {
        if self.shown.with_value(|shown| shown.contains(&text)) {
            return;
        }
        self.shown.update_value(|shown| shown.push(text.clone()));
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id.wrapping_add(1));
        self.notices
            .update(|list| list.push(StorageNotice { id, text }));
    }

    /// The one place progress is saved: runs whenever it changes, writes only real changes and
    /// never while saving is blocked. A failed save leaves the progress in memory and says so.
    fn save_if_changed(&self) {
        let encoded = self.progress.with(storage::encode);
        if self.save_blocked.get_untracked() || self.last_saved.with_value(|l| *l == encoded) {
            return;
        }
        match self.progress.with_untracked(storage::save) {
            Ok(()) => self.last_saved.set_value(encoded),
            Err(e @ SaveError::NewerVersion { .. }) => {
                self.save_blocked.set(true);
                self.notify(e.to_string());
            }
            Err(e) => self.notify(e.to_string()),
        }
    }

    /// Applies records saved by other tabs. Unreadable records are ignored (this tab keeps its
    /// progress); a newer version's record switches saving off here too, and a record this
    /// version fully reads switches it back on (saving over it can lose nothing).
    fn sync_across_tabs(&self) {
        let store = *self;
        let handle = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().as_deref() != Some(storage::KEY) {
                return;
            }
            let loaded = storage::decode(e.new_value().as_deref());
            match loaded.notice {
                None => {
                    store.save_blocked.set(false);
                    store
                        .last_saved
                        .set_value(storage::encode(&loaded.progress));
                    if store.progress.with_untracked(|p| *p != loaded.progress) {
                        store.progress.set(loaded.progress);
                    }
                }
                Some(n) if n.kind == NoticeKind::NewerVersion => {
                    store.save_blocked.set(true);
                    store.notify(n.message);
                }
                Some(_) => {}
            }
        });
        on_cleanup(move || handle.remove());
    }
}

/// Today's date on the learner's clock, `YYYY-MM-DD`.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
}
