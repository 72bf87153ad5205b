//! South Korea's ministries by their official English names ("the Ministry of
//! Economy and Finance"): a ministry named in full with no country before it
//! and no dateline to place the text is South Korea's when its name is one of
//! these, as analysts file it ("South Korean officials"). Only the names no
//! other government in the news shares word for word are listed ("Ministry of
//! Justice" and "Ministry of Foreign Affairs" are every country's).

/// The subject words after "Ministry of" of South Korea's ministries whose
/// names are its own (a real-world table, like the cities one).
const SOUTH_KOREAN: &[&str] = &[
    "Economy and Finance",
    "Science and ICT",
    "the Interior and Safety",
    "Interior and Safety",
    "Patriots and Veterans Affairs",
    "Culture, Sports and Tourism",
    "Agriculture, Food and Rural Affairs",
    "Trade, Industry and Energy",
    "Health and Welfare",
    "Employment and Labor",
    "Gender Equality and Family",
    "Land, Infrastructure and Transport",
    "Oceans and Fisheries",
    "SMEs and Startups",
    "Food and Drug Safety",
];

/// True when `name` ("The Ministry of Trade, Industry and Energy") names one
/// of South Korea's own ministries in full ([`SOUTH_KOREAN`]), with no
/// country's possessive before "Ministry" ("Japan's Ministry of …" is
/// Japan's).
pub(super) fn is_south_korean_ministry(name: &str) -> bool {
    let Some(at) = name.find("Ministry of ") else {
        return false;
    };
    let lead = name[..at].trim_end();
    if lead.ends_with("'s") || lead.ends_with("’s") {
        return false;
    }
    let rest = &name[at + "Ministry of ".len()..];
    SOUTH_KOREAN.iter().any(|m| {
        rest.strip_prefix(m)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::is_south_korean_ministry;

    #[test]
    fn a_ministry_named_in_full_with_no_country() {
        assert!(is_south_korean_ministry(
            "The Ministry of Economy and Finance"
        ));
        assert!(is_south_korean_ministry(
            "Ministry of Trade, Industry and Energy"
        ));
        assert!(is_south_korean_ministry(
            "the Ministry of the Interior and Safety"
        ));
        // Another country's, or a name every country has.
        assert!(!is_south_korean_ministry(
            "Japan's Ministry of Health and Welfare"
        ));
        assert!(!is_south_korean_ministry("the Ministry of Justice"));
        assert!(!is_south_korean_ministry(
            "Ministry of Economy and Finances"
        ));
    }
}
