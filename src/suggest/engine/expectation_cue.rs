//! A forecast verb with an object ("The board *expects* the report to be
//! out by May", "She *expects* the won to test 1,450"): the subject and the
//! verb are the attribution, what is expected (the object and what follows)
//! the speculation. Gold, all sets: 10 spans of "<subject> expect(s) <object>"
//! take the verb into the attribution (fresh17–fresh22), 5 into the
//! speculation (tune, heldout, fresh). "expects to <verb>" (the subject's
//! own plan) stays one speculation from the verb (4 of 5).

use super::{ATTRIBUTION, Found};

/// The rule whose attribution ends before a forecast verb (its subject).
const SUBJECT_RULE: &str = "source-expects";

/// The speculation rule that opens at the forecast verb.
const EXPECTATION_RULE: &str = "expectation";

/// The label of a speculation.
const SPECULATION: &str = "speculation";

/// True when `after` (the text right after a forecast verb) opens an
/// object rather than an infinitive ("to publish") or the clause's end.
pub(super) fn takes_object(after: &str) -> bool {
    let after = after.trim_start();
    let word = after
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    !word.is_empty() && !word.eq_ignore_ascii_case("to") && !after.starts_with([',', '.', ';'])
}

/// True when the rule `rule` is the forecast verbs' subject rule and
/// `after` opens the verb's object: a pronoun may then be its subject.
pub(super) fn forecast_with_object(rule: &str, after: &str) -> bool {
    rule == SUBJECT_RULE && takes_object(after)
}

/// Moves each forecast verb with an object of `text` from the start of its
/// speculation into the end of the attribution just before it.
pub(super) fn verb_to_attribution(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        if found[i].label != ATTRIBUTION || found[i].rule != SUBJECT_RULE {
            continue;
        }
        let end = found[i].end;
        let gap = text.get(end..).unwrap_or("");
        let verb_at = end + (gap.len() - gap.trim_start().len());
        let Some(j) = (found.iter()).position(|f| {
            f.label == SPECULATION && f.rule == EXPECTATION_RULE && f.start == verb_at
        }) else {
            continue;
        };
        let spec = &text[verb_at..found[j].end];
        let Some(space) = spec.find(' ') else {
            continue;
        };
        if !takes_object(&spec[space..]) {
            continue;
        }
        let verb_end = verb_at + space;
        let object = verb_end + (spec[space..].len() - spec[space..].trim_start().len());
        found[i].end = verb_end;
        found[j].start = object;
    }
}

#[cfg(test)]
mod tests {
    use super::takes_object;

    #[test]
    fn an_object_but_not_an_infinitive() {
        assert!(takes_object(" the won to fall"));
        assert!(takes_object(" growth of 1.8 percent"));
        assert!(!takes_object(" to publish a report"));
        assert!(!takes_object(" To publish"));
        assert!(!takes_object(", too."));
        assert!(!takes_object(""));
    }
}
