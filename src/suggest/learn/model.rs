//! [`LearnedModel`]: the trained weights with what reading a text needs (the cue
//! lexicons, the rules' abbreviations, the registry for naming sources), and its
//! suggestions for a text.

use serde::{Deserialize, Serialize};

use super::LearnError;
use super::features::Cues;
use super::perceptron::{Row, Weights};
use super::scorer::Scorer;
use super::tags::{LABELS, O, TAGS, allowed, spans_of};
use super::tokens::{Sentence, tokenize, tokenize_spans};
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
            decoding: Decoding::default(),
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
        let spans = sentences(text, &self.reader.abbreviations);
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if text.len() < PARALLEL_FROM || threads < 2 || spans.len() < 2 {
            let first_char = spans.first().map_or(0, |&(s, _)| text[..s].chars().count());
            return self.suggest_sentences(text, &tokenize_spans(text, &spans, first_char));
        }
        // Each thread tokenizes its part of the sentences too: the char offset
        // of each part's start is counted once through the text.
        let parts: Vec<&[(usize, usize)]> = spans.chunks(spans.len().div_ceil(threads)).collect();
        let (mut byte, mut chars) = (0, 0);
        let mut first_chars = Vec::with_capacity(parts.len());
        for part in &parts {
            let start = part.first().map_or(byte, |&(s, _)| s);
            chars += text[byte..start].chars().count();
            byte = start;
            first_chars.push(chars);
        }
        std::thread::scope(|scope| {
            let runs: Vec<_> = (parts.into_iter().zip(first_chars))
                .map(|(part, first_char)| {
                    scope.spawn(move || {
                        self.suggest_sentences(text, &tokenize_spans(text, part, first_char))
                    })
                })
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
        let mut scorer = Scorer::new(&self.weights, &self.reader.cues);
        let mut statics = Vec::new();
        let mut out = Vec::new();
        for sentence in sentences {
            scorer.static_scores(text, sentence, &mut statics);
            let scores = |i, prev, prev2| scorer.with_tags(i, &statics[i], prev, prev2);
            let (tags, confidence) = self.decode(statics.len(), scores);
            self.push_spans(text, sentence, &tags, &confidence, &mut out);
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
            self.push_spans(text, sentence, &tags, &confidence, &mut out);
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

    /// The spans of `tags` over `sentence` as suggestions, into `out`.
    fn push_spans(
        &self,
        text: &str,
        sentence: &[super::tokens::Token],
        tags: &[usize],
        confidence: &[f32],
        out: &mut Vec<Suggestion>,
    ) {
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
                source: (label == ATTRIBUTION).then(|| self.reader.source_of(quote)),
                rule: MODEL_RULE.to_string(),
                score,
                why: format!("learned from {} annotated documents", self.documents),
                quote: quote.to_string(),
            });
        }
    }
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
