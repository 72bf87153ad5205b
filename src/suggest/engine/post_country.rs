//! A person whose appositive is a state post held *of* a country speaks for
//! that country's officials: "Noémie Garnier, Deputy Permanent
//! Representative of France, said" → French officials; "X, the ambassador of
//! the Republic of Korea," → South Korean officials. Only "of": an envoy
//! *to* a country speaks for the country that sends them, which the post
//! does not name.

use super::Suggester;

/// Posts whose holder speaks for a state, lower case.
const STATE_POSTS: &[&str] = &[
    "representative",
    "ambassador",
    "envoy",
    "consul",
    "consul-general",
    "delegate",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Words of a post held before, lower case: a former holder is not one.
const FORMER: &[&str] = &["former", "ex", "retired", "late"];

/// The appositive right after byte `end` of `text` (", Deputy Permanent
/// Representative of France,"): its words up to the next clause mark, or
/// `None` when no comma opens one.
fn appositive(text: &str, end: usize) -> Option<&str> {
    let to = text.floor_char_boundary(end.saturating_add(200).min(text.len()));
    let rest = text.get(end..to)?.strip_prefix(", ")?;
    let stop = rest
        .find([',', '.', ';', ':', '“', '”', '"', '\n', '—', '(', ')'])
        .unwrap_or(rest.len());
    Some(&rest[..stop])
}

/// The country an appositive names after a state post and "of" ("Deputy
/// Permanent Representative *of France*" → "France", "the ambassador of
/// *the Republic of Korea*" → "Republic of Korea"), or `None`: no post
/// word, a former holder, or nothing after "of".
pub(super) fn post_country(appositive: &str) -> Option<&str> {
    let mut words = appositive.split_whitespace();
    let mut offset = 0;
    let mut post_seen = false;
    for word in words.by_ref() {
        let at = appositive[offset..]
            .find(word)
            .map_or(offset, |i| offset + i);
        offset = at + word.len();
        let lower = word.to_lowercase();
        if FORMER.contains(&lower.as_str()) {
            return None;
        }
        if post_seen && lower == "of" {
            let country = appositive[offset..].trim();
            let country = country
                .strip_prefix("the ")
                .or_else(|| country.strip_prefix("The "))
                .unwrap_or(country);
            let named = !country.is_empty()
                && country.split_whitespace().count() <= 6
                && country.starts_with(char::is_uppercase);
            return named.then_some(country);
        }
        post_seen |= STATE_POSTS.contains(&lower.as_str());
    }
    None
}

impl Suggester {
    /// "NATIONALITY officials" for a person whose name ends at byte `end` of
    /// `text` and whose appositive is a state post of a country the registry
    /// or the nationality table knows ([`post_country`]), else `None`.
    pub(super) fn post_of_country(&self, text: &str, end: usize) -> Option<String> {
        let country = post_country(appositive(text, end)?)?;
        let nationality = self.nationality_of_place(country)?;
        Some(self.index.normalise(&format!("{nationality} officials")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_of_a_country_names_the_country() {
        assert_eq!(
            post_country("Deputy Permanent Representative of France"),
            Some("France")
        );
        assert_eq!(
            post_country("the ambassador of the Republic of Korea"),
            Some("Republic of Korea")
        );
    }

    #[test]
    fn no_post_or_a_former_one_names_none() {
        assert_eq!(post_country("a professor of Korean history"), None);
        assert_eq!(post_country("former Ambassador of France"), None);
        assert_eq!(post_country("Ambassador to France"), None);
        assert_eq!(post_country("minister of foreign affairs"), None);
    }
}
