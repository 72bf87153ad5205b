//! "Denied" and "confirmed" as deeds rather than reports: with a plain object
//! ("Moscow *has denied* breaking the embargo", "both capitals *confirmed* the
//! visit in May") the sentence is a claim about what someone did, not an
//! attribution; with a clause ("denied *that* …", "confirmed the ship *had*
//! sunk") or a reported statement ("denied *the report*") they report. A
//! passive ("were *denied* visas") never reports.

use super::clause_shape::{bare_words, names_a_verb};

/// Cue words that are deeds unless a clause or a reported statement follows.
const DEED_CUES: &[&str] = &["denied", "confirmed"];

/// Objects that make "denied" report a statement ("denied *the report*").
const STATEMENT_OBJECTS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "story",
    "stories",
    "statement",
    "account",
    "accounts",
    "it",
    "this",
    "that",
];

/// Auxiliaries that make the cue after them a passive ("were denied visas").
const PASSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// True when the cue `cue` (lower case) after `before` (the sentence up to
/// it) and before `after` (the sentence after it) is a deed: a passive, or
/// a plain object up to the clause's next comma or semicolon. The caller has
/// already found no "that", quote or colon after it.
pub(super) fn is_deed(cue: &str, before: &str, after: &str) -> bool {
    if !DEED_CUES.contains(&cue) {
        return false;
    }
    let previous = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    if PASSIVE_AUXILIARIES.contains(&previous.as_str()) {
        return true;
    }
    let object = after
        .split([',', ';', ':', '—', '–'])
        .next()
        .unwrap_or("")
        .trim();
    let words = bare_words(object);
    if words.is_empty() {
        return false;
    }
    // "denied the report", "denied the latest claims": a statement.
    if words
        .iter()
        .take(4)
        .any(|w| STATEMENT_OBJECTS.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    !names_a_verb(&words)
}

#[cfg(test)]
mod tests {
    use super::is_deed;

    #[test]
    fn a_plain_object_is_a_deed() {
        assert!(is_deed(
            "denied",
            "Beijing has",
            " supplying drones to the army."
        ));
        assert!(is_deed(
            "confirmed",
            "Both capitals",
            " the visit in May, but"
        ));
        assert!(is_deed(
            "confirmed",
            "Three banks",
            " the attempted transfers."
        ));
        assert!(is_deed("denied", "Those who objected were", " exit visas."));
    }

    #[test]
    fn a_clause_or_a_statement_reports() {
        assert!(!is_deed(
            "denied",
            "The ministry",
            " the trains had stopped."
        ));
        assert!(!is_deed("denied", "The ministry", " the report on Monday."));
        assert!(!is_deed("confirmed", "Police", " the suspect fled abroad."));
        assert!(!is_deed("confirmed", "Police", " two guards escaped."));
        assert!(!is_deed("denied", "The ministry", " it."));
        assert!(!is_deed("said", "Beijing has", " nothing."));
    }
}
