//! " and " before a second clause whose subject has no determiner: a bare
//! plural or mass noun ("… by Sunday *and waves will* rise to 3 metres",
//! "… of poor quality *and two similar notes were* reported") or a figure
//! with its noun ("… public housing *and roughly 60 percent of them had*
//! arrived before 2021"). With a verb in the clause before (past the last
//! reporting verb: "He said *farmers and traders were* protected" is one
//! subject), the two clauses are two claims.
//!
//! Counted in the gold of all sets (fresh25 212–215 and the 26 others,
//! session 32): " and " + such a subject + an auxiliary within four words,
//! after a clause with a verb: split 11 times in 8 sets (fresh4, fresh10,
//! fresh13, fresh18, fresh21, fresh22, fresh24 ×3, fresh25), kept whole 4
//! times — two inside a speaker's quotation ("The embassy is open and our
//! people are well", "… and there were not many"), two with a bare number
//! for subject and a short predicate ("… had died *and one was* missing",
//! "… *and four are* missing") — none of which this reads. A bare number
//! with a longer predicate ("… *and 12 were* North Korean officials and
//! trade staff", fresh25 218) is split.

use super::clause_shape::{bare_words, names_a_verb};

/// Auxiliaries that close the second subject.
const AUXILIARIES: &[&str] = &[
    "was", "were", "had", "has", "have", "is", "are", "would", "will", "could", "did", "can",
];

/// Words before a figure that leave it the subject's ("*roughly* 60
/// percent").
const APPROXIMATORS: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "over", "only", "just",
];

/// Number words beyond twelve that open a counted subject ("*dozens* of
/// boats"), besides [`super::number_words`]' two to twelve ("two similar
/// notes"; "one" is left out: "and one was missing" is kept whole).
const LARGE_NUMBER_WORDS: &[&str] = &["dozens", "hundreds", "thousands"];

/// Lower-case words that open no bare subject: function words, adverbs,
/// pronouns and determiners (those with a determiner are read by
/// `reported::opens_second_subject`).
const NOT_SUBJECTS: &[&str] = &[
    "there", "then", "also", "so", "yet", "still", "now", "later", "thus", "hence", "even", "not",
    "never", "only", "just", "again", "instead", "more", "less", "most", "each", "every", "other",
    "another", "such", "this", "these", "those", "that", "our", "your", "my", "a", "an", "one",
    "it", "he", "she", "they", "we", "i", "you", "to", "in", "on", "at", "for", "with", "by", "of",
    "from", "as", "if", "when", "where", "while", "because", "after", "before", "since", "until",
    "into", "over", "under", "the", "its", "their", "his", "her", "no", "some", "many", "all",
    "neither", "none", "several", "few", "what", "who", "which", "how", "why", "said", "says",
    "told", "added", "both", "either", "nor", "or", "and", "but", "than", "too", "very", "much",
    "soon", "once", "out", "up", "down", "off", "back", "away", "here", "is", "are", "was", "were",
    "had", "has", "have", "will", "would", "could", "can", "did", "do", "does", "may", "might",
    "must", "should", "be", "been", "being",
];

/// Subject pronouns that may not stand inside the second subject.
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "that", "who"];

/// The most words between the subject's first word and its auxiliary.
const MOST_WORDS: usize = 4;

/// True when `word` may open a bare noun subject: lower-case ASCII letters,
/// three or more, not one of [`NOT_SUBJECTS`], and no "-ly", "-ing" or
/// "-ed" ending (an adverb or a verb).
fn bare_noun(word: &str) -> bool {
    word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_SUBJECTS.contains(&word)
        && !word.ends_with("ly")
        && !word.ends_with("ing")
        && !word.ends_with("ed")
        && !names_a_verb(&[word.to_string()])
}

/// True when `word` is a figure: digits (with their commas and points) or
/// a number word ([`super::number_words`], [`LARGE_NUMBER_WORDS`]).
fn figure(word: &str) -> bool {
    (word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.'))
        || super::number_words::is_number_word(word, LARGE_NUMBER_WORDS)
}

/// True when `rest`, the words after " and ", opens a clause with a subject
/// of its own and no determiner: a bare noun, or a figure (an approximator
/// before it allowed) with a noun after it, then an auxiliary within four
/// words, none of them a subject pronoun or ending a clause.
pub(super) fn opens_bare_subject(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(MOST_WORDS + 3).collect();
    let at = usize::from(
        words.first().is_some_and(|w| APPROXIMATORS.contains(w))
            && words.get(1).is_some_and(|w| figure(w)),
    );
    let Some(&first) = words.get(at) else {
        return false;
    };
    let counted = figure(first);
    if !counted && !bare_noun(first) {
        return false;
    }
    // "and four are missing": a figure alone with a short predicate is a
    // rider of the first clause ("and 12 were North Korean officials and
    // trade staff", four words or more after the auxiliary, is a clause);
    // "16 and two lashing bridges": a list of figures.
    if counted && words.get(at + 1).is_some_and(|w| AUXILIARIES.contains(w)) {
        return rest.split_whitespace().nth(at + 5).is_some()
            && !words[at + 2..]
                .iter()
                .any(|w| w.ends_with([',', ';', ':', '.']));
    }
    if counted
        && words
            .get(at + 1)
            .is_none_or(|w| !w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return false;
    }
    for &word in words.iter().skip(at + 1).take(MOST_WORDS) {
        if AUXILIARIES.contains(&word) {
            return true;
        }
        if PRONOUNS.contains(&word)
            || word.ends_with([',', ';', ':', '.', '"', '”'])
            || (counted && word == "and")
        {
            return false;
        }
    }
    false
}

/// Reporting verbs after which a noun may open what is reported ("said
/// *farmers* and traders were …"), so a verb must come after them.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "added",
    "noted",
    "wrote",
    "stated",
    "announced",
    "estimated",
    "estimates",
    "assumes",
    "believes",
    "thinks",
    "found",
    "showed",
    "shows",
];

/// True when `before`, the sentence up to " and ", holds a clause with a
/// verb after its last opening (a comma, semicolon, colon, dash, "that")
/// and after its last reporting verb.
pub(super) fn verb_before(before: &str) -> bool {
    let opening = [", ", "; ", ": ", " — ", " that "]
        .iter()
        .filter_map(|o| before.rfind(o).map(|i| i + o.len()))
        .max()
        .unwrap_or(0);
    let words = bare_words(&before[opening..]);
    let after_cue = words
        .iter()
        .rposition(|w| REPORTING.contains(&w.as_str()))
        .map_or(0, |i| i + 1);
    names_a_verb(&words[after_cue..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_or_counted_subject_opens_a_clause() {
        assert!(opens_bare_subject("waves will rise to 3 to 4 metres"));
        assert!(opens_bare_subject("roughly 60 percent of them had arrived"));
        assert!(opens_bare_subject("two similar notes were reported"));
        assert!(opens_bare_subject("shelters would close at 09:00"));
        assert!(opens_bare_subject("gaps between them are common"));
        assert!(opens_bare_subject("nobody was hurt"));
        assert!(opens_bare_subject(
            "12 were North Korean officials and trade staff"
        ));
    }

    #[test]
    fn look_alikes_open_no_clause() {
        // A bare number, an adverb, a verb, a list of figures, a pronoun
        // subject (reported.rs), no auxiliary in reach.
        assert!(!opens_bare_subject("four are missing"));
        assert!(!opens_bare_subject("one was missing in the east"));
        assert!(!opens_bare_subject("later was released on bail"));
        assert!(!opens_bare_subject("said it was closed"));
        assert!(!opens_bare_subject("made sure crews were safe"));
        assert!(!opens_bare_subject("16 and two bridges were bent"));
        assert!(!opens_bare_subject("it was closed"));
        assert!(!opens_bare_subject("there were not many"));
        assert!(!opens_bare_subject(
            "rice to the North from the border towns had slowed"
        ));
        assert!(!opens_bare_subject(
            "fertiliser imports, officials said, were"
        ));
    }

    #[test]
    fn the_clause_before_needs_its_own_verb() {
        assert!(verb_before(
            "Winds off the coast will reach 12 metres by Sunday"
        ));
        assert!(verb_before(
            "The foundation said about 6,900 defectors rented homes"
        ));
        assert!(!verb_before("He said farmers"));
        assert!(!verb_before(
            "Grain traders told us that shipments of flour"
        ));
        assert!(!verb_before("Bread"));
    }
}
