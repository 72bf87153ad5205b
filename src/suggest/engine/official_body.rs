//! An official named by a plain noun of a body ("A customs official said")
//! right after an attribution whose source is a body with that word in its
//! name ("The Korea Customs Service said …") speaks for that body, as the
//! analysts file a named body's staff ("a KCS official" → KCS, fresh16;
//! "A customs official" → Korea Customs Service, fresh23). Later
//! attributions that kept the official's source ("The official said")
//! follow.

use super::{ATTRIBUTION, Found, Suggester};

/// How far back (bytes) the body's attribution may end.
const REACH: usize = 600;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are a body's plain
    /// noun and "official", as the module doc says.
    pub(super) fn name_official_bodies(&self, found: &mut [Found]) {
        // Cheap first: nearly no source is "<noun> official".
        if !found.iter().any(|f| {
            f.label == ATTRIBUTION
                && f.source
                    .as_deref()
                    .is_some_and(|s| noun_official(s).is_some())
        }) {
            return;
        }
        // Each attribution's (start, end, source), in the order of `found`.
        let bodies: Vec<(usize, usize, String)> = found
            .iter()
            .filter(|f| f.label == ATTRIBUTION)
            .filter_map(|f| Some((f.start, f.end, f.source.clone()?)))
            .collect();
        let sorted = bodies.is_sorted_by_key(|(start, _, _)| *start);
        super::source_renames::rename_sources(found, "the body named just before", |f, source| {
            let noun = noun_official(source)?;
            // The last attribution opening before `f`: by halves when they
            // are in text order (as `found` is), else scanning back.
            let (_, end, body) = if sorted {
                let before = bodies.partition_point(|(start, _, _)| *start < f.start);
                bodies.get(before.checked_sub(1)?)?
            } else {
                bodies.iter().rev().find(|(start, _, _)| *start < f.start)?
            };
            let named = f.start.saturating_sub(*end) <= REACH
                && body.split(' ').count() > 1
                && body
                    .split(' ')
                    .any(|w| w.starts_with(char::is_uppercase) && w.eq_ignore_ascii_case(noun));
            named.then(|| body.clone())
        });
    }
}

/// The noun of a source "customs official" ("customs"): one lower-case word
/// before "official"; `None` for any other source.
fn noun_official(source: &str) -> Option<&str> {
    let noun = source.strip_suffix(" official")?;
    (!noun.contains(' ') && noun.len() > 2 && noun.chars().all(char::is_lowercase)).then_some(noun)
}

#[cfg(test)]
mod tests {
    use super::noun_official;

    #[test]
    fn a_bodys_noun_before_official() {
        assert_eq!(noun_official("customs official"), Some("customs"));
        assert_eq!(noun_official("official"), None);
        assert_eq!(noun_official("senior customs official"), None);
        assert_eq!(noun_official("Customs official"), None);
    }
}
