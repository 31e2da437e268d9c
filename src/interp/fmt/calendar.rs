//! The civil calendar done by hand (proleptic Gregorian, from days since 1970-01-01) and
//! `Time`, an instant seen in a fixed zone, with its fields. No text layouts here (`layout.rs`).

use super::duration::SECOND;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// `time.Month.String()`: `January`, or `%!Month(13)` out of range (the number as unsigned).
pub fn month_string(m: i64) -> String {
    match usize::try_from(m - 1).ok().and_then(|i| MONTHS.get(i)) {
        Some(name) => name.to_string(),
        None => format!("%!Month({})", m as u64),
    }
}

/// `time.Weekday.String()`: `Sunday`, or `%!Weekday(7)` out of range (the number as unsigned).
pub fn weekday_string(d: i64) -> String {
    match usize::try_from(d).ok().and_then(|i| DAYS.get(i)) {
        Some(name) => name.to_string(),
        None => format!("%!Weekday({})", d as u64),
    }
}

/// The civil date of a day counted from 1970-01-01: (year, month 1..=12, day 1..=31).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day count from 1970-01-01 of a civil date (inverse of [`civil_from_days`]).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// An instant in a fixed zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Time {
    /// Seconds since 1970-01-01 00:00:00 UTC.
    pub unix: i64,
    /// Nanoseconds within the second, `0..1_000_000_000`.
    pub nsec: u32,
    /// The zone's offset east of UTC, in seconds.
    pub offset: i32,
    /// The zone's abbreviation (`UTC`, `EST`); empty prints as the numeric offset.
    pub zone: String,
}

impl Time {
    /// The instant `unix` seconds + `nsec` nanoseconds after the epoch, in UTC (`time.Unix(...).UTC()`).
    pub fn utc(unix: i64, nsec: i64) -> Time {
        let unix = unix.wrapping_add(nsec.div_euclid(1_000_000_000));
        Time { unix, nsec: nsec.rem_euclid(1_000_000_000) as u32, offset: 0, zone: "UTC".into() }
    }

    /// The same instant seen in a fixed zone (`t.In(time.FixedZone(name, offset))`).
    pub fn in_zone(&self, name: &str, offset: i32) -> Time {
        Time { offset, zone: name.to_string(), ..self.clone() }
    }

    /// `t.Add(d)`.
    pub fn add(&self, d: i64) -> Time {
        let nsec = self.nsec as i64 + d % SECOND;
        // Wraps at the ends of the representable range, as Go's arithmetic does.
        let unix = self.unix.wrapping_add(d / SECOND).wrapping_add(nsec.div_euclid(SECOND));
        Time { unix, nsec: nsec.rem_euclid(SECOND) as u32, ..self.clone() }
    }

    /// `t.Sub(u)`, saturating at the duration limits as Go does.
    pub fn sub(&self, u: &Time) -> i64 {
        let d = (self.unix as i128 - u.unix as i128) * SECOND as i128 + (self.nsec as i128 - u.nsec as i128);
        d.clamp(i64::MIN as i128, i64::MAX as i128) as i64
    }

    /// `t.UnixMilli()`.
    pub fn unix_milli(&self) -> i64 {
        self.unix.wrapping_mul(1000).wrapping_add(self.nsec as i64 / 1_000_000)
    }

    /// `t.UnixNano()`.
    pub fn unix_nano(&self) -> i64 {
        self.unix.wrapping_mul(SECOND).wrapping_add(self.nsec as i64)
    }

    /// `t.Before(u)`, `t.After(u)` and `t.Equal(u)` compare instants: this is their ordering.
    pub fn cmp_instant(&self, u: &Time) -> std::cmp::Ordering {
        (self.unix, self.nsec).cmp(&(u.unix, u.nsec))
    }

    /// Local wall-clock fields: (days since epoch, seconds within the day).
    fn local(&self) -> (i64, i64) {
        let secs = self.unix.wrapping_add(self.offset as i64);
        (secs.div_euclid(86_400), secs.rem_euclid(86_400))
    }

    /// `t.Date()`: (year, month, day) in the time's zone.
    pub fn date(&self) -> (i64, u32, u32) {
        civil_from_days(self.local().0)
    }

    /// `t.Clock()`: (hour, minute, second) in the time's zone.
    pub fn clock(&self) -> (u32, u32, u32) {
        let s = self.local().1 as u32;
        (s / 3600, s / 60 % 60, s % 60)
    }

    /// `t.Weekday()`: 0 is Sunday.
    pub fn weekday(&self) -> u32 {
        (self.local().0 + 4).rem_euclid(7) as u32
    }

    /// `t.YearDay()`: 1..=366.
    pub fn year_day(&self) -> u32 {
        let (y, _, _) = self.date();
        (self.local().0 - days_from_civil(y, 1, 1) + 1) as u32
    }
}
