//! Times as the tree panel writes and reads them: a virtual instant (`t=2s`), a countdown
//! (`1.4s left`), and a duration typed by the learner (`300ms`, `2s`). Pure.

use crate::engine::{Duration, Time};

/// A virtual instant as the panel shows it: `t=2s`, `t=1.25s`.
pub fn clock(t: Time) -> String {
    format!("t={}", Duration::from_millis(t.nanos() / 1_000_000))
}

/// A countdown to the tenth of a second: `1.4s left`, or `due` once reached.
pub fn countdown(d: Duration) -> String {
    let tenths = (d.nanos() + 99_999_999) / 100_000_000;
    if tenths <= 0 { "due".into() } else { format!("{}.{}s left", tenths / 10, tenths % 10) }
}

/// Reads a Go-style duration typed by the learner: `300ms`, `2s`, `1.5s`, `1m`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let scale = match unit.trim() {
        "ms" => 1e6,
        "s" | "" => 1e9,
        "m" => 60e9,
        _ => return Err(format!("Could not read {t:?} as a duration: write it like 300ms or 2s.")),
    };
    match num.parse::<f64>() {
        Ok(v) if v.is_finite() && v * scale < 1e15 => Ok(Duration::from_nanos((v * scale).round() as i64)),
        _ => Err(format!("Could not read {t:?} as a duration: write it like 300ms or 2s.")),
    }
}
