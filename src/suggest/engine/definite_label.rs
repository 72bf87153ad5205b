//! A naming verb whose definite object a quote labels at once ("The agency
//! *called* the order “a measure to defend the people”", "Representative
//! X, a California Democrat, *called* the offer "overdue""): the source
//! characterises what it speaks of, so subject and verb are an attribution
//! that ends at the verb; the object and the quoted label stay outside it.
//! Over the 25 sets the gold ends such a span at the verb 10 times (fresh10,
//! fresh11, fresh16, fresh17, fresh18 ×2, fresh21 ×2, fresh23 ×2) and runs
//! it through the object twice (fresh13's "It called the revision",
//! fresh14's "called the film"); none was found before. Not after "and"
//! (a second verb of the subject's: the earlier rules' shape), nor when an
//! attribution stands before it in the sentence ("The statement, *carried
//! by KCNA*, called the activists “human scum”": the document's words, a
//! claim in tune).

use super::Found;
use crate::suggest::CLAIM;

/// The most plain words between the determiner and the quote ("the *joint
/// exercise*").
const MAX_OBJECT_WORDS: usize = 3;

/// The end of the naming verb ending at byte `end` (its cue starting at
/// `start`) when "the", one to [`MAX_OBJECT_WORDS`] plain lower-case words
/// and an opening quote follow it, and no attribution in `found` ends
/// before the cue.
pub(super) fn definite_label_end(
    sentence: &str,
    start: usize,
    end: usize,
    found: &[Found],
) -> Option<usize> {
    // Cheap first: "the " right after the verb.
    let body = sentence.get(end..)?.strip_prefix(" the ")?;
    if found.iter().any(|f| f.end <= start) {
        return None;
    }
    let mut at = 0;
    for raw in body.split_inclusive(' ').take(MAX_OBJECT_WORDS) {
        let word = raw.trim_end();
        let plain = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-');
        if !plain || !raw.ends_with(' ') {
            return None;
        }
        at += raw.len();
        if body[at..].starts_with(['“', '"']) {
            return Some(end);
        }
    }
    None
}

/// Speech verbs a subject's second verb after "and" may be, after a naming
/// verb ("called the offer “overdue” *and said* …").
const SECOND_VERBS: &[&str] = &["said", "says", "added", "claimed", "warned", "insisted"];

/// The most bytes between the naming verb and "and".
const MAX_BETWEEN: usize = 200;

/// The rule of the naming verbs.
const NAMING_RULE: &str = "source-called";

/// After an attribution of [`NAMING_RULE`] ending at its verb: the speech
/// verb of [`SECOND_VERBS`] that follows " and " later in its clause (no
/// comma, full stop or other attribution between), as one more attribution
/// of the same source ("*The agency called* the order “…” and *said* …").
/// The earlier rules read "and said" only after an attribution already
/// found, which the naming verb, read after them, was not.
pub(super) fn push_second_verbs(sentence: &str, out: &mut Vec<Found>) {
    let mut pushed = Vec::new();
    for f in out.iter().filter(|f| f.rule == NAMING_RULE) {
        // Cheap first: " and " after the naming verb.
        let Some(rest) = sentence.get(f.end..) else {
            continue;
        };
        let Some(and) = rest.find(" and ") else {
            continue;
        };
        let between = &rest[..and];
        if between.len() > MAX_BETWEEN || between.contains([';', '(']) || !inside_quote(between) {
            continue;
        }
        let verb_at = f.end + and + " and ".len();
        let word = sentence[verb_at..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        if !SECOND_VERBS.contains(&word) {
            continue;
        }
        let verb_end = verb_at + word.len();
        if out.iter().any(|g| g.start < verb_end && verb_at < g.end) {
            continue;
        }
        pushed.push(Found {
            start: verb_at,
            end: verb_end,
            label: f.label,
            source: f.source.clone(),
            rule: f.rule.clone(),
            score: f.score,
            why: format!("“{word}” after “and”, the naming verb's subject"),
            back_reference: f.back_reference,
        });
    }
    out.extend(pushed);
}

/// True when every comma or full stop of `between` stands inside a quote
/// (“a measure, in short,”).
fn inside_quote(between: &str) -> bool {
    let mut quoted = false;
    for c in between.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            ',' | '.' if !quoted => return false,
            _ => {}
        }
    }
    true
}

/// Drops from `out` the claim that opens right at the labelled object
/// after a naming verb's attribution (`attributions`, in the bytes of
/// `sentence`, which starts at byte `s` of the text): "The agency called
/// *the order “a measure …”*" leaves the quoted opinion unmarked (gold: 9 of
/// 11, fresh11–fresh23; fresh10 marks it twice).
pub(super) fn drop_labelled_objects(
    sentence: &str,
    s: usize,
    attributions: &[Found],
    out: &mut Vec<Found>,
) {
    for a in attributions.iter().filter(|a| a.rule == NAMING_RULE) {
        if definite_label_end(sentence, a.start, a.end, &[]) != Some(a.end) {
            continue;
        }
        let object = s + a.end + 1;
        out.retain(|f| !(f.label == CLAIM && f.start == object));
    }
}
