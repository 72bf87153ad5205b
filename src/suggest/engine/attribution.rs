//! A sentence's attributions: each cue with the source named before or after it,
//! normalised through the registry.

use super::descriptor::lead_phrase_before;
use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lexicon::Hit;
use crate::suggest::rules::SourceSide;

/// The most words an appositive between a source and its cue may have.
const MAX_APPOSITIVE_WORDS: usize = 12;
/// The most words an appositive that closes the sentence after "said NAME"
/// may have ("said Lee, a former trader from Hyesan who asked that only her
/// family name be used.").
const MAX_CLOSING_APPOSITIVE_WORDS: usize = 16;

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
                if is_capitalised_inside(sentence, start) || self.is_noun_before_cue(sentence, end)
                {
                    // "the United *States*": a name's word; "the KCNA *report*
                    // said": a noun, the cue is the verb after it.
                    continue;
                }
                // The source as the registry names it, when an appositive told it.
                let mut told: Option<String> = None;
                // A pronoun: its source is the attribution's before it.
                let mut back_reference = false;
                // A cue after "and" with no subject of its own.
                let mut coordinated = false;
                let (mut span, name) = match rule.side {
                    SourceSide::Before => {
                        let (n, name_end) = match self.names.before(sentence, start) {
                            Some(n) => match self.unnamed_speaker_before(sentence, n) {
                                // "A money changer in Sinuiju told RFA".
                                Some((speaker, source)) => {
                                    told = Some(source);
                                    (speaker, start)
                                }
                                None => match self.document_by_before(sentence, n) {
                                    // "a report by Chainalysis said".
                                    Some(document) => {
                                        told = Some(self.source_of(&sentence[n..start]));
                                        (document, start)
                                    }
                                    None => (n, start),
                                },
                            },
                            None => match self.anonymous_name_before(sentence, start) {
                                // "A source who asked not to be named told".
                                Some(n) => {
                                    told = Some(self.anonymous_source());
                                    (n, start)
                                }
                                None => match self.appositive_before(sentence, start) {
                                    Some((n, open, close)) => {
                                        let appositive = &sentence[open + 1..close];
                                        told = Some(if self.is_anonymity(appositive) {
                                            // "A ministry official, speaking on
                                            // condition of anonymity, said".
                                            self.anonymous_source()
                                        } else {
                                            self.appositive_source(&sentence[n..open], appositive)
                                        });
                                        (n, open)
                                    }
                                    None => match self.pronoun_before(sentence, start) {
                                        Some(n) if !rule.source_only => {
                                            back_reference = true;
                                            (n, start)
                                        }
                                        // "X noted that A *and said* B": the
                                        // cue alone, X's.
                                        _ if !rule.source_only
                                            && follows_and(sentence, start)
                                            && out.iter().any(|f| f.end <= start) =>
                                        {
                                            back_reference = true;
                                            coordinated = true;
                                            (start, start)
                                        }
                                        _ => continue,
                                    },
                                },
                            },
                        };
                        // "*the ruling* party newspaper X", "*Blockchain analytics
                        // firm* X", "*Japan’s chief cabinet* secretary": the
                        // description before the name joins the span.
                        let (n, name_start) = match self.descriptor_before(sentence, n) {
                            Some((d, owner)) => {
                                let plain = !sentence[n..name_end].contains(char::is_uppercase);
                                (d, if owner || plain { d } else { n })
                            }
                            None => (n, n),
                        };
                        // "*In a statement,* the ministry said": a leading
                        // circumstance phrase joins the span.
                        let n = lead_phrase_before(sentence, n).unwrap_or(n);
                        if rule.document_subject && !names_a_document(&sentence[n..name_end]) {
                            continue;
                        }
                        let subject = &sentence[name_start..name_end];
                        if !rule.source_only
                            && (is_possessive_pronoun_led(subject) || is_back_reference(subject))
                        {
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
                            // "told reporters *in Washington*".
                            let object = if object > end {
                                self.place_after(sentence, object).unwrap_or(object)
                            } else {
                                object
                            };
                            let object = self.as_saying_after(sentence, object).unwrap_or(object);
                            let mut circumstance = self.circumstance_after(sentence, object);
                            if let Some(venue) = self.venue_after(sentence, circumstance) {
                                circumstance = self.circumstance_after(sentence, venue);
                            }
                            self.carried_by_after(sentence, circumstance)
                                .unwrap_or(circumstance)
                        };
                        (
                            (n, span_end),
                            self.names.without_between(&sentence[name_start..name_end]),
                        )
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
                if !name.contains(char::is_alphabetic) && !coordinated {
                    // "said 70 percent": a number is no source.
                    continue;
                }
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
                    (Some(_), _) if !self.rules.attribution.anonymous_source.is_empty() => {
                        self.anonymous_source()
                    }
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
        // "It *also* said".
        let before = self.names.without_between(sentence[..cue].trim_end());
        let lower = before.to_lowercase();
        let word = BACK_REFERENCES
            .iter()
            .find(|w| lower.ends_with(*w) && is_word_start(&lower, lower.len() - w.len()))?;
        let start = before.len() - word.len();
        let lead = sentence[..start].trim_end();
        (lead.is_empty() || lead.ends_with([',', '”', '"', '’']) || lead.ends_with(':'))
            .then_some(start)
    }

    /// A name, then an anonymity phrase of the rules, then the cue at byte
    /// `cue` ("A source *who asked not to be named* told Yonhap"): the byte
    /// where the name starts.
    fn anonymous_name_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        if self.rules.attribution.anonymous_source.is_empty() {
            return None;
        }
        let before = sentence[..cue].trim_end().trim_end_matches(',');
        let phrase = (self.rules.attribution.anonymity.iter()).find_map(|p| {
            let at = before.len().checked_sub(p.len())?;
            let tail = before.get(at..)?;
            (tail.eq_ignore_ascii_case(p) && is_word_start(before, at)).then_some(at)
        })?;
        let name_end = sentence[..phrase].trim_end().trim_end_matches(',').len();
        self.names.before(sentence, name_end)
    }

    /// A document and "by" before the name at byte `name` ("*a report by*
    /// Chainalysis said", "*a new study by* the institute found"): the byte
    /// where its determiner starts, when it opens the sentence or follows a
    /// comma or quote.
    fn document_by_before<'s>(&self, sentence: &'s str, name: usize) -> Option<usize> {
        let before = sentence[..name].trim_end();
        // One plain modifier may stand between "by" and the name ("a report by
        // *blockchain* analysts").
        let by = |text: &'s str| {
            text.strip_suffix(" by")
                .or_else(|| text.strip_suffix(" from"))
        };
        let lead = by(before).or_else(|| {
            let (lead, word) = before.rsplit_once(' ')?;
            let plain = word.chars().all(|c| c.is_lowercase() || c == '-');
            by(plain.then_some(lead)?)
        })?;
        let mut start = lead.len();
        for (n, word) in lead.rsplit(' ').enumerate() {
            if n == 4 || word.is_empty() {
                return None;
            }
            start -= word.len();
            let lower = word.to_lowercase();
            if n == 0 && !DOCUMENTS_BY.contains(&lower.as_str()) {
                return None;
            }
            // "*Figures from* the ministry show": data with no determiner,
            // opening the sentence.
            if n == 0 && opens_clause(&sentence[..start]) {
                return Some(start);
            }
            if n > 0 && ["a", "an", "the"].contains(&lower.as_str()) {
                let opening = sentence[..start].trim_end();
                let opens = opening.is_empty() || opening.ends_with([',', '“', '"', '”', ':']);
                return opens.then_some(start);
            }
            if n > 0 && !word.chars().all(|c| c.is_lowercase() || c == '-') {
                return None;
            }
            start = start.checked_sub(1)?;
        }
        None
    }

    /// After a speaker's name at a sentence's end ("said Col. Lee, a JCS
    /// spokesperson."): the end of the appositive that closes the sentence.
    fn appositive_end(&self, sentence: &str, name_end: usize) -> Option<usize> {
        let rest = sentence[name_end..].strip_prefix(',')?;
        // "said Park, *45,* a former soldier": an age before the appositive.
        let rest = match rest.trim_start().split_once(',') {
            Some((age, after)) if !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()) => {
                after
            }
            _ => rest,
        };
        let closes = |end: usize| {
            let after = sentence[end..].trim_start();
            after.is_empty() || after.starts_with(['.', '”', '"', '!'])
        };
        if let Some(end) = self.names.after(sentence, sentence.len() - rest.len())
            && closes(end)
        {
            return Some(end);
        }
        // "said Kim Yo Jong, *the leader's powerful sister*.": a noun phrase
        // opened by a determiner, up to the sentence's end.
        let body = rest.trim_start();
        let first = body.split_whitespace().next()?;
        let determiners = &self.rules.attribution.determiners;
        if !determiners.iter().any(|d| d.eq_ignore_ascii_case(first)) {
            return None;
        }
        let end = sentence
            .trim_end()
            .trim_end_matches(['.', '!'])
            .trim_end()
            .len();
        let phrase = &sentence[sentence.len() - body.len()..end.max(sentence.len() - body.len())];
        let plain = !phrase.contains([',', ';', '“', '”', '"', '(']);
        (plain && phrase.split_whitespace().count() <= MAX_CLOSING_APPOSITIVE_WORDS && closes(end))
            .then_some(end)
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
}

/// Subjects that name no one but stand for the source of the attribution
/// before them, lower case.
const BACK_REFERENCES: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "the report",
    "the statement",
    "the spokesperson",
    "the spokesman",
    "the spokeswoman",
];

/// Documents a source publishes, before "by" and its name ("a report by").
const DOCUMENTS_BY: &[&str] = &[
    "report",
    "study",
    "survey",
    "analysis",
    "assessment",
    "review",
    "investigation",
    "figures",
    "data",
    "statistics",
    "records",
];

/// True when the word just before byte `cue` is "and" ("noted that … *and*
/// said").
fn follows_and(sentence: &str, cue: usize) -> bool {
    let before = sentence[..cue].trim_end();
    before.ends_with(" and") || before.ends_with(" And")
}

/// True when `before` (what precedes a phrase) is empty or ends with a comma,
/// a colon or a quote: the phrase opens a sentence or a clause.
fn opens_clause(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with([',', '“', '"', '”', ':'])
}

/// True when `subject` names a document or data ("The 96-page *report*", "A
/// *survey* by the institute", "*Figures* from the ministry").
fn names_a_document(subject: &str) -> bool {
    subject.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let w = w.to_lowercase();
        DOCUMENTS_BY.contains(&w.as_str())
            || [
                "report",
                "reports",
                "statement",
                "images",
                "photos",
                "footage",
            ]
            .contains(&w.as_str())
    })
}

/// True when `name` opens with a possessive pronoun ("Its spokesperson",
/// "their officials"): it names no one itself.
fn is_possessive_pronoun_led(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    ["its", "their", "his", "her"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        && name.split_whitespace().count() > 1
}

/// True when `name` is one of [`BACK_REFERENCES`] ("the spokesperson").
fn is_back_reference(name: &str) -> bool {
    let name = name.trim();
    BACK_REFERENCES.iter().any(|b| b.eq_ignore_ascii_case(name))
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
