//! The date that closes a span ("said **on Wednesday**", "told reporters **in
//! July**", "said **on 28 July**", "said **last week**"), read as one class of
//! words: an analyst who leaves the date out of attributions does so whatever
//! the day, so the convention is learned once for every date rather than once
//! per word shape ("on X", "in X", "on 0 X" are each too rare in a few
//! articles to be learned apart; fresh24–26's annotators cut all of them, the
//! older sets' annotators keep all of them).

use crate::suggest::calendar::is_calendar_word;

/// Words that make a date with a calendar name, a number or each other.
const DATE_WORDS: &[&str] = &[
    "last",
    "this",
    "next",
    "early",
    "late",
    "mid",
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "yesterday",
    "today",
    "tonight",
];

/// Words that anchor a date alone: a day or month name, or one of these.
const ANCHORS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "week",
    "month",
    "year",
    "weekend",
];

/// Prepositions a date may open with.
const OPENERS: &[&str] = &["on", "in"];

/// How many of `last` (a span's last words, last first) make the date that
/// closes it, preposition included; `None` when they do not end in a date.
/// A bare number is no date ("said 15", "in 2"): a calendar name or an
/// anchoring word must be among the date's words.
pub(super) fn date_tail(last: &[&str]) -> Option<usize> {
    let dated = |w: &str| {
        is_calendar_word(w)
            || DATE_WORDS.contains(&w.to_lowercase().as_str())
            || (!w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()))
    };
    let anchor = |w: &str| is_calendar_word(w) || ANCHORS.contains(&w.to_lowercase().as_str());
    let k = last.iter().take_while(|w| dated(w)).count();
    if k == 0 || !last[..k].iter().any(|w| anchor(w)) {
        return None;
    }
    // "last"/"this" open a date themselves; else a preposition may.
    match last.get(k) {
        Some(w) if OPENERS.contains(w) => Some(k + 1),
        _ => Some(k),
    }
}

#[cfg(test)]
mod tests {
    use super::date_tail;

    fn tail(words: &str) -> Option<usize> {
        let mut w: Vec<&str> = words.split(' ').collect();
        w.reverse();
        date_tail(&w)
    }

    #[test]
    fn dates_of_every_shape_are_one_class() {
        assert_eq!(tail("said on Wednesday"), Some(2));
        assert_eq!(tail("said in July"), Some(2));
        assert_eq!(tail("said on 28 July"), Some(3));
        assert_eq!(tail("said on July 28"), Some(3));
        assert_eq!(tail("told reporters last week"), Some(2));
        assert_eq!(tail("said on Wednesday night"), Some(3));
        assert_eq!(tail("said yesterday"), Some(1));
    }

    #[test]
    fn other_ends_are_no_date() {
        assert_eq!(tail("said in a statement"), None);
        assert_eq!(tail("said on page 15"), None);
        assert_eq!(tail("told lawmakers"), None);
        assert_eq!(tail("said this"), None);
        assert_eq!(tail("KCNA said"), None);
    }
}
