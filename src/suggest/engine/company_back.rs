//! "The company said", "the ratings firm said", "The operator says": a
//! company read back by its trade noun when the text never introduced a
//! company with that noun ("the ratings company Nielsen Korea") stands for
//! the body the attributions before it named: "according to Nielsen Korea"
//! … "the ratings firm said" → Nielsen Korea. The source left as the bare
//! noun ("ratings firm", "company") is never the analysts'; the latest
//! earlier attribution whose words name its own source (a capitalised name
//! written in the span, which the registry does not know: the registry's
//! bodies are governments, militaries, media and groups, never a company)
//! gives the body instead.

use super::{ATTRIBUTION, Found, Suggester};
use crate::suggest::company::is_company_word;

/// Capitalised head words of a public body's name ("the National Election
/// Commission (NEC) said"): such a body is never the company read back.
const PUBLIC_HEADS: &[&str] = &[
    "Commission",
    "Committee",
    "Council",
    "Ministry",
    "Agency",
    "Service",
    "Office",
    "Bureau",
    "Department",
    "Command",
    "Government",
    "Court",
    "Police",
    "Army",
    "Navy",
    "Staff",
    "Assembly",
    "Parliament",
    "Institute",
    "University",
];

/// How far back, in bytes, an attribution naming a body is looked for.
const REACH: usize = 6_000;

impl Suggester {
    /// Gives each attribution of `found` (of `text`, in text order) whose
    /// source is a lower-case company word ("company", "ratings firm",
    /// "operator") the source of the latest attribution before it, within
    /// [`REACH`], whose span holds its own source written out and
    /// capitalised ("according to Nielsen Korea") and unknown to the
    /// registry. Attributions with no such one before them keep their source.
    pub(super) fn name_companies_read_back(&self, text: &str, found: &mut [Found]) {
        // Most texts read no company back: then no attribution's name is
        // looked up (the registry and span tests below cost on every one).
        let reads_back =
            |f: &Found| f.label == ATTRIBUTION && f.source.as_deref().is_some_and(is_bare_company);
        if !found.iter().any(reads_back) {
            return;
        }
        // The latest attribution naming its body in its own words: (end, source).
        let mut named: Option<(usize, String)> = None;
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            if is_bare_company(source) {
                if let Some((end, body)) = &named
                    && f.start.saturating_sub(*end) <= REACH
                {
                    f.source = Some(body.clone());
                }
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            if source.starts_with(char::is_uppercase)
                && span.contains(source)
                && self.index.canonical(source).is_none()
                && !names_public_body(span)
            {
                named = Some((f.end, source.to_string()));
            }
        }
    }
}

/// True when `span` holds a capitalised head word of a public body's name
/// ([`PUBLIC_HEADS`]).
fn names_public_body(span: &str) -> bool {
    span.split(|c: char| !c.is_alphanumeric())
        .any(|w| PUBLIC_HEADS.contains(&w))
}

/// True when `source` is a company word left as the source ("company",
/// "ratings firm", "operator"): lower case throughout.
fn is_bare_company(source: &str) -> bool {
    !source.chars().any(char::is_uppercase) && is_company_word(source)
}

#[cfg(test)]
mod tests {
    use super::{is_bare_company, names_public_body};

    #[test]
    fn a_lower_case_company_word_is_bare() {
        assert!(is_bare_company("company"));
        assert!(is_bare_company("ratings firm"));
        assert!(is_bare_company("operator"));
        assert!(!is_bare_company("Hanul Air"));
        assert!(!is_bare_company("experts"));
        assert!(!is_bare_company("bank"));
    }

    #[test]
    fn a_public_bodys_name_is_seen_in_the_span() {
        assert!(names_public_body(
            "the National Election Commission (NEC) said"
        ));
        assert!(!names_public_body("according to Nielsen Korea"));
        // Lower case: a description, not a name.
        assert!(!names_public_body("the commission's staff said"));
    }
}
