//! The country of a large city a dateline or a subject names ("INCHEON,
//! Dec. 6 —", "Police in Busan said"), for the groups named by country
//! ([`super::person_groups`]): the registry and the nationality table know
//! countries and capitals only.

/// Large cities and the nationality of their country.
const CITIES: &[(&str, &str)] = &[
    ("Busan", "South Korean"),
    ("Incheon", "South Korean"),
    ("Daegu", "South Korean"),
    ("Daejeon", "South Korean"),
    ("Gwangju", "South Korean"),
    ("Ulsan", "South Korean"),
    ("Suwon", "South Korean"),
    ("Changwon", "South Korean"),
    ("Goyang", "South Korean"),
    ("Yongin", "South Korean"),
    ("Seongnam", "South Korean"),
    ("Cheongju", "South Korean"),
    ("Jeonju", "South Korean"),
    ("Cheonan", "South Korean"),
    ("Pohang", "South Korean"),
    ("Gimhae", "South Korean"),
    ("Jeju", "South Korean"),
    ("Sejong", "South Korean"),
    ("Paju", "South Korean"),
    ("Gangneung", "South Korean"),
    ("Chuncheon", "South Korean"),
    ("Pyeongtaek", "South Korean"),
    ("Gimpo", "South Korean"),
    ("Osaka", "Japanese"),
    ("Yokohama", "Japanese"),
    ("Nagoya", "Japanese"),
    ("Sapporo", "Japanese"),
    ("Fukuoka", "Japanese"),
    ("Kobe", "Japanese"),
    ("Kyoto", "Japanese"),
    ("Hiroshima", "Japanese"),
    ("Sendai", "Japanese"),
    ("Niigata", "Japanese"),
    ("Shanghai", "Chinese"),
    ("Guangzhou", "Chinese"),
    ("Shenzhen", "Chinese"),
    ("Tianjin", "Chinese"),
    ("Shenyang", "Chinese"),
    ("Dalian", "Chinese"),
    ("Dandong", "Chinese"),
    ("Yanji", "Chinese"),
    ("Hunchun", "Chinese"),
];

/// The nationality of the country of `city` ("Incheon" → "South Korean"),
/// written with a capital and lower-case letters, or `None`.
pub(super) fn city_nationality(city: &str) -> Option<String> {
    let city = city.trim();
    (CITIES.iter())
        .find(|(c, _)| *c == city)
        .map(|(_, n)| n.to_string())
}

/// How many bytes of a text's opening paragraph are read for its place.
const OPENING_REACH: usize = 600;

/// With no dateline, the nationality of the first listed city the opening
/// paragraph (after the headline) places something "in" ("… released a
/// report in Incheon on Friday" → "South Korean"), or `None`.
pub(super) fn opening_nationality(text: &str) -> Option<String> {
    let body = text.find("\n\n").map_or(text, |at| &text[at + 2..]);
    let head = body.get(..body.floor_char_boundary(body.len().min(OPENING_REACH)))?;
    let paragraph = head.split("\n\n").next()?;
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    words.windows(2).find_map(|p| {
        let place = p[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        (p[0] == "in").then(|| city_nationality(place)).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::{city_nationality, opening_nationality};

    #[test]
    fn the_city_an_opening_places_things_in() {
        let text = "Headline in Osaka\n\nA clinic in Incheon closed on Friday.";
        assert_eq!(opening_nationality(text).as_deref(), Some("South Korean"));
        assert_eq!(opening_nationality("Headline\n\nBusan won."), None);
    }

    #[test]
    fn large_cities_and_their_country() {
        assert_eq!(city_nationality("Busan").as_deref(), Some("South Korean"));
        assert_eq!(city_nationality("Osaka").as_deref(), Some("Japanese"));
        assert_eq!(city_nationality("Springfield"), None);
        assert_eq!(city_nationality("BUSAN"), None);
    }
}
