//! A sentence inside a quotation: "“*We were counted every morning and every
//! night.* If one girl was missing, …,” she said." A quoted sentence away from
//! its attribution holds no fact cue more often than not (no number, no name),
//! yet what a source says in a quotation is a claim. Counted in all sets'
//! gold (session 26): sentences of a quotation no rule suggested anything in
//! are a claim 29 times, unmarked 12, speculation 3; with five words or more
//! and a verb, a claim 24 times against 7.
//!
//! The clause needs a verb: a finite one [`has_finite_verb`] sees, or a
//! personal pronoun opening it ("*They took* the bodies out at night"); a
//! fragment ("Still no signal at the gate", a title) is no claim.
//!
//! Not read: a quotation that closes inside the clause (`"Chollima" is the
//! name …`, a title or an unread attribution after it), questions, clauses
//! under five words ("That is enough."), and clauses opening with a word the
//! claims' `not_first_words` refuse ("If …", "When …").

use super::clause_edges::has_finite_verb;

/// How far back a sentence's paragraph is read for an open quotation, in
/// bytes: the quotation mark count stops there (no whole-text scans).
const LOOK_BACK: usize = 4096;

/// The fewest words a quoted clause needs to be read as a claim.
const MIN_WORDS: usize = 5;

/// True when the sentence at byte `s` of `text` (`sentence` = its text) lies
/// inside a quotation: it opens with a quotation mark, or its paragraph
/// before it leaves one open (more “ than ”, an odd number of ").
pub(super) fn inside_quotation(text: &str, s: usize, sentence: &str) -> bool {
    if sentence.trim_start().starts_with(['“', '"']) {
        return true;
    }
    let mut from = s.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..s) else {
        return false;
    };
    let Some(line) = before.rfind('\n') else {
        // The window holds no paragraph start: too long to read, say no.
        if from > 0 {
            return false;
        }
        return open_in(before);
    };
    open_in(&before[line + 1..])
}

/// True when `part` (a paragraph's text up to a sentence) leaves a quotation
/// open.
fn open_in(part: &str) -> bool {
    let (mut open, mut close, mut straight) = (0usize, 0usize, 0usize);
    // Byte search: '"', and the lead byte of "“" (E2 80 9C) and "”" (E2 80 9D).
    let bytes = part.as_bytes();
    for at in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match (bytes[at], bytes.get(at + 1..at + 3)) {
            (b'"', _) => straight += 1,
            (_, Some([0x80, 0x9C])) => open += 1,
            (_, Some([0x80, 0x9D])) => close += 1,
            _ => {}
        }
    }
    open > close || straight % 2 == 1
}

/// True when `clause` (trimmed) can be read as a quoted claim: five words or
/// more, a finite verb, no question, and no quotation mark inside it other
/// than at its two ends.
pub(super) fn quoted_claim(clause: &str) -> bool {
    let inner = clause
        .trim()
        .trim_start_matches(['“', '"', '‘', '\''])
        .trim_end_matches(['”', '"', '’', '\'', '.', '!', ',', ' ']);
    !inner.is_empty()
        && !inner.contains(['“', '”', '"', '?'])
        && inner.split_whitespace().count() >= MIN_WORDS
        && (has_finite_verb(inner) || pronoun_subject(inner))
}

/// Personal pronouns that open a clause as its subject.
const SUBJECT_PRONOUNS: &[&str] = &["I", "We", "He", "She", "They"];

/// True when `clause` opens with a personal pronoun and a lower-case word
/// after it ("*We store* them on servers"): a subject and its verb, which
/// [`has_finite_verb`] misses for a plain present or irregular past.
fn pronoun_subject(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    SUBJECT_PRONOUNS.contains(&first) && second.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_after_an_open_quotation_is_inside() {
        let text = "“We waited all night. Nobody came to help us,” she said.";
        let s = text.find("Nobody").unwrap_or(0);
        assert!(inside_quotation(text, s, &text[s..]));
        let plain = "The port closed. Ships waited outside.";
        let s = plain.find("Ships").unwrap_or(0);
        assert!(!inside_quotation(plain, s, &plain[s..]));
        let closed = "He said \"no\" twice. Ships waited outside.";
        let s = closed.find("Ships").unwrap_or(0);
        assert!(!inside_quotation(closed, s, &closed[s..]));
    }

    #[test]
    fn a_quoted_claim_has_a_verb_and_five_words() {
        assert!(quoted_claim("“We sold the boat to a broker in Dalian."));
        assert!(quoted_claim("We keep the logs on paper now."));
        assert!(!quoted_claim("Still no signal at the north gate."));
        assert!(!quoted_claim("That is enough."));
        assert!(!quoted_claim("Who sold the boat to the broker?"));
        assert!(!quoted_claim("“Chollima” is the name of the horse."));
    }
}
