//! A note on the document itself that opens with a past participle and a
//! preposition: "Relayed on VHF channel 16.", "Translated and summarised by
//! the Northeast Asia Media Desk.", "Compiled by the Cheorwon Weekly from
//! …", "Published by the Ministry of Unification, 10 December". It says how
//! the text was made or sent, no claim. So does a participle and a date
//! ("Published 7 August"), "Last" and a participle ("Last updated 3
//! August") and a noun for the document and a participle ("Summary prepared
//! for the public hearing at …", "Minutes approved by the chair"): session
//! 33, six such sentences in the 28 sets' texts, all unmarked in gold, four
//! suggested as claims before (fresh17, fresh26 ×3).
//!
//! Gold of all sets (fresh25 and the 26 others, session 32): sentences
//! opening with a capitalised "-ed" participle and "by", "on", "under",
//! "in", "at", "from", "for" or "and" another participle: unmarked 16 times
//! of 16 (a claim after a comma in the same sentence, "Asked by this
//! newspaper, the federation said …", comes with an attribution and is not
//! read here). Irregular participles ("Cut by Jong Kwan-chol shortly after
//! …", a claim) are left out.

/// Nouns for the document, or a part of it, before a participle ("*Summary*
/// prepared for the public hearing …", "*Minutes* approved by the chair").
const DOCUMENT_NOUNS: &[&str] = &[
    "Summary",
    "Report",
    "Text",
    "Transcript",
    "Translation",
    "Notes",
    "Minutes",
];

/// True when `word` is a month's name (a comma or stop after it aside).
fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    crate::suggest::calendar::MONTHS.contains(&word)
}

/// True when `word` and `next` open a date: a month's name, or a day's
/// number and a month's name ("7 August").
fn opens_a_date(word: &str, next: Option<&&str>) -> bool {
    is_month(word)
        || (word.bytes().all(|b| b.is_ascii_digit()) && next.is_some_and(|n| is_month(n)))
}

/// Prepositions after the opening participle.
const PREPOSITIONS: &[&str] = &["by", "on", "under", "in", "at", "from", "for"];

/// True when `word` is a capitalised participle in "-ed" ("Relayed").
fn capital_participle(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ed")
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase())
}

/// True when `sentence` opens with a capitalised "-ed" participle and a
/// preposition (or "and" and a second participle), and holds no clause
/// after a comma ("Founded in 1990, *the firm employs* 300 people"): after
/// its first comma, if any, only capitalised words and figures ("…, 10
/// December").
pub(super) fn is_document_note(sentence: &str) -> bool {
    if let Some((_, after)) = sentence.split_once(',')
        && after
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
    {
        return false;
    }
    let mut words = sentence.split_whitespace().peekable();
    let (Some(first), Some(mut second)) = (words.next(), words.next()) else {
        return false;
    };
    // "Last updated 3 August", "Summary prepared for the hearing": the
    // participle after "Last" or a noun for the document.
    if (first == "Last" || DOCUMENT_NOUNS.contains(&first))
        && second.len() > 4
        && second.ends_with("ed")
        && second.bytes().all(|b| b.is_ascii_lowercase())
        && let Some(next) = words.next()
    {
        second = next;
    } else if !capital_participle(first) {
        return false;
    }
    // "Published 7 August": the participle and a date.
    if opens_a_date(second, words.peek()) {
        return true;
    }
    if second == "and" {
        return words.next().is_some_and(|w| {
            w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
        });
    }
    PREPOSITIONS.contains(&second)
}

#[cfg(test)]
mod tests {
    use super::is_document_note;

    #[test]
    fn a_note_on_the_document_is_no_claim() {
        assert!(is_document_note("Relayed on VHF channel 16."));
        assert!(is_document_note("Translated and summarised by the desk."));
        assert!(is_document_note("Compiled by the weekly from police logs."));
    }

    #[test]
    fn other_openings_are_read() {
        assert!(!is_document_note("Cut by a printer in 1953."));
        assert!(!is_document_note("Police arrested two men on Friday."));
        assert!(!is_document_note("Seized goods were burned on Friday."));
        assert!(!is_document_note("Reported"));
        assert!(!is_document_note(
            "Founded in 1990, the firm employs 300 people."
        ));
        assert!(is_document_note("Published by the ministry, 10 December"));
        assert!(is_document_note("Last updated 3 August."));
        assert!(is_document_note("Published 7 August"));
        assert!(is_document_note(
            "Summary prepared for the public hearing at the town office, Ongjin County, 6 August"
        ));
        assert!(is_document_note(
            "Minutes approved by the chair on 4 December"
        ));
        assert!(!is_document_note("Last year prices rose."));
        assert!(!is_document_note("Summary executions rose in 2023."));
        assert!(!is_document_note("Arrested 4 men in May."));
    }
}
