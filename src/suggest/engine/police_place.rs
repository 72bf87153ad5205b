//! An unqualified police force ("Police said", "the station said") where
//! the article has no dateline: a police log or a local paper names its
//! area ("POLICE LOG — Cheorwon County", "07:40 -- Galmal-eup"), and the
//! force is that area's country's. Also which bare subjects name a police
//! station: "the police station", and "the station" once the text has
//! named a police station before.

/// How far back, in bytes, a place or a police station is looked for.
const LOOK_BACK: usize = 6_000;

/// The nationality of the nearest place before byte `start` of `text`
/// (within [`LOOK_BACK`]) that the city and region lists know, a
/// hyphenated district read by its first part ("Cheorwon-eup" →
/// "Cheorwon"), or `None`.
pub(super) fn place_before_nationality(text: &str, start: usize) -> Option<String> {
    nearest_place_before(text, start, super::cities::place_nationality)
}

/// The nationality `nationality` gives the nearest capitalised word before
/// byte `start` of `text` (within [`LOOK_BACK`]) that it knows, or `None`.
pub(super) fn nearest_place_before(
    text: &str,
    start: usize,
    nationality: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let start = text.floor_char_boundary(start.min(text.len()));
    let from = text.floor_char_boundary(start.saturating_sub(LOOK_BACK));
    let window = text.get(from..start)?;
    (window.split(|c: char| !c.is_alphanumeric()))
        .rev()
        .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
        .find_map(nationality)
}

/// True when `source` is a police station named by its kind: "police
/// station" (any case, with "county"/"local" before it), or a bare
/// "station" after `text` has named a "police station" within
/// [`LOOK_BACK`] before byte `start`.
pub(super) fn is_police_station(text: &str, source: &str, start: usize) -> bool {
    let mut words = source.rsplit(' ');
    if !words
        .next()
        .is_some_and(|l| l.eq_ignore_ascii_case("station"))
    {
        return false;
    }
    if let Some(police) = words.next() {
        return police.eq_ignore_ascii_case("police")
            && words.all(|w| w == "county" || w == "local");
    }
    if source != "station" {
        return false;
    }
    let start = text.floor_char_boundary(start.min(text.len()));
    let from = text.floor_char_boundary(start.saturating_sub(LOOK_BACK));
    text.get(from..start).is_some_and(|window| {
        window.contains("police station") || window.contains("Police station")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_before_gives_the_country() {
        let text = "CRIME LOG 🚔 Yeoncheon County\n\n08:10 -- Jeongok-eup. Police said";
        let at = text.find("Police").unwrap_or_default();
        assert_eq!(
            place_before_nationality(text, at).as_deref(),
            Some("South Korean")
        );
        // A district alone, a place unknown: nothing.
        let text = "08:10 -- Jeongok-eup. Police said";
        assert_eq!(place_before_nationality(text, text.len()), None);
    }

    #[test]
    fn a_station_is_the_police_only_after_one_was_named() {
        let text = "From the town police station's records. The station said";
        let at = text.find("The station").unwrap_or_default();
        assert!(is_police_station(text, "station", at));
        assert!(is_police_station(text, "police station", at));
        assert!(is_police_station(text, "county police station", at));
        // A railway station, a broadcaster: not the police.
        let text = "Trains stopped at the central station. The station said";
        let at = text.find("The station").unwrap_or_default();
        assert!(!is_police_station(text, "station", at));
        assert!(!is_police_station(text, "radio station", at));
        assert!(!is_police_station(text, "Station", at));
    }
}
