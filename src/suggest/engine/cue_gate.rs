//! Whether a cue word found in a sentence is a reporting verb here: the false
//! friends of reporting verbs ("*Its report*", "an official *accused* of
//! spying", "the tanker *reported its position*"), the verbs that report only
//! when a clause follows ("argued *that*", not "testified *for three hours*")
//! and those that report only with a characterised object ("has called *such
//! reports* …", not "called *a meeting*").

use super::{Found, Suggester};
use crate::suggest::lower::{lower, lower_in};
use crate::suggest::rules::AttributionRule;

/// Possessives that make the cue word after them a noun ("*Its* report", "*their*
/// claims").
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our", "my", "your"];

/// "'s" that is "has" or "is", not a possessive ("*she's* said").
const CONTRACTIONS: &[&str] = &[
    "he's", "she's", "it's", "that's", "who's", "there's", "what's",
];

/// Participles that, before "of", describe someone rather than report ("an
/// official *accused* of spying").
const PARTICIPLES_BEFORE_OF: &[&str] = &["accused", "suspected", "convicted", "charged"];

/// Cue words that, before a possessive pronoun, take a plain object ("reported
/// *its* position") rather than report.
const PLAIN_OBJECT_CUES: &[&str] = &["report", "reports", "reported", "reporting"];

/// What "argue" takes as a plea rather than a report ("argued *the case*").
const ARGUED_OBJECTS: &[&str] = &["case", "cases", "appeal", "motion", "point"];

/// Determiners before the noun of an `object_nouns` cue ("called *such*
/// reports").
const OBJECT_DETERMINERS: &[&str] = &[
    "the", "such", "these", "those", "this", "that", "its", "their", "his", "her", "all", "any",
];

/// The most plain modifiers between an object's determiner and its noun ("the
/// *latest media* reports").
const MAX_OBJECT_MODIFIERS: usize = 2;

impl Suggester {
    /// True when the cue at `start..end` is no reporting verb here: a noun
    /// after a possessive ("Its report", "KCNA's report"), a participle before
    /// "of" ("an official accused of spying"), "reported" with a plain object
    /// ("reported its position"), or, for a rule that needs a clause, no
    /// reported clause near it.
    pub(super) fn is_false_friend(
        &self,
        rule: &AttributionRule,
        sentence: &str,
        start: usize,
        end: usize,
    ) -> bool {
        // "Field *report*, third quarter:": a heading's noun compound.
        if super::heading_compound::is_heading_compound(sentence, start, end)
            || super::plain_counter::is_plain_counter(&rule.id, &sentence[..start])
        {
            return true;
        }
        let cue = lower(&sentence[start..end]);
        let before = sentence[..start].trim_end();
        let previous = before.rsplit(' ').next().unwrap_or("");
        let previous_lower = lower(previous);
        let contraction = previous.contains(['\'', '’'])
            && CONTRACTIONS.contains(&previous_lower.replace('’', "'").as_str());
        if ((previous.ends_with("'s") || previous.ends_with("’s")) && !contraction)
            || POSSESSIVES.contains(&previous_lower.as_ref())
            || super::noun_states::is_noun_states(&cue, &previous_lower)
        {
            return true;
        }
        // "the line that state media said *was* new": a hearsay aside.
        if super::relative_gap::is_relative_gap(&cue, sentence, start, end) {
            return true;
        }
        let next = lower(next_word(sentence, end));
        if next == "of" && PARTICIPLES_BEFORE_OF.contains(&cue.as_ref()) {
            return true;
        }
        if PLAIN_OBJECT_CUES.contains(&cue.as_ref()) && POSSESSIVES.contains(&next.as_ref()) {
            return true;
        }
        // "Lawyers argued the case": a plea, not a report.
        if cue.starts_with("argu") && ARGUED_OBJECTS.contains(&object_noun(sentence, end).as_str())
        {
            return true;
        }
        if rule.needs_clause
            && !self.has_reported_clause(sentence, start, end)
            && !self.reports_without_that(sentence, start, end)
            // "The pier was sound, she maintained.": the clause before.
            && !self.trails_its_clause(sentence, start, end)
        {
            return true;
        }
        // "put *the blame* on": no figure given.
        if rule.figure_object && !super::figure_object::gives_figure(sentence, start, end) {
            return true;
        }
        // "ministry *requests* for funds": a noun, not a note's verb.
        if rule.id == super::performative::RULE
            && !super::performative::takes_complement(sentence, end)
        {
            return true;
        }
        // "the six *recorded in* May": a participle, not a body's count.
        if super::cue_shapes::is_plain_record(sentence, start, end) {
            return true;
        }
        // "Moscow has denied *breaking the embargo*": a deed, not a report.
        // "also wrote *to the commissioner* on 19 June": a letter sent.
        (super::deed::is_deed(&cue, before, &sentence[end..])
            || super::letter_sent::is_letter_sent(&cue, &sentence[end..]))
            && !self.has_reported_clause(sentence, start, end)
    }

    /// True when a reported clause goes with the cue at `start..end`: after
    /// it, perhaps past a time or circumstance phrase or an audience ("told
    /// the committee on Tuesday"), comes "that", a quote or a colon; or a
    /// closing quote stands before it ("“…,” the ministry complained").
    pub(super) fn has_reported_clause(&self, sentence: &str, start: usize, end: usize) -> bool {
        let before = &sentence[look_back(sentence, start, MAX_QUOTE_LOOK_BACK)..start];
        if before.contains(['”', '"']) {
            return true;
        }
        let object = self.cue_object_end(sentence, end).unwrap_or(end);
        let after = self.circumstance_after(sentence, object);
        let rest = sentence[after..].trim_start_matches([' ', ',']);
        // "posted *again*: …".
        let rest = (rest.strip_prefix("again"))
            .filter(|r| r.starts_with([' ', ':', ',']))
            .map_or(rest, |r| r.trim_start_matches([' ', ',']));
        let word = rest
            .split(|c: char| !crate::suggest::letters::is_alphabetic(c))
            .next()
            .unwrap_or("");
        word.eq_ignore_ascii_case("that") || rest.starts_with(['“', '"', ':', '‘'])
    }

    /// For a rule with `object_nouns`, the end of the object its cue (bytes
    /// `cue`) needs: a characterised object ([`Self::characterised_object_end`]),
    /// else, with no "and" before the cue, a quoted label ("X denied it *and
    /// called it* “…”": one attribution, X's) or a definite one ("The agency
    /// called *the order* “…”"), no attribution of `found` ending before it.
    pub(super) fn rule_object_end(
        &self,
        rule: &AttributionRule,
        sentence: &str,
        (start, end): (usize, usize),
        found: &[Found],
    ) -> Option<usize> {
        let plain = || !super::attribution_words::follows_and(sentence, start);
        (self.characterised_object_end(rule, sentence, end))
            .or_else(|| {
                plain()
                    .then(|| self.quoted_label_object(sentence, end))
                    .flatten()
            })
            .or_else(|| {
                plain()
                    .then(|| super::definite_label::definite_label_end(sentence, start, end, found))
                    .flatten()
            })
    }

    /// For a rule with `object_nouns`: the end of the characterised object
    /// after the cue ending at byte `end` ("called *such reports*", "dismissed
    /// *the latest allegations*"), a determiner, at most two plain modifiers
    /// and one of the nouns. `None` when none follows: the cue does not report.
    pub(super) fn characterised_object_end(
        &self,
        rule: &AttributionRule,
        sentence: &str,
        end: usize,
    ) -> Option<usize> {
        let body = sentence[end..].strip_prefix(' ')?;
        let mut at = end + 1;
        for (n, raw) in body
            .split_inclusive(' ')
            .take(MAX_OBJECT_MODIFIERS + 2)
            .enumerate()
        {
            let word = raw.trim_end();
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if n == 0 {
                if !lower_in(bare, OBJECT_DETERMINERS) {
                    return None;
                }
            } else if rule
                .object_nouns
                .iter()
                .any(|o| o.eq_ignore_ascii_case(bare))
            {
                return Some(at + bare.len());
            } else if !bare.chars().all(|c| c.is_lowercase() || c == '-') || bare.is_empty() {
                return None;
            }
            if bare.len() < word.len() {
                return None;
            }
            at += raw.len();
        }
        None
    }
}

/// Conjunctions of time or condition that make a reporting verb after their
/// subject an event in a subordinate clause ("*Since* Kim declared the South an
/// enemy, …"), not an attribution of what follows ("after officials said the
/// ships had left" still reports what they said).
const SUBORDINATORS: &[&str] = &["since", "until", "once", "if", "unless"];

/// True when the word just before a subject starting at byte `subject` is a
/// conjunction of [`SUBORDINATORS`] ("*Since* Kim declared …").
pub(super) fn in_subordinate_clause(sentence: &str, subject: usize) -> bool {
    // "*Since* Kim Jong Un declared": a capitalised conjunction read as the
    // name's first word.
    let first = sentence[subject..].split(' ').next().unwrap_or("");
    if lower_in(first, SUBORDINATORS) {
        return true;
    }
    let before = &sentence[..subject];
    if before.ends_with(|c: char| c != ' ') {
        return false;
    }
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    lower_in(word, SUBORDINATORS)
}

/// The noun after a determiner after byte `end` ("argued *the case*"), lower
/// case; "" when no determiner follows.
fn object_noun(sentence: &str, end: usize) -> String {
    let mut words = sentence[end..].split_whitespace();
    let first = words.next().unwrap_or("");
    if !lower_in(first, &["the", "a", "an", "its", "their", "his", "her"]) {
        return String::new();
    }
    let noun = words.next().unwrap_or("");
    noun.trim_end_matches(|c: char| !crate::suggest::letters::is_alphabetic(c))
        .to_lowercase()
}

/// How far before a cue a closing quote is looked for, in bytes.
const MAX_QUOTE_LOOK_BACK: usize = 600;

/// The byte `bytes` before `at` in `text` (or 0), moved back to a char
/// boundary: where a bounded look-back starts.
pub(super) fn look_back(text: &str, at: usize, bytes: usize) -> usize {
    let mut from = at.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    from
}

/// The word that starts after byte `end` (spaces skipped), letters only.
fn next_word(sentence: &str, end: usize) -> &str {
    let rest = sentence[end..].trim_start_matches(' ');
    rest.split(|c: char| !crate::suggest::letters::is_alphabetic(c))
        .next()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said_rule(suggester: &Suggester, id: &str) -> AttributionRule {
        (suggester.rules().attribution.rules.iter())
            .find(|r| r.id == id)
            .cloned()
            .expect("the rule")
    }

    fn friend(sentence: &str, cue: &str, rule: &str) -> bool {
        let s = Suggester::builtin().expect("built-in rules");
        let rule = said_rule(&s, rule);
        let start = sentence.find(cue).expect("cue in the sentence");
        s.is_false_friend(&rule, sentence, start, start + cue.len())
    }

    #[test]
    fn nouns_participles_and_plain_objects_are_false_friends() {
        assert!(friend(
            "Their claims were dismissed.",
            "claims",
            "source-said"
        ));
        assert!(friend(
            "The agency's report listed ten names.",
            "report",
            "source-said"
        ));
        assert!(friend(
            "A guard accused of theft resigned.",
            "accused",
            "source-said"
        ));
        assert!(friend(
            "The ferry reported its location.",
            "reported",
            "source-said"
        ));
        assert!(!friend(
            "The ferry's owner reported that it sank.",
            "reported",
            "source-said"
        ));
        assert!(!friend(
            "Police accused the man of theft.",
            "accused",
            "source-said"
        ));
        assert!(!friend("She's said that before.", "said", "source-said"));
        assert!(!friend(
            "Experts warned of a shortage.",
            "warned",
            "source-said"
        ));
        assert!(friend(
            "Her lawyers argued the case for a week.",
            "argued",
            "source-said"
        ));
        assert!(!friend(
            "Her lawyers argued the fine was illegal.",
            "argued",
            "source-said"
        ));
    }

    #[test]
    fn clause_verbs_need_a_clause_or_a_quote() {
        let r = "source-contends";
        assert!(!friend(
            "The union complained that pay was late.",
            "complained",
            r
        ));
        assert!(!friend(
            "The union complained on Friday that pay was late.",
            "complained",
            r
        ));
        assert!(!friend(
            "“Pay is late,” the union complained.",
            "complained",
            r
        ));
        assert!(!friend("The nurse testified: “I saw it.”", "testified", r));
        assert!(friend("The nurse testified for two hours.", "testified", r));
        assert!(friend(
            "Neighbours complained about the noise.",
            "complained",
            r
        ));
    }

    #[test]
    fn subordinate_clauses_are_events() {
        let s = "Since the ministry announced the plan, fares rose.";
        assert!(in_subordinate_clause(
            s,
            s.find("the ministry").expect("subject")
        ));
        let s = "Since Kim Jong Un declared the South an enemy, trade fell.";
        assert!(in_subordinate_clause(s, 0));
        let s = "After the meeting, the ministry announced the plan.";
        assert!(!in_subordinate_clause(
            s,
            s.find("the ministry").expect("subject")
        ));
    }

    #[test]
    fn characterised_objects_only() {
        let s = Suggester::builtin().expect("built-in rules");
        let rule = said_rule(&s, "source-called");
        let end_of = |sentence: &'static str| -> Option<&'static str> {
            let end = sentence.find("called").expect("cue") + "called".len();
            s.characterised_object_end(&rule, sentence, end)
                .map(|e| &sentence[..e])
        };
        assert_eq!(
            end_of("The ministry has called such claims baseless."),
            Some("The ministry has called such claims")
        );
        assert_eq!(
            end_of("The club called the latest media reports false."),
            Some("The club called the latest media reports")
        );
        assert_eq!(end_of("The mayor called a meeting for Friday."), None);
        assert_eq!(end_of("The mayor called for calm."), None);
    }
}
