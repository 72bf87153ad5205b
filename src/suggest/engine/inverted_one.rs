//! An inverted cue whose subject is "one" or "another" of a group named
//! before, perhaps with its noun, and a description closing the sentence:
//! "“…,” *said one, who trades cooking oil across the Yalu*.", "“…,”
//! *wrote one respondent, a retired fisherman from Gyodong island*." The
//! span runs from the cue to the sentence's close; the names the rules know
//! never start with "one", so nothing was found. Gold: fresh21 and fresh23,
//! one each.

/// The most words of the description after the comma.
const MAX_DESCRIPTION_WORDS: usize = 16;

/// The most plain words of the noun after "one" ("one *respondent*").
const MAX_NOUN_WORDS: usize = 2;

/// After an inverted cue ending at byte `end`: "one" or "another", up to
/// [`MAX_NOUN_WORDS`] plain words, and either the sentence's close or a
/// comma and a description of at most [`MAX_DESCRIPTION_WORDS`] words with
/// no quote or further comma up to it. Returns where the subject's words
/// end, where the span ends, and whether a noun follows "one".
pub(super) fn one_after(sentence: &str, end: usize) -> Option<(usize, usize, bool)> {
    let rest = sentence.get(end..)?.strip_prefix(' ')?;
    let first = rest.split([' ', ',', '.']).next()?;
    if first != "one" && first != "another" {
        return None;
    }
    let mut head_end = end + 1 + first.len();
    let mut nouns = 0;
    while sentence[head_end..].starts_with(' ') {
        let word = sentence[head_end + 1..]
            .split([' ', ',', '.'])
            .next()
            .unwrap_or_default();
        let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if !plain || nouns == MAX_NOUN_WORDS {
            return None;
        }
        nouns += 1;
        head_end += 1 + word.len();
    }
    let close = |s: &str| {
        s.trim_end()
            .trim_end_matches(['”', '"', '’', '\''])
            .trim_end_matches(['.', '!', '?'])
            .trim_end()
            .is_empty()
    };
    let after = &sentence[head_end..];
    if close(after) {
        return Some((head_end, head_end, nouns > 0));
    }
    let description = after.strip_prefix(", ")?;
    let body = description
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .trim_end();
    let words = body.split_whitespace().count();
    if body.is_empty()
        || words > MAX_DESCRIPTION_WORDS
        || body.contains([',', ';', ':', '“', '”', '"', '(', '—'])
    {
        return None;
    }
    Some((head_end, head_end + 2 + body.len(), nouns > 0))
}

#[cfg(test)]
mod tests {
    use super::one_after;

    fn span(sentence: &str, cue: &str) -> Option<String> {
        let end = sentence.find(cue)? + cue.len();
        let (_, e, _) = one_after(sentence, end)?;
        Some(sentence[end - cue.len()..e].to_string())
    }

    #[test]
    fn one_of_a_group_and_its_description() {
        let t = "\"Nobody quotes the won,\" said one, who trades oil across the Yalu.";
        assert_eq!(
            span(t, "said").as_deref(),
            Some("said one, who trades oil across the Yalu")
        );
        let t = "\"Too late,\" wrote one respondent, a retired fisherman from Gyodong.";
        assert_eq!(
            span(t, "wrote").as_deref(),
            Some("wrote one respondent, a retired fisherman from Gyodong")
        );
        let t = "\"Too late,\" said another.";
        assert_eq!(span(t, "said").as_deref(), Some("said another"));
    }

    #[test]
    fn not_a_number_or_a_clause() {
        let t = "\"Too late,\" said one, adding that the boats, all six, had left.";
        assert_eq!(span(t, "said"), None);
        let t = "The firm said one of its ships had sunk.";
        assert_eq!(span(t, "said"), None);
    }
}
