//! `time.Duration` (an `int64` count of nanoseconds): its `String` and its arithmetic helpers.

/// One nanosecond, as `time.Nanosecond`.
pub const NANOSECOND: i64 = 1;
/// `time.Microsecond`.
pub const MICROSECOND: i64 = 1_000;
/// `time.Millisecond`.
pub const MILLISECOND: i64 = 1_000_000;
/// `time.Second`.
pub const SECOND: i64 = 1_000_000_000;
/// `time.Minute`.
pub const MINUTE: i64 = 60 * SECOND;
/// `time.Hour`.
pub const HOUR: i64 = 60 * MINUTE;

/// Writes the fraction `v / 10^prec` as `.ddd` without trailing zeros (nothing when zero), in
/// reverse order onto `rev`; returns `v / 10^prec`.
fn frac(rev: &mut Vec<u8>, mut v: u64, prec: u32) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = (v % 10) as u8;
        print = print || digit != 0;
        if print {
            rev.push(b'0' + digit);
        }
        v /= 10;
    }
    if print {
        rev.push(b'.');
    }
    v
}

fn int(rev: &mut Vec<u8>, mut v: u64) {
    loop {
        rev.push(b'0' + (v % 10) as u8);
        v /= 10;
        if v == 0 {
            break;
        }
    }
}

/// `Duration.String()`: `1h2m3.5s`, `1.5µs`, `-2ms`, `0s`.
pub fn duration_string(d: i64) -> String {
    let mut u = d.unsigned_abs();
    let mut rev: Vec<u8> = vec![b's'];
    if u == 0 {
        return "0s".to_string();
    }
    if u < SECOND as u64 {
        let prec = if u < MICROSECOND as u64 {
            rev.push(b'n');
            0
        } else if u < MILLISECOND as u64 {
            rev.extend_from_slice(&[0xb5, 0xc2]); // "µ" (U+00B5) backwards
            3
        } else {
            rev.push(b'm');
            6
        };
        u = frac(&mut rev, u, prec);
        int(&mut rev, u);
    } else {
        u = frac(&mut rev, u, 9);
        int(&mut rev, u % 60);
        u /= 60;
        if u > 0 {
            rev.push(b'm');
            int(&mut rev, u % 60);
            u /= 60;
            if u > 0 {
                rev.push(b'h');
                int(&mut rev, u);
            }
        }
    }
    if d < 0 {
        rev.push(b'-');
    }
    rev.reverse();
    String::from_utf8_lossy(&rev).into_owned()
}

/// `Duration.Hours()`.
pub fn hours(d: i64) -> f64 {
    (d / HOUR) as f64 + (d % HOUR) as f64 / (60.0 * 60.0 * 1e9)
}

/// `Duration.Minutes()`.
pub fn minutes(d: i64) -> f64 {
    (d / MINUTE) as f64 + (d % MINUTE) as f64 / (60.0 * 1e9)
}

/// `Duration.Seconds()`.
pub fn seconds(d: i64) -> f64 {
    (d / SECOND) as f64 + (d % SECOND) as f64 / 1e9
}

/// `Duration.Milliseconds()`.
pub fn milliseconds(d: i64) -> i64 {
    d / MILLISECOND
}

/// `Duration.Microseconds()`.
pub fn microseconds(d: i64) -> i64 {
    d / MICROSECOND
}

/// `Duration.Truncate(m)`: toward zero to a multiple of `m` (unchanged when `m <= 0`).
pub fn truncate(d: i64, m: i64) -> i64 {
    if m <= 0 {
        d
    } else {
        d - d % m
    }
}

/// `Duration.Round(m)`: to the nearest multiple of `m`, halves away from zero, saturating.
pub fn round(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let less_than_half = |x: i64| (x as u64).wrapping_add(x as u64) < m as u64;
    let r = d % m;
    if d < 0 {
        let r = -r;
        if less_than_half(r) {
            return d + r;
        }
        return d.checked_sub(m - r).unwrap_or(i64::MIN);
    }
    if less_than_half(r) {
        return d - r;
    }
    d.checked_add(m - r).unwrap_or(i64::MAX)
}

/// `Duration.Abs()`: saturating at the largest duration.
pub fn abs(d: i64) -> i64 {
    d.checked_abs().unwrap_or(i64::MAX)
}
