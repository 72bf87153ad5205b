//! A state body named by its kind and no name of its own, left in lower case
//! as the source after the other passes: "The provincial hydro-meteorological
//! station said", "the county office said", "The Shenyang commerce bureau",
//! "the regional government replied", "The health centre says",
//! "immigration officials said". Analysts file each as its country's
//! officials (the SOURCE names rule: "<country> officials" for officials not
//! tied to a named body). A bare head after it ("the station said") is the
//! same body. Read by [`super::state_units`], which finds the country (the
//! place the span names, else the country the text is about, else the
//! nearest place before it, North Korea's included).
//!
//! The kind is a head ([`HEADS`]) with a modifier that marks a level or a
//! function of the state ([`STATE_MODIFIERS`]): "marketing department",
//! "selection committee", "intelligence committee" (lawmakers) and
//! "presidential office" (filed by name in fresh3 and fresh5, as South Korean
//! officials in fresh7 and fresh18) are left to the other passes.
//!
//! Gold over the 31 sets (fresh29 244–247 only): a lower-case unnamed state
//! body of these kinds is "<country> officials" in fresh7 (commerce bureau),
//! fresh8 (harbour master's office), fresh12 (county office, tourism
//! bureau, tourism department), fresh14 (administrative committee), fresh17
//! (tourism bureau), fresh20 (municipal tourism bureau), fresh21 (fisheries
//! office), fresh23 (county office), fresh24 (town office, county office),
//! fresh25 (labour department), fresh27 (commerce bureau, county office),
//! fresh28 (regional government), fresh29 (health centre, hydro-meteorological
//! station, people's committee, immigration officials): 22 spans; otherwise
//! only "<country> police" for a police station (read by the police kind).

/// Head nouns of a state body named by its kind.
const HEADS: &[&str] = &[
    "office",
    "bureau",
    "department",
    "committee",
    "government",
    "administration",
    "authority",
    "station",
    "centre",
    "center",
    "officials",
];

/// Words before a head that make the body a state's: a level of government
/// or a function only a state body has.
const STATE_MODIFIERS: &[&str] = &[
    "provincial",
    "province",
    "regional",
    "city",
    "municipal",
    "county",
    "town",
    "district",
    "prefectural",
    "village",
    "ward",
    "people's",
    "people’s",
    "administrative",
    "hydro-meteorological",
    "meteorological",
    "hydrological",
    "weather",
    "health",
    "immigration",
    "customs",
    "border",
    "tourism",
    "commerce",
    "fisheries",
    "labour",
    "labor",
    "quarantine",
];

/// North Korea's provinces and cities, for the country of a body in a text
/// the city tables do not place (they leave the North out: its ministries
/// are named with "North Korea's").
const NORTH_KOREAN_PLACES: &[&str] = &[
    "Hwanghae",
    "Hamgyong",
    "Pyongan",
    "Ryanggang",
    "Jagang",
    "Pyongyang",
    "Kaesong",
    "Rason",
    "Sinuiju",
    "Hyesan",
    "Chongjin",
    "Hamhung",
    "Wonsan",
    "Nampo",
];

impl super::Suggester {
    /// The country of a state body named by its kind at byte `start` of
    /// `text`: the country the text is about (its dateline's, else its
    /// opening's cities' or countries'), else the nearest place before it.
    pub(super) fn body_country(&self, text: &str, start: usize) -> Option<String> {
        self.text_nationality(text)
            .or_else(|| self.capitals_nationality(text))
            .or_else(|| north_korean_place_before(text, start))
    }
}

/// True when `source` (as the passes left it) names a state body by its
/// kind: all lower case, a head of [`HEADS`] last and a word of
/// [`STATE_MODIFIERS`] before it, no police.
pub(super) fn is_state_body(source: &str) -> bool {
    // Cheap first: a lower-case ASCII first byte and a space.
    if !source.starts_with(|c: char| c.is_ascii_lowercase()) || !source.contains(' ') {
        return false;
    }
    if source.chars().any(char::is_uppercase) {
        return false;
    }
    let mut words = source.rsplit(' ');
    let Some(head) = words.next() else {
        return false;
    };
    if !HEADS.contains(&head) {
        return false;
    }
    let modifiers: Vec<&str> = words.collect();
    modifiers.len() <= 4
        && !modifiers.contains(&"police")
        && modifiers.iter().any(|w| STATE_MODIFIERS.contains(w))
}

/// The new source of a body of `renames` (old source → new) whose head is
/// `source`, a bare head ("station" after "provincial hydro-meteorological
/// station"), or `None`.
pub(super) fn head_renamed<'a>(renames: &'a [(String, String)], source: &str) -> Option<&'a str> {
    if source.contains(' ') || !HEADS.contains(&source) {
        return None;
    }
    renames
        .iter()
        .rev()
        .find(|(old, _)| old.strip_suffix(source).is_some_and(|m| m.ends_with(' ')))
        .map(|(_, new)| new.as_str())
}

/// The nationality of the nearest place before byte `start` of `text`
/// (as [`super::police_place::place_before_nationality`]), North Korea's
/// provinces and cities ([`NORTH_KOREAN_PLACES`]) included.
pub(super) fn north_korean_place_before(text: &str, start: usize) -> Option<String> {
    super::police_place::nearest_place_before(text, start, |w| {
        if NORTH_KOREAN_PLACES.contains(&w) {
            Some("North Korean".to_string())
        } else {
            super::cities::place_nationality(w)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_bodies_by_kind() {
        assert!(is_state_body("provincial hydro-meteorological station"));
        assert!(is_state_body("county office"));
        assert!(is_state_body("health centre"));
        assert!(is_state_body("regional government"));
        assert!(is_state_body("immigration officials"));
        assert!(!is_state_body("selection committee"));
        assert!(!is_state_body("marketing department"));
        assert!(!is_state_body("presidential office"));
        assert!(!is_state_body("county police station"));
        assert!(!is_state_body("station"));
        assert!(!is_state_body("Goseong county office"));
    }

    #[test]
    fn a_bare_head_follows_its_body() {
        let renames = vec![(
            "provincial hydro-meteorological station".to_string(),
            "North Korean officials".to_string(),
        )];
        assert_eq!(
            head_renamed(&renames, "station"),
            Some("North Korean officials")
        );
        assert_eq!(head_renamed(&renames, "office"), None);
    }
}
