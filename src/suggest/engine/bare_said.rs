//! A clause the attribution rules left whole although it opens with a
//! speaker and a bare "said" (no "that"): "Ana Ruiz, a lecturer who advised
//! the inquiry, *said* insurance is …", "and *he said* its position had not
//! changed". What the speaker asserts starts after the verb; the speaker and
//! the verb are no part of the claim.
//!
//! Two shapes only, both read from how a subject is closed before its verb:
//! a comma right before "said"/"says" (the subject's appositive or relative
//! clause ends there), or a personal pronoun as the whole subject. A count
//! subject ("61 percent said they …") has neither and stays a claim whole,
//! as do "said nothing", "said so", "said to be …".

use crate::suggest::lower::lower_in;

/// The two forms of "say" that report.
const SAY: &[&str] = &["said", "says"];

/// Pronouns that are a whole subject of "said".
const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Words that, right after "said", show it does not open a reported clause
/// ("said *nothing*", "said *so*", "*said to be* worth", "said *by* …").
const NOT_CLAUSE_OPENERS: &[&str] = &[
    "nothing", "so", "as", "to", "by", "hello", "only", "twice", "little", "much", "that",
];

/// Fewest words after the verb for what it reports to be a clause.
const MIN_REPORTED_WORDS: usize = 4;

/// Most words before the verb (a long appositive or relative clause is
/// usual: "X, a lecturer in law at Y who advised an earlier inquiry into Z,").
const MAX_SUBJECT_WORDS: usize = 40;

/// In `clause` (trimmed), the byte where what a bare "said"/"says" reports
/// starts, when a comma closes the subject right before the verb or a
/// personal pronoun is the whole subject; else `None`.
pub(super) fn reported_after_bare_said(clause: &str) -> Option<usize> {
    // Most clauses hold no "said"/"says": look before cutting into words.
    if !clause.contains(" said ") && !clause.contains(" says ") {
        return None;
    }
    let mut previous: Option<&str> = None;
    let mut count = 0usize;
    let mut at = 0usize;
    for word in clause.split_inclusive(' ') {
        let start = at;
        at += word.len();
        let bare = word.trim_end();
        count += 1;
        if count > MAX_SUBJECT_WORDS {
            return None;
        }
        if lower_in(bare, SAY) {
            let after_comma = previous.is_some_and(|p| p.ends_with(',')) && count > 2;
            let pronoun = count == 2 && previous.is_some_and(|p| lower_in(p, PRONOUNS));
            if !(after_comma || pronoun) {
                return None;
            }
            return reported_start(clause, start + word.len());
        }
        // A clause break or quote before the verb: not this shape.
        if bare.ends_with([';', ':', '"', '“', '”']) {
            return None;
        }
        previous = Some(bare);
    }
    None
}

/// The byte where the reported clause after the verb (ending at `after`)
/// starts, when it reads as a clause of at least [`MIN_REPORTED_WORDS`].
fn reported_start(clause: &str, after: usize) -> Option<usize> {
    let rest = clause.get(after..)?;
    let first = rest.split_whitespace().next()?;
    let opens_clause = first.chars().next().is_some_and(char::is_alphanumeric)
        || first.starts_with(['"', '“', '\'', '‘']);
    if !opens_clause
        || lower_in(
            first.trim_matches(|c: char| !c.is_alphanumeric()),
            NOT_CLAUSE_OPENERS,
        )
        || rest.split_whitespace().count() < MIN_REPORTED_WORDS
    {
        return None;
    }
    Some(clause.len() - rest.trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::reported_after_bare_said;

    fn reported(clause: &str) -> Option<&str> {
        reported_after_bare_said(clause).map(|at| &clause[at..])
    }

    #[test]
    fn a_comma_closed_subject_or_a_pronoun_before_said() {
        assert_eq!(
            reported("Ana Ruiz, a lecturer who advised the inquiry, said the port is closed"),
            Some("the port is closed")
        );
        assert_eq!(
            reported("he said its position had not changed"),
            Some("its position had not changed")
        );
        assert_eq!(
            reported("She says “the wall is older than the town”"),
            Some("“the wall is older than the town”")
        );
        assert_eq!(
            reported("김민수, 부산의 어부, said the catch fell by half 🐟"),
            Some("the catch fell by half 🐟")
        );
    }

    #[test]
    fn counts_other_objects_and_short_rests_stay_whole() {
        assert_eq!(
            reported("61 percent of voters said they saw it as a duty"),
            None
        );
        assert_eq!(
            reported("The study's summary says nothing about fares"),
            None
        );
        assert_eq!(
            reported("The vase, said to be worth a million, broke"),
            None
        );
        assert_eq!(reported("He said so in almost every speech"), None);
        assert_eq!(reported("He said as much in a speech"), None);
        assert_eq!(
            reported("Lee, the captain, said it was late on Monday"),
            Some("it was late on Monday")
        );
        assert_eq!(reported("Lee, the captain, said yes"), None);
        assert_eq!(reported("The port reopened on Monday"), None);
        assert_eq!(reported("The plan, officials said, would cut fares"), None);
    }
}
