//! Unicode simple case mappings (one rune to one rune), as Go's `unicode.ToUpper`/`ToLower`.
//!
//! Rust's `char` methods give the full mappings, which can yield several runes (`ß` → `SS`).
//! Where a full mapping is a single rune it equals the simple one; where it is several, Go keeps
//! the rune, except for the few runes listed here whose simple mapping exists anyway.

/// Runes whose simple uppercase exists though the full one is several runes (Greek letters with
/// iota subscript map to their capital with prosgegrammeni).
fn upper_exception(c: char) -> Option<char> {
    let u = c as u32;
    let mapped = match u {
        0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => u + 8,
        0x1fb3 | 0x1fc3 | 0x1ff3 => u + 9,
        _ => return None,
    };
    char::from_u32(mapped)
}

/// `unicode.ToUpper`.
pub(crate) fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    if let Some(m) = upper_exception(c) {
        return m;
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(m), None) => m,
        _ => c,
    }
}

/// `unicode.ToLower`.
pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == '\u{130}' {
        return 'i';
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(m), None) => m,
        _ => c,
    }
}

/// A representative of the rune's case-folding orbit: two runes fold equal under Go's
/// `EqualFold` when their representatives are equal.
pub(crate) fn fold(c: char) -> char {
    match c {
        // The Turkish dotted capital and dotless small i fold only to themselves in Go.
        '\u{130}' | '\u{131}' => c,
        // Pairs that fold together though neither has a one-rune upper or lower case.
        '\u{1fd3}' => '\u{390}',
        '\u{1fe3}' => '\u{3b0}',
        '\u{fb05}' => '\u{fb06}',
        _ => lower(upper(c)),
    }
}
