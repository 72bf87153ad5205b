//! A label before a colon, with no verb and no common noun: "Yalu Evening
//! Post (Dandong, in Chinese), Monday: “…”", "Response from Blue Crane
//! Tours, 3 Dec: …", "EDITOR'S NOTE, Dec. 5: …", "Answered 3 December by
//! Catherine Oduya, Minister …:". It names who speaks or what follows; no
//! claim.
//!
//! Gold of all sets (fresh25 and the 26 others, session 32), the claims the
//! rules read right before a colon: those whose lower-case words are all
//! function words (or a participle after a comma or at the start) are
//! unmarked 9 times of 9 (fresh14, fresh16 ×2, fresh20, fresh25 ×5); a
//! label with a common noun ("Signatures at close of Wednesday: 51,288") is
//! a claim and is kept.

/// Lower-case words a label may hold.
const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "of", "for", "from", "to", "by", "with", "and", "or", "the", "a", "an",
    "its", "their", "his", "her", "our", "your", "this", "per", "via", "under", "over", "into",
    "as", "about", "after", "before", "during",
];

/// True when `clause` ends right before a colon (`after` starts with ':')
/// and holds no lower-case word but function words and participles in
/// "-ed" after a comma, a bracket or at the start.
pub(super) fn is_label(clause: &str, after: &str) -> bool {
    if !after.starts_with(':') {
        return false;
    }
    let mut previous_ends_phrase = true;
    for raw in clause.split_whitespace() {
        let word = raw.trim_start_matches(['(', '"', '“', '‘', '\'']);
        let opens_after_break = previous_ends_phrase || raw.starts_with('(');
        previous_ends_phrase = raw.ends_with([',', '(']);
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !bare.starts_with(|c: char| c.is_lowercase()) || FUNCTION_WORDS.contains(&bare) {
            continue;
        }
        if bare.ends_with("ed") && opens_after_break {
            continue;
        }
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_label;

    #[test]
    fn a_name_and_a_date_before_a_colon_is_a_label() {
        assert!(is_label(
            "Harbour Daily (Busan, in Korean), Monday",
            ": \"Ferry sails\""
        ));
        assert!(is_label(
            "Response from Blue Tours, 3 Dec",
            ": We emailed all guests"
        ));
        assert!(is_label(
            "Answered 3 May by Jane Roe, Minister for Trade",
            ":\n\nThe UK"
        ));
    }

    #[test]
    fn a_fact_before_a_colon_is_read() {
        assert!(!is_label("Signatures at close of Wednesday", ": 51,288"));
        assert!(!is_label(
            "The ministry received 214 responses",
            ": 158 from firms"
        ));
        assert!(!is_label("Harbour Daily, Monday", " reported"));
    }
}
