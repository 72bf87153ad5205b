//! A tail that breaks down the claim before it (", most of them from
//! abroad", ", neither of whom has been charged"): a claim of its own when the
//! clause before it was one, even without a number or a verb of its own.

use super::Found;
use super::clause_edges::trim_clause;
use crate::suggest::CLAIM;

/// The claim for the tail `[ts, te)` of `sentence` (which starts at byte
/// `base` of the text) when `head`, what the clause before it suggested,
/// holds a claim: the tail trimmed, with the head's rule. None when the head
/// was no claim or the tail is empty.
pub(super) fn tail_claim(
    head: &[Found],
    sentence: &str,
    base: usize,
    (ts, te): (usize, usize),
) -> Option<Found> {
    let claim = head.iter().find(|f| f.label == CLAIM)?;
    let (a, b) = trim_clause(sentence, ts, te)?;
    Some(Found::claim(
        base + a..base + b,
        claim.rule.clone(),
        claim.score,
        "breaks down the claim before it".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(label: &'static str) -> Found {
        Found {
            start: 100,
            end: 120,
            label,
            source: None,
            rule: "claim-number".into(),
            score: 0.9,
            why: String::new(),
            back_reference: false,
        }
    }

    #[test]
    fn a_tail_after_a_claim_is_a_claim() {
        let sentence = "Police held 80 fans, most of them from abroad.";
        let ts = sentence.find("most").expect("tail");
        let tail =
            tail_claim(&[found(CLAIM)], sentence, 1000, (ts, sentence.len())).expect("a claim");
        assert_eq!(tail.start, 1000 + ts);
        assert_eq!(
            &sentence[tail.start - 1000..tail.end - 1000],
            "most of them from abroad"
        );
        assert_eq!(tail.rule, "claim-number");
    }

    #[test]
    fn no_claim_before_no_tail_claim() {
        let sentence = "It may hold 80 fans, most of them from abroad.";
        let ts = sentence.find("most").expect("tail");
        assert!(tail_claim(&[], sentence, 0, (ts, sentence.len())).is_none());
        let hedge = found(crate::suggest::SPECULATION);
        assert!(tail_claim(&[hedge], sentence, 0, (ts, sentence.len())).is_none());
        // An empty tail.
        assert!(tail_claim(&[found(CLAIM)], sentence, 0, (ts, ts)).is_none());
    }
}
