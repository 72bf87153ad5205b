//! Helpers at a clause's edges for `clause.rs`: trimming, appositives,
//! "that", an expletive "It", a verb of belief before the clause.

use crate::suggest::lexicon::is_whole_word;
use crate::suggest::lower::{lower, lower_in};

use super::reported::BELIEF_VERBS;

/// The last `bytes` bytes of `text` or a little more (from a char
/// boundary): all of it when shorter.
pub(super) fn tail_of(text: &str, bytes: usize) -> &str {
    let mut at = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    &text[at..]
}

/// True when no regex is given or one of `regexes` matches `text`.
pub(super) fn only_if(regexes: &[regex::Regex], text: &str) -> bool {
    regexes.is_empty() || regexes.iter().any(|r| r.is_match(text))
}

/// True when a word of `clause` is a finite verb or says one is there
/// (an auxiliary, "never", a past form in "-ed").
pub(super) fn has_finite_verb(clause: &str) -> bool {
    const FINITE: &[&str] = &[
        "is", "are", "was", "were", "had", "has", "have", "did", "do", "does", "never", "been",
        "will", "would", "can", "could",
    ];
    super::ascii_words::words(clause).any(|w| {
        let w = lower(w.trim_matches(is_edge));
        FINITE.contains(&w.as_ref()) || (w.len() > 4 && w.ends_with("ed"))
    })
}

/// True when `clause` opens with "none" ("none of the drones was hit").
pub(super) fn opens_with_none(clause: &str) -> bool {
    clause
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("none"))
}

/// True when the attribution before a clause ends with a verb of belief
/// ("some analysts *suspect* that …").
pub(super) fn is_belief_verb(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut last = words.next().unwrap_or("");
    if last.eq_ignore_ascii_case("that") {
        last = words.next().unwrap_or("");
    }
    lower_in(last, BELIEF_VERBS)
}

/// Words after a cue that make an "It" before it an expletive subject ("*It*
/// is unclear whether …"): the span starts at "It".
pub(super) const EXPLETIVE_NEXT: &[&str] =
    &["whether", "if", "how", "what", "when", "why", "who", "that"];

/// `cue_start` moved back over an expletive "It" before it, when the cue
/// (ending at `cue_end`) is followed by a word of [`EXPLETIVE_NEXT`].
pub(super) fn with_expletive_it(clause: &str, cue_start: usize, cue_end: usize) -> usize {
    let next = clause[cue_end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let head = clause[..cue_start].trim_end();
    let at = head.len().saturating_sub(2);
    let it = (head.get(at..)).is_some_and(|w| w.eq_ignore_ascii_case("it"))
        && !head[..at].ends_with(|c: char| crate::suggest::letters::is_alphanumeric(c));
    // "It was *too early to* say": a degree "too … to" after the copula
    // leaves "it" no referent either.
    let degree = clause[cue_start..cue_end]
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.trim_start_matches(['"', '“']) == "too");
    if (EXPLETIVE_NEXT.contains(&next.as_str()) || degree) && it {
        head.len() - 2
    } else {
        cue_start
    }
}

/// True for what is trimmed from a clause's edges: anything but letters and
/// digits (quotes and brackets are kept when the clause holds their partner).
pub(super) fn is_edge(c: char) -> bool {
    !super::ascii_words::is_alphanumeric(c)
}

/// `[a, b)` of `sentence` trimmed of punctuation, spaces and symbols (emoji) at
/// both ends, keeping a closing quote or bracket whose opening one is inside, and a
/// trailing `%`; `None` when nothing is left.
pub(super) fn trim_clause(sentence: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let raw = &sentence[a..b];
    let body = raw.trim_matches(is_edge);
    if body.is_empty() {
        return None;
    }
    // "(3) The Company …", "… first year[4]": a list's or a reference's
    // numbering is no part of the clause.
    let lead = super::list_marks::leading_mark_len(body);
    let body = body[lead..].trim_end_matches(is_edge);
    let body =
        body[..body.len() - super::list_marks::trailing_mark_len(body)].trim_end_matches(is_edge);
    if body.is_empty() {
        return None;
    }
    let start = a + (raw.len() - raw.trim_start_matches(is_edge).len()) + lead;
    let mut end = start + body.len();
    for (open, close) in [('“', '”'), ('(', ')'), ('‘', '’'), ('%', '%')] {
        let next = sentence[end..b].chars().next();
        if next == Some(close) && (open == '%' || body.contains(open)) {
            end += close.len_utf8();
        }
    }
    if sentence[end..b].starts_with('"') && body.matches('"').count() % 2 == 1 {
        end += 1;
    }
    // "… at around 9:32 *a.m.*": an abbreviation keeps its full stop.
    if sentence[end..b].starts_with('.') && ends_with_abbreviation(&sentence[start..end]) {
        end += 1;
    }
    Some((start, end))
}

/// True when `body` ends with an abbreviation whose last full stop was
/// trimmed ("9:32 a.m", "the U.S").
pub(super) fn ends_with_abbreviation(body: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &["a.m", "p.m", "U.S", "U.N", "U.K"];
    ABBREVIATIONS.iter().any(|a| {
        body.strip_suffix(a).is_some_and(|rest| {
            !rest.ends_with(|c: char| crate::suggest::letters::is_alphanumeric(c) || c == '.')
        })
    })
}

/// After an attribution ("according to NK News, a specialized site, …"): the
/// clause's start moved past an appositive (a determiner, at most eight words,
/// a comma) or a relative ("which …", "who …") of the same length, when the
/// clause starts with one.
pub(super) fn skip_appositive(
    sentence: &str,
    a: usize,
    start: usize,
    end: usize,
    determiners: &[String],
) -> usize {
    if !sentence[a..start].contains(',') {
        return start;
    }
    let clause = &sentence[start..end];
    let first = clause.split_whitespace().next().unwrap_or("");
    // A relative left over from the source ("According to the group, which
    // reviewed the images, …") is skipped like an appositive.
    let relative = ["which", "who", "whose"].contains(&first);
    if !relative && !determiners.iter().any(|d| d.eq_ignore_ascii_case(first)) {
        return start;
    }
    match clause.find(", ") {
        Some(comma) if clause[..comma].split_whitespace().count() <= 8 => {
            let rest = &clause[comma + 1..];
            start + comma + 1 + (rest.len() - rest.trim_start().len())
        }
        _ => start,
    }
}

/// After an attribution ("said on Thursday that …"): the byte just after a
/// "that" among the clause's first six words, if there is one. Not when an
/// existential "there" or the negative "no" comes first ("said *there was no
/// sign that* the fire was set"): the "that" then completes the clause's own
/// noun, and the clause is the claim whole.
pub(super) fn find_that(clause: &str) -> Option<usize> {
    let mut at = 0;
    // "said *in its opinion on the bill that* …": a circumstance may run
    // longer before the verb's "that".
    let reach = super::relative_that::that_reach(clause);
    for word in clause.split_inclusive(char::is_whitespace).take(reach) {
        let bare = word.trim();
        if bare.eq_ignore_ascii_case("there") || bare.eq_ignore_ascii_case("no") {
            return None;
        }
        if bare.eq_ignore_ascii_case("that") && at + word.len() < clause.len() {
            // "said *it turned back 11 boats that* crossed …": a relative.
            if super::relative_that::opens_own_clause(&clause[..at]) {
                return None;
            }
            return Some(at + word.len());
        }
        at += word.len();
    }
    None
}

/// After a quoting cue ("The agency quoted *the envoy as saying* the talks
/// …"): the byte just after "as saying" (and a "that" after it) among the
/// clause's first eight words, if it is there.
pub(super) fn after_as_saying(clause: &str) -> Option<usize> {
    let mut at = 0;
    let mut previous = "";
    for word in clause.split_inclusive(char::is_whitespace).take(8) {
        at += word.len();
        let bare = word.trim();
        if previous == "as" && bare == "saying" {
            let rest = &clause[at..];
            let that = strip_word(rest, "that").map_or(0, |r| rest.len() - r.len());
            return (at + that < clause.len()).then_some(at + that);
        }
        previous = bare;
    }
    None
}

/// `text` without its first word when that word is `word` (ASCII case ignored).
pub(super) fn strip_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let head = text.get(..word.len())?;
    (head.eq_ignore_ascii_case(word) && is_whole_word(text, 0, word.len()))
        .then(|| text[word.len()..].trim_start())
        .filter(|rest| !rest.is_empty())
}

/// Before a hedge cue, `previous` ending with a comma and a short noun phrase
/// opened by a determiner ("…the Lazarus Group*, a hacking unit*"): the byte
/// of that comma.
pub(super) fn appositive_before_hedge(previous: &str, determiners: &[String]) -> Option<usize> {
    let comma = previous.rfind(',')?;
    let tail = previous[comma + 1..].trim();
    let first = tail.split_whitespace().next()?;
    let words = tail.split_whitespace().count();
    (determiners.iter().any(|d| d.eq_ignore_ascii_case(first))
        && words <= 5
        && tail
            .chars()
            .all(|c| crate::suggest::letters::is_alphanumeric(c) || c == ' ' || c == '-'))
    .then_some(comma)
}

/// True when the clause at byte `start` opens its sentence (after quotes).
pub(super) fn at_clause_start(sentence: &str, start: usize) -> bool {
    sentence
        .get(..start)
        .is_some_and(|b| b.trim_matches(is_edge).is_empty())
}

#[cfg(test)]
mod tests {
    use super::skip_appositive;

    /// The clause after "According to Harbor Watch," in `sentence`.
    fn after_source(sentence: &str) -> &str {
        let a = "According to Harbor Watch".len();
        let start = a + 2;
        let dets = vec!["a".to_string(), "the".to_string()];
        &sentence[skip_appositive(sentence, a, start, sentence.len(), &dets)..]
    }

    #[test]
    fn a_quoted_speaker_is_no_part_of_the_claim() {
        use super::after_as_saying;
        let clause = "the envoy as saying the talks had stalled";
        let at = after_as_saying(clause).unwrap();
        assert_eq!(&clause[at..], "the talks had stalled");
        let clause = "its chief as saying that prices would rise";
        let at = after_as_saying(clause).unwrap();
        assert_eq!(&clause[at..], "prices would rise");
        // Look-alikes: "as" without "saying", or a saying far into the clause.
        assert_eq!(after_as_saying("the ship as it sailed past the port"), None);
        assert_eq!(
            after_as_saying("the ten ferries that crossed the strait last week, as saying goes"),
            None
        );
    }

    #[test]
    fn a_relative_of_the_source_is_skipped() {
        assert_eq!(
            after_source("According to Harbor Watch, which counts ships daily, six tankers left"),
            "six tankers left"
        );
        assert_eq!(
            after_source("According to Harbor Watch, a tracking site, six tankers left"),
            "six tankers left"
        );
        // Look-alikes: a clause that merely holds "which" later, or a long
        // relative, stays whole.
        for whole in [
            "According to Harbor Watch, six tankers left, which is a record",
            "According to Harbor Watch, which has counted every ship in the bay since the war began in the north, six tankers left",
        ] {
            let clause = &whole["According to Harbor Watch, ".len()..];
            assert_eq!(after_source(whole), clause);
        }
    }
}
