//! A document's title line gets no suggestions: the headline that opens an
//! article ("North Korean false eyelashes flow through Dandong despite
//! sanctions, traders say") repeats what its body says, and the sample's
//! annotators leave it unmarked (fresh9 to fresh29: no span on a title line
//! in 21 sets, where the rules suggested 31; fresh4, fresh6 and fresh8 marked
//! theirs). The title line is the text's first line when it ends without
//! closing punctuation and a blank line follows it; a first line that is a
//! paragraph of its own ("North Korea fired two missiles on Tuesday, the JCS
//! said.") is no title. [`crate::suggest::rules::RuleSet::title_line_unmarked`]
//! switches the pass off.

use super::Found;

/// The longest line, in bytes, read as a title.
const TITLE_REACH: usize = 300;

/// The byte length of `text`'s title line, if it has one: its first line,
/// ending without a full stop, question or exclamation mark (a closing quote
/// after one counts as one), and followed by a blank line.
pub(super) fn title_line_end(text: &str) -> Option<usize> {
    let head = &text.as_bytes()[..text.len().min(TITLE_REACH + 2)];
    let end = memchr::memchr(b'\n', head)?;
    let after = &text.as_bytes()[end + 1..];
    let blank = after.starts_with(b"\n") || after.starts_with(b"\r\n");
    let line = text[..end].trim_end();
    let closed = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?']);
    (blank && !closed && !line.is_empty()).then_some(end)
}

/// Drops from `found` (byte offsets in `text`) every suggestion that starts
/// on `text`'s title line.
pub(super) fn drop_title_line(text: &str, found: &mut Vec<Found>) {
    if let Some(end) = title_line_end(text) {
        found.retain(|f| f.start >= end);
    }
}

#[cfg(test)]
mod tests {
    use super::title_line_end;
    use crate::model::SourceRegistry;
    use crate::suggest::Suggester;
    use crate::suggest::rules::RuleSet;

    const ARTICLE: &str = "Eyelashes flow through Dandong despite sanctions, traders say\r\n\r\n\
        DANDONG — Eyelashes made in Sinuiju crossed the river in 40 boxes on Monday, \
        two traders said.";

    #[test]
    fn the_suggestions_skip_the_title_unless_the_rules_say_otherwise() {
        let on = Suggester::builtin().expect("rules").suggest_text(ARTICLE);
        let title = ARTICLE.find('\r').expect("a title");
        assert!(on.iter().any(|s| s.label == "attribution"));
        assert!(on.iter().all(|s| s.start > title), "{on:?}");
        let mut rules = RuleSet::builtin();
        rules.title_line_unmarked = false;
        let off = Suggester::new(rules, SourceRegistry::builtin()).expect("rules");
        assert!(off.suggest_text(ARTICLE).iter().any(|s| s.start < title));
    }

    #[test]
    fn a_headline_before_a_blank_line_is_the_title() {
        let text = "Eyelashes flow through Dandong, traders say\n\nDANDONG — Traders said…";
        assert_eq!(title_line_end(text), Some(43));
        let crlf = "Eyelashes flow through Dandong, traders say\r\n\r\nTraders said so.";
        assert_eq!(title_line_end(crlf), Some(44));
    }

    #[test]
    fn a_first_paragraph_or_a_line_without_a_blank_after_is_no_title() {
        assert_eq!(
            title_line_end("Two missiles flew, the JCS said.\n\nMore."),
            None
        );
        assert_eq!(title_line_end("It said “no.”\n\nMore."), None);
        assert_eq!(title_line_end("A kicker line\nThe body goes on.\n\n"), None);
        assert_eq!(title_line_end("One line and no more"), None);
        assert_eq!(title_line_end(""), None);
    }

    #[test]
    fn a_title_with_korean_and_emoji_is_cut_on_a_char_boundary() {
        let text = "⚠️ 조선중앙통신 says the launch failed\n\n본문.";
        let end = title_line_end(text).expect("a title");
        assert!(text.is_char_boundary(end));
        assert_eq!(&text[..end], "⚠️ 조선중앙통신 says the launch failed");
    }
}
