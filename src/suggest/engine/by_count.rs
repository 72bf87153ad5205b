//! A figure given by its owner's reckoning: "*by the coast guard's own
//! count*", "*by our estimate*", "*by the union's tally*". The phrase closes
//! its clause and its owner is the source; a pronoun owner ("by *its* own
//! count") stands for the source named before.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;

/// Nouns of a reckoning that its owner made.
const RECKONINGS: &[&str] = &[
    "count",
    "counts",
    "tally",
    "estimate",
    "estimates",
    "reckoning",
    "calculation",
    "calculations",
];

/// Possessive pronouns that may own a reckoning: they stand for the source
/// named before. Not "our" or "my": the writer's own reckoning, whose name the
/// text rarely gives.
const PRONOUN_OWNERS: &[&str] = &["its", "their", "his", "her"];

/// Words allowed between the owner and the reckoning.
const BETWEEN: &[&str] = &["own", "latest", "official", "rough", "conservative", "new"];

/// The most bytes from "by" to the reckoning's end.
const MAX_BYTES: usize = 90;

/// The most words of an owner's name.
const MAX_OWNER_WORDS: usize = 5;

/// The rule id of these attributions.
const RULE: &str = "by-count";

/// The score of these attributions.
const SCORE: f32 = 0.8;

impl Suggester {
    /// Adds to `out` each "by X's (own) count" of `sentence` that overlaps
    /// none of its attributions.
    pub(super) fn push_reckonings(&self, sentence: &str, out: &mut Vec<Found>) {
        if !sentence.contains("by ") && !sentence.contains("By ") {
            return;
        }
        // "by" inside the sentence, or "By" opening it ("*By the board's
        // calculation*, the flats cost …").
        for (y, _) in sentence.match_indices("y ") {
            let Some(by) = y.checked_sub(1) else {
                continue;
            };
            let opens = match sentence.as_bytes()[by] {
                b'b' => by == 0 || sentence[..by].ends_with(' '),
                b'B' => sentence[..by].trim_end().is_empty() || sentence[..by].ends_with(", "),
                _ => false,
            };
            if !opens {
                continue;
            }
            let Some((end, owner)) = reckoning_at(sentence, by + 3) else {
                continue;
            };
            if out.iter().any(|f| by < f.end && f.start < end) {
                continue;
            }
            let back_reference = PRONOUN_OWNERS.contains(&owner.to_lowercase().as_str());
            out.push(Found {
                start: by,
                end,
                label: ATTRIBUTION,
                why: format!("reckoning “{}” of “{owner}”", &sentence[by..end]),
                source: Some(self.source_of(owner)),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference,
            });
        }
    }
}

/// After "by " at byte `at`: an owner (a possessive pronoun, or at most
/// [`MAX_OWNER_WORDS`] words, perhaps after "the", ending in "'s"), perhaps a
/// word of [`BETWEEN`], and a noun of [`RECKONINGS`] that ends the clause.
/// The byte where the reckoning ends and the owner's name.
fn reckoning_at(sentence: &str, at: usize) -> Option<(usize, &str)> {
    let window = sentence.get(at..(at + MAX_BYTES).min(sentence.len()))?;
    let mut owner: Option<&str> = None;
    let mut pos = at;
    for (n, raw) in window.split_inclusive(' ').enumerate() {
        let word = raw.trim_end();
        match owner {
            None => {
                let lower = word.to_lowercase();
                if n == 0 && PRONOUN_OWNERS.contains(&lower.as_str()) {
                    owner = Some(&sentence[pos..pos + word.len()]);
                } else if let Some(name) = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))
                    .or_else(|| word.strip_suffix('\''))
                {
                    // "by *the ministry's* count", "by *Oxfam's* count".
                    let the = sentence[at..].starts_with("the ");
                    let start = if the { at + 4 } else { at };
                    let owned = &sentence[start..pos + name.len()];
                    if name.is_empty() || !(the || owned.starts_with(char::is_uppercase)) {
                        return None;
                    }
                    owner = Some(owned);
                } else if n >= MAX_OWNER_WORDS
                    || !word
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                    || word.is_empty()
                {
                    return None;
                }
            }
            Some(name) => {
                let bare = word.trim_end_matches([',', '.', ';', ':', ')', '”', '"']);
                let lower = bare.to_lowercase();
                if RECKONINGS.contains(&lower.as_str()) {
                    let end = pos + bare.len();
                    let closes = bare.len() < word.len()
                        || sentence[end..].trim().is_empty()
                        || sentence[end..].starts_with(" —")
                        || sentence[end..].starts_with(" –");
                    return closes.then_some((end, name));
                }
                if bare.len() < word.len() || !BETWEEN.contains(&lower.as_str()) {
                    return None;
                }
            }
        }
        pos += raw.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::reckoning_at;

    fn reckoning(sentence: &str) -> Option<(String, String)> {
        let at = sentence.rfind(" by ")? + 4;
        reckoning_at(sentence, at)
            .map(|(end, owner)| (sentence[at - 3..end].to_string(), owner.to_string()))
    }

    #[test]
    fn an_owners_reckoning_closing_its_clause() {
        assert_eq!(
            reckoning("Sales fell by half, by the Port Authority's own count."),
            Some((
                "by the Port Authority's own count".into(),
                "Port Authority".into()
            ))
        );
        assert_eq!(
            reckoning("Two hundred came, by its estimate, and left."),
            Some(("by its estimate".into(), "its".into()))
        );
        // The writer's own estimate names no source.
        assert_eq!(reckoning("Two hundred came, by our estimate."), None);
        assert_eq!(
            reckoning("The lake shrank, by Greenpeace's tally"),
            Some(("by Greenpeace's tally".into(), "Greenpeace".into()))
        );
    }

    #[test]
    fn look_alikes_are_no_reckoning() {
        // A count that is the object of something else, a plain passive, an
        // owner in lower case.
        assert_eq!(reckoning("It was hit by the team's count of errors."), None);
        assert_eq!(
            reckoning("The bill was passed by the Senate on Monday."),
            None
        );
        assert_eq!(reckoning("Prices rose, by some estimates, a fifth."), None);
        assert_eq!(reckoning("It was run by the farmer's son."), None);
        assert_eq!(reckoning("Rents rose, by many landlords' count."), None);
        assert_eq!(
            reckoning("Rents rose, by the landlords' count."),
            Some(("by the landlords' count".into(), "landlords".into()))
        );
    }
}
