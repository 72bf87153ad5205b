//! The rules compiled: lexicons (`aho-corasick`) and patterns (`regex`), run
//! sentence by sentence. Attributions first (a cue with its source), then each
//! clause left between them: speculation from its first hedge cue to the clause's
//! end, else a claim when it holds a checkable fact.

use std::collections::HashSet;

use regex::Regex;

use super::lexicon::{Hit, Lexicon, is_whole_word};
use super::noun_phrase::NameWords;
use super::rules::{RuleSet, RulesError, SourceSide};
use super::sentences::sentences;
use super::{ATTRIBUTION, CLAIM, SPECULATION, Suggestion};
use crate::model::SourceRegistry;

/// Rules ready to run. Build once, then call [`Suggester::suggest_text`] for each
/// text.
#[derive(Debug, Clone)]
pub struct Suggester {
    rules: RuleSet,
    registry: SourceRegistry,
    names: NameWords,
    /// One lexicon per attribution rule (cues may repeat across rules).
    attribution_cues: Vec<Lexicon>,
    hedge_cues: Lexicon,
    hedge_unless_after: Vec<Vec<Regex>>,
    hedge_unless_before: Vec<Vec<Regex>>,
    claim_patterns: Vec<Option<Regex>>,
    claim_words: Vec<Lexicon>,
    clause_breaks: Lexicon,
    source_names: Lexicon,
    not_first_words: HashSet<String>,
    not_actors: HashSet<String>,
    adverbial_ends: HashSet<String>,
}

/// A span found in one sentence, in bytes of the whole text.
struct Found {
    start: usize,
    end: usize,
    label: &'static str,
    source: Option<String>,
    rule: String,
    score: f32,
    why: String,
}

/// From this many bytes on, a text's sentences are split across threads (below
/// it, starting threads costs more than it saves).
const PARALLEL_FROM: usize = 256 * 1024;

fn compile(rule: &str, patterns: &[String]) -> Result<Vec<Regex>, RulesError> {
    patterns
        .iter()
        .map(|p| {
            Regex::new(p).map_err(|e| RulesError::Pattern {
                rule: rule.to_string(),
                pattern: p.clone(),
                reason: e
                    .to_string()
                    .lines()
                    .last()
                    .unwrap_or("")
                    .trim()
                    .to_string(),
            })
        })
        .collect()
}

fn lower_set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

impl Suggester {
    /// Compiles `rules`; sources are normalised through `registry`.
    pub fn new(rules: RuleSet, registry: SourceRegistry) -> Result<Self, RulesError> {
        let attribution_cues = rules
            .attribution
            .rules
            .iter()
            .map(|r| {
                let cues = if r.enabled { &r.cues[..] } else { &[][..] };
                Lexicon::new(cues.iter().map(|c| (c.as_str(), 0)))
            })
            .collect::<Result<_, _>>()?;
        let hedge_cues = Lexicon::new(
            rules
                .speculation
                .iter()
                .enumerate()
                .filter(|(_, r)| r.enabled)
                .flat_map(|(i, r)| r.cues.iter().map(move |c| (c.as_str(), i))),
        )?;
        let mut hedge_unless_after = Vec::new();
        let mut hedge_unless_before = Vec::new();
        for r in &rules.speculation {
            hedge_unless_after.push(compile(&r.id, &r.unless_followed_by)?);
            hedge_unless_before.push(compile(&r.id, &r.unless_preceded_by)?);
        }
        let mut claim_patterns = Vec::new();
        let mut claim_words = Vec::new();
        for r in &rules.claim.rules {
            compile(&r.id, &r.patterns)?;
            let joined = r
                .patterns
                .iter()
                .map(|p| format!("(?:{p})"))
                .collect::<Vec<_>>()
                .join("|");
            claim_patterns.push(if joined.is_empty() {
                None
            } else {
                Some(compile(&r.id, &[joined])?.remove(0))
            });
            claim_words.push(Lexicon::new(r.words.iter().map(|w| (w.as_str(), 0)))?);
        }
        let clause_breaks = Lexicon::new(rules.clause_breaks.iter().map(|b| (b.as_str(), 0)))?;
        let source_names = Lexicon::new(registry.names())?;
        Ok(Suggester {
            names: NameWords::new(&rules.attribution, &rules.abbreviations),
            not_first_words: lower_set(&rules.claim.not_first_words),
            not_actors: rules.claim.not_actors.iter().cloned().collect(),
            adverbial_ends: lower_set(&rules.claim.adverbial_ends),
            attribution_cues,
            hedge_cues,
            hedge_unless_after,
            hedge_unless_before,
            claim_patterns,
            claim_words,
            clause_breaks,
            source_names,
            rules,
            registry,
        })
    }

    /// The built-in rules and source registry.
    pub fn builtin() -> Result<Self, RulesError> {
        Suggester::new(RuleSet::builtin(), SourceRegistry::builtin())
    }

    /// The rules it runs.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The source registry it normalises through.
    pub fn registry(&self) -> &SourceRegistry {
        &self.registry
    }

    /// The suggestions for `text`, in char offsets (end exclusive), sorted by
    /// (start, end, label), with `doc` left empty. Spans never overlap one another.
    pub fn suggest_text(&self, text: &str) -> Vec<Suggestion> {
        self.suggest_text_with(text, true)
    }

    /// [`Suggester::suggest_text`] on one thread whatever the length (tests
    /// compare the two).
    #[cfg(test)]
    pub(super) fn suggest_text_serial(&self, text: &str) -> Vec<Suggestion> {
        self.suggest_text_with(text, false)
    }

    fn suggest_text_with(&self, text: &str, parallel: bool) -> Vec<Suggestion> {
        let spans = sentences(text, &self.rules.abbreviations);
        let mut found = if parallel {
            self.suggest_sentences(text, &spans)
        } else {
            self.suggest_run(text, &spans)
        };
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = &f.source else { continue };
            if self.registry.canonical(source).is_some() {
                continue;
            }
            if let Some(resolved) = super::coreference::resolve(
                source,
                &text[..f.start],
                &self.registry,
                &self.source_names,
            ) {
                f.why
                    .push_str(&format!(", “{source}” read as {resolved} (named earlier)"));
                f.source = Some(resolved);
            }
        }
        to_chars(text, found)
    }

    /// The spans of `spans` (sentences of `text`), in order. A long text (over
    /// [`PARALLEL_FROM`] bytes) is cut into one run of whole sentences per core,
    /// each run on its own thread, and the runs joined in order: sentences are
    /// independent, so the result is the same as on one thread.
    fn suggest_sentences(&self, text: &str, spans: &[(usize, usize)]) -> Vec<Found> {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if text.len() < PARALLEL_FROM || threads < 2 || spans.len() < 2 {
            return self.suggest_run(text, spans);
        }
        let per_thread = spans.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let runs: Vec<_> = spans
                .chunks(per_thread)
                .map(|run| scope.spawn(move || self.suggest_run(text, run)))
                .collect();
            let mut found = Vec::new();
            for run in runs {
                match run.join() {
                    Ok(part) => found.extend(part),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            found
        })
    }

    /// The spans of the sentences `spans` of `text`, on this thread, each
    /// sentence's spans sorted by (start, end).
    fn suggest_run(&self, text: &str, spans: &[(usize, usize)]) -> Vec<Found> {
        let mut found = Vec::new();
        for &(s, e) in spans {
            let first = found.len();
            self.suggest_sentence(text, s, e, &mut found);
            found[first..].sort_by_key(|f: &Found| (f.start, f.end));
        }
        found
    }

    fn suggest_sentence(&self, text: &str, s: usize, e: usize, out: &mut Vec<Found>) {
        let sentence = &text[s..e];
        let attributions = self.attributions(sentence);
        // (start, end, is an attribution)
        let mut cuts: Vec<(usize, usize, bool)> = attributions
            .iter()
            .map(|f| (f.start, f.end, true))
            .collect();
        for hit in self.clause_breaks.find_all(sentence) {
            if !cuts.iter().any(|&(a, b, _)| hit.start < b && a < hit.end) {
                cuts.push((hit.start, hit.end, false));
            }
        }
        cuts.sort_unstable();
        let mut at = 0;
        let mut after_attribution = false;
        let end = (sentence.len(), sentence.len(), false);
        for (cut_start, cut_end, is_attribution) in cuts.into_iter().chain([end]) {
            if cut_start > at {
                let context = Context {
                    base: s,
                    after_attribution,
                    next_to_attribution: after_attribution || is_attribution,
                };
                self.clause(sentence, at, cut_start, &context, out);
            }
            if cut_end >= at {
                after_attribution = is_attribution;
            }
            at = at.max(cut_end);
        }
        out.extend(attributions.into_iter().map(|mut f| {
            f.start += s;
            f.end += s;
            f
        }));
    }

    /// Attribution spans of a sentence, in its bytes, never overlapping.
    fn attributions(&self, sentence: &str) -> Vec<Found> {
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

    /// After an attribution ("KCNA said on Monday it had …"): how many bytes of
    /// the clause a leading time or circumstance phrase takes — from a word of
    /// `not_first_words` to one of `adverbial_ends` within eight words — or 0.
    fn leading_adverbial(&self, clause: &str) -> usize {
        let first = clause
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !self.not_first_words.contains(&first) {
            return 0;
        }
        let mut at = 0;
        for word in clause.split_inclusive(char::is_whitespace).take(8) {
            at += word.len();
            let bare = word.trim().trim_end_matches(',').to_lowercase();
            if self.adverbial_ends.contains(&bare) {
                return if at < clause.len() { at } else { 0 };
            }
        }
        0
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

    /// One clause `[a, b)` of `sentence`: speculation from its first hedge cue
    /// (the part before it, when a comma ends it, may be a claim), else perhaps a
    /// claim.
    fn clause(&self, sentence: &str, a: usize, b: usize, context: &Context, out: &mut Vec<Found>) {
        let Some((mut start, end)) = trim_clause(sentence, a, b) else {
            return;
        };
        if context.after_attribution {
            start = skip_appositive(sentence, a, start, end, &self.rules.attribution.determiners);
            if let Some(that) = find_that(&sentence[start..end]) {
                start += that;
            } else {
                start += self.leading_adverbial(&sentence[start..end]);
            }
        } else if let Some(rest) = strip_word(&sentence[start..end], "that")
            && !sentence[..start].trim_matches(is_edge).is_empty()
        {
            start = end - rest.len();
        }
        let clause = &sentence[start..end];
        let base = context.base;
        for hit in self.hedge_cues.find_all(clause) {
            let rule = &self.rules.speculation[hit.value];
            let cue = &clause[hit.start..hit.end];
            let at_sentence_start = sentence[..start + hit.start]
                .trim_matches(is_edge)
                .is_empty();
            if rule.lowercase_only && !at_sentence_start && cue.chars().any(char::is_uppercase) {
                continue;
            }
            let after = &clause[hit.start..];
            let before = &clause[..hit.start];
            if self.hedge_unless_after[hit.value]
                .iter()
                .any(|r| r.is_match(after))
                || self.hedge_unless_before[hit.value]
                    .iter()
                    .any(|r| r.is_match(before))
            {
                continue;
            }
            let mut cue_start = hit.start;
            let previous = before.trim_end();
            let word_at = previous
                .rfind(|c: char| c.is_whitespace())
                .map_or(0, |i| i + 1);
            if rule
                .auxiliaries_before
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&previous[word_at..]))
            {
                cue_start = word_at;
            }
            if previous.ends_with(',') {
                let lead = Context {
                    next_to_attribution: false,
                    ..*context
                };
                if let Some((ls, le)) = trim_clause(sentence, start, start + previous.len()) {
                    self.claim(sentence, ls, le, &lead, out);
                }
            }
            out.push(Found {
                start: base + start + cue_start,
                end: base + end,
                label: SPECULATION,
                source: None,
                rule: rule.id.clone(),
                score: rule.score,
                why: format!("hedge “{cue}”"),
            });
            return;
        }
        self.claim(sentence, start, end, context, out);
    }

    /// `[start, end)` of `sentence` as a claim, if a claim rule fires on it.
    fn claim(
        &self,
        sentence: &str,
        start: usize,
        end: usize,
        context: &Context,
        out: &mut Vec<Found>,
    ) {
        if let Some((rule, why)) =
            self.claim_rule(&sentence[start..end], context.next_to_attribution)
        {
            out.push(Found {
                start: context.base + start,
                end: context.base + end,
                label: CLAIM,
                source: None,
                rule: rule.id.clone(),
                score: rule.score,
                why,
            });
        }
    }

    /// The first claim rule a clause fires, with the fact that fired it.
    fn claim_rule(
        &self,
        clause: &str,
        next_to_attribution: bool,
    ) -> Option<(&super::rules::ClaimRule, String)> {
        let words = clause.split_whitespace().count();
        let first = clause
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if words < self.rules.claim.min_words
            || self.not_first_words.contains(&first)
            || clause.ends_with('?')
        {
            return None;
        }
        for (i, rule) in self.rules.claim.rules.iter().enumerate() {
            if !rule.enabled {
                continue;
            }
            if rule.next_to_attribution {
                if next_to_attribution {
                    return Some((rule, "what an attributed source asserts, no hedge".into()));
                }
                continue;
            }
            let fact = self.claim_patterns[i]
                .as_ref()
                .and_then(|r| r.find(clause))
                .map(|m| m.as_str().to_string())
                .or_else(|| {
                    self.claim_words[i]
                        .find_all(clause)
                        .first()
                        .map(|h| clause[h.start..h.end].to_string())
                });
            let Some(fact) = fact else { continue };
            if rule.needs_actor && !self.has_actor(clause) {
                continue;
            }
            return Some((rule, format!("fact “{fact}”, no hedge")));
        }
        None
    }

    /// True when a capitalised word other than the `not_actors` names someone.
    fn has_actor(&self, clause: &str) -> bool {
        clause.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let first = w.chars().next();
            first.is_some_and(|c| {
                c.is_uppercase() || (c.is_alphabetic() && !c.is_ascii() && !c.is_lowercase())
            }) && !self.not_actors.contains(w)
        })
    }
}

/// Where a clause sits: the sentence's offset in the text, and whether an
/// attribution stands just before it or next to it.
#[derive(Debug, Clone, Copy)]
struct Context {
    base: usize,
    after_attribution: bool,
    next_to_attribution: bool,
}

/// True for what is trimmed from a clause's edges: anything but letters and
/// digits (quotes and brackets are kept when the clause holds their partner).
fn is_edge(c: char) -> bool {
    !c.is_alphanumeric()
}

/// `[a, b)` of `sentence` trimmed of punctuation, spaces and symbols (emoji) at
/// both ends, keeping a closing quote or bracket whose opening one is inside, and a
/// trailing `%`; `None` when nothing is left.
fn trim_clause(sentence: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let raw = &sentence[a..b];
    let body = raw.trim_matches(is_edge);
    if body.is_empty() {
        return None;
    }
    let start = a + (raw.len() - raw.trim_start_matches(is_edge).len());
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
    Some((start, end))
}

/// After an attribution ("according to NK News, a specialized site, …"): the
/// clause's start moved past an appositive (a determiner, at most eight words,
/// a comma), when the clause starts with one.
fn skip_appositive(
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
    if !determiners.iter().any(|d| d.eq_ignore_ascii_case(first)) {
        return start;
    }
    match clause.find(',') {
        Some(comma) if clause[..comma].split_whitespace().count() <= 8 => {
            let rest = &clause[comma + 1..];
            start + comma + 1 + (rest.len() - rest.trim_start().len())
        }
        _ => start,
    }
}

/// After an attribution ("said on Thursday that …"): the byte just after a
/// "that" among the clause's first six words, if there is one.
fn find_that(clause: &str) -> Option<usize> {
    let mut at = 0;
    for word in clause.split_inclusive(char::is_whitespace).take(6) {
        if word.trim().eq_ignore_ascii_case("that") && at + word.len() < clause.len() {
            return Some(at + word.len());
        }
        at += word.len();
    }
    None
}

/// `text` without its first word when that word is `word` (ASCII case ignored).
fn strip_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let head = text.get(..word.len())?;
    (head.eq_ignore_ascii_case(word) && is_whole_word(text, 0, word.len()))
        .then(|| text[word.len()..].trim_start())
        .filter(|rest| !rest.is_empty())
}

/// True when `before` ends (spaces aside) with a comma or a closing quote.
fn after_comma_or_quote(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, ',' | '”' | '"' | '’'))
}

/// Byte spans (sorted by start) to char spans, counting chars once through the
/// text.
fn to_chars(text: &str, found: Vec<Found>) -> Vec<Suggestion> {
    let mut byte = 0usize;
    let mut chars = 0usize;
    let mut at = |b: usize| {
        if b >= byte {
            chars += text[byte..b].chars().count();
        } else {
            chars -= text[b..byte].chars().count();
        }
        byte = b;
        chars
    };
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let start = at(f.start);
        let end = at(f.end);
        out.push(Suggestion {
            doc: String::new(),
            start,
            end,
            label: f.label.to_string(),
            source: f.source,
            rule: f.rule,
            score: f.score,
            why: f.why,
            quote: text[f.start..f.end].to_string(),
        });
    }
    out.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    out
}
