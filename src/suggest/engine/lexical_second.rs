//! " and " before a second clause whose subject has a determiner and whose
//! verb is a lexical one, no auxiliary: "… closed on 2 November *and a
//! restaurant with the same name opened* 1.4 km away", "… waited for the
//! tide *and a patrol boat towed* the vessel off", "… performed at 8 p.m.
//! *and the menu now lists* prices". `reported::opens_second_subject`
//! reads the same subject before an auxiliary ("and the laptops *were*");
//! this reads a past-tense verb ("-ed" or a common irregular past) or a
//! present "-s" verb after an adverb ("now lists") or before an object
//! opener ("accepts only"), at least one noun after the determiner.
//!
//! Not a participle: the verb is followed by no preposition ("the tombs
//! *listed in* 2004 and the monuments *listed in* 2013" stay one list) and
//! by no second participle ("a notebook *found wedged* under"); the clause
//! before " and " holds a verb past its last reporting verb and no
//! subordinate opening ("who", "when", …), so "the delay between the report
//! and the photographs suggests …" (one subject) stays whole.
//!
//! Counted in the gold of all 29 sets (fresh27: 228–231 only), session 34:
//! fires 4 times, split 4 (fresh25 ×2, fresh27 ×2), kept whole 0.

use super::coordinated::{clause_before_and, ends_clause, has_subordinator, is_past};

/// Determiners that open the second subject.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our",
];

/// Auxiliaries: in the clause before " and " they make it a clause; inside
/// the second subject they leave it to `reported::opens_second_subject`.
const AUXILIARIES: &[&str] = &[
    "was", "were", "had", "has", "have", "is", "are", "would", "will", "could", "did", "can",
    "may", "might", "must", "should", "be", "been", "do", "does",
];

/// Relative words: inside the subject they end the reading.
const STOPS: &[&str] = &["who", "which", "that", "whose"];

/// Prepositions: after the verb they make it a participle ("listed in").
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "from", "with", "for", "to", "under", "during", "near", "into", "over",
    "after", "before", "since", "as", "of",
];

/// Adverbs that, before an "-s" word, make it a present-tense verb ("now
/// lists").
const ADVERBS: &[&str] = &[
    "now", "also", "still", "only", "often", "usually", "already",
];

/// Words after an "-s" word that make it a verb with its object ("accepts
/// *only* roubles").
const OBJECT_OPENERS: &[&str] = &[
    "only", "the", "a", "an", "its", "their", "no", "all", "some",
];

/// Reporting verbs: the clause before " and " is read after the last one.
const REPORTING: &[&str] = &["said", "says", "told", "reported", "added"];

/// The most words read after " and ".
const MOST_WORDS: usize = 10;

/// True when `word` is a figure or a large number's word: "won" after it
/// is the currency ("45 billion won").
fn counts(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || ["hundred", "thousand", "million", "billion", "trillion"].contains(&word)
}

/// True when `word` (lower case) looks like a present-tense verb in "-s"
/// given the words around it.
fn is_present(previous: &str, word: &str, next: &str) -> bool {
    word.len() >= 5
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (ADVERBS.contains(&previous)
            || OBJECT_OPENERS.contains(&next)
            || next.starts_with(|c: char| c.is_ascii_digit()))
}

/// True when `rest` (the words after " and ") opens with a determiner, a
/// subject of up to [`MOST_WORDS`] words and a lexical verb (see the module
/// doc).
fn opens_lexical_clause(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(MOST_WORDS + 1).collect();
    if !words.first().is_some_and(|w| DETERMINERS.contains(w)) {
        return false;
    }
    for i in 2..words.len().saturating_sub(1) {
        let previous = words[i - 1];
        if ends_clause(previous) || AUXILIARIES.contains(&previous) || STOPS.contains(&previous) {
            return false;
        }
        let (word, next) = (words[i], words[i + 1]);
        let next_bare = next.trim_end_matches(',');
        let verb = is_past(word) || is_present(previous, word, next_bare);
        if verb
            && !ends_clause(word)
            && !DETERMINERS.contains(&previous)
            && !PREPOSITIONS.contains(&previous)
            && !PREPOSITIONS.contains(&next_bare)
            && !is_past(next_bare)
            && !(word == "won" && counts(previous))
        {
            return true;
        }
    }
    false
}

/// True when the clause before " and " (at byte `at` of `sentence`) holds a
/// verb after its last reporting verb and no subordinate opening there.
fn clause_before(sentence: &str, at: usize) -> bool {
    let before = clause_before_and(sentence, at);
    let after_cue = before
        .split_whitespace()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|w| REPORTING.contains(w))
        .map_or(0, |i| i + 1);
    let own: Vec<&str> = before.split_whitespace().skip(after_cue).collect();
    own.len() >= 3
        && !has_subordinator(&own.join(" "))
        && own.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            is_past(w) || AUXILIARIES.contains(&w)
        })
}

/// The " and " breaks of `sentence` before such a second clause: `(start,
/// end)`, the spaces included.
pub(super) fn lexical_breaks(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for at in crate::suggest::finders::ands(sentence) {
        let rest = &sentence[at + 5..];
        // Cheap first: the word after " and " is a determiner.
        let first = rest.split(' ').next().unwrap_or_default();
        if DETERMINERS.contains(&first) && opens_lexical_clause(rest) && clause_before(sentence, at)
        {
            out.push((at, at + 5));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(sentence: &str) -> Vec<&str> {
        super::super::coordinated::text_after_breaks(lexical_breaks, sentence)
    }

    #[test]
    fn a_second_subject_with_a_lexical_verb_is_a_clause() {
        assert_eq!(
            after(
                "The shop on Main Street closed in May and a cafe with the same owner opened next door in June."
            ),
            vec!["a cafe with the same owner opened next door in June."]
        );
        assert_eq!(
            after("She said the band played at nine and the bar now sells beer in cans."),
            vec!["the bar now sells beer in cans."]
        );
    }

    #[test]
    fn participles_and_one_subject_stay_whole() {
        assert!(
            after(
                "It has two parks, the north park listed in 2004 and the south park listed in 2013."
            )
            .is_empty()
        );
        assert!(
            after("He said the gap between the first report and the second suggests a delay.")
                .is_empty()
        );
        assert!(
            after("Police planned to examine the engine and a notebook found wedged under a seat.")
                .is_empty()
        );
    }
}
