//! A heading's noun compound read as a subject and a reporting verb:
//! "*Field report*, third quarter: …", "*Cost estimate*: bill to …",
//! "*Poll report*: South Koreans, …". A single capitalised singular word
//! opening the sentence, then a cue in its base form ("report", "estimate")
//! right before a comma or a colon: a singular subject would take "reports",
//! so the two words are one noun. Gold, 27 sets: 4 such labels (fresh19,
//! fresh24's "Moderator note:", fresh25 ×2), none an attribution.

/// True when the cue at bytes `start..end` of `sentence` is the head of a
/// heading's noun compound ("Field *report*,").
pub(super) fn is_heading_compound(sentence: &str, start: usize, end: usize) -> bool {
    // Cheap first: a comma or a colon right after the cue.
    if !sentence[end..].starts_with([',', ':']) {
        return false;
    }
    let before = sentence[..start].trim();
    let cue = &sentence[start..end];
    let singular = before.len() > 1
        && before.starts_with(|c: char| c.is_ascii_uppercase())
        && before.chars().all(char::is_alphabetic)
        && !before.ends_with('s');
    let base_form = cue.bytes().all(|b| b.is_ascii_lowercase())
        && !cue.ends_with('s')
        && !cue.ends_with("ed")
        && !IRREGULAR_PAST.contains(&cue);
    singular && base_form
}

/// Past tenses without "-ed" ("Yonhap *said*, citing …").
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "found", "thought", "held", "put", "read",
];

#[cfg(test)]
mod tests {
    use super::is_heading_compound;

    fn compound(sentence: &str, cue: &str) -> bool {
        let start = sentence.find(cue).unwrap_or(0);
        is_heading_compound(sentence, start, start + cue.len())
    }

    #[test]
    fn a_heading_noun_compound() {
        assert!(compound(
            "Field report, third quarter: seed for the county",
            "report"
        ));
        assert!(compound(
            "Cost estimate: bill to raise payments",
            "estimate"
        ));
        assert!(compound(
            "Moderator note: this thread was viewed 300 times.",
            "note"
        ));
    }

    #[test]
    fn a_subject_and_its_verb() {
        assert!(!compound("Analysts report: prices rose", "report"));
        assert!(!compound("Kim reports: prices rose", "reports"));
        assert!(!compound("Kim said, however, that prices rose", "said"));
        assert!(!compound(
            "Yonhap said, citing a source, that prices rose",
            "said"
        ));
        assert!(!compound("The bank said: prices rose", "said"));
        assert!(!compound("Field report from the county", "report"));
    }
}
