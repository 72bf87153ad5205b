//! [`LearnedModel`]: the trained weights with what reading a text needs (the cue
//! lexicons, the rules' abbreviations, the registry for naming sources), and its
//! suggestions for a text.

use serde::{Deserialize, Serialize};

use super::LearnError;
use super::features::{Cues, mix};
use super::perceptron::{Row, Weights};
use super::scorer::Scorer;
use super::source_names::SourceNames;
use super::tags::{LABELS, O, TAGS, allowed, spans_of};
use super::tokens::{Cursor, Sentence, Token, cut_at_lines, tokenize, tokenize_sentence};
use super::train::fold_bytes;
use super::viterbi::viterbi;
use crate::model::SourceRegistry;
use crate::suggest::lexicon::Lexicon;
use crate::suggest::sentences::sentences;
use crate::suggest::{ATTRIBUTION, RuleSet, Suggester, Suggestion};

/// The rule id learned suggestions carry.
pub const MODEL_RULE: &str = "model";

/// Bumped when features or tags change: a saved model of another version is not
/// used (it is retrained).
pub const MODEL_VERSION: u32 = 1;

/// From this many bytes on, a text's sentences are tagged on several threads.
const PARALLEL_FROM: usize = 256 * 1024;

/// What reading a text needs besides the weights (rebuilt, never saved).
#[derive(Debug, Clone)]
pub struct Reader {
    pub(super) cues: Cues,
    pub(super) abbreviations: Vec<String>,
    suggester: Suggester,
    /// [`rules_key`] of the rules whose cues it marks.
    pub(super) rules_key: u64,
}

/// A hash of what the model reads from `rules`: their hedge and attribution
/// cues and abbreviations. A model trained with other cues is stale.
pub fn rules_key(rules: &RuleSet) -> u64 {
    let text = |s: &String| mix(205, &[s.len() as u64, fold_bytes(s.as_bytes())]);
    let hedges = rules.speculation.iter().flat_map(|r| r.cues.iter());
    let attributions = (rules.attribution.rules.iter()).flat_map(|r| r.cues.iter());
    let mut parts: Vec<u64> = hedges.map(text).collect();
    parts.push(1);
    parts.extend(attributions.map(text));
    parts.push(2);
    parts.extend(rules.abbreviations.iter().map(text));
    mix(206, &parts)
}

impl Reader {
    /// The built-in rules' cues and abbreviations, sources named through `registry`.
    pub fn new(registry: SourceRegistry) -> Result<Self, LearnError> {
        Self::with_rules(&RuleSet::builtin(), registry)
    }

    /// The cues and abbreviations of `rules` (the rules in use: the project's
    /// rules file or the built-in rules), sources named through `registry`.
    pub fn with_rules(rules: &RuleSet, registry: SourceRegistry) -> Result<Self, LearnError> {
        let hedges = rules.speculation.iter().flat_map(|r| r.cues.iter());
        let attributions = (rules.attribution.rules.iter()).flat_map(|r| r.cues.iter());
        let cues = Cues {
            hedges: Lexicon::new(hedges.map(|c| (c.as_str(), 0)))?,
            attributions: Lexicon::new(attributions.map(|c| (c.as_str(), 0)))?,
            sources: Lexicon::new(registry.names())?,
        };
        Ok(Reader {
            cues,
            abbreviations: rules.abbreviations.clone(),
            suggester: Suggester::new(rules.clone(), registry)?,
            rules_key: rules_key(rules),
        })
    }

    /// The sentences of `text` as tokens.
    pub(super) fn sentences(&self, text: &str) -> Vec<Sentence> {
        tokenize(text, &self.abbreviations)
    }

    /// The source an attribution span names: the span without its cues, through
    /// the rules engine's naming (the registry's best name inside it).
    pub(super) fn source_of(&self, span: &str) -> String {
        let mut rest = String::new();
        let mut at = 0;
        for hit in self.cues.attributions.find_all(span) {
            rest.push_str(&span[at..hit.start]);
            rest.push(' ');
            at = hit.end;
        }
        rest.push_str(&span[at..]);
        let trimmed = rest.trim_matches(|c: char| !c.is_alphanumeric());
        self.suggester
            .source_of(if trimmed.is_empty() { span } else { trimmed })
    }
}

/// How the tags of a sentence are chosen from the model's scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decoding {
    /// Left to right, each token's best tag after the tags chosen before it.
    #[default]
    Greedy,
    /// The sequence with the best total score over legal BIO moves.
    Viterbi,
}

/// A trained tagger: the averaged perceptron's weights and how to read a text.
#[derive(Debug, Clone)]
pub struct LearnedModel {
    /// How it chooses a sentence's tags.
    pub decoding: Decoding,
    pub(super) weights: Weights,
    /// The hash of the training data it was trained on ([`super::training_key`]).
    pub key: u64,
    /// How many documents it learned from.
    pub documents: usize,
    pub(super) reader: Reader,
}

/// The saved form: sparse weights.
#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    version: u32,
    key: u64,
    documents: usize,
    rows: Vec<Row>,
    /// [`rules_key`] of the rules it was trained with (0 in files from before).
    #[serde(default)]
    rules: u64,
}

impl LearnedModel {
    /// A model that has learned nothing (it suggests nothing).
    pub fn untrained(registry: SourceRegistry) -> Result<Self, LearnError> {
        Ok(LearnedModel {
            decoding: Decoding::default(),
            weights: Weights::default(),
            key: 0,
            documents: 0,
            reader: Reader::new(registry)?,
        })
    }

    /// The model as RON text (its non-zero weights only).
    pub fn to_ron(&self) -> String {
        let saved = Saved {
            version: MODEL_VERSION,
            key: self.key,
            documents: self.documents,
            rows: self.weights.rows(),
            rules: self.reader.rules_key,
        };
        ron::to_string(&saved).unwrap_or_default()
    }

    /// A model read back from [`LearnedModel::to_ron`]'s text; sources named
    /// through `registry`, cues read with the built-in rules.
    pub fn from_ron(text: &str, registry: SourceRegistry) -> Result<Self, LearnError> {
        Self::from_ron_with_rules(text, &RuleSet::builtin(), registry)
    }

    /// [`LearnedModel::from_ron`] reading cues with `rules`. A model saved after
    /// training with other rules' cues is refused ([`LearnError::OtherRules`]).
    pub fn from_ron_with_rules(
        text: &str,
        rules: &RuleSet,
        registry: SourceRegistry,
    ) -> Result<Self, LearnError> {
        let saved: Saved = ron::from_str(text).map_err(|e| LearnError::Format(e.to_string()))?;
        if saved.version != MODEL_VERSION {
            return Err(LearnError::Version(saved.version));
        }
        let reader = Reader::with_rules(rules, registry)?;
        if saved.rules != reader.rules_key {
            return Err(LearnError::OtherRules);
        }
        let weights = Weights::from_rows(&saved.rows)
            .ok_or_else(|| LearnError::Format("a weight's bucket is out of range".into()))?;
        Ok(LearnedModel {
            decoding: Decoding::default(),
            weights,
            key: saved.key,
            documents: saved.documents,
            reader,
        })
    }

    /// Whether its cues are those of `rules` (else it must be trained again to
    /// read them).
    pub fn reads_cues_of(&self, rules: &RuleSet) -> bool {
        self.reader.rules_key == rules_key(rules)
    }

    /// The suggestions for `text` (char offsets, end exclusive, sorted by start),
    /// rule [`MODEL_RULE`], each scored with the model's mean confidence over its
    /// tokens; `doc` left empty. Spans never overlap one another.
    ///
    /// A long text is cut just after line feeds into one piece per core
    /// ([`cut_at_lines`]: sentences never cross such a cut), each piece read on
    /// its own thread from its sentence split on, and its offsets moved by the
    /// chars before it: the same suggestions as on one thread.
    pub fn suggest_text(&self, text: &str) -> Vec<Suggestion> {
        if self.weights.is_empty() {
            return Vec::new();
        }
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        match text.len() >= PARALLEL_FROM && threads >= 2 {
            true => self.suggest_on_threads(text, threads),
            false => self.suggest_piece(text),
        }
    }

    /// [`LearnedModel::suggest_text`] with `text` cut into about `threads`
    /// pieces, each read on a thread of its own.
    pub(super) fn suggest_on_threads(&self, text: &str, threads: usize) -> Vec<Suggestion> {
        let pieces = cut_at_lines(text, threads);
        if pieces.len() < 2 {
            return self.suggest_piece(text);
        }
        std::thread::scope(|scope| {
            let runs: Vec<_> = (pieces.iter())
                .map(|&(s, e)| {
                    let piece = &text[s..e];
                    scope.spawn(move || (piece.chars().count(), self.suggest_piece(piece)))
                })
                .collect();
            let mut out = Vec::new();
            let mut chars_before = 0;
            for run in runs {
                match run.join() {
                    Ok((chars, found)) => {
                        out.extend(found.into_iter().map(|mut s| {
                            s.start += chars_before;
                            s.end += chars_before;
                            s
                        }));
                        chars_before += chars;
                    }
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            out
        })
    }

    /// [`LearnedModel::suggest_text`] on this thread: sentence by sentence, each
    /// tokenized into the same buffer, scored and decoded before the next.
    fn suggest_piece(&self, text: &str) -> Vec<Suggestion> {
        let mut scorer = Scorer::new(&self.weights, &self.reader.cues);
        let mut names = SourceNames::default();
        let why = format!("learned from {} annotated documents", self.documents);
        let (mut statics, mut sentence) = (Vec::new(), Vec::new());
        let mut at = Cursor::default();
        let mut out = Vec::new();
        for span in sentences(text, &self.reader.abbreviations) {
            tokenize_sentence(text, span, &mut at, &mut sentence);
            if sentence.is_empty() {
                continue;
            }
            scorer.static_scores(text, &sentence, &mut statics);
            let scores = |i, prev, prev2| scorer.with_tags(i, &statics[i], prev, prev2);
            let (tags, confidence) = self.decode(statics.len(), scores);
            let found = Found {
                text,
                sentence: &sentence,
                tags: &tags,
                confidence: &confidence,
                why: &why,
            };
            self.push_spans(found, &mut names, &mut out);
        }
        out
    }

    /// The suggestions scored feature by feature, as before the scorer
    /// (`suggest_text` must give exactly these).
    #[cfg(test)]
    pub(super) fn suggest_text_reference(&self, text: &str) -> Vec<Suggestion> {
        use super::features::{DYNAMIC, STATIC, static_features, tag_features};
        let mut out = Vec::new();
        if self.weights.is_empty() {
            return out;
        }
        for sentence in &self.reader.sentences(text) {
            let own = static_features(text, std::slice::from_ref(sentence), &self.reader.cues);
            let mut all = [0u64; STATIC + DYNAMIC];
            let (tags, confidence) = self.decode(own.len(), |i, prev, prev2| {
                all[..STATIC].copy_from_slice(&own[i]);
                all[STATIC..].copy_from_slice(&tag_features(prev, prev2, &own[i]));
                let mut s = [0.0; TAGS];
                self.weights.add_scores(&all, &mut s);
                s
            });
            let why = format!("learned from {} annotated documents", self.documents);
            let found = Found {
                text,
                sentence,
                tags: &tags,
                confidence: &confidence,
                why: &why,
            };
            self.push_spans(found, &mut SourceNames::default(), &mut out);
        }
        out
    }

    /// The tags of a sentence of `n` tokens and their confidence, by
    /// [`LearnedModel::decoding`].
    fn decode(
        &self,
        n: usize,
        scores_at: impl FnMut(usize, usize, usize) -> [f32; TAGS],
    ) -> (Vec<usize>, Vec<f32>) {
        match self.decoding {
            Decoding::Greedy => decode(n, scores_at),
            Decoding::Viterbi => viterbi(n, scores_at),
        }
    }

    /// The spans of a sentence's tags as suggestions, into `out`; attribution
    /// sources named through `names`.
    fn push_spans<'t>(
        &self,
        found: Found<'_, 't>,
        names: &mut SourceNames<'t>,
        out: &mut Vec<Suggestion>,
    ) {
        let Found {
            text,
            sentence,
            tags,
            confidence,
            why,
        } = found;
        for (a, b, l) in spans_of(tags) {
            let (first, last) = (&sentence[a], &sentence[b - 1]);
            let quote = &text[first.byte_start..last.byte_end];
            let label = LABELS[l];
            let score = confidence[a..b].iter().sum::<f32>() / (b - a) as f32;
            out.push(Suggestion {
                doc: String::new(),
                start: first.start,
                end: last.end,
                label: label.to_string(),
                source: (label == ATTRIBUTION).then(|| names.source_of(&self.reader, quote)),
                rule: MODEL_RULE.to_string(),
                score,
                why: why.to_string(),
                quote: quote.to_string(),
            });
        }
    }
}

/// A decoded sentence of `text`: its tokens, their tags and confidence, and
/// what its suggestions say of the model.
struct Found<'a, 't> {
    text: &'t str,
    sentence: &'a [Token],
    tags: &'a [usize],
    confidence: &'a [f32],
    why: &'a str,
}

/// Tags a sentence of `n` tokens greedily, left to right: each token's best tag
/// given its scores after the two tags before it (`scores_at(i, prev, prev2)`;
/// an `I-` tag only after its own label). Returns the tags and, per token, the
/// chosen tag's softmax share of the scores.
pub(super) fn decode(
    n: usize,
    mut scores_at: impl FnMut(usize, usize, usize) -> [f32; TAGS],
) -> (Vec<usize>, Vec<f32>) {
    let mut tags = Vec::with_capacity(n);
    let mut confidence = Vec::with_capacity(n);
    let (mut prev, mut prev2) = (O, O);
    for i in 0..n {
        let scores = scores_at(i, prev, prev2);
        let best = best_tag(&scores, prev);
        confidence.push(share(&scores, prev, best));
        tags.push(best);
        (prev2, prev) = (prev, best);
    }
    (tags, confidence)
}

/// Tag `best`'s softmax share of `scores` among the tags allowed after `prev`.
pub(super) fn share(scores: &[f32; TAGS], prev: usize, best: usize) -> f32 {
    let sum: f32 = (0..TAGS)
        .filter(|&t| allowed(prev, t))
        .map(|t| (scores[t] - scores[best]).clamp(-30.0, 30.0).exp())
        .sum();
    1.0 / sum.max(1.0)
}

/// The highest-scoring tag allowed after `prev` (the lowest index on a tie, so a
/// model of zeros says `O`).
pub(super) fn best_tag(scores: &[f32; TAGS], prev: usize) -> usize {
    let mut best = O;
    for t in 1..TAGS {
        if allowed(prev, t) && scores[t] > scores[best] {
            best = t;
        }
    }
    best
}
