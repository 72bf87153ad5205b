//! A view or estimate given by its owner as a sentence adverbial: "*In her
//! view*, a reply was unlikely", "But *in my own estimates*, traffic fell",
//! "*In the Secretariat's assessment*, the missile was …", "*In his
//! delegation's view* the drills provoked it", ", which *in our view*
//! points to …". A pronoun owner ("her", "our", "his delegation's") stands
//! for the source named before; a named owner ("the Secretariat's") is read
//! like a subject.

use super::court_reasoning::BENCH;
use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

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
    "telling",
    "experience",
    "estimation",
    // Nouns of an owner's telling or reading of events ("In her account,
    // the recall came in two waves", "In his recollection, …").
    "account",
    "reading",
    "recollection",
    "analysis",
    "interpretation",
];

/// Possessive pronouns that may own a view ("my", "our": a source quoted
/// in the first person, a body's own report).
const OWNERS: &[&str] = &["her", "his", "their", "its", "my", "our"];

/// Words that may stand before the phrase in its clause ("*But* in her
/// view").
const LEADS: &[&str] = &["but", "and", "yet", "so"];

/// Relative words after a comma that the phrase may follow (", *which* in
/// our view points to …").
const RELATIVES: &[&str] = &["which", "that", "who"];

/// Words that, right after the noun with no comma, make it no adverbial but
/// a noun with its complement ("in her view *of* the river").
const COMPLEMENTS: &[&str] = &[
    "of", "on", "about", "from", "to", "at", "over", "toward", "towards", "across", "in", "for",
    "and", "or", "as", "that", "is", "was", "were", "are",
];

/// The most words of a named owner ("the Finance Ministry's").
const MAX_OWNER_WORDS: usize = 4;

/// The rule id of these attributions.
const RULE: &str = "in-view";

/// The score of these attributions.
const SCORE: f32 = 0.75;

impl Suggester {
    /// Adds to `out` each "in her (own) view" of `sentence` that opens its
    /// clause, is closed by a comma or followed by its clause, and overlaps
    /// none of its attributions.
    pub(super) fn push_views(&self, sentence: &str, out: &mut Vec<Found>) {
        for at in crate::suggest::finders::n_spaces(sentence) {
            let Some(start) = at.checked_sub(1) else {
                continue;
            };
            if !matches!(sentence.as_bytes()[start], b'i' | b'I') {
                continue;
            }
            let Some((end, owner)) = view_at(sentence, start) else {
                continue;
            };
            if out.iter().any(|f| start < f.end && f.start < end) {
                continue;
            }
            let first = owner.split(' ').next().unwrap_or_default();
            let pronoun = lower_in(first, OWNERS);
            let back_reference = pronoun || self.is_definite_back_reference(owner);
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("view “{}” of “{owner}”", &sentence[start..end]),
                source: Some(self.source_of(if pronoun { first } else { owner })),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference,
            });
        }
    }
}

/// True when the phrase at byte `start` opens its clause: nothing before
/// it but a comma, semicolon or colon, a lead word ("But"), or a relative
/// word after a comma (", which").
pub(super) fn opens(sentence: &str, start: usize) -> bool {
    let before = sentence[..start].trim_end();
    if before.is_empty() || before.ends_with([',', ';', ':']) {
        return true;
    }
    let word = before.rsplit(' ').next().unwrap_or("");
    let rest = before[..before.len() - word.len()].trim_end();
    (lower_in(word, LEADS) && rest.is_empty()) || (lower_in(word, RELATIVES) && rest.ends_with(','))
}

/// The owner after "in " at byte `at`: a pronoun of [`OWNERS`], or at most
/// [`MAX_OWNER_WORDS`] words ending in a possessive "'s" ("the
/// Secretariat's", "his delegation's"), a bench's left to the court rules.
/// The owner without its "'s" and the byte after it and its space.
fn owner_at(sentence: &str, at: usize) -> Option<(&str, usize)> {
    let window = sentence.get(at..)?;
    let mut pos = at;
    for (n, raw) in window.split_inclusive(' ').enumerate() {
        if n >= MAX_OWNER_WORDS || !raw.ends_with(' ') {
            return None;
        }
        let word = raw.trim_end();
        // "her view", not "*his* delegation's view".
        let owned_next = || {
            (sentence[pos + raw.len()..].split(' ').next())
                .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        };
        if n == 0 && lower_in(word, OWNERS) && !owned_next() {
            return Some((&sentence[at..pos + word.len()], pos + raw.len()));
        }
        if let Some(bare) = (word.strip_suffix("'s"))
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix('\''))
        {
            let named = n > 0 || bare.starts_with(char::is_uppercase);
            if bare.is_empty() || !named || lower_in(bare, BENCH) {
                return None;
            }
            return Some((&sentence[at..pos + bare.len()], pos + raw.len()));
        }
        if word.is_empty()
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
        {
            return None;
        }
        pos += raw.len();
    }
    None
}

/// At byte `start` ("in"): the end of the phrase "in <owner> (own) <view>"
/// and its owner, when the phrase opens its clause and is closed by a
/// comma or followed by the clause it frames.
fn view_at(sentence: &str, start: usize) -> Option<(usize, &str)> {
    if !sentence.get(start..start + 3)?.eq_ignore_ascii_case("in ") {
        return None;
    }
    // Whether the phrase opens its clause is the cheaper test: most "in "
    // of a text stand mid-clause ("in Seoul").
    if !opens(sentence, start) {
        return None;
    }
    let (owner, mut at) = owner_at(sentence, start + 3)?;
    let mut words = sentence[at..].splitn(3, ' ');
    let mut noun = words.next()?;
    if noun == "own" {
        at += noun.len() + 1;
        noun = words.next()?;
    }
    if let Some(bare) = noun.strip_suffix(',') {
        return VIEWS.contains(&bare).then_some((at + bare.len(), owner));
    }
    // No comma: the next word has to start the clause ("In his view the
    // market …"), not a complement of the noun ("in her view of …").
    let next = words.next()?;
    let clause = next.starts_with(char::is_alphabetic) && !lower_in(next, COMPLEMENTS);
    (VIEWS.contains(&noun) && clause).then_some((at + noun.len(), owner))
}

#[cfg(test)]
mod tests {
    use super::view_at;

    fn end(s: &str, at: usize) -> Option<usize> {
        view_at(s, at).map(|(e, _)| e)
    }

    #[test]
    fn a_view_opening_its_clause() {
        assert_eq!(end("In her view, the dam is safe.", 0), Some(11));
        let s = "But in my own estimates, traffic fell.";
        assert_eq!(end(s, 4), Some(23));
        let s = "The tram is late; in their opinion, it is doomed.";
        assert_eq!(end(s, 18), Some(34));
        assert_eq!(end("In our view, the law holds.", 0), Some(11));
        assert_eq!(end("In his view the dam will hold.", 0), Some(11));
    }

    #[test]
    fn a_named_owner() {
        let s = "In the Secretariat's assessment, the rocket was new.";
        assert_eq!(view_at(s, 0), Some((31, "the Secretariat")));
        let s = "In his delegation's view the drills provoked it.";
        assert_eq!(view_at(s, 0), Some((24, "his delegation")));
        // A bench is the court rules'.
        assert_eq!(view_at("In the court's view, he knew.", 0), None);
    }

    #[test]
    fn after_a_relative_word() {
        let s = "Rents fell, which in our view points to a glut.";
        assert_eq!(end(s, 18), Some(29));
        let s = "Rents fell because in our view the glut grew.";
        assert_eq!(end(s, 19), None);
    }

    #[test]
    fn other_uses_of_view_are_left() {
        assert_eq!(end("In her view of the river, the dam looms.", 0), None);
        assert_eq!(end("In the view of the court, the law holds.", 0), None);
        let s = "The dam was in her view, she said.";
        assert_eq!(end(s, 12), None);
        assert_eq!(end("In his view.", 0), None);
        assert_eq!(end("In the company's report, sales rose.", 0), None);
    }
}
