//! A clause of its own after ", as" that closes a claim or a hedge: "prices
//! had risen by about a quarter this year*, as* *harvests in Brazil and
//! Vietnam fell*", "the stock came through an agent in Beijing*, as* *it has
//! for years*", "is likely to continue each autumn*, as* *it clears sight
//! lines*". The reason or the habit is a fact apart, a claim even with no
//! number or named actor of its own; the claim starts after "as" (", as" is a
//! clause break).
//!
//! Over the 32 sets' gold (fresh30's 256–259 unread), 25 ", as" clauses
//! with a subject: 9 already a claim, 7 a claim that got no suggestion
//! (fresh13, fresh14, fresh15 ×2, fresh16, fresh28, fresh30), 3 unmarked
//! ("as allies do", "as they do for every defector", "as they did
//! before"), the rest speculation or attribution that other passes read.
//! With three words at least ("as allies do", "as he suggested" are asides)
//! and a verb this reads: 4 wrong -> right (fresh13, fresh15, fresh28,
//! fresh30), 2 new false claims (fresh10's "they do for every defector",
//! fresh23's "he has in most years", inside a hedge in gold); the others
//! lack a verb it knows ("its rules require") or are "as is …". "as"
//! before a role, a time or a preposition ("as host", "as early as", "as
//! in", "as of") is no clause.

use super::Found;
use super::and_clause::IRREGULAR_PAST;
use super::clause_edges::{has_finite_verb, trim_clause};
use super::following_claim::head_before;
use crate::suggest::lower::lower;
use crate::suggest::{CLAIM, SPECULATION};

/// Words after "as" that make it a preposition or an adverb, no clause.
const NOT_A_CLAUSE: &[&str] = &[
    "a", "an", "in", "of", "on", "at", "for", "by", "to", "with", "from", "during", "well",
    "saying", "early", "late", "soon", "much", "many", "long", "far", "before", "usual", "part",
    "such", "first", "recently", "expected", "reported", "claimed", "released", "promised",
    "agreed", "planned", "if", "though", "part", "one", "is", "was", "are", "were", "has", "had",
];

/// Subject pronouns whose next word is the clause's verb ("as *it clears*").
const PRONOUNS: &[&str] = &["it", "they", "he", "she"];

/// The claim for the clause `[ts, te)` of `sentence` (which starts at byte
/// `base` of the text) when it follows ", as" right after `head`, the last
/// suggestion so far, a claim or a hedge of this sentence, and has a subject
/// and a verb; the claim takes the head's rule when it is a claim, else
/// `reported` (the rule of what a source asserts), when there is one.
pub(super) fn as_clause(
    head: Option<&Found>,
    sentence: &str,
    base: usize,
    (ts, te): (usize, usize),
    reported: Option<&crate::suggest::rules::ClaimRule>,
) -> Option<Found> {
    let (head, between) = head_before(head, &[CLAIM, SPECULATION], sentence, base, ts)?;
    if between != ", as" {
        return None;
    }
    let (a, b) = trim_clause(sentence, ts, te)?;
    let clause = &sentence[a..b];
    let mut words = clause
        .split_whitespace()
        .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned());
    let first = words.next()?;
    let second = words.next()?;
    // Three words at least: "as allies do", "as he suggested" are asides.
    let third = words.next()?;
    if NOT_A_CLAUSE.contains(&first.as_str()) || clause.ends_with('?') {
        return None;
    }
    let verb = (PRONOUNS.contains(&first.as_str()) && !second.is_empty())
        || has_finite_verb(clause)
        || IRREGULAR_PAST.contains(&second.as_str())
        || IRREGULAR_PAST.contains(&third.as_str())
        || words.any(|w| IRREGULAR_PAST.contains(&w.as_str()));
    if !verb {
        return None;
    }
    let (rule, score) = if head.label == CLAIM {
        (head.rule.clone(), head.score)
    } else {
        let r = reported?;
        (r.id.clone(), r.score)
    };
    Some(Found::claim(
        base + a..base + b,
        rule,
        score,
        "a clause of its own after “, as”".into(),
    ))
}
