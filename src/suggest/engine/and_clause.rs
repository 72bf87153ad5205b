//! The second of two clauses joined by ", and" in a sentence of facts: "Pages
//! 41 to 46 had been cut from the logbook, and *the entries after the gap were
//! written in a different ink*"; "Its owner is Bright Harbour Marine, and *its
//! manager gives an address in Dalian*". When the clause before ", and" is a
//! claim, a whole clause after it (its own subject, a verb) asserts in the
//! same voice and is a claim too, with no number or named actor of its own.
//! Over the 31 sets (fresh29's 248–251 aside), 25 such clauses after a
//! suggested claim got no suggestion: 16 gold claims (fresh4, fresh7,
//! fresh11, fresh16, fresh19, fresh26 ×2, fresh28, fresh29 ×3, …), 1
//! speculation (a hedge this pass leaves alone), 8 nothing (3 of them whole
//! clauses: fresh17, fresh22 ×2).

use super::Found;
use super::clause_edges::{has_finite_verb, trim_clause};
use super::following_claim::head_before;
use crate::suggest::CLAIM;
use crate::suggest::lower::lower;

/// Words that open a clause with its own subject: determiners, third-person
/// pronouns, numbers' words and the prepositions of a leading time phrase
/// ("for the first time more than half of them were born …").
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some",
    "most", "many", "all", "both", "each", "every", "no", "none", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "half", "they", "it", "he", "she", "there",
    "for", "in", "on", "at", "by", "since", "after", "last", "only", "about", "more", "nearly",
    "almost", "several", "few", "another", "other", "such",
];

/// Past forms not in "-ed" that make a clause whole ("took part", "gave").
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "took", "gave", "made", "went", "came", "found", "saw", "got", "ran", "rose", "fell", "paid",
    "sold", "bought", "kept", "left", "lost", "won", "began", "grew", "led", "met", "sent",
    "spent", "built", "held", "brought", "caught", "drew", "drove", "flew", "froze", "hid", "knew",
    "lay", "put", "sank", "shut", "stood", "struck", "swam", "threw", "wore", "broke", "chose",
    "fought", "gives", "takes", "makes", "holds", "runs", "lists", "shows", "contains",
];

/// True when `clause` is a whole clause in its own right: it opens with a
/// subject's word (a determiner, a third-person pronoun, a capital, a digit)
/// and has a verb; no first or second person, no question.
pub(super) fn is_whole_clause(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    let opens = first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || SUBJECT_OPENERS.contains(&lower(first).as_ref());
    let person = ["I", "We", "You"].contains(&first);
    opens
        && !person
        && clause.split_whitespace().count() >= 3
        && !clause.ends_with('?')
        && (has_finite_verb(clause)
            || clause.split_whitespace().skip(1).any(|w| {
                IRREGULAR_PAST
                    .contains(&lower(w.trim_matches(|c: char| !c.is_alphanumeric())).as_ref())
            }))
}

/// The claim for the clause `[ts, te)` of `sentence` (which starts at byte
/// `base` of the text) when it follows ", and" right after `head`'s claim
/// (the last suggestion so far) and is a whole clause; the head's rule.
pub(super) fn second_clause(
    head: Option<&Found>,
    sentence: &str,
    base: usize,
    (ts, te): (usize, usize),
) -> Option<Found> {
    let (claim, between) = head_before(head, &[CLAIM], sentence, base, ts)?;
    if !(between == ", and" || between == "; and") {
        return None;
    }
    let (a, mut b) = trim_clause(sentence, ts, te)?;
    // "…, and the travellers will pay their own costs*, according to* a
    // fact sheet …": the attribution is no part of the clause.
    if let Some(at) = sentence[a..b].find(", according to") {
        b = a + at;
    }
    if !is_whole_clause(&sentence[a..b]) {
        return None;
    }
    Some(Found::claim(
        base + a..base + b,
        claim.rule.clone(),
        claim.score,
        "a whole clause after a claim and “, and”".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::is_whole_clause;

    #[test]
    fn a_whole_clause_has_a_subject_and_a_verb() {
        assert!(is_whole_clause(
            "the entries after the gap were written in ink"
        ));
        assert!(is_whole_clause(
            "its listed manager gives an address in Dalian"
        ));
        assert!(is_whole_clause("Youth brigades from Songrim took part"));
        assert!(!is_whole_clause("declined to give his name"));
        assert!(!is_whole_clause("we hope to be ready by then"));
        assert!(!is_whole_clause("the long road north"));
    }
}
