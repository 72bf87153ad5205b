//! A sentence that ends with a day and a short month ("… near the
//! observatory on 5 Dec. One bird had a broken wing", "… on the evening of
//! 28 Nov. Our records show …"): the month's full stop is in the rules'
//! abbreviations ("Dec. 5"), so the sentence after it was joined on and a
//! claim ran across both. After a day's number the short month ends the
//! sentence when a capital opens the next one. In the gold of all sets
//! (session 37): two such stops (fresh20, fresh30), both between two spans;
//! "Dec. 5" (the month before the day) is untouched.

/// Short months that take a full stop.
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// True when `sentence` (trimmed) ends with a day's number and a short month
/// with its full stop ("on 5 Dec.").
pub(super) fn ends_with_day_month(sentence: &str) -> bool {
    // Cheap first: the last byte is a full stop after a lower-case letter.
    if !sentence.ends_with('.') {
        return false;
    }
    let mut words = sentence.rsplit(' ');
    let (Some(month), Some(day)) = (words.next(), words.next()) else {
        return false;
    };
    MONTHS.contains(&month)
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::ends_with_day_month;

    #[test]
    fn a_day_and_a_short_month_end_a_sentence() {
        assert!(ends_with_day_month("It hit a power line on 5 Dec."));
        assert!(!ends_with_day_month("It hit a power line on Dec."));
        assert!(!ends_with_day_month("Gen."));
        assert!(!ends_with_day_month("It was 2025 Dec."));
    }
}
