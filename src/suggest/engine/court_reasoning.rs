//! A court's reasoning as an attribution: the verbs of judging with the
//! bench as subject ("The tribunal *accepted* the insurer's evidence that
//! …", "The judges *rejected* the claim that …", "The court *relied on* …",
//! "The panel *took the view* that …"), the bench's view as a sentence
//! adverbial ("*In the tribunal's view*, …"), and "It" opening a sentence
//! with such a verb after the bench spoke in the same paragraph ("It relied
//! on …"). A verb of judging with an object is an attribution only when a
//! reported clause ("that …") follows the object: "The court rejected the
//! appeal." is a deed.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;

/// Head nouns of a bench ("the appeals *court*", "the three *judges*").
pub(super) const BENCH: &[&str] = &[
    "court", "tribunal", "judge", "judges", "bench", "panel", "justices", "jury",
];

/// [`BENCH`] as one searcher, for the cheap first test of each sentence.
static BENCH_WORDS: std::sync::LazyLock<crate::suggest::finders::AnyOf> =
    std::sync::LazyLock::new(|| crate::suggest::finders::AnyOf::new(BENCH));

/// Verbs of judging that take an object and then a reported clause.
const WITH_OBJECT: &[&str] = &["accepted", "rejected", "dismissed", "upheld", "agreed with"];

/// Verbs of judging whose span ends with the verb: "relied on" (whatever
/// follows), "took the view" (before "that").
const BARE: &[&str] = &["relied on", "took the view"];

/// Nouns that take a content clause ("the *argument* that …", "the
/// *evidence* that …"): an object of [`WITH_OBJECT`] ends with one, so a
/// relative "that" ("upheld a ruling *that* ordered …") is no report.
const CONTENT_NOUNS: &[&str] = &[
    "argument",
    "arguments",
    "evidence",
    "claim",
    "claims",
    "contention",
    "submission",
    "submissions",
    "assertion",
    "allegation",
    "allegations",
    "account",
    "explanation",
    "testimony",
    "suggestion",
    "view",
    "position",
    "case",
    "defence",
    "defense",
    "assurance",
    "assurances",
    "finding",
    "findings",
    "conclusion",
    "theory",
];

/// The most words an object of [`WITH_OBJECT`] may have.
const OBJECT_WORDS: usize = 8;

/// Words a bench subject may have before its head, after "the".
const SUBJECT_WORDS: usize = 2;

/// How far after a bench's attribution an "It" is read, in bytes.
const REACH: usize = 600;

/// The rule id of these attributions.
const RULE: &str = "court-reasoning";

/// The score of these attributions.
const SCORE: f32 = 0.75;

/// The verbs of judging in order of trial.
fn verbs() -> impl Iterator<Item = &'static str> {
    WITH_OBJECT.iter().chain(BARE).copied()
}

/// Whether `before` (the text before a subject) leaves the subject at the
/// start of its clause: nothing, a clause mark, or a paragraph number
/// ("[4]", "4.").
fn opens_clause(before: &str) -> bool {
    let b = before.trim_end();
    b.is_empty()
        || b.ends_with([',', ';', ':', '—'])
        || (b.ends_with([']', '.', ')'])
            && b.trim_start_matches(['[', '(']).len() <= 5
            && b.bytes().any(|c| c.is_ascii_digit()))
}

/// The start of a bench subject ending at byte `end` of `sentence` ("The
/// court", "the appeals court", "The three judges") when it opens its
/// clause.
fn bench_subject(sentence: &str, end: usize) -> Option<usize> {
    let before = sentence.get(..end)?;
    let mut words = before.rsplit(' ');
    let head = words.next()?;
    if !BENCH.contains(&head.to_lowercase().as_str()) {
        return None;
    }
    let mut start = end - head.len();
    for _ in 0..=SUBJECT_WORDS {
        let word = words.next()?;
        start -= word.len() + 1;
        if word.eq_ignore_ascii_case("the") {
            return opens_clause(&sentence[..start]).then_some(start);
        }
        if !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
            return None;
        }
    }
    None
}

/// The end of the judging after a verb ending at byte `verb_end`: the verb
/// itself for [`BARE`] ("took the view" needs "that" next), else the end of
/// an object of at most [`OBJECT_WORDS`] words with no comma or quote that
/// " that " follows.
fn judging_end(sentence: &str, verb: &str, verb_end: usize) -> Option<usize> {
    let rest = sentence.get(verb_end..)?;
    if verb == "relied on" {
        return rest.starts_with(' ').then_some(verb_end);
    }
    if verb == "took the view" {
        return rest.starts_with(" that ").then_some(verb_end);
    }
    let that = rest.find(" that ")?;
    let object = &rest[..that];
    let words = object.split_whitespace().count();
    let clean = !object.contains([',', ';', '.', '"', '“', '”', '(']);
    let head = object.rsplit(' ').next().unwrap_or("").to_lowercase();
    (clean && (1..=OBJECT_WORDS).contains(&words) && CONTENT_NOUNS.contains(&head.as_str()))
        .then_some(verb_end + that)
}

/// Each verb of judging in `sentence` ([`verbs`]) as (subject's end,
/// verb's end, judging's end).
fn judgings(sentence: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    verbs().flat_map(move |verb| {
        sentence.match_indices(verb).filter_map(move |(at, _)| {
            let subject_end = at.checked_sub(1)?;
            if sentence.as_bytes()[subject_end] != b' ' {
                return None;
            }
            let verb_end = at + verb.len();
            let end = judging_end(sentence, verb, verb_end)?;
            Some((subject_end, verb_end, end))
        })
    })
}

/// The end of "In the <noun>'s view," opening `sentence`'s clause at byte
/// `start` ("In the tribunal's view"), with the owner ("the tribunal").
fn possessive_view(sentence: &str, start: usize) -> Option<(usize, &str)> {
    let rest = sentence.get(start..)?;
    let head = rest.get(..7)?;
    if !head.eq_ignore_ascii_case("in the ") {
        return None;
    }
    let mut words = rest[7..].splitn(3, ' ');
    let owner = words.next()?;
    let noun = words.next()?.strip_suffix(',')?;
    let bare = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))?;
    let views = ["view", "opinion", "judgment", "judgement", "assessment"];
    if !views.contains(&noun) || !bare.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let end = start + 7 + owner.len() + 1 + noun.len();
    Some((end, &sentence[start + 3..start + 7 + bare.len()]))
}

impl Suggester {
    /// Adds to `out` each bench subject with a verb of judging in
    /// `sentence`, and each "In the <noun>'s view," that opens a clause
    /// and whose noun names a bench, when it overlaps no span of `out`.
    pub(super) fn push_judgments(&self, sentence: &str, out: &mut Vec<Found>) {
        // One pass over the sentence for any bench word (this runs on every
        // sentence; most name no court).
        if !BENCH_WORDS.in_text(sentence) {
            return;
        }
        let mut spans = Vec::new();
        for (subject_end, _, end) in judgings(sentence) {
            if let Some(start) = bench_subject(sentence, subject_end) {
                spans.push((start, end, &sentence[start..subject_end]));
            }
        }
        for (at, _) in sentence.match_indices("n the ") {
            let Some(start) = at.checked_sub(1) else {
                continue;
            };
            if !opens_clause(&sentence[..start]) {
                continue;
            }
            let Some((end, owner)) = possessive_view(sentence, start) else {
                continue;
            };
            let noun = owner.rsplit(' ').next().unwrap_or("");
            if BENCH.contains(&noun.to_lowercase().as_str()) {
                spans.push((start, end, owner));
            }
        }
        for (start, end, subject) in spans {
            if out.iter().any(|f| start < f.end && f.start < end) {
                continue;
            }
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("judging “{}” by “{subject}”", &sentence[start..end]),
                source: Some(self.source_of(subject)),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: false,
            });
        }
    }

    /// After each attribution of `found` whose span names a bench, an "It"
    /// that opens a later sentence of its paragraph (within [`REACH`]
    /// bytes) with a verb of judging speaks for the same source ("It
    /// relied on …"). `found` stays in text order.
    pub(super) fn court_pronouns(&self, text: &str, found: &mut Vec<Found>) {
        let mut added = Vec::new();
        // Whether each span names the bench: its words alone, read
        // beforehand (a long list on two threads).
        let benches = super::tail_split::map(found, |f| {
            (text.get(f.start..f.end)).is_some_and(|span| {
                f.label == ATTRIBUTION
                    && span
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| crate::suggest::lower::lower_in(w, BENCH))
            })
        });
        for (f, _) in (found.iter().zip(benches)).filter(|(_, bench)| *bench) {
            let (Some(span), Some(source)) = (text.get(f.start..f.end), f.source.as_ref()) else {
                continue;
            };
            let mut stop = (f.end + REACH).min(text.len());
            while !text.is_char_boundary(stop) {
                stop -= 1;
            }
            let window = &text[f.end..stop];
            let window = &window[..window.find("\n").unwrap_or(window.len())];
            for (at, _) in window.match_indices(". It ") {
                let start = f.end + at + 2;
                let sentence = &text[start..stop];
                let Some((subject_end, _, end)) = judgings(sentence).find(|j| j.0 == 2) else {
                    continue;
                };
                debug_assert_eq!(subject_end, 2);
                added.push(Found {
                    start,
                    end: start + end,
                    label: ATTRIBUTION,
                    why: format!("“It” after the bench's “{span}”"),
                    source: Some(source.clone()),
                    rule: RULE.to_string(),
                    score: SCORE,
                    back_reference: false,
                });
            }
        }
        for a in added {
            // A claim drawn from the "It" on starts after the attribution.
            for g in found.iter_mut() {
                if g.label != ATTRIBUTION && g.start == a.start && g.end > a.end + 1 {
                    let rest = &text[a.end..g.end];
                    g.start = g.end - rest.trim_start().len();
                }
            }
            let at = found.partition_point(|g| g.start < a.start);
            let clash = found[..at].last().is_some_and(|g| g.end > a.start)
                || found.get(at).is_some_and(|g| g.start < a.end);
            if !clash {
                found.insert(at, a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(sentence: &str) -> Vec<&str> {
        judgings(sentence)
            .filter_map(|(subject_end, _, end)| {
                bench_subject(sentence, subject_end).map(|s| &sentence[s..end])
            })
            .collect()
    }

    #[test]
    fn bench_verbs_with_a_reported_clause() {
        assert_eq!(
            spans("The tribunal accepted the insurer's evidence that the roof leaked."),
            ["The tribunal accepted the insurer's evidence"]
        );
        assert_eq!(
            spans("[2] The appeals court rejected the argument that the law was vague."),
            ["The appeals court rejected the argument"]
        );
        assert_eq!(
            spans("However, the three judges took the view that the fine was fair."),
            ["the three judges took the view"]
        );
        assert_eq!(
            spans("The panel relied on two audits of the port."),
            ["The panel relied on"]
        );
    }

    #[test]
    fn deeds_and_other_subjects_are_left() {
        assert!(spans("The court rejected the appeal.").is_empty());
        assert!(spans("The court dismissed the case, saying that it was late.").is_empty());
        assert!(spans("The club accepted the offer that the city made.").is_empty());
        assert!(spans("The court upheld a ruling that ordered a refund.").is_empty());
        assert!(spans("The tribunal accepted the offer that the city made.").is_empty());
        assert!(spans("Lawyers for the court rejected the claim that it lied.").is_empty());
        assert!(spans("The judge took the view from the bench.").is_empty());
    }

    #[test]
    fn a_bench_view_opens_its_clause() {
        let s = "In the tribunal's view, the roof leaked.";
        assert_eq!(possessive_view(s, 0), Some((22, "the tribunal")));
        let s = "In the end's view, no.";
        assert_eq!(possessive_view(s, 0).map(|v| v.1), Some("the end"));
        assert_eq!(
            possessive_view("In the court's view of the law, no.", 0),
            None
        );
        assert_eq!(possessive_view("In the court, he wept.", 0), None);
    }
}
