//! Sections read: a section counts as read once it has stayed the one in view for
//! [`READ_AFTER`]. Skimming past it (moving on sooner) cancels its timer.

use std::time::Duration;

use leptos::prelude::*;

use super::{ProgressStore, SectionInView};

/// How long a section must stay the one in view before it counts as read.
pub const READ_AFTER: Duration = Duration::from_secs(4);

/// Starts the timer for each section that comes into view and records it in `store` when the
/// timer fires. Call once, at the root; the pending timer is cleared on cleanup.
pub fn track_sections_read(store: ProgressStore, SectionInView(in_view): SectionInView) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let progress = store.progress();
    Effect::new(move |_| {
        let id = in_view.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let read = progress.with_untracked(|p| p.is_section_read(id));
        let timer = (!read)
            .then(|| set_timeout_with_handle(move || store.mark_section_read(id), READ_AFTER))
            .and_then(Result::ok);
        pending.set_value(timer);
    });
    on_cleanup(move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    });
}
