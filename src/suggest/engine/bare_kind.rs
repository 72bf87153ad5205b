//! A source left as a bare common noun for a body ("the journal said", "The
//! blog said", "The embassy said", "police said") is never the analysts'
//! source: they file it under the body the text names of that kind. Read, in
//! order: the name the text gives the noun nearby ("a survey by the Tide Institute
//! (TI)", "the Journal of Coastal Studies", "the Assembly's records office",
//! "Harbour Watch, a blog", "the weekly Sea Times"); an earlier attribution
//! whose words hold the noun and whose source is a name ("the Tide Embassy's
//! press desk said" → "The embassy said"); for police, the force the
//! text names, else the article's country's police. The name in the text
//! comes first, the earlier attribution's source second.

use super::kind_name::name_back;
use super::{ATTRIBUTION, Found, Suggester};

/// Lower-case nouns for a body (or its publication) that the text names
/// elsewhere; a source ending in one of them is read as that name.
const BODY_KINDS: &[&str] = &[
    "journal",
    "blog",
    "study",
    "survey",
    "office",
    "embassy",
    "consulate",
    "authority",
    "regulator",
    "watchdog",
    "panel",
    "board",
    "weekly",
    "publisher",
    "institute",
    "foundation",
    "museum",
    "newsletter",
    "magazine",
    "house",
];

/// True when `noun` (lower case) is one of [`BODY_KINDS`], read with the
/// name the text gives it here rather than by its apposition alone.
pub(super) fn is_body_kind(noun: &str) -> bool {
    BODY_KINDS.contains(&noun)
}

/// Bare sources that name a government or its people by no body ("the
/// government said", "an official said"): the dateline country's
/// officials when nothing named before reads them.
const GOVERNMENT_WORDS: &[&str] = &["government", "official", "officials"];

/// Kinds whose body speaks for its country's officials ("the Chilean
/// Embassy" → Chilean officials).
pub(super) const DIPLOMATIC: &[&str] = &["embassy", "consulate"];

/// How far, in bytes, an earlier attribution or a name is looked for.
pub(super) const REACH: usize = 6_000;

/// Most earlier attributions read for the noun.
pub(super) const EARLIER: usize = 8;

/// An attribution's own reading in [`Suggester::name_bare_kinds`], before
/// the attributions before it are consulted.
enum Reading {
    /// Not an attribution with a source.
    Nothing,
    /// A bare body noun of this kind, and the name the text gives it nearby.
    Bare(&'static str, Option<String>),
    /// The police.
    Police,
    /// Any other "the <noun>": the body named with that head, if any.
    Head(Option<String>),
}

impl Suggester {
    /// Renames the attributions in `found` whose source is a bare body noun
    /// or the police (see the module's doc). Runs once per document, after
    /// the persons and groups are named and before acronyms are applied.
    /// Each attribution's own reading ([`Suggester::read_bare`]) is made
    /// for a long list's later half on a second thread
    /// ([`super::tail_split`]) while the first half is renamed here.
    pub(super) fn name_bare_kinds(&self, text: &str, found: &mut [Found]) {
        let mut nationality: Option<Option<String>> = None;
        // Bare nouns read by their head so far: a later copy follows.
        let mut renamed: Vec<(String, String)> = Vec::new();
        let mut apply = |found: &mut [Found], i: usize, reading: Reading| {
            self.apply_bare(text, found, i, reading, &mut nationality, &mut renamed);
        };
        let Some(mid) = super::tail_split::halves(found.len()) else {
            for i in 0..found.len() {
                let reading = self.read_bare(text, &found[i]);
                apply(found, i, reading);
            }
            return;
        };
        let (first, later) = found.split_at_mut(mid);
        let later: &[Found] = later;
        let ((), readings) = super::tail_split::beside(
            || {
                for i in 0..first.len() {
                    let reading = self.read_bare(text, &first[i]);
                    apply(first, i, reading);
                }
            },
            || {
                (later.iter())
                    .map(|f| self.read_bare(text, f))
                    .collect::<Vec<_>>()
            },
        );
        for (i, reading) in (mid..).zip(readings) {
            apply(found, i, reading);
        }
    }

    /// What attribution `f`'s own words and source say (nothing of the
    /// attributions before it): the first step of
    /// [`Suggester::name_bare_kinds`].
    fn read_bare(&self, text: &str, f: &Found) -> Reading {
        if f.label != ATTRIBUTION {
            return Reading::Nothing;
        }
        let Some(source) = f.source.as_deref() else {
            return Reading::Nothing;
        };
        let span = text.get(f.start..f.end).unwrap_or_default();
        // A registry group ("presidential office") is a source as it is.
        let bare = bare_kind(source).filter(|_| self.index.canonical(source).is_none());
        if let Some(kind) = bare {
            Reading::Bare(kind, self.kind_named_in_text(text, kind, f.start, f.end))
        } else if is_police_subject(source, span)
            || super::police_place::is_police_station(text, source, f.start)
        {
            Reading::Police
        } else {
            // Any other "the <noun>": the body named with that head.
            // "An archive official": the body named with that noun.
            Reading::Head(
                (self.speaker_kind_body(text, source, span, f.start))
                    .or_else(|| self.head_noun_body(text, source, span, f.start))
                    .or_else(|| self.acronym_staff(source)),
            )
        }
    }

    /// Renames attribution `i` of `found` by its `reading` and the
    /// attributions before it, in text order: the second step of
    /// [`Suggester::name_bare_kinds`].
    fn apply_bare(
        &self,
        text: &str,
        found: &mut [Found],
        i: usize,
        reading: Reading,
        nationality: &mut Option<Option<String>>,
        renamed: &mut Vec<(String, String)>,
    ) {
        let f = &found[i];
        let Some(source) = f.source.as_deref() else {
            return;
        };
        let named = match reading {
            Reading::Nothing => return,
            Reading::Bare(kind, in_text) => {
                in_text.or_else(|| self.earlier_named(text, &found[..i], kind, f.start))
            }
            Reading::Police => {
                let country = || {
                    nationality
                        .get_or_insert_with(|| self.dateline_nationality(text))
                        .clone()
                };
                self.police_named(text, &found[..i], f.start, source, country)
            }
            Reading::Head(head) => {
                let head = head.or_else(|| {
                    renamed
                        .iter()
                        .find(|(s, _)| s == source)
                        .map(|(_, n)| n.clone())
                });
                if let Some(name) = &head
                    && !renamed.iter().any(|(s, _)| s == source)
                {
                    renamed.push((source.to_string(), name.clone()));
                }
                // "the government said", "an official said", "officials
                // said": no body named by that word, the dateline's.
                head.or_else(|| {
                    if !GOVERNMENT_WORDS.contains(&source) {
                        return None;
                    }
                    let country = nationality
                        .get_or_insert_with(|| self.dateline_nationality(text))
                        .clone()?;
                    Some(self.index.normalise(&format!("{country} officials")))
                })
            }
        };
        if let Some(name) = named
            && let Some(f) = found.get_mut(i)
        {
            let before = f.source.replace(name.clone()).unwrap_or_default();
            f.why.push_str(&format!(
                ", “{before}” read as {name} (the body the text names of that kind)"
            ));
        }
    }

    /// The source of the latest attribution in `earlier` (within [`REACH`]
    /// of `start`) whose words hold `kind` and whose source is a name.
    fn earlier_named(
        &self,
        text: &str,
        earlier: &[Found],
        kind: &str,
        start: usize,
    ) -> Option<String> {
        recent_attributions(earlier, start).find_map(|e| {
            let source = e.source.as_deref()?;
            if !source.starts_with(char::is_uppercase) || is_police_word(source) {
                return None;
            }
            let span = text.get(e.start..e.end)?;
            holds_word(span, kind).then(|| source.to_string())
        })
    }

    /// A police subject's force: the latest earlier attribution's police
    /// source, else the force `text` names within [`REACH`] (before, then
    /// after), else the article's `country`'s police, else (no dateline)
    /// the police of the country of the place named last before it. "Officers" alone only
    /// after police were named.
    fn police_named(
        &self,
        text: &str,
        earlier: &[Found],
        start: usize,
        source: &str,
        country: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        let earlier_police = (earlier.iter().rev())
            .filter(|e| e.label == ATTRIBUTION && start.saturating_sub(e.end) <= REACH)
            .find_map(|e| e.source.as_deref().filter(|s| s.ends_with(" police")));
        if let Some(police) = earlier_police {
            return Some(police.to_string());
        }
        if source.eq_ignore_ascii_case("officers") {
            return None;
        }
        let from = text.floor_char_boundary(start.saturating_sub(REACH));
        let to = text.floor_char_boundary((start + REACH).min(text.len()));
        let window = text.get(from..to)?;
        let force = (window.match_indices("Police").map(|(at, _)| at))
            .filter(|&at| at > 0 && window[..at].ends_with(' '))
            .find_map(|at| {
                let words = name_back(&window[..at], 3);
                let first = *words.iter().find(|w| **w != "The")?;
                self.nationality_of_place(first)
                    .or_else(|| super::cities::city_nationality(first))
                    .or_else(|| {
                        super::nationality::nationality_officials(&format!("{first} police"))
                            .and_then(|o| o.strip_suffix(" officials").map(str::to_string))
                    })
            });
        // No dateline: the country of the place named last before.
        let nationality = (force.or_else(country))
            .or_else(|| super::police_place::place_before_nationality(text, start))?;
        Some(self.index.normalise(&format!("{nationality} police")))
    }
}

/// The body noun `source` ends in when it is a bare common noun of
/// [`BODY_KINDS`] (one to three lower-case words: "journal", "petition
/// office"), or the mission of [`DIPLOMATIC`] a speaker ([`is_mission_speaker`])
/// is named by ("embassy official" → "embassy", "consular official" →
/// "consulate"), or `None`.
fn bare_kind(source: &str) -> Option<&'static str> {
    let words = source.split(' ').count();
    if !(1..=3).contains(&words)
        || !source
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
    {
        return None;
    }
    let mut words = source.rsplit(' ');
    let last = words.next()?;
    // "an embassy official", "a consular official": the mission speaks.
    if is_mission_speaker(last)
        && let Some(mission) = words.next()
    {
        let mission = if mission == "consular" {
            "consulate"
        } else {
            mission
        };
        return DIPLOMATIC.iter().find(|k| **k == mission).copied();
    }
    BODY_KINDS.iter().find(|k| **k == last).copied()
}

/// True when `word` names a person speaking for a diplomatic mission ("an
/// embassy *official*", "a consular *diplomat*"): a body's speaker word
/// ([`crate::suggest::coreference::SPEAKERS`]) or "diplomat".
fn is_mission_speaker(word: &str) -> bool {
    crate::suggest::coreference::SPEAKERS.contains(&word) || word == "diplomat"
}

/// True when `source` names the police by a bare noun ("police",
/// "Officers", "police spokesman"), or when the subject `span` opens with
/// such a noun and its source was read as a country's officials.
fn is_police_subject(source: &str, span: &str) -> bool {
    let bare = source.split(' ').count() <= 2
        && (source.eq_ignore_ascii_case("police")
            || source.eq_ignore_ascii_case("officers")
            || [
                "police spokesman",
                "police spokeswoman",
                "police spokesperson",
                "police official",
            ]
            .contains(&source));
    // The span's opening read only for "… officials".
    let police_opening = || {
        let mut opening = super::ascii_words::words(span);
        match (opening.next(), opening.next()) {
            (Some(w), Some(cue)) => {
                w.eq_ignore_ascii_case("police") && cue.starts_with(char::is_lowercase)
            }
            _ => false,
        }
    };
    bare || (source.ends_with(" officials") && police_opening())
}

/// True when `source` is a police body or group.
fn is_police_word(source: &str) -> bool {
    source.ends_with(" police") || source.eq_ignore_ascii_case("police")
}

/// True when `span` holds `word` (lower case) as a word, in any case.
fn holds_word(span: &str, word: &str) -> bool {
    span.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The attributions of `earlier` (in text order, before byte `start`) a
/// bare noun may refer back to: the latest [`EARLIER`] within [`REACH`],
/// latest first.
pub(super) fn recent_attributions(earlier: &[Found], start: usize) -> impl Iterator<Item = &Found> {
    (earlier.iter().rev())
        .filter(move |e| e.label == ATTRIBUTION && start.saturating_sub(e.end) <= REACH)
        .take(EARLIER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_kinds_and_police() {
        assert_eq!(bare_kind("journal"), Some("journal"));
        assert_eq!(bare_kind("records office"), Some("office"));
        assert_eq!(bare_kind("experts"), None);
        assert_eq!(bare_kind("Harbour Journal"), None);
        assert!(is_police_subject("police", "police said"));
        assert!(is_police_subject("Officers", "Officers said"));
        assert!(is_police_subject("Chilean officials", "Police said"));
        assert!(!is_police_subject(
            "unnamed sources",
            "A police official, unnamed, said"
        ));
        assert!(!is_police_subject(
            "Chilean officials",
            "Police Chief Rojas said"
        ));
    }
}
