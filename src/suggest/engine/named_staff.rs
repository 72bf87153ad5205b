//! "A Brightwell spokesperson told reporters": a person named only as staff of
//! a body whose one-word name stands before the staff word speaks for that
//! body ("Brightwell"), as analysts file a firm's or a group's spokespeople.
//! A nationality ("a Chinese official") or a generic word capitalised as a
//! title ("a Government official") names no body.

use super::body_naming::{STAFF_MODIFIERS, STAFF_WORDS};

/// Capitalised words that stand before a staff word without naming a body.
const NOT_BODIES: &[&str] = &[
    "Government",
    "Ministry",
    "Department",
    "Company",
    "Party",
    "Army",
    "Navy",
    "Police",
    "Military",
    "Defense",
    "Defence",
    "Foreign",
    "Interior",
    "Justice",
    "Finance",
    "Health",
    "Trade",
    "State",
    "Security",
    "Intelligence",
    "Embassy",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Senior",
    "Former",
    "Opposition",
    "Administration",
];

/// The body of "a Brightwell spokesperson", "the Brightwell officials",
/// "an unnamed Brightwell official": a determiner (one of `determiners`), at
/// most one plain modifier, one capitalised word (its other letters lower
/// case, not one of [`NOT_BODIES`]), then a staff word ending the name. The
/// caller rules nationalities out.
pub(super) fn body_of_staff<'a>(name: &'a str, determiners: &[String]) -> Option<&'a str> {
    // Most names end in no staff word: nothing else is read for them.
    let last = name.split_whitespace().next_back()?;
    if !STAFF_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last)) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let [determiner, modifiers @ .., body, _staff] = words.as_slice() else {
        return None;
    };
    let determined = determiners
        .iter()
        .any(|d| d.eq_ignore_ascii_case(determiner));
    let plain = modifiers.len() <= 1
        && (modifiers.iter()).all(|m| STAFF_MODIFIERS.contains(&m.to_lowercase().as_str()));
    let mut letters = body.chars();
    let named = body.len() >= 3
        && letters.next().is_some_and(|c| c.is_uppercase())
        && letters.all(char::is_lowercase)
        && !NOT_BODIES.contains(body);
    (determined && plain && named).then_some(*body)
}

/// Last words of a body's name, never of a person's ("the Birch Hill
/// *Foundation*", "the Birch *Institute*").
const BODY_HEADS: &[&str] = &[
    "Foundation",
    "Center",
    "Centre",
    "Institute",
    "Agency",
    "Association",
    "Council",
    "Committee",
    "Commission",
    "Bureau",
    "Administration",
    "Organization",
    "Organisation",
    "Society",
    "Fund",
    "Alliance",
    "Federation",
    "Coalition",
    "League",
];

/// True when `name` ends in a word of [`BODY_HEADS`] after at least one other
/// word: a body's name, which a relative clause after it ("the Birch Hill
/// Foundation, which runs shelters") describes without renaming.
pub(super) fn is_body_name(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    let head = words.next().unwrap_or_default();
    BODY_HEADS.contains(&head) && words.next().is_some()
}

/// True when the last word of `name` is a word of [`BODY_HEADS`], alone or
/// after others ("Council", "the Birch Hill Foundation"): a body's name,
/// never a person's, so no "he" or "she" stands for it.
pub(super) fn ends_in_body_head(name: &str) -> bool {
    name.split_whitespace()
        .next_back()
        .is_some_and(|head| BODY_HEADS.contains(&head))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn determiners() -> Vec<String> {
        ["a", "an", "the", "another"]
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn staff_of_a_one_word_body_speak_for_it() {
        let d = determiners();
        assert_eq!(
            body_of_staff("A Brightwell spokesperson", &d),
            Some("Brightwell")
        );
        assert_eq!(
            body_of_staff("an unnamed Brightwell official", &d),
            Some("Brightwell")
        );
        assert_eq!(
            body_of_staff("the Brightwell officials", &d),
            Some("Brightwell")
        );
    }

    #[test]
    fn no_body_without_a_determiner_a_name_or_a_staff_word() {
        let d = determiners();
        // A sentence's first word is capitalised anyway.
        assert_eq!(body_of_staff("Brightwell officials", &d), None);
        assert_eq!(body_of_staff("A Government official", &d), None);
        assert_eq!(body_of_staff("a former Brightwell official", &d), None);
        assert_eq!(body_of_staff("A Brightwell report", &d), None);
        assert_eq!(body_of_staff("a BRW official", &d), None);
        assert_eq!(body_of_staff("an official", &d), None);
        assert_eq!(body_of_staff("Ana Brightwell, an official", &d), None);
    }

    #[test]
    fn a_body_name_ends_in_its_head() {
        assert!(is_body_name("Birch Hill Foundation"));
        assert!(is_body_name("Saeter Centre"));
        assert!(!is_body_name("Foundation"));
        assert!(!is_body_name("Ana Birch"));
        assert!(!is_body_name("the foundation"));
    }
}
