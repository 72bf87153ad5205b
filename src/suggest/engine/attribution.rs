//! A sentence's attributions: each cue with the source named before or after it,
//! normalised through the registry.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lexicon::Hit;
use crate::suggest::rules::SourceSide;

/// The most words an appositive between a source and its cue may have.
const MAX_APPOSITIVE_WORDS: usize = 12;

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
                // The source as the registry names it, when an appositive told it.
                let mut told: Option<String> = None;
                // A pronoun: its source is the attribution's before it.
                let mut back_reference = false;
                let (mut span, name) = match rule.side {
                    SourceSide::Before => {
                        let (n, name_end) = match self.names.before(sentence, start) {
                            Some(n) => (n, start),
                            None => match self.appositive_before(sentence, start) {
                                Some((n, open, close)) => {
                                    told = Some(self.appositive_source(
                                        &sentence[n..open],
                                        &sentence[open + 1..close],
                                    ));
                                    (n, open)
                                }
                                None => match self.pronoun_before(sentence, start) {
                                    Some(n) if !rule.source_only => {
                                        back_reference = true;
                                        (n, start)
                                    }
                                    _ => continue,
                                },
                            },
                        };
                        let span_end = if rule.source_only {
                            if told.is_some() {
                                continue;
                            }
                            sentence[..start].trim_end().len()
                        } else {
                            let cue = &sentence[start..end];
                            rule.with_object
                                .iter()
                                .any(|w| w.eq_ignore_ascii_case(cue))
                                .then(|| self.names.object_after(sentence, end))
                                .flatten()
                                .unwrap_or(end)
                        };
                        let span_end = if rule.source_only {
                            span_end
                        } else {
                            self.circumstance_after(sentence, span_end)
                        };
                        ((n, span_end), &sentence[n..name_end])
                    }
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
                let anonymous = self.anonymity_after(sentence, span.1);
                if let Some(end) = anonymous {
                    span.1 = end;
                }
                if out.iter().any(|f| span.0 < f.end && f.start < span.1) {
                    continue;
                }
                let source = match (anonymous, told) {
                    (Some(_), _) if !self.rules.attribution.anonymous_source.is_empty() => self
                        .registry
                        .normalise(&self.rules.attribution.anonymous_source),
                    (_, Some(told)) => told,
                    _ => self.source_of(name),
                };
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
                    back_reference,
                });
            }
        }
        out
    }

    /// A pronoun or a back-reference that is the whole subject of the cue at
    /// byte `cue` ("He said", ", it added", "the report said"), at the
    /// sentence's start or after a comma or quote: the byte where it starts.
    /// Its source is the attribution's before it (see `resolve_back_references`).
    fn pronoun_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        let before = sentence[..cue].trim_end();
        let lower = before.to_lowercase();
        let word = BACK_REFERENCES
            .iter()
            .find(|w| lower.ends_with(*w) && is_word_start(&lower, lower.len() - w.len()))?;
        let start = before.len() - word.len();
        let lead = sentence[..start].trim_end();
        (lead.is_empty() || lead.ends_with([',', '”', '"', '’']) || lead.ends_with(':'))
            .then_some(start)
    }

    /// After a cue and its object ("said", "told lawmakers"): the end of the
    /// time or circumstance phrase that follows it, which the analyst keeps in
    /// the attribution ("said *on Wednesday*", "told lawmakers *last week*",
    /// "said *in a statement on Tuesday*"): from a word of [`PHRASE_STARTS`] to a
    /// word of the claim rules' `adverbial_ends` within six words, never past a
    /// "that", a quote or punctuation. `end` when none follows.
    fn circumstance_after(&self, sentence: &str, end: usize) -> usize {
        let mut end = end;
        for _ in 0..2 {
            let rest = &sentence[end..];
            let Some(body) = rest.strip_prefix(' ') else {
                return end;
            };
            let mut at = end + 1;
            let mut found = None;
            for (n, raw) in body.split_inclusive(' ').take(6).enumerate() {
                let word = raw.trim_end();
                let bare = word.trim_end_matches([',', '.', ';', ':']);
                let lower = bare.to_lowercase();
                if n == 0 && !PHRASE_STARTS.contains(&lower.as_str()) {
                    break;
                }
                if lower == "that" || !bare.chars().all(|c| c.is_alphanumeric() || c == '-') {
                    break;
                }
                if self.adverbial_ends.contains(&lower) {
                    found = Some(at + bare.len());
                    break;
                }
                if bare.len() < word.len() {
                    break;
                }
                at += raw.len();
            }
            match found {
                Some(f) => end = f,
                None => return end,
            }
        }
        end
    }

    /// After a speaker's name at a sentence's end ("said Col. Lee, a JCS
    /// spokesperson."): the end of the appositive that closes the sentence.
    fn appositive_end(&self, sentence: &str, name_end: usize) -> Option<usize> {
        let rest = sentence[name_end..].strip_prefix(',')?;
        let end = self.names.after(sentence, sentence.len() - rest.len())?;
        let after = sentence[end..].trim_start();
        (after.is_empty() || after.starts_with(['.', '”', '"', '!'])).then_some(end)
    }

    /// A source, an appositive, then the cue: "The United Nations Command,
    /// which oversees the armistice, said". Returns the bytes where the name
    /// starts, of the appositive's opening comma and of its closing one; `None`
    /// unless the cue follows a comma that closes an appositive of at most
    /// [`MAX_APPOSITIVE_WORDS`] words (no quotes) after a name.
    fn appositive_before(&self, sentence: &str, cue: usize) -> Option<(usize, usize, usize)> {
        let close = sentence[..cue].trim_end().strip_suffix(',')?.len();
        let open = sentence[..close].rfind(',')?;
        let appositive = &sentence[open + 1..close];
        let words = appositive.split_whitespace().count();
        if words == 0
            || words > MAX_APPOSITIVE_WORDS
            || appositive.contains(['“', '”', '"', '(', ')'])
        {
            return None;
        }
        let n = self.names.before(sentence, open)?;
        Some((n, open, close))
    }

    /// The source of "NAME, APPOSITIVE, said": a registry source named in the
    /// name, else one named in the appositive (not a one-word government alias,
    /// which is a place there: "a think tank in Seoul"), else the source a role
    /// word of the appositive stands for ("a professor at …" → experts), else
    /// the name's.
    fn appositive_source(&self, name: &str, appositive: &str) -> String {
        if let Some(source) = self.registry_name_in(name) {
            return source;
        }
        let organisation = self
            .source_names
            .find_all(appositive)
            .into_iter()
            .find(|h| {
                let source = &self.registry.sources[h.value];
                let matched = &appositive[h.start..h.end];
                matched.chars().any(char::is_uppercase)
                    && (source.kind != "government" || matched.contains(char::is_whitespace))
            });
        if organisation.is_some()
            && let Some(source) = self.registry_name_in(appositive)
        {
            return source;
        }
        self.role_source(appositive)
            .unwrap_or_else(|| self.source_of(name))
    }

    /// The source the first role word of `text` stands for ("a professor at …",
    /// "Security researchers" → experts), from the rules' `appositive_roles`.
    fn role_source(&self, text: &str) -> Option<String> {
        let roles = &self.rules.attribution.appositive_roles;
        text.split(|c: char| !c.is_alphanumeric()).find_map(|word| {
            let lower = word.to_lowercase();
            (roles.iter())
                .find(|(w, _)| *w == lower)
                .map(|(_, source)| self.registry.normalise(source))
        })
    }

    /// After an attribution's end: the end of an anonymity phrase that follows
    /// it ("…told reporters *on condition of anonymity*"), spaces and a comma
    /// before it allowed.
    fn anonymity_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = &sentence[end..];
        let trimmed = rest.trim_start_matches([' ', ',']);
        let at = end + rest.len() - trimmed.len();
        self.rules.attribution.anonymity.iter().find_map(|phrase| {
            let head = trimmed.get(..phrase.len())?;
            let whole_word = !trimmed[phrase.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            (head.eq_ignore_ascii_case(phrase) && whole_word).then_some(at + phrase.len())
        })
    }

    /// The best registry name inside `name` (a capitalised one before a generic
    /// one, then the longest), as the registry names it.
    fn registry_name_in(&self, name: &str) -> Option<String> {
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
            })?;
        Some(self.registry.sources[best.value].name.clone())
    }

    /// The registry's name for a source as written: the best registry name inside
    /// it (a capitalised one before a generic one, then the longest), else the
    /// name itself without its leading determiner.
    pub fn source_of(&self, name: &str) -> String {
        let name = name.trim();
        if let Some(source) = self.registry_name_in(name) {
            return source;
        }
        if let Some(source) = self.role_source(name) {
            return source;
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

/// Subjects that name no one but stand for the source of the attribution
/// before them, lower case.
const BACK_REFERENCES: &[&str] = &["he", "she", "it", "they", "the report", "the statement"];

/// The first words of a time or circumstance phrase after a cue.
const PHRASE_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "last",
    "this",
    "earlier",
    "late",
    "early",
    "during",
    "yesterday",
    "today",
];

/// True when byte `at` of `text` starts a word (nothing alphanumeric before it).
fn is_word_start(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// True when `before` ends (spaces aside) with a comma or a closing quote.
fn after_comma_or_quote(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, ',' | '”' | '"' | '’'))
}
