//! An impersonal passive that opens its sentence and reports a clause: "*It
//! was announced at the council's meeting* that …", "*It has been confirmed
//! on Monday* that …". The speaker is the agent after "by" when there is one
//! ([`super::passive_agent`]), else the body named in the phrase after the
//! cue when it is capitalised, else the source named before.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;

/// Openings of an impersonal report, each before a "that" clause.
const OPENINGS: &[&str] = &[
    "It was announced",
    "It has been announced",
    "It was confirmed",
    "It has been confirmed",
    "It was stated",
    "It was disclosed",
    "It was revealed",
];

/// Prepositions that may open the circumstance between the cue and "that".
const PHRASE_STARTS: &[&str] = &["at", "in", "on", "during", "after", "by", "from"];

/// The most bytes of that circumstance.
const MAX_PHRASE_BYTES: usize = 60;

/// The rule id of these attributions.
const RULE: &str = "impersonal-passive";

/// The score of these attributions.
const SCORE: f32 = 0.75;

impl Suggester {
    /// Adds to `out` the impersonal report opening `sentence`, when it
    /// overlaps none of its attributions.
    pub(super) fn push_impersonal(&self, sentence: &str, out: &mut Vec<Found>) {
        if !sentence.starts_with("It ") {
            return;
        }
        let Some(opening) = OPENINGS.iter().find(|o| sentence.starts_with(*o)) else {
            return;
        };
        // "It was stated by Ryu, an opposition member of …, that": the agent.
        if let Some((end, agent)) = super::passive_agent::agent_before_that(sentence, opening.len())
        {
            if out.iter().any(|f| f.start < end) {
                return;
            }
            out.push(Found {
                start: 0,
                end,
                label: ATTRIBUTION,
                why: format!("impersonal report by “{agent}”"),
                source: Some(self.source_of(agent)),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: false,
            });
            return;
        }
        let Some((end, owner)) = circumstance_before_that(sentence, opening.len()) else {
            return;
        };
        if out.iter().any(|f| f.start < end) {
            return;
        }
        let named = owner.filter(|o| o.starts_with(char::is_uppercase));
        out.push(Found {
            start: 0,
            end,
            label: ATTRIBUTION,
            why: format!("impersonal report “{}”", &sentence[..end]),
            source: Some(self.source_of(named.unwrap_or("it"))),
            rule: RULE.to_string(),
            score: SCORE,
            back_reference: named.is_none(),
        });
    }
}

/// After the cue ending at byte `end`: the end of a circumstance phrase (a
/// word of [`PHRASE_STARTS`], then plain words and possessives) right before
/// " that ", or `end` itself when " that " follows at once; with the
/// phrase's possessive owner ("the *council*'s meeting"), if any.
fn circumstance_before_that(sentence: &str, end: usize) -> Option<(usize, Option<&str>)> {
    let rest = &sentence[end..];
    if rest.starts_with(" that ") {
        return Some((end, None));
    }
    let window = &rest[..rest.len().min(MAX_PHRASE_BYTES + 6)];
    let stop = window.find(" that ")?;
    let phrase = window[..stop].strip_prefix(' ')?;
    let first = phrase.split(' ').next()?;
    let plain = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’');
    if !PHRASE_STARTS.contains(&first) || !phrase.chars().all(plain) {
        return None;
    }
    let owner = phrase
        .split(' ')
        .find_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")));
    Some((end + stop, owner))
}

#[cfg(test)]
mod tests {
    use super::circumstance_before_that;

    fn span(sentence: &str, cue_end: usize) -> Option<(String, Option<String>)> {
        circumstance_before_that(sentence, cue_end)
            .map(|(e, o)| (sentence[..e].to_string(), o.map(str::to_string)))
    }

    #[test]
    fn a_circumstance_before_the_reported_clause() {
        let s = "It was announced at the council's meeting that the pool would close.";
        assert_eq!(
            span(s, 16),
            Some((
                "It was announced at the council's meeting".into(),
                Some("council".into())
            ))
        );
        let s = "It was announced that the pool would close.";
        assert_eq!(span(s, 16), Some(("It was announced".into(), None)));
        // No reported clause, or a clause that is no circumstance.
        assert_eq!(span("It was announced too late to matter.", 16), None);
        assert_eq!(span("It was announced, and that was that.", 16), None);
    }
}
