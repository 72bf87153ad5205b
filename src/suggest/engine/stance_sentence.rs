//! A group's or person's stance given as a whole sentence, comparing it with
//! views just reported: "*Others are less sure.*", "*Other analysts who
//! follow the zone were more cautious.*", "*A U.S. participant with a
//! government background was more sceptical.*" The sentence is the
//! attribution: what its subject holds follows in the next sentences. Only a
//! subject holding a people noun of [`PEOPLE`] (or "others") is read, so
//! that a named person's mood ("Yoon was more cautious") is left, as the
//! sets annotate it.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// Comparatives before the stance ("less sure", "more sceptical").
const COMPARATIVES: &[&str] = &["less", "more"];

/// Degree words before the comparative ("far less sure").
const DEGREES: &[&str] = &[
    "far", "much", "even", "rather", "somewhat", "a", "bit", "little",
];

/// Adjectives of a stance towards a claim.
const STANCES: &[&str] = &[
    "sure",
    "certain",
    "convinced",
    "sceptical",
    "skeptical",
    "cautious",
    "doubtful",
    "optimistic",
    "pessimistic",
    "confident",
    "guarded",
    "circumspect",
    "sanguine",
    "upbeat",
    "alarmed",
    "worried",
];

/// The copulas of the sentence.
const COPULAS: &[&str] = &["is", "are", "was", "were"];

/// People nouns a subject holds ("analysts", "participant") or "others".
const PEOPLE: &[&str] = &[
    "others",
    "analysts",
    "analyst",
    "experts",
    "expert",
    "participants",
    "participant",
    "observers",
    "economists",
    "economist",
    "scholars",
    "scholar",
    "researchers",
    "researcher",
    "diplomats",
    "diplomat",
    "officials",
    "official",
    "traders",
    "dealers",
    "investors",
    "lawmakers",
    "critics",
    "commentators",
    "specialists",
    "academics",
    "academic",
    "delegates",
    "members",
];

/// The source of a group without a name ("Others").
const UNNAMED_GROUP: &str = "some analysts";

/// The most words of the subject.
const MAX_SUBJECT_WORDS: usize = 12;

/// The rule id of these attributions.
const RULE: &str = "stance-sentence";

/// The score of these attributions.
const SCORE: f32 = 0.7;

impl Suggester {
    /// Adds to `out` the whole of `sentence` when it is "<people> <copula>
    /// (<degree>) <comparative> <stance>." and overlaps no attribution.
    pub(super) fn push_stance_sentence(&self, sentence: &str, out: &mut Vec<Found>) {
        let Some((start, end, copula)) = stance_sentence(sentence) else {
            return;
        };
        if out.iter().any(|f| start < f.end && f.start < end) {
            return;
        }
        let subject = sentence[start..copula].trim_end();
        // A bare "Others" set against views just reported is a group
        // without a name, which the sets file as "some analysts" (fresh4,
        // fresh19: 4 of the 5 annotated "Others" with a stance or verb).
        let source = if subject.eq_ignore_ascii_case("others") {
            UNNAMED_GROUP.to_string()
        } else {
            self.source_of(subject)
        };
        out.push(Found {
            start,
            end,
            label: ATTRIBUTION,
            why: format!("stance “{}” of “{subject}”", &sentence[copula..end]),
            source: Some(source),
            rule: RULE.to_string(),
            score: SCORE,
            back_reference: false,
        });
    }
}

/// The sentence's span without its full stop and the byte of its copula,
/// when it reads "<subject> <copula> (<degree>…) <comparative> <stance>."
/// with a people noun in a subject of at most [`MAX_SUBJECT_WORDS`] words.
fn stance_sentence(sentence: &str) -> Option<(usize, usize, usize)> {
    let trimmed = sentence.trim_end();
    let body = trimmed.strip_suffix('.')?;
    // The cheap test first: most sentences end in no stance adjective.
    if !body
        .rsplit(' ')
        .next()
        .is_some_and(|w| lower_in(w, STANCES))
    {
        return None;
    }
    let start = body.len() - body.trim_start().len();
    let words: Vec<(usize, &str)> = (body.split(' ').scan(0usize, |at, w| {
        let here = *at;
        *at += w.len() + 1;
        Some((here, w))
    }))
    .filter(|(_, w)| !w.is_empty())
    .collect();
    let n = words.len();
    if n < 4 || !lower_in(words[n - 1].1, STANCES) || !lower_in(words[n - 2].1, COMPARATIVES) {
        return None;
    }
    let mut c = n - 3;
    while c > 0 && lower_in(words[c].1, DEGREES) {
        c -= 1;
    }
    if c == 0 || c > MAX_SUBJECT_WORDS || !lower_in(words[c].1, COPULAS) {
        return None;
    }
    let people = words[..c].iter().any(|(_, w)| {
        let w = w.trim_end_matches([',', ';']);
        lower_in(w, PEOPLE)
    });
    // A question or a clause is no subject ("What was more certain").
    let opener = words[0].1;
    if !people || !opener.starts_with(char::is_uppercase) {
        return None;
    }
    Some((start, body.len(), words[c].0))
}

#[cfg(test)]
mod tests {
    use super::stance_sentence;

    fn span(s: &str) -> Option<&str> {
        stance_sentence(s).map(|(a, b, _)| &s[a..b])
    }

    #[test]
    fn a_group_less_sure() {
        assert_eq!(span("Others are less sure."), Some("Others are less sure"));
        let s = "Other analysts who follow the port were far more cautious.";
        assert_eq!(span(s), Some(&s[..s.len() - 1]));
        let s = "A Dutch participant with a trading background was more sceptical.";
        assert_eq!(span(s), Some(&s[..s.len() - 1]));
    }

    #[test]
    fn other_sentences_are_left() {
        // A named person, a thing, a stance with more after it.
        assert_eq!(span("Yoon was more cautious."), None);
        assert_eq!(span("The forecast is less sure."), None);
        assert_eq!(span("Others are less sure of the dates."), None);
        assert_eq!(span("Others were more cautious"), None);
    }
}
