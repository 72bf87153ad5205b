//! Hedge cues that stand in a shape where no analyst reads a guess: the
//! reporter's question that opens a sentence ("Asked whether the plan would
//! change, she said …"), a comparison of how likely a group is to do
//! something ("the group most likely to complain"), and an expectation
//! that is named or denied rather than held ("What to expect", "we did not
//! expect it"). Plain byte checks on a few words around the cue.

/// Words that open the question a sentence-initial "Asked" reports.
pub(super) const QUESTION_WORDS: [&str; 9] = [
    "whether", "what", "if", "how", "why", "when", "who", "which", "where",
];

/// Comparative and superlative words before "likely to".
const DEGREE_WORDS: [&str; 4] = ["more", "less", "most", "least"];

/// True when the hedge cue `cue` at byte `at` of `sentence` (whose text
/// before the cue, within the clause, is `before`, and from the cue on is
/// `after`) is no speculation: see the module comment.
pub(super) fn skip_hedge(sentence: &str, at: usize, cue: &str, before: &str, after: &str) -> bool {
    in_opening_question(sentence, at)
        || compared_likelihood(cue, before, after)
        || unheld_expectation(cue, before)
        || super::would_figure::stated_figure(sentence, cue, after)
        || super::rule_permission::permitted_under_rule(sentence, at, cue)
        || super::legend_items::in_legend(sentence, at)
        || sentence
            .get(..at)
            .is_some_and(|head| super::relative_hedge::in_restrictive_relative(cue, head))
}

/// "Asked whether X would …, he said": the cue at `at` lies in the question
/// (before its first comma) that a sentence-initial "Asked" reports.
fn in_opening_question(sentence: &str, at: usize) -> bool {
    let Some(head) = sentence.get(..at) else {
        return false;
    };
    let opening = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(rest) = opening.strip_prefix("Asked ") else {
        return false;
    };
    let first = rest.split(' ').next().unwrap_or("");
    QUESTION_WORDS.contains(&first) && !rest.contains(',')
}

/// "the group most likely to call it …", "far less likely to say …": a
/// degree of "likely" followed by "to" compares people; "more likely than
/// not" stays a hedge.
fn compared_likelihood(cue: &str, before: &str, after: &str) -> bool {
    if !cue.eq_ignore_ascii_case("likely") {
        return false;
    }
    let word = last_word(before);
    DEGREE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        && after
            .get(cue.len()..)
            .is_some_and(|rest| rest.starts_with(" to "))
}

/// "What to expect", "we didn't expect this": the verb "expect" after "to"
/// (a heading naming the topic) or after a negation holds no expectation.
fn unheld_expectation(cue: &str, before: &str) -> bool {
    if !cue.eq_ignore_ascii_case("expect") {
        return false;
    }
    let word = last_word(before);
    word.eq_ignore_ascii_case("to")
        || word.eq_ignore_ascii_case("not")
        || word.ends_with("n't")
        || word.ends_with("n’t")
}

/// The last word of `text` (after its last space), without trailing spaces.
fn last_word(text: &str) -> &str {
    let text = text.trim_end();
    text.rfind(' ').map_or(text, |i| &text[i + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(sentence: &str, cue: &str) -> bool {
        let Some(at) = sentence.find(cue) else {
            panic!("no cue {cue} in {sentence}");
        };
        skip_hedge(sentence, at, cue, &sentence[..at], &sentence[at..])
    }

    #[test]
    fn opening_question_is_no_hedge() {
        assert!(skip(
            "Asked whether the ferry would sail on Friday, the harbour master said the forecast was poor.",
            "would"
        ));
        assert!(skip(
            "Asked what the town might do next, she shrugged.",
            "might"
        ));
        // After the question's comma the speaker's own words may hedge.
        assert!(!skip(
            "Asked about the ferry, the harbour master said it would probably sail.",
            "probably"
        ));
        assert!(!skip(
            "Asked whether the ferry sails, he said it might not.",
            "might"
        ));
        // A named questioner asking is reported content, not an opening.
        assert!(!skip(
            "The councillor asked whether the ferry might be late again.",
            "might"
        ));
    }

    #[test]
    fn compared_likelihood_is_no_hedge() {
        assert!(skip(
            "Older riders were the group most likely to complain about fares.",
            "likely"
        ));
        assert!(skip(
            "Tenants were far less likely to vote than owners.",
            "likely"
        ));
        assert!(!skip("A late ferry is more likely than not.", "likely"));
        assert!(!skip("The ferry is likely to sail late.", "likely"));
    }

    #[test]
    fn unheld_expectation_is_no_hedge() {
        assert!(skip("What to expect", "expect"));
        assert!(skip("We didn't expect this many riders", "expect"));
        assert!(skip("We did not expect the crowd", "expect"));
        assert!(!skip("Analysts expect the ferry to sail late.", "expect"));
    }
}
