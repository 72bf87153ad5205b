//! Coordinated predicates: one subject, two past-tense verbs joined by
//! " and ", each with its own object ("the council closed the pool *and
//! moved* the classes to a school hall"). Most annotated sets mark each
//! predicate as a claim of its own; the second starts at its verb.
//!
//! The test is by shape, not by word: the word after " and " is a past-tense
//! verb (a regular "-ed" form or one of the common irregular pasts, a closed
//! class), and the word after it opens an object or an adverbial (an article,
//! a pronoun, a preposition, a figure). That keeps adjective pairs ("old and
//! injured birds") and participle lists whole. A shared passive auxiliary
//! ("was arrested in May and charged in June") makes one predicate, so it
//! stays whole too.

/// Common irregular past-tense verbs (a closed class). Verbs that report
/// speech ("said", "told") are left to the attribution rules.
const IRREGULAR_PASTS: &[&str] = &[
    "made", "took", "gave", "sent", "found", "kept", "held", "paid", "sold", "bought", "brought",
    "built", "lost", "met", "won", "began", "became", "saw", "went", "came", "spent", "wrote",
    "drove", "rose", "fell", "struck", "left", "shut", "ran", "flew", "chose", "froze", "stole",
];

/// Words that open an object or an adverbial after a verb.
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
    "those", "them", "it", "him", "us", "no", "each", "every", "all", "some", "two", "three",
    "four", "five", "to", "on", "in", "at", "from", "with", "by", "after", "before", "for",
    "about", "up", "out", "off", "back", "again", "into", "over", "across", "down", "away",
    // "… and *ended when* its staff were withdrawn": a time clause after the
    // verb (gold, all sets: split 2 of 2, tune and fresh27).
    "when", "until", "because", "once",
];

/// Auxiliaries that, just before a participle, make a passive.
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];

/// Words that open a subordinate or relative clause: a verb after them and a
/// second verb after " and " may both be that clause's ("after the state
/// raised wages and paid for them …").
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "since", "while", "although", "though", "until",
    "unless", "if", "once", "who", "which", "whose", "where", "whether",
];

/// How far back (bytes) the clause before " and " is read: a bounded look.
const LOOK_BACK: usize = 240;

/// Fewest words the first predicate's clause needs before " and " (the
/// second needs four, the verb included, before a comma or stop).
const LEAST_WORDS_BEFORE: usize = 3;

/// True when `word` looks like a past-tense verb: a regular "-ed" form of
/// five letters or more (not "-eed": "speed", "greed") or a common irregular
/// past.
pub(super) fn is_past(word: &str) -> bool {
    if IRREGULAR_PASTS.contains(&word) {
        return true;
    }
    word.len() >= 5
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && word != "hundred"
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// True when `word`, lowercased and stripped of a trailing comma, opens an
/// object or adverbial, or is a figure.
fn opens_object(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || OBJECT_OPENERS.contains(&word)
}

/// True when the last words before " and " hold a passive ("was arrested in
/// May"): its auxiliary is shared by a second participle.
pub(super) fn passive_before(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(8).collect();
    words
        .windows(2)
        .any(|w| PASSIVE_AUXILIARIES.contains(&w[1]) && is_past(w[0]))
}

/// Subordinators that are also prepositions of time ("*since* 2018",
/// "*until* March", "*before* then"): before a date they open no clause.
const TIME_PREPOSITIONS: &[&str] = &["after", "before", "since", "until"];

/// True when `before` holds a word that opens a subordinate or relative
/// clause ([`SUBORDINATORS`]). A time preposition before a date ("a
/// supplier it had used *since 2018*") opens none.
pub(super) fn has_subordinator(before: &str) -> bool {
    let mut words = before.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if !SUBORDINATORS.iter().any(|s| w.eq_ignore_ascii_case(s)) {
            continue;
        }
        let dated = TIME_PREPOSITIONS.iter().any(|s| w.eq_ignore_ascii_case(s))
            && words.peek().is_some_and(|next| names_a_date(next));
        if !dated {
            return true;
        }
    }
    false
}

/// True when `word` (as written) is a year or another figure, a month's or
/// a weekday's name, or "then".
fn names_a_date(word: &str) -> bool {
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    bare.starts_with(|c: char| c.is_ascii_digit())
        || crate::suggest::calendar::is_calendar_word(bare)
        || bare == "then"
}

/// True when `word` ends a clause: it carries a comma, semicolon, colon or
/// stop (closing quotes and brackets aside).
pub(super) fn ends_clause(word: &str) -> bool {
    word.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with([',', ';', ':', '.', '?', '!'])
}

/// True when `word`, with more words of its sentence after it, ends a
/// clause: a comma, semicolon, colon, question or exclamation mark. A full
/// stop inside a sentence closes an abbreviation ("Nov.", "p.m.", "U.N.").
fn ends_before_more(word: &str) -> bool {
    ends_clause(word)
        && !word
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with('.')
}

/// The clause before the " and " at byte `at` of `sentence`: back to its
/// last comma, semicolon or colon within [`LOOK_BACK`] bytes.
pub(super) fn clause_before_and(sentence: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(LOOK_BACK);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let head = &sentence[from..at];
    let clause_start = head.rfind([',', ';', ':']).map_or(0, |c| c + 1);
    &head[clause_start..]
}

/// True when the clause before " and " has fewer than
/// [`LEAST_WORDS_BEFORE`] words: too short to be a predicate of its own.
pub(super) fn too_short(before: &str) -> bool {
    before
        .split_whitespace()
        .nth(LEAST_WORDS_BEFORE - 1)
        .is_none()
}

/// The " and " breaks of `sentence` before a second past-tense predicate
/// without a subject of its own ("… and *moved* the classes to a hall"), the
/// break's `(start, end)` with its spaces. Only the words next to each
/// " and " are read: a bounded look either side.
pub(super) fn past_predicate_breaks(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for at in crate::suggest::finders::ands(sentence) {
        // The verb is tested first, without allocating: most " and "s fail.
        let mut after = sentence[at + 5..].split_whitespace();
        let (Some(verb), Some(next)) = (after.next(), after.next()) else {
            continue;
        };
        if !is_past(verb) || !opens_object(next.trim_end_matches(',')) {
            continue;
        }
        let third = after.next();
        // A word followed by more of the sentence ends with a full stop
        // only as an abbreviation ("stopped on *Nov.* 20"): no clause end.
        let runs_on = after.next().is_some()
            && !ends_clause(verb)
            && !ends_before_more(next)
            && third.is_some_and(|w| !ends_before_more(w));
        if !runs_on {
            continue;
        }
        let before = clause_before_and(sentence, at);
        // "started and finished at …": two verbs sharing what follows.
        let shared = before.split_whitespace().next_back().is_some_and(is_past);
        let subordinate = has_subordinator(before);
        if too_short(before) || shared || subordinate || passive_before(before) {
            continue;
        }
        out.push((at, at + 5));
    }
    out
}

/// The text after each break `breaks` finds in `sentence` (the predicate
/// passes' tests read their breaks this way).
#[cfg(test)]
pub(super) fn text_after_breaks(
    breaks: fn(&str) -> Vec<(usize, usize)>,
    sentence: &str,
) -> Vec<&str> {
    (breaks(sentence).into_iter())
        .map(|(_, e)| &sentence[e..])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broken_at(sentence: &str) -> Vec<&str> {
        super::text_after_breaks(past_predicate_breaks, sentence)
    }

    #[test]
    fn a_time_preposition_before_a_date_opens_no_clause() {
        assert!(!has_subordinator(
            "it had bought them from a mill it had used since 2018"
        ));
        assert!(!has_subordinator("the line had run until March"));
        assert!(!has_subordinator("the fees had doubled before then"));
        assert!(has_subordinator(
            "the ship had docked since the storm had passed"
        ));
        assert!(has_subordinator("the crew left after they had been paid"));
        assert!(has_subordinator("a firm which had used it since 2018"));
    }

    #[test]
    fn a_second_past_predicate_with_an_object_is_broken_off() {
        assert_eq!(
            broken_at("the council closed the pool and moved the classes to a school hall"),
            vec!["moved the classes to a school hall"]
        );
        assert_eq!(
            broken_at("the bank froze 12 accounts in March and reported them to the regulator"),
            vec!["reported them to the regulator"]
        );
        assert_eq!(
            broken_at("the ferry left Piraeus at dawn and reached the island by noon"),
            vec!["reached the island by noon"]
        );
        assert_eq!(
            broken_at("the club sold its stadium last year and built a new one outside town"),
            vec!["built a new one outside town"]
        );
    }

    #[test]
    fn adjectives_passives_short_riders_and_nouns_stay_whole() {
        // An adjective pair before a noun.
        assert!(broken_at("wardens counted old and injured storks along the river").is_empty());
        // One passive auxiliary shared by two participles.
        assert!(
            broken_at("the driver was arrested in Lyon and charged in Paris with fraud").is_empty()
        );
        // The second predicate is too short to stand alone.
        assert!(broken_at("the shop opened in May and closed in June").is_empty());
        // A second verb with a bare plural object stays with the first.
        assert!(broken_at("the general visited the port and ordered sailors to stay").is_empty());
        // Two verbs sharing their object or adverbial.
        assert!(broken_at("the parade started and ended at the town hall square").is_empty());
        // Both verbs may belong to a subordinate clause.
        assert!(
            broken_at("prices rose after the bank printed money and lent it to the state")
                .is_empty()
        );
        assert!(
            broken_at("the talks, which lasted past midnight and ended in a walkout by the left")
                .is_empty()
        );
        // Nouns and figures joined by " and ".
        assert!(broken_at("between 1990 and 2004 the mine employed 300 people").is_empty());
        assert!(broken_at("the speed and greed of the traders worried them").is_empty());
    }
}
