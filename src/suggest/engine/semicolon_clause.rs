//! The clause after a claim and a semicolon: "Of the 3,912 customers, 3,340
//! are households; *the rest are shops and public buildings*", "The
//! broadcaster aired the clip twice; *the error was ours*". A whole clause
//! (its own subject and verb, [`super::and_clause::is_whole_clause`]) right
//! after a claim's "; " asserts in the same voice, with no number or named
//! actor of its own; so does a clause opening with the rest of the set the
//! claim counted ("; *the rest come from* novels").
//!
//! Counted in the gold of all sets (session 38, fresh31 264–267 left out):
//! after a claim and "; ", the next clause is a claim 38 times, an
//! attribution 21, a hedge 3, left unmarked 6 (2 of them whole clauses); of
//! the 38 claims the rules gave nothing to 10, 6 of them whole clauses or
//! "the rest …" (fresh20, fresh27, fresh28, fresh30 ×2, fresh31). A figure
//! in the claim before is asked for: without it, 1 more right against 3
//! wrong (a column's notes on itself, "the questions of three are shown
//! below").

use super::Found;
use super::and_clause::is_whole_clause;
use super::clause_edges::trim_clause;
use super::following_claim::head_before;
use crate::suggest::CLAIM;

/// Openers that name the rest of the set the claim before counted.
const REST: &[&str] = &["the rest ", "the remainder ", "the others "];

/// The claim for the clause `[ts, te)` of `sentence` (which starts at byte
/// `base` of the text) when only "; " stands between it and `head`'s claim
/// (the last suggestion so far) and it is a whole clause or opens with the
/// rest of a counted set; the head's rule.
pub(super) fn after_semicolon(
    head: Option<&Found>,
    sentence: &str,
    base: usize,
    (ts, te): (usize, usize),
) -> Option<Found> {
    let (claim, between) = head_before(head, &[CLAIM], sentence, base, ts)?;
    // Cheap first: only a semicolon between the two.
    if between != ";" {
        return None;
    }
    // A claim of figures before it: a record going on ("… 3,700 tonnes;
    // the error was ours"), not a column's note on itself ("Questions are
    // edited for length; the writer's name is withheld").
    if !sentence[claim.start.max(base) - base..claim.end - base]
        .bytes()
        .any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (a, b) = trim_clause(sentence, ts, te)?;
    let clause = &sentence[a..b];
    let rest = REST.iter().any(|r| {
        clause
            .get(..r.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(r))
    });
    if !rest && !is_whole_clause(clause) {
        return None;
    }
    Some(Found::claim(
        base + a..base + b,
        claim.rule.clone(),
        claim.score,
        "a whole clause after a claim and “;”".into(),
    ))
}
