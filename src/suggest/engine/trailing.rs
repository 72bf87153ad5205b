//! The end of a claim or speculation before a trailing attribution the
//! attribution rules did not cut (", the airport operator said", ",
//! according to a person with knowledge of the matter", ", estimated Ian
//! Forde, a …", a closing quote and its speaker) or a relative tail of its
//! own (", neither of whom has been charged").

use foldhash::HashSet;

/// Where a clause ends, and where a tail that is a clause of its own starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Trail {
    /// The byte (in the clause) where the claim or speculation ends.
    pub head_end: usize,
    /// The byte where a tail to be read as a clause of its own starts.
    pub tail_start: Option<usize>,
    /// The tail is a noun phrase describing the clause (", a gap of five
    /// hours"): a claim only after a claim; a hedge keeps it.
    pub apposition: bool,
}

/// Relative tails that are a clause of their own.
const OF_WHOM: &[&str] = &[
    "neither of whom ",
    "none of whom ",
    "both of whom ",
    "all of whom ",
    "most of whom ",
    "neither of which ",
    "none of which ",
];

/// Tails that break down a figure (", most of them in ports", ", some with
/// forged papers"): a claim of their own. (", up from 12 …" is one too:
/// split_tail.rs.)
const FIGURE_TAILS: &[&str] = &[
    "most of them ",
    "some of them ",
    "many of them ",
    "most with ",
    "some with ",
    "many with ",
];

/// Tails that only date the clause against another event (", a day before
/// the vote"): no part of the claim.
const TIMING_TAILS: &[&str] = &[
    "a day before ",
    "a day after ",
    "a week before ",
    "a week after ",
    "hours before ",
    "hours after ",
    "days before ",
    "days after ",
];

/// A tail after the claim's comma that is no part of it: the source's
/// omission (", without giving a figure"), a source's name (", per the
/// club's website"), or the speaker's next act (", then left"). `rest` is
/// the tail.
fn is_aside_tail(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let second = second.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower = second.to_lowercase();
    if first.eq_ignore_ascii_case("without") {
        return lower.len() > 4 && lower.ends_with("ing");
    }
    if first.eq_ignore_ascii_case("per") {
        return second.starts_with(char::is_uppercase)
            || matches!(
                lower.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            );
    }
    first == "then"
        && second.starts_with(|c: char| c.is_ascii_lowercase())
        && !ARTICLES.contains(&second)
        && !matches!(
            second,
            "on" | "in" | "at" | "to" | "by" | "for" | "with" | "as"
        )
}

/// Words that open a relative or a conjoined clause, not an attribution.
const NOT_SPEAKERS: &[&str] = &[
    "which", "who", "whom", "whose", "that", "where", "when", "while", "and", "but", "as", "if",
    "because", "although", "though", "so", "or", "with", "without", "after", "before",
];

/// Determiners that may open the speaker after an inverted cue ("…, said *the*
/// official").
const ARTICLES: &[&str] = &["the", "a", "an", "one", "two", "three"];

/// The words of `text`, trimmed of punctuation at their edges.
fn bare_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
}

/// How `clause` ends before a trailing attribution or a relative tail, if it
/// has one; `verbs` are the reporting verbs (lower case).
pub(super) fn trailing_cut(clause: &str, verbs: &HashSet<String>) -> Option<Trail> {
    let is_verb = |w: &str| verbs.contains(&w.to_lowercase());
    // Quotes before the comma, counted once through the clause.
    let (mut scanned, mut straight, mut curly) = (0, 0usize, false);
    for (p, _) in clause.match_indices(',') {
        let between = &clause[scanned..p];
        straight += between.matches('"').count();
        curly |= between.contains('“');
        scanned = p;
        let after = &clause[p + 1..];
        // A quote closed after the comma ("…training," a KFA official …).
        let closing = after.starts_with(['"', '”']);
        let rest = after.trim_start_matches(['"', '”']);
        if !rest.starts_with(' ') {
            continue;
        }
        let rest = rest.trim_start();
        let head = clause[..p].trim_start();
        if rest.is_empty() || !head.contains(char::is_whitespace) {
            continue;
        }
        let cut = Trail {
            head_end: p,
            tail_start: None,
            apposition: false,
        };
        if closing {
            let opened = curly || straight % 2 == 1;
            if !opened {
                return Some(cut);
            }
            continue;
        }
        let lower = rest.get(..20).unwrap_or(rest).to_lowercase();
        if lower.starts_with("according to ") {
            return Some(cut);
        }
        if TIMING_TAILS.iter().any(|o| lower.starts_with(o)) || is_aside_tail(rest) {
            return Some(cut);
        }
        if super::split_tail::is_dropped_tail(rest) {
            return Some(cut);
        }
        if OF_WHOM
            .iter()
            .chain(FIGURE_TAILS)
            .any(|o| lower.starts_with(o))
            || super::split_tail::is_own_tail(head, rest)
        {
            return Some(Trail {
                head_end: p,
                tail_start: Some(clause.len() - rest.len()),
                apposition: false,
            });
        }
        // At most 32 words: a trailing attribution is short.
        let words: Vec<&str> = bare_words(rest).take(32).collect();
        let Some(first) = words.first() else { continue };
        if NOT_SPEAKERS.contains(&first.to_lowercase().as_str()) {
            continue;
        }
        // Inverted: ", estimated Ian Forde, a …", ", said the official".
        if is_verb(first)
            && first.chars().all(|c| c.is_lowercase())
            && words.get(1).is_some_and(|w| {
                w.starts_with(char::is_uppercase) || ARTICLES.contains(&w.to_lowercase().as_str())
            })
        {
            return Some(cut);
        }
        // ", the airport operator said (on Monday)", ", he added".
        let n = words.len();
        if n <= 30
            && words
                .iter()
                .enumerate()
                .skip(1)
                .any(|(i, w)| n - i <= 6 && w.chars().all(|c| c.is_lowercase()) && is_verb(w))
            && !rest.contains(" that ")
        {
            return Some(cut);
        }
        // ", a gap of almost five hours": a noun phrase describing the clause.
        if super::apposition_tail::is_apposition(head, rest) {
            return Some(Trail {
                head_end: p,
                tail_start: Some(clause.len() - rest.len()),
                apposition: true,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(clause: &str) -> &str {
        let verbs: HashSet<String> = ["said", "estimated", "told", "added"]
            .iter()
            .map(|v| v.to_string())
            .collect();
        match trailing_cut(clause, &verbs) {
            Some(t) => &clause[..t.head_end],
            None => clause,
        }
    }

    #[test]
    fn an_aside_tail_is_no_part_of_the_claim() {
        assert_eq!(
            head("The council had approved the levy, without naming a rate"),
            "The council had approved the levy"
        );
        assert_eq!(
            head("The striker scored twice in the final, per the league's records"),
            "The striker scored twice in the final"
        );
        assert_eq!(
            head("The clerk said the office had closed, then put the phone down"),
            "The clerk said the office had closed"
        );
        // Look-alikes that stay whole.
        let whole = [
            "The mill ran at full speed, without a break for the holiday",
            "Income rose by a fifth, per capita figures aside",
            "The line ran to Leeds, then the largest town on the route",
            "The bus stopped at Hull, then at York",
        ];
        for clause in whole {
            assert_eq!(head(clause), clause);
        }
    }

    #[test]
    fn a_trailing_attribution_is_no_part_of_the_claim() {
        assert_eq!(
            head("About 900 flights were delayed, the port authority said"),
            "About 900 flights were delayed"
        );
        assert_eq!(
            head("The mill probably closed, estimated Dana Holt, a trade consultant"),
            "The mill probably closed"
        );
        assert_eq!(
            head("The fee was waived, according to two people at the bank"),
            "The fee was waived"
        );
        assert_eq!(
            head(
                "We were kept inside all week,\" a coach, who asked not to be named, told reporters"
            ),
            "We were kept inside all week"
        );
    }

    #[test]
    fn a_relative_or_a_list_is_not_cut() {
        for whole in [
            "The plant, which Japan said was idle, burned",
            "Rice, corn and beans rose, with wheat close behind",
            "He met two envoys, who said little",
        ] {
            assert_eq!(head(whole), whole);
        }
        let verbs = HashSet::default();
        let t = trailing_cut("It hired two guards, neither of whom was armed", &verbs).unwrap();
        assert_eq!(t.head_end, 19);
        assert_eq!(t.tail_start, Some(21));
    }

    #[test]
    fn a_figure_tail_is_a_claim_of_its_own() {
        let verbs = HashSet::default();
        let clause = "Police held 80 fans, most of them under 20";
        let t = trailing_cut(clause, &verbs).unwrap();
        assert_eq!(
            t.tail_start.map(|s| &clause[s..]),
            Some("most of them under 20")
        );
        let clause = "The ring sold 30 passports, some with forged stamps";
        let t = trailing_cut(clause, &verbs).unwrap();
        assert_eq!(
            t.tail_start.map(|s| &clause[s..]),
            Some("some with forged stamps")
        );
        // Look-alikes: no comma before the tail, one of a group, a change.
        for whole in [
            "Most of them left early",
            "Ten boats sank, one of them a ferry",
        ] {
            assert_eq!(head(whole), whole);
        }
    }

    #[test]
    fn an_earlier_figure_is_a_claim_of_its_own() {
        let verbs = HashSet::default();
        let clause = "The port handled 40 tankers in May, up from 12 a year earlier";
        let t = trailing_cut(clause, &verbs).expect("a tail");
        assert_eq!(
            t.tail_start.map(|s| &clause[s..]),
            Some("up from 12 a year earlier")
        );
    }

    #[test]
    fn a_timing_tail_is_no_part_of_the_claim() {
        assert_eq!(
            head("Two barges left the dock on May 3, a day before the storm hit"),
            "Two barges left the dock on May 3"
        );
        let verbs = HashSet::default();
        let t = trailing_cut("Two barges left on May 3, days after the strike", &verbs).unwrap();
        assert_eq!(t.tail_start, None);
        // Not a tail after a comma: the clause stays whole.
        let whole = "The barges left a day before the storm hit";
        assert_eq!(head(whole), whole);
    }
}
