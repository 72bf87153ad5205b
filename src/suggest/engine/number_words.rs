//! Number words, the closed class several passes read as a figure: "*two*
//! similar notes were reported" (a counted subject), "*four* more than the
//! week before" (a compared figure), "would cost *twelve* million" (a stated
//! figure), ", up from *nine* a year earlier" (an earlier figure). Each pass
//! adds the larger words it reads ("dozens", "hundred", "billion", …).

/// The cardinals from two to twelve, lower case. "one" is left to the
/// callers: "and one was missing" opens no counted subject.
const TWO_TO_TWELVE: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// True when `word` is a cardinal from two to twelve or one of `more`.
pub(super) fn is_number_word(word: &str, more: &[&str]) -> bool {
    TWO_TO_TWELVE.contains(&word) || more.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cardinals_and_the_callers_words_are_number_words() {
        assert!(is_number_word("seven", &[]));
        assert!(is_number_word("dozens", &["dozens"]));
        assert!(!is_number_word("one", &[]));
        assert!(!is_number_word("Seven", &[]));
        assert!(!is_number_word("thirteen", &["dozen"]));
    }
}
