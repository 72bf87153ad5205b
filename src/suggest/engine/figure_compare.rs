//! Verbless tails after a claim's last comma that set its figure against
//! another or say what most of it went to: a claim of their own.
//!
//! - A figure compared: ", 1.6 degrees *above* the average for the date",
//!   ", four *more than* the week before", ", about a week *later than*
//!   planned", ", 0.4 metres *under* the level at which …", ", about 76
//!   percent *of the* national average". Counted in the gold of all sets
//!   (fresh25 212–215 and the 26 others, session 32), a comma tail of a
//!   figure (an approximator before it allowed), at most three unit words
//!   and a comparative, after a clause holding a figure: split 7 times
//!   (fresh13, fresh19, fresh24, fresh25 ×4), kept whole never (percent
//!   comparisons, read by split_tail.rs, not counted again).
//! - A gloss of the figure's use or place: ", *mostly for* 28 new inspector
//!   posts", ", mostly within 30 nautical miles of …", ", *mainly for* six
//!   new staff", ", mainly because of sediment from floods": "mostly",
//!   "mainly" … and a preposition or "because", no list after it.
//!   Gold: split 4 times (fresh17, fresh20, fresh24, fresh25), kept whole
//!   twice, both lists (", mainly in China and Laos", ", mostly from Peru,
//!   China and Argentina"), which stay whole here; ", mainly because of …"
//!   split twice (fresh25 213, 216), whole never.

/// Words that may stand before the figure.
const APPROXIMATORS: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "just", "only", "over", "under",
];

/// Number words beyond twelve that may be the figure, besides
/// [`super::number_words`]' two to twelve.
const LARGE_NUMBER_WORDS: &[&str] = &["twenty", "thirty", "forty", "fifty", "hundred", "dozen"];

/// Comparatives that set the figure against another.
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "above", "below", "under", "higher", "lower", "later", "earlier",
    "longer", "shorter", "ahead", "behind",
];

/// Finite verbs that make the words after the comparative a clause ("four
/// more *were* arrested").
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "did", "said", "says",
];

/// The most unit words between the figure and the comparative ("1.6
/// *degrees* above", "0.4 *metres* under", "3 *billion won* more").
const MOST_UNIT_WORDS: usize = 3;

/// Adverbs that open a gloss of what most of the figure went to.
const MOSTLY: &[&str] = &["mostly", "mainly", "largely", "chiefly", "primarily"];

/// Prepositions after [`MOSTLY`] that open the gloss.
const GLOSS_PREPOSITIONS: &[&str] = &[
    "for", "to", "within", "into", "at", "on", "near", "along", "across", "through", "because",
];

/// True when `text` holds an ASCII digit.
fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// True when `word` is a figure: it opens with a digit or is a number word.
fn is_figure(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || super::number_words::is_number_word(word, LARGE_NUMBER_WORDS)
}

/// True when `rest`, the words after the comma that closes `head`, is a
/// figure compared with another (see the module comment): the tail runs to
/// the clause's end with no comma or semicolon, `head` holds a figure, and
/// a word that is no finite verb follows the comparative.
pub(super) fn compared_figure(head: &str, rest: &str) -> bool {
    if !has_digit(head) || rest.contains([',', ';']) {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().take(8).collect();
    let at = usize::from(words.first().is_some_and(|w| APPROXIMATORS.contains(w)));
    let Some(&first) = words.get(at) else {
        return false;
    };
    // ", *below the 50 percent* minimum in the rules": the figure set
    // against a threshold the tail names (gold, all sets: split 2 of 2,
    // fresh7 and fresh31).
    if matches!(first, "below" | "above")
        && words.get(at + 1) == Some(&"the")
        && words.get(at + 2).is_some_and(|w| is_figure(w))
    {
        return true;
    }
    // "about *a* week later than planned": one unit word after "a".
    let article = matches!(first, "a" | "an");
    if !article && !is_figure(first) {
        return false;
    }
    let most_units = if article { 1 } else { MOST_UNIT_WORDS };
    let mut percent = first.ends_with('%');
    for (units, (i, &word)) in words.iter().enumerate().skip(at + 1).enumerate() {
        let next = words.get(i + 1).copied();
        if COMPARATIVES.contains(&word) {
            return (units > 0 || !article) && next.is_some_and(|n| !FINITE.contains(&n));
        }
        // "76 percent *of the* national average": a share of another figure
        // ("30 percent of them" is a part of the clause's own).
        if word == "of" && percent {
            return next.is_some_and(|n| SHARE_OF.contains(&n));
        }
        if units >= most_units || FINITE.contains(&word) || !is_unit_word(word) {
            return false;
        }
        percent = matches!(word, "percent" | "cent");
    }
    false
}

/// Determiners after "percent of" that name another figure.
const SHARE_OF: &[&str] = &[
    "the", "its", "their", "his", "her", "last", "this", "our", "your", "my",
];

/// True when `word` may be a unit word between a figure and its comparative:
/// lower-case letters, a hyphen or "%".
fn is_unit_word(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_lowercase() || c == '-' || c == '%')
}

/// True when `rest`, the words after the comma that closes `head`, is a
/// gloss of what most of the figure went to (see the module comment):
/// `head` holds a figure, `rest` opens with one of [`MOSTLY`] and a
/// preposition, runs at least two words more to the clause's end and holds
/// no comma, semicolon or list ("and", "or").
pub(super) fn mostly_gloss(head: &str, rest: &str) -> bool {
    if !has_digit(head) || rest.contains([',', ';']) {
        return false;
    }
    let mut words = rest.split_whitespace();
    let (Some(adverb), Some(preposition)) = (words.next(), words.next()) else {
        return false;
    };
    let mut count = 0;
    for word in words {
        if matches!(word, "and" | "or") {
            return false;
        }
        count += 1;
    }
    MOSTLY.contains(&adverb) && GLOSS_PREPOSITIONS.contains(&preposition) && count >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_set_against_another_is_a_tail() {
        let head = "The water was 14.8 C at noon";
        assert!(compared_figure(
            head,
            "1.6 degrees above the average for the date"
        ));
        assert!(compared_figure(head, "four more than the week before"));
        assert!(compared_figure(head, "about a week later than planned"));
        assert!(compared_figure(
            head,
            "0.4 metres under the level at which it floods"
        ));
        assert!(compared_figure(
            head,
            "about 76 percent of the national average"
        ));
        assert!(compared_figure(head, "12% of its usual level"));
        // The writer's own target: "112 percent of our goal" (fresh28).
        assert!(compared_figure(head, "112 percent of our goal"));
        // A threshold the tail names.
        assert!(compared_figure(
            head,
            "below the 15 C minimum in the pool's rules"
        ));
    }

    #[test]
    fn look_alike_figure_tails_stay_in_the_claim() {
        let head = "The water was 14.8 C at noon";
        // No figure in the head, a comma in the tail, a clause after the
        // comparative, nothing after it, a part of the figure itself.
        assert!(!compared_figure(
            "The water was warm",
            "four more than the week before"
        ));
        assert!(!compared_figure(
            head,
            "four more than the week before, they said"
        ));
        assert!(!compared_figure(head, "four more were seen"));
        assert!(!compared_figure(head, "two days later"));
        assert!(!compared_figure(head, "30 percent of them local"));
        assert!(!compared_figure(
            head,
            "a crime against humanity under the law"
        ));
        assert!(!compared_figure(head, "about 350 km west of the port"));
        assert!(!compared_figure(head, "below the bridge at the old port"));
        assert!(!compared_figure(
            head,
            "the average of the last three years"
        ));
    }

    #[test]
    fn a_gloss_of_the_figure_is_a_tail() {
        let head = "The office put the cost at 340 million yen a year";
        assert!(mostly_gloss(head, "mostly for 28 new inspector posts"));
        assert!(mostly_gloss(
            head,
            "mainly for six new staff at the foundation"
        ));
        assert!(mostly_gloss(
            head,
            "mostly within 30 nautical miles of the island"
        ));
        assert!(mostly_gloss(head, "mainly because of sediment from floods"));
    }

    #[test]
    fn a_listed_gloss_stays_in_the_claim() {
        let head = "About 1,000 workers were still abroad";
        assert!(!mostly_gloss(head, "mainly in China and Laos"));
        assert!(!mostly_gloss(head, "mostly from Peru, China and Argentina"));
        assert!(!mostly_gloss(
            "Workers were still abroad",
            "mostly for the money they send"
        ));
        assert!(!mostly_gloss(head, "mostly women"));
        assert!(!mostly_gloss(head, "mostly to Seoul"));
    }
}
