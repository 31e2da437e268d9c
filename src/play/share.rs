//! Share links: a program travels in the URL fragment as `#play=` followed by its source,
//! deflate-compressed (by the browser's `CompressionStream("deflate-raw")`, so the page carries
//! no compression library) and base64url-encoded (here, without padding).
//!
//! Everything here is pure: the fragment's syntax, base64url both ways, the size limits and the
//! learner's words for each way a link can be broken. A shared program is untrusted text: the
//! page shows it only as text and never runs it by itself.

use std::fmt;

/// What starts a share link's fragment.
pub const PREFIX: &str = "#play=";

/// The longest encoded program a link may carry (characters after [`PREFIX`]).
pub const MAX_ENCODED: usize = 64 * 1024;

/// The largest program a link may unpack to, in bytes (the decompressor stops beyond it).
pub const MAX_SOURCE: usize = 64 * 1024;

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after `#play=`.
    Empty,
    /// A character that base64url does not use, or a length it cannot have.
    BadBase64,
    /// The encoded text is longer than [`MAX_ENCODED`].
    TooLong,
    /// The data does not inflate (not deflate-raw, or cut short).
    BadDeflate,
    /// It inflates to more than [`MAX_SOURCE`] bytes.
    TooLarge,
    /// It inflates to bytes that are not UTF-8 text.
    NotText,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self {
            ShareError::Empty => "it holds no code",
            ShareError::BadBase64 => "its code is not valid base64url (it may have been cut or changed when it was copied)",
            ShareError::TooLong => "it is longer than a share link can be",
            ShareError::BadDeflate => "its code could not be unpacked (it may have been cut short when it was copied)",
            ShareError::TooLarge => "its code unpacks to more than 64 KiB",
            ShareError::NotText => "its code is not text",
        };
        write!(f, "This share link could not be opened: {why}. Nothing was changed; the lesson works as usual.")
    }
}

impl std::error::Error for ShareError {}

/// The encoded program in a fragment (with or without its `#`), if it is a share link at all.
/// `Ok(None)`: not a share link (an ordinary anchor). `Err`: a share link that cannot be read.
pub fn encoded_in(fragment: &str) -> Result<Option<&str>, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = fragment.strip_prefix(&PREFIX[1..]) else { return Ok(None) };
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    if data.len() > MAX_ENCODED {
        return Err(ShareError::TooLong);
    }
    Ok(Some(data))
}

/// The fragment for compressed bytes: `#play=` and their base64url.
pub fn fragment(compressed: &[u8]) -> String {
    format!("{PREFIX}{}", encode(compressed))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 section 5).
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Reads base64url, with or without `=` padding; anything else is [`ShareError::BadBase64`].
pub fn decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return Err(ShareError::BadBase64);
    }
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32).ok_or(ShareError::BadBase64);
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        // Bits beyond the last whole byte must be zero, as an encoder writes them.
        if n & ((1 << (24 - 8 * bytes)) - 1) != 0 {
            return Err(ShareError::BadBase64);
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Ok(out)
}

/// The program from inflated bytes: text of at most [`MAX_SOURCE`] bytes.
pub fn source_from(inflated: Vec<u8>) -> Result<String, ShareError> {
    if inflated.len() > MAX_SOURCE {
        return Err(ShareError::TooLarge);
    }
    String::from_utf8(inflated).map_err(|_| ShareError::NotText)
}
