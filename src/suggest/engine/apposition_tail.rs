//! A noun phrase after a claim's last comma that sums up or describes what
//! the clause said (", *a gap of almost five hours*", ", *a model first sold
//! in 2021*", ", *an increase of about 145 percent*"): annotators draw it as
//! a claim of its own. Counted in the gold of all sets (session 28), a
//! clause-final ", a/an …" of four words or more with no list in it after a
//! claim: a claim of its own 10 times in 9 sets, kept inside the claim 3
//! times (a town after its name, a band after "the slick", a crime after
//! "could amount to enslavement"), the claim ending before it 2 times.
//! After a hedge the clause is read whole, as before (1 : 1 in gold).

/// Words that open a leading phrase or clause before the subject ("*On
/// Monday*, a man was arrested"): the comma closes no claim.
const LEADS: &[&str] = &[
    "on",
    "in",
    "at",
    "for",
    "with",
    "after",
    "before",
    "since",
    "during",
    "despite",
    "amid",
    "without",
    "under",
    "by",
    "from",
    "as",
    "if",
    "when",
    "while",
    "until",
    "although",
    "though",
    "because",
    "once",
    "unless",
    "whether",
    "per",
    "to",
    "of",
    "still",
    "yet",
    "so",
    "then",
    "instead",
    "meanwhile",
];

/// Verbs right after the tail's noun that make it a clause ("a reply *was*
/// likely"), not a noun phrase.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "did", "does", "do", "said", "says",
];

/// The number of words an appositive tail has at least and at most.
const MIN_WORDS: usize = 4;
/// See [`MIN_WORDS`].
const MAX_WORDS: usize = 24;

/// True when `rest`, the words after the comma that closes `head`, is a
/// noun phrase opened by "a"/"an" that describes the clause before it: four
/// to 24 words to the clause's end, no further comma (but in a figure) or
/// semicolon, no list ("and"/"or"), a lower-case noun after the article and
/// no finite verb right after it; and `head` is a clause, not a leading
/// phrase ("In 2019", "Speaking on Monday").
pub(super) fn is_apposition(head: &str, rest: &str) -> bool {
    let Some(after) = rest.strip_prefix("a ").or_else(|| rest.strip_prefix("an ")) else {
        return false;
    };
    if has_break(rest) {
        return false;
    }
    let mut count = 1;
    let mut second = None;
    let mut third = None;
    // "a species that was seen only in twos *and* threes": a conjunction
    // inside the phrase's relative clause lists nothing of the phrase
    // (fresh28 split it 1 of 1; fresh22's two relative tails hold none).
    let mut relative = false;
    let mut words = after.split_whitespace().peekable();
    // The word two before the current one (a figure before its unit).
    let (mut before_last, mut last) = ("", "");
    while let Some(word) = words.next() {
        count += 1;
        // "6 hours *and* 33 minutes": one figure's parts, no list.
        let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        let figure_and =
            word == "and" && digit(before_last) && words.peek().is_some_and(|w| digit(w));
        (before_last, last) = (last, word);
        if count > MAX_WORDS
            || (!relative && !figure_and && matches!(word, "and" | "or" | "nor" | "but"))
        {
            return false;
        }
        relative |= count >= 3 && matches!(word, "that" | "which" | "who");
        match count {
            2 => second = Some(word),
            3 => third = Some(word),
            _ => {}
        }
    }
    let noun = second.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    let clause = third.is_some_and(|w| FINITE.contains(&w));
    count >= MIN_WORDS && noun && !clause && !names_a_person(after) && is_clause_head(head)
}

/// Nouns for people that no agent ending marks.
const PERSONS: &[&str] = &[
    "analyst",
    "scholar",
    "official",
    "fellow",
    "professor",
    "expert",
    "diplomat",
    "spokesperson",
    "resident",
    "defector",
    "student",
    "veteran",
    "member",
    "envoy",
    "chief",
    "head",
    "colleague",
    "friend",
    "relative",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "person",
];

/// Words that close the noun of a phrase ("a scholar *at* …").
const CLOSERS: &[&str] = &[
    "at", "of", "from", "in", "for", "with", "who", "whom", "whose", "that", "on", "to", "by",
];

/// Determiners that open a second noun phrase after the tail's noun: a
/// relative clause without "that" ("a gap *the* operator has not
/// explained") whose subject says nothing about the tail's head.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "no", "every", "each",
];

/// True when the noun phrase `after` its article names a person ("a
/// *scholar* at Renmin University", "a retired *fisherman* from Gyodong"):
/// a description of a speaker, no claim. The scan stops at a closing word
/// or a second determiner ("a gap *the operator* has not explained" is no
/// person's description).
fn names_a_person(after: &str) -> bool {
    after
        .split_whitespace()
        .take_while(|w| {
            !CLOSERS.contains(w) && !DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
        })
        .take(4)
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            PERSONS.contains(&w)
                || ["man", "woman", "person"].iter().any(|e| w.ends_with(e))
                || crate::suggest::agent_noun::is_agent_noun(w)
        })
}

/// True when `rest` has a semicolon or a comma that is not inside a figure
/// ("10,000").
fn has_break(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    rest.match_indices([',', ';']).any(|(i, m)| {
        m == ";"
            || !(i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// True when `head` reads as a clause: at least three words, not opened by
/// a preposition or a subordinator, nor by a participle ("Drawing on …").
fn is_clause_head(head: &str) -> bool {
    let mut words = head.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if words.nth(1).is_none() {
        return false;
    }
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = first.to_lowercase();
    let participle = lower.len() > 5 && lower.ends_with("ing");
    !(LEADS.contains(&lower.as_str()) || participle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_describing_noun_phrase_is_an_apposition() {
        assert!(is_apposition(
            "The gauge showed no reading for six hours",
            "a gap longer than any in its records"
        ));
        assert!(is_apposition(
            "The firm was set up in 2021",
            "a shell registered in Penang with 5,000 ringgit of capital"
        ));
        assert!(is_apposition(
            "Fares rose to 9,000 won",
            "an increase of about 40 percent"
        ));
        // An agent noun in a relative clause without "that".
        assert!(is_apposition(
            "The gauge showed no reading for six hours",
            "a gap the operator has not explained"
        ));
    }

    #[test]
    fn lists_short_tails_clauses_and_lead_phrases_are_not() {
        // A list.
        assert!(!is_apposition(
            "The grant covers rent",
            "a phone contract and the first gas bill"
        ));
        // Too short.
        assert!(!is_apposition("Turnout hit 80 percent", "a record"));
        // A clause after a leading phrase.
        assert!(!is_apposition(
            "On Monday afternoon",
            "a man was arrested at the port"
        ));
        assert!(!is_apposition(
            "The rules were eased",
            "a reply was likely within days"
        ));
        assert!(!is_apposition(
            "Drawing on old maps",
            "a team of surveyors redrew the line"
        ));
        // A name after the article, another comma, no article.
        assert!(!is_apposition(
            "The data came from Keystone",
            "a U.S. firm that tracks ships"
        ));
        assert!(!is_apposition(
            "The mill closed in May",
            "a loss, its owner said, of 90 jobs"
        ));
        assert!(!is_apposition(
            "The mill closed in May",
            "the first closure in years"
        ));
        // A person's description after a name.
        assert!(!is_apposition(
            "The show spoke to Han Mi-rae",
            "a retired ferryman from Mokpo"
        ));
        assert!(!is_apposition(
            "It quoted Lee Jun",
            "a former analyst at the bank"
        ));
    }
}
