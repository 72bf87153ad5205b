//! A pronoun's speech verb inside a quotation: "“*He told me* on the phone in
//! March that he wanted to come here,” the cousin said", "“*They said*
//! everything they wanted to say,” …", "“*She asked* me what to wear,” Moon
//! recalled". The quoted speaker recounts what someone said to them; the
//! writer attributes nothing there (the quote is the attribution's claim).
//! Over the 27 sets released before fresh26, pronoun-led cues inside an open
//! quotation were suggested 5 times, gold attributions 0; cues led otherwise
//! inside quotes ("our contacts say", "An officer told me") are kept.

/// Personal pronouns that lead such a cue, lower case.
const PRONOUNS: &[&str] = &["he", "she", "it", "they"];

/// True when the word at byte `subject` of `sentence` is a personal pronoun
/// and a quotation opened before it in the sentence is still open there.
pub(super) fn is_quoted_pronoun(sentence: &str, subject: usize) -> bool {
    let Some(before) = sentence.get(..subject) else {
        return false;
    };
    // Cheap first: no quote mark before the pronoun.
    if !before.contains(['"', '“']) {
        return false;
    }
    let word = sentence[subject..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        return false;
    }
    // The last quote mark before the pronoun opens a quotation: a curly
    // opening one, or a straight one at the start or after a space or a
    // bracket (a straight one after a word or a comma closes).
    let Some((at, mark)) = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '"' | '“' | '”'))
    else {
        return false;
    };
    match mark {
        '“' => true,
        '"' => before[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_quoted_pronoun;

    fn at(sentence: &str, word: &str) -> bool {
        is_quoted_pronoun(sentence, sentence.find(word).unwrap_or(0))
    }

    #[test]
    fn a_pronoun_inside_a_quotation() {
        assert!(at(
            "\"She told me in June that she would leave,\" the farmer said.",
            "She"
        ));
        assert!(at("“They said it all,” he recalled.", "They"));
        assert!(!at(
            "\"It is late,\" he said. She said it was not.",
            "She said"
        ));
        assert!(!at("She said it was late.", "She"));
        assert!(!at("\"An officer told me that,\" she wrote.", "An"));
        // A quotation opened in the sentence before closes in this one.
        assert!(!at("If one was missing, we lost,\" she said.", "she"));
    }
}
