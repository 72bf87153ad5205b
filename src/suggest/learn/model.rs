//! [`LearnedModel`]: the trained weights with what reading a text needs (the cue
//! lexicons, the rules' abbreviations, the registry for naming sources), and its
//! suggestions for a text.

use serde::{Deserialize, Serialize};

use super::LearnError;
use super::features::{Cues, DYNAMIC, STATIC, static_features, tag_features};
use super::perceptron::{Row, Weights};
use super::tags::{LABELS, O, TAGS, allowed, spans_of};
use super::tokens::{Sentence, tokenize};
use crate::model::SourceRegistry;
use crate::suggest::lexicon::Lexicon;
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
}

impl Reader {
    /// The built-in rules' cues and abbreviations, sources named through `registry`.
    pub fn new(registry: SourceRegistry) -> Result<Self, LearnError> {
        let rules = RuleSet::builtin();
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
            suggester: Suggester::new(rules, registry)?,
        })
    }

    /// The sentences of `text` as tokens.
    pub(super) fn sentences(&self, text: &str) -> Vec<Sentence> {
        tokenize(text, &self.abbreviations)
    }

    /// The source an attribution span names: the span without its cues, through
    /// the rules engine's naming (the registry's best name inside it).
    fn source_of(&self, span: &str) -> String {
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

/// A trained tagger: the averaged perceptron's weights and how to read a text.
#[derive(Debug, Clone)]
pub struct LearnedModel {
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
}

impl LearnedModel {
    /// A model that has learned nothing (it suggests nothing).
    pub fn untrained(registry: SourceRegistry) -> Result<Self, LearnError> {
        Ok(LearnedModel {
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
        };
        ron::to_string(&saved).unwrap_or_default()
    }

    /// A model read back from [`LearnedModel::to_ron`]'s text; sources named
    /// through `registry`.
    pub fn from_ron(text: &str, registry: SourceRegistry) -> Result<Self, LearnError> {
        let saved: Saved = ron::from_str(text).map_err(|e| LearnError::Format(e.to_string()))?;
        if saved.version != MODEL_VERSION {
            return Err(LearnError::Version(saved.version));
        }
        let weights = Weights::from_rows(&saved.rows)
            .ok_or_else(|| LearnError::Format("a weight's bucket is out of range".into()))?;
        Ok(LearnedModel {
            weights,
            key: saved.key,
            documents: saved.documents,
            reader: Reader::new(registry)?,
        })
    }

    /// The suggestions for `text` (char offsets, end exclusive, sorted by start),
    /// rule [`MODEL_RULE`], each scored with the model's mean confidence over its
    /// tokens; `doc` left empty. Spans never overlap one another.
    pub fn suggest_text(&self, text: &str) -> Vec<Suggestion> {
        if self.weights.is_empty() {
            return Vec::new();
        }
        let sentences = self.reader.sentences(text);
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if text.len() < PARALLEL_FROM || threads < 2 || sentences.len() < 2 {
            return self.suggest_sentences(text, &sentences);
        }
        let per_thread = sentences.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let runs: Vec<_> = (sentences.chunks(per_thread))
                .map(|run| scope.spawn(move || self.suggest_sentences(text, run)))
                .collect();
            let mut out = Vec::new();
            for run in runs {
                match run.join() {
                    Ok(part) => out.extend(part),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            out
        })
    }

    fn suggest_sentences(&self, text: &str, sentences: &[Sentence]) -> Vec<Suggestion> {
        let mut out = Vec::new();
        for sentence in sentences {
            // Sentence by sentence: the features of a 10 MB article at once
            // would take hundreds of MB.
            let own = static_features(text, std::slice::from_ref(sentence), &self.reader.cues);
            let (tags, confidence) = decode(&own, |f| {
                let mut s = [0.0; TAGS];
                self.weights.add_scores(f, &mut s);
                s
            });
            for (a, b, l) in spans_of(&tags) {
                let (first, last) = (&sentence[a], &sentence[b - 1]);
                let quote = &text[first.byte_start..last.byte_end];
                let label = LABELS[l];
                let score = confidence[a..b].iter().sum::<f32>() / (b - a) as f32;
                out.push(Suggestion {
                    doc: String::new(),
                    start: first.start,
                    end: last.end,
                    label: label.to_string(),
                    source: (label == ATTRIBUTION).then(|| self.reader.source_of(quote)),
                    rule: MODEL_RULE.to_string(),
                    score,
                    why: format!("learned from {} annotated documents", self.documents),
                    quote: quote.to_string(),
                });
            }
        }
        out
    }
}

/// Tags one sentence greedily, left to right: each token's best tag given its
/// features and the two tags before it (an `I-` tag only after its own label).
/// Returns the tags and, per token, the chosen tag's softmax share of the scores.
pub(super) fn decode(
    own: &[[u64; STATIC]],
    mut scores_of: impl FnMut(&[u64]) -> [f32; TAGS],
) -> (Vec<usize>, Vec<f32>) {
    let mut tags = Vec::with_capacity(own.len());
    let mut confidence = Vec::with_capacity(own.len());
    let (mut prev, mut prev2) = (O, O);
    let mut all = [0u64; STATIC + DYNAMIC];
    for f in own {
        all[..STATIC].copy_from_slice(f);
        all[STATIC..].copy_from_slice(&tag_features(prev, prev2, f));
        let scores = scores_of(&all);
        let best = best_tag(&scores, prev);
        let sum: f32 = (0..TAGS)
            .filter(|&t| allowed(prev, t))
            .map(|t| (scores[t] - scores[best]).clamp(-30.0, 30.0).exp())
            .sum();
        confidence.push(1.0 / sum.max(1.0));
        tags.push(best);
        (prev2, prev) = (prev, best);
    }
    (tags, confidence)
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
