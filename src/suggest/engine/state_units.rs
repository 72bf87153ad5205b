//! State bodies named by their kind and no name of their own, left as the
//! source after the other passes, are their country's officials (or police):
//! - a military unit by its number ("the army's 25th Division", "the Marine
//!   Corps' 2nd Division") and "the division" after it;
//! - a spokesperson or official of a state body named by a lower-case kind
//!   ("A navy spokesperson", "A customs spokesperson in Vladivostok");
//! - a county or a police force of a place the city tables do not know
//!   ("Goseong County", "Sado police");
//! - unnamed people who trade, still a bare kind ("one wholesaler",
//!   "Two Otaru importers"): the traders of the country (gold: "<nationality>
//!   traders" in fresh6, 7, 9, 14, 19, 20, 22, 23, 25; the anonymous ones
//!   are unnamed sources, read before this pass).
//!
//! The country is the place the span names, else the nearest place before it
//! that the tables know, else the dateline's. Read just before
//! [`super::apposed_source`]. Gold over the 27 sets: numbered divisions are
//! "South Korean officials" in both sets that have one (fresh24 1, fresh25
//! 3); counties "South Korean officials" (fresh13, fresh21, fresh24,
//! fresh25); a city's or island's police "<country> police" (fresh7, 10, 12,
//! 13, 14, 15, 21, 22, 25).

use super::{ATTRIBUTION, Found, Suggester};

/// Lower-case kinds of state body whose unnamed spokesperson speaks for the
/// country's officials.
const STATE_KINDS: &[&str] = &[
    "navy",
    "army",
    "military",
    "customs",
    "coast guard",
    "air force",
    "marine",
    "defence ministry",
    "defense ministry",
    "foreign ministry",
];

/// Heads of a speaker for a state body.
const SPEAKERS: &[&str] = &[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "officer",
];

/// Nouns of people who buy and sell, singular and plural: an unnamed one
/// speaks as the traders of the country they trade in.
const TRADE_NOUNS: &[&str] = &[
    "trader",
    "traders",
    "wholesaler",
    "wholesalers",
    "importer",
    "importers",
    "exporter",
    "exporters",
    "merchant",
    "merchants",
];

/// Words of a military unit's name after its number.
const UNITS: &[&str] = &["Division", "Brigade", "Regiment", "Fleet", "Corps"];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Unit,
    Speaker,
    County,
    Police,
    Trader,
    Body,
}

impl Suggester {
    /// Renames the sources of `found` (of `text`, in bytes) that name a state
    /// body by its kind, as the module doc says.
    pub(super) fn name_state_units(&self, text: &str, found: &mut [Found]) {
        let mut dateline: Option<Option<String>> = None;
        // A numbered unit renamed: "the division" after it follows.
        let mut unit: Option<String> = None;
        // Old source → new one, for the attributions that kept it.
        let mut renames: Vec<(String, String)> = Vec::new();
        // Each source's kind by its words alone (the source it has here:
        // renamed below only after its kind was read), a long list on two
        // threads.
        let kinds = super::tail_split::map(found, |f| {
            (f.label == ATTRIBUTION)
                .then(|| f.source.as_deref().and_then(state_kind))
                .flatten()
        });
        for (f, kind) in found.iter_mut().zip(kinds) {
            if f.label != ATTRIBUTION {
                continue;
            }
            if follow_rename(&renames, f) {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let lower_unit = UNITS.iter().any(|u| source.eq_ignore_ascii_case(u));
            if lower_unit && let Some(officials) = &unit {
                let officials = officials.clone();
                f.why.push_str(&format!(
                    ", “{source}” read as {officials} (the unit named before)"
                ));
                f.source = Some(officials);
                continue;
            }
            // "the station said" after the provincial station renamed.
            if let Some(new) = super::state_body::head_renamed(&renames, source) {
                let new = new.to_string();
                f.why.push_str(&format!(
                    ", “{source}” read as {new} (the body named before)"
                ));
                f.source = Some(new);
                continue;
            }
            let Some(kind) = kind else {
                continue;
            };
            if self.index.canonical(source).is_some() {
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            // "A wholesaler who asked not to be named": unnamed.
            if kind == Kind::Trader
                && super::person_description::group_of(span) == Some("unnamed sources")
            {
                continue;
            }
            let place = span
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
                .find_map(super::cities::place_nationality);
            let Some(nationality) = place
                .or_else(|| {
                    (kind == Kind::Body)
                        .then(|| self.body_country(text, f.start))
                        .flatten()
                })
                .or_else(|| super::police_place::place_before_nationality(text, f.start))
                .or_else(|| self.dateline_nationality_memo(text, &mut dateline))
            else {
                continue;
            };
            let group = match kind {
                Kind::Police => "police",
                Kind::Trader => "traders",
                _ => "officials",
            };
            let new = self.index.normalise(&format!("{nationality} {group}"));
            if kind == Kind::Unit {
                unit = Some(new.clone());
            }
            renames.push((source.to_string(), new.clone()));
            let why = match kind {
                Kind::Trader => "people who trade, the country's traders",
                _ => "a state body named by its kind",
            };
            f.why
                .push_str(&format!(", “{source}” read as {new} ({why})"));
            f.source = Some(new);
        }
    }
}

/// Which kind of state body `source` names, if any.
fn state_kind(source: &str) -> Option<Kind> {
    if super::state_body::is_state_body(source) {
        return Some(Kind::Body);
    }
    let last = source.rsplit(' ').next().unwrap_or_default();
    if source == last && TRADE_NOUNS.contains(&last) {
        return Some(Kind::Trader);
    }
    // Cheap first: every other kind holds a space.
    let (first, rest) = source.split_once(' ')?;
    // "army's 25th Division", "Marine Corps' 2nd Division".
    if UNITS.contains(&last) {
        let numbered = source.split(' ').any(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
        });
        return numbered.then_some(Kind::Unit);
    }
    // "wholesalers", "Otaru importers": unnamed people who trade.
    if TRADE_NOUNS.contains(&last) {
        let lead = &source[..source.len() - last.len()];
        let plain = lead.split_whitespace().count() <= 1
            && lead
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == ' ' || c == '-');
        return plain.then_some(Kind::Trader);
    }
    // "navy spokesperson", "customs official".
    if SPEAKERS.contains(&last) {
        let kind = source[..source.len() - last.len()].trim_end();
        return STATE_KINDS.contains(&kind).then_some(Kind::Speaker);
    }
    // "Goseong County", "Sado police": one capitalised place word.
    let place = first.starts_with(|c: char| c.is_uppercase())
        && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && super::cities::place_nationality(first).is_none();
    match rest {
        "County" | "county" if place => Some(Kind::County),
        "police" if place => Some(Kind::Police),
        _ => None,
    }
}

/// Gives attribution `f` the new source of `renames` (old source → new,
/// made by a pass earlier in the text) when it kept an old one, saying why;
/// true when it did.
pub(super) fn follow_rename(renames: &[(String, String)], f: &mut Found) -> bool {
    let Some(source) = f.source.as_deref() else {
        return false;
    };
    let Some((_, new)) = renames.iter().find(|(old, _)| old == source) else {
        return false;
    };
    let new = new.clone();
    f.why
        .push_str(&format!(", “{source}” read as {new} (renamed before)"));
    f.source = Some(new);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_state_bodies() {
        assert!(matches!(
            state_kind("army's 25th Division"),
            Some(Kind::Unit)
        ));
        assert!(state_kind("Second Division").is_none());
        assert!(matches!(
            state_kind("navy spokesperson"),
            Some(Kind::Speaker)
        ));
        assert!(state_kind("company spokesperson").is_none());
        assert!(matches!(state_kind("Goseong County"), Some(Kind::County)));
        assert!(matches!(state_kind("Sado police"), Some(Kind::Police)));
        assert!(state_kind("Police").is_none());
        assert!(matches!(state_kind("wholesalers"), Some(Kind::Trader)));
        assert!(matches!(state_kind("Otaru importers"), Some(Kind::Trader)));
        assert!(state_kind("Haeorum Foods importers").is_none());
    }
}
