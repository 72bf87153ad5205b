//! Nouns that name a person by the field they study or practise ("an
//! ornithologist", "a philatelist", "a statistician"): a named person so
//! described, and not by an employer, speaks as one of the experts
//! ([`super::named_description`]). The shape is read from the noun's ending,
//! with a closed list of "-ist" and "-ician" nouns that name a pursuit, a
//! creed or a trade rather than a field of knowledge.

/// "-ist" and "-ician" nouns that are no field of expertise, lower case.
const NOT_FIELDS: &[&str] = &[
    "activist",
    "artist",
    "columnist",
    "communist",
    "cyclist",
    "extremist",
    "finalist",
    "florist",
    "guitarist",
    "journalist",
    "lobbyist",
    "loyalist",
    "motorist",
    "nationalist",
    "novelist",
    "pianist",
    "separatist",
    "socialist",
    "soloist",
    "stylist",
    "terrorist",
    "tourist",
    "unionist",
    "violinist",
    "beautician",
    "electrician",
    "magician",
    "musician",
    "politician",
    "technician",
];

/// True when `word` (lower case) names a field's specialist by its shape:
/// "-ologist" ("seismologist"), "-ist" ("philatelist", "scientist") or
/// "-ician" ("statistician"), not one of [`NOT_FIELDS`].
pub(super) fn is_field_noun(word: &str) -> bool {
    let shaped = word.ends_with("ist") || word.ends_with("ician");
    shaped
        && word.len() > 5
        && word.chars().all(|c| c.is_lowercase() || c == '-')
        && !NOT_FIELDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::is_field_noun;

    #[test]
    fn fields_by_their_ending() {
        assert!(is_field_noun("volcanologist"));
        assert!(is_field_noun("numismatist"));
        assert!(is_field_noun("statistician"));
        assert!(is_field_noun("climate-scientist"));
        assert!(!is_field_noun("journalist"));
        assert!(!is_field_noun("politician"));
        assert!(!is_field_noun("list"));
        assert!(!is_field_noun("Baptist"));
        assert!(!is_field_noun("mechanic"));
    }
}
