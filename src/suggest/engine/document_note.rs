//! A note on the document itself that opens with a past participle and a
//! preposition: "Relayed on VHF channel 16.", "Translated and summarised by
//! the Northeast Asia Media Desk.", "Compiled by the Cheorwon Weekly from
//! …", "Published by the Ministry of Unification, 10 December". It says how
//! the text was made or sent, no claim.
//!
//! Gold of all sets (fresh25 and the 26 others, session 32): sentences
//! opening with a capitalised "-ed" participle and "by", "on", "under",
//! "in", "at", "from", "for" or "and" another participle: unmarked 16 times
//! of 16 (a claim after a comma in the same sentence, "Asked by this
//! newspaper, the federation said …", comes with an attribution and is not
//! read here). Irregular participles ("Cut by Jong Kwan-chol shortly after
//! …", a claim) are left out.

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
    let mut words = sentence.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    if !capital_participle(first) {
        return false;
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
    }
}
