//! Two openers the claims' `not_first_words` ("At …", "Of …") refuse that
//! open a claim all the same, the opener inside it:
//!
//! - a clock time: "*At 21:44* unit 3 tripped on low fuel pressure", "*At
//!   9 a.m.* the pump failed", "*By 06:10* the crew had left". Counted in
//!   the gold of all sets (session 38, fresh31 264–267 left out): a
//!   sentence opening "At" and a clock time is a claim 4 times of 4
//!   (fresh17 ×2, fresh30, fresh31), the time inside it; the rules found
//!   none of them.
//! - a figure's part: "*Of the 3,912 customers*, 3,340 are households",
//!   "*Of the 41 water points* out of service, 17 are in …". Gold: a claim
//!   3 times of 3 (fresh19, fresh22, fresh31), the phrase inside it; the
//!   rules found none.
//!
//! "At 91, a father …" (an age) and "Of course" open neither.

/// True when `clause` opens with "At"/"By" and a clock time ("21:44", "9
/// a.m.", "10.30 p.m.") or with "Of the"/"Of those" and a figure.
pub(super) fn opens_with_a_clock_or_part(clause: &str) -> bool {
    // Cheap first: the first byte decides.
    if !matches!(clause.as_bytes().first(), Some(b'A' | b'B' | b'O')) {
        return false;
    }
    let mut words = clause.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("At" | "By"), Some(time), next) => is_clock_time(time, next),
        (Some("Of"), Some("the" | "those" | "these"), Some(figure)) => {
            figure.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// True when `word` (and the `next` word) give a clock time: digits around
/// a colon ("21:44", "9:15,"), or a figure before "a.m."/"p.m.".
fn is_clock_time(word: &str, next: Option<&str>) -> bool {
    let word = word.trim_end_matches(',');
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if let Some((h, m)) = word.split_once(':') {
        return !h.is_empty()
            && h.len() <= 2
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
    }
    next.is_some_and(|n| {
        let n = n.trim_end_matches(',');
        matches!(n, "a.m." | "p.m." | "am" | "pm")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_and_parts_of_a_figure_open_a_claim() {
        assert!(opens_with_a_clock_or_part(
            "At 21:44 unit 3 tripped on low fuel pressure"
        ));
        assert!(opens_with_a_clock_or_part(
            "At 9 a.m. the second pump failed"
        ));
        assert!(opens_with_a_clock_or_part("By 06:10 the crew had left"));
        assert!(opens_with_a_clock_or_part(
            "Of the 410 members, 212 are farmers"
        ));
    }

    #[test]
    fn ages_years_and_other_openers_do_not() {
        assert!(!opens_with_a_clock_or_part(
            "At 91, a father records a message"
        ));
        assert!(!opens_with_a_clock_or_part("At the time the pump was new"));
        assert!(!opens_with_a_clock_or_part("Of course the pump failed"));
        assert!(!opens_with_a_clock_or_part(
            "Of the members, most are farmers"
        ));
        assert!(!opens_with_a_clock_or_part("At 2024:1 nothing"));
    }
}
