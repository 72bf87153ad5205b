//! People of a local government: a councillor speaks for the city or county
//! council the text names ("Councillor Brandt asked" in the minutes of the
//! Leeds City Council → the council), and the staff of a city's bureau for
//! the officials of the city's country ("Director Moss said" in those
//! minutes, "an officer at the Dalian city trade bureau" → Chinese
//! officials). A surname or a pronoun that kept the person's source
//! follows.

use super::{ATTRIBUTION, Found, Suggester};

/// Words between a place and "Council" that make it a local council
/// ("Leeds *City* Council").
const LOCAL_KINDS: &[&str] = &[
    "City",
    "County",
    "District",
    "Municipal",
    "Metropolitan",
    "Provincial",
    "Town",
    "Borough",
];

/// Titles of a council's members before a surname, with their space.
const MEMBER_TITLES: &[&str] = &[
    "Councillor ",
    "Councilor ",
    "Councilman ",
    "Councilwoman ",
    "Council member ",
];

/// Lower-case words of a local body's level before its bureau ("the Dalian
/// *city* trade bureau").
const LEVELS: &[&str] = &["city", "county", "municipal", "provincial", "district"];

/// Head nouns of a local government's office, lower case.
const OFFICES: &[&str] = &["bureau", "department", "office"];

/// How many bytes of a text's opening are read for its council.
const HEADING_REACH: usize = 600;

impl Suggester {
    /// Renames the sources of `found` (of `text`) spoken by a local
    /// council's members or a city bureau's staff, as the module doc says.
    pub(super) fn name_local_government(&self, text: &str, found: &mut [Found]) {
        let council = local_council(text);
        let city_officials = council
            .and_then(|(_, place)| super::cities::city_nationality(place))
            .map(|n| self.index.normalise(&format!("{n} officials")));
        // Sources renamed so far: later attributions that kept them follow.
        let mut renamed: Vec<(String, String)> = Vec::new();
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let span = text.get(f.start..f.end).unwrap_or_default();
            let subject = without_item_number(span);
            // Borrowed: copied only when renamed.
            let source = f.source.as_deref().unwrap_or_default();
            let named = if let Some((name, _)) = council.filter(|_| council_member(subject)) {
                Some(self.index.normalise(name))
            } else if council.is_some() && bureau_director(subject) {
                city_officials.clone()
            } else {
                self.bureau_officials(source)
            };
            let group = match named {
                Some(group) => {
                    if !source.is_empty() && !renamed.iter().any(|(old, _)| old == source) {
                        renamed.push((source.to_string(), group.clone()));
                    }
                    group
                }
                None => match renamed.iter().find(|(old, _)| old == source) {
                    Some((_, group)) => group.clone(),
                    None => continue,
                },
            };
            if group != source {
                let source = f.source.take().unwrap_or_default();
                f.why
                    .push_str(&format!(", “{source}” read as {group} (local government)"));
                f.source = Some(group);
            }
        }
    }

    /// "Chinese officials" for a source naming the staff of a city's bureau
    /// ("officer at the Dalian city trade bureau"), when the city's country
    /// is known; `None` otherwise.
    fn bureau_officials(&self, source: &str) -> Option<String> {
        if !source.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        let words: Vec<&str> = source.split_whitespace().collect();
        let last = words.last()?;
        if !OFFICES.contains(last) {
            return None;
        }
        let city = words
            .windows(2)
            .find(|w| LEVELS.contains(&w[1]) && w[0].starts_with(char::is_uppercase))?[0];
        let nationality = super::cities::city_nationality(city)?;
        Some(self.index.normalise(&format!("{nationality} officials")))
    }
}

/// The first local council named in the opening of `text` ("Leeds City
/// Council") and its place ("Leeds").
pub(super) fn local_council(text: &str) -> Option<(&str, &str)> {
    let head = text.get(..text.floor_char_boundary(HEADING_REACH))?;
    let mut from = 0;
    while let Some(at) = head[from..].find(" Council").map(|i| i + from) {
        from = at + 1;
        let end = at + " Council".len();
        if head[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let before = &head[..at];
        let Some((rest, kind)) = before.rsplit_once(' ').or(Some(("", before))) else {
            continue;
        };
        if !LOCAL_KINDS.contains(&kind) {
            continue;
        }
        let place_at = rest.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        let place = &rest[place_at..];
        if !place.starts_with(char::is_uppercase) || place.contains(|c: char| !c.is_alphabetic()) {
            continue;
        }
        return Some((&head[place_at..end], place));
    }
    None
}

/// `span` without a leading item number of minutes ("1.3 Councillor …").
fn without_item_number(span: &str) -> &str {
    match span.split_once(' ') {
        Some((number, rest))
            if number.starts_with(|c: char| c.is_ascii_digit())
                && number.chars().all(|c| c.is_ascii_digit() || c == '.') =>
        {
            rest
        }
        _ => span,
    }
}

/// True when `subject` opens with a council member's title and a name
/// ("Councillor Brandt asked").
fn council_member(subject: &str) -> bool {
    MEMBER_TITLES.iter().any(|t| {
        subject
            .strip_prefix(t)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// True when `subject` is a bureau's director in minutes: "Director Moss
/// said", "The director replied".
fn bureau_director(subject: &str) -> bool {
    subject
        .strip_prefix("Director ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        || ["The director ", "the director "]
            .iter()
            .any(|p| subject.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn councils_named_in_a_heading() {
        assert_eq!(
            local_council("Leeds City Council — Planning Committee\nMinutes"),
            Some(("Leeds City Council", "Leeds"))
        );
        assert_eq!(local_council("The UN Security Council met."), None);
        assert_eq!(local_council("The European Council met."), None);
        assert_eq!(local_council("The City Councillors met."), None);
    }

    #[test]
    fn members_and_directors() {
        assert!(council_member(without_item_number(
            "2.1 Councillor Brandt asked"
        )));
        assert!(!council_member("Councillors asked"));
        assert!(bureau_director("Director Moss said"));
        assert!(bureau_director("The director replied"));
        assert!(!bureau_director("Director of the bureau said"));
        assert_eq!(without_item_number("A man said"), "A man said");
    }
}
