//! A label's guideline (codebook, issue 19) as the REFI code `Description`: the
//! description, then the example on a paragraph of its own starting `Example: `,
//! which is how a QDA tool shows both in its one description field. Reading a
//! `Description` back splits it at the last such paragraph.

use crate::model::Label;

/// What starts the example's paragraph.
const EXAMPLE_MARK: &str = "Example: ";

/// The REFI `Description` text of `label`'s guideline; empty when it has none.
pub fn description_of(label: &Label) -> String {
    match (label.description.is_empty(), label.example.is_empty()) {
        (true, true) => String::new(),
        (false, true) => label.description.clone(),
        (true, false) => format!("{EXAMPLE_MARK}{}", label.example),
        (false, false) => format!("{}\n\n{EXAMPLE_MARK}{}", label.description, label.example),
    }
}

/// The (description, example) a REFI `Description` text holds: the example is
/// the last paragraph when it starts with `Example: ` (or the whole text when it
/// does), else there is none.
pub fn guide_of(text: &str) -> (String, String) {
    if let Some(example) = text.strip_prefix(EXAMPLE_MARK)
        && !example.contains("\n\nExample: ")
    {
        return (String::new(), example.to_string());
    }
    match text.rfind(&format!("\n\n{EXAMPLE_MARK}")) {
        Some(at) => (
            text[..at].to_string(),
            text[at + 2 + EXAMPLE_MARK.len()..].to_string(),
        ),
        None => (text.to_string(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(description: &str, example: &str) -> Label {
        Label {
            description: description.into(),
            example: example.into(),
            ..Label::new("claim", "Claim", "#4e79a7")
        }
    }

    #[test]
    fn every_shape_of_guide_round_trips() {
        for (d, e) in [
            ("", ""),
            ("Stated as fact.", ""),
            ("", "“The missile flew 600 km.”"),
            ("Two\n\nparagraphs 조선 👋🏽", "e\u{301}tude\nline"),
            ("Ends with a mark\n\nExample: inside", "real"),
        ] {
            let text = description_of(&label(d, e));
            assert_eq!(guide_of(&text), (d.to_string(), e.to_string()), "{text:?}");
        }
    }

    #[test]
    fn a_foreign_description_is_all_description() {
        assert_eq!(
            guide_of("Use for claims.\nExample text without the mark"),
            (
                "Use for claims.\nExample text without the mark".into(),
                String::new()
            )
        );
    }
}
