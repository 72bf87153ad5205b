//! Unnamed people named by their kind and where they are ("Several diners
//! at the next table said", "Other fishermen at the harbour said",
//! "Insurance brokers in London said") speak as that kind: the place and
//! the count are dropped ("diners", "fishermen"), and a kind analysts file
//! otherwise keeps that filing ("insurance brokers" → some analysts,
//! [`super::person_kinds::kind_group`]). Later attributions that kept the
//! same source (a pronoun, "One of them said") follow.

use super::{Found, Suggester};

/// Words that count or set apart the people before their kind, lower case.
const COUNTS: &[&str] = &[
    "several", "other", "some", "many", "few", "two", "three", "four", "five", "six", "dozens",
    "most",
];

/// Prepositions that open where the people are, with their spaces.
const PLACES: &[&str] = &[" at ", " in ", " on ", " from "];

/// Plural kinds that are filed by other passes (a government's officials,
/// a body's members), lower case.
const NOT_KINDS: &[&str] = &["officials", "members", "sources", "people", "others"];

impl Suggester {
    /// Renames each source of `found` (of `text`) that is a located plural
    /// kind ([`located_kind`]) and opens its attribution's span, as the
    /// module doc says.
    pub(super) fn name_located_kinds(&self, text: &str, found: &mut [Found]) {
        super::source_renames::rename_sources(
            found,
            "a kind of people where they are",
            |f, source| {
                let span = text.get(f.start..f.end).unwrap_or_default();
                if !span.starts_with(source) || self.index.canonical(source).is_some() {
                    return None;
                }
                // "Japanese diners in Osaka": a nationality the registry knows
                // opens no plain kind.
                let first = source.split(' ').next().unwrap_or_default();
                if self
                    .index
                    .canonical(&format!("{first} officials"))
                    .is_some()
                {
                    return None;
                }
                let kind = located_kind(source)?;
                let group = super::person_kinds::kind_group(&kind, "").unwrap_or(&kind);
                Some(self.index.normalise(group))
            },
        );
    }
}

/// The kind `source` names before where they are, in lower case and
/// without a count: "Several diners at the next table" → "diners",
/// "Insurance brokers in London" → "insurance brokers"; `None` when it is
/// no such shape (no place, a capitalised word inside the kind, no plural).
pub(super) fn located_kind(source: &str) -> Option<String> {
    let cut = PLACES.iter().filter_map(|p| source.find(p)).min()?;
    let head = &source[..cut];
    let mut words: Vec<&str> = head.split(' ').collect();
    if words
        .first()
        .is_some_and(|w| COUNTS.contains(&w.to_lowercase().as_str()))
    {
        words.remove(0);
    }
    let (noun, modifiers) = words.split_last()?;
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    // Only the first word of the whole source may be capitalised (the
    // sentence's start): "Japanese diners" names a nationality.
    let first_ok = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_alphabetic) && cs.all(|c| c.is_lowercase() || c == '-')
    };
    let opens_source = words.len() == source[..cut].split(' ').count();
    let modifiers_ok = modifiers.len() <= 2
        && modifiers.iter().enumerate().all(|(i, w)| {
            lower(w)
                || (i == 0 && opens_source && first_ok(w) && !super::nationality::is_nationality(w))
        });
    let noun_ok = (lower(noun) || (modifiers.is_empty() && opens_source && first_ok(noun)))
        && noun.len() > 3
        && (noun.ends_with("men") || (noun.ends_with('s') && !noun.ends_with("ss")));
    let kind = words.join(" ").to_lowercase();
    (modifiers_ok && noun_ok && !NOT_KINDS.contains(&noun.to_lowercase().as_str())).then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::located_kind;

    #[test]
    fn a_located_kind_drops_the_place_and_count() {
        assert_eq!(
            located_kind("Several diners at the next table").as_deref(),
            Some("diners")
        );
        assert_eq!(
            located_kind("Other fishermen at the Sado harbour").as_deref(),
            Some("fishermen")
        );
        assert_eq!(
            located_kind("Insurance brokers in London").as_deref(),
            Some("insurance brokers")
        );
    }

    #[test]
    fn other_shapes_are_left() {
        assert_eq!(located_kind("diners"), None);
        assert_eq!(located_kind("Swedish diners in Osaka"), None);
        assert_eq!(located_kind("Officials in Seoul"), None);
        assert_eq!(located_kind("Kim Ji-won in Seoul"), None);
        assert_eq!(located_kind("A manager at a Vladivostok insurer"), None);
    }
}
