//! A second present-tense predicate after " and ", with no subject of its
//! own, when the first is present-tense too ("the app takes a screenshot
//! *and stores* it in a hidden folder", "the agency has no inspectors there
//! *and relies* on satellite images"). Counted in the gold of all sets
//! (session 23): " and <verb>s <object>" after a present predicate split 4
//! times (fresh4, fresh7, fresh13, fresh16), kept whole never.
//!
//! Read by shape as `coordinated.rs` reads past predicates: the word after
//! " and " ends in "-s" (a third-person verb) and the word after it opens an
//! object; the clause before holds "has"/"is"/"does" or another "-s" word
//! (not its first) followed by an object opener, so a plural noun in a
//! subject ("officials and diplomats from Japan met") is not taken for one.

use super::coordinated::{clause_before_and, ends_clause, has_subordinator, too_short};

/// Words that open a verb's object or complement here: determiners,
/// pronouns and the prepositions "on" and "to" ("relies *on*"). Other
/// prepositions ("counties *in* Gangwon", "leaflets *about* …") follow
/// plural nouns as often as verbs, so they are left out.
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "them", "it", "him", "us", "no", "each", "every", "all", "some", "on", "to",
];

/// True when `word` opens an object ([`OBJECT_OPENERS`] or a figure).
fn opens_object(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || OBJECT_OPENERS.contains(&word)
}

/// Present-tense auxiliaries that show the clause before " and " is
/// present-tense.
const PRESENT: &[&str] = &["has", "is", "does"];

/// Third-person "-s" forms that report speech: the attribution rules'
/// ("adds" only before "that": "and *adds* a section" is a deed).
const REPORTING: &[&str] = &["says", "tells"];

/// True when `word` may be a third-person present verb: lower case, at least
/// four letters, ending in "s" but not "ss", "us" or "is".
fn third_person(word: &str) -> bool {
    word.len() >= 4
        && word.chars().all(|c| c.is_ascii_lowercase())
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// True when `before` (the clause before " and ") holds a present-tense
/// predicate: "has"/"is"/"does", or a third-person word (not the first)
/// followed by an object opener.
fn present_before(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    words.iter().any(|w| PRESENT.contains(w))
        || words
            .windows(2)
            .skip(1)
            .any(|w| third_person(w[0]) && opens_object(w[1]))
}

/// The " and " breaks of `sentence` before a second present-tense predicate
/// without a subject of its own, the break's `(start, end)` with its
/// spaces. Only the words next to each " and " are read.
pub(super) fn present_predicate_breaks(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for at in crate::suggest::finders::ands(sentence) {
        let mut after = sentence[at + 5..].split_whitespace();
        let (Some(verb), Some(next), Some(third)) = (after.next(), after.next(), after.next())
        else {
            continue;
        };
        if !third_person(verb)
            || REPORTING.contains(&verb)
            || (verb == "adds" && next == "that")
            || !opens_object(next)
            || ends_clause(next)
            || ends_clause(third)
        {
            continue;
        }
        let before = clause_before_and(sentence, at);
        if too_short(before) || has_subordinator(before) || !present_before(before) {
            continue;
        }
        out.push((at, at + 5));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broken_at(sentence: &str) -> Vec<&str> {
        super::super::coordinated::text_after_breaks(present_predicate_breaks, sentence)
    }

    #[test]
    fn a_second_present_predicate_is_broken_off() {
        assert_eq!(
            broken_at("the app takes a photo of the screen and stores it in a hidden folder"),
            vec!["stores it in a hidden folder"]
        );
        assert_eq!(
            broken_at("the agency has no staff in the country and relies on satellite images"),
            vec!["relies on satellite images"]
        );
    }

    #[test]
    fn plural_nouns_subordinates_and_reporting_verbs_stay_whole() {
        assert!(
            broken_at("South Korean officials and diplomats from Japan met in Busan").is_empty()
        );
        assert!(broken_at("imports of coal and exports to China fell in May").is_empty());
        assert!(broken_at("the firm sells the parts and says the prices are fair").is_empty());
        assert!(broken_at("the firm sells the parts and adds that the prices are fair").is_empty());
        assert!(broken_at("the press covers rice and beans").is_empty());
        assert!(
            broken_at("schools in 14 cities and counties in Gangwon would stay shut").is_empty()
        );
        assert!(
            broken_at("a programme that pays for broadcasts and leaflets about the South")
                .is_empty()
        );
    }
}
