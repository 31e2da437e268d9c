//! `time.Duration` (an `int64` count of nanoseconds): `String`, `ParseDuration` and the
//! arithmetic helpers.

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

/// The `time` package's own quoting in error messages: ASCII kept (with `"` and `\` escaped),
/// every byte of anything else written as `\xNN`.
fn time_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for (r, bytes) in super::quote::runes(s) {
        match r {
            Some(c) if (' '..'\u{80}').contains(&c) => {
                if c == '"' || c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            _ => bytes.iter().for_each(|b| out.push_str(&format!("\\x{b:02x}"))),
        }
    }
    out.push('"');
    out
}

/// The value of a duration unit, as Go's `unitMap`.
fn unit(u: &[u8]) -> Option<u64> {
    Some(match u {
        b"ns" => NANOSECOND as u64,
        b"us" => MICROSECOND as u64,
        // "µs" (U+00B5 micro sign) and "μs" (U+03BC Greek mu).
        [0xc2, 0xb5, b's'] | [0xce, 0xbc, b's'] => MICROSECOND as u64,
        b"ms" => MILLISECOND as u64,
        b"s" => SECOND as u64,
        b"m" => MINUTE as u64,
        b"h" => HOUR as u64,
        _ => return None,
    })
}

/// `time.ParseDuration`: a signed sequence of decimal numbers with units (`1h30m`, `-1.5s`,
/// `300ms`, `2µs`). `Err` is Go's message (`time: invalid duration "x"`, `time: missing unit in
/// duration "1"`, `time: unknown unit "d" in duration "1d"`).
pub fn parse_duration(orig: &[u8]) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {}", time_quote(orig));
    let mut s = orig;
    let mut neg = false;
    if let [c @ (b'-' | b'+'), rest @ ..] = s {
        neg = *c == b'-';
        s = rest;
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    const LIMIT: u64 = 1 << 63;
    let mut d: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        // The integer part: [0-9]*
        let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut v: u64 = 0;
        for &c in &s[..digits] {
            if v > LIMIT / 10 {
                return Err(invalid());
            }
            v = v * 10 + (c - b'0') as u64;
            if v > LIMIT {
                return Err(invalid());
            }
        }
        let pre = digits > 0;
        s = &s[digits..];
        // The fraction: (\.[0-9]*)?, digits past overflow ignored.
        let (mut f, mut scale, mut post) = (0u64, 1f64, false);
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
            let mut overflow = false;
            for &c in &s[..digits] {
                if overflow || f > (LIMIT - 1) / 10 {
                    overflow = true;
                    continue;
                }
                let y = f * 10 + (c - b'0') as u64;
                if y > LIMIT {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10.0;
            }
            post = digits > 0;
            s = &s[digits..];
        }
        if !pre && !post {
            return Err(invalid());
        }
        let i = s.iter().take_while(|&&c| c != b'.' && !c.is_ascii_digit()).count();
        if i == 0 {
            return Err(format!("time: missing unit in duration {}", time_quote(orig)));
        }
        let (u, rest) = s.split_at(i);
        s = rest;
        let Some(unit) = unit(u) else {
            return Err(format!("time: unknown unit {} in duration {}", time_quote(u), time_quote(orig)));
        };
        if v > LIMIT / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > LIMIT {
                return Err(invalid());
            }
        }
        d += v;
        if d > LIMIT {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    if d > LIMIT - 1 {
        return Err(invalid());
    }
    Ok(d as i64)
}
