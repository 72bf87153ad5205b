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
                if is_capitalised_inside(sentence, start) {
                    // "the United *States*", "Reuters *Reports*": a name's word.
                    continue;
                }
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
                        if !rule.source_only && is_possessive_pronoun_led(&sentence[n..name_end]) {
                            // "Its spokesperson said": the source named before.
                            back_reference = true;
                            told = None;
                        }
                        let span_end = if rule.source_only {
                            if told.is_some() {
                                continue;
                            }
                            sentence[..start].trim_end().len()
                        } else {
                            let cue = &sentence[start..end];
                            let object = (rule.with_object.iter())
                                .any(|w| w.eq_ignore_ascii_case(cue))
                                .then(|| self.cue_object_end(sentence, end))
                                .flatten()
                                .unwrap_or(end);
                            let circumstance = self.circumstance_after(sentence, object);
                            self.carried_by_after(sentence, circumstance)
                                .unwrap_or(circumstance)
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
                if !rule.source_kinds.is_empty()
                    && !self.is_source_of_kinds(name, &rule.source_kinds)
                {
                    continue;
                }
                let anonymous = self.anonymity_after(sentence, span.1);
                if let Some(end) = anonymous {
                    span.1 = end;
                }
                // A span holding earlier ones whole replaces them ("Kim said in
                // a statement *carried by KCNA*"); any other overlap loses.
                let overlapping = |f: &Found| span.0 < f.end && f.start < span.1;
                if out
                    .iter()
                    .any(|f| overlapping(f) && !(span.0 <= f.start && f.end <= span.1))
                {
                    continue;
                }
                out.retain(|f| !overlapping(f));
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

    /// After a cue that takes an object ("told"): the end of its object, a
    /// name ("told *Daily NK*", "told *lawmakers*") or an audience ("told *a
    /// regular briefing*", "told *the troops*"), whichever is longer.
    fn cue_object_end(&self, sentence: &str, end: usize) -> Option<usize> {
        let name = self.names.object_after(sentence, end);
        let audience = self.audience_after(sentence, end);
        name.max(audience)
    }

    /// An audience after byte `end`: up to three words (a determiner, plain
    /// lower-case modifiers) ending with a head noun of the rules' `audiences`.
    fn audience_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let body = sentence[end..].strip_prefix(' ')?;
        let mut at = end + 1;
        for raw in body.split_inclusive(' ').take(4) {
            let word = raw.trim_end();
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            let lower = bare.to_lowercase();
            if lower == "that" || bare.is_empty() || !bare.chars().all(char::is_alphabetic) {
                return None;
            }
            if self.audiences.contains(&lower) {
                return Some(at + bare.len());
            }
            if bare.len() < word.len() || bare.starts_with(char::is_uppercase) {
                return None;
            }
            at += raw.len();
        }
        None
    }

    /// After an attribution: the end of "carried by KCNA", "released by the
    /// ministry" (the outlet that carried the source's words joins the span).
    fn carried_by_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = &sentence[end..];
        let by = CARRIERS.iter().find_map(|c| {
            let head = rest.get(..c.len())?;
            head.eq_ignore_ascii_case(c).then_some(end + c.len())
        })?;
        self.names.after(sentence, by)
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
}

/// Subjects that name no one but stand for the source of the attribution
/// before them, lower case.
const BACK_REFERENCES: &[&str] = &["he", "she", "it", "they", "the report", "the statement"];

/// What joins an outlet that carried the source's words to an attribution.
const CARRIERS: &[&str] = &[" carried by", " released by", " published by", " run by"];

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

/// True when `name` opens with a possessive pronoun ("Its spokesperson",
/// "their officials"): it names no one itself.
fn is_possessive_pronoun_led(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    ["its", "their", "his", "her"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        && name.split_whitespace().count() > 1
}

/// True when the cue at byte `start` is capitalised after a word inside the
/// sentence: part of a name ("the United States"), not a cue.
fn is_capitalised_inside(sentence: &str, start: usize) -> bool {
    sentence[start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && sentence[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

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
