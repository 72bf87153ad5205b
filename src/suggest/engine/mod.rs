//! The rules compiled: lexicons (`aho-corasick`) and patterns (`regex`), run
//! sentence by sentence. Attributions first (a cue with its source), then each
//! clause left between them: speculation from its first hedge cue to the clause's
//! end, else a claim when it holds a checkable fact.

//!
//! Split by purpose: this file compiles the rules and runs them over a text
//! (threads for long ones, offsets to chars); `attribution.rs` finds a
//! sentence's attributions and their sources, with `subject.rs` (subjects
//! other than a plain name), `descriptor.rs` (a description or a leading
//! phrase before the name), `cue_phrase.rs` and `span_end.rs` (what follows
//! the cue), `cue_gate.rs` (whether a cue word reports here), `according.rs`
//! (documents and appositives after "according to"), `knowing.rs` ("a
//! person familiar with the plans") and `participle.rs`
//! (", arguing that …" with the sentence's subject);
//! `clause.rs` cuts a sentence into clauses and tells speculation from claims.

mod according;
mod acronym_naming;
mod appositive_acronym;
mod attribution;
mod back_reference;
mod body_naming;
mod by_count;
mod cited_clause;
mod cities;
mod clause;
mod clause_edges;
mod clause_shape;
mod clause_words;
mod conjunct;
mod cue_gate;
mod cue_phrase;
mod cue_shapes;
mod dash_pair;
mod dated_subject;
mod deed;
mod descriptor;
mod document_author;
mod figure_tail;
mod impersonal;
mod knowing;
mod named_earlier;
mod named_staff;
mod nationality;
mod not_claim;
mod object_edges;
mod parliament;
mod participle;
mod person_former;
mod person_groups;
mod person_late;
mod person_mention;
mod person_post;
mod person_role;
mod person_source;
mod person_sources;
mod person_staff;
mod person_title;
mod person_verbs;
mod person_visitor;
mod plain_speaker;
mod pronoun_outlet;
mod reported;
mod source_name;
mod span_end;
mod subject;
mod subject_extent;
mod surname;
mod trailing;
mod transcript;

use foldhash::HashSet;

pub(super) use nationality::country_officials;

use regex::Regex;

use super::lexicon::Lexicon;
use super::lexicon_set::LexiconSet;
use super::noun_phrase::NameWords;
use super::rules::{RuleSet, RulesError};
use super::sentences::{sentences, sentences_on_threads};
use super::{ATTRIBUTION, Suggestion};
use crate::model::{SourceIndex, SourceRegistry};
use crate::task::Progress;

/// Rules ready to run. Build once, then call [`Suggester::suggest_text`] for each
/// text.
#[derive(Debug, Clone)]
pub struct Suggester {
    rules: RuleSet,
    registry: SourceRegistry,
    /// The registry's names hashed: `canonical` and `normalise` without a
    /// scan of every name (once or twice per attribution).
    index: SourceIndex,
    names: NameWords,
    /// One lexicon per attribution rule (cues may repeat across rules), then
    /// the rules' `clause_breaks`: a sentence is
    /// scanned once for all of them.
    sentence_cues: LexiconSet,
    hedge_cues: Lexicon,
    hedge_unless_after: Vec<Vec<Regex>>,
    hedge_unless_before: Vec<Vec<Regex>>,
    hedge_only_after: Vec<Vec<Regex>>,
    hedge_only_before: Vec<Vec<Regex>>,
    /// The claims' `not_claims`, each on its own: a sentence one of them
    /// matches is furniture. Not joined into one alternation: most are anchored
    /// at the start and one opens with a literal, which the regex crate runs
    /// quickly alone, while their union (Unicode `\b`, no common literal) ran
    /// its bounded backtracker over every sentence.
    not_claims: Vec<Regex>,
    /// Reporting verbs (one word, lower case) whose "that" opens what they
    /// report ("*alleged* in court *that* …"): the attribution rules' cues
    /// plus [`reported::MORE_REPORTING_VERBS`].
    reporting_verbs: HashSet<String>,
    claim_patterns: Vec<Option<Regex>>,
    claim_words: Vec<Lexicon>,
    source_names: Lexicon,
    not_first_words: HashSet<String>,
    not_actors: HashSet<String>,
    adverbial_ends: HashSet<String>,
    /// The attribution rules' `audiences`, lower case.
    audiences: HashSet<String>,
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
    /// An attribution by a pronoun ("He said"): its source is the one of the
    /// attribution before it in the text.
    back_reference: bool,
}

/// First words of subjects that name no one at all ("he", "its
/// spokesperson"): with no source before them, their attribution is dropped.
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "its", "their", "his", "her", "our", "my",
];

/// From this many bytes on, a text's sentences are split across threads (below
/// it, starting threads costs more than it saves).
const PARALLEL_FROM: usize = 256 * 1024;

/// The phase [`Suggester::suggest_text_progress`] reports.
pub const SUGGESTING: &str = "Finding suggestions";

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
        let attribution_cues = (rules.attribution.rules.iter()).map(|r| {
            let cues = if r.enabled { &r.cues[..] } else { &[][..] };
            cues.iter().map(|c| (c.as_str(), 0))
        });
        let breaks = rules.clause_breaks.iter().map(|b| (b.as_str(), 0));
        let sentence_cues = LexiconSet::new(
            attribution_cues
                .map(|cues| cues.collect::<Vec<_>>())
                .chain([breaks.collect()]),
        )?;
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
        let mut hedge_only_after = Vec::new();
        let mut hedge_only_before = Vec::new();
        for r in &rules.speculation {
            hedge_unless_after.push(compile(&r.id, &r.unless_followed_by)?);
            hedge_unless_before.push(compile(&r.id, &r.unless_preceded_by)?);
            hedge_only_after.push(compile(&r.id, &r.only_followed_by)?);
            hedge_only_before.push(compile(&r.id, &r.only_preceded_by)?);
        }
        let not_claims = compile("not_claims", &rules.claim.not_claims)?;
        let reporting_verbs = reported::reporting_verbs(&rules.attribution.rules);
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
        // Each name also with the other apostrophe ("Japan’s" = "Japan's").
        let variants: Vec<(String, usize)> = registry
            .names()
            .filter_map(|(n, i)| {
                let other = if n.contains('\'') {
                    n.replace('\'', "’")
                } else {
                    n.replace('’', "'")
                };
                (other != n).then_some((other, i))
            })
            .collect();
        let source_names = Lexicon::new(
            registry
                .names()
                .chain(variants.iter().map(|(n, i)| (n.as_str(), *i))),
        )?
        .acronyms_as_written();
        Ok(Suggester {
            names: NameWords::new(&rules.attribution, &rules.abbreviations),
            not_first_words: lower_set(&rules.claim.not_first_words),
            not_actors: rules.claim.not_actors.iter().cloned().collect(),
            adverbial_ends: lower_set(&rules.claim.adverbial_ends),
            audiences: lower_set(&rules.attribution.audiences),
            sentence_cues,
            hedge_cues,
            hedge_unless_after,
            hedge_unless_before,
            hedge_only_after,
            hedge_only_before,
            not_claims,
            reporting_verbs,
            claim_patterns,
            claim_words,
            source_names,
            rules,
            index: SourceIndex::new(&registry),
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
        self.suggest_text_with(text, true, None)
    }

    /// [`Suggester::suggest_text`], telling `progress` how many of the text's
    /// sentences are done (phase [`SUGGESTING`]).
    pub fn suggest_text_progress(&self, text: &str, progress: &Progress) -> Vec<Suggestion> {
        self.suggest_text_with(text, true, Some(progress))
    }

    /// [`Suggester::suggest_text`] on one thread whatever the length (tests
    /// compare the two).
    #[cfg(test)]
    pub(super) fn suggest_text_serial(&self, text: &str) -> Vec<Suggestion> {
        self.suggest_text_with(text, false, None)
    }

    fn suggest_text_with(
        &self,
        text: &str,
        parallel: bool,
        progress: Option<&Progress>,
    ) -> Vec<Suggestion> {
        progress.inspect(|p| p.start_phase(SUGGESTING, 0));
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        let spans = if parallel && text.len() >= PARALLEL_FROM && threads >= 2 {
            sentences_on_threads(text, &self.rules.abbreviations, threads)
        } else {
            sentences(text, &self.rules.abbreviations)
        };
        progress.inspect(|p| p.start_phase(SUGGESTING, spans.len() as u64));
        let mut found = if parallel {
            self.suggest_sentences(text, &spans, progress)
        } else {
            self.suggest_run(text, &spans, progress)
        };
        self.resolve_named_earlier(text, &mut found, parallel);
        self.described_person_views(text, &mut found);
        self.name_ministries_by_dateline(&mut found, text);
        let speakers = self.resolve_person_sources(text, &mut found);
        self.resolve_back_references(&mut found, text, &speakers);
        self.resolve_late_persons(text, &mut found);
        self.transcript_speakers(text, &mut found);
        self.name_person_groups(text, &mut found);
        if self.rules.attribution.name_by_bracketed_acronym {
            self.name_by_acronyms(&mut found, text);
        }
        to_chars(text, found)
    }

    /// Each attribution whose source is a ministry the registry does not
    /// know ("the Ministry of Justice", "the interior ministry") takes the
    /// officials of the country the text's dateline names ("SEOUL, May 2 —"
    /// → South Korean officials), as analysts file a government's ministries.
    fn name_ministries_by_dateline(&self, found: &mut [Found], text: &str) {
        let mut officials = None;
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION || f.back_reference {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            if !body_naming::is_ministry(source) || self.index.canonical(source).is_some() {
                continue;
            }
            let country = officials.get_or_insert_with(|| {
                body_naming::dateline_nationality(text)
                    .map(|n| self.index.normalise(&format!("{n} officials")))
            });
            if let Some(country) = country.clone() {
                f.why.push_str(&format!(
                    ", “{source}” read as {country} (the dateline's country)"
                ));
                f.source = Some(country);
            }
        }
    }

    /// Each attribution whose source is a body `text` introduces as "Long
    /// Name (ACR)" takes the acronym as its source ([`acronym_naming`]).
    fn name_by_acronyms(&self, found: &mut [Found], text: &str) {
        let bodies = acronym_naming::introduced(text, &self.index);
        if bodies.is_empty() {
            return;
        }
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let normalised = self.index.normalise(source);
            let span = text.get(f.start..f.end).unwrap_or_default();
            if let Some(acronym) = acronym_naming::renamed(source, &normalised, &bodies)
                .or_else(|| acronym_naming::acronym_of_national_body(source, span, &bodies))
                && acronym != source
            {
                f.why.push_str(&format!(
                    ", “{source}” named {acronym} (the acronym the text introduces it by)"
                ));
                f.source = Some(acronym.to_string());
            }
        }
    }

    /// Each attribution by a pronoun ("He said", ", it added") takes the
    /// source of the attribution before it in the text (as resolved); with none
    /// before, a pronoun's is dropped and a description's keeps its own words
    /// (and a pronoun after it takes them). `found` is in text order. A
    /// pronoun after a later mention of a person in `speakers` (a name read
    /// as a source, and that source) than the attribution before it takes that
    /// person's source ("…, Kang said. … Marchand sounded doubtful. …, she
    /// warned").
    fn resolve_back_references(
        &self,
        found: &mut Vec<Found>,
        text: &str,
        speakers: &[(String, String)],
    ) {
        let mut previous: Option<String> = None;
        let mut previous_end = 0;
        let mut keep = Vec::with_capacity(found.len());
        // Each attribution's span and source so far: "the report said" is
        // the source whose span named a report.
        let mut history: Vec<(usize, usize, String)> = Vec::new();
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION {
                keep.push(true);
                continue;
            }
            if f.back_reference {
                let pronoun = f.source.take().unwrap_or_default();
                // A description ("the official") with no source before keeps
                // its own words; a pronoun names no one.
                let first = pronoun.split_whitespace().next().unwrap_or_default();
                // "Its spokesperson said" opening a sentence: the span's own
                // first word, since a possessive pronoun is a determiner the
                // source drops ("she and her paper said" keeps its noun).
                let opener = (text.get(f.start..f.end))
                    .and_then(|q| q.split_whitespace().next())
                    .unwrap_or_default();
                let opens_with_pronoun = opener.starts_with(char::is_uppercase)
                    && PRONOUNS.contains(&opener.to_lowercase().as_str());
                let described = pronoun.contains(char::is_alphabetic)
                    && !PRONOUNS.contains(&first.to_lowercase().as_str())
                    && !opens_with_pronoun
                    && !cue_shapes::is_bare_data(&pronoun);
                keep.push(previous.is_some() || described);
                if previous.is_none() && described {
                    // "The monitors said …. It also said": a pronoun after it
                    // is the description's; "the centre's manager" the centre's.
                    let own = self.possessive_body(&pronoun, text, f.start);
                    let own = own.unwrap_or(pronoun);
                    previous = Some(own.clone());
                    previous_end = f.end;
                    f.source = Some(own);
                    continue;
                }
                let between = text.get(previous_end..f.start).unwrap_or_default();
                let mentioned = (!described)
                    .then(|| self.latest_person(between, speakers))
                    .flatten();
                let documented = described
                    .then(|| back_reference::document_source(&pronoun, text, &history, f.start))
                    .flatten()
                    .or_else(|| {
                        described.then(|| self.document_author(&pronoun, text, f.start))?
                    });
                let owned = (described && documented.is_none())
                    .then(|| self.possessive_body(&pronoun, text, f.start))
                    .flatten();
                if let Some(source) = documented {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} (whose document was named before)"
                    ));
                    f.source = Some(source);
                } else if let Some(source) = owned {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} (the body of that kind named before)"
                    ));
                    f.source = Some(source);
                } else if let Some((name, source)) = mentioned {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} ({name}, mentioned since the source before)"
                    ));
                    f.source = Some(source.to_string());
                } else if let Some(outlet) = (!described)
                    // "Its correspondent wrote": the possessive the source
                    // dropped says whose.
                    .then(|| {
                        self.outlet_before(
                            if opens_with_pronoun { opener } else { &pronoun },
                            between,
                        )
                    })
                    .flatten()
                {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {outlet} (the outlet the sentence before names)"
                    ));
                    f.source = Some(outlet);
                } else if let Some(p) = &previous {
                    f.why
                        .push_str(&format!(", “{pronoun}” read as {p} (the source before)"));
                    f.source = Some(p.clone());
                }
                if let Some(source) = &f.source {
                    history.push((f.start, f.end, source.clone()));
                }
                continue;
            }
            keep.push(true);
            if let Some(source) = &f.source {
                let normalised = self.index.normalise(source);
                history.push((f.start, f.end, normalised.clone()));
                previous = Some(normalised);
                previous_end = f.end;
            }
        }
        let mut keep = keep.into_iter();
        found.retain(|_| keep.next().unwrap_or(true));
    }

    /// The spans of `spans` (sentences of `text`), in order. A long text (over
    /// [`PARALLEL_FROM`] bytes) is cut into one run of whole sentences per core,
    /// each run on its own thread, and the runs joined in order: sentences are
    /// independent, so the result is the same as on one thread.
    fn suggest_sentences(
        &self,
        text: &str,
        spans: &[(usize, usize)],
        progress: Option<&Progress>,
    ) -> Vec<Found> {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if text.len() < PARALLEL_FROM || threads < 2 || spans.len() < 2 {
            return self.suggest_run(text, spans, progress);
        }
        let per_thread = spans.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let runs: Vec<_> = spans
                .chunks(per_thread)
                .map(|run| scope.spawn(move || self.suggest_run(text, run, progress)))
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
    fn suggest_run(
        &self,
        text: &str,
        spans: &[(usize, usize)],
        progress: Option<&Progress>,
    ) -> Vec<Found> {
        let mut found = Vec::new();
        for (i, &(s, e)) in spans.iter().enumerate() {
            let first = found.len();
            self.suggest_sentence(text, s, e, &mut found);
            found[first..].sort_by_key(|f: &Found| (f.start, f.end));
            if i % 256 == 255 {
                progress.inspect(|p| p.advance(256));
            }
        }
        progress.inspect(|p| p.advance(spans.len() as u64 % 256));
        found
    }
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
