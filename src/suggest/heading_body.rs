//! "The Commission finds", "the Chamber considers": a defined-term body (a
//! capitalised head noun after "the", the way rulings and decisions name
//! their own body) read as the body the text's all-caps heading names —
//! the heading's first part, before any dash ("KOREA MEDIA STANDARDS
//! COMMISSION — DECISION NOTICE" → Korea Media Standards Commission; "ASIAN
//! WEIGHTLIFTING FEDERATION — DISCIPLINARY CHAMBER" → the federation, whose
//! chamber it is). Before, such a subject was read as the source of the
//! attribution before it. Over the 26 sets: fresh23 201 ×4 (the Commission),
//! fresh24 207 ×1 (the Chamber); no other text has an all-caps heading
//! holding the head of a "the <Head>" subject.

/// How far into the text the heading is looked for, in bytes.
const HEADING_BYTES: usize = 1_500;

/// Head nouns of a body that names itself by them ("the Commission").
const HEADS: &[&str] = &[
    "commission",
    "chamber",
    "board",
    "tribunal",
    "court",
    "council",
    "committee",
    "panel",
    "authority",
    "federation",
    "association",
    "agency",
    "service",
    "bureau",
    "institute",
    "union",
    "ombudsman",
    "regulator",
];

/// Small words kept in lower case when the heading's name is title-cased.
const SMALL: &[&str] = &["of", "and", "for", "the", "on", "in"];

/// For a source `word` "the <Head>" or "<Head>" (one capitalised body
/// noun of [`HEADS`]): the body named by
/// the first part of an all-caps heading line near the start of `before`
/// that holds the head, title-cased; else `None`.
pub(crate) fn heading_body(word: &str, before: &str) -> Option<String> {
    let head = word
        .strip_prefix("the ")
        .or_else(|| word.strip_prefix("The "))
        .unwrap_or(word);
    let mut chars = head.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || !chars.all(char::is_lowercase)
        || !HEADS.contains(&head.to_lowercase().as_str())
    {
        return None;
    }
    let upper = head.to_uppercase();
    let mut top = before.len().min(HEADING_BYTES);
    while !before.is_char_boundary(top) {
        top -= 1;
    }
    for line in before[..top].lines() {
        let line = line.trim();
        if line.is_empty() || line.chars().any(char::is_lowercase) {
            continue;
        }
        let mut parts = line.split(['—', '–']).map(str::trim);
        let first = parts.next().unwrap_or_default();
        let holds = |p: &str| p.split_whitespace().any(|w| w == upper);
        if !(holds(first) || parts.any(holds)) {
            continue;
        }
        let words: Vec<&str> = first.split_whitespace().collect();
        if !(2..=6).contains(&words.len())
            || !words.iter().all(|w| w.chars().all(char::is_alphabetic))
        {
            return None;
        }
        let name: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(n, w)| {
                let lower = w.to_lowercase();
                if n > 0 && SMALL.contains(&lower.as_str()) {
                    return lower;
                }
                let mut c = lower.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            })
            .collect();
        return Some(name.join(" "));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::heading_body;

    #[test]
    fn a_defined_term_body_is_the_headings() {
        let text =
            "KOREA MEDIA STANDARDS COMMISSION — DECISION NOTICE\n\nCase 4\n\nThe woman spoke.";
        assert_eq!(
            heading_body("The Commission", text).as_deref(),
            Some("Korea Media Standards Commission")
        );
        let text = "Title\n\nASIAN WEIGHTLIFTING FEDERATION — DISCIPLINARY CHAMBER\nCase 3\n";
        assert_eq!(
            heading_body("the Chamber", text).as_deref(),
            Some("Asian Weightlifting Federation")
        );
        assert_eq!(heading_body("the ministry", text), None);
        assert_eq!(heading_body("The Board", text), None);
        assert_eq!(heading_body("Kim", text), None);
    }
}
