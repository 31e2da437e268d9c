//! `strings`: the functions whose Go semantics are easy to get subtly wrong, over `&str`.
//!
//! Indexes are byte offsets and "not found" is `-1`, as in Go. Splitting on an empty separator
//! splits after each UTF-8 sequence; `Count` of an empty substring is the rune count plus one;
//! `Fields` splits on Unicode white space; `EqualFold` and `ToUpper`/`ToLower` use Unicode simple
//! case mappings (one rune to one rune), not Rust's full mappings (`ß` stays `ß`).

/// Go's `genSplit`: `n < 0` all pieces, `n > 0` at most `n` (callers handle `n == 0`);
/// `save` keeps that many bytes of the separator at the end of each piece (`SplitAfter`).
fn gen_split(s: &str, sep: &str, save: usize, n: i64) -> Vec<String> {
    if sep.is_empty() {
        return explode(s, n);
    }
    let n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
    let mut out = Vec::new();
    let mut rest = s;
    while (out.len() as i64) < n - 1 {
        let Some(m) = rest.find(sep) else { break };
        out.push(rest[..m + save].to_string());
        rest = &rest[m + sep.len()..];
    }
    out.push(rest.to_string());
    out
}

/// One piece a rune, the last holding the rest when `n` runs out.
fn explode(s: &str, n: i64) -> Vec<String> {
    let total = s.chars().count() as i64;
    let n = if n < 0 || n > total { total } else { n };
    let mut out = Vec::new();
    let mut rest = s;
    while (out.len() as i64) < n - 1 {
        let Some(c) = rest.chars().next() else { break };
        out.push(c.to_string());
        rest = &rest[c.len_utf8()..];
    }
    if n > 0 {
        out.push(rest.to_string());
    }
    out
}

/// `strings.Split`.
pub fn split(s: &str, sep: &str) -> Vec<String> {
    gen_split(s, sep, 0, -1)
}

/// `strings.SplitN`; `None` for `n == 0`, where Go returns a nil slice.
pub fn split_n(s: &str, sep: &str, n: i64) -> Option<Vec<String>> {
    (n != 0).then(|| gen_split(s, sep, 0, n))
}

/// `strings.SplitAfter`.
pub fn split_after(s: &str, sep: &str) -> Vec<String> {
    gen_split(s, sep, sep.len(), -1)
}

/// `strings.SplitAfterN`; `None` for `n == 0`, where Go returns a nil slice.
pub fn split_after_n(s: &str, sep: &str, n: i64) -> Option<Vec<String>> {
    (n != 0).then(|| gen_split(s, sep, sep.len(), n))
}

/// `strings.Fields`: the runs of non-space text between Unicode white space.
pub fn fields(s: &str) -> Vec<String> {
    s.split(char::is_whitespace).filter(|f| !f.is_empty()).map(str::to_string).collect()
}

/// `strings.Count`: non-overlapping occurrences; an empty `sub` counts runes plus one.
pub fn count(s: &str, sub: &str) -> usize {
    if sub.is_empty() {
        return s.chars().count() + 1;
    }
    s.matches(sub).count()
}

/// `strings.Repeat`; `Err` holds Go's panic message for a negative or overflowing count. The
/// caller bounds `s.len() * count` by its memory limit first: Go itself would run out of memory.
pub fn repeat(s: &str, count: i64) -> Result<String, &'static str> {
    if count < 0 {
        return Err("strings: negative Repeat count");
    }
    match (s.len() as u64).checked_mul(count as u64) {
        Some(n) if n <= i64::MAX as u64 => Ok(s.repeat(count as usize)),
        _ => Err("strings: Repeat output length overflow"),
    }
}

/// `strings.Replace`: the first `n` occurrences (all when `n < 0`); an empty `old` matches at
/// the start and after each rune.
pub fn replace(s: &str, old: &str, new: &str, n: i64) -> String {
    if old == new || n == 0 {
        return s.to_string();
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return s.to_string();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += s[start..].chars().next().map_or(0, char::len_utf8);
            }
        } else {
            j += s[start..].find(old).unwrap_or(0);
        }
        out.push_str(&s[start..j]);
        out.push_str(new);
        start = j + old.len();
    }
    out.push_str(&s[start..]);
    out
}

/// `strings.ReplaceAll`.
pub fn replace_all(s: &str, old: &str, new: &str) -> String {
    replace(s, old, new, -1)
}

fn found(i: Option<usize>) -> i64 {
    i.map_or(-1, |i| i as i64)
}

/// `strings.Index`: the byte offset of the first `sub`, or -1.
pub fn index(s: &str, sub: &str) -> i64 {
    found(s.find(sub))
}

/// `strings.LastIndex`.
pub fn last_index(s: &str, sub: &str) -> i64 {
    found(s.rfind(sub))
}

/// `strings.IndexByte`.
pub fn index_byte(s: &str, c: u8) -> i64 {
    found(s.bytes().position(|b| b == c))
}

/// `strings.IndexRune`: -1 for a value that is no valid rune.
pub fn index_rune(s: &str, r: i64) -> i64 {
    match u32::try_from(r).ok().and_then(char::from_u32) {
        Some(c) => found(s.find(c)),
        None => -1,
    }
}

/// `strings.IndexAny`: the first rune of `s` that is in `chars`.
pub fn index_any(s: &str, chars: &str) -> i64 {
    found(s.find(|c| chars.contains(c)))
}

/// `strings.Contains`.
pub fn contains(s: &str, sub: &str) -> bool {
    s.contains(sub)
}

/// `strings.ContainsAny`.
pub fn contains_any(s: &str, chars: &str) -> bool {
    index_any(s, chars) >= 0
}

/// `strings.ContainsRune`.
pub fn contains_rune(s: &str, r: i64) -> bool {
    index_rune(s, r) >= 0
}

/// `strings.HasPrefix`.
pub fn has_prefix(s: &str, prefix: &str) -> bool {
    s.starts_with(prefix)
}

/// `strings.HasSuffix`.
pub fn has_suffix(s: &str, suffix: &str) -> bool {
    s.ends_with(suffix)
}

/// `strings.TrimLeft`: drops leading runes that are in `cutset` (a set, not a prefix).
pub fn trim_left<'a>(s: &'a str, cutset: &str) -> &'a str {
    s.trim_start_matches(|c| cutset.contains(c))
}

/// `strings.TrimRight`: drops trailing runes that are in `cutset`.
pub fn trim_right<'a>(s: &'a str, cutset: &str) -> &'a str {
    s.trim_end_matches(|c| cutset.contains(c))
}

/// `strings.Trim`: both ends.
pub fn trim<'a>(s: &'a str, cutset: &str) -> &'a str {
    trim_right(trim_left(s, cutset), cutset)
}

/// `strings.TrimPrefix`: drops `prefix` once, if present.
pub fn trim_prefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `strings.TrimSuffix`: drops `suffix` once, if present.
pub fn trim_suffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// `strings.TrimSpace`: Unicode white space at both ends.
pub fn trim_space(s: &str) -> &str {
    s.trim_matches(char::is_whitespace)
}

/// `strings.Join`.
pub fn join(elems: &[String], sep: &str) -> String {
    elems.join(sep)
}

/// `strings.ToUpper`: each rune by its simple uppercase mapping.
pub fn to_upper(s: &str) -> String {
    s.chars().map(super::case::upper).collect()
}

/// `strings.ToLower`: each rune by its simple lowercase mapping.
pub fn to_lower(s: &str) -> String {
    s.chars().map(super::case::lower).collect()
}

/// `strings.EqualFold`: equal under Unicode simple case folding (`Go` and `GO`, `K` and the
/// Kelvin sign).
pub fn equal_fold(s: &str, t: &str) -> bool {
    let mut a = s.chars();
    let mut b = t.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || fold_class(x) == fold_class(y) => {}
            _ => return false,
        }
    }
}

/// The case-folding class of a rune: [`equal_fold`] holds for two runes exactly when their
/// classes are equal (Go's `unicode.SimpleFold` orbits).
pub fn fold_class(c: char) -> char {
    super::case::fold(c)
}

/// `strings.Cut`: the text before and after the first `sep`, and whether it was found
/// (`(s, "", false)` when not).
pub fn cut<'a>(s: &'a str, sep: &str) -> (&'a str, &'a str, bool) {
    match s.split_once(sep) {
        Some((before, after)) => (before, after, true),
        None => (s, "", false),
    }
}

/// `strings.CutPrefix`: `s` without `prefix`, and whether it had it.
pub fn cut_prefix<'a>(s: &'a str, prefix: &str) -> (&'a str, bool) {
    s.strip_prefix(prefix).map_or((s, false), |rest| (rest, true))
}

/// `strings.CutSuffix`: `s` without `suffix`, and whether it had it.
pub fn cut_suffix<'a>(s: &'a str, suffix: &str) -> (&'a str, bool) {
    s.strip_suffix(suffix).map_or((s, false), |rest| (rest, true))
}
