//! A second predicate after " and " that opens with an affirmative "had",
//! "was" or "were" and has no subject of its own ("the ship had docked at
//! Nampo *and had been cleared* by customs", "it had sold the rights *and
//! was in talks* with a streamer"): a fact of its own. Counted in the gold
//! of all sets (session 22): " and had …" split 8 times, kept whole never;
//! " and was/were …" split 6 times (4 sets), kept whole twice (1 set).
//! " and will …" is kept whole in the gold, so it stays whole here too.
//! " and has/have …" (session 38, 33 sets): split 7 times after an action
//! ("has affirmed the rating … *and has revised* the outlook"), kept whole
//! 3 times, all after a state ("has ties with … *and has hosted* …"), which
//! stays whole here ([`state_before`]).
//!
//! The negated forms ("and had not …") are `conjunct.rs`'s; a passive
//! auxiliary shared by the first predicate ("was built in 1990 *and was
//! repaired* in 2004") keeps the sentence whole, as does a subordinate or
//! relative clause before " and " (both predicates may be its own).

use super::coordinated::{
    clause_before_and, ends_clause, has_subordinator, passive_before, too_short,
};

/// Affirmative auxiliaries that open a second predicate of its own.
const AUXILIARIES: &[&str] = &["had", "has", "have", "was", "were"];

/// Fewest words (the auxiliary included) the second predicate needs before
/// a comma, semicolon or stop.
const LEAST_PREDICATE_WORDS: usize = 4;

/// The " and " breaks of `sentence` before a second predicate that opens
/// with an affirmative "had", "was" or "were" and runs at least four words,
/// the break's `(start, end)` with its spaces. Only the words next to each
/// " and " are read: a bounded look either side.
pub(super) fn auxiliary_predicate_breaks(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for at in crate::suggest::finders::ands(sentence) {
        let mut after = sentence[at + 5..].split_whitespace();
        let Some(first) = after.next() else { continue };
        if !AUXILIARIES.contains(&first) {
            continue;
        }
        let mut words = 1;
        let mut runs_on = true;
        for w in after.by_ref().take(LEAST_PREDICATE_WORDS - 1) {
            words += 1;
            if ends_clause(w) && words < LEAST_PREDICATE_WORDS {
                runs_on = false;
            }
        }
        // "and had not …" is conjunct.rs's; "and was to …" is a plan;
        // "and had no comment" declines to say anything.
        let mut next = sentence[at + 5..].split_whitespace().skip(1);
        let (second, third) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
        if !runs_on
            || words < LEAST_PREDICATE_WORDS
            || ends_clause(first)
            || matches!(second, "not" | "never" | "to")
            || (second == "no" && third.starts_with("comment"))
        {
            continue;
        }
        let before = reported_part(clause_before_and(sentence, at));
        if too_short(before)
            || has_subordinator(before)
            || (first != "had" && passive_before(before))
            || (matches!(first, "has" | "have") && state_before(before))
        {
            continue;
        }
        out.push((at, at + 5));
    }
    out
}

/// True when `before` holds a state in the present perfect's tense — "has"
/// or "have" of possession ("Mongolia *has ties* with both Koreas"),
/// "has been" before no participle ("*has been* the club's coach since
/// 2021") or a state held "since" a time ("has lived there since 2019"): "… and has visited the city eleven times" then tallies that
/// state, and the gold keeps the two whole (3 of 3: fresh6, fresh9,
/// fresh14), where after an action ("has affirmed …", "expelled …") it
/// splits them (7 of 7, session 38).
fn state_before(before: &str) -> bool {
    // "has lived in Seoul *since* 2019": a state held since a time.
    if before.split_whitespace().any(|w| w == "since") {
        return true;
    }
    let mut words = before.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if !matches!(w, "has" | "have") {
            continue;
        }
        let Some(&next) = words.peek() else {
            return false;
        };
        if next == "been" {
            words.next();
            return words.peek().is_none_or(|w| !super::coordinated::is_past(w));
        }
        return !super::coordinated::is_past(next) && next != "not" && next != "never";
    }
    false
}

/// Reporting verbs that close a source's words before its reported clause.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "wrote",
    "reported",
    "announced",
    "stated",
];

/// The part of `before` after its last reporting verb: a relative clause in
/// the source's description ("an aide *who* had been briefed said the office
/// had drawn up the rules") is no subordinate clause of the reported one.
fn reported_part(before: &str) -> &str {
    before
        .match_indices(' ')
        .rfind(|&(i, _)| {
            let word = before[..i].rsplit(' ').next().unwrap_or("");
            REPORTING.contains(&word)
        })
        .map_or(before, |(i, _)| &before[i + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broken_at(sentence: &str) -> Vec<&str> {
        super::super::coordinated::text_after_breaks(auxiliary_predicate_breaks, sentence)
    }

    #[test]
    fn an_affirmative_auxiliary_opens_a_second_predicate() {
        assert_eq!(
            broken_at("the barge had docked at Nampo and had been cleared by port officials"),
            vec!["had been cleared by port officials"]
        );
        assert_eq!(
            broken_at("the studio had sold the rights in Brazil and was in talks with a streamer"),
            vec!["was in talks with a streamer"]
        );
        assert_eq!(
            broken_at("the two clerks had left the firm in May and were on a watch list"),
            vec!["were on a watch list"]
        );
        // A relative clause in the source's description before "said".
        assert_eq!(
            broken_at(
                "a clerk who had seen the ledgers said the firm had sold the ship in May \
                 and had paid its crew in cash"
            ),
            vec!["had paid its crew in cash"]
        );
    }

    #[test]
    fn has_after_an_action_opens_a_second_predicate() {
        assert_eq!(
            broken_at(
                "the agency has lowered the rating to B and has revised its outlook to Negative"
            ),
            vec!["has revised its outlook to Negative"]
        );
        assert_eq!(
            broken_at("Peru expelled the envoy in 2017 and has no embassy in the capital"),
            vec!["has no embassy in the capital"]
        );
    }

    #[test]
    fn passives_subordinates_short_riders_and_other_auxiliaries_stay_whole() {
        // One passive auxiliary shared by both predicates.
        assert!(broken_at("the bridge was built in 1990 and was repaired in 2004").is_empty());
        // Both predicates belong to a relative clause.
        assert!(broken_at("a man who crossed the river and was seen by two guards").is_empty());
        // Too short to stand alone.
        assert!(broken_at("the crew had left the ship and was gone").is_empty());
        // Negated: conjunct.rs's.
        assert!(broken_at("the mill had closed in May and had not paid its staff").is_empty());
        // "has" after a state ("has been", "has" of possession), "will":
        // whole.
        assert!(
            broken_at("the envoy has been in Seoul since May and has visited Busan twice")
                .is_empty()
        );
        assert!(
            broken_at("the club has ties with both towns and has hosted such games").is_empty()
        );
        assert!(broken_at("the mill will close in May and will sell its land").is_empty());
        // A refusal to comment is no second fact.
        assert!(broken_at("it knew of the letter and had no comment on its contents").is_empty());
        // Nouns joined by " and ".
        assert!(broken_at("salt and bread were scarce in the town all winter").is_empty());
    }
}
