//! A view or estimate given by its owner, a possessive pronoun, as a
//! sentence adverbial: "*In her view*, a reply was unlikely", "But *in my
//! own estimates*, traffic fell". The pronoun stands for the source named
//! before.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;

/// Nouns of a view or estimate its owner holds.
const VIEWS: &[&str] = &[
    "view",
    "opinion",
    "estimate",
    "estimates",
    "assessment",
    "judgement",
    "judgment",
    "reckoning",
];

/// Possessive pronouns that may own a view ("my": a source quoted in the
/// first person; not "our", most often the paper's own).
const OWNERS: &[&str] = &["her", "his", "their", "its", "my"];

/// Words that may stand before the phrase in its clause ("*But* in her
/// view").
const LEADS: &[&str] = &["but", "and", "yet", "so"];

/// The rule id of these attributions.
const RULE: &str = "in-view";

/// The score of these attributions.
const SCORE: f32 = 0.75;

impl Suggester {
    /// Adds to `out` each "in her (own) view," of `sentence` that opens its
    /// clause, is closed by a comma, and overlaps none of its attributions.
    pub(super) fn push_views(&self, sentence: &str, out: &mut Vec<Found>) {
        for (at, _) in sentence.match_indices("n ") {
            let Some(start) = at.checked_sub(1) else {
                continue;
            };
            if !matches!(sentence.as_bytes()[start], b'i' | b'I') {
                continue;
            }
            let Some(end) = view_at(sentence, start) else {
                continue;
            };
            if out.iter().any(|f| start < f.end && f.start < end) {
                continue;
            }
            let owner = sentence[start + 3..].split(' ').next().unwrap_or_default();
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("view “{}” of “{owner}”", &sentence[start..end]),
                source: Some(self.source_of(owner)),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: true,
            });
        }
    }
}

/// At byte `start` ("in"): the end of "in", a pronoun of [`OWNERS`],
/// perhaps "own", and a noun of [`VIEWS`] followed by a comma, when the
/// phrase opens its clause.
fn view_at(sentence: &str, start: usize) -> Option<usize> {
    // Most "in"s are no view's: the owner first, the cheapest look.
    let rest = sentence.get(start + 3..)?;
    if !OWNERS.iter().any(|o| {
        rest.get(..o.len() + 1).is_some_and(|h| {
            h.ends_with(' ') && h.get(..o.len()).is_some_and(|w| w.eq_ignore_ascii_case(o))
        })
    }) {
        return None;
    }
    let before = sentence[..start].trim_end();
    let lead_word = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    let opens = before.is_empty()
        || before.ends_with([',', ';', ':'])
        || (LEADS.contains(&lead_word.as_str())
            && before[..before.len() - lead_word.len()]
                .trim_end()
                .is_empty());
    if !opens || !sentence[start..].get(..3)?.eq_ignore_ascii_case("in ") {
        return None;
    }
    let mut words = sentence[start + 3..].splitn(4, ' ');
    let owner = words.next()?.to_lowercase();
    if !OWNERS.contains(&owner.as_str()) {
        return None;
    }
    let mut noun = words.next()?;
    let mut at = start + 3 + owner.len() + 1;
    if noun == "own" {
        at += noun.len() + 1;
        noun = words.next()?;
    }
    let bare = noun.strip_suffix(',')?;
    VIEWS.contains(&bare).then_some(at + bare.len())
}

#[cfg(test)]
mod tests {
    use super::view_at;

    #[test]
    fn a_view_opening_its_clause() {
        assert_eq!(view_at("In her view, the dam is safe.", 0), Some(11));
        let s = "But in my own estimates, traffic fell.";
        assert_eq!(view_at(s, 4), Some(23));
        let s = "The tram is late; in their opinion, it is doomed.";
        assert_eq!(view_at(s, 18), Some(34));
    }

    #[test]
    fn other_uses_of_view_are_left() {
        assert_eq!(view_at("In her view of the river, the dam looms.", 0), None);
        assert_eq!(view_at("In the view of the court, the law holds.", 0), None);
        let s = "The dam was in her view, she said.";
        assert_eq!(view_at(s, 12), None);
        assert_eq!(view_at("In our view, the law holds.", 0), None);
    }
}
