//! An inverted cue whose speaker is described first and named after a comma,
//! closing the sentence: "…, *said the repair yard, Pohang Marine Works*.",
//! "“…,” *said the mill's engineer, Pak Un-hui (박은희)*.", "*said its head,
//! Choi Man-su, who has fished off the island for 35 years*."; or named
//! after a bare role: "*said work-team leader Kim Chol-nam (김철남)*". The
//! name finder reads no source in a determiner-led phrase, so nothing was
//! found. Gold over the 31 sets: every such span runs to the sentence's
//! close, the name (and its gloss or "who" clause) included — 5 after a
//! determiner (fresh26 1, fresh29 3, fresh19 1 with a description between)
//! and 1 after a bare role (fresh29); none was found before.

use super::Suggester;
use super::attribution_words::is_possessive_pronoun_led;
use super::native_gloss::gloss_end;

/// Determiners that open the description, lower case.
const DETERMINERS: &[&str] = &["the", "our", "its", "his", "her", "their", "a", "an"];

/// Words a bare role may not hold (a date, a place or a clause follows the
/// cue instead), lower case.
const NOT_ROLE: &[&str] = &[
    "that",
    "in",
    "on",
    "at",
    "by",
    "for",
    "to",
    "of",
    "with",
    "from",
    "last",
    "this",
    "next",
    "and",
    "but",
    "as",
    "earlier",
    "later",
    "then",
    "also",
    "yesterday",
    "today",
];

/// The most words of the description and of a bare role.
const MAX_DESCRIPTION_WORDS: usize = 5;
const MAX_ROLE_WORDS: usize = 3;
/// The most words of the name.
const MAX_NAME_WORDS: usize = 5;
/// The most words of a closing "who" clause.
const MAX_CLAUSE_WORDS: usize = 16;

/// A described speaker after an inverted cue: the description's bytes (its
/// determiner and words, or the bare role), the name's, and where the
/// span ends.
pub(super) struct Described {
    pub description: (usize, usize),
    pub name: (usize, usize),
    pub end: usize,
}

/// A plain description word: lower case letters, hyphens, a possessive.
fn plain_word(word: &str) -> bool {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    !bare.is_empty() && bare.chars().all(|c| c.is_lowercase() || c == '-')
}

/// A name's word: capitalised ("Pak", "Un-hui", "Ms", "Dr.").
fn name_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'' || c == '’')
}

/// Words of `sentence` from byte `at` (after one space each), up to the
/// first byte that is no word of `fits`, at most `max`; returns the end.
fn words_while(
    sentence: &str,
    mut at: usize,
    max: usize,
    fits: impl Fn(&str) -> bool,
) -> (usize, usize) {
    let mut count = 0;
    while count < max {
        let Some(rest) = sentence[at..].strip_prefix(' ') else {
            break;
        };
        let word = rest
            .split([' ', ',', ';', ':', '(', '“', '”', '"'])
            .next()
            .unwrap_or("");
        // A closing full stop is no part of the word ("Works.").
        let word = if word.len() > 1 && word.ends_with('.') && !fits_abbreviation(word) {
            &word[..word.len() - 1]
        } else {
            word
        };
        if word.is_empty() || !fits(word) {
            break;
        }
        at += 1 + word.len();
        count += 1;
    }
    (at, count)
}

/// "Dr.", "Mr.", "St.": a title's full stop belongs to it.
fn fits_abbreviation(word: &str) -> bool {
    ["Dr.", "Mr.", "Ms.", "Mrs.", "St.", "Prof."].contains(&word)
}

/// True when nothing but a full stop and closing quotes follows.
fn closes(rest: &str) -> bool {
    rest.trim_end()
        .trim_end_matches(['”', '"', '’', '\''])
        .trim_end_matches(['.', '!', '?'])
        .trim_end()
        .is_empty()
}

/// After an inverted cue ending at byte `end` of `sentence` (which has a
/// comma or quote before the cue): a described speaker closing the sentence.
pub(super) fn described_after(sentence: &str, end: usize) -> Option<Described> {
    let rest = sentence.get(end..)?.strip_prefix(' ')?;
    let first = rest.split(' ').next()?;
    let determiner = DETERMINERS.contains(&first);
    if !determiner && !first.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let (name_start, description) = if determiner {
        let (d_end, n) = words_while(
            sentence,
            end + 1 + first.len(),
            MAX_DESCRIPTION_WORDS,
            plain_word,
        );
        let after = sentence[d_end..].strip_prefix(", ")?;
        if n == 0 {
            return None;
        }
        (sentence.len() - after.len() - 1, (end + 1, d_end))
    } else {
        let (d_end, n) = words_while(sentence, end, MAX_ROLE_WORDS, |w| {
            plain_word(w) && !NOT_ROLE.contains(&w) && !w.contains(['\'', '’'])
        });
        if n == 0 {
            return None;
        }
        (d_end, (end + 1, d_end))
    };
    let (name_end, words) = words_while(sentence, name_start, MAX_NAME_WORDS, name_word);
    // A bare role needs a full name ("team leader Kim Chol-nam").
    if words == 0 || (!determiner && words < 2) {
        return None;
    }
    let mut span_end = name_end;
    if let Some(g) = gloss_end(&sentence[span_end..]) {
        span_end += g;
    }
    let tail = &sentence[span_end..];
    if closes(tail) {
        return Some(Described {
            description,
            name: (name_start + 1, name_end),
            end: span_end,
        });
    }
    // "…, Choi Man-su, who has fished off the island for 35 years."
    let clause = tail.strip_prefix(", ")?;
    if !(clause.starts_with("who ") || clause.starts_with("whose ")) {
        return None;
    }
    let body = clause
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .trim_end();
    if body.split_whitespace().count() > MAX_CLAUSE_WORDS
        || body.contains([',', ';', ':', '“', '”', '"', '(', '—'])
    {
        return None;
    }
    Some(Described {
        description,
        name: (name_start + 1, name_end),
        end: span_end + 2 + body.len(),
    })
}

impl Suggester {
    /// A cue-first attribution's speaker described, then named ("said the
    /// repair yard, Pohang Marine Works"): where the span ends, the name, and
    /// its source — `None` when a possessive leads the description ("said its
    /// head, X"), which refers back to the body named before.
    pub(super) fn described_speaker<'s>(
        &self,
        sentence: &'s str,
        end: usize,
    ) -> Option<(usize, &'s str, Option<String>)> {
        let d = described_after(sentence, end)?;
        let description = &sentence[d.description.0..d.description.1];
        let source = (!is_possessive_pronoun_led(description))
            .then(|| self.described_after_source(sentence, &d));
        Some((d.end, &sentence[d.name.0..d.name.1], source))
    }

    /// The source of a described speaker: the family's for kin ("her son"),
    /// else the name's or its description's as for an appositive.
    pub(super) fn described_after_source(&self, sentence: &str, d: &Described) -> String {
        let description = &sentence[d.description.0..d.description.1];
        let name = &sentence[d.name.0..d.name.1];
        if let Some(family) = self.kin_source(description) {
            return family;
        }
        self.appositive_source(name, description)
    }
}

#[cfg(test)]
mod tests {
    use super::described_after;

    fn span(sentence: &str, cue: &str) -> Option<String> {
        let end = sentence.find(cue)? + cue.len();
        let d = described_after(sentence, end)?;
        Some(sentence[end - cue.len()..d.end].to_string())
    }

    #[test]
    fn a_speaker_described_then_named() {
        let t = "The hull was sound, said the repair yard, Harbour Marine Works.";
        assert_eq!(
            span(t, "said").as_deref(),
            Some("said the repair yard, Harbour Marine Works")
        );
        let t = "“It was late,” said the ferry's captain, Lee Min-ho (이민호).";
        assert_eq!(
            span(t, "said").as_deref(),
            Some("said the ferry's captain, Lee Min-ho (이민호)")
        );
        let t = "“It was late,” said its head, Choi Man-su, who has fished here for 35 years.";
        assert_eq!(
            span(t, "said").as_deref(),
            Some("said its head, Choi Man-su, who has fished here for 35 years")
        );
        let t = "“It was late,” said team leader Kim Chol-nam (김철남).";
        assert_eq!(
            span(t, "said").as_deref(),
            Some("said team leader Kim Chol-nam (김철남)")
        );
        let t = "“It was late,” said our teacher, Ms Oh Seon-hwa.";
        assert_eq!(
            span(t, "said").as_deref(),
            Some("said our teacher, Ms Oh Seon-hwa")
        );
    }

    #[test]
    fn no_speaker_described() {
        assert_eq!(span("It was late, said the captain.", "said"), None);
        assert_eq!(
            span(
                "It was late, said the captain, adding that it rained.",
                "said"
            ),
            None
        );
        assert_eq!(
            span("It was late, said on Monday Kim Chol-nam.", "said"),
            None
        );
        assert_eq!(
            span(
                "It was late, said the yard, Harbour Works, in a statement.",
                "said"
            ),
            None
        );
        assert_eq!(span("It was late, said captain Kim.", "said"), None);
    }
}
