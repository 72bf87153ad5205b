//! Where a parliament's members are when the text has no dateline: the
//! place that heads their paragraph ("🗳️ Seoul — National Assembly votes
//! … committee members said", a diary's entry, a digest's item) gives
//! their country. Plural lawmakers with no nationality yet ("two opposition
//! lawmakers", "Lawmakers who attended") are a chamber's members like
//! "Opposition members" (`person_groups.rs`): fresh7, 10, 20 and 23 file
//! them as the country's lawmakers.

use super::Suggester;

/// How many bytes before an attribution its paragraph is read for a place.
const PARAGRAPH_REACH: usize = 400;

/// Plural nouns of a parliament's members, lower case.
const LAWMAKER_PLURALS: &[&str] = &["lawmakers", "legislators", "parliamentarians"];

/// True when `source` is plural lawmakers with no nationality: "lawmakers",
/// "opposition lawmakers", "ruling-party legislators" (lower-case
/// modifiers, at most two, the sentence's capital allowed on a side or
/// count word opening it).
pub(super) fn plain_lawmakers(source: &str) -> bool {
    let mut words = source.split(' ').rev();
    let Some(noun) = words.next() else {
        return false;
    };
    if !LAWMAKER_PLURALS
        .iter()
        .any(|n| noun.eq_ignore_ascii_case(n))
    {
        return false;
    }
    let modifiers: Vec<&str> = words.collect();
    let last = modifiers.len().saturating_sub(1);
    modifiers.len() <= 2
        && modifiers.iter().enumerate().all(|(i, w)| {
            let plain = w.chars().all(|c| c.is_lowercase() || c == '-');
            // The sentence's capital on a side or count word only: "Japanese
            // lawmakers" have their nationality.
            let opening = i == last
                && SIDE_WORDS
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s) && w.starts_with(char::is_uppercase));
            !w.is_empty() && (plain || opening)
        })
        && (modifiers.is_empty() || noun.starts_with(char::is_lowercase))
}

/// Side and count words that may open a sentence before plural lawmakers
/// ("Opposition lawmakers said"), lower case.
const SIDE_WORDS: &[&str] = &[
    "opposition",
    "ruling",
    "ruling-party",
    "some",
    "several",
    "many",
    "other",
    "two",
    "three",
    "senior",
];

impl Suggester {
    /// The nationality of the first place that heads the paragraph holding
    /// byte `at` of `text` ("Seoul — …" → "South Korean"): a country or
    /// capital the registry knows, else a listed large city; `None` when
    /// the paragraph's opening words name none.
    pub(super) fn paragraph_nationality(&self, text: &str, at: usize) -> Option<String> {
        let from = text.floor_char_boundary(at.saturating_sub(PARAGRAPH_REACH));
        let before = text.get(from..at)?;
        let paragraph = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
        // The heading place stands among the paragraph's first words,
        // before a dash or colon.
        let head_end = paragraph
            .find(" — ")
            .or_else(|| paragraph.find(" -- "))
            .filter(|&e| e <= 60)?;
        paragraph[..head_end]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.starts_with(char::is_uppercase))
            .find_map(|w| {
                self.nationality_of_place(w)
                    .or_else(|| super::cities::city_nationality(w))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::plain_lawmakers;

    #[test]
    fn lawmakers_with_no_nationality() {
        assert!(plain_lawmakers("lawmakers"));
        assert!(plain_lawmakers("Lawmakers"));
        assert!(plain_lawmakers("opposition lawmakers"));
        assert!(plain_lawmakers("Opposition lawmakers"));
        assert!(!plain_lawmakers("South Korean lawmakers"));
        assert!(!plain_lawmakers("Japanese lawmakers"));
        assert!(!plain_lawmakers("lawmaker"));
        assert!(!plain_lawmakers("Democratic Party lawmakers"));
    }
}
