//! Disclosure framing: a clause in which the article speaks about how it is
//! laid out or made, not about the news — a pointer to what follows ("We
//! publish four of them *below*", "*Below* are the remarks", "The thread
//! *below* was posted …") or a source's wish ("Both *asked not to be
//! named*"). No claim. (An editor's note, "Letters have been shortened", is
//! read by the rules file's `not_claims` patterns.)
//!
//! Counts over the 25 sets (claims suggested before, gold claims among
//! them): "below" as an adverb (at a clause's head, or before a verb, a
//! comma, a full stop or "with", "in", "by", "as", "then", "followed"): 12
//! suggested, 0 gold (fresh13 1, fresh15 2, fresh16 1, fresh18 4, fresh19 1,
//! fresh20 1, fresh21 1, fresh23 1; "below" before a noun phrase — "fell
//! below 27,000", "the hut below the north gate" — is a claim's and left
//! alone, as is "the article below and changed …", a gold claim in fresh14);
//! "asked not to be named" as a clause's predicate: 2 suggested (fresh7,
//! fresh23), 0 gold.

/// Words after an adverbial "below": the clause goes on with a verb, a
/// circumstance or nothing ("summarised below *by* question").
const AFTER_BELOW: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "with", "in", "by", "as", "then", "followed",
    "from", "for",
];

/// The most words before a source's "asked not to be named".
const SUBJECT_WORDS: usize = 6;

/// True when `clause` is disclosure framing.
pub(super) fn is_disclosure(clause: &str) -> bool {
    // Cheap first: one of the two constructions' words is there.
    // (A substring search, not a window per byte.)
    (clause.contains("elow") && points_below(clause))
        || (clause.contains(" not to be ") && anonymity(clause))
}

/// Bare lower-case words of `clause`, punctuation after them kept apart.
fn words(clause: &str) -> Vec<(String, bool)> {
    clause
        .split_whitespace()
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            let stop = w.ends_with([',', '.', ';', ':']);
            (bare.to_lowercase(), stop)
        })
        .collect()
}

/// "below" as an adverb of place in the text: opening the clause, or
/// followed by a verb, a circumstance, punctuation or nothing.
fn points_below(clause: &str) -> bool {
    let words = words(clause);
    words.iter().enumerate().any(|(i, (w, stop))| {
        w == "below"
            && (i == 0
                || *stop
                || words
                    .get(i + 1)
                    .is_none_or(|(next, _)| AFTER_BELOW.contains(&next.as_str())))
    })
}

/// "Both asked not to be named": a short subject whose whole predicate is
/// the wish to stay unnamed.
fn anonymity(clause: &str) -> bool {
    let words = words(clause);
    let n = words.len();
    (6..=SUBJECT_WORDS + 5).contains(&n)
        && words[n - 5].0 == "asked"
        && words[n - 4].0 == "not"
        && words[n - 3].0 == "to"
        && words[n - 2].0 == "be"
        && matches!(words[n - 1].0.as_str(), "named" | "identified")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_pointers_are_disclosure() {
        assert!(is_disclosure("We publish four of them below"));
        assert!(is_disclosure(
            "Below are the sentencing remarks in the case"
        ));
        assert!(is_disclosure(
            "The thread below was posted on X by the county"
        ));
        assert!(is_disclosure("Responses are summarised below by question"));
    }

    #[test]
    fn below_before_a_noun_phrase_is_not() {
        assert!(!is_disclosure(
            "Goseong's population fell below 27,000 this year"
        ));
        assert!(!is_disclosure(
            "The group is at the ranger hut below the north gate"
        ));
        assert!(!is_disclosure(
            "We have corrected the article below and changed how we check"
        ));
    }

    #[test]
    fn a_wish_to_stay_unnamed_is_disclosure() {
        assert!(is_disclosure("Both asked not to be named"));
        assert!(!is_disclosure(
            "The trader asked not to be named and said prices rose"
        ));
    }
}
