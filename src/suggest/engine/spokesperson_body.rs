//! A spokesperson named by no body ("A spokesperson said", "A museum
//! spokesman, Ada Berg, said") speaks for a body the text has just named:
//! the one a digest line opens with ("The Trade Ministry: A spokesperson
//! said"), the nearest earlier source whose name holds the spokesperson's
//! noun ("museum" → "Ulsan City Museum"), or else the attribution just before
//! when its source is an organisation, or else a body its own paragraph
//! named before it (`spokesperson_paragraph.rs`). Later attributions that kept the
//! spokesperson's source (a surname, a pronoun) follow.

use super::source_name::{NOT_GOVERNMENT_WORDS, ORGANISATION_WORDS};
use super::{ATTRIBUTION, Found, Suggester};

/// The nouns of a spokesperson, lower case.
const SPOKESPERSON: &[&str] = &["spokesperson", "spokesman", "spokeswoman"];

/// Kinds of registry source that speak for themselves, not through a
/// spokesperson of the text's body: outlets and groups of people.
const NOT_BODIES: &[&str] = &[
    "news agency",
    "state media",
    "specialist outlet",
    "broadcaster",
    "anonymous",
    "person",
];

/// How far back (bytes) the attribution before may be.
const REACH: usize = 800;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are still a bare
    /// spokesperson, as the module doc says.
    pub(super) fn name_spokesperson_bodies(&self, text: &str, found: &mut [Found]) {
        let mut last: Option<String> = None;
        for i in 0..found.len() {
            if found[i].label != ATTRIBUTION {
                continue;
            }
            // Cheap first: the source copied only when it is a bare spokesperson.
            if found[i]
                .source
                .as_deref()
                .and_then(bare_spokesperson)
                .is_none()
            {
                continue;
            }
            let Some(source) = found[i].source.clone() else {
                continue;
            };
            let Some(noun) = bare_spokesperson(&source) else {
                continue;
            };
            let span = text.get(found[i].start..found[i].end).unwrap_or_default();
            let body = if let Some(at) = span.to_lowercase().find("spokes") {
                // "A museum spokesman": the noun before, when the source lost it.
                let noun = noun.or_else(|| {
                    let word = span.get(..at)?.trim_end().rsplit(' ').next()?;
                    let article = ["a", "an", "the", "one"].contains(&word.to_lowercase().as_str());
                    (!article && !word.is_empty() && word.chars().all(char::is_lowercase))
                        .then_some(word)
                });
                let body = self.spoken_for(text, found, i, noun);
                last.clone_from(&body);
                body
            } else {
                last.clone()
            };
            if let Some(body) = body {
                let f = &mut found[i];
                f.why.push_str(&format!(
                    ", “{source}” read as {body} (the body named before)"
                ));
                f.source = Some(body);
            }
        }
    }

    /// The body the spokesperson of `found[i]` speaks for, `noun` the
    /// word before "spokesperson" if any ("museum").
    fn spoken_for(
        &self,
        text: &str,
        found: &[Found],
        i: usize,
        noun: Option<&str>,
    ) -> Option<String> {
        let earlier = found[..i]
            .iter()
            .rev()
            .filter(|f| f.label == ATTRIBUTION)
            .filter_map(|f| Some((f.end, f.source.as_deref()?)));
        if let Some(noun) = noun {
            // "A museum spokesman": the nearest source with "Museum" in it.
            return earlier
                .map(|(_, s)| s)
                .find(|s| {
                    s.starts_with(char::is_uppercase)
                        && s.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
                })
                .map(str::to_string);
        }
        let start = found[i].start;
        let line = text.get(..start).unwrap_or_default();
        let line = &line[line.rfind('\n').map_or(0, |n| n + 1)..];
        if let Some((lead, _)) = line.split_once(':')
            && let Some(body) = self.registry_name_in(lead)
        {
            return Some(body);
        }
        if let Some((end, source)) = earlier.into_iter().next()
            && start.saturating_sub(end) <= REACH
            && self.is_body_name(source)
        {
            return Some(source.to_string());
        }
        // "Beijing — China's foreign ministry holds a briefing. A
        // spokeswoman said": a body its own paragraph named before it.
        super::spokesperson_paragraph::paragraph_body(self, line)
    }

    /// True when `source` names an organisation: a registry source of a
    /// kind other than [`NOT_BODIES`], an acronym, a capitalised name
    /// ending in an organisation's word ("… Cup" is not one; "… Agency"
    /// is), or one word with a capital inside ("PayWave").
    fn is_body_name(&self, source: &str) -> bool {
        if !source.starts_with(char::is_uppercase) {
            return false;
        }
        if self.registry_name_in(source).is_some() {
            let kinds: Vec<String> = NOT_BODIES.iter().map(|k| k.to_string()).collect();
            return !self.is_source_of_kinds(source, &kinds);
        }
        let last = source.rsplit(' ').next().unwrap_or_default().to_lowercase();
        let inner_capital = !source.contains(' ')
            && source
                .chars()
                .skip(1)
                .any(|c| c.is_uppercase() || c.is_ascii_digit());
        inner_capital
            || ORGANISATION_WORDS.contains(&last.as_str())
            || NOT_GOVERNMENT_WORDS.contains(&last.as_str())
    }
}

/// `Some(noun)` when `source` is a bare spokesperson ("spokesperson" →
/// `Some(None)`, "museum spokesman" → `Some(Some("museum"))`), else `None`.
fn bare_spokesperson(source: &str) -> Option<Option<&str>> {
    let mut words = source.rsplit(' ');
    let last = words.next()?;
    if !SPOKESPERSON.contains(&last) {
        return None;
    }
    match (words.next(), words.next()) {
        (None, _) => Some(None),
        (Some(noun), None) if noun.chars().all(char::is_lowercase) => Some(Some(noun)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::bare_spokesperson;

    #[test]
    fn bare_spokespeople() {
        assert_eq!(bare_spokesperson("spokesman"), Some(None));
        assert_eq!(
            bare_spokesperson("museum spokeswoman"),
            Some(Some("museum"))
        );
        assert_eq!(bare_spokesperson("Defence Ministry spokesperson"), None);
        assert_eq!(bare_spokesperson("Lee Min-ho"), None);
    }
}
