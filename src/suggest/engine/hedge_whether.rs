//! A doubt raised about a clause ("she questioned *whether the pass could
//! have been open*"): the hedge opens at "whether", not at its modal, when
//! a verb of doubt stands just before it.

/// Verbs of doubt that put the clause after them in question.
const DOUBT_VERBS: [&str; 6] = [
    "questioned",
    "questions",
    "question",
    "doubted",
    "doubts",
    "doubt",
];

/// Where the hedge in `clause` (which starts at byte `start` of `sentence`)
/// opens: at the last "whether" before `cue_start` when a verb of doubt
/// stands just before it (in the clause or, when the clause opens with
/// "whether", at the end of the sentence before it) and no comma stands
/// between "whether" and the cue; else `cue_start`.
pub(super) fn doubted_whether(
    sentence: &str,
    start: usize,
    clause: &str,
    cue_start: usize,
) -> usize {
    let Some(head) = clause.get(..cue_start) else {
        return cue_start;
    };
    let at = if head.starts_with("whether ") {
        0
    } else if let Some(i) = crate::suggest::finders::last_whether(head) {
        i + 1
    } else {
        return cue_start;
    };
    if head[at..].contains(',') {
        return cue_start;
    }
    let before = if at == 0 {
        sentence.get(..start).unwrap_or("")
    } else {
        &head[..at]
    };
    let before = before.trim_end();
    let verb = before.rfind(' ').map_or(before, |i| &before[i + 1..]);
    if DOUBT_VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb)) {
        at
    } else {
        cue_start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opens(sentence: &str, clause_at: &str, cue: &str) -> usize {
        let start = sentence.find(clause_at).unwrap_or(0);
        let clause = &sentence[start..];
        let cue_start = clause.find(cue).unwrap_or(0);
        doubted_whether(sentence, start, clause, cue_start)
    }

    #[test]
    fn a_doubted_clause_opens_at_whether() {
        let text = "The guide questioned whether the pass could have been open in March.";
        assert_eq!(opens(text, "whether", "could"), 0);
        // The verb inside the clause: the hedge opens at its "whether".
        let whole = opens(text, "The guide", "could");
        assert_eq!(whole, text.find("whether").unwrap_or(0));
        // An asked question keeps the hedge at its modal.
        let asked = "The guide asked whether the pass could have been open in March.";
        assert_ne!(opens(asked, "whether", "could"), 0);
        // A comma between "whether" and the modal keeps it too.
        let comma = "The guide doubted whether, in March, the pass could be open.";
        assert_ne!(opens(comma, "whether", "could"), 0);
    }
}
