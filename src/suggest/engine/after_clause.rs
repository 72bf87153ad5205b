//! ", after" and a clause of its own (a subject and its finite verb) after a
//! whole clause: the event that came first is a second fact, apart from the
//! one it explains. "The council raised the fee on 3 May*, after* residents
//! complained for weeks", "Shares fell 6.4 percent*, after* the United States
//! put a supplier on a list". The first claim ends at the comma; the second
//! starts after "after " and is told like the first (a claim even with no
//! number or name: "after our article was published").
//!
//! "after" and a noun phrase ("after two dry summers", "after a dispute with
//! a subcontractor", "after a week in which boats washed ashore", "after
//! being contacted") is no clause: the verb must come before any relative
//! word ("that", "which", "who", "whose", "where") and the first word must
//! be no "-ing" form.
//!
//! Counted in the 28 sets' gold (session 33): ", after" + a clause with its
//! subject, no attribution between: split 6 times (fresh10, fresh11,
//! fresh15, fresh20, fresh22, fresh26), kept whole 3 times (fresh3, fresh14,
//! fresh21). The majority is kept.

use super::clause_shape::{bare_words, names_a_verb};

const CUT: &str = ", after ";

/// Irregular past forms the shared verb list lacks ("*caught* an average").
const PAST: &[&str] = &[
    "put", "caught", "cut", "hit", "set", "brought", "bought", "led", "left", "lost", "paid",
    "won", "held", "struck", "seized", "threw", "drove", "wrote", "spoke", "chose", "froze",
];

/// Words that open a relative clause inside a noun phrase ("a week *in
/// which* …", "a debate *that* ran …"): a verb after them is not the
/// subject's.
const RELATIVE: &[&str] = &["that", "which", "who", "whom", "whose", "where", "when"];

/// Words that make "after" open a phrase, not a clause.
const NOT_A_SUBJECT: &[&str] = &["all", "that", "which", "this", "years", "months", "weeks"];

/// The fewest words after "after", up to its comma, for a clause.
const FEWEST: usize = 3;

/// True when `words` (the words after "after") open a clause: a subject,
/// then a finite verb before any relative word.
fn opens_a_clause(words: &[String]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let first = first.to_lowercase();
    if words.len() < FEWEST || first.ends_with("ing") || NOT_A_SUBJECT.contains(&first.as_str()) {
        return false;
    }
    // The subject's words, up to a relative word.
    let head: Vec<String> = (words.iter().skip(1))
        .take_while(|w| !RELATIVE.contains(&w.to_lowercase().as_str()))
        .cloned()
        .collect();
    names_a_verb(&head) || head.iter().any(|w| PAST.contains(&w.as_str()))
}

/// The ", after " cuts of `sentence` as `(start, end)` bytes (the comma to
/// just after "after "), given the cuts already made (`(start, end, is an
/// attribution)`): both sides name a verb, the side after it with its own
/// subject.
pub(super) fn breaks(sentence: &str, cuts: &[(usize, usize, bool)]) -> Vec<(usize, usize)> {
    if !sentence.contains(CUT) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (at, from, clause_start) in super::comma_cut::comma_cuts(sentence, CUT, cuts) {
        let phrase = sentence[from..].split([',', ';']).next().unwrap_or("");
        if opens_a_clause(&bare_words(phrase))
            && names_a_verb(&bare_words(&sentence[clause_start..at]))
        {
            found.push((at, from));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tails(sentence: &str) -> Vec<&str> {
        breaks(sentence, &[])
            .into_iter()
            .map(|(_, e)| &sentence[e..])
            .collect()
    }

    #[test]
    fn an_earlier_event_with_its_subject_is_cut() {
        assert_eq!(
            tails("The council raised the fee on 3 May, after residents complained for weeks."),
            vec!["residents complained for weeks."]
        );
        assert_eq!(
            tails("Shares fell 6 percent, after the state put a supplier on a list."),
            vec!["the state put a supplier on a list."]
        );
        assert_eq!(
            tails("The show was cancelled on Sunday, after 400 tickets had been sold."),
            vec!["400 tickets had been sold."]
        );
    }

    #[test]
    fn after_a_noun_phrase_stays_whole() {
        assert!(tails("The output grew 3 percent, after 2.8 percent in 2025.").is_empty());
        assert!(
            tails("The budget passed at 2 a.m., after a debate that ran past midnight.").is_empty()
        );
        assert!(tails("The boats came ashore, after a week in which two sank.").is_empty());
        assert!(tails("It cut off the cards, after being contacted by police.").is_empty());
        assert!(tails("Work stopped in October, after a dispute over unpaid bills.").is_empty());
    }
}
