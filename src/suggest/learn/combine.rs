//! Rules and model combined by what the project's annotated documents show
//! (issue 20), so suggestions get better, not worse, as a project is annotated.
//!
//! From each annotated document, a [`Combiner`] learns, per label and rule (the
//! model counts as rule `model`), the actions its suggestions saved there: the
//! effort replay ([`crate::suggest::effort::replay`]) with that rule's
//! suggestions alone, against the same document finished by hand. A rule whose
//! suggestions cost more than they saved over at least [`MIN_CASES`] suggestions
//! is dropped; so is the model for a label where it did not save actions. Where a
//! rule and the model suggest overlapping spans of the same label, one is kept:
//! the one whose spans were cheaper to accept there (fewer boundary moves, fewer
//! rejects), learned the same way. The analyst's conventions are learned
//! too: the source names they give (`source_named`), the words they add or cut
//! at a span's end ([`Extensions`]) and start ([`super::starts::Starts`]).
//! Without annotated documents nothing is learned and everything is kept.
//!
//! Fair: a document's own annotations never decide its suggestions — the figures
//! are kept per document and a document's own are subtracted (leave one out).

use std::collections::HashMap;
use std::sync::Arc;

use super::LearnError;
use super::boundary::Extensions;
use super::span_index::SpanIndex;
use super::tally::Tally;
use crate::model::{Annotation, Project, SourceRegistry};
use crate::suggest::effort::GoldDocument;
use crate::suggest::{ATTRIBUTION, SuggestScope, Suggester, Suggestion, suggest_project_raw};
use crate::task::Progress;

/// Suggestions a rule must have made on the other annotated documents before
/// its figure can drop it.
pub const MIN_CASES: i64 = 4;

/// Cases of the analyst naming a suggested source another way before their
/// name is suggested (in most of the source's cases).
pub const MIN_RENAMED: i64 = 2;

/// The rule name the learned model's suggestions carry.
const MODEL: &str = super::MODEL_RULE;

/// What the annotated documents showed, per document (for leave one out) and
/// summed.
#[derive(Debug, Clone, Default)]
pub struct Combiner {
    registry: SourceRegistry,
    total: Tally,
    per_doc: HashMap<String, Arc<Tally>>,
}

impl Combiner {
    /// Learns from `project`'s annotated documents (non-orphaned annotations)
    /// what the rules' (`rules`) and the model's (`model`, fair: each document's
    /// from a model trained without it; empty without a model) suggestions saved.
    pub fn learn(
        project: &Project,
        rules: &[(String, Vec<Suggestion>)],
        model: &[(String, Vec<Suggestion>)],
        registry: &SourceRegistry,
    ) -> Self {
        let index = |found: &[(String, Vec<Suggestion>)]| -> HashMap<String, Vec<Suggestion>> {
            let mut by_doc: HashMap<String, Vec<Suggestion>> = HashMap::new();
            for (d, f) in found {
                by_doc
                    .entry(d.clone())
                    .or_default()
                    .extend(f.iter().cloned());
            }
            by_doc
        };
        let (mut rules, mut model) = (index(rules), index(model));
        let mut c = Combiner::empty(registry);
        // Each document's annotations in project order, found in one pass.
        let mut gold_of: HashMap<&str, Vec<&Annotation>> = HashMap::new();
        for a in project.annotations.iter().filter(|a| !a.orphaned) {
            gold_of.entry(a.doc.as_str()).or_default().push(a);
        }
        for d in &project.documents {
            let gold: Vec<&Annotation> = gold_of.get(d.id.as_str()).cloned().unwrap_or_default();
            if gold.is_empty() {
                continue;
            }
            let doc = GoldDocument {
                id: &d.id,
                text: &d.text,
                gold: &gold,
            };
            let r = rules.remove(&d.id).unwrap_or_default();
            let m = model.remove(&d.id).unwrap_or_default();
            if r.is_empty() && m.is_empty() {
                continue;
            }
            c.add_document(&d.id, Arc::new(Tally::of_document(&doc, &r, &m, registry)));
        }
        c
    }

    /// Nothing learned yet; sources normalised through `registry`.
    pub(super) fn empty(registry: &SourceRegistry) -> Self {
        Combiner {
            registry: registry.clone(),
            ..Combiner::default()
        }
    }

    /// Adds what document `doc` showed.
    pub(super) fn add_document(&mut self, doc: &str, tally: Arc<Tally>) {
        self.total.add(&tally, 1);
        self.per_doc.insert(doc.to_string(), tally);
    }

    /// Learns from the rules' suggestions (`suggester`) on up to `max_docs` of
    /// `project`'s annotated documents (the first in project order), without the
    /// model's: what the window does, where a k-fold of the model would cost
    /// too much per edit.
    pub fn learn_rules(project: &Project, suggester: &Suggester, max_docs: usize) -> Self {
        let annotated: std::collections::HashSet<&str> = (project.annotations.iter())
            .filter(|a| !a.orphaned)
            .map(|a| a.doc.as_str())
            .collect();
        let rules: Vec<(String, Vec<Suggestion>)> = (project.documents.iter())
            .filter(|d| annotated.contains(d.id.as_str()))
            .take(max_docs)
            .map(|d| {
                let mut f = suggester.suggest_text(&d.text);
                f.iter_mut().for_each(|s| s.doc = d.id.clone());
                (d.id.clone(), f)
            })
            .collect();
        Combiner::learn(project, &rules, &[], suggester.registry())
    }

    /// True when nothing was learned (no annotated document).
    pub fn is_empty(&self) -> bool {
        self.per_doc.is_empty()
    }

    /// Whether `rule`'s suggestions of `label` are kept for document `doc`
    /// (learned from the other documents, `tally`; a rule is dropped only when
    /// that holds document by document, [`super::validated::drop_holds`]).
    fn keeps(&self, tally: &Tally, others: &[&Tally], label: &str, rule: &str) -> bool {
        let (saved, n) = (tally.saved.get(&(label.to_string(), rule.to_string())))
            .copied()
            .unwrap_or((0, 0));
        if rule == MODEL {
            // Without the model's suggestions on the annotated documents (the
            // window does not run the k-fold), there is nothing to judge it by.
            n == 0 || saved > 0
        } else {
            !super::validated::drop_holds(tally, others, label, rule)
        }
    }

    /// The suggestions for document `doc`: `rules`' and `model`'s, less the
    /// rules and model the other annotated documents contradict, and one of each
    /// overlapping same-label pair of a rule and the model. Sorted by start,
    /// end, label.
    pub fn combine(
        &self,
        doc: &str,
        text: &str,
        rules: Vec<Suggestion>,
        model: Vec<Suggestion>,
    ) -> Vec<Suggestion> {
        // A document without annotations (the usual one) uses the sums as
        // they are; an annotated one, the sums without its own figures.
        let tally: std::borrow::Cow<Tally> = match self.per_doc.get(doc) {
            Some(own) => {
                let mut t = self.total.clone();
                t.add(own, -1);
                std::borrow::Cow::Owned(t)
            }
            None => std::borrow::Cow::Borrowed(&self.total),
        };
        // The other annotated documents' own figures, each decision checked
        // on them (`super::validated`).
        let others: Vec<&Tally> = (self.per_doc.iter())
            .filter(|(d, _)| d.as_str() != doc)
            .map(|(_, t)| t.as_ref())
            .collect();
        let mut kept: HashMap<(String, String), bool> = HashMap::new();
        let mut rules: Vec<Suggestion> = if self.is_empty() {
            rules
        } else {
            (rules.into_iter())
                .filter(|s| {
                    *(kept.entry((s.label.clone(), s.rule.clone())))
                        .or_insert_with(|| self.keeps(&tally, &others, &s.label, &s.rule))
                })
                .collect()
        };
        let mut model: Vec<Suggestion> = (model.into_iter())
            .filter(|s| self.keeps(&tally, &others, &s.label, MODEL))
            .collect();
        // Same-label overlaps found through an index of each side (a scan of
        // the other side per suggestion was quadratic on a 10 MB article).
        let overlaps = |a: &Suggestion, b: &[Suggestion], index: &SpanIndex| {
            (index.overlapping(a.start, a.end).into_iter()).any(|k| b[k].label == a.label)
        };
        let prefer_model =
            |label: &str| tally.model_over_rules.get(label).copied().unwrap_or(0) > 0;
        let model_index = SpanIndex::new(model.iter().map(|m| (m.start, m.end)));
        rules.retain(|r| !(prefer_model(&r.label) && overlaps(r, &model, &model_index)));
        let rules_index = SpanIndex::new(rules.iter().map(|r| (r.start, r.end)));
        let mut needed: HashMap<String, Option<f32>> = HashMap::new();
        model.retain(|m| {
            if overlaps(m, &rules, &rules_index) {
                return prefer_model(&m.label);
            }
            let cut = (needed.entry(m.label.clone()))
                .or_insert_with(|| confidence_needed(&tally, &m.label));
            cut.is_some_and(|t| m.score >= t)
        });
        model.retain(|m| prefer_model(&m.label) || !overlaps(m, &rules, &rules_index));
        rules.extend(model);
        let mut names: HashMap<String, Option<String>> = HashMap::new();
        for s in rules.iter_mut().filter(|s| s.label == ATTRIBUTION) {
            let from = s
                .source
                .as_deref()
                .map(|n| self.registry.normalise(n).to_lowercase());
            let named = from.and_then(|n| {
                (names.entry(n.clone()))
                    .or_insert_with(|| super::validated::rename_holding(&tally, &others, &n))
                    .clone()
            });
            if let Some(named) = named {
                s.source = Some(named);
            }
        }
        // Nothing learned of the ends or starts (a 10 MB article's first
        // suggestions): no need for its chars.
        // The ends and starts learned, only those that hold document by
        // document (`super::validated`).
        let (extensions, starts) = if others.is_empty() {
            (Extensions::default(), super::starts::Starts::default())
        } else {
            let ends: Vec<&Extensions> = others.iter().map(|t| &t.extensions).collect();
            let firsts: Vec<&super::starts::Starts> = others.iter().map(|t| &t.starts).collect();
            (tally.extensions.held(&ends), tally.starts.held(&firsts))
        };
        let ends_learned = extensions != Extensions::default();
        let starts_learned = !starts.is_empty();
        let chars: Vec<char> = if ends_learned || starts_learned {
            text.chars().collect()
        } else {
            Vec::new()
        };
        // Spans of different labels never overlap in the analyst's markup: a
        // learned start or end does not move a span over another label's
        // suggestion ("{a|JCS told reporters} {c|it had tracked…}" stays apart
        // however often the analyst's claims start at their clause's first word).
        let placed: Vec<(usize, usize, String)> = if ends_learned || starts_learned {
            (rules.iter())
                .map(|s| (s.start, s.end, s.label.clone()))
                .collect()
        } else {
            Vec::new()
        };
        let placed_index = SpanIndex::new(placed.iter().map(|p| (p.0, p.1)));
        let free = |from: usize, to: usize, label: &str| {
            (placed_index.overlapping(from, to).iter()).all(|&i| placed[i].2 == label)
        };
        for s in rules.iter_mut().filter(|_| ends_learned) {
            let mut end = extensions.end_for(&chars, &s.label, s.end);
            if end == s.end {
                end = extensions.trimmed_end(&chars, &s.label, s.start, s.end);
            }
            let over_another = end > s.end && !free(s.end, end, &s.label);
            if end != s.end && end > s.start && end <= chars.len() && !over_another {
                s.end = end;
                s.quote = chars[s.start..end].iter().collect();
            }
        }
        let moved = |s: &Suggestion| s.rule != super::PHRASE_RULE && s.end <= chars.len();
        for s in rules.iter_mut().filter(|s| starts_learned && moved(s)) {
            let start = starts.start_for(&chars, &s.label, s.start, s.end);
            let over_another = start < s.start && !free(start, s.start, &s.label);
            if start != s.start && start < s.end && !over_another {
                s.start = start;
                s.quote = chars[start..s.end].iter().collect();
            }
        }
        rules.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
        rules.dedup_by(|a, b| (a.start, a.end, &a.label) == (b.start, b.end, &b.label));
        rules
    }
}

/// The lowest score from which the model's suggestions that no rule's overlap
/// saved actions on the other documents (the cut that saved most), or `None`
/// when no cut saved any; any score when there were none to judge by.
fn confidence_needed(tally: &Tally, label: &str) -> Option<f32> {
    if !(tally.model_alone.iter()).any(|(l, _, _)| l == label) {
        return Some(f32::MIN);
    }
    let mut seen: Vec<(f32, i64)> = (tally.model_alone.iter())
        .filter(|(l, _, _)| l == label)
        .map(|(_, s, v)| (*s, *v))
        .collect();
    seen.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut sum, mut best, mut cut) = (0i64, 0i64, None);
    for (score, value) in seen {
        sum += value;
        if sum > best {
            best = sum;
            cut = Some(score);
        }
    }
    cut
}

/// Per document of `project` in `scope` (project order), the suggestions as the
/// project's annotated documents teach: the rules' (unless `rules_on` is false)
/// and, with `model_on`, the learned model's fair ones (each document's from a
/// model trained without it), combined by a [`Combiner`] learned from the
/// annotated documents (each document's own left out). Nothing is filtered
/// against the project's annotations or rejections.
pub fn suggest_project_combined(
    suggester: &Suggester,
    project: &Project,
    scope: &SuggestScope,
    rules_on: bool,
    model_on: bool,
    progress: &Progress,
) -> Result<Vec<(String, Vec<Suggestion>)>, LearnError> {
    let every = SuggestScope {
        docs: None,
        labels: scope.labels.clone(),
    };
    let mut rules = suggest_project_raw(suggester, project, &every);
    if !rules_on {
        rules.iter_mut().for_each(|(_, f)| f.clear());
    }
    let annotated = project.annotations.iter().any(|a| !a.orphaned);
    let wanted = |l: &str| scope.labels.is_empty() || scope.labels.iter().any(|x| x == l);
    if annotated && rules_on {
        // The analyst's phrases where they recur, judged below like any rule
        // (off with the rules: `--no-rules` gives the model alone).
        let phrases = super::PhraseMemory::learn(project);
        for (d, found) in rules.iter_mut() {
            let text = project.document(d).map_or("", |x| x.text.as_str());
            phrases.add_to(found, d, text);
            found.retain(|s| wanted(&s.label));
        }
    }
    let mut model = if model_on && annotated {
        super::suggest_project_fair_with_rules(project, suggester.rules(), progress)?
    } else {
        Vec::new()
    };
    model
        .iter_mut()
        .for_each(|(_, f)| f.retain(|s| wanted(&s.label)));
    let combiner = Combiner::learn(project, &rules, &model, suggester.registry());
    let mut by_doc: HashMap<String, Vec<Suggestion>> = model.into_iter().collect();
    Ok(rules
        .into_iter()
        .filter(|(d, _)| scope.docs.as_ref().is_none_or(|x| x.contains(d)))
        .map(|(d, r)| {
            let m = by_doc.remove(&d).unwrap_or_default();
            let text = project.document(&d).map_or("", |x| x.text.as_str());
            let c = combiner.combine(&d, text, r, m);
            (d, c)
        })
        .collect())
}

#[cfg(test)]
#[path = "combine_tests.rs"]
mod tests;
