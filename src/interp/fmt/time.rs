//! `time`: `Duration` and its `String`, and `Time` with `Format` over Go's reference-time layouts.
//!
//! A [`Time`] is an instant (Unix seconds and nanoseconds) seen in a fixed zone (name and offset);
//! no zone database, no clock: the interpreter passes the instant in. The calendar arithmetic is
//! in `calendar.rs`, the layout parser in `layout.rs`; this module is their public face.

pub use super::calendar::{civil_from_days, days_from_civil, month_string, weekday_string, Time};
pub use super::duration::*;

/// `time.Layout`.
pub const LAYOUT: &str = "01/02 03:04:05PM '06 -0700";
/// `time.ANSIC`.
pub const ANSIC: &str = "Mon Jan _2 15:04:05 2006";
/// `time.UnixDate`.
pub const UNIX_DATE: &str = "Mon Jan _2 15:04:05 MST 2006";
/// `time.RubyDate`.
pub const RUBY_DATE: &str = "Mon Jan 02 15:04:05 -0700 2006";
/// `time.RFC822`.
pub const RFC822: &str = "02 Jan 06 15:04 MST";
/// `time.RFC822Z`.
pub const RFC822Z: &str = "02 Jan 06 15:04 -0700";
/// `time.RFC850`.
pub const RFC850: &str = "Monday, 02-Jan-06 15:04:05 MST";
/// `time.RFC1123`.
pub const RFC1123: &str = "Mon, 02 Jan 2006 15:04:05 MST";
/// `time.RFC1123Z`.
pub const RFC1123Z: &str = "Mon, 02 Jan 2006 15:04:05 -0700";
/// `time.RFC3339`.
pub const RFC3339: &str = "2006-01-02T15:04:05Z07:00";
/// `time.RFC3339Nano`.
pub const RFC3339_NANO: &str = "2006-01-02T15:04:05.999999999Z07:00";
/// `time.Kitchen`.
pub const KITCHEN: &str = "3:04PM";
/// `time.Stamp`.
pub const STAMP: &str = "Jan _2 15:04:05";
/// `time.StampMilli`.
pub const STAMP_MILLI: &str = "Jan _2 15:04:05.000";
/// `time.StampMicro`.
pub const STAMP_MICRO: &str = "Jan _2 15:04:05.000000";
/// `time.StampNano`.
pub const STAMP_NANO: &str = "Jan _2 15:04:05.000000000";
/// `time.DateTime`.
pub const DATE_TIME: &str = "2006-01-02 15:04:05";
/// `time.DateOnly`.
pub const DATE_ONLY: &str = "2006-01-02";
/// `time.TimeOnly`.
pub const TIME_ONLY: &str = "15:04:05";

impl Time {
    /// `t.String()`: `2009-11-10 23:00:00 +0000 UTC` (fraction only when non-zero).
    pub fn string(&self) -> String {
        self.format("2006-01-02 15:04:05.999999999 -0700 MST")
    }

    /// `t.Format(layout)` with Go's reference time `Mon Jan 2 15:04:05 MST 2006`.
    pub fn format(&self, layout: &str) -> String {
        super::layout::format(self, layout)
    }
}
