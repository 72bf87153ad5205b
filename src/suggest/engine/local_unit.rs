//! A local government unit named by its kind, with no name of its own,
//! speaks for the officials of its country:
//! - an official of a local level ("A ward official", "A Phnom Penh city
//!   hall official", "a district official") → "<nationality> officials";
//! - a place's office written "<Place> <lower-case words> <office>" ("The
//!   Shenyang commerce bureau", "the Osaka port office").
//!
//! The country is a place the span names (a city or region the tables know,
//! or a country), else the nearest one named before it in the text (a
//! tracker's "Phnom Penh, Cambodia —" heading, a dateline), else the
//! dateline's. Gold over the 29 sets: local offices and their officials are
//! the country's officials in every set that has one (fresh7, 11, 12, 14,
//! 15, 17, 19, 20, 21, 23, 24, 26, 27: 30 spans, 3 of them in fresh27 left
//! as "official", "ward official", "Shenyang commerce bureau" before this
//! pass); the other 27 were named so by earlier passes already. Read after
//! [`Suggester::name_state_units`]; cheap: a source's last word is checked
//! before anything else.

use super::state_units::follow_rename;
use super::{ATTRIBUTION, Found, Suggester};

/// Lower-case words of a local level of government before its official
/// ("a *ward* official", "a *city hall* official").
const LEVELS: &[&str] = &[
    "ward",
    "district",
    "municipal",
    "township",
    "commune",
    "village",
    "town",
    "city",
    "county",
    "provincial",
    "prefectural",
    "hall",
];

/// Heads of a speaker for a local government.
const SPEAKERS: &[&str] = &[
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Heads of a place's office ("commerce *bureau*").
const OFFICES: &[&str] = &["bureau", "office", "department", "administration"];

/// How far back, in bytes, a place naming the country is looked for.
const LOOK_BACK: usize = 4_000;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that name a local
    /// government unit by its kind, as the module doc says.
    pub(super) fn name_local_units(&self, text: &str, found: &mut [Found]) {
        // Old source → new one, for later attributions that kept it ("the
        // bureau" read back as "Shenyang commerce bureau").
        let mut renames: Vec<(String, String)> = Vec::new();
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            if follow_rename(&renames, f) {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            // Cheap first: the source's last word.
            let last = source.rsplit(' ').next().unwrap_or_default();
            let speaker = SPEAKERS.contains(&last);
            if !speaker && !OFFICES.contains(&last) {
                continue;
            }
            if self.index.canonical(source).is_some() {
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            let Some(words) = unit_words(span, source, speaker) else {
                continue;
            };
            // An office's place is its own first word: a company's
            // department ("Haeorum Foods export department") is none.
            let Some(nationality) = self.unit_nationality(text, &words, f.start, speaker) else {
                continue;
            };
            let new = self.index.normalise(&format!("{nationality} officials"));
            if source.contains(' ') {
                renames.push((source.to_string(), new.clone()));
            }
            f.why.push_str(&format!(
                ", “{source}” read as {new} (a local government unit named by its kind)"
            ));
            f.source = Some(new);
        }
    }

    /// The nationality of the country of a local unit whose name is `words`:
    /// a place among them, else the nearest place or country named in the
    /// [`LOOK_BACK`] bytes of `text` before `start`, else the dateline's.
    /// Only a speaker's (`look_back`) is looked for before the span.
    fn unit_nationality(
        &self,
        text: &str,
        words: &[&str],
        start: usize,
        look_back: bool,
    ) -> Option<String> {
        let place =
            |w: &str| super::cities::place_nationality(w).or_else(|| self.nationality_of_place(w));
        if let Some(n) = words.iter().find_map(|w| place(w)) {
            return Some(n);
        }
        if !look_back {
            return None;
        }
        let start = text.floor_char_boundary(start.min(text.len()));
        let from = text.floor_char_boundary(start.saturating_sub(LOOK_BACK));
        let window = text.get(from..start)?;
        // Not a place inside a quoted name ("Pyongyang Moranbong", a
        // restaurant in Vietnam).
        let before = unquoted_words(window);
        let found = (0..before.len()).rev().find_map(|i| {
            let w = before[i];
            if w.len() < 3 || !w.starts_with(char::is_uppercase) {
                return None;
            }
            // "South Korea", "Ho Chi Minh City": two words first.
            let pair = (i > 0).then(|| format!("{} {w}", before[i - 1]));
            pair.as_deref().and_then(place).or_else(|| place(w))
        });
        found.or_else(|| self.dateline_nationality(text))
    }
}

/// The words of `window` outside quotation marks, in order.
fn unquoted_words(window: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut quoted = false;
    let mut word_at: Option<usize> = None;
    for (at, c) in window
        .char_indices()
        .chain(std::iter::once((window.len(), ' ')))
    {
        if c.is_alphanumeric() || c == '-' {
            word_at.get_or_insert(at);
            continue;
        }
        if let Some(from) = word_at.take()
            && !quoted
        {
            words.push(&window[from..at]);
        }
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
    }
    words
}

/// The words naming a local unit in `span` (the attribution's words, of
/// source `source`), or `None` when it names none: for a speaker
/// (`speaker`), the words before the speaker's head in the span's subject
/// when a lower-case one is a level of [`LEVELS`] ("Phnom Penh city hall"
/// of "A Phnom Penh city hall official, reached by phone, said"); for an
/// office, the source's words when it opens with a capitalised place and
/// goes on in lower case ("Shenyang commerce bureau").
fn unit_words<'a>(span: &'a str, source: &'a str, speaker: bool) -> Option<Vec<&'a str>> {
    if speaker {
        let head = source.rsplit(' ').next()?;
        let words: Vec<&str> = span.split_whitespace().collect();
        let at = words
            .iter()
            .position(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()) == head)?;
        let lead = words[..at]
            .iter()
            .copied()
            .skip_while(|w| ["a", "an", "the", "A", "An", "The", "One", "one"].contains(w))
            .collect::<Vec<_>>();
        // Only the subject's own words: no clause before it.
        if lead.is_empty()
            || lead.len() > 4
            || lead
                .iter()
                .any(|w| w.ends_with([',', ';', ':']) || w.contains('\''))
        {
            return None;
        }
        let level = lead
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) && LEVELS.contains(w));
        let plain = lead.iter().all(|w| {
            w.starts_with(char::is_lowercase) || w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
        return (level && plain).then_some(lead);
    }
    let words: Vec<&str> = source.split(' ').collect();
    if !(3..=5).contains(&words.len()) {
        return None;
    }
    let places = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let lower = words[places..]
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    ((1..=2).contains(&places) && places + 2 <= words.len() && lower).then_some(words)
}

#[cfg(test)]
mod tests {
    use super::{unit_words, unquoted_words};

    #[test]
    fn words_outside_quotes() {
        assert_eq!(
            unquoted_words("Ho Chi Minh City, Vietnam — \"Pyongyang Moranbong\" A"),
            vec!["Ho", "Chi", "Minh", "City", "Vietnam", "A"]
        );
    }

    #[test]
    fn local_units_by_their_kind() {
        assert_eq!(
            unit_words("A ward official said", "ward official", true),
            Some(vec!["ward"])
        );
        assert_eq!(
            unit_words(
                "A Phnom Penh city hall official, reached by phone, said",
                "official",
                true
            ),
            Some(vec!["Phnom", "Penh", "city", "hall"])
        );
        assert_eq!(
            unit_words("A company official said", "company official", true),
            None
        );
        assert_eq!(unit_words("An official said", "official", true), None);
        assert_eq!(
            unit_words(
                "The Shenyang commerce bureau said",
                "Shenyang commerce bureau",
                false
            ),
            Some(vec!["Shenyang", "commerce", "bureau"])
        );
        assert_eq!(
            unit_words("The bureau said", "Federal Statistics Bureau", false),
            None
        );
    }
}
