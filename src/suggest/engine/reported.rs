//! Where what a source reports starts inside a clause the attribution rules
//! did not cut ("*Prosecutors allege that* he met …", "*According to the
//! indictment,* Cho received …"), and the clause breaks that keep it reported
//! (" and that ", " and the laptops were …").

use crate::suggest::lower::lower;
use foldhash::HashSet;

use crate::suggest::rules::{AttributionRule, SourceSide};

/// Reporting verbs besides the attribution rules' cues: a "that" after them
/// opens what they report.
pub(super) const MORE_REPORTING_VERBS: &[&str] = &[
    "allege",
    "alleges",
    "alleged",
    "complain",
    "complains",
    "complained",
    "testify",
    "testifies",
    "testified",
    "argue",
    "argues",
    "argued",
    "claim",
    "claims",
    "claimed",
    "contend",
    "contends",
    "contended",
    "maintain",
    "maintains",
    "maintained",
    "insist",
    "insists",
    "insisted",
    "tell",
    "tells",
    "told",
    "say",
    "says",
    "said",
    "found",
    "concluded",
    "showed",
    "shows",
    "announced",
    "confirmed",
    "acknowledged",
    "admitted",
    "denied",
    "recalled",
    "agreed",
    "replied",
    "answered",
];

/// Cues whose "that" clause analysts keep with them: evidence ("images
/// *show that* …", a claim as a whole) and inference ("*suggests that* …",
/// speculation from the cue).
const NOT_REPORTING: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "suggest",
    "suggests",
    "suggested",
    "indicate",
    "indicates",
    "indicated",
];

/// Verbs whose object is a person before the "that" ("told *the court*
/// that …"); after the others only a circumstance may stand there ("said *in
/// a statement* that", not "said the ship *that* sank").
const WITH_OBJECT: &[&str] = &[
    "tell", "tells", "told", "informed", "assured", "warned", "reminded", "briefed",
];

/// Words a circumstance between a verb and its "that" may start with.
const CIRCUMSTANCE: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "before",
    "after",
    "to",
    "through",
    "via",
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "again",
    "repeatedly",
    "also",
    "publicly",
    "privately",
    "separately",
    "previously",
    "then",
    "instead",
    "under",
    "from",
    "by",
    "over",
];

/// Verbs of belief: what follows them is a source's conjecture ("some
/// analysts *suspect* that the engines owe something to …").
pub(super) const BELIEF_VERBS: &[&str] = &[
    "suspect", "suspects", "believe", "believes", "think", "thinks", "assume", "assumes",
];

/// The one-word cues of the attribution rules whose source stands before the
/// cue and may be anyone (no `source_kinds`, not `source_only`), lower case,
/// with [`MORE_REPORTING_VERBS`].
pub(super) fn reporting_verbs(rules: &[AttributionRule]) -> HashSet<String> {
    let from_rules = rules
        .iter()
        .filter(|r| r.enabled && r.side == SourceSide::Before)
        .filter(|r| r.source_kinds.is_empty() && !r.source_only)
        .flat_map(|r| r.cues.iter())
        .filter(|c| !c.contains(' '))
        .map(|c| c.to_lowercase());
    let more = MORE_REPORTING_VERBS.iter().map(|v| v.to_string());
    from_rules
        .chain(more)
        .filter(|v| !NOT_REPORTING.contains(&v.as_str()))
        .collect()
}

/// Words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(char::is_whitespace)
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w))
        })
        .filter(|(_, w)| !w.trim().is_empty())
        .map(|(s, w)| (s, w.trim_end()))
}

/// In `clause`, a reporting verb among its first 30 words followed by
/// "that" ("The defence *argued that* …", "a prosecutor *told the court
/// that* …"): the byte where what it reports starts, and the verb (lower
/// case). Between verb and "that" stand at most six words, without a comma:
/// a circumstance ("in a brief statement"), or an object after "told".
pub(super) fn that_after_verb(clause: &str, verbs: &HashSet<String>) -> Option<(usize, String)> {
    // Only a word "that" ends a match: a clause without those four letters
    // (most) is not cut into words at all, and without one among the first
    // 40 words no verb need be looked up.
    let bytes = clause.as_bytes();
    // From each "t" or "T" (the vector search), not from every byte.
    if !memchr::memchr2_iter(b't', b'T', bytes).any(|at| {
        bytes
            .get(at..at + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"that"))
    }) {
        return None;
    }
    let all: Vec<(usize, &str)> = words(clause).take(40).collect();
    if !all.iter().any(|(_, w)| w.eq_ignore_ascii_case("that")) {
        return None;
    }
    for (i, &(_, word)) in all.iter().enumerate().take(30) {
        let verb = lower(word);
        if !verbs.contains(verb.as_ref()) {
            continue;
        }
        for (j, &(at, w)) in all.iter().enumerate().skip(i + 1).take(7) {
            if w.eq_ignore_ascii_case("that") {
                let gap = &all[i + 1..j];
                let opens = gap.first().map(|(_, g)| lower(g));
                let fits = opens.is_none()
                    || WITH_OBJECT.contains(&verb.as_ref())
                    || opens.is_some_and(|g| CIRCUMSTANCE.contains(&g.as_ref()));
                let after = at + w.len();
                let rest = clause[after..].trim_start();
                // "require states to block payments *that could* fund …":
                // a relative after the object's noun, no reported clause.
                if !gap.is_empty() && super::relative_hedge::opens_with_modal(rest) {
                    break;
                }
                if fits && !rest.is_empty() {
                    return Some((clause.len() - rest.len(), verb.into_owned()));
                }
                break;
            }
            if w.ends_with([',', ';', ':']) {
                break;
            }
        }
    }
    None
}

/// A clause opening with "According to …," (a source the rules did not
/// name): the byte after that comma, when it comes within twelve words.
pub(super) fn after_according_to(clause: &str) -> Option<usize> {
    let head = clause.get(..13)?;
    if !head.eq_ignore_ascii_case("according to ") {
        return None;
    }
    let comma = clause.find(", ")?;
    (clause[..comma].split_whitespace().count() <= 12).then(|| {
        let rest = clause[comma + 1..].trim_start();
        clause.len() - rest.len()
    })
}

/// Determiners that open a second subject after " and " ("no data had been
/// taken *and the* laptops were isolated").
const SECOND_SUBJECT: &[&str] = &[
    "the", "its", "their", "his", "her", "no", "some", "most", "many", "all", "neither", "none",
    "several", "few",
];

/// Of [`SECOND_SUBJECT`], the quantifiers that can be a whole subject
/// ("and *most* had left").
const QUANTIFIERS_ALONE: &[&str] = &[
    "some", "most", "many", "all", "neither", "none", "several", "few",
];

/// Finite verbs that close a short second subject.
const AUXILIARIES: &[&str] = &[
    "was", "were", "had", "has", "have", "is", "are", "would", "will", "could", "did",
];

/// The " and " breaks of `sentence` between two clauses that a source may
/// report together: " and that " ("complained that A and that B") and
/// " and " before a second subject of at most four words and its auxiliary
/// ("A and the laptops were isolated"). `(start, end)` of each break.
pub(super) fn and_clauses(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for at in crate::suggest::finders::ands(sentence) {
        let rest = &sentence[at + 5..];
        if let Some(after) = rest.strip_prefix("that ") {
            if after.starts_with(|c: char| c.is_alphanumeric() || c == '“' || c == '"') {
                out.push((at, at + 10));
            }
            continue;
        }
        if (opens_second_subject(rest) && super::subject_pair::clause_before(&sentence[..at]))
            || (opens_pronoun_clause(rest)
                && !quote_open(&sentence[..at])
                && is_clause_before(&sentence[..at]))
            || (super::bare_subject::opens_bare_subject(rest)
                && !quote_open(&sentence[..at])
                && super::bare_subject::verb_before(&sentence[..at]))
        {
            out.push((at, at + 5));
        }
    }
    // "… closed in May *and a cafe opened* …": a lexical verb after the subject.
    for b in super::lexical_second::lexical_breaks(sentence) {
        if !out.contains(&b) {
            out.push(b);
        }
    }
    out.sort_unstable();
    out
}

/// Personal pronouns that open a clause of their own after " and ".
const PRONOUN_SUBJECTS: &[&str] = &["he", "she", "it", "they", "we"];

/// True when `rest` (the words after " and ") opens with a personal pronoun
/// and, at once, a finite auxiliary: "… and *it was* not aware of the
/// case", "… and *he had* cried". A new subject makes a second claim (gold
/// of all sets, session 29: two 8, one 2, both of those inside a speaker's
/// own quotation).
fn opens_pronoun_clause(rest: &str) -> bool {
    let mut ws = rest.split_whitespace();
    let (Some(first), Some(second)) = (ws.next(), ws.next()) else {
        return false;
    };
    PRONOUN_SUBJECTS.contains(&first) && AUXILIARIES.contains(&second)
}

/// True when `before` (a sentence up to " and ") holds a clause: two words
/// at least, not an answer's "Yes," alone ("Yes, and it has …" is one).
fn is_clause_before(before: &str) -> bool {
    before.split_whitespace().nth(1).is_some()
}

/// True when a quotation opened in `before` (a sentence up to a break) is
/// still open: a speaker's own words run clauses together ("“We pulled
/// up the nets and they were empty”" stays one claim).
fn quote_open(before: &str) -> bool {
    match before.rfind(['“', '”']) {
        Some(i) => before[i..].starts_with('“'),
        None => before.matches('"').count() % 2 == 1,
    }
}

/// True when `rest` opens with a quantifier that can be a whole subject
/// ("none of the berths had reopened", "most had left").
pub(super) fn opens_with_quantifier(rest: &str) -> bool {
    (rest.split_whitespace().next()).is_some_and(|w| QUANTIFIERS_ALONE.contains(&w))
}

/// True when `rest` (the words after a conjunction) opens with a subject of
/// its own, at most four words after a determiner, and its auxiliary ("*the
/// laptops were* isolated", "*most had* left").
pub(super) fn opens_second_subject(rest: &str) -> bool {
    let mut ws = rest.split_whitespace();
    let Some(first) = ws.next() else { return false };
    if !SECOND_SUBJECT.contains(&first) {
        return false;
    }
    let second_subject = ws
        .take(5)
        .take_while(|w| !w.ends_with([',', ';', ':', '.']))
        .position(|w| AUXILIARIES.contains(&w));
    // "… *and most had* lived abroad": a quantifier stands alone as the
    // subject, so its auxiliary may follow at once.
    let alone = QUANTIFIERS_ALONE.contains(&first);
    second_subject.is_some_and(|p| p >= 1 || alone)
}

/// True when the clause that starts after `before` (the sentence up to it) is
/// the reason a source gives: it follows ", because " in a sentence with an
/// attribution ("…, the agency said, *because* the rains came late").
pub(super) fn gives_a_reason(before: &str, has_attribution: bool) -> bool {
    has_attribution && before.trim_end().ends_with(", because")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verbs() -> HashSet<String> {
        MORE_REPORTING_VERBS.iter().map(|v| v.to_string()).collect()
    }

    fn reported(clause: &str) -> Option<&str> {
        that_after_verb(clause, &verbs()).map(|(at, _)| &clause[at..])
    }

    #[test]
    fn what_a_reporting_verb_reports_starts_after_its_that() {
        assert_eq!(
            reported("The union alleged that its members were followed"),
            Some("its members were followed")
        );
        assert_eq!(
            reported("A clerk told the tribunal that the ledger was burned"),
            Some("the ledger was burned")
        );
        assert_eq!(
            reported("The board said in a short notice that fares would rise"),
            Some("fares would rise")
        );
        // An object after "said" is no circumstance: "that" is a relative.
        assert_eq!(reported("Police said the boat that sank was old"), None);
        assert_eq!(reported("The ferry that sank was old"), None);
    }

    #[test]
    fn according_to_opens_a_leading_attribution() {
        let clause = "According to the court filing, the firm paid $2,000";
        let at = after_according_to(clause).unwrap();
        assert_eq!(&clause[at..], "the firm paid $2,000");
        assert_eq!(
            after_according_to("According to plan the ship sailed"),
            None
        );
    }

    #[test]
    fn a_reason_after_a_source_is_reported() {
        use super::gives_a_reason;
        assert!(gives_a_reason(
            "Exports fell, the agency said, because ",
            true
        ));
        // No source in the sentence, or no comma: a plain reason.
        assert!(!gives_a_reason("Exports fell, because ", false));
        assert!(!gives_a_reason("Exports fell because ", true));
    }

    #[test]
    fn and_breaks_before_a_second_reported_clause() {
        let s = "it said the road was shut and that no trucks had crossed";
        let breaks = and_clauses(s);
        assert_eq!(breaks.len(), 1);
        assert_eq!(&s[breaks[0].1..], "no trucks had crossed");
        let s = "no one was hurt and the two buses were towed away";
        assert_eq!(and_clauses(s).len(), 1);
        // Noun phrases joined by "and" are one clause.
        assert!(and_clauses("rice and the price of corn rose").is_empty());
        assert!(and_clauses("two boys fell and one of them died").is_empty());
    }

    #[test]
    fn a_quantifier_alone_opens_a_second_clause() {
        let s = "men were a third of the crew and most had sailed before";
        let breaks = and_clauses(s);
        assert_eq!(breaks.len(), 1);
        assert_eq!(&s[breaks[0].1..], "most had sailed before");
        // "the" needs a noun before its verb.
        assert!(and_clauses("the pumps failed and the was broken").is_empty());
        // A quantifier with its noun still needs the verb within reach.
        assert!(and_clauses("bread and most vegetables from the farms in the north").is_empty());
    }
}
