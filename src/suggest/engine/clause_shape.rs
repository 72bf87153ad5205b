//! Clause shapes that decide whether a clause is a claim and where it ends: a
//! question, a relative "when" after a date ("… since 2020, *when* the border
//! closed"), an appositive or participle describing the source just named
//! ("…, said Kim, *an economist at a bank*"), and a hedge's degree adverb
//! ("is *also* possible") or its ", but not …" rider.

use super::clause_words::MONTHS;

/// True when the clause ending just before `after` is a question: a "?"
/// follows it past closing quotes and brackets.
pub(super) fn asks(after: &str) -> bool {
    after
        .trim_start_matches(|c: char| c.is_whitespace() || "\"”’')]".contains(c))
        .starts_with('?')
}

/// Prepositions that open a sentence with a phrase before its subject ("*In*
/// 2019, when …"): the comma after that phrase is no cut.
const LEAD_PHRASES: &[&str] = &["In", "On", "At", "By", "Since", "Until", "From", "During"];

/// The ", when " after a year or a month ("… since January 2020*, when* the
/// North sealed its borders"): each as `(start, end)` bytes of `sentence`,
/// the "when" clause a fact of its own. Not after a leading phrase ("In
/// 2019, when …, he moved").
pub(super) fn when_after_date(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    const CUT: &str = ", when ";
    let lead = super::ascii_words::words(sentence)
        .next()
        .is_some_and(|w| LEAD_PHRASES.contains(&w));
    let first_comma = if lead { sentence.find(", ") } else { None };
    crate::suggest::finders::commas_when(sentence).filter_map(move |at| {
        if lead && Some(at) == first_comma {
            return None;
        }
        let word = sentence[..at]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let year = word.len() == 4
            && word.chars().all(|c| c.is_ascii_digit())
            && (word.starts_with("19") || word.starts_with("20"));
        (year || MONTHS.contains(&word)).then_some((at, at + CUT.len()))
    })
}

/// Words that say a verb is in a clause: auxiliaries, and common irregular
/// past forms.
const VERB_WORDS: &[&str] = &[
    "is", "are", "was", "were", "had", "has", "have", "will", "would", "could", "can", "did",
    "does", "do", "may", "might", "should", "must", "never", "says", "said", "sank", "fled",
    "went", "came", "made", "took", "gave", "sent", "began", "ran", "fell", "rose", "shot",
    "built", "kept", "met", "sold", "told", "knew", "saw", "found", "got", "stole", "spent",
    "broke", "flew", "remains", "runs", "leads", "heads", "works", "lives",
];

/// Determiners before which a word in "-ed" is a modifier ("the *attempted*
/// transfer").
const MODIFIER_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "any"];

/// True when a word of `words` (bare) says a verb is there: one of
/// [`VERB_WORDS`] (ASCII case ignored; "May" the month is none), or a plain
/// word in "-ed" not just after a determiner.
pub(super) fn names_a_verb(words: &[String]) -> bool {
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            if w == "May" {
                String::new()
            } else {
                w.to_lowercase()
            }
        })
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        VERB_WORDS.contains(&w.as_str())
            || (w.len() > 4
                && w.ends_with("ed")
                && !w.contains('-')
                && (i == 0 || !MODIFIER_DETERMINERS.contains(&words[i - 1].as_str())))
    })
}

/// The bare words of `text` (punctuation trimmed, case kept).
pub(super) fn bare_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when `clause`, just after an attribution that follows what it
/// attributes ("…, said Lee, *a professor at a university*", "…, according
/// to a site, *a Tokyo-based outlet*"), describes the source rather than
/// asserts: it opens with "a", "an", "the" or a possessive after a name
/// (`before`, the sentence up to the clause, ends with a capitalised word),
/// or with a word in "-ing", and holds no verb. After a verb ("…, the bank
/// estimated, *the fastest rate in years*") a noun phrase is the claim's.
pub(super) fn describes_source(before: &str, clause: &str) -> bool {
    let Some(first) = clause.split_whitespace().next() else {
        return false;
    };
    let lower = first.to_lowercase();
    let last = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    // "…, said in a briefing on 7 *December*, an unusual amount": a date
    // closes the attribution, no name before the phrase.
    let dated = crate::suggest::calendar::MONTHS.contains(&last)
        || crate::suggest::calendar::WEEKDAYS.contains(&last);
    let after_name = !dated && last.chars().next().is_some_and(char::is_uppercase);
    // "…, FIDE's results show, *including* a win": part of what is shown.
    let including = ["including", "excluding"].contains(&lower.as_str());
    let opens = (after_name
        && (["a", "an", "the"].contains(&lower.as_str())
            || first.ends_with("'s")
            || first.ends_with("’s")))
        || (lower.len() > 5
            && !including
            && lower.ends_with("ing")
            && lower.chars().all(|c| c.is_ascii_lowercase()));
    opens && !names_a_verb(&bare_words(clause)) && !clause.contains(" that ")
}

/// Adverbs of degree that may stand between an auxiliary and a hedge ("is
/// *also* possible", "was *highly* unlikely").
const DEGREE_ADVERBS: &[&str] = &[
    "also",
    "entirely",
    "quite",
    "very",
    "still",
    "now",
    "certainly",
    "perfectly",
    "equally",
    "highly",
    "even",
    "more",
    "less",
    "most",
    "widely",
    "increasingly",
];

/// Before a hedge cue, `previous` (the clause up to it, trimmed) ending with
/// an auxiliary of `auxiliaries` and an adverb of degree ("is *also*"): the
/// byte where the auxiliary starts.
pub(super) fn auxiliary_before_adverb(previous: &str, auxiliaries: &[String]) -> Option<usize> {
    let mut words = previous.rsplitn(3, ' ');
    let adverb = words.next()?;
    let auxiliary = words.next()?;
    (DEGREE_ADVERBS.contains(&adverb.to_lowercase().as_str())
        && auxiliaries
            .iter()
            .any(|a| a.eq_ignore_ascii_case(auxiliary)))
    .then(|| previous.len() - adverb.len() - 1 - auxiliary.len())
}

/// After a hedge that ends at a "but" cut, the clause after it when it is a
/// short negated rider ("likely *but not certain*", "Possibly, *but not
/// soon*"): at most three words from "not". The hedge runs to its end.
pub(super) fn is_negated_rider(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("not")) && words.count() <= 2
}

/// Hedging adverbs that open a second, short guess joined to a first one
/// ("probably natural *but possibly* triggered").
const RIDER_HEDGES: &[&str] = &["possibly", "probably", "perhaps", "maybe", "likely"];

/// After a hedge that ends at a "but" cut, the clause after it when it is a
/// second guess of at most three words that opens with a hedging adverb
/// ("probably late *but possibly* cancelled"): one hedge with the first.
pub(super) fn is_hedged_rider(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    words
        .next()
        .is_some_and(|w| RIDER_HEDGES.iter().any(|h| w.eq_ignore_ascii_case(h)))
        && words.count() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_second_guess_is_a_hedged_rider() {
        assert!(is_hedged_rider("possibly cancelled"));
        assert!(is_hedged_rider("perhaps later\""));
        assert!(!is_hedged_rider(
            "possibly because the pumps had failed twice"
        ));
        assert!(!is_hedged_rider("the port stayed open"));
        assert!(!is_hedged_rider(""));
    }

    #[test]
    fn a_question_is_seen_past_quotes() {
        assert!(asks("?"));
        assert!(asks("?” he asked."));
        assert!(asks(" ?"));
        assert!(!asks(", she asked."));
        assert!(!asks("."));
    }

    #[test]
    fn when_after_a_year_or_month_cuts() {
        let s = "Exports peaked in 2017, when the rules were looser.";
        assert_eq!(when_after_date(s).collect::<Vec<_>>(), vec![(22, 29)]);
        let m = "The port reopened in March, when the ice melted.";
        assert_eq!(when_after_date(m).count(), 1);
        let lead = "In 2019, when he left, the mine closed.";
        assert_eq!(when_after_date(lead).count(), 0);
        let plain = "He smiled, when asked about it.";
        assert_eq!(when_after_date(plain).count(), 0);
        let number = "It carried 2500, when full.";
        assert_eq!(when_after_date(number).count(), 0);
    }

    #[test]
    fn a_description_of_the_source_is_no_claim() {
        let name = "Output fell, said Jo Min,";
        assert!(describes_source(
            name,
            "a lecturer in law at a Seoul university"
        ));
        assert!(describes_source(name, "the bank's chief economist"));
        assert!(describes_source(name, "Acme's head of research"));
        assert!(describes_source(
            name,
            "a Tokyo-based outlet with staff in the city"
        ));
        assert!(describes_source(
            "it estimated,",
            "speaking from her office in Busan"
        ));
        assert!(!describes_source(name, "a ship sank near the port"));
        assert!(!describes_source(name, "the army had withdrawn"));
        assert!(!describes_source(name, "the talks were cancelled"));
        assert!(!describes_source(name, "prices rose again"));
        let verb = "Output fell 3 percent, the bank estimated,";
        assert!(!describes_source(verb, "the steepest fall in a decade"));
    }

    #[test]
    fn an_adverb_between_auxiliary_and_hedge() {
        let aux = vec!["is".to_string(), "was".to_string()];
        assert_eq!(auxiliary_before_adverb("An outage is also", &aux), Some(10));
        assert_eq!(auxiliary_before_adverb("it was highly", &aux), Some(3));
        assert_eq!(auxiliary_before_adverb("it was not", &aux), None);
        assert_eq!(auxiliary_before_adverb("also", &aux), None);
    }

    #[test]
    fn a_negated_rider() {
        assert!(is_negated_rider("not certain"));
        assert!(is_negated_rider("not before spring"));
        assert!(!is_negated_rider("not one of the ships had a licence"));
        assert!(!is_negated_rider("the talks went ahead"));
    }
}
