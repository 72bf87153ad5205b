//! An anonymity phrase after a cue that trails its clause in commas as a
//! participle: "a person who worked on that application said*, speaking on
//! condition of anonymity,* and …", "“…,” he said*, asking not to be
//! named*". The annotators leave such a participle out of the span (3 of 3:
//! fresh7, fresh12, fresh26) and keep the phrase joined with no comma ("a
//! military official said *on condition of anonymity*", 4 of 4); the source
//! is an unnamed one either way.

use crate::suggest::rules::SourceSide;

/// Participles that open such a phrase, lower case.
const PARTICIPLES: &[&str] = &["speaking", "asking", "requesting", "talking"];

/// True when an anonymity phrase after byte `end` (a span's end) joins the
/// span: not after a cue whose source stands before it (`side`) when a
/// comma and a participle open it.
pub(super) fn anonymity_joins(side: SourceSide, sentence: &str, end: usize) -> bool {
    if side != SourceSide::Before {
        return true;
    }
    let Some(rest) = sentence.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return true;
    };
    let word = rest.split(' ').next().unwrap_or("");
    !PARTICIPLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// True when `clause` is the anonymity participle a cue's span left out
/// (", speaking on condition of anonymity because the talks are private"):
/// the terms of a source, never a claim of its own (fresh27's leftover was
/// suggested as one).
pub(super) fn is_anonymity_aside(clause: &str) -> bool {
    let rest = clause.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    let first = rest.split(' ').next().unwrap_or("");
    PARTICIPLES.iter().any(|p| p.eq_ignore_ascii_case(first))
        && ["anonymity", "anonymous", "not to be named", "not be named"]
            .iter()
            .any(|w| rest.contains(w))
}

#[cfg(test)]
mod tests {
    use super::{anonymity_joins, is_anonymity_aside};

    #[test]
    fn an_anonymity_aside_is_no_claim() {
        assert!(is_anonymity_aside(
            "speaking on condition of anonymity because the talks are private"
        ));
        assert!(is_anonymity_aside(", asking not to be named"));
        assert!(!is_anonymity_aside(
            "speaking at a rally, he promised 2,000 new homes"
        ));
        assert!(!is_anonymity_aside(
            "the source spoke on condition of anonymity"
        ));
    }

    use crate::suggest::rules::SourceSide;

    #[test]
    fn a_participle_in_commas_stays_out() {
        let s = "Pay fell, a clerk said, speaking on condition of anonymity.";
        assert!(!anonymity_joins(
            SourceSide::Before,
            s,
            s.find(", speaking").unwrap_or(0)
        ));
        let s = "Pay fell, a clerk said on condition of anonymity.";
        assert!(anonymity_joins(
            SourceSide::Before,
            s,
            s.find(" on condition").unwrap_or(0)
        ));
    }
}
