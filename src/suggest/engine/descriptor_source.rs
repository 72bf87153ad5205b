//! A source left as a lower-case descriptor of a body ("selection
//! committee", "the company's slides", "airport operator", "printer"):
//! the gold never names such a noun (right 4 of 77 times on sets while
//! unseen, 13 of 150 on main over 30 sets, session 35) but the body the
//! text introduced that it stands for. The body is read, in order, from a
//! description joining the noun to a name before the span ("Hanbit Heavy
//! Industries, the company …", "the magazine Global Reader"), else from a
//! name before the span whose head is the noun ("Korea Customs Service"
//! for "the service"). The noun is the source's last word, or the owner of
//! a possessive ("the company's slides" → "company"); plurals, person
//! nouns and registry groups ("experts", "presidential office") are left
//! as they are. Later attributions that kept the old source (pronoun
//! chains copy it) take the new one. Over the 30 sets: 1 wrong → right
//! (fresh20 "an official in the service's … team"), 0 right → wrong.
//!
//! Also [`described_since`], read by the chain of descriptions and
//! pronouns: "The group said" after "Tidewatch, a … group" introduced since
//! the attribution before is Tidewatch's (fresh28 236–239: 4 wrong → right,
//! with the two "It said" after it; 0 right → wrong over the 30 sets).

use super::state_units::follow_rename;
use super::{ATTRIBUTION, Found, Suggester};

/// How far back, in bytes, a description or a name is looked for.
const REACH: usize = 6_000;

impl Suggester {
    /// Renames the lower-case descriptor sources of `found` (of `text`, in
    /// text order) as the module doc says.
    pub(super) fn name_descriptor_sources(&self, text: &str, found: &mut [Found]) {
        // Cheap first: a source opening with a lower-case ASCII letter.
        let lower = |f: &Found| {
            f.label == ATTRIBUTION
                && (f.source.as_deref())
                    .is_some_and(|s| s.starts_with(|c: char| c.is_ascii_lowercase()))
        };
        if !found.iter().any(lower) {
            return;
        }
        let mut renames: Vec<(String, String)> = Vec::new();
        for f in found.iter_mut() {
            if !lower(f) || follow_rename(&renames, f) {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let Some(noun) = descriptor_noun(source) else {
                continue;
            };
            if self.index.canonical(source).is_some() {
                continue;
            }
            let Some(name) = self.descriptor_body(text, source, noun, f.start) else {
                continue;
            };
            let new = self.read_name(text, &name, f.start);
            f.why
                .push_str(&format!(", “{source}” read as {new} (a descriptor of it)"));
            renames.push((source.to_string(), new.clone()));
            f.source = Some(new);
        }
    }

    /// The body `noun` describes, introduced in the [`REACH`] bytes of
    /// `text` before `start`: a description joining it to a name, else a
    /// name whose head is the noun and that holds the word before it in
    /// `source` ("the environment ministry" is no "Unification Ministry").
    fn descriptor_body(
        &self,
        text: &str,
        source: &str,
        noun: &str,
        start: usize,
    ) -> Option<String> {
        let from = text.floor_char_boundary(start.saturating_sub(REACH));
        let window = text.get(from..start)?;
        if let Some((_, name)) = super::described_body::described_before(window, noun) {
            return Some(name);
        }
        let name = super::bare_head::head_named_before(text, noun, start)?;
        let modifier = source
            .strip_suffix(noun)
            .and_then(|rest| rest.trim_end().rsplit(' ').next())
            .filter(|w| !w.is_empty() && *w != "the" && *w != "its");
        let other = modifier.is_some_and(|m| !name.split(' ').any(|w| w.eq_ignore_ascii_case(m)));
        (!other).then_some(name)
    }
}

/// The head noun of a lower-case descriptor `source`: its last word, or
/// the owner of a possessive ("company's slides" → "company"); `None` for
/// a plural, a person's noun, or a source with a capital.
fn descriptor_noun(source: &str) -> Option<&str> {
    if source.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let source = source
        .strip_prefix("the ")
        .or_else(|| source.strip_prefix("its "))
        .unwrap_or(source);
    let owner = source
        .split(' ')
        .find_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")));
    let noun = match owner {
        Some(owner) => owner,
        None => source.rsplit(' ').next()?,
    };
    let plural = noun.ends_with('s') && !noun.ends_with("ss");
    let word = noun.len() >= 4 && noun.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    (word && !plural && !super::bare_head::is_person_noun(noun)).then_some(noun)
}

/// The body a description read back ("The group", "the festival") stands
/// for when the text introduced one by its noun since the attribution
/// before (`text` from `from` to `start`): "Tidewatch, a Norwegian
/// non-profit group that …" makes "The group said" Tidewatch's, not the
/// lawmakers' before it. A description joining the noun to a name, else a
/// name whose head is the noun ("the Busan Rowing Federation" for "the
/// federation"); `None` when neither stands between, or the description is
/// a person's, a plural or a document's ("the report", read by its author).
/// Read by [`Suggester::resolve_back_references`]; a pronoun after it takes
/// the same body.
pub(super) fn described_since(
    description: &str,
    text: &str,
    from: usize,
    start: usize,
) -> Option<String> {
    let noun = (description.strip_prefix("the "))
        .or_else(|| description.strip_prefix("The "))
        .unwrap_or(description);
    // Cheap first: one lower-case word.
    if noun.contains(' ') || !noun.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let noun = descriptor_noun(noun)?;
    if super::bare_head::is_document_noun(noun) {
        return None;
    }
    let from = text.floor_char_boundary(from.max(start.saturating_sub(REACH)));
    let window = text.get(from..start)?;
    if let Some((_, name)) = super::described_body::described_before(window, noun) {
        return Some(name);
    }
    super::bare_head::head_named_before(window, noun, window.len())
}

#[cfg(test)]
mod tests {
    use super::{described_since, descriptor_noun};

    #[test]
    fn a_body_described_since_the_source_before() {
        let text = "Members said so. The hearing followed a report by Tidewatch, a \
                    Norwegian non-profit group that tracks fish. The group said";
        let at = text.rfind("The group").unwrap_or(0);
        assert_eq!(
            described_since("The group", text, 16, at).as_deref(),
            Some("Tidewatch")
        );
        // Described before the source before: that source stands.
        assert_eq!(described_since("The group", text, at - 4, at), None);
        assert_eq!(described_since("The report", text, 16, at), None);
    }

    #[test]
    fn the_head_of_a_descriptor() {
        assert_eq!(descriptor_noun("selection committee"), Some("committee"));
        assert_eq!(descriptor_noun("the company's slides"), Some("company"));
        assert_eq!(descriptor_noun("printer"), Some("printer"));
        assert_eq!(descriptor_noun("experts"), None);
        assert_eq!(descriptor_noun("manager"), Some("manager"));
        assert_eq!(descriptor_noun("woman"), None);
        assert_eq!(descriptor_noun("Paju Bookworks"), None);
    }
}
