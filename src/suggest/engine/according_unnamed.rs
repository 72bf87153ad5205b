//! "according to" an unnamed person told by their trade: "according to *a
//! railway employee*", "according to *a dock worker who spoke to reporters on
//! condition of anonymity*". No name follows, so the name finder gives
//! nothing and the cue was dropped; the description is the cited name (with
//! the relative clause or place that tells more of the person, as the
//! annotators keep it: "according to a member of … who attended", "according
//! to a resident it reached by phone") and the source an unnamed one. Only an
//! indefinite determiner and a person's head noun (as after "citing") open
//! it: "according to a court order" names no one.

use super::Suggester;
use super::cited_unnamed::{is_person, is_plain};
use super::knowing::clause_end;
use crate::suggest::lower::lower_in;

/// Determiners that leave the person unnamed, lower case.
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "several", "another",
];

/// Words that may open what tells more of the person: a relative clause or a
/// place, lower case.
const TAIL_STARTS: &[&str] = &[
    "who", "whom", "in", "at", "from", "near", "outside", "inside", "based", "working", "living",
];

/// Speech verbs that show the tail is a clause of its own ("a guard who
/// *said* …"), lower case.
const SPEECH: &[&str] = &["said", "says", "told", "tells", "according"];

/// The most plain words between the determiner and the head.
const MAX_MODIFIERS: usize = 3;

/// The most words of the tail.
const MAX_TAIL_WORDS: usize = 14;

/// The most bytes read after the cue.
const MAX_BYTES: usize = 200;

impl Suggester {
    /// After a cue ending "according to" at byte `end`: the end of an unnamed
    /// person the module doc describes, with its relative clause or place.
    pub(super) fn according_unnamed_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let cue = sentence.get(..end)?;
        if self.rules.attribution.anonymous_source.is_empty()
            || cue.len() < 12
            || !cue.is_char_boundary(cue.len() - 12)
            || !cue[cue.len() - 12..].eq_ignore_ascii_case("according to")
        {
            return None;
        }
        let rest = sentence[end..].strip_prefix(' ')?;
        let rest = &rest[..rest.floor_char_boundary(MAX_BYTES)];
        let stop = rest
            .find(['.', ',', ';', ':', '”', '"', '—', '(', '?', '!'])
            .unwrap_or(rest.len());
        let clause = &rest[..clause_end(rest, stop)];
        let words: Vec<&str> = clause.split(' ').collect();
        if !lower_in(words.first()?, INDEFINITE) {
            return None;
        }
        let mut head = None;
        for (i, word) in words.iter().enumerate().skip(1).take(MAX_MODIFIERS + 1) {
            if !is_plain(word) || lower_in(word, TAIL_STARTS) {
                break;
            }
            if is_person(word) {
                head = Some(i);
            }
        }
        let head = head?;
        // "according to several analysts …": a source word the names read.
        if self.names.after(sentence, end).is_some() {
            return None;
        }
        let tail = &words[head + 1..];
        match tail.first() {
            None => Some(end + 1 + clause.len()),
            Some(opening)
                if lower_in(opening, TAIL_STARTS)
                    && tail.len() <= MAX_TAIL_WORDS
                    && !tail.iter().any(|w| lower_in(w, SPEECH)) =>
            {
                Some(end + 1 + clause.len())
            }
            // "according to a guard, the gate shut": the head alone.
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(sentence: &str) -> Option<String> {
        let s = Suggester::builtin().expect("rules");
        let end = sentence.find("according to").expect("cue") + "according to".len();
        (s.according_unnamed_after(sentence, end)).map(|e| sentence[end..e].trim().to_string())
    }

    #[test]
    fn an_unnamed_person_and_what_tells_more_of_them() {
        assert_eq!(
            cited("Pay fell, according to a dock worker.").as_deref(),
            Some("a dock worker")
        );
        assert_eq!(
            cited("Pay fell, according to a dock worker who spoke on condition of anonymity.")
                .as_deref(),
            Some("a dock worker who spoke on condition of anonymity")
        );
        assert_eq!(cited("Pay fell, according to a court order."), None);
        assert_eq!(cited("Pay fell, according to the dock worker."), None);
        assert_eq!(
            cited("Pay fell, according to a guard who said the gate shut."),
            None
        );
    }
}
