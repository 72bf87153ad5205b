//! Text from files shown to people on a terminal or in an error line: every control
//! character escaped (an author named with ESC sequences cannot clear the analyst's
//! terminal or rewrite its title), and quotes in error messages cut short (a 50 MB
//! id must not give a 50 MB error line).
//!
//! Every place that prints ids, titles, authors, sources or notes for people (the
//! command line's `info`, `agree`, `validate`, `reanchor`, `merge`, `import`, and
//! error messages) goes through [`printable`] or [`quoted`]. JSON output does not:
//! serde escapes control characters itself.

use std::fmt;

/// How many characters of a user string an error message quotes before cutting it
/// with "…".
pub const QUOTE_MAX_CHARS: usize = 80;

/// How many characters of a whole error or warning line are printed: a backstop
/// for messages that quote a user string without [`quoted`].
pub const LINE_MAX_CHARS: usize = 2000;

/// A string shown safely: control characters (C0, DEL, C1), line and paragraph
/// separators and bidirectional overrides written as `\u{1b}`; optionally cut
/// after a number of characters. Build it with [`printable`] or [`quoted`]; it
/// formats without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Printable<'a> {
    text: &'a str,
    max_chars: Option<usize>,
    keep_newlines: bool,
}

/// `text` with every control character escaped, never cut: for listings (`info`,
/// `validate`) where the whole value is wanted.
pub fn printable(text: &str) -> Printable<'_> {
    Printable {
        text,
        max_chars: None,
        keep_newlines: false,
    }
}

/// A whole error or warning line: escaped like [`printable`] and cut after
/// [`LINE_MAX_CHARS`] characters.
pub fn printable_line(text: &str) -> Printable<'_> {
    printable(text).cut_at(LINE_MAX_CHARS)
}

/// Text of several lines built for people (a table, a report): control characters
/// escaped except the line breaks `\n` that separate its lines.
pub fn printable_lines(text: &str) -> Printable<'_> {
    Printable {
        keep_newlines: true,
        ..printable(text)
    }
}

/// `text` escaped like [`printable`] and cut after [`QUOTE_MAX_CHARS`] characters
/// with "…": for user strings quoted in error and warning messages.
pub fn quoted(text: &str) -> Printable<'_> {
    printable(text).cut_at(QUOTE_MAX_CHARS)
}

/// JSON text (as serde_json writes it) with the control characters serde leaves
/// as they are — C1 controls, line and paragraph separators, bidirectional
/// overrides — written as `\uXXXX` escapes. Still valid JSON with the same
/// values: outside strings JSON text is ASCII, so these characters can only be
/// inside strings, where the escape means the same character.
pub fn json_for_terminal(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if !c.is_ascii() && needs_escape(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

impl Printable<'_> {
    /// The same text cut after `max_chars` characters instead.
    pub fn cut_at(self, max_chars: usize) -> Self {
        Printable {
            max_chars: Some(max_chars),
            ..self
        }
    }
}

/// True for characters that change how a terminal shows what follows: C0 and C1
/// controls, DEL, line and paragraph separators, bidirectional embeddings,
/// overrides and isolates.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.text;
        let mut shown = 0usize;
        loop {
            if self.max_chars.is_some_and(|m| shown >= m) {
                if !rest.is_empty() {
                    f.write_str("…")?;
                }
                return Ok(());
            }
            // Copy runs of plain characters in one write.
            let plain_end = rest
                .char_indices()
                .take(self.max_chars.map_or(usize::MAX, |m| m - shown))
                .find(|&(_, c)| needs_escape(c) && !(self.keep_newlines && c == '\n'))
                .map(|(i, _)| i);
            let (plain, after) = match plain_end {
                Some(i) => rest.split_at(i),
                None => {
                    let limit = self.max_chars.map_or(usize::MAX, |m| m - shown);
                    let end = rest
                        .char_indices()
                        .nth(limit)
                        .map_or(rest.len(), |(i, _)| i);
                    rest.split_at(end)
                }
            };
            f.write_str(plain)?;
            shown += plain.chars().count();
            rest = after;
            let Some(c) = rest.chars().next() else {
                return Ok(());
            };
            if plain_end.is_none() {
                // Cut reached inside a plain run.
                continue;
            }
            write!(f, "\\u{{{:x}}}", u32::from(c))?;
            shown += 1;
            rest = &rest[c.len_utf8()..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_text_kept() {
        let author =
            "\u{1b}]0;pwned\u{7}\u{1b}[2J조선중앙통신 “KCNA” 👋🏽 e\u{301}\r\n\t\u{9b}x\u{202e}y";
        assert_eq!(
            printable(author).to_string(),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J조선중앙통신 “KCNA” 👋🏽 e\u{301}\\u{d}\\u{a}\\u{9}\\u{9b}x\\u{202e}y"
        );
        assert_eq!(printable("plain").to_string(), "plain");
        assert_eq!(
            printable_lines("a\u{1b}[2J\nb\r\n").to_string(),
            "a\\u{1b}[2J\nb\\u{d}\n"
        );
        assert_eq!(printable("").to_string(), "");
    }

    #[test]
    fn json_keeps_its_values_with_every_control_escaped() {
        let value = serde_json::json!({ "author": "a\u{1b}[2J\u{9b}31m\u{202e}b “조선” 👋🏽" });
        let json = json_for_terminal(&serde_json::to_string(&value).unwrap());
        assert!(
            !json.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn quotes_are_cut_at_80_characters() {
        let long = "조".repeat(50_000_000 / 3);
        let q = quoted(&long).to_string();
        assert_eq!(q.chars().count(), QUOTE_MAX_CHARS + 1);
        assert!(q.ends_with('…'));
        let exact = "a".repeat(QUOTE_MAX_CHARS);
        assert_eq!(quoted(&exact).to_string(), exact);
        let escaped = "\u{1b}".repeat(200);
        let q = quoted(&escaped).to_string();
        assert_eq!(q, format!("{}…", "\\u{1b}".repeat(QUOTE_MAX_CHARS)));
        assert_eq!(printable("abcdef").cut_at(3).to_string(), "abc…");
        assert_eq!(printable("ab\u{1b}def").cut_at(3).to_string(), "ab\\u{1b}…");
    }
}
