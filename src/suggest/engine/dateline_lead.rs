//! A news dateline that opens an article's first line ("SEOUL, May 2 — ",
//! "SHENYANG — ", "INCHEON, Dec. 7 (Seohan Press) -- "): the place in
//! capitals, perhaps a region, a date and an agency after it, then a dash.
//! It is no part of the sentence's subject, so the attribution rules read
//! the sentence after it ("SHENYANG — *The Polish consulate said*", "SEOUL
//! — *A man who crossed the border told* investigators"); before, a plain
//! subject after the dash was found nowhere. Over the 25 sets 31 first
//! lines open with such a dateline (tune to fresh23), 9 with an attribution
//! whose subject follows the dash, all already found through a name the
//! registry knows; the plain subjects ("A man", "The Polish consulate")
//! come from the briefs' open items.

/// The longest dateline read, in bytes, dash excluded.
const MAX_DATELINE: usize = 60;

/// Dashes that close a dateline, with the spaces around them.
const DASHES: [&str; 3] = [" — ", " -- ", " – "];

/// The bytes at the start of `sentence` (at byte `s` of `text`) that belong
/// to no attribution: an item's number ("1.2 The clerk said") or a dateline
/// ("SEOUL, May 2 — A man … told"), when the sentence opens its line.
pub(super) fn lead_skip(text: &str, s: usize, sentence: &str) -> usize {
    let line_start = super::section_number::opens_line(text, s);
    super::section_number::section_number_len(sentence, line_start)
        .max(dateline_len(sentence, line_start))
}

/// The byte length of a dateline and its dash at the start of `sentence`
/// when it opens a line (`line_start`) and a capitalised word follows the
/// dash; 0 otherwise. The dateline's first word is a place in capitals of
/// two letters or more ("SEOUL", "ROME/SEOUL"); what follows it up to the
/// dash holds no full stop ending a sentence and no dash.
pub(super) fn dateline_len(sentence: &str, line_start: bool) -> usize {
    // Cheap first: a capital letter, then a second one.
    let b = sentence.as_bytes();
    if !line_start || b.len() < 8 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
        return 0;
    }
    let mut cut = sentence.len().min(MAX_DATELINE + 4);
    while !sentence.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &sentence[..cut];
    let Some((at, dash)) = DASHES
        .iter()
        .filter_map(|d| head.find(d).map(|at| (at, *d)))
        .min_by_key(|&(at, _)| at)
    else {
        return 0;
    };
    let place = &sentence[..at];
    let first = place.split([',', ' ', '(']).next().unwrap_or_default();
    let capitals = first.len() >= 2
        && first
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, '/' | '-' | '\''));
    // "SEOUL, May 2", "PAJU, South Korea", "INCHEON, Dec. 7 (Seohan Press)":
    // every word capitalised, a number or bracketed; no verb ("KCNA *said*
    // on Monday — …").
    let words_fit = place
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '('));
    if !capitals || !words_fit || place.contains(". ") && !has_month_dot(place) {
        return 0;
    }
    let rest = &sentence[at + dash.len()..];
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return 0;
    }
    at + dash.len()
}

/// True when every ". " inside `place` follows a short month ("Dec. 7").
fn has_month_dot(place: &str) -> bool {
    place.match_indices(". ").all(|(i, _)| {
        let word = place[..i].rsplit([' ', ',']).next().unwrap_or_default();
        word.len() == 3 && word.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::dateline_len;

    #[test]
    fn datelines_before_a_capital() {
        let s = "SHENYANG — The Polish consulate said";
        assert_eq!(&s[dateline_len(s, true)..], "The Polish consulate said");
        let s = "INCHEON, Dec. 7 (Seohan Press) -- A ferry turned back";
        assert_eq!(&s[dateline_len(s, true)..], "A ferry turned back");
        let s = "PAJU, South Korea — Surveyors counted";
        assert_eq!(&s[dateline_len(s, true)..], "Surveyors counted");
        let s = "ROME/SEOUL — The agency estimated";
        assert_eq!(&s[dateline_len(s, true)..], "The agency estimated");
    }

    #[test]
    fn no_dateline() {
        assert_eq!(dateline_len("SEOUL — The agency said", false), 0);
        assert_eq!(dateline_len("THE SEOUL READOUT — as released by", true), 0);
        assert_eq!(dateline_len("Wed 17:58 — Choi said", true), 0);
        assert_eq!(dateline_len("KCNA said on Monday — a day late", true), 0);
        assert_eq!(dateline_len("The JCS said. SEOUL — The ministry", true), 0);
        assert_eq!(dateline_len("KCNA said on Monday — The party", true), 0);
        assert_eq!(dateline_len("NK News. Seoul — The party", true), 0);
        let s = "SEOUL — The final episode of “Spring” (강 건너 봄), a drama about a guard";
        assert!(s[dateline_len(s, true)..].starts_with("The final"));
    }
}
