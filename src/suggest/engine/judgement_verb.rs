//! A body's judgement in the present tense with a "that" clause: "*The
//! Commission finds* that …", "*Management considers* that …", "though *it
//! accepts* that …", "*The Commission is satisfied* that …", "but *the
//! Chamber considers* it likely that …". The verbs of a ruling, a board's
//! report or a paper's abstract weigh evidence rather than say; the cue
//! rules read "finds" only after a document and not "considers", "accepts"
//! or "is satisfied" at all. The subject opens its clause (the sentence's
//! start, punctuation or a conjunction before it): a capitalised name after
//! "the" or alone, a plain noun after "the", or "it" (the body named
//! before). Over the 26 sets (fresh24 204–207 only) every such phrase is an
//! attribution in gold: 11 of 11 (fresh20 ×5, fresh23 ×4, fresh24 ×1, and
//! the pollster's "notes" kept by the cue rules); "said the court had
//! accepted that" (an auxiliary before, inside what was said) is not read.

use super::owned_document::words;
use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// Verbs of judgement, present tense.
const VERBS: &[&str] = &["considers", "finds", "concludes", "accepts", "holds"];

/// Participles of a body's finding after "has" ("The Archive *has
/// established* that …": gold 1 of 1, fresh26; "has found" is read by the
/// cue rules).
const PERFECT_FINDINGS: &[&str] = &["established", "ascertained", "determined"];

/// Adjectives of "is … that" judgements ("is *satisfied* that").
const STATES: &[&str] = &["satisfied", "persuaded", "convinced", "unpersuaded"];

/// Words before the subject that open a clause ("*but* the Chamber").
const OPENERS: &[&str] = &[
    "but", "and", "while", "though", "although", "yet", "however",
];

/// Rule id of these attributions.
const RULE: &str = "judgement-verb";

/// Score of these attributions.
const SCORE: f32 = 0.75;

/// For the verb at word `v` of `ws` (the judgement's last word, "considers"
/// or "satisfied"), where the reported clause starts after it: "that", or
/// "it" and one word and "that" ("considers it likely that").
fn clause_follows(ws: &[(usize, &str)], v: usize) -> bool {
    let word = |k: usize| ws.get(k).map_or("", |w| w.1);
    word(v + 1) == "that" || (word(v + 1) == "it" && word(v + 3) == "that")
}

/// Adjectives of likelihood in "considers *it likely* that".
const LIKELIHOOD: &[&str] = &[
    "likely",
    "unlikely",
    "possible",
    "probable",
    "improbable",
    "plausible",
];

/// True when `head` (a reported clause through its "that") is "it", an
/// adjective of likelihood and "that" ("the Chamber considers *it likely
/// that* …"): the
/// clause starts at "it", a hedge of its own (gold: fresh24 207, the
/// speculation "it likely that …").
pub(super) fn is_hedged_it(head: &str) -> bool {
    let mut ws = head.split_whitespace();
    matches!(
        (ws.next(), ws.next(), ws.next(), ws.next()),
        (Some("it"), Some(adj), Some("that"), None) if LIKELIHOOD.contains(&adj)
    )
}

/// The subject's first word before word `k` (the word after the subject):
/// its index and whether it is "it" or a plain noun (a back-reference).
fn subject_before(ws: &[(usize, &str)], k: usize) -> Option<(usize, bool)> {
    let last = k.checked_sub(1)?;
    let word = ws[last].1;
    if !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    if lower_in(word, &["it"]) {
        return Some((last, true));
    }
    if word.starts_with(char::is_uppercase) {
        // The capitalised run ("the Media Standards Commission").
        let mut first = last;
        while first > 0
            && last - first < 5
            && ws[first - 1].1.starts_with(char::is_uppercase)
            && ws[first - 1]
                .1
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-')
            && !lower_in(ws[first - 1].1, &["the"])
        {
            first -= 1;
        }
        return match first.checked_sub(1) {
            Some(d) if lower_in(ws[d].1, &["the"]) => Some((d, false)),
            _ => Some((first, false)),
        };
    }
    // "the author", "the paper": a plain noun after "the".
    let d = last.checked_sub(1)?;
    (word.chars().all(|c| c.is_lowercase()) && lower_in(ws[d].1, &["the"])).then_some((d, true))
}

/// True when the subject starting at word `s` opens a clause.
fn opens_clause(ws: &[(usize, &str)], s: usize) -> bool {
    match s.checked_sub(1) {
        None => true,
        Some(p) => {
            let w = ws[p].1;
            w.ends_with([',', ';', ':', '.']) || lower_in(w, OPENERS)
        }
    }
}

/// The judgement phrases of `sentence`: start, end (after the verb) and
/// whether the subject is a back-reference.
pub(super) fn judgements(sentence: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    // Cheap first: "that" and a judgement verb's letters.
    if !sentence.contains(" that ")
        || !(VERBS.iter().any(|v| sentence.contains(v))
            || sentence.contains(" satisfied")
            || (sentence.contains("has ") && PERFECT_FINDINGS.iter().any(|p| sentence.contains(p))))
    {
        return out;
    }
    let ws = words(sentence);
    for v in 1..ws.len() {
        let word = ws[v].1;
        let (subject_end, verb_end) = if VERBS.contains(&word) {
            (v, ws[v].0 + word.len())
        } else if STATES.contains(&word) && v >= 2 && ws[v - 1].1 == "is" {
            (v - 1, ws[v].0 + word.len())
        } else if PERFECT_FINDINGS.contains(&word) && v >= 2 && ws[v - 1].1 == "has" {
            // "The Archive *has established* that …".
            (v - 1, ws[v].0 + word.len())
        } else {
            continue;
        };
        if !clause_follows(&ws, v) {
            continue;
        }
        let Some((s, back)) = subject_before(&ws, subject_end) else {
            continue;
        };
        if opens_clause(&ws, s) {
            out.push((ws[s].0, verb_end, back));
        }
    }
    out
}

impl Suggester {
    /// Adds to `out` each judgement phrase of `sentence` ("The Commission
    /// finds"), when it overlaps none of its attributions.
    pub(super) fn push_judgements_that(&self, sentence: &str, out: &mut Vec<Found>) {
        for (start, end, back_reference) in judgements(sentence) {
            if out.iter().any(|f| f.start < end && start < f.end) {
                continue;
            }
            let phrase = &sentence[start..end];
            let subject = phrase.rsplit_once(' ').map_or(phrase, |(s, _)| s);
            let subject = subject.strip_suffix(" is").unwrap_or(subject);
            // Read as the cue rules read a subject: "The Commission" through
            // the registry, "the author" and "it" as back-references.
            let back_reference = back_reference || self.is_definite_back_reference(subject);
            let source = if back_reference {
                subject.to_string()
            } else {
                self.source_of(subject)
            };
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("judgement “{phrase}” before “that”"),
                source: Some(source),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::judgements;

    fn spans(s: &str) -> Vec<&str> {
        judgements(s)
            .into_iter()
            .map(|(a, b, _)| &s[a..b])
            .collect()
    }

    #[test]
    fn judgement_verbs_before_that() {
        assert_eq!(
            spans("The Commission finds that the description was wrong."),
            ["The Commission finds"]
        );
        assert_eq!(
            spans("The Tarn Office has established that the ship left."),
            ["The Tarn Office has established"]
        );
        assert_eq!(
            spans("It may be so, but the Chamber considers it likely that he pushed."),
            ["the Chamber considers"]
        );
        assert_eq!(
            spans("The Commission is satisfied that both consented."),
            ["The Commission is satisfied"]
        );
        assert_eq!(
            spans("Management considers that a clash is possible."),
            ["Management considers"]
        );
        assert!(spans("He said the court had accepted that they lied.").is_empty());
        assert!(spans("The ministry accepts the finding that was made.").is_empty());
        assert!(super::is_hedged_it("it likely that "));
        assert!(!super::is_hedged_it("the men "));
    }
}
