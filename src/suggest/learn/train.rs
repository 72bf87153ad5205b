//! Training: the project's annotated documents (and those marked done) as tagged
//! token sequences, several shuffled passes of the perceptron over them, and one
//! more pass over a single document after an analyst's decision.

use super::LearnError;
use super::features::{DYNAMIC, STATIC, mix, static_features, tag_features};
use super::model::{LearnedModel, MODEL_VERSION, Reader, best_tag};
use super::perceptron::{Trainer, Weights};
use super::tags::{O, gold_tags, label_index};
use crate::model::{Document, Project};
use crate::suggest::{OverlapIndex, RuleSet};
use crate::task::Progress;

/// Passes over the training documents (each in a new shuffled order).
pub const EPOCHS: usize = 6;
/// Passes over one document when it alone is learned again.
pub const UPDATE_PASSES: usize = 3;
/// Features of the training set are kept between passes up to this many bytes;
/// past it they are computed again in each pass (a 10,000-article project).
const FEATURE_CACHE_BYTES: usize = 64 << 20;

/// One document to learn from: its text and gold spans `(start, end, label
/// index)` in chars.
///
/// A document the analyst is still working through is partly tagged: a sentence
/// with no annotation may just not be done yet, and learning it as "nothing
/// here" would teach the model to suggest nothing there. So only its sentences
/// that hold an annotation or a rejected span (the analyst's "not this") are
/// learned from; every sentence of a document marked done is.
#[derive(Clone)]
pub struct Example<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its annotations of the model's labels, orphans left out.
    pub spans: Vec<(usize, usize, usize)>,
    /// Its rejected spans (chars): negatives.
    pub rejected: Vec<(usize, usize)>,
    /// Marked done: every sentence is learned from.
    pub done: bool,
}

/// The documents of `project` the model learns from, in project order: those with
/// at least one annotation of a model label or a rejected span, and those marked
/// done (no annotation there is the analyst's answer too), less `exclude`.
pub fn training_documents<'a>(project: &'a Project, exclude: Option<&str>) -> Vec<Example<'a>> {
    let mut by_doc: std::collections::HashMap<&str, Vec<(usize, usize, usize)>> =
        std::collections::HashMap::new();
    for a in project.annotations.iter().filter(|a| !a.orphaned) {
        if let Some(l) = label_index(&a.label) {
            by_doc
                .entry(a.doc.as_str())
                .or_default()
                .push((a.start, a.end, l));
        }
    }
    let mut rejected: std::collections::HashMap<&str, Vec<(usize, usize)>> =
        std::collections::HashMap::new();
    for r in &project.rejected {
        rejected
            .entry(r.doc.as_str())
            .or_default()
            .push((r.start, r.end));
    }
    (project.documents.iter())
        .filter(|d| Some(d.id.as_str()) != exclude)
        .filter_map(|d| {
            let spans = by_doc.remove(d.id.as_str());
            let refused = rejected.remove(d.id.as_str());
            if spans.is_none() && refused.is_none() && d.done_by.is_empty() {
                return None;
            }
            Some(Example {
                doc: d,
                spans: spans.unwrap_or_default(),
                rejected: refused.unwrap_or_default(),
                done: !d.done_by.is_empty(),
            })
        })
        .collect()
}

/// A hash of what a model trained on `project` (less `exclude`) learns from: the
/// training documents' ids and lengths, their annotations' spans, labels and
/// sources, and the model's version. A saved model with another key is stale.
pub fn training_key(project: &Project, exclude: Option<&str>) -> u64 {
    let mut parts = vec![u64::from(MODEL_VERSION)];
    let text = |s: &str| mix(200, &[s.len() as u64, fold_bytes(s.as_bytes())]);
    let examples = training_documents(project, exclude);
    for e in &examples {
        parts.push(text(&e.doc.id));
        parts.push(e.doc.text.len() as u64);
        parts.push(e.done as u64);
        let rejected = e.rejected.iter();
        parts.extend(rejected.map(|&(s, e)| mix(204, &[s as u64, e as u64])));
        parts.extend(
            e.spans
                .iter()
                .map(|&(s, e, l)| mix(201, &[s as u64, e as u64, l as u64])),
        );
    }
    let wanted: std::collections::HashSet<&str> =
        examples.iter().map(|e| e.doc.id.as_str()).collect();
    for a in &project.annotations {
        if wanted.contains(a.doc.as_str())
            && let Some(s) = &a.source
        {
            parts.push(text(s));
        }
    }
    mix(202, &parts)
}

pub(super) fn fold_bytes(bytes: &[u8]) -> u64 {
    bytes.chunks(8).fold(0u64, |h, c| {
        let mut w = [0u8; 8];
        w[..c.len()].copy_from_slice(c);
        mix(203, &[h, u64::from_le_bytes(w)])
    })
}

/// A document ready for passes: the features and gold tags of the sentences
/// it teaches (see [`Example`]), sentence by sentence. Only those sentences'
/// features are kept, so a long article that is mostly untagged costs little.
struct Prepared {
    sentences: Vec<(Vec<[u64; STATIC]>, Vec<usize>)>,
}

fn prepare(reader: &Reader, e: &Example) -> Prepared {
    let text = &e.doc.text;
    let sentences = reader.sentences(text);
    let flat: Vec<_> = sentences.iter().flatten().copied().collect();
    let gold = gold_tags(&flat, &e.spans);
    let marked = OverlapIndex::new(
        (e.spans.iter().map(|&(s, t, _)| (s, t))).chain(e.rejected.iter().copied()),
    );
    let mut out = Vec::new();
    let mut k = 0;
    for sentence in &sentences {
        let n = sentence.len();
        let (Some(first), Some(last)) = (sentence.first(), sentence.last()) else {
            continue;
        };
        if e.done || marked.overlaps(first.start, last.end) {
            let features = static_features(text, std::slice::from_ref(sentence), &reader.cues);
            out.push((features, gold[k..k + n].to_vec()));
        }
        k += n;
    }
    Prepared { sentences: out }
}

/// One pass of `trainer` over `doc`: each sentence tagged greedily with the
/// current weights, every wrong tag learned from.
fn pass(trainer: &mut Trainer, doc: &Prepared) {
    let mut all = [0u64; STATIC + DYNAMIC];
    for (features, gold) in &doc.sentences {
        let (mut prev, mut prev2) = (O, O);
        for (f, &truth) in features.iter().zip(gold) {
            all[..STATIC].copy_from_slice(f);
            all[STATIC..].copy_from_slice(&tag_features(prev, prev2, f));
            let guess = best_tag(&trainer.scores(&all), prev);
            trainer.learn(&all, truth, guess);
            (prev2, prev) = (prev, guess);
        }
    }
}

/// A model trained on `examples` ([`EPOCHS`] passes, the order shuffled with a
/// fixed seed: the same data gives the same weights). Reports documents done to
/// `progress` (phase "Training the suggestion model") and stops when cancelled.
pub fn train_examples(
    reader: Reader,
    examples: &[Example],
    key: u64,
    progress: &Progress,
) -> Result<LearnedModel, LearnError> {
    progress.start_phase(
        "Training the suggestion model",
        (EPOCHS * examples.len()) as u64,
    );
    let mut trainer = Trainer::from_weights(&Weights::default());
    let tokens: usize = examples.iter().map(|e| e.doc.text.len() / 5).sum();
    let mut kept: Vec<Option<Prepared>> = Vec::new();
    if tokens * STATIC * 8 <= FEATURE_CACHE_BYTES {
        kept = examples.iter().map(|e| Some(prepare(&reader, e))).collect();
    }
    let mut rng = fastrand::Rng::with_seed(0x6d61_7267);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for _ in 0..EPOCHS {
        rng.shuffle(&mut order);
        for &i in &order {
            progress.check()?;
            match kept.get(i).and_then(Option::as_ref) {
                Some(p) => pass(&mut trainer, p),
                None => pass(&mut trainer, &prepare(&reader, &examples[i])),
            }
            progress.advance(1);
        }
    }
    Ok(LearnedModel {
        decoding: Default::default(),
        weights: trainer.average(),
        key,
        documents: examples.len(),
        reader,
    })
}

impl LearnedModel {
    /// A model trained on `project`'s annotated documents (and those marked
    /// done), less `exclude_doc`; sources named through the project's registry,
    /// cues read with the built-in rules.
    pub fn train(
        project: &Project,
        exclude_doc: Option<&str>,
        progress: &Progress,
    ) -> Result<LearnedModel, LearnError> {
        Self::train_with_rules(project, &RuleSet::builtin(), exclude_doc, progress)
    }

    /// [`LearnedModel::train`] with the cues of `rules`: the rules in use (the
    /// project's rules file when it has one), so a hedge or attribution cue the
    /// analyst added is a cue feature too.
    pub fn train_with_rules(
        project: &Project,
        rules: &RuleSet,
        exclude_doc: Option<&str>,
        progress: &Progress,
    ) -> Result<LearnedModel, LearnError> {
        let reader = Reader::with_rules(rules, project.source_registry().into_owned())?;
        let examples = training_documents(project, exclude_doc);
        train_examples(
            reader,
            &examples,
            training_key(project, exclude_doc),
            progress,
        )
    }

    /// Learns document `doc` of `project` again, as the analyst has it now
    /// ([`UPDATE_PASSES`] passes starting from the current weights): what an accept,
    /// reject or correction there teaches, in the time one document takes rather
    /// than a whole retraining. The key becomes that of `project`.
    ///
    /// A document that is no longer one the model learns from (its last
    /// annotation deleted or undone) cannot be unlearnt by a pass: the model is
    /// then trained again from the start.
    pub fn update_document(&mut self, project: &Project, doc: &str) -> Result<(), LearnError> {
        let examples = training_documents(project, None);
        let key = training_key(project, None);
        let Some(e) = examples.iter().find(|e| e.doc.id == doc) else {
            *self = train_examples(self.reader.clone(), &examples, key, &Progress::new())?;
            return Ok(());
        };
        let prepared = prepare(&self.reader, e);
        let mut trainer = Trainer::from_weights(&self.weights);
        for _ in 0..UPDATE_PASSES {
            pass(&mut trainer, &prepared);
        }
        self.weights = trainer.average();
        self.documents = examples.len();
        self.key = key;
        Ok(())
    }
}
