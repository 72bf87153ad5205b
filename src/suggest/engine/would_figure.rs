//! The writer's "would" before a figure, with no other hedge and no
//! condition in the sentence: an estimate stated, not a guess ("The bill
//! *would* cost 6.4 billion won a year", "his mother *would* be 127
//! today"). The clause is a claim, its subject in it.
//!
//! Counted in the gold of all sets (fresh25 212–215 and the 26 others,
//! session 32) over the clauses the "conditional" rule read: with a figure
//! (digits other than a year, or a cardinal word) after "would" and no
//! "if", "unless", "likely", "probably" …: claim 7 times (fresh5, fresh9,
//! fresh25 ×5), speculation never; one more unmarked (fresh24, "would stay
//! two years"). Without a figure the gold keeps speculation (37 : 13).

/// Words that keep the clause a guess or a condition.
const HEDGED: &[&str] = &[
    "if", "unless", "whether", "likely", "probably", "possibly", "perhaps", "might", "may",
    "could", "maybe",
];

/// Cardinal words beyond twelve that are a figure, besides
/// [`super::number_words`]' two to twelve.
const LARGE_CARDINALS: &[&str] = &[
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
];

/// True when the hedge cue `cue` ("would") starts `after` (the clause from
/// the cue to its end) in `sentence`, and `after` holds a figure while the
/// sentence holds no other hedge or condition (see the module comment).
pub(super) fn stated_figure(sentence: &str, cue: &str, after: &str) -> bool {
    if cue != "would" {
        return false;
    }
    let figure = after
        .split(|c: char| !c.is_alphanumeric() && c != '.' && c != ',')
        .map(|w| w.trim_matches(['.', ',']))
        .any(|w| is_quantity(w) || super::number_words::is_number_word(w, LARGE_CARDINALS));
    figure
        && !sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| HEDGED.iter().any(|h| h.eq_ignore_ascii_case(w)))
}

/// True when `word` is digits (points and commas inside) and no year
/// (four digits from 1900 to 2099).
fn is_quantity(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_digit())
        || !word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return false;
    }
    let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
    !year
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(sentence: &str) -> bool {
        let at = sentence.find("would").expect("a would");
        stated_figure(sentence, "would", &sentence[at..])
    }

    #[test]
    fn a_figure_after_would_is_stated() {
        assert!(stated(
            "The housing subsidy would cost 6.4 billion won a year."
        ));
        assert!(stated("His mother would be 127 today."));
        assert!(stated(
            "The plan would extend the grant to families who arrived five years ago."
        ));
    }

    #[test]
    fn a_guess_or_a_condition_stays_a_hedge() {
        assert!(!stated("It would be the first visit since 2019."));
        assert!(!stated("The cost would probably fall to 30 million."));
        assert!(!stated("If the dam breaks, the river would rise 3 metres."));
        assert!(!stated("The fee would rise sharply."));
        assert!(!stated("The cost may rise and would reach 40 million."));
    }
}
