//! A clause after a claim that is a claim of its own, though no claim rule
//! fires on it alone: the second predicate of the claim's subject ("… and
//! *moved* the classes to a hall", [`super::figure_tail`]), a whole clause
//! after ", and" ([`super::and_clause`]) or "; " ([`super::semicolon_clause`]) and the reason after ", as"
//! ([`super::as_clause`]). The first that reads the clause wins.

use super::{Found, Suggester};

/// `head` (the last suggestion so far) when it is one of `labels` and ends in
/// the sentence at byte `base` of the text at or before the clause that
/// starts at `ts` (bytes into `sentence`), with the text between the two,
/// trimmed (", and", "; ", ", as").
pub(super) fn head_before<'a>(
    head: Option<&'a Found>,
    labels: &[&str],
    sentence: &'a str,
    base: usize,
    ts: usize,
) -> Option<(&'a Found, &'a str)> {
    let head = head.filter(|f| labels.contains(&f.label) && f.end > base && f.end - base <= ts)?;
    Some((head, sentence[head.end - base..ts].trim()))
}

impl Suggester {
    /// The claim the clause `(at, cut_start)` of `sentence` (at byte `s` of
    /// the text) makes after the spans before it in `out`, when the clause
    /// itself suggested nothing (`out` still `first` long). `after_predicate`:
    /// the clause opens with a second predicate of the subject before it.
    pub(super) fn following_claim(
        &self,
        out: &[Found],
        first: usize,
        after_predicate: bool,
        sentence: &str,
        s: usize,
        clause: (usize, usize),
    ) -> Option<Found> {
        if out.len() != first {
            return None;
        }
        let head = out.last();
        (after_predicate && head.is_some_and(|f| f.end > s))
            .then(|| {
                super::figure_tail::tail_claim(&out[first.saturating_sub(1)..], sentence, s, clause)
            })
            .flatten()
            .or_else(|| super::and_clause::second_clause(head, sentence, s, clause))
            .or_else(|| super::semicolon_clause::after_semicolon(head, sentence, s, clause))
            .or_else(|| {
                let reported =
                    (self.rules.claim.rules.iter()).find(|r| r.enabled && r.next_to_attribution);
                super::as_clause::as_clause(head, sentence, s, clause, reported)
            })
    }
}
