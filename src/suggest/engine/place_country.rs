//! The country an article is set in when its dateline names none the
//! dateline table knows: a dateline written "CITY, Country —" ("GIMPO, South
//! Korea —") gives the country, else the large cities (`cities.rs`) named
//! in the article's opening, the country most of them belong to.

use super::Suggester;

/// How far into an article its places are read, in bytes.
const OPENING: usize = 3_000;

impl Suggester {
    /// The nationality ("South Korean") of the country `text` is set in:
    /// its dateline's ([`super::body_naming::dateline_nationality`]), a
    /// "CITY, Country" dateline's country, else the country most large
    /// cities named in its opening belong to; `None` on a tie or none.
    pub(super) fn text_nationality(&self, text: &str) -> Option<String> {
        if let Some(n) = self.dateline_text_nationality(text) {
            return Some(n);
        }
        // A dateline whose city no table knows ("DAKAR, Dec 3 (Wire) --"):
        // the country the text names most, not a city named in passing.
        if super::person_role::dated_dateline(text)
            && let Some(n) = self.dateline_nationality(text)
        {
            return Some(n);
        }
        let opening = text.get(..text.floor_char_boundary(text.len().min(OPENING)))?;
        cities_majority(opening)
    }

    /// The nationality most of the countries and capitals named in `text`'s
    /// opening belong to ("Seoul", "Japan's"), for a ministry the text names
    /// without its country when no dateline or large city places the text.
    /// The North is not counted (its ministries are named with "North
    /// Korea's"), nor a bare "Korea" (of "North Korea" or "South Korea");
    /// `None` on a tie or none.
    pub(super) fn capitals_nationality(&self, text: &str) -> Option<String> {
        let opening = text.get(..text.floor_char_boundary(text.len().min(OPENING)))?;
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut previous = "";
        for word in opening.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if word.is_empty() {
                continue;
            }
            let before = std::mem::replace(&mut previous, word);
            if !word.starts_with(char::is_uppercase) || before == "North" || word == "Korea" {
                continue;
            }
            let Some(n) = self.nationality_of_place(word) else {
                continue;
            };
            if n == "North Korean" {
                continue;
            }
            count_one(&mut counts, n);
        }
        majority(counts)
    }

    /// The nationality `text`'s dateline gives: a dateline city's
    /// ([`super::body_naming::dateline_nationality`]) or a "CITY, Country"
    /// dateline's country; `None` with no dateline.
    pub(super) fn dateline_text_nationality(&self, text: &str) -> Option<String> {
        if let Some(n) = super::body_naming::dateline_nationality(text) {
            return Some(n.to_string());
        }
        let opening = text.get(..text.floor_char_boundary(text.len().min(OPENING)))?;
        opening.lines().find_map(|l| self.dateline_country(l))
    }

    /// The nationality of the country a dateline `line` names after its
    /// city in capitals ("GIMPO, South Korea — …" → "South Korean").
    fn dateline_country(&self, line: &str) -> Option<String> {
        let (city, rest) = line.trim_start().split_once(", ")?;
        let capitals = city.len() >= 3
            && city
                .chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.');
        if !capitals {
            return None;
        }
        let end = rest.find([',', '(', '—', '–'])?;
        let country = rest.get(..end)?.trim();
        if country.is_empty() || country.split(' ').count() > 3 {
            return None;
        }
        self.nationality_of_place(country)
    }
}

/// The nationality most of the large cities (`cities.rs`) named in
/// `opening` belong to, each city counted once; `None` on a tie or none.
fn cities_majority(opening: &str) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for word in opening.split(|c: char| !c.is_alphanumeric() && c != '-') {
        if !word.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(n) = super::cities::city_nationality(word) else {
            continue;
        };
        count_one(&mut counts, n);
    }
    majority(counts)
}

/// One more mention of nationality `n` in `counts`.
fn count_one(counts: &mut Vec<(String, usize)>, n: String) {
    match counts.iter_mut().find(|(m, _)| *m == n) {
        Some((_, c)) => *c += 1,
        None => counts.push((n, 1)),
    }
}

/// The nationality mentioned most in `counts`; `None` on a tie or none.
fn majority(mut counts: Vec<(String, usize)>) -> Option<String> {
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(n, _)] => Some(n.clone()),
        [(n, a), (_, b), ..] if a > b => Some(n.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cities_most_named() {
        assert_eq!(
            cities_majority("Fire crews from Daegu and Ulsan met in Osaka and in Daegu."),
            Some("South Korean".to_string())
        );
        assert_eq!(cities_majority("Trains link Busan and Osaka."), None);
        assert_eq!(cities_majority("Nothing here names a city."), None);
    }
}
