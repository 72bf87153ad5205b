//! A time-stamped entry line ("30 Nov 04:10 — Left port. Six aboard. Catch
//! poor."): a log's, live blog's or timeline's record, where each sentence
//! after the stamp is a claim even when it is a terse fragment without a
//! verb or a figure. Counted in the gold of all sets (session 25): of the
//! sentences on lines that open with a time stamp and a dash (fresh5,
//! fresh12, fresh13, fresh18), every one is annotated except a quoted "More
//! soon." (inside a quotation, which this rule leaves alone), emoji and a
//! bracketed "[position withheld]". A sentence of nine words or more is
//! left to the claim rules, as is one that opens a quotation.

/// How far back (bytes) the start of the sentence's line is looked for: an
/// entry line is short, and a bounded look keeps a long text linear.
const LOOK_BACK: usize = 320;

/// Fewest words a fragment needs to be an entry's claim ("Catch poor").
const LEAST_WORDS: usize = 2;

/// True when the sentence at byte `s` of `text` stands on a time-stamped
/// entry line, after its stamp and outside any quotation.
pub(super) fn in_entry(text: &str, s: usize) -> bool {
    let mut from = s.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..s) else {
        return false;
    };
    let line_start = match before.rfind('\n') {
        Some(nl) => from + nl + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let Some(stamp) = stamp_end(&text[line_start..]) else {
        return false;
    };
    // The sentence holding the stamp, or one after it on the line.
    let Some(between) = text.get(line_start + stamp..s.max(line_start + stamp)) else {
        return false;
    };
    // A sentence that opens a quotation is a speaker's, not the entry's.
    if text[s..].starts_with(['"', '“']) {
        return false;
    }
    let straight = between.matches('"').count();
    let opened = between.matches('“').count();
    let closed = between.matches('”').count();
    straight % 2 == 0 && opened == closed
}

/// Most words an entry's fragment has: a log's record is terse; a longer
/// sentence is a report, for the claim rules to read.
const MOST_WORDS: usize = 8;

/// The end of `clause` (a sentence of an entry line) as an entry's claim,
/// before a bracketed note ("… no answer. [position withheld]"), if it is a
/// fragment to record: two to eight words, two of them words of letters
/// other than a month's name (the stamp alone is none), not a question
/// and not a label before a colon (`after` is the text after the clause).
pub(super) fn entry_fragment_end(clause: &str, after: &str) -> Option<usize> {
    let end = clause.find('[').unwrap_or(clause.len());
    let body = clause[..end].trim_end_matches(|c: char| !c.is_alphanumeric());
    let words = body.split_whitespace().count();
    let lettered = body
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !is_month(w))
        .count();
    let fragment = (LEAST_WORDS..=MOST_WORDS).contains(&words)
        && lettered >= LEAST_WORDS
        && !clause.ends_with('?')
        && !after.starts_with([':', '?']);
    fragment.then_some(body.len())
}

/// The byte just after the time stamp and dash that open `line` ("30 Nov
/// 04:10 — ", "Dec 1 02:15 – ", "07:42 - "), if it opens with one.
fn stamp_end(line: &str) -> Option<usize> {
    let mut rest = skip_date(line);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    rest = rest[digits..].strip_prefix(':')?;
    let minutes = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if minutes != 2 {
        return None;
    }
    rest = rest[minutes..].trim_start_matches(' ');
    rest = ["—", "–", "-"].iter().find_map(|d| rest.strip_prefix(d))?;
    rest = rest.strip_prefix(' ')?;
    Some(line.len() - rest.len())
}

/// `line` after a leading day and month ("30 Nov ", "1 December ", "Nov 30,
/// "), or all of it when it opens with none.
fn skip_date(line: &str) -> &str {
    let mut words = line.splitn(3, ' ');
    let (Some(first), Some(second), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return line;
    };
    let day = |w: &str| {
        let w = w.trim_end_matches(',');
        (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    if (day(first) && is_month(second)) || (is_month(first) && day(second)) {
        rest
    } else {
        line
    }
}

/// True when `word` names a month, in full or cut short ("Nov", "Sept.").
fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    word.len() >= 3
        && word.is_ascii()
        && crate::suggest::calendar::MONTHS
            .iter()
            .any(|m| m.len() >= word.len() && m[..word.len()] == *word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_with_and_without_a_date() {
        assert_eq!(
            stamp_end("30 Nov 04:10 — Left port."),
            Some("30 Nov 04:10 — ".len())
        );
        assert_eq!(
            stamp_end("Dec 1 02:15 – Anchored."),
            Some("Dec 1 02:15 – ".len())
        );
        assert_eq!(stamp_end("07:42 - Gates open."), Some("07:42 - ".len()));
        assert_eq!(stamp_end("30 Nov 2026 was cold."), None);
        assert_eq!(stamp_end("At 04:10 — the boat left."), None);
        assert_eq!(stamp_end("Novel 04:10 — a title"), None);
    }

    #[test]
    fn entries_after_the_stamp_and_outside_quotes() {
        let text = "Log\n1 Dec 02:15 — Ship alongside. Told to follow.\n";
        let at = text.find("Ship").unwrap();
        assert!(in_entry(text, text.find("1 Dec").unwrap()));
        assert!(in_entry(text, at));
        assert!(in_entry(text, text.find("Told").unwrap()));
        let text = "08:15 — The firm wrote: \"Sold out. More soon.\"";
        assert!(!in_entry(text, text.find("More").unwrap()));
        let text = "The boat left at 04:10 — early. Six aboard.";
        assert!(!in_entry(text, text.find("Six").unwrap()));
    }

    #[test]
    fn fragments_are_terse_records() {
        fn end(c: &str) -> Option<&str> {
            entry_fragment_end(c, ".").map(|e| &c[..e])
        }
        assert_eq!(end("Catch poor"), Some("Catch poor"));
        assert_eq!(end("No answer. [name withheld]"), Some("No answer"));
        assert_eq!(end("Anchored"), None);
        assert_eq!(end("[position withheld]"), None);
        assert_eq!(end("Any news?"), None);
        assert_eq!(end("30 Nov 04:10"), None);
        assert_eq!(end("Nov. 23, 09:00"), None);
        assert_eq!(
            end("In its notice the port says the berth will be closed until May"),
            None
        );
        assert_eq!(entry_fragment_end("Our take", ": none"), None);
    }
}
