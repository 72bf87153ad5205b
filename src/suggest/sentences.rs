//! Sentences of a text (UAX #29 through `unicode-segmentation`), rejoined after
//! an abbreviation ("Gen. Park"), trimmed of surrounding white space.

use unicode_segmentation::UnicodeSegmentation;

/// The byte ranges of the sentences of `text`, in order, each trimmed of white
/// space and never empty. A sentence that ends in one of `abbreviations` goes on
/// into the next one, unless a line break separates them.
pub fn sentences(text: &str, abbreviations: &[String]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut join_next = false;
    let mut after_time = false;
    for (start, piece) in text.split_sentence_bound_indices() {
        let body = piece.trim_end();
        let lead = piece.len() - piece.trim_start().len();
        if body.trim().is_empty() {
            join_next = false;
            continue;
        }
        // "at 10:44 a.m. (0144 GMT), the ministry said": a time's "a.m." goes
        // on into a bracket or a lower-case word; before a capital it may end
        // the sentence.
        if after_time {
            join_next = piece
                .trim_start()
                .starts_with(|c: char| c == '(' || c.is_lowercase());
        }
        let (s, e) = (start + lead, start + body.len());
        match out.last_mut() {
            Some(last) if join_next => last.1 = e,
            _ => out.push((s, e)),
        }
        let broke_line = piece[body.len()..].contains('\n');
        join_next = !broke_line && ends_with_abbreviation(body, abbreviations);
        after_time = !broke_line && (body.ends_with(" a.m.") || body.ends_with(" p.m."));
    }
    out
}

/// True when the last word of `sentence` is one of `abbreviations` (exactly).
fn ends_with_abbreviation(sentence: &str, abbreviations: &[String]) -> bool {
    let last = sentence
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    abbreviations.iter().any(|a| a == last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let abbr = vec!["Gen.".to_string(), "U.S.".to_string()];
        sentences(text, &abbr)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence_but_lines_do() {
        assert_eq!(
            split("Gen. Park spoke. The U.S. Army said so.\nHeadline\n\n  Next one 🚀."),
            vec![
                "Gen. Park spoke.",
                "The U.S. Army said so.",
                "Headline",
                "Next one 🚀."
            ]
        );
        assert_eq!(
            split("Windows\r\nline ends."),
            vec!["Windows", "line ends."]
        );
        assert!(split(" \n ").is_empty());
        assert_eq!(
            split("It fell at 10:44 a.m. (0144 GMT), Tokyo said. At 9 p.m. Seoul spoke."),
            vec![
                "It fell at 10:44 a.m. (0144 GMT), Tokyo said.",
                "At 9 p.m.",
                "Seoul spoke."
            ]
        );
    }
}
