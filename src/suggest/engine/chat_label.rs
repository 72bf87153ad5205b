//! The speaker label of a chat log or live blog line: a time stamp, a dash,
//! then a name in title case, perhaps a bracket saying who the speaker is,
//! then a colon ("Tue 09:41 — Lena Vogt (guide, Alpine Tours): We are
//! back."). The stamp is a closed shape: words of a day or date (a weekday,
//! a month, digits) ending in a clock time, then an em or en dash; or the
//! time in square brackets ("[09:41] Lena: …"). A bracket of a relation
//! ("daughter of a climber", "wife") makes the speaker one of the family.

use super::speaker_label::Label;

/// The longest stamp read before the dash, in bytes.
const LONGEST_STAMP: usize = 32;

/// The longest name read as a label, in bytes.
const LONGEST_NAME: usize = 40;

/// The most words a name label has.
const MOST_WORDS: usize = 4;

/// Kinship nouns, lower case: a bracket that opens with one names a
/// relative ("sister", "son of a driver", "mother-in-law").
pub(super) const KIN: &[&str] = &[
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "parent",
    "son",
    "daughter",
    "brother",
    "sister",
    "sibling",
    "husband",
    "wife",
    "widow",
    "widower",
    "fiancé",
    "fiancée",
    "fiance",
    "fiancee",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "grandchild",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "stepson",
    "stepdaughter",
    "stepmother",
    "stepfather",
];

/// Whether `bracket` names a relative: its first word (before a space or
/// a hyphen, "mother-in-law") is a [`KIN`] noun and no capitalised word
/// follows in its first part ("son of a hiker", not "brother, Red Cross").
pub(super) fn names_relative(bracket: &str) -> bool {
    let first_part = bracket.split(',').next().unwrap_or("").trim();
    let first = first_part
        .split([' ', '-'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    KIN.contains(&first.as_str())
        && bracket.split(',').count() == 1
        && !first_part
            .split(' ')
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase))
}

/// The largest char boundary of `text` at or before byte `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut end = text.len().min(at);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Whether `word` is a clock time: one or two digits, ':' or '.', two
/// digits ("9:05", "17.58").
fn clock(word: &str) -> bool {
    let b = word.as_bytes();
    let Some(sep) = b.iter().position(|c| *c == b':' || *c == b'.') else {
        return false;
    };
    (1..=2).contains(&sep)
        && b.len() == sep + 3
        && b[..sep].iter().all(u8::is_ascii_digit)
        && b[sep + 1..].iter().all(u8::is_ascii_digit)
}

/// Whether `word` may stand in a stamp before its time: digits and date
/// marks ("06/12", "2026-12-06", "6,"), or a short word of letters (a
/// weekday or a month, "Wed", "December", "am").
fn stamp_word(word: &str) -> bool {
    let w = word.trim_end_matches(',');
    !w.is_empty()
        && (w.bytes().all(|b| b.is_ascii_digit() || b"/-.".contains(&b))
            || (w.len() <= 9 && w.bytes().all(|b| b.is_ascii_alphabetic())))
}

/// Where the name begins after the stamp that opens `line`, in bytes: "DAY
/// TIME — " (the words of [`stamp_word`] with a [`clock`] last, perhaps
/// "am"/"pm" after it, then an em or en dash between spaces) or "[…TIME] "
/// (a clock word inside the brackets).
fn after_stamp(line: &str) -> Option<usize> {
    let window = &line[..floor(line, LONGEST_STAMP + 6)];
    if let Some(rest) = window.strip_prefix('[') {
        let close = rest.find(']')?;
        let inside = &rest[..close];
        let timed = inside.split([' ', ',']).any(clock);
        let start = 1 + close + 1;
        return (timed && line[start..].starts_with(' ')).then_some(start + 1);
    }
    // Both dashes start with the byte 0xE2: most lines hold neither.
    memchr::memchr(0xE2, window.as_bytes())?;
    let (stamp, dash) = [" — ", " – "]
        .iter()
        .filter_map(|d| window.find(d).map(|at| (&window[..at], *d)))
        .min_by_key(|(s, _)| s.len())?;
    let mut words: Vec<&str> = stamp.split(' ').collect();
    if words
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm"))
    {
        words.pop();
    }
    let time = words.pop()?;
    (stamp.len() <= LONGEST_STAMP && clock(time) && words.iter().all(|w| stamp_word(w)))
        .then_some(stamp.len() + dash.len())
}

/// The name that opens `rest`: one to [`MOST_WORDS`] words, each a capital
/// then letters, hyphens or apostrophes ("Ana", "Choi Min-ho", "O'Neill"),
/// its length in bytes.
fn name_len(rest: &str) -> Option<usize> {
    let mut len = 0;
    let mut at = 0;
    for _ in 0..MOST_WORDS {
        let tail = &rest[at..];
        let word_len = tail.find([' ', ':']).unwrap_or(tail.len());
        let word = &tail[..word_len];
        let ok = word.starts_with(char::is_uppercase)
            && word.len() >= 2
            && (word.chars()).all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
        if !ok {
            break;
        }
        len = at + word_len;
        if !tail[word_len..].starts_with(' ') {
            break;
        }
        at = len + 1;
    }
    (len > 0 && len <= LONGEST_NAME).then_some(len)
}

/// The chat label of `line` after its stamp: where it starts in the line,
/// and the [`Label`] read from there (its words are the name as written).
pub(super) fn parse(line: &str) -> Option<(usize, Label<'_>)> {
    let from = after_stamp(line)?;
    let rest = &line[from..];
    let i = name_len(rest)?;
    Some((from, super::speaker_label::label_from(rest, i)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamped_labels_are_read() {
        let (at, l) =
            parse("Tue 09:41 — Lena Vogt (guide, Alpine Tours): We are back.").expect("a label");
        assert_eq!(at, "Tue 09:41 — ".len());
        assert_eq!(l.words, "Lena Vogt");
        assert_eq!(l.bracket, Some("guide, Alpine Tours"));
        assert_eq!(l.bracket_source(), Some("Alpine Tours"));
        let (_, l) = parse("March 3, 7:15 pm – Vogt: Still no signal.").expect("a label");
        assert_eq!(l.words, "Vogt");
        assert_eq!(l.bracket, None);
        let (_, l) =
            parse("[14.02.2027, 22:10] Omar (son of a driver): Any word?").expect("a label");
        assert_eq!(l.words, "Omar");
        assert!(names_relative(l.bracket.unwrap_or("")));
    }

    #[test]
    fn prose_with_a_dash_is_not_a_label() {
        assert!(parse("The talks — held in Oslo — ended: no deal.").is_none());
        assert!(parse("Mon 10:00 — the road reopened: good news.").is_none());
        assert!(parse("In 2019 — Vogt: a memoir").is_none());
        assert!(parse("Tue 09:41 — Lena Vogt said the road was open.").is_none());
        assert!(parse("Tue 09:41 — UPDATE:").is_none());
        assert!(parse("FLASH — 06:12 UTC, Jan. 6\n\nOslo–Bergen trains stop").is_none());
        assert!(parse("ab——————————————————————————————————————————————").is_none());
    }

    #[test]
    fn relatives_are_a_closed_list() {
        assert!(names_relative("wife"));
        assert!(names_relative("mother-in-law"));
        assert!(names_relative("nephew of a passenger"));
        assert!(!names_relative("brother, Red Cross"));
        assert!(!names_relative("Sister Agnes"));
        assert!(!names_relative("spokesman"));
        assert!(!names_relative("son of Kim Jong Il"));
    }
}
