//! A speaker introduced before a colon, as in call-in summaries, interview
//! transcripts and letters pages: "First caller, a farmer in Yeoncheon who
//! gave her name as Kim: …", "Fourth caller, a man in Paju who runs a
//! campsite: …". A label (at most four words, no verb), a comma, an
//! appositive opened by a determiner whose own words name no verb before a
//! relative pronoun ("who runs …" describes the speaker), then the colon:
//! who speaks next, no claim.
//!
//! Gold, all sets and fresh24 204–207: 13 paragraph openings "<words>,
//! <appositive>…: "; the 7 without a verb of their own are unmarked
//! (fresh24 5: four had been suggested as claims by their ordinal or
//! figure), the 6 with one ("…, writes:", "Closing the hour, the host
//! read …:", a hedge) are attributions, claims or speculation and are
//! left to the other rules.

use super::clause_shape::{bare_words, names_a_verb};

/// Determiners that open the appositive describing the speaker.
const OPENERS: &[&str] = &["a", "an", "the", "his", "her", "their", "our"];

/// Relative pronouns after which the appositive's verbs describe the
/// speaker, not assert.
const RELATIVES: &[&str] = &["who", "whose", "which", "that", "where"];

/// The most words of the label before the comma.
const MOST_LABEL_WORDS: usize = 4;

/// True when `clause` (bytes `[start, end)` of `sentence`) opens its
/// sentence, ends at a colon and is a label with an appositive.
pub(super) fn is_speaker_intro(sentence: &str, start: usize, end: usize) -> bool {
    // Cheap first: a colon right after the clause.
    if !sentence[end..].trim_start().starts_with(':')
        || !super::clause_edges::at_clause_start(sentence, start)
    {
        return false;
    }
    let clause = &sentence[start..end];
    let Some((label, appositive)) = clause.split_once(", ") else {
        return false;
    };
    let label_words = bare_words(label);
    let words = bare_words(appositive);
    let before_relative: Vec<String> = words
        .iter()
        .take_while(|w| !RELATIVES.contains(&w.to_lowercase().as_str()))
        .cloned()
        .collect();
    // "Closing the hour, the host read …": a participle opens no label.
    label_words
        .first()
        .is_some_and(|w| !w.to_lowercase().ends_with("ing"))
        && label_words.len() <= MOST_LABEL_WORDS
        && !names_a_verb(&label_words)
        && words
            .first()
            .is_some_and(|w| OPENERS.contains(&w.to_lowercase().as_str()))
        && !names_a_verb(&before_relative)
}

#[cfg(test)]
mod tests {
    use super::is_speaker_intro;

    fn intro(sentence: &str) -> bool {
        let end = sentence.find(':').expect("a colon");
        is_speaker_intro(sentence, 0, end)
    }

    #[test]
    fn a_label_and_an_appositive_before_a_colon() {
        assert!(intro(
            "First caller, a farmer in Yeoncheon who gave her name as Kim: “I lost it.”"
        ));
        assert!(intro(
            "Second caller, a fishing-net owner from Jeokseong: he said 7 nets went."
        ));
        assert!(intro(
            "Third caller, a retired engineer who said he worked there: he said so."
        ));
    }

    #[test]
    fn a_clause_with_a_verb_is_not() {
        assert!(!intro(
            "Closing the hour, the host read a message from the office: it said so."
        ));
        assert!(!intro("Kim Dae-sik, a retired engineer, said: yes."));
        assert!(!intro(
            "Elsewhere at the site, the reactor appears to have been shut down: yes."
        ));
    }
}
