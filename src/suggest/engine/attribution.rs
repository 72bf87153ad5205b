//! A sentence's attributions: each cue with the source named before or after it,
//! normalised through the registry.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lexicon::Hit;
use crate::suggest::rules::SourceSide;

impl Suggester {
    /// Attribution spans of a sentence, in its bytes, never overlapping.
    pub(super) fn attributions(&self, sentence: &str) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for (rule, lexicon) in self
            .rules
            .attribution
            .rules
            .iter()
            .zip(&self.attribution_cues)
        {
            for Hit { start, end, .. } in lexicon.find_all(sentence) {
                let (span, name) = match rule.side {
                    SourceSide::Before => match self.names.before(sentence, start) {
                        Some(n) => {
                            let cue = &sentence[start..end];
                            let object = rule
                                .with_object
                                .iter()
                                .any(|w| w.eq_ignore_ascii_case(cue))
                                .then(|| self.names.object_after(sentence, end))
                                .flatten();
                            ((n, object.unwrap_or(end)), &sentence[n..start])
                        }
                        None => continue,
                    },
                    SourceSide::After => {
                        if rule.after_comma_or_quote && !after_comma_or_quote(&sentence[..start]) {
                            continue;
                        }
                        match self.names.after(sentence, end) {
                            Some(n) => {
                                let n = if rule.after_comma_or_quote {
                                    self.appositive_end(sentence, n).unwrap_or(n)
                                } else {
                                    n
                                };
                                ((start, n), &sentence[end..n])
                            }
                            None => continue,
                        }
                    }
                };
                if out.iter().any(|f| span.0 < f.end && f.start < span.1) {
                    continue;
                }
                let source = self.source_of(name);
                out.push(Found {
                    start: span.0,
                    end: span.1,
                    label: ATTRIBUTION,
                    why: format!(
                        "cue “{}” with source “{}”",
                        &sentence[start..end],
                        name.trim()
                    ),
                    source: Some(source),
                    rule: rule.id.clone(),
                    score: rule.score,
                });
            }
        }
        out
    }

    /// After a speaker's name at a sentence's end ("said Col. Lee, a JCS
    /// spokesperson."): the end of the appositive that closes the sentence.
    fn appositive_end(&self, sentence: &str, name_end: usize) -> Option<usize> {
        let rest = sentence[name_end..].strip_prefix(',')?;
        let end = self.names.after(sentence, sentence.len() - rest.len())?;
        let after = sentence[end..].trim_start();
        (after.is_empty() || after.starts_with(['.', '”', '"', '!'])).then_some(end)
    }

    /// The registry's name for a source as written: the best registry name inside
    /// it (a capitalised one before a generic one, then the longest), else the
    /// name itself without its leading determiner.
    pub fn source_of(&self, name: &str) -> String {
        let name = name.trim();
        let best = self
            .source_names
            .find_all(name)
            .into_iter()
            .max_by_key(|h| {
                let matched = &name[h.start..h.end];
                let proper = matched
                    .chars()
                    .any(|c| !c.is_lowercase() && c.is_alphabetic());
                (proper, matched.chars().count(), std::cmp::Reverse(h.start))
            });
        if let Some(hit) = best {
            return self.registry.sources[hit.value].name.clone();
        }
        let mut words: Vec<&str> = name.split_whitespace().collect();
        while words.len() > 1
            && self
                .rules
                .attribution
                .determiners
                .iter()
                .any(|d| d.eq_ignore_ascii_case(words[0]))
        {
            words.remove(0);
        }
        self.registry.normalise(&words.join(" "))
    }
}

/// True when `before` ends (spaces aside) with a comma or a closing quote.
fn after_comma_or_quote(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, ',' | '”' | '"' | '’'))
}
