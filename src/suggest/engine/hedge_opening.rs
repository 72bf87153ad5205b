//! Where a hedge opens when the sentence's own opening belongs to it:
//!
//! - a condition that opens the sentence ("*If the dam holds, the valley
//!   may* stay dry"): the guess is what follows from the condition, so the
//!   hedge takes in the "If …," clause and the short subject after it;
//! - a question clause as the subject of a predicate of uncertainty
//!   ("*Whether the ferry sails* is unclear"): the same doubt as "It is
//!   unclear whether the ferry sails", so the hedge takes in the clause.
//!
//! Counted in the gold of all sets (session 21): the "If …," clause is in
//! the hedge in 6 sets, left out in 2.

/// Words that open a condition.
const CONDITIONS: [&str; 2] = ["If ", "Unless "];

/// Words that open a question clause used as a subject.
const QUESTION_WORDS: [&str; 7] = [
    "Whether ", "How ", "Why ", "What ", "When ", "Where ", "Who ",
];

/// Predicates of uncertainty a question clause can be the subject of.
const UNCERTAIN: [&str; 3] = ["unclear", "not clear", "uncertain"];

/// Most words between a condition's comma and the hedge cue (the main
/// clause's subject: "the dam", "its second stage").
const MAX_SUBJECT_WORDS: usize = 6;

/// Most words in a question clause used as a subject.
const MAX_QUESTION_WORDS: usize = 14;

/// Where the hedge opens in `clause` (which opens its sentence) when its
/// opening belongs to it: 0 for a leading "If …," condition before the
/// hedge at `cue_start`, or for a question clause that is the subject of
/// the uncertainty `cue`; `None` otherwise.
pub(super) fn opening_scope(clause: &str, cue_start: usize, cue: &str) -> Option<usize> {
    let head = clause.get(..cue_start)?;
    if CONDITIONS.iter().any(|c| head.starts_with(c)) {
        // "If the dam holds, the valley may": one comma, then a short subject.
        let comma = head.find(", ")?;
        let subject = &head[comma + 2..];
        let words = subject.split_whitespace().count();
        return (!subject.contains([',', ';', ':', '"', '“', '”']) && words <= MAX_SUBJECT_WORDS)
            .then_some(0);
    }
    let uncertain = UNCERTAIN.iter().any(|u| cue.eq_ignore_ascii_case(u));
    if uncertain
        && QUESTION_WORDS.iter().any(|q| head.starts_with(q))
        && !head.contains([',', ';', ':'])
        && head.split_whitespace().count() <= MAX_QUESTION_WORDS
    {
        return Some(0);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::opening_scope;

    fn scope(clause: &str, cue: &str) -> Option<usize> {
        let at = clause.find(cue).unwrap_or(0);
        opening_scope(clause, at, cue)
    }

    #[test]
    fn a_leading_condition_joins_the_hedge() {
        assert_eq!(
            scope("If the dam holds, the valley may stay dry", "may"),
            Some(0)
        );
        assert_eq!(
            scope("Unless the board objects, shares could rise", "could"),
            Some(0)
        );
        assert_eq!(
            scope("If rates fall, perhaps buyers return", "perhaps"),
            Some(0)
        );
    }

    #[test]
    fn a_long_or_broken_main_clause_keeps_the_cue_start() {
        // A second comma: the hedge is in a later clause of its own.
        assert_eq!(
            scope(
                "If the dam holds, the valley, the farmers say, may stay dry",
                "may"
            ),
            None
        );
        // No comma after the condition: no main clause to read.
        assert_eq!(
            scope("If the dam holds the valley may stay dry", "may"),
            None
        );
        // Not a condition.
        assert_eq!(
            scope("After the dam held, the valley may stay dry", "may"),
            None
        );
    }

    #[test]
    fn a_question_subject_joins_a_predicate_of_doubt() {
        assert_eq!(
            scope("Whether the ferry sails on Monday is unclear", "unclear"),
            Some(0)
        );
        assert_eq!(
            scope("How the fire started remains uncertain", "uncertain"),
            Some(0)
        );
        // Another predicate: no change.
        assert_eq!(
            scope("Whether the ferry sails is possible", "possible"),
            None
        );
        // A plain noun subject: the hedge opens at its cue.
        assert_eq!(scope("The ferry's timetable is unclear", "unclear"), None);
    }
}
