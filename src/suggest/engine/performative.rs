//! Performative verbs in the present tense ("The ministry *proposes* to
//! return …", "The embassy *requests* a reply", "The office *informs* the
//! other side that …"): the speech act of a note or letter. The same words
//! are often plural nouns ("ministry *requests* for funds were …"), so the
//! verb is read only when an object or an infinitive follows it.

/// The id of the rule whose cues are performative verbs.
pub(super) const RULE: &str = "source-performs";

/// Words that may open what a performative verb takes: "to" (an
/// infinitive), "that" (a clause), or a determiner of its object.
const COMPLEMENT_STARTS: &[&str] = &[
    "to", "that", "a", "an", "the", "its", "their", "his", "her", "all", "any", "both", "each",
];

/// Whether the word after byte `end` of `sentence` opens a complement
/// ([`COMPLEMENT_STARTS`]).
pub(super) fn takes_complement(sentence: &str, end: usize) -> bool {
    let rest = sentence.get(end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = rest.split([' ', ',']).next().unwrap_or("").to_lowercase();
    COMPLEMENT_STARTS.contains(&word.as_str())
}

/// The most words of the addressee of "informs" ("the relevant
/// authorities of the other side").
const ADDRESSEE_WORDS: usize = 10;

/// For a cue of [`RULE`] ending at byte `end`: the end of its addressee,
/// when " that " follows it within [`ADDRESSEE_WORDS`] words with no
/// punctuation between ("informs *the port authority* that …").
pub(super) fn addressee_end(rule: &str, sentence: &str, end: usize) -> Option<usize> {
    if rule != RULE {
        return None;
    }
    let rest = sentence.get(end..)?.strip_prefix(' ')?;
    let mut at = end + 1;
    for (n, word) in rest.split(' ').enumerate() {
        if n > ADDRESSEE_WORDS || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return None;
        }
        if word == "that" {
            return (n > 0).then_some(at - 1);
        }
        at += word.len() + 1;
    }
    None
}

/// Whether a reported clause opens with a time phrase ("*on 26 May*, a
/// ship …", "*on Monday* the crew …"): a preposition of time, then a word
/// that opens with a digit, a month or a weekday. Such a clause is still
/// what the note reports (a claim's first word may be "on" there).
pub(super) fn opens_with_a_time(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    let (Some(first), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let next = next.trim_end_matches([',', '.']);
    ["on", "in", "at", "by", "since"].contains(&first.to_lowercase().as_str())
        && (next.starts_with(|c: char| c.is_ascii_digit())
            || crate::suggest::calendar::is_calendar_word(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_takes_an_object_or_an_infinitive() {
        let s = "The embassy proposes to send a ship";
        assert!(takes_complement(s, "The embassy proposes".len()));
        let s = "The council requests a written answer";
        assert!(takes_complement(s, "The council requests".len()));
        let s = "Council requests for new permits rose";
        assert!(!takes_complement(s, "Council requests".len()));
        let s = "Ministry requests were refused";
        assert!(!takes_complement(s, "Ministry requests".len()));
        assert!(!takes_complement(
            "The board proposes.",
            "The board proposes".len()
        ));
    }

    #[test]
    fn a_reported_clause_may_open_with_a_time() {
        assert!(opens_with_a_time("on 3 May, a ferry sank"));
        assert!(opens_with_a_time("on Monday the crew left"));
        assert!(opens_with_a_time("in March, prices rose"));
        assert!(!opens_with_a_time("on the ferry, nobody slept"));
        assert!(!opens_with_a_time("to the port"));
    }

    #[test]
    fn the_addressee_of_informs_ends_before_that() {
        let s = "The office informs the port authority of the town that the ship left";
        let end = "The office informs".len();
        assert_eq!(
            addressee_end(RULE, s, end).map(|e| &s[end + 1..e]),
            Some("the port authority of the town")
        );
        assert_eq!(
            addressee_end(RULE, "The office informs that it left", end),
            None
        );
        assert_eq!(
            addressee_end(RULE, "The office informs Lee, who said that", end),
            None
        );
        assert_eq!(addressee_end("other", s, end), None);
    }
}
