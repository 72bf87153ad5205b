//! The country of a large city a dateline or a subject names ("INCHEON,
//! Dec. 6 —", "Police in Busan said"), for the groups named by country
//! ([`super::person_groups`]): the registry and the nationality table know
//! countries and capitals only.

use std::sync::OnceLock;

use foldhash::HashMap;

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
    static BY_NAME: OnceLock<HashMap<&str, &str>> = OnceLock::new();
    let cities = BY_NAME.get_or_init(|| by_name(CITIES));
    cities.get(city.trim()).map(|n| n.to_string())
}

/// `table` by name, built once: a look-up per word instead of a scan of the
/// table (these are asked for every attribution's words). The first entry of
/// a name wins, as the scan in order found it.
fn by_name(table: &'static [(&'static str, &'static str)]) -> HashMap<&'static str, &'static str> {
    let mut map = HashMap::default();
    for &(name, nationality) in table {
        map.entry(name).or_insert(nationality);
    }
    map
}

/// Provinces, regions and border counties (one word, as news names them) and the
/// nationality of their country: their governments, offices and police
/// are filed as the country's ("Gyeonggi police", "Primorye's regional
/// government"). Not read for a text's country: a region is often named
/// from abroad.
const REGIONS: &[(&str, &str)] = &[
    ("Gyeonggi", "South Korean"),
    ("Gangwon", "South Korean"),
    ("Chungbuk", "South Korean"),
    ("Chungnam", "South Korean"),
    ("Jeonbuk", "South Korean"),
    ("Jeonnam", "South Korean"),
    ("Gyeongbuk", "South Korean"),
    ("Gyeongnam", "South Korean"),
    ("Jilin", "Chinese"),
    ("Liaoning", "Chinese"),
    ("Heilongjiang", "Chinese"),
    ("Yanbian", "Chinese"),
    ("Shandong", "Chinese"),
    ("Guangdong", "Chinese"),
    ("Zhejiang", "Chinese"),
    ("Fujian", "Chinese"),
    ("Hebei", "Chinese"),
    ("Hokkaido", "Japanese"),
    ("Okinawa", "Japanese"),
    ("Shimane", "Japanese"),
    ("Tottori", "Japanese"),
    ("Hyogo", "Japanese"),
    ("Kanagawa", "Japanese"),
    ("Nagasaki", "Japanese"),
    // Counties on the border, whose offices post the warnings.
    ("Cheorwon", "South Korean"),
    ("Yeoncheon", "South Korean"),
    ("Hwacheon", "South Korean"),
    ("Yanggu", "South Korean"),
    ("Ganghwa", "South Korean"),
    ("Pocheon", "South Korean"),
    ("Primorye", "Russian"),
    ("Primorsky", "Russian"),
    ("Khabarovsk", "Russian"),
    ("Sakhalin", "Russian"),
    ("Vladivostok", "Russian"),
    ("Kamchatka", "Russian"),
];

/// The nationality of the country of `place`, a large city ([`CITIES`]) or
/// a region ([`REGIONS`]), or `None`.
pub(super) fn place_nationality(place: &str) -> Option<String> {
    static BY_NAME: OnceLock<HashMap<&str, &str>> = OnceLock::new();
    let place = place.trim();
    city_nationality(place).or_else(|| {
        let regions = BY_NAME.get_or_init(|| by_name(REGIONS));
        regions.get(place).map(|n| n.to_string())
    })
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
    use super::{city_nationality, opening_nationality, place_nationality};

    #[test]
    fn regions_and_cities_have_a_country() {
        assert_eq!(
            place_nationality("Gyeonggi").as_deref(),
            Some("South Korean")
        );
        assert_eq!(place_nationality("Primorye").as_deref(), Some("Russian"));
        assert_eq!(place_nationality("Hunchun").as_deref(), Some("Chinese"));
        assert_eq!(place_nationality("Harbourshire"), None);
        // A region is no city: it gives no text its country.
        assert_eq!(city_nationality("Gyeonggi"), None);
    }

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
