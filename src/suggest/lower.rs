//! A word in lower case without an allocation when it is already lower-case
//! ASCII, which most words of an English article are. The rules compare
//! words with lower-case lists tens of thousands of times per megabyte;
//! `str::to_lowercase` allocates a fresh `String` each time.

use std::borrow::Cow;

/// `word` in lower case, exactly as [`str::to_lowercase`] gives it, borrowed
/// when `word` has no upper-case letter and is ASCII.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    let bytes = word.as_bytes();
    if bytes
        .iter()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else if bytes.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// True when `word` in lower case is one of `list` (lower-case entries).
pub(crate) fn lower_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lower_case_ascii_is_borrowed() {
        assert!(matches!(lower("said"), Cow::Borrowed("said")));
        assert_eq!(lower("Said"), "said");
        assert_eq!(lower("ÉTAT"), "état");
        assert_eq!(lower("\u{212A}elvin"), "kelvin");
    }

    #[test]
    fn lower_in_matches_the_lower_case_list() {
        assert!(lower_in("Report", &["report", "study"]));
        assert!(!lower_in("Reports", &["report"]));
        assert!(lower_in("\u{212A}it", &["kit"]));
    }

    proptest! {
        #[test]
        fn lower_is_to_lowercase(word in "\\PC{0,12}") {
            prop_assert_eq!(lower(&word), word.to_lowercase());
        }

        #[test]
        fn lower_in_is_contains_of_to_lowercase(word in "[a-zA-Z\u{212A}\u{130}é]{0,6}") {
            let list = ["kit", "report", "é", "i\u{307}"];
            prop_assert_eq!(lower_in(&word, &list), list.contains(&word.to_lowercase().as_str()));
        }
    }
}
