//! "It said" opening a sentence names the body the sentence before opened
//! with, when that body spoke earlier in the text: "KEPCO has agreed to
//! raise the fuel stock. It said the battery …" is KEPCO's, not the source
//! of the attribution before ("The Commission finds …"). Read by
//! [`super::pronoun_sources`] before it falls back to the source before.

/// The most words of the capitalised name that opens the sentence before.
const NAME_WORDS: usize = 4;

/// The source of `history` (each attribution's span and source so far)
/// that the sentence before byte `start` of `text` opens with, when the
/// attribution at `start` opens its sentence with "It" (`opener`) and that
/// source is not `previous` (the pronoun's plain reading).
pub(super) fn subject_before<'a>(
    opener: &str,
    text: &str,
    start: usize,
    history: &'a [(usize, usize, String)],
    previous: Option<&str>,
) -> Option<&'a str> {
    // Cheap first: only a sentence-opening "It".
    if opener != "It" {
        return None;
    }
    let before = text.get(..start)?.trim_end();
    let before = before.strip_suffix('.')?;
    let from = before
        .rfind(". ")
        .map(|i| i + 2)
        .max(before.rfind('\n').map(|i| i + 1))
        .unwrap_or(0);
    let sentence = before.get(from..)?;
    let name: Vec<&str> = sentence
        .split(' ')
        .take(NAME_WORDS)
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    if name.is_empty() || ["The", "A", "An", "It", "This", "That"].contains(&name[0]) {
        return None;
    }
    // The whole capitalised run, then shorter ("KEPCO", "Korea Gas Corp").
    (1..=name.len()).rev().find_map(|n| {
        let candidate = name[..n].join(" ");
        // The subject's own attribution is not before the sentence's end.
        let spoke = history
            .iter()
            .rev()
            .find(|(s, _, source)| *s < from + sentence.len() && *source == candidate)?;
        (previous != Some(spoke.2.as_str())).then_some(spoke.2.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::subject_before;

    #[test]
    fn it_after_a_sentence_opened_by_a_body_that_spoke() {
        let text = "KEPCO said the plant failed. The Commission finds that it broke a rule. \
                    KEPCO has agreed to buy a battery. It said the battery works.";
        let at = text.find("It said").unwrap_or_default();
        let history = vec![(0, 10, "KEPCO".to_string()), (29, 51, "ERC".to_string())];
        assert_eq!(
            subject_before("It", text, at, &history, Some("ERC")),
            Some("KEPCO")
        );
        // Not a body that never spoke, not after "The …", not "it" mid-sentence.
        let text2 =
            "The Commission finds that it broke a rule. Hanil has agreed to pay. It said so.";
        let at2 = text2.find("It said").unwrap_or_default();
        assert_eq!(
            subject_before("It", text2, at2, &history, Some("ERC")),
            None
        );
        assert_eq!(subject_before("it", text, at, &history, Some("ERC")), None);
    }
}
