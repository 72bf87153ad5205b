//! Effort, measured: replays an analyst who finishes each annotated document
//! from the suggestions, counting the actions it takes, beside the same count
//! with suggestions off.
//!
//! The actions (issue 20): accept a suggestion = 1; move a boundary = 1 per word
//! moved, at each end; reject = 1; drag and key a missing span = 2; plus 1 to
//! pick an attribution's source when the accepted or created attribution does not
//! already carry the gold one (after alias normalisation). Without suggestions a
//! document costs 2 per gold span plus 1 per attribution.
//!
//! **Matching policy.** The analyst is rational: a suggestion is *fixed* into a
//! gold span (accepted, its ends moved, its source picked if wrong) only when it
//! has the gold span's label, overlaps it, and fixing costs less than rejecting it
//! and creating the span ([`fix_cost`] < 1 + [`create_cost`]). Pairs are taken one
//! to one, the cheapest fix first (then best IoU, then document order). Every other
//! suggestion is rejected (1); every gold span left is created (2, + 1 for an
//! attribution's source). A suggestion with the wrong label is never relabelled:
//! it is rejected and the span created. Only documents with at least one gold
//! annotation are replayed (an unannotated document is not finished).

use std::collections::BTreeMap;

use serde::Serialize;

use super::eval::{iou, same_source};
use super::{ATTRIBUTION, Suggestion};
use crate::model::{Annotation, Project, SourceRegistry};

/// Actions to drag and key a span by hand.
pub const CREATE_ACTIONS: usize = 2;

/// What the replay did, action by action.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ActionCounts {
    /// Suggestions accepted exactly as they stood (1 action each).
    pub accepted_as_is: usize,
    /// Suggestions accepted after moving a boundary or picking a source (1 each,
    /// plus the moves and picks counted below).
    pub fixed: usize,
    /// Words the boundaries of fixed suggestions were moved (1 action each).
    pub boundary_words: usize,
    /// Suggestions rejected (1 each).
    pub rejected: usize,
    /// Gold spans dragged and keyed by hand (2 each).
    pub created: usize,
    /// Attribution sources picked (1 each): created attributions and accepted
    /// ones whose source was not the gold one.
    pub sources_picked: usize,
}

impl ActionCounts {
    /// The actions these counts add up to.
    pub fn total(&self) -> usize {
        self.accepted_as_is
            + self.fixed
            + self.boundary_words
            + self.rejected
            + CREATE_ACTIONS * self.created
            + self.sources_picked
    }

    fn add(&mut self, o: &ActionCounts) {
        self.accepted_as_is += o.accepted_as_is;
        self.fixed += o.fixed;
        self.boundary_words += o.boundary_words;
        self.rejected += o.rejected;
        self.created += o.created;
        self.sources_picked += o.sources_picked;
    }
}

/// The effort for one label, or for all of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Effort {
    /// The label id (`None` for the total over every label).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Gold annotations finished.
    pub gold: usize,
    /// Actions with the suggestions.
    pub actions: usize,
    /// Actions with suggestions off (2 per span, + 1 per attribution).
    pub baseline_actions: usize,
    /// `actions / gold` (0 when there is no gold).
    pub per_annotation: f64,
    /// `baseline_actions / gold` (0 when there is no gold).
    pub baseline_per_annotation: f64,
    /// The actions, one kind at a time.
    pub counts: ActionCounts,
}

impl Effort {
    fn new(label: Option<String>, gold: usize, baseline: usize, counts: ActionCounts) -> Self {
        let ratio = |a: usize| {
            if gold == 0 {
                0.0
            } else {
                a as f64 / gold as f64
            }
        };
        Effort {
            label,
            gold,
            actions: counts.total(),
            baseline_actions: baseline,
            per_annotation: ratio(counts.total()),
            baseline_per_annotation: ratio(baseline),
            counts,
        }
    }
}

/// The whole replay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EffortReport {
    /// Documents replayed (those with at least one gold annotation).
    pub documents: usize,
    /// Over every label.
    pub total: Effort,
    /// One entry per label with gold or suggestions, in label order; a rejected
    /// suggestion counts under its own label.
    pub labels: Vec<Effort>,
}

/// One document to finish: its text and its gold annotations.
#[derive(Debug, Clone, Copy)]
pub struct GoldDocument<'a> {
    /// The document's id (as in the suggestions).
    pub id: &'a str,
    /// Its text (offsets are chars into it).
    pub text: &'a str,
    /// The annotations the analyst finishes with.
    pub gold: &'a [&'a Annotation],
}

/// Replays `project`'s annotated documents among `suggested` (per document, as
/// [`super::suggest_project_raw`] gives them, or any other suggester's output)
/// for the labels in `labels` (all when empty). Orphaned annotations are left out.
pub fn replay_project(
    project: &Project,
    suggested: &[(String, Vec<Suggestion>)],
    registry: &SourceRegistry,
    labels: &[String],
) -> EffortReport {
    let wanted = |l: &str| labels.is_empty() || labels.iter().any(|x| x == l);
    let mut gold_by_doc: BTreeMap<&str, Vec<&Annotation>> = BTreeMap::new();
    for a in &project.annotations {
        if !a.orphaned && wanted(&a.label) {
            gold_by_doc.entry(a.doc.as_str()).or_default().push(a);
        }
    }
    let filtered: Vec<(String, Vec<Suggestion>)> = suggested
        .iter()
        .map(|(d, f)| {
            let kept = f.iter().filter(|s| wanted(&s.label)).cloned().collect();
            (d.clone(), kept)
        })
        .collect();
    let docs: Vec<GoldDocument> = project
        .documents
        .iter()
        .filter_map(|d| {
            let gold = gold_by_doc.get(d.id.as_str())?;
            Some(GoldDocument {
                id: &d.id,
                text: &d.text,
                gold,
            })
        })
        .collect();
    replay(&docs, &filtered, registry)
}

/// Replays an analyst finishing each of `docs` from `suggested` (documents not
/// in `suggested` are finished by hand). See the module's matching policy.
pub fn replay(
    docs: &[GoldDocument],
    suggested: &[(String, Vec<Suggestion>)],
    registry: &SourceRegistry,
) -> EffortReport {
    let mut by_label: BTreeMap<String, (usize, usize, ActionCounts)> = BTreeMap::new();
    let mut total = ActionCounts::default();
    let mut documents = 0;
    let by_doc: std::collections::HashMap<&str, &[Suggestion]> = suggested
        .iter()
        .map(|(id, f)| (id.as_str(), f.as_slice()))
        .collect();
    for doc in docs.iter().filter(|d| !d.gold.is_empty()) {
        documents += 1;
        let found: &[Suggestion] = by_doc.get(doc.id).copied().unwrap_or(&[]);
        for g in doc.gold {
            let entry = by_label.entry(g.label.clone()).or_default();
            entry.0 += 1;
            entry.1 += create_cost(g);
        }
        for (label, counts) in replay_document(doc, found, registry) {
            total.add(&counts);
            by_label.entry(label).or_default().2.add(&counts);
        }
    }
    let gold: usize = by_label.values().map(|v| v.0).sum();
    let baseline: usize = by_label.values().map(|v| v.1).sum();
    EffortReport {
        documents,
        total: Effort::new(None, gold, baseline, total),
        labels: by_label
            .into_iter()
            .map(|(l, (g, b, c))| Effort::new(Some(l), g, b, c))
            .collect(),
    }
}

/// Actions to create `gold` by hand: 2, plus 1 for an attribution's source.
pub fn create_cost(gold: &Annotation) -> usize {
    CREATE_ACTIONS + usize::from(gold.label == ATTRIBUTION)
}

/// Actions to turn `s` into `gold` (same label assumed): accept 1, plus the
/// words each boundary moves, plus 1 when an attribution's source must be picked.
pub fn fix_cost(
    words: &WordIndex,
    s: &Suggestion,
    gold: &Annotation,
    reg: &SourceRegistry,
) -> usize {
    1 + boundary_words(words, s, gold) + usize::from(needs_source(s, gold, reg))
}

fn boundary_words(words: &WordIndex, s: &Suggestion, gold: &Annotation) -> usize {
    words.moves(s.start, gold.start) + words.moves(s.end, gold.end)
}

fn needs_source(s: &Suggestion, gold: &Annotation, reg: &SourceRegistry) -> bool {
    gold.label == ATTRIBUTION && !same_source(s.source.as_deref(), gold.source.as_deref(), reg)
}

/// Per group of suggestions of `doc` (each replayed alone, as [`replay`] with
/// that group would), the actions it saved: the actions with suggestions off
/// less the actions with the group's. The text and the gold are indexed once for
/// all the groups (a combination replays each rule's suggestions alone).
pub fn actions_saved_each(
    doc: &GoldDocument,
    groups: &[&[Suggestion]],
    reg: &SourceRegistry,
) -> Vec<i64> {
    if doc.gold.is_empty() {
        return vec![0; groups.len()];
    }
    let words = WordIndex::new(doc.text);
    let gold = GoldByStart::new(doc.gold);
    let baseline: usize = doc.gold.iter().map(|g| create_cost(g)).sum();
    (groups.iter())
        .map(|found| {
            let counts = replay_indexed(doc, &words, &gold, found, reg);
            let actions: usize = counts.values().map(ActionCounts::total).sum();
            baseline as i64 - actions as i64
        })
        .collect()
}

/// One document's actions, per label.
fn replay_document(
    doc: &GoldDocument,
    found: &[Suggestion],
    reg: &SourceRegistry,
) -> BTreeMap<String, ActionCounts> {
    let words = WordIndex::new(doc.text);
    let gold = GoldByStart::new(doc.gold);
    replay_indexed(doc, &words, &gold, found, reg)
}

/// [`replay_document`] with the text's words and the gold indexed.
fn replay_indexed(
    doc: &GoldDocument,
    words: &WordIndex,
    gold: &GoldByStart,
    found: &[Suggestion],
    reg: &SourceRegistry,
) -> BTreeMap<String, ActionCounts> {
    // (fix cost, IoU, suggestion, gold) for each pair worth fixing.
    let mut pairs = Vec::new();
    for (i, s) in found.iter().enumerate() {
        for j in gold.overlapping(s.start, s.end) {
            let g = doc.gold[j];
            if s.label != g.label {
                continue;
            }
            let cost = fix_cost(words, s, g, reg);
            if cost < 1 + create_cost(g) {
                pairs.push((cost, iou((s.start, s.end), (g.start, g.end)), i, j));
            }
        }
    }
    pairs.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then((a.2, a.3).cmp(&(b.2, b.3)))
    });
    let mut used_found = vec![false; found.len()];
    let mut used_gold = vec![false; doc.gold.len()];
    let mut out: BTreeMap<String, ActionCounts> = BTreeMap::new();
    for (_, _, i, j) in pairs {
        if used_found[i] || used_gold[j] {
            continue;
        }
        used_found[i] = true;
        used_gold[j] = true;
        let (s, g) = (&found[i], doc.gold[j]);
        let c = out.entry(g.label.clone()).or_default();
        let moved = boundary_words(words, s, g);
        let source = needs_source(s, g, reg);
        if moved == 0 && !source {
            c.accepted_as_is += 1;
        } else {
            c.fixed += 1;
        }
        c.boundary_words += moved;
        c.sources_picked += usize::from(source);
    }
    for (s, _) in found.iter().zip(&used_found).filter(|(_, u)| !**u) {
        out.entry(s.label.clone()).or_default().rejected += 1;
    }
    for (g, _) in doc.gold.iter().zip(&used_gold).filter(|(_, u)| !**u) {
        let c = out.entry(g.label.clone()).or_default();
        c.created += 1;
        c.sources_picked += usize::from(g.label == ATTRIBUTION);
    }
    out
}

/// Gold spans sorted by start, with the furthest end so far: the spans that
/// overlap a suggestion without a pass over all of them.
struct GoldByStart {
    /// (start, end, index into the document's gold), by start.
    spans: Vec<(usize, usize, usize)>,
    /// `max_end[i]`: the furthest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl GoldByStart {
    fn new(gold: &[&Annotation]) -> Self {
        let mut spans: Vec<(usize, usize, usize)> = gold
            .iter()
            .enumerate()
            .map(|(j, g)| (g.start, g.end, j))
            .collect();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.1);
                Some(*m)
            })
            .collect();
        GoldByStart { spans, max_end }
    }

    /// Indexes (into the document's gold) of the spans sharing a char with
    /// `[start, end)`.
    fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        let before_end = self.spans.partition_point(|s| s.0 < end);
        (0..before_end)
            .rev()
            .take_while(move |&i| self.max_end[i] > start)
            .filter(move |&i| self.spans[i].1 > start)
            .map(|i| self.spans[i].2)
    }
}

/// Where the words of a text are, by char offset: what moving a boundary costs.
/// A word is a run of letters, digits or marks (so Korean, combining accents and
/// "Kim's" pieces count as words; spaces and punctuation do not).
#[derive(Debug, Clone)]
pub struct WordIndex {
    /// `in_word[i]`: char `i` belongs to a word.
    in_word: Vec<bool>,
    /// `starts[i]`: words starting before char `i`.
    starts: Vec<usize>,
}

impl WordIndex {
    /// The index of `text`.
    pub fn new(text: &str) -> Self {
        let in_word: Vec<bool> = text
            .chars()
            .map(|c| c.is_alphanumeric() || is_mark(c))
            .collect();
        let mut starts = Vec::with_capacity(in_word.len() + 1);
        let mut n = 0;
        starts.push(0);
        for (i, &w) in in_word.iter().enumerate() {
            if w && (i == 0 || !in_word[i - 1]) {
                n += 1;
            }
            starts.push(n);
        }
        WordIndex { in_word, starts }
    }

    /// Actions to move a boundary from char `from` to char `to`: the words it
    /// passes over (any word with a char between them), at least 1 when the
    /// two differ (punctuation alone is one move), 0 when they are the same.
    pub fn moves(&self, from: usize, to: usize) -> usize {
        if from == to {
            return 0;
        }
        let len = self.in_word.len();
        let (lo, hi) = (from.min(to).min(len), from.max(to).min(len));
        let mut words = self.starts[hi] - self.starts[lo];
        // A word that began before `lo` and runs into the range.
        if lo < hi && lo > 0 && self.in_word[lo] && self.in_word[lo - 1] {
            words += 1;
        }
        words.max(1)
    }
}

/// Combining marks (accents written as a second char) belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests;
