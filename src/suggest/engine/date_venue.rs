//! A sentence that is only a weekday's date and a place, the header of
//! minutes or a court diary ("Thursday 19 November, Room 304.", "Wednesday
//! 2 December, Courtroom 417."): when and where a meeting sat, no claim.
//!
//! Counted over the 29 sets' texts (fresh27: 228–231 only), session 34:
//! four verbless sentences opening with a weekday and a date (fresh20's
//! programme days, fresh27's two headers); gold tags none, the rules made
//! two claims (fresh27).

use super::clause_shape::{bare_words, names_a_verb};
use crate::suggest::calendar::WEEKDAYS;

/// The most words such a header has.
const MOST_WORDS: usize = 8;

/// True when `sentence` opens with a weekday's name and a figure, has at
/// most [`MOST_WORDS`] words and names no verb.
pub(super) fn is_date_venue(sentence: &str) -> bool {
    // Cheap first: the weekday's name opens the sentence.
    let Some(day) = WEEKDAYS.iter().find(|d| sentence.starts_with(*d)) else {
        return false;
    };
    let rest = &sentence[day.len()..];
    let second = rest.split_whitespace().next().unwrap_or_default();
    if !second.starts_with(|c: char| c.is_ascii_digit())
        && !rest.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let words = bare_words(sentence);
    words.len() <= MOST_WORDS && !names_a_verb(&words)
}

#[cfg(test)]
mod tests {
    use super::is_date_venue;

    #[test]
    fn a_date_and_a_room_is_a_header() {
        assert!(is_date_venue("Tuesday 4 March, Room 12."));
        assert!(is_date_venue("Friday, May 9, Council Chamber."));
    }

    #[test]
    fn a_sentence_with_a_verb_is_no_header() {
        assert!(!is_date_venue(
            "Tuesday 4 March was the wettest day of the year."
        ));
        assert!(!is_date_venue("Tuesday's vote passed by 12 to 3."));
    }
}
