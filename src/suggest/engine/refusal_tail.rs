//! A second predicate that only declines to say more ("… *and declined to
//! elaborate*", "… *but would not say* whether …", "… *and had no comment*
//! on …", "… *and referred questions* to …", "… *but gave no reason*"): the
//! source's refusal is no fact of the matter, so the claim ends before its
//! " and " / " but ". Counted in the gold of all sets (session 25): after a
//! claim, such a conjoined refusal is left out 11 times (fresh8, fresh12,
//! fresh15, fresh16, fresh18), drawn as a claim of its own once (fresh9
//! "and gave no reason in writing"); "but could not confirm them" (an
//! inability, not a refusal) is kept inside the claim (fresh3), so "could"
//! is no refusing auxiliary here.
//!
//! The test is by shape: a negated or refusing verb followed by a verb of
//! saying ("declined to comment", "would not explain"), "no" and a word
//! for a comment or a reason ("had no comment", "gave no reason"),
//! "nothing" and "to add/say" ("had nothing further to add"), or
//! "referred" and the questions asked. A refusal of anything else ("refused to renew the
//! visa", "would not give up its weapons") is a fact and stays.

/// Verbs that refuse ("*declined* to say").
const REFUSING: &[&str] = &["declined", "refused"];

/// Auxiliaries that, negated, refuse ("*would not* say"). "could not
/// confirm" is an inability, a fact: fresh3 keeps it in the claim.
const NEGATED: &[&str] = &["would", "did", "will", "does"];

/// Verbs of saying whose refusal is no fact ("would not *say*").
const SAYING: &[&str] = &[
    "say",
    "comment",
    "elaborate",
    "explain",
    "discuss",
    "disclose",
    "specify",
    "confirm",
    "reveal",
    "answer",
    "speculate",
];

/// Verbs of giving that only a refusing verb makes a refusal ("declined to
/// *give* details"; "would not give up" is a fact).
const GIVING: &[&str] = &["give", "provide", "name", "identify", "be"];

/// Adverbs between the refusal and its verb ("did not *immediately*
/// comment", "declined to comment *further*" needs none).
const ADVERBS: &[&str] = &["immediately", "further", "publicly", "directly"];

/// Verbs that give nothing ("*had* no comment", "*gave* no reason").
const GIVING_NOTHING: &[&str] = &["had", "has", "gave", "offered", "made", "provided"];

/// What is not given ("had no *comment*", "gave no *reason*").
const NOTHING_GIVEN: &[&str] = &[
    "comment",
    "comments",
    "reason",
    "reasons",
    "explanation",
    "details",
    "further",
    "immediate",
];

/// What is referred elsewhere ("referred *questions* to the ministry").
const REFERRED: &[&str] = &[
    "questions",
    "inquiries",
    "enquiries",
    "queries",
    "reporters",
];

/// The byte of `clause` where a conjoined refusal starts (the space before
/// its " and " / " but ", a comma or closing quote before them left to the
/// trim), if the clause has one after at least two words of its own.
pub(super) fn refusal_start(clause: &str) -> Option<usize> {
    let ands = crate::suggest::finders::ands(clause);
    let buts = crate::suggest::finders::buts(clause);
    let at = ands
        .chain(buts)
        .filter(|&at| refuses(&clause[at + 5..]))
        .min()?;
    let before = &clause[..at];
    before.split_whitespace().nth(1)?;
    let head_end = before.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    Some(head_end.len())
}

/// True when `clause`, cut off after " and " / " but " by the clause
/// breaks, is a refusal to say more ("*declined to say* how much"): no claim,
/// and nothing to join to the claim before it.
pub(super) fn is_refusal(before: &str, clause: &str) -> bool {
    let before = before.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let joined = ["and", "but"].iter().any(|c| {
        before
            .strip_suffix(c)
            .is_some_and(|r| r.ends_with(' ') || r.is_empty())
    });
    joined && refuses(clause)
}

/// True when `rest` (the words after " and " / " but ") opens with a
/// refusal to say more.
pub(super) fn refuses(rest: &str) -> bool {
    let mut words = rest
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let mut third = words.next().unwrap_or("");
    if REFUSING.contains(&first) && second == "to" {
        return SAYING.contains(&third) || GIVING.contains(&third);
    }
    let negated = NEGATED.contains(&first) && second == "not";
    let contracted = ["n't", "n’t"].iter().any(|nt| {
        first
            .strip_suffix(nt)
            .is_some_and(|aux| NEGATED.contains(&aux) || aux == "wo")
    });
    if negated || contracted {
        let mut verb = if contracted { second } else { third };
        if ADVERBS.contains(&verb) {
            verb = if contracted {
                third
            } else {
                words.next().unwrap_or("")
            };
        }
        return SAYING.contains(&verb);
    }
    if GIVING_NOTHING.contains(&first) {
        if second == "no" {
            return NOTHING_GIVEN.contains(&third);
        }
        if second == "nothing" {
            if matches!(third, "further" | "more" | "else") {
                third = words.next().unwrap_or("");
            }
            return third == "to";
        }
        return false;
    }
    matches!(first, "referred" | "directed") && REFERRED.contains(&second)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(clause: &str) -> &str {
        refusal_start(clause).map_or("", |e| &clause[..e])
    }

    #[test]
    fn a_conjoined_refusal_ends_the_claim() {
        assert_eq!(
            head("the port had reopened on Friday and declined to say when"),
            "the port had reopened on Friday"
        );
        assert_eq!(
            head("the mill had cut 40 jobs, but would not comment on pay"),
            "the mill had cut 40 jobs"
        );
        assert_eq!(
            head("the club knew of the letter and had no comment on its contents"),
            "the club knew of the letter"
        );
        assert_eq!(
            head("it had met the buyers twice and had nothing further to add"),
            "it had met the buyers twice"
        );
        assert_eq!(
            head("the bank was aware of the claim and referred questions to the police"),
            "the bank was aware of the claim"
        );
        assert_eq!(
            head("the ferry had been held at the dock but didn't immediately explain why"),
            "the ferry had been held at the dock"
        );
    }

    #[test]
    fn other_refusals_and_short_heads_stay() {
        // A refusal of something other than saying is a fact.
        assert_eq!(
            head("the court heard the case and refused to renew the visa"),
            ""
        );
        assert_eq!(
            head("the state kept its missiles and would not give them up"),
            ""
        );
        assert_eq!(head("the firm had debts and had no money to pay them"), "");
        // Too little before the conjunction to be a claim.
        assert_eq!(head("Kim and declined to comment"), "");
    }
}
