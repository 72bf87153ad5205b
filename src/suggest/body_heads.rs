//! Head nouns of bodies read back by a generic word: "the centre" stands for
//! a "… Center" as well as a "… Centre" (one noun spelled two ways), and "the
//! coast guard" for the latest coast guard named with its country ("the
//! Lakeland Coast Guard").

/// Head nouns spelled two ways, lower case.
const SPELLED_ALIKE: &[(&str, &str)] = &[("centre", "center")];

/// True when `word` (any case) is the head noun `body` (lower case) or its
/// other spelling ("Center" for "centre").
pub(super) fn is_head(word: &str, body: &str) -> bool {
    if word.chars().flat_map(char::to_lowercase).eq(body.chars()) {
        return true;
    }
    SPELLED_ALIKE.iter().any(|(a, b)| {
        (body == *a && word.eq_ignore_ascii_case(b)) || (body == *b && word.eq_ignore_ascii_case(a))
    })
}

/// Two-word heads of a body named with its country before them.
const COUNTRY_HEADS: &[&str] = &["Coast Guard"];

/// The latest body named in `window` by a capitalised country word and a
/// head of [`COUNTRY_HEADS`] ("the Lakeland Coast Guard said") when `generic`
/// (lower case) is that head ("coast guard"): "Lakeland Coast Guard".
pub(super) fn latest_country_head(generic: &str, window: &str) -> Option<String> {
    let head = COUNTRY_HEADS
        .iter()
        .find(|h| h.eq_ignore_ascii_case(generic))?;
    window.rmatch_indices(head).find_map(|(at, _)| {
        let country = window[..at].strip_suffix(' ')?.rsplit(' ').next()?;
        let plain = country.len() > 1
            && country.starts_with(|c: char| c.is_uppercase())
            && country.chars().all(char::is_alphabetic)
            && !["The", "A", "An", "This", "That"].contains(&country);
        plain.then(|| format!("{country} {head}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_matches_either_spelling() {
        assert!(is_head("Center", "centre"));
        assert!(is_head("Centre", "centre"));
        assert!(is_head("centre", "center"));
        assert!(is_head("Foundation", "foundation"));
        assert!(!is_head("Central", "centre"));
        assert!(!is_head("Institute", "centre"));
    }

    #[test]
    fn the_coast_guard_is_the_latest_named_with_its_country() {
        let text = "The Lakeland Coast Guard said so. Later the Norland Coast Guard sailed.";
        assert_eq!(
            latest_country_head("coast guard", text).as_deref(),
            Some("Norland Coast Guard")
        );
        // Not a possessive, not a sentence's article, not another word.
        assert_eq!(
            latest_country_head("coast guard", "Lakeland's Coast Guard said."),
            None
        );
        assert_eq!(
            latest_country_head("coast guard", "The Coast Guard said."),
            None
        );
        assert_eq!(
            latest_country_head("guard", "The Lakeland Coast Guard said."),
            None
        );
    }
}
