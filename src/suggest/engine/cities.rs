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

#[cfg(test)]
mod tests {
    use super::city_nationality;

    #[test]
    fn large_cities_and_their_country() {
        assert_eq!(city_nationality("Busan").as_deref(), Some("South Korean"));
        assert_eq!(city_nationality("Osaka").as_deref(), Some("Japanese"));
        assert_eq!(city_nationality("Springfield"), None);
        assert_eq!(city_nationality("BUSAN"), None);
    }
}
