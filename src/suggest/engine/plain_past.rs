//! A clause that tells a past event in plain form: a subject, then a
//! simple past verb ("A patrol boat *towed* it ashore", "A tractor
//! *overturned* into a ditch", "It *was returned* to its owner"). Such a
//! clause is a claim even when no capitalised actor names who acted; the
//! article's notes about itself are told in the present ("The extract *is
//! shortened*", "Quotations *are edited* for length") or by the writer
//! ("We *reproduce* …", "I *checked* …") and stay out.

/// How many words are read for the clause's verb: a subject is short.
const VERB_REACH: usize = 10;

/// Words that open the newsroom's voice ("We reproduce …", "We received
/// …"); a speaker's "I was allowed …" tells an event.
const FIRST_PERSON: &[&str] = &["we", "our", "us"];

/// Words before an "-ed" word that make it an adjective ("a *numbered*
/// ring") or the head of a relative clause ("who *retired*").
const NOT_BEFORE_VERB: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "this", "that", "these", "those", "our", "my",
    "your", "some", "any", "no", "every", "each", "who", "which", "and", "or", "of", "not",
];

/// Verbs that put a label on something when a quotation follows ("The
/// paper *called* the plan “a farce”"): a characterisation, no event.
const LABEL_VERBS: &[&str] = &["called", "described", "accused", "branded", "dubbed"];

/// Present forms of "be": "is shortened" is a present passive.
const PRESENT_BE: &[&str] = &["is", "are", "am", "be", "being"];

/// Words in "-ed" that are no verb.
const NOT_VERBS: &[&str] = &[
    "hundred", "indeed", "speed", "need", "seed", "feed", "breed",
];

/// True when `clause` has a subject and then, within its first words, a
/// simple past verb in "-ed" that is not a present passive, and does not
/// open in the first person or with a participle.
pub(super) fn plain_past(clause: &str) -> bool {
    fn bare(w: &str) -> &str {
        // Most words are bare already: nothing to trim.
        let b = w.as_bytes();
        if b.first().is_some_and(u8::is_ascii_alphanumeric)
            && b.last().is_some_and(u8::is_ascii_alphanumeric)
        {
            return w;
        }
        w.trim_matches(|c: char| !crate::suggest::letters::is_alphanumeric(c))
    }
    /// `w` is one of `list` (lower case), whatever its case.
    fn among(list: &[&str], w: &str) -> bool {
        list.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
    /// `w` ends in `end` (lower case, ASCII), whatever its case.
    fn ends_in(w: &str, end: &str) -> bool {
        w.len() >= end.len()
            && w.as_bytes()[w.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
    }
    // Cheap first: a word of the clause ends in "ed" (the past verb does).
    let bytes = clause.as_bytes();
    let ends_in_ed = |at: usize| !bytes.get(at + 2).is_some_and(u8::is_ascii_alphanumeric);
    if !memchr::memmem::find_iter(bytes, b"ed").any(ends_in_ed) {
        return false;
    }
    // Word by word up to the verb: the words after it are not read.
    let mut words = clause
        .split_whitespace()
        .map(bare)
        .take(VERB_REACH)
        .peekable();
    let Some(first) = words.next() else {
        return false;
    };
    // "Yes, and it has …": an answer's assent, the speaker's stance.
    let answer = among(&["yes", "no"], first)
        && clause
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with(','));
    if among(FIRST_PERSON, first) || ends_in(first, "ing") || ends_in(first, "ed") || answer {
        return false;
    }
    // The two words before the one read.
    let (mut before_that, mut before) = (None, first);
    while let Some(w) = words.next() {
        let past = w.len() >= 5
            && w.ends_with("ed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_VERBS.contains(&w);
        if !past || among(NOT_BEFORE_VERB, before) {
            (before_that, before) = (Some(before), w);
            continue;
        }
        // "is shortened", "are lightly edited": a present passive.
        let adverb_after_be =
            ends_in(before, "ly") && before_that.is_some_and(|b| among(PRESENT_BE, b));
        // "called *to* report …" is an act, not a label.
        let next = words.peek().copied().unwrap_or("");
        let labels = LABEL_VERBS.contains(&w)
            && !["to", "on", "for", "in", "off"].contains(&next)
            && clause.contains(['"', '“']);
        return !among(PRESENT_BE, before) && !adverb_after_be && !labels;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::plain_past;

    #[test]
    fn a_subject_and_a_past_verb() {
        assert!(plain_past("A fishing boat towed the raft to the pier"));
        assert!(plain_past(
            "the crate was handed to customs officers at noon"
        ));
        assert!(plain_past("A lorry skidded into the river"));
        assert!(plain_past("its office line has been disconnected"));
    }

    #[test]
    fn no_subject_a_present_passive_or_the_writer() {
        assert!(!plain_past("The transcript is lightly edited for clarity"));
        assert!(!plain_past("Its appendix is reproduced below"));
        assert!(!plain_past("We checked the ledger twice"));
        assert!(plain_past("I was allowed one visit to the mill"));
        assert!(!plain_past("asked not to be identified"));
        assert!(!plain_past("A grey heron with a numbered ring"));
        assert!(!plain_past("Three hundred people"));
        assert!(!plain_past("Yes, and it has changed the talks"));
        assert!(!plain_past("The paper called the plan “a farce”"));
        assert!(plain_past(
            "A driver called to report “smoke” over the pass"
        ));
        assert!(!plain_past("names of people not charged are kept back"));
    }
}
