//! Go's layout strings: finding the reference-time elements (`2006`, `Jan`, `15`, `.000`,
//! `Z07:00`, ...) in a layout, as `time.nextStdChunk` does, and writing a time's fields for them.

use super::calendar::{month_string, weekday_string, Time};

/// One element of a layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    /// A numeric zone: `Z` variant (prints `Z` at UTC), colons, seconds, hours only.
    NumTZ {
        iso: bool,
        colon: bool,
        seconds: bool,
        short: bool,
    },
    /// Fractional seconds: digit count, trailing zeros trimmed (`9`s), separator.
    Frac {
        digits: usize,
        trim: bool,
        sep: u8,
    },
}

fn starts_with_lower(s: &[u8]) -> bool {
    s.first().is_some_and(u8::is_ascii_lowercase)
}

/// The next element in `l`: (literal prefix length, element, element length), or `None`.
fn next_std(l: &[u8]) -> Option<(usize, Std, usize)> {
    let has = |i: usize, p: &str| l[i..].starts_with(p.as_bytes());
    for i in 0..l.len() {
        let found = match l[i] {
            b'J' if has(i, "January") => Some((Std::LongMonth, 7)),
            b'J' if has(i, "Jan") && !starts_with_lower(&l[i + 3..]) => Some((Std::Month, 3)),
            b'M' if has(i, "Monday") => Some((Std::LongWeekDay, 6)),
            b'M' if has(i, "Mon") && !starts_with_lower(&l[i + 3..]) => Some((Std::WeekDay, 3)),
            b'M' if has(i, "MST") => Some((Std::TZ, 3)),
            b'0' if l.get(i + 1).is_some_and(|c| (b'1'..=b'6').contains(c)) => {
                let s = [
                    Std::ZeroMonth,
                    Std::ZeroDay,
                    Std::ZeroHour12,
                    Std::ZeroMinute,
                    Std::ZeroSecond,
                    Std::Year,
                ];
                Some((s[(l[i + 1] - b'1') as usize], 2))
            }
            b'0' if has(i, "002") => Some((Std::ZeroYearDay, 3)),
            b'1' if has(i, "15") => Some((Std::Hour, 2)),
            b'1' => Some((Std::NumMonth, 1)),
            b'2' if has(i, "2006") => Some((Std::LongYear, 4)),
            b'2' => Some((Std::Day, 1)),
            b'_' if has(i, "_2006") => return Some((i + 1, Std::LongYear, 4)),
            b'_' if has(i, "_2") => Some((Std::UnderDay, 2)),
            b'_' if has(i, "__2") => Some((Std::UnderYearDay, 3)),
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' if has(i, "PM") => Some((Std::PM, 2)),
            b'p' if has(i, "pm") => Some((Std::Pm, 2)),
            b'-' | b'Z' => {
                let iso = l[i] == b'Z';
                let tz = |colon, seconds, short| Std::NumTZ { iso, colon, seconds, short };
                let rest = &l[i + 1..];
                if rest.starts_with(b"070000") {
                    Some((tz(false, true, false), 7))
                } else if rest.starts_with(b"07:00:00") {
                    Some((tz(true, true, false), 9))
                } else if rest.starts_with(b"0700") {
                    Some((tz(false, false, false), 5))
                } else if rest.starts_with(b"07:00") {
                    Some((tz(true, false, false), 6))
                } else if rest.starts_with(b"07") {
                    Some((tz(false, false, true), 3))
                } else {
                    None
                }
            }
            b'.' | b',' if matches!(l.get(i + 1), Some(b'0' | b'9')) => {
                let ch = l[i + 1];
                let mut j = i + 1;
                while j < l.len() && l[j] == ch {
                    j += 1;
                }
                if l.get(j).is_some_and(u8::is_ascii_digit) {
                    None
                } else {
                    Some((Std::Frac { digits: j - i - 1, trim: ch == b'9', sep: l[i] }, j - i))
                }
            }
            _ => None,
        };
        if let Some((std, len)) = found {
            return Some((i, std, len));
        }
    }
    None
}

/// `n` in decimal, zero-padded to `width` digits, with a leading `-` when negative.
fn push_int(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    out.push_str(&format!("{:0width$}", n.unsigned_abs()));
}

/// `t.Format(layout)`.
pub(crate) fn format(t: &Time, layout: &str) -> String {
    let (year, month, day) = t.date();
    let (hour, min, sec) = t.clock();
    let mut out = String::new();
    let mut l = layout.as_bytes();
    while let Some((start, std, len)) = next_std(l) {
        out.push_str(&String::from_utf8_lossy(&l[..start]));
        l = &l[start + len..];
        let (h, m, s) = (hour as i64, min as i64, sec as i64);
        match std {
            Std::Year => push_int(&mut out, year.rem_euclid(100), 2),
            Std::LongYear => push_int(&mut out, year, 4),
            Std::Month => out.push_str(&month_string(month as i64)[..3]),
            Std::LongMonth => out.push_str(&month_string(month as i64)),
            Std::NumMonth => push_int(&mut out, month as i64, 0),
            Std::ZeroMonth => push_int(&mut out, month as i64, 2),
            Std::WeekDay => out.push_str(&weekday_string(t.weekday() as i64)[..3]),
            Std::LongWeekDay => out.push_str(&weekday_string(t.weekday() as i64)),
            Std::Day => push_int(&mut out, day as i64, 0),
            Std::UnderDay => out.push_str(&format!("{day:>2}")),
            Std::ZeroDay => push_int(&mut out, day as i64, 2),
            Std::UnderYearDay => out.push_str(&format!("{:>3}", t.year_day())),
            Std::ZeroYearDay => push_int(&mut out, t.year_day() as i64, 3),
            Std::Hour => push_int(&mut out, h, 2),
            Std::Hour12 => push_int(&mut out, if h % 12 == 0 { 12 } else { h % 12 }, 0),
            Std::ZeroHour12 => push_int(&mut out, if h % 12 == 0 { 12 } else { h % 12 }, 2),
            Std::Minute => push_int(&mut out, m, 0),
            Std::ZeroMinute => push_int(&mut out, m, 2),
            Std::Second => push_int(&mut out, s, 0),
            Std::ZeroSecond => push_int(&mut out, s, 2),
            Std::PM => out.push_str(if h >= 12 { "PM" } else { "AM" }),
            Std::Pm => out.push_str(if h >= 12 { "pm" } else { "am" }),
            Std::TZ if !t.zone.is_empty() => out.push_str(&t.zone),
            Std::TZ => {
                let zone = t.offset / 60;
                out.push(if zone < 0 { '-' } else { '+' });
                push_int(&mut out, (zone.abs() / 60) as i64, 2);
                push_int(&mut out, (zone.abs() % 60) as i64, 2);
            }
            Std::NumTZ { iso, colon, seconds, short } => {
                if iso && t.offset == 0 {
                    out.push('Z');
                    continue;
                }
                let zone = (t.offset / 60).abs();
                out.push(if t.offset / 60 < 0 { '-' } else { '+' });
                push_int(&mut out, (zone / 60) as i64, 2);
                if colon {
                    out.push(':');
                }
                if !short {
                    push_int(&mut out, (zone % 60) as i64, 2);
                }
                if seconds {
                    if colon {
                        out.push(':');
                    }
                    push_int(&mut out, (t.offset.abs() % 60) as i64, 2);
                }
            }
            Std::Frac { digits, trim, sep } => {
                if trim && (digits == 0 || t.nsec == 0) {
                    continue;
                }
                let mut frac = format!("{:09}", t.nsec);
                frac.truncate(digits.min(9));
                if trim {
                    frac.truncate(frac.trim_end_matches('0').len());
                }
                if !(trim && frac.is_empty()) {
                    out.push(sep as char);
                    out.push_str(&frac);
                }
            }
        }
    }
    out.push_str(&String::from_utf8_lossy(l));
    out
}
