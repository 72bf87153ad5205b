//! An unnamed-party lawmaker introduced with an indefinite article ("A
//! ruling-bloc legislator, Ito Ken, told reporters", "One lawmaker said")
//! whose source is still the bare noun speaks as the lawmakers of the
//! article's dateline country. Later attributions that kept that source (a
//! surname, a pronoun) follow.

use super::{ATTRIBUTION, Found, Suggester};

/// Nouns of a member of a parliament, lower case.
const LAWMAKER_NOUNS: &[&str] = &[
    "lawmaker",
    "legislator",
    "parliamentarian",
    "assemblyman",
    "assemblywoman",
    "congressman",
    "congresswoman",
];

/// True when `source` is a lawmaker noun after at most two lower-case
/// modifiers ("lawmaker", "ruling-bloc legislator"), no party's name.
fn lawmaker_noun(source: &str) -> bool {
    // The last word first, without a list of the words: read for every
    // attribution.
    if !LAWMAKER_NOUNS.contains(&source.rsplit(' ').next().unwrap_or(source)) {
        return false;
    }
    let words: Vec<&str> = source.split(' ').collect();
    let Some((last, modifiers)) = words.split_last() else {
        return false;
    };
    LAWMAKER_NOUNS.contains(last)
        && modifiers.len() <= 2
        && modifiers
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// Indefinite openings of a newly introduced person, lower case.
const INDEFINITE: &[&str] = &["a", "an", "one", "another"];

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are still a bare
    /// lawmaker noun, as the module doc says.
    pub(super) fn name_lone_lawmakers(&self, text: &str, found: &mut [Found]) {
        let mut group: Option<String> = None;
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            if !lawmaker_noun(source) {
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            let first = span.split(' ').next().unwrap_or_default().to_lowercase();
            if INDEFINITE.contains(&first.as_str()) {
                group = (super::person_role::party_in(span).is_none())
                    .then(|| self.dateline_nationality(text))
                    .flatten()
                    .map(|n| self.index.normalise(&format!("{n} lawmakers")));
            } else if span
                .to_lowercase()
                .contains(source.rsplit(' ').next().unwrap_or(source))
            {
                // "The lawmaker said": read elsewhere, not a new person.
                continue;
            }
            if let Some(g) = &group {
                f.why
                    .push_str(&format!(", “{source}” read as {g} (the dateline's)"));
                f.source = Some(g.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::lawmaker_noun;

    #[test]
    fn lawmaker_nouns_with_plain_modifiers() {
        assert!(lawmaker_noun("legislator"));
        assert!(lawmaker_noun("opposition lawmaker"));
        assert!(!lawmaker_noun("Green Party lawmaker"));
        assert!(!lawmaker_noun("lawmakers"));
    }
}
