//! A named person "of the" research body the source names ("Mara Lind of the
//! Nordic Institute for Ocean Studies said"): when the registry does not know
//! the body, the person speaks as one of the experts, the convention the sets
//! use for scholars of institutes and universities outside it. Later
//! attributions that kept the name follow, as the source is the same.

use super::{ATTRIBUTION, Found, Suggester};

/// Words of a research body's name ("the *Institute* for …", "the Far
/// Eastern Federal *University*"), as written in names.
const RESEARCH_BODIES: &[&str] = &[
    "Institute",
    "University",
    "Academy",
    "Centre",
    "Center",
    "College",
];

impl Suggester {
    /// Renames the sources of `found` that are a person "of the" research
    /// body the registry lacks to the experts.
    pub(super) fn name_research_scholars(&self, found: &mut [Found]) {
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let Some(body) = scholar_body(source) else {
                continue;
            };
            if self.registry_name_in(body).is_some() {
                continue;
            }
            let group = self.index.normalise("experts");
            f.why.push_str(&format!(
                ", “{source}” read as {group} (a scholar of a research body)"
            ));
            f.source = Some(group);
        }
    }
}

/// The body of a source that is a person's name "of the" research body
/// ("Mara Lind of the Nordic Institute" → "Nordic Institute"), or `None`.
/// The name is two or three capitalised words.
pub(super) fn scholar_body(source: &str) -> Option<&str> {
    let (name, body) = crate::suggest::finders::split_of_the(source)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && !RESEARCH_BODIES.contains(w)
        });
    let research = body
        .split_whitespace()
        .any(|w| RESEARCH_BODIES.contains(&w.trim_end_matches(',')));
    (named && research).then_some(body)
}

#[cfg(test)]
mod tests {
    use super::scholar_body;

    #[test]
    fn a_person_of_a_research_body() {
        assert_eq!(
            scholar_body("Mara Lind of the Nordic Institute for Ocean Studies"),
            Some("Nordic Institute for Ocean Studies")
        );
        assert_eq!(
            scholar_body("Tomas Van-Dijk of the Baltic Maritime Academy in Riga"),
            Some("Baltic Maritime Academy in Riga")
        );
        // Look-alikes: a body, no research body, one word, lower case.
        assert_eq!(scholar_body("Ministry of the Interior"), None);
        assert_eq!(scholar_body("Ravi Menon of the Harbour Board"), None);
        assert_eq!(scholar_body("Chair of the University"), None);
        assert_eq!(scholar_body("head of the Institute"), None);
        assert_eq!(scholar_body("President of the University Council"), None);
    }
}
