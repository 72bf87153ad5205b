//! A clause opening with a lower-case "asked" and its object ("*asked
//! prosecutors to look into the leak*", "… but *asked for the subsidy to be
//! phased in*"): a second predicate, a deed of the subject named before, so
//! a claim — the claims' `not_first_words` hold "asked" for the reporter's
//! question ("Asked whether …", "asked about the plan, he said …").
//!
//! Gold of all sets (fresh25 212–215 and the 26 others, session 32):
//! claims opening with "asked" 6 (fresh9, fresh10, fresh13, fresh18,
//! fresh21, fresh25), each followed by an object, "to" or "for".

/// Words after "asked" that make it a question, not a deed.
const QUESTION: &[&str] = &[
    "whether", "if", "what", "how", "why", "when", "who", "where", "which", "about",
];

/// True when `clause` opens with a lower-case "asked" followed by a word
/// that opens no question.
pub(super) fn asked_object(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    words.next() == Some("asked")
        && words.next().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty() && !QUESTION.contains(&w)
        })
}

#[cfg(test)]
mod tests {
    use super::asked_object;

    #[test]
    fn asked_with_an_object_is_a_deed() {
        assert!(asked_object("asked prosecutors to look into the leak"));
        assert!(asked_object("asked for the subsidy to be phased in"));
        assert!(!asked_object("asked whether talks would resume"));
        assert!(!asked_object("Asked about the plan"));
        assert!(!asked_object("asked"));
    }
}
