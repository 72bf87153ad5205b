//! A body read back by a common noun that a header line of the text
//! labels with its name ("Broadcaster: Hanbit TV (cable, …)" … "The
//! broadcaster acknowledged", "The broadcaster also said"): a decision's,
//! a filing's or a fact box's header names the party each noun stands for
//! (fresh23's decision notice, 4 spans with the pronoun and staff after
//! them). Later attributions that kept the noun (a pronoun) follow.

use super::{Found, Suggester};

/// How far into a text, in bytes, its header lines are read.
const HEADER_WITHIN: usize = 2_000;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are a bare noun a
    /// header line labels, as the module doc says.
    pub(super) fn name_header_labels(&self, text: &str, found: &mut [Found]) {
        // Cheap first: a header line is a short label and a colon.
        let head = text
            .get(..text.floor_char_boundary(text.len().min(HEADER_WITHIN)))
            .unwrap_or_default();
        let labels: Vec<(String, &str)> = head.lines().filter_map(header_label).collect();
        if labels.is_empty() {
            return;
        }
        super::source_renames::rename_sources(
            found,
            "the name its header line gives",
            |_, source| {
                let noun = source.strip_prefix("the ").unwrap_or(source);
                if noun.contains(' ') || !noun.starts_with(char::is_lowercase) {
                    return None;
                }
                labels
                    .iter()
                    .find(|(label, _)| label == noun)
                    .map(|(_, name)| self.index.normalise(name))
            },
        );
    }
}

/// A header line's label in lower case and the name it gives: "Broadcaster:
/// Hanbit TV (cable, general programming)" → ("broadcaster", "Hanbit TV");
/// `None` unless the line is one capitalised word, a colon, and a
/// capitalised name of one to four words.
fn header_label(line: &str) -> Option<(String, &str)> {
    let (label, rest) = line.split_once(": ")?;
    let one_word = label.len() >= 4
        && label.starts_with(char::is_uppercase)
        && label.chars().skip(1).all(char::is_lowercase);
    if !one_word {
        return None;
    }
    let name = rest.split([' ', ',', ';']).collect::<Vec<_>>();
    let words: Vec<&str> = name
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) && !w.starts_with('('))
        .copied()
        .collect();
    // "Speaker: Adm. (ret.) Jung …": a title, no body's name.
    if words.is_empty() || words.len() > 4 || words.iter().any(|w| w.ends_with('.')) {
        return None;
    }
    let end = words.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
    let name = rest.get(..end)?;
    // The name runs to the line's end or to an aside or comma.
    let after = &rest[end..];
    (after.is_empty() || after.starts_with(" (") || after.starts_with(','))
        .then(|| (label.to_lowercase(), name))
}

#[cfg(test)]
mod tests {
    use super::header_label;

    #[test]
    fn a_header_line_labels_a_name() {
        assert_eq!(
            header_label("Broadcaster: Hanbit TV (cable, general programming)"),
            Some(("broadcaster".to_string(), "Hanbit TV"))
        );
        assert_eq!(
            header_label("Company: Daewon Heavy Machinery"),
            Some(("company".to_string(), "Daewon Heavy Machinery"))
        );
        // A sentence, a date, lower-case text: no label.
        assert_eq!(header_label("Note: the figures are provisional"), None);
        assert_eq!(header_label("Date: 6 October, 09:14"), None);
        assert_eq!(header_label("He said: It is over"), None);
        assert_eq!(
            header_label("Speaker: Adm. (ret.) Kim Ho, former commander"),
            None
        );
        assert_eq!(
            header_label("Complaint: fairness and accuracy; privacy"),
            None
        );
    }
}
