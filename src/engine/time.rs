//! Virtual time: instants, durations, and how Go prints them.
//!
//! Owns [`Time`], [`Duration`] and [`TimeFormat`], the one place where deadlines and remaining times
//! are rendered the way Go's `time.Time.String` and `time.Duration.String` render them.
//! **Invariant**: never reads a clock. An instant is a number of nanoseconds since the engine's
//! virtual epoch, passed in by the caller.

use std::fmt;

/// An instant on the virtual clock: nanoseconds since the engine's epoch (virtual time zero).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub i64);

/// A span of virtual time in nanoseconds, like Go's `time.Duration` (may be negative).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration(pub i64);

impl Time {
    /// The epoch itself: the virtual clock's starting instant.
    pub const ZERO: Time = Time(0);

    /// The instant `nanos` nanoseconds after the epoch.
    pub const fn from_nanos(nanos: i64) -> Time {
        Time(nanos)
    }

    /// Nanoseconds since the epoch.
    pub const fn nanos(self) -> i64 {
        self.0
    }

    /// `t.Add(d)`, saturating instead of overflowing.
    pub const fn add(self, d: Duration) -> Time {
        Time(self.0.saturating_add(d.0))
    }

    /// `t.Sub(u)`: the duration from `earlier` to `self`, saturating.
    pub const fn sub(self, earlier: Time) -> Duration {
        Duration(self.0.saturating_sub(earlier.0))
    }
}

impl Duration {
    /// One nanosecond.
    pub const NANOSECOND: Duration = Duration(1);
    /// One microsecond.
    pub const MICROSECOND: Duration = Duration(1_000);
    /// One millisecond.
    pub const MILLISECOND: Duration = Duration(1_000_000);
    /// One second.
    pub const SECOND: Duration = Duration(1_000_000_000);
    /// One minute.
    pub const MINUTE: Duration = Duration(60 * 1_000_000_000);
    /// One hour.
    pub const HOUR: Duration = Duration(3600 * 1_000_000_000);

    /// A duration of `nanos` nanoseconds.
    pub const fn from_nanos(nanos: i64) -> Duration {
        Duration(nanos)
    }

    /// A duration of `ms` milliseconds (saturating).
    pub const fn from_millis(ms: i64) -> Duration {
        Duration(ms.saturating_mul(1_000_000))
    }

    /// A duration of `s` seconds (saturating).
    pub const fn from_secs(s: i64) -> Duration {
        Duration(s.saturating_mul(1_000_000_000))
    }

    /// The duration in nanoseconds.
    pub const fn nanos(self) -> i64 {
        self.0
    }
}

/// Go's `Duration.String`: `1h2m3.5s`, `1.5ms`, `250µs`, `0s`, `-4.999s`.
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.0 < 0;
        let u = self.0.unsigned_abs();
        let sign = if neg { "-" } else { "" };
        if u == 0 {
            return f.write_str("0s");
        }
        if u < 1_000_000_000 {
            let (unit, prec) = if u < 1_000 {
                ("ns", 0)
            } else if u < 1_000_000 {
                ("µs", 3)
            } else {
                ("ms", 6)
            };
            let p = 10u64.pow(prec);
            return write!(f, "{sign}{}{}{unit}", u / p, frac(u % p, prec as usize));
        }
        let secs = u / 1_000_000_000;
        let fr = frac(u % 1_000_000_000, 9);
        let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
        if h > 0 {
            write!(f, "{sign}{h}h{m}m{s}{fr}s")
        } else if m > 0 {
            write!(f, "{sign}{m}m{s}{fr}s")
        } else {
            write!(f, "{sign}{s}{fr}s")
        }
    }
}

/// `.123` for a fraction of `digits` digits with trailing zeros dropped; empty when zero.
fn frac(v: u64, digits: usize) -> String {
    if v == 0 || digits == 0 {
        return String::new();
    }
    let s = format!("{v:0digits$}");
    format!(".{}", s.trim_end_matches('0'))
}

/// How the engine renders instants: which wall-clock moment the virtual epoch is, and whether
/// times carry Go's monotonic reading (`m=+5.000000001`).
///
/// The engine renders every instant as if the process started at the epoch in UTC, so the
/// monotonic reading of `t` is `t - epoch`. Go prints a time from `time.Now()` with that reading,
/// and a time inside a `testing/synctest` bubble without it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeFormat {
    /// Unix seconds of the virtual epoch (virtual time zero), in UTC.
    pub epoch_unix: i64,
    /// Append Go's monotonic clock reading `m=±S.NNNNNNNNN` like times from `time.Now()`.
    pub monotonic: bool,
}

impl TimeFormat {
    /// The Go playground's clock: the epoch is 2009-11-10 23:00:00 UTC, times carry `m=+…`.
    pub const PLAYGROUND: TimeFormat = TimeFormat { epoch_unix: 1_257_894_000, monotonic: true };
    /// A `testing/synctest` bubble's clock: the epoch is 2000-01-01 00:00:00 UTC, no `m=`.
    pub const SYNCTEST: TimeFormat = TimeFormat { epoch_unix: 946_684_800, monotonic: false };

    /// Go's `Time.String()` of the instant `t`:
    /// `2009-11-10 23:00:05.000000001 +0000 UTC m=+5.000000001`.
    pub fn time_string(&self, t: Time) -> String {
        let nanos = t.0.rem_euclid(1_000_000_000);
        let secs = self.epoch_unix + t.0.div_euclid(1_000_000_000);
        let (days, sod) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        let (y, mo, d) = civil_from_days(days);
        let mut out = format!(
            "{y:04}-{mo:02}-{d:02} {:02}:{:02}:{:02}{} +0000 UTC",
            sod / 3600,
            (sod / 60) % 60,
            sod % 60,
            frac(nanos as u64, 9)
        );
        if self.monotonic {
            let sign = if t.0 < 0 { '-' } else { '+' };
            let m = t.0.unsigned_abs();
            out.push_str(&format!(" m={sign}{}.{:09}", m / 1_000_000_000, m % 1_000_000_000));
        }
        out
    }
}

impl Default for TimeFormat {
    fn default() -> Self {
        TimeFormat::PLAYGROUND
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
