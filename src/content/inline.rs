//! The inline markup used inside lesson prose, and its parser.
//!
//! The markup is deliberately tiny, so the lesson stays readable as Rust data:
//!
//! | Write                  | Get                                   |
//! |------------------------|---------------------------------------|
//! | `` `ctx.Err()` ``      | [`Inline::Code`]: code, shown verbatim |
//! | `**always**`           | [`Inline::Strong`]                    |
//! | `*cooperative*`        | [`Inline::Emphasis`]                  |
//! | `[roots](#roots)`      | [`Inline::Link`] (`#anchor` or `https://…`) |
//! | `\*`                   | a literal `*` (any character after `\`) |
//!
//! Spans do not nest: the inside of a span is taken as plain text. A marker with no
//! closing partner (an unmatched `` ` ``, `**`, `*` or `[`) is literal text, so a parse
//! never fails. Emphasis needs a non-space character just inside each `*`.
//!
//! **Invariant**: pure; returns slices of the input, never allocates strings.

/// One run of inline content, borrowed from the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline<'a> {
    /// Plain text. Two `Text` runs may be adjacent (an escape splits a run).
    Text(&'a str),
    /// Code, shown in a monospace font exactly as written.
    Code(&'a str),
    /// Strong importance (rendered bold).
    Strong(&'a str),
    /// Emphasis (rendered italic).
    Emphasis(&'a str),
    /// A link: `href` is `#anchor` for a place in the lesson, or an `https://` address.
    Link {
        /// The link text (plain text).
        text: &'a str,
        /// Where the link goes.
        href: &'a str,
    },
}

/// Parses inline markup into runs; concatenating the runs' text gives the prose
/// without its markup.
pub fn parse(src: &str) -> Vec<Inline<'_>> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let span = match bytes[i] {
            b'\\' if i + 1 < bytes.len() => {
                push_text(&mut out, &src[text_start..i]);
                // The escaped character starts the next text run.
                text_start = i + 1;
                let escaped_len = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                i += 1 + escaped_len;
                continue;
            }
            b'`' => delimited(src, i, "`", "`").map(|(inner, end)| (Inline::Code(inner), end)),
            b'*' if bytes.get(i + 1) == Some(&b'*') => {
                delimited(src, i, "**", "**").map(|(inner, end)| (Inline::Strong(inner), end))
            }
            b'*' => delimited(src, i, "*", "*")
                .filter(|(inner, _)| !inner.starts_with(' ') && !inner.ends_with(' '))
                .map(|(inner, end)| (Inline::Emphasis(inner), end)),
            b'[' => link(src, i),
            _ => None,
        };
        match span {
            Some((inline, end)) => {
                push_text(&mut out, &src[text_start..i]);
                out.push(inline);
                i = end;
                text_start = end;
            }
            None => i += 1,
        }
    }
    push_text(&mut out, &src[text_start..]);
    out
}

/// The text of `src` with the markup removed, e.g. for a title attribute or a word count.
pub fn plain_text(src: &str) -> String {
    parse(src)
        .into_iter()
        .map(|run| match run {
            Inline::Text(t) | Inline::Code(t) | Inline::Strong(t) | Inline::Emphasis(t) => t,
            Inline::Link { text, .. } => text,
        })
        .collect()
}

fn push_text<'a>(out: &mut Vec<Inline<'a>>, text: &'a str) {
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
}

/// The non-empty text between `open` at `start` and the next `close`, and the index
/// just past `close`.
fn delimited<'a>(src: &'a str, start: usize, open: &str, close: &str) -> Option<(&'a str, usize)> {
    let inner_start = start + open.len();
    let len = src.get(inner_start..)?.find(close)?;
    (len > 0).then(|| {
        (
            &src[inner_start..inner_start + len],
            inner_start + len + close.len(),
        )
    })
}

/// A `[text](href)` link starting at `start`.
fn link(src: &str, start: usize) -> Option<(Inline<'_>, usize)> {
    let (text, after_text) = delimited(src, start, "[", "]")?;
    if !src[after_text..].starts_with('(') {
        return None;
    }
    let (href, end) = delimited(src, after_text, "(", ")")?;
    Some((Inline::Link { text, href }, end))
}
