//! How far a cue's subject reaches back: over a number's thousands comma ("a
//! channel with 300*,*000 viewers"), over the "by" or "on" inside a body's long
//! capitalised name ("the Union of Families of Workers Killed *by* Mining
//! Firms"), to a plain subject before a relative clause ("*A farmer* who sold
//! maize said"); the subjects that name no one ("A 2021 report"); a date
//! that opens a clause of its own, not a lead phrase.

use crate::suggest::calendar::{MONTHS, WEEKDAYS};

/// Lower-case words that may stand inside a body's long capitalised name.
const NAME_LINKS: &[&str] = &[
    "of", "the", "for", "and", "by", "on", "against", "in", "to", "from",
];

/// Links that the plain name finder stops at: one of them must be passed for
/// a long name to reach further than the plain one.
const STOPPING_LINKS: &[&str] = &["by", "on", "against", "to", "from"];

/// The most words a long body name spans.
const MAX_LONG_NAME_WORDS: usize = 14;

/// The byte of the last comma of `text` that separates clauses: not one
/// between two digits ("300,000").
pub(super) fn last_clause_comma(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = text.len();
    while let Some(i) = text[..end].rfind(',') {
        let digit_before = i > 0 && bytes[i - 1].is_ascii_digit();
        let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(digit_before && digit_after) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// True when `name` holds no word that names anyone: only determiners and
/// numbers ("A 2021", "the 14"), or a word for no one ("“*Nobody* quotes a
/// price in won,” said one": fresh23, the quoted words' own subject).
pub(super) fn names_no_one(name: &str) -> bool {
    let bare = name.trim();
    if ["nobody", "no one", "no-one"]
        .iter()
        .any(|w| bare.eq_ignore_ascii_case(w))
    {
        return true;
    }
    name.split_whitespace().all(|w| {
        let lower = w.to_ascii_lowercase();
        ["a", "an", "the"].contains(&lower.as_str()) || !w.contains(char::is_alphabetic)
    })
}

/// Before a name found at byte `name` of `sentence`: the byte where a longer
/// capitalised body name starts that the name ends ("*the Union of Families
/// of Workers Killed by* Mining Firms"), when it passes one of
/// [`STOPPING_LINKS`], opens with a capitalised word (perhaps after "the")
/// and stands at a clause's start.
pub(super) fn long_body_start(sentence: &str, name: usize) -> Option<usize> {
    let before = &sentence[..name];
    let mut start = None;
    let mut passed_stop = false;
    let mut capitals = 0;
    let mut at = before.trim_end().len();
    for (n, word) in before.trim_end().rsplit(' ').enumerate() {
        if n == MAX_LONG_NAME_WORDS || word.is_empty() {
            break;
        }
        let word_at = at - word.len();
        let lower = word.to_ascii_lowercase();
        if word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
        {
            capitals += 1;
            start = Some(word_at);
        } else if NAME_LINKS.contains(&lower.as_str()) {
            passed_stop |= STOPPING_LINKS.contains(&lower.as_str());
            if lower == "the" {
                start = start.map(|_| word_at);
            }
        } else {
            break;
        }
        at = word_at.saturating_sub(1);
    }
    let start = start?;
    let lead = sentence[..start].trim_end();
    let opens = lead.is_empty() || lead.ends_with([',', ':', '“', '"']);
    (passed_stop && capitals >= 2 && opens && start < name).then_some(start)
}

/// Prepositions that open a dated lead ("*In* March 1998").
const DATE_LEADS: &[&str] = &["In", "On", "By", "Since", "Until"];

/// True when `lead` is a date and then a clause of its own ("In March 1998
/// the coast saw nine storms"): a preposition, dates (months, weekdays,
/// numbers), then a determiner or a capitalised word and at least one more
/// word.
pub(super) fn is_dated_clause(lead: &str) -> bool {
    let mut words = lead.split_whitespace();
    if !words.next().is_some_and(|w| DATE_LEADS.contains(&w)) {
        return false;
    }
    let is_date = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        MONTHS.contains(&w) || WEEKDAYS.contains(&w) || w.chars().all(|c| c.is_ascii_digit())
    };
    let mut dates = 0;
    let mut rest = Vec::new();
    for w in words.by_ref() {
        if rest.is_empty() && is_date(w) {
            dates += 1;
        } else {
            rest.push(w);
            if rest.len() == 2 {
                break;
            }
        }
    }
    let opens = rest.first().is_some_and(|w| {
        w.starts_with(char::is_uppercase) || ["the", "a", "an"].contains(&w.to_lowercase().as_str())
    });
    dates > 0 && rest.len() == 2 && opens
}

/// Before a relative clause's "who" at byte `who`: the byte where a plain
/// subject starts that opens the sentence or a clause ("*Three former mayors*
/// who ran the city agree", "*A farmer* who sold maize said"): one to six
/// words, the first a determiner, no pronoun and no preposition but "of"
/// among them.
pub(super) fn plain_subject_start(
    sentence: &str,
    who: usize,
    determiners: &[String],
    not_sources: &[String],
) -> Option<usize> {
    let before = sentence[..who].trim_end();
    let mut start = before.len();
    let mut at = before.len();
    for (n, word) in before.rsplit(' ').enumerate() {
        if n == 6 || word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            let lead = before[..start].trim_end();
            let opens = lead.is_empty() || lead.ends_with([',', ';', ':', '“', '"', '”']);
            return (opens && n > 0 && opener(&before[start..], determiners)).then_some(start);
        }
        let lower = word.to_lowercase();
        if PREPOSITIONS.contains(&lower.as_str()) || not_sources.contains(&lower) {
            return None;
        }
        start = at - word.len();
        at = start.saturating_sub(1);
    }
    (start < before.len() && opener(&before[start..], determiners)).then_some(start)
}

/// Prepositions that a plain subject before "who" does not hold ("prices fell
/// *for* buyers who …").
const PREPOSITIONS: &[&str] = &[
    "for", "to", "in", "at", "on", "with", "by", "from", "as", "into", "about", "after",
];

/// True when `subject`'s first word is one of `determiners`.
fn opener(subject: &str, determiners: &[String]) -> bool {
    let first = subject
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    determiners.contains(&first)
}

/// Words that make a subject a court or one of its judges.
const BENCH_WORDS: &[&str] = &[
    "justice",
    "judge",
    "judges",
    "court",
    "tribunal",
    "magistrate",
];

/// True when `subject` is a court or a judge and `after` (what follows the
/// cue) opens with "that": a ruling's finding ("Justice Ana Ortiz of the
/// Supreme Court found that …"), not "the court found the man guilty".
pub(super) fn is_judge_finding(subject: &str, after: &str) -> bool {
    let bench = subject
        .split(|c: char| !c.is_alphabetic())
        .any(|w| BENCH_WORDS.contains(&w.to_ascii_lowercase().as_str()));
    let next = after.trim_start().split(' ').next().unwrap_or("");
    bench && next.eq_ignore_ascii_case("that")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_then_a_clause_is_no_lead() {
        assert!(is_dated_clause("In March 1998 the coast saw nine storms"));
        assert!(is_dated_clause("In 2003 Lima banned the trade"));
        assert!(!is_dated_clause("On Tuesday"));
        assert!(!is_dated_clause("In a statement on Tuesday"));
        assert!(!is_dated_clause("In May in Lima"));
    }

    #[test]
    fn a_plain_subject_opens_the_clause() {
        let d: Vec<String> = ["a", "the", "three"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let p: Vec<String> = ["he", "they"].iter().map(|s| s.to_string()).collect();
        let s = "Three former mayors who ran the city agree.";
        let who = s.find(" who").expect("who");
        assert_eq!(plain_subject_start(s, who, &d, &p), Some(0));
        let s = "Prices fell, a farmer who sold maize said.";
        let who = s.find(" who").expect("who");
        assert_eq!(
            &s[plain_subject_start(s, who, &d, &p).expect("subject")..who],
            "a farmer"
        );
        let s = "Prices fell as they who sold maize said.";
        let who = s.find(" who").expect("who");
        assert_eq!(plain_subject_start(s, who, &d, &p), None);
        let s = "The prices fell for buyers who sold maize.";
        let who = s.find(" who").expect("who");
        assert_eq!(plain_subject_start(s, who, &d, &p), None);
        let s = "Farm Pulse who sold maize said.";
        let who = s.find(" who").expect("who");
        assert_eq!(plain_subject_start(s, who, &d, &p), None);
    }

    #[test]
    fn a_judge_finds_that() {
        assert!(is_judge_finding(
            "Justice Ana Ortiz of the Supreme Court",
            " that the firm lied."
        ));
        assert!(!is_judge_finding("The court", " the man guilty."));
        assert!(!is_judge_finding("The survey team", " that prices rose."));
    }

    #[test]
    fn a_thousands_comma_separates_no_clause() {
        let text = "Ana Ruiz, a farmer with 3,000 goats";
        assert_eq!(last_clause_comma(text), Some(8));
        assert_eq!(last_clause_comma("no comma"), None);
    }

    #[test]
    fn determiners_and_numbers_name_no_one() {
        assert!(names_no_one("A 2021"));
        assert!(names_no_one("the 14"));
        assert!(names_no_one("Nobody"));
        assert!(!names_no_one("The 38 North"));
    }

    #[test]
    fn a_long_body_name_reaches_over_by() {
        let s = "Later, the Union of Families of Workers Killed by Mining Firms said it was angry.";
        let name = s.find("Mining").expect("name");
        let start = long_body_start(s, name).expect("long name");
        assert_eq!(
            &s[start..name],
            "the Union of Families of Workers Killed by "
        );
        // A plain clause before the name is no part of it.
        let s = "Fuel was sold to Mining Firms, the union said.";
        let name = s.find("Mining").expect("name");
        assert_eq!(long_body_start(s, name), None);
        let s = "Exports to China fell, Customs data showed.";
        assert_eq!(long_body_start(s, s.find("China").expect("name")), None);
    }
}
