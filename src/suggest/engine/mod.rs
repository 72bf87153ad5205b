//! The rules compiled: lexicons (`aho-corasick`) and patterns (`regex`), run
//! sentence by sentence. Attributions first (a cue with its source), then each
//! clause left between them: speculation from its first hedge cue to the clause's
//! end, else a claim when it holds a checkable fact.

//!
//! Split by purpose: this file compiles the rules and runs them over a text
//! (threads for long ones, offsets to chars); `attribution.rs` finds a
//! sentence's attributions and sources, with `subject.rs`, `descriptor.rs`,
//! `cue_phrase.rs` and `span_end.rs` (what follows the cue), `cue_gate.rs`
//! (whether a cue word reports here), `according.rs`, `knowing.rs` and
//! `participle.rs`; `clause.rs` cuts a sentence into clauses and tells
//! speculation from claims (`claim_clause.rs`). After the sentences,
//! `text_passes.rs` runs the text-wide passes in order: `pronoun_sources.rs`
//! gives "He said" the source named before and
//! `text_wide_names.rs` renames by the dateline and bracketed acronyms;
//! last, `title_line.rs` drops what starts on the article's title line.

mod according;
mod according_extent;
mod according_pronoun;
mod according_unnamed;
mod acronym_naming;
mod after_clause;
mod age_aside;
mod agent_subject;
mod and_clause;
mod and_that;
mod anonymity_tail;
mod apposed_source;
mod apposition_tail;
mod appositive_acronym;
mod as_clause;
mod ascii_words;
mod aside_verb;
mod asked_deed;
mod attribution;
mod attribution_words;
mod auxiliary_predicate;
mod auxiliary_tail;
mod back_reference;
mod bare_guard;
mod bare_head;
mod bare_kind;
mod bare_named_before;
mod bare_said;
mod bare_subject;
mod body_data;
mod body_finding;
mod body_naming;
mod body_readings;
mod bracketed_heading;
mod bracketed_name;
mod but_predicate;
mod but_said;
mod by_count;
mod caps_heading;
mod chamber_place;
mod chat_label;
mod cited_clause;
mod cited_document_by;
mod cited_in;
mod cited_staff;
mod cited_unnamed;
mod cities;
mod claim_clause;
mod clause;
mod clause_context;
mod clause_edges;
mod clause_shape;
mod clause_words;
mod closing_appositive;
mod colon_label;
mod comma_cut;
mod commission_tail;
mod committee_seat;
mod company_back;
mod conjunct;
mod conjunction_lead;
mod coordinated;
mod coordinated_subject;
mod court_reasoning;
mod cue_gate;
mod cue_phrase;
mod cue_shapes;
mod dash_pair;
mod date_venue;
mod dated_subject;
mod dateline_lead;
mod deed;
mod definite_label;
mod definite_person;
mod described_after;
mod described_author;
mod described_body;
mod described_name;
mod descriptor;
mod descriptor_source;
mod digest_heading;
mod discipline;
mod disclosure;
mod document_author;
mod document_body;
mod document_note;
mod document_participle;
mod document_phrase;
mod entry_line;
mod expectation_cue;
mod figure_compare;
mod figure_lead;
mod figure_object;
mod figure_tail;
mod first_person;
mod following_claim;
mod found_chars;
mod frame_only;
mod header_bodies;
mod header_label;
mod heading_compound;
mod hedge_opening;
mod hedge_reason;
mod hedge_rider;
mod hedge_skip;
mod hedge_tail;
mod hedge_whether;
mod hedged_report;
mod impersonal;
mod in_view;
mod introduced_person;
mod inverted_one;
mod it_pronoun;
mod it_subject;
mod item_number;
mod judge_court;
mod judgement_verb;
mod kind_case;
mod kind_name;
mod knowing;
mod label_tail;
mod lawmaker_surname;
mod lead_document;
mod leading_adverbial;
mod leading_phrase;
mod legend_items;
mod letter_sent;
mod lexical_second;
mod list_marker;
mod list_marks;
mod listed_name;
mod local_council;
mod local_owner;
mod local_unit;
mod located_kind;
mod lone_lawmaker;
mod ministry_names;
mod ministry_place;
mod name_particles;
mod named_description;
mod named_earlier;
mod named_staff;
mod nationality;
mod native_gloss;
mod negated_tail;
mod non_response;
mod not_claim;
mod noun_of_which;
mod noun_states;
mod number_words;
mod numeric_source;
mod object_edges;
mod object_of;
mod official_body;
mod officials_naming;
mod own_deed;
mod own_page;
mod own_staff;
mod own_unit;
mod owned_document;
mod owner_lead;
mod parliament;
mod participle;
mod participle_follow;
mod partitive;
mod passive_agent;
mod performative;
mod person_description;
mod person_former;
mod person_groups;
mod person_kinds;
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
mod place_country;
mod place_office;
mod plain_counter;
mod plain_lead;
mod plain_past;
mod plain_speaker;
mod police_place;
mod possessive_lead;
mod post_country;
mod present_predicate;
mod private_person;
mod pronoun_agreement;
mod pronoun_chain;
mod pronoun_outlet;
mod pronoun_sources;
mod prose_person;
mod quantifier_tail;
mod quoted;
mod quoted_pronoun;
mod quoted_saying;
mod recommendation;
mod record_tail;
mod reference_entry;
mod refusal_tail;
mod regex_gate;
mod relative_gap;
mod relative_hedge;
mod relative_speaker;
mod relative_that;
mod reported;
mod reported_object;
mod request;
mod research_scholar;
mod roll_call;
mod rule_permission;
mod said_in;
mod section_number;
mod semicolon_clause;
mod short_company;
mod singular_kind;
mod so_result;
mod source_memo;
mod source_name;
mod source_renames;
mod span_end;
mod speaker_intro;
mod speaker_kind;
mod speaker_label;
mod split_tail;
mod spokesperson_body;
mod spokesperson_paragraph;
mod staff_possessive;
mod stance_sentence;
mod state_body;
mod state_outlet;
mod state_units;
mod subject;
mod subject_extent;
mod subject_pair;
mod surname;
mod table_source;
mod tail_split;
mod text_passes;
mod text_wide_names;
mod title_line;
mod told_extent;
mod trade_people;
mod trading_person;
mod trailing;
mod trailing_cue;
mod trailing_subject;
mod transcript;
mod turn_voice;
mod unnamed_clause;
mod unnamed_people;
mod view_clause;
mod with_absolute;
mod would_figure;

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
use found_chars::to_chars;

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
    /// The literals each of `not_claims` needs, looked for first.
    not_claim_gate: regex_gate::RegexGate,
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
    /// This suggester's number, shared only with its clones: the key of its
    /// readings in a thread's memo (`source_memo.rs`).
    id: u64,
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
        )?
        // "could become": "could be" runs into the next word; "could" hedges.
        .shorter_when_glued();
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
        let not_claim_gate = regex_gate::RegexGate::new(&rules.claim.not_claims);
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
            not_claim_gate,
            reporting_verbs,
            claim_patterns,
            claim_words,
            source_names,
            rules,
            index: SourceIndex::new(&registry),
            registry,
            id: source_memo::new_id(),
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
        self.text_wide_passes(text, &mut found, parallel);
        if self.rules.title_line_unmarked {
            title_line::drop_title_line(text, &mut found);
        }
        to_chars(text, found)
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
