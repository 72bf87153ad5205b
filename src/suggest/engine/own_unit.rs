//! A unit of the writing body named by "the" ("the quality team reports",
//! "The team said", "the desk’s count shows", "The pharmacy said", "The
//! nursing director said") in a form whose header names the body it is by
//! (a memo's "From:" line, a letterhead "BODY — UNIT":
//! [`super::document_body::form_sender`]; a news title's run is no author of
//! "the office") speaks for that body, as "our" staff do
//! ([`super::own_staff`]), not for the person whose attribution came
//! before it. The annotators' rule: a body's people and records → the body.

use super::{ATTRIBUTION, Found, Suggester};

/// The units of a body, lower case.
const UNITS: &[&str] = &[
    "team",
    "desk",
    "office",
    "department",
    "unit",
    "section",
    "centre",
    "center",
    "pharmacy",
    // Its own staff.
    "staff",
    "director",
    "nurses",
    "doctor",
];

/// The most lower-case words between "the" and the unit ("the *quality*
/// team", "the desk’s *count*").
const MOST_WORDS: usize = 3;

/// True when `span` opens with "the" and, within [`MOST_WORDS`] lower-case
/// words after it, a unit of [`UNITS`] (possessive or not).
fn opens_with_unit(span: &str) -> bool {
    let Some(rest) = span
        .strip_prefix("the ")
        .or_else(|| span.strip_prefix("The "))
    else {
        return false;
    };
    (rest.split(' ').take(MOST_WORDS))
        .take_while(|w| {
            w.chars()
                .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
        })
        .any(|w| {
            let w = (w.strip_suffix("'s"))
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            UNITS.contains(&w)
        })
}

impl Suggester {
    /// Files each attribution of `found` whose span opens with a unit of
    /// the writing body under that body, as the module doc says.
    pub(super) fn name_own_units(&self, text: &str, found: &mut [Found]) {
        // Cheap first: no attribution opens with "the"/"The", nothing read.
        let any = found.iter().any(|f| {
            f.label == ATTRIBUTION
                && text
                    .get(f.start..f.end)
                    .is_some_and(|s| s.starts_with("the ") || s.starts_with("The "))
        });
        if !any {
            return;
        }
        let mut body: Option<Option<String>> = None;
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION || f.rule == super::transcript::RULE {
                continue;
            }
            let Some(span) = text.get(f.start..f.end) else {
                continue;
            };
            if !opens_with_unit(span) {
                continue;
            }
            let Some(name) = body
                .get_or_insert_with(|| super::document_body::form_sender(text))
                .as_deref()
            else {
                return;
            };
            let source = self.index.normalise(name);
            if f.source.as_deref() == Some(source.as_str()) {
                continue;
            }
            f.why.push_str(&format!(
                ", the unit read as {source} (the body the document is by)"
            ));
            f.source = Some(source);
            f.back_reference = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::opens_with_unit;

    #[test]
    fn units_of_a_body() {
        assert!(opens_with_unit("the quality team reports"));
        assert!(opens_with_unit("The team said"));
        assert!(opens_with_unit("the desk’s count shows"));
        assert!(!opens_with_unit("the ministry said"));
        assert!(!opens_with_unit("The Foreign Office said"));
        assert!(!opens_with_unit("our team said"));
    }
}
