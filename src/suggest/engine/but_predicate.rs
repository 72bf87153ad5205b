//! " but " (no comma before it) and a second, active past-tense predicate
//! of the same subject: "it supported the bill *but asked* for a phased
//! start", "the two had seen the soldier *but logged* the image as a boar",
//! "it had proposed talks several times *but had received* no reply". The
//! second predicate is a fact of its own, so a claim apart.
//!
//! Counted in the gold of all sets (fresh25 212–215 and the 26 others,
//! session 32), " but " + a predicate without a subject of its own, four
//! words or more, after a claim: an active past verb ("-ed", or "had" and a
//! participle) split 3 times (fresh10, fresh24, fresh25), kept whole never;
//! a passive ("but was told …", "but was harvested …") kept whole twice,
//! and not read here.

/// Fewest words the second predicate runs before a comma or stop.
const LEAST_WORDS: usize = 4;

/// "-ed" words that are no past verb.
const NOT_PAST: &[&str] = &[
    "need", "indeed", "speed", "seed", "feed", "breed", "proceed",
];

/// True when `word` is a plain past tense or participle in "-ed".
fn past(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ed")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PAST.contains(&word)
}

/// True when `after_break`, the words after a " but " with no comma before
/// it, opens with an active past predicate of at least four words: a verb
/// in "-ed", or "had" and a participle in "-ed" ("had been …" is left out).
pub(super) fn active_predicate(after_break: &str) -> bool {
    let words: Vec<&str> = after_break.split_whitespace().take(LEAST_WORDS).collect();
    if words.len() < LEAST_WORDS
        || words[..LEAST_WORDS - 1].iter().any(|w| {
            w.trim_end_matches(['"', '”', '’', ')'])
                .ends_with([',', ';', ':', '.', '?', '!'])
        })
    {
        return false;
    }
    match words[0] {
        "had" => past(words[1]),
        first => past(first),
    }
}

#[cfg(test)]
mod tests {
    use super::active_predicate;

    #[test]
    fn an_active_past_predicate_is_a_fact_apart() {
        assert!(active_predicate("asked for the subsidy to be phased in"));
        assert!(active_predicate("logged the image as a wild boar"));
        assert!(active_predicate("had received no reply"));
    }

    #[test]
    fn passives_short_riders_and_subjects_stay() {
        assert!(!active_predicate(
            "was told by the office to keep the figure"
        ));
        assert!(!active_predicate("had been seen nearby since May"));
        assert!(!active_predicate("stayed home"));
        assert!(!active_predicate("listed, the clerk said, as a boar"));
        assert!(!active_predicate("the boats returned to port on Friday"));
        assert!(!active_predicate("need not be repaid this year"));
    }
}
