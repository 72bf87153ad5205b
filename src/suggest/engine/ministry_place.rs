//! A ministry placed by the span that names it: "The trade ministry in
//! Sejong said", "A ministry spokesperson in Warsaw said" speak for the
//! officials of the place's country, whatever else the text names. The
//! place must follow the ministry or its speaker directly ("told reporters
//! in Tokyo" places the telling, not the ministry).

use super::Suggester;

/// Capitals of the countries the nationality table lists (a real-world
/// table, like the cities one) and their nationality: read only for a
/// ministry the span places, not for a text's country (a capital is often
/// named from abroad, "talks in Vienna").
const CAPITALS: &[(&str, &str)] = &[
    ("Kabul", "Afghan"),
    ("Algiers", "Algerian"),
    ("Canberra", "Australian"),
    ("Vienna", "Austrian"),
    ("Dhaka", "Bangladeshi"),
    ("Minsk", "Belarusian"),
    ("Brussels", "Belgian"),
    ("Brasilia", "Brazilian"),
    ("London", "British"),
    ("Sofia", "Bulgarian"),
    ("Ottawa", "Canadian"),
    ("Santiago", "Chilean"),
    ("Bogota", "Colombian"),
    ("Havana", "Cuban"),
    ("Copenhagen", "Danish"),
    ("Cairo", "Egyptian"),
    ("Tallinn", "Estonian"),
    ("Helsinki", "Finnish"),
    ("Paris", "French"),
    ("Berlin", "German"),
    ("Athens", "Greek"),
    ("Budapest", "Hungarian"),
    ("Reykjavik", "Icelandic"),
    ("Delhi", "Indian"),
    ("Jakarta", "Indonesian"),
    ("Tehran", "Iranian"),
    ("Baghdad", "Iraqi"),
    ("Dublin", "Irish"),
    ("Rome", "Italian"),
    ("Amman", "Jordanian"),
    ("Astana", "Kazakh"),
    ("Nairobi", "Kenyan"),
    ("Vientiane", "Lao"),
    ("Riga", "Latvian"),
    ("Beirut", "Lebanese"),
    ("Tripoli", "Libyan"),
    ("Vilnius", "Lithuanian"),
    ("Mexico City", "Mexican"),
    ("Ulaanbaatar", "Mongolian"),
    ("Rabat", "Moroccan"),
    ("Kathmandu", "Nepali"),
    ("Abuja", "Nigerian"),
    ("Oslo", "Norwegian"),
    ("Islamabad", "Pakistani"),
    ("Lima", "Peruvian"),
    ("Manila", "Philippine"),
    ("Warsaw", "Polish"),
    ("Lisbon", "Portuguese"),
    ("Doha", "Qatari"),
    ("Bucharest", "Romanian"),
    ("Belgrade", "Serbian"),
    ("Madrid", "Spanish"),
    ("Stockholm", "Swedish"),
    ("Bern", "Swiss"),
    ("Damascus", "Syrian"),
    ("Taipei", "Taiwanese"),
    ("Bangkok", "Thai"),
    ("Ankara", "Turkish"),
    ("Kyiv", "Ukrainian"),
    ("Tashkent", "Uzbek"),
    ("Caracas", "Venezuelan"),
    ("Hanoi", "Vietnamese"),
];

/// The nationality of the country whose capital `place` is ("Warsaw" →
/// "Polish"), or `None`.
pub(super) fn capital_nationality(place: &str) -> Option<&'static str> {
    (CAPITALS.iter())
        .find(|(c, _)| *c == place)
        .map(|(_, n)| *n)
}

/// The words a ministry's place may follow, lower case: the ministry or
/// its speaker.
const PLACED: &[&str] = &[
    "ministry",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "officials",
];

impl Suggester {
    /// The place and its country's officials ("Sejong", "South Korean
    /// officials") when `span` names a ministry or its speaker in a place
    /// ([`ministry_places`]) with no country of its own before the place
    /// ("China's foreign ministry spokesperson in Seoul" is China's) and its
    /// `source` is the ministry unknown to the registry or a country's
    /// officials read from elsewhere (a ministry "named earlier", the text's
    /// country); `None` otherwise (a named ministry the registry knows keeps
    /// its name).
    pub(super) fn placed_ministry(&self, span: &str, source: &str) -> Option<(String, String)> {
        let canonical = self.index.canonical(source);
        let unknown = super::body_naming::is_ministry(source) && canonical.is_none();
        let country = canonical.is_some_and(|c| c.ends_with(" officials"));
        if !unknown && !country {
            return None;
        }
        let (prefix, places) = ministry_places(span)?;
        let owned = prefix.contains("'s")
            || prefix.contains("’s")
            || super::nationality::nationality_officials(prefix).is_some()
            || self.officials_of_nationality(prefix).is_some();
        if owned {
            return None;
        }
        places.into_iter().find_map(|p| {
            let n = (self.nationality_of_place(p))
                .or_else(|| super::cities::city_nationality(p))
                .or_else(|| capital_nationality(p).map(str::to_string))?;
            Some((
                p.to_string(),
                self.index.normalise(&format!("{n} officials")),
            ))
        })
    }
}

/// The span before " in " and the place words after it when `span` holds a
/// ministry's "<ministry|speaker> in <Place>" ("The trade ministry in
/// Sejong", "A ministry spokesperson in Warsaw"): the one or two capitalised
/// words after " in " ("Seoul", "South Korea"), longest first, for the
/// caller to look up; `None` when the span places no ministry.
pub(super) fn ministry_places(span: &str) -> Option<(&str, Vec<&str>)> {
    let mut out = Vec::new();
    for (at, _) in span.match_indices(" in ") {
        let before = span[..at].rsplit(' ').next().unwrap_or_default();
        let before = before.trim_end_matches([',', '’', '\'']);
        if !PLACED.iter().any(|p| before.eq_ignore_ascii_case(p)) {
            continue;
        }
        let rest = &span[at + " in ".len()..];
        let words: Vec<&str> = rest
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .take(2)
            .collect();
        let Some(first) = words.first().filter(|w| w.starts_with(char::is_uppercase)) else {
            continue;
        };
        if let Some(second) = words.get(1).filter(|w| w.starts_with(char::is_uppercase)) {
            let two = first.len() + 1 + second.len();
            if let Some(both) = rest.get(..two) {
                out.push(both);
            }
        }
        out.push(first);
        let prefix = &span[..at];
        let ministry = (prefix.split(|c: char| !c.is_alphanumeric()))
            .any(|w| w.eq_ignore_ascii_case("ministry"));
        return ministry.then_some((prefix, out));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_place_after_the_ministry_or_its_speaker() {
        let places = |s| ministry_places(s).map(|(_, p)| p);
        assert_eq!(
            places("The health ministry in Lisbon said"),
            Some(vec!["Lisbon"])
        );
        assert_eq!(
            places("A ministry official in South Korea said"),
            Some(vec!["South Korea", "South"])
        );
        assert_eq!(places("A ministry official told reporters in Tokyo"), None);
        assert_eq!(places("The ministry said in a statement"), None);
        assert_eq!(places("Officials in Oslo said"), None);
        assert_eq!(capital_nationality("Warsaw"), Some("Polish"));
        assert_eq!(capital_nationality("Busan"), None);
    }
}
