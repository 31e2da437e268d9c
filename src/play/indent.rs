//! The editor's Tab and Shift-Tab, as pure text edits on a selection (byte offsets, on char
//! boundaries), so they are tested natively and the view only applies the result.
//!
//! Tab with an empty selection inserts a tab; with a selection it indents every line the
//! selection touches. Shift-Tab removes one leading tab (or up to four spaces) from each.

/// A text and its selection after an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The new text.
    pub text: String,
    /// Selection start (byte offset).
    pub start: usize,
    /// Selection end (byte offset).
    pub end: usize,
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Starts of the lines the selection `[start, end)` touches; a selection ending just after a
/// newline does not touch the next line.
fn touched_lines(text: &str, start: usize, end: usize) -> Vec<usize> {
    let first = line_start(text, start);
    let last_at = if end > start && text[..end].ends_with('\n') { end - 1 } else { end };
    let mut starts = vec![first];
    for (i, c) in text[first..last_at].char_indices() {
        if c == '\n' {
            starts.push(first + i + 1);
        }
    }
    starts
}

fn clamp(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Tab: a tab at the cursor, or every touched line indented by one tab.
pub fn indent(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (clamp(text, start.min(end)), clamp(text, start.max(end)));
    if start == end || !text[start..end].contains('\n') {
        let mut t = String::with_capacity(text.len() + 1);
        t.push_str(&text[..start]);
        t.push('\t');
        t.push_str(&text[end..]);
        return Edit { text: t, start: start + 1, end: start + 1 };
    }
    let lines = touched_lines(text, start, end);
    let mut t = text.to_string();
    for s in lines.iter().rev() {
        t.insert(*s, '\t');
    }
    Edit { text: t, start: start + 1, end: end + lines.len() }
}

/// Shift-Tab: one level of indentation (a tab, or up to four spaces) off every touched line.
pub fn outdent(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (clamp(text, start.min(end)), clamp(text, start.max(end)));
    let lines = touched_lines(text, start, end);
    let mut t = text.to_string();
    let (mut new_start, mut new_end) = (start, end);
    for s in lines.iter().rev() {
        let rest = &t[*s..];
        let n = if rest.starts_with('\t') { 1 } else { rest.bytes().take(4).take_while(|b| *b == b' ').count() };
        if n == 0 {
            continue;
        }
        t.replace_range(*s..*s + n, "");
        let shift = |at: usize| if at <= *s { at } else { at - n.min(at - *s) };
        new_start = shift(new_start);
        new_end = shift(new_end);
    }
    Edit { text: t, start: new_start, end: new_end }
}
