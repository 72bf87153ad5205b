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
//! rejects), learned the same way. Without annotated documents nothing is
//! learned and everything is kept.
//!
//! Fair: a document's own annotations never decide its suggestions — the figures
//! are kept per document and a document's own are subtracted (leave one out).

use std::collections::HashMap;

use super::LearnError;
use super::boundary::Extensions;
use super::span_index::SpanIndex;
use crate::model::{Annotation, Project, SourceRegistry};
use crate::suggest::effort::{GoldDocument, WordIndex, create_cost, fix_cost, replay};
use crate::suggest::{ATTRIBUTION, SuggestScope, Suggester, Suggestion, suggest_project_raw};
use crate::task::Progress;

/// Suggestions a rule must have made on the other annotated documents before
/// its figure can drop it.
pub const MIN_CASES: i64 = 4;

/// The rule name the learned model's suggestions carry.
const MODEL: &str = super::MODEL_RULE;

/// What the annotated documents showed, per document (for leave one out) and
/// summed.
#[derive(Debug, Clone, Default)]
pub struct Combiner {
    registry: SourceRegistry,
    total: Tally,
    per_doc: HashMap<String, Tally>,
}

/// Per `(label, rule)`: actions saved and suggestions made; per label: how much
/// more the model's spans saved than the rules' they overlapped.
#[derive(Debug, Clone, Default)]
struct Tally {
    saved: HashMap<(String, String), (i64, i64)>,
    model_over_rules: HashMap<String, i64>,
    /// The model's suggestions no rule's overlapped: label, score, actions saved.
    model_alone: Vec<(String, f32, i64)>,
    /// Attribution sources: (the source suggested, normalised; the gold
    /// source of the attribution it overlapped) and how often.
    sources: HashMap<(String, String), i64>,
    /// The words the analyst added after suggested spans' ends.
    extensions: Extensions,
}

impl Tally {
    fn add(&mut self, o: &Tally, sign: i64) {
        for (k, (s, n)) in &o.saved {
            let e = self.saved.entry(k.clone()).or_default();
            e.0 += sign * s;
            e.1 += sign * n;
        }
        for (k, v) in &o.model_over_rules {
            *self.model_over_rules.entry(k.clone()).or_default() += sign * v;
        }
        self.extensions.add(&o.extensions, sign);
        for (k, v) in &o.sources {
            *self.sources.entry(k.clone()).or_default() += sign * v;
        }
        if sign > 0 {
            self.model_alone.extend(o.model_alone.iter().cloned());
        } else {
            let key = |(l, s, v): &(String, f32, i64)| (l.clone(), s.to_bits(), *v);
            let mut gone: HashMap<(String, u32, i64), usize> = HashMap::new();
            for x in &o.model_alone {
                *gone.entry(key(x)).or_default() += 1;
            }
            self.model_alone.retain(|x| match gone.get_mut(&key(x)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            });
        }
    }
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
        let mut c = Combiner {
            registry: registry.clone(),
            ..Combiner::default()
        };
        for d in &project.documents {
            let gold: Vec<&Annotation> = (project.annotations_of(&d.id))
                .filter(|a| !a.orphaned)
                .collect();
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
            let gold_index = SpanIndex::new(gold.iter().map(|g| (g.start, g.end)));
            let mut tally = tally_document(&doc, &gold_index, &r, &m, registry);
            let chars: Vec<char> = d.text.chars().collect();
            // Cuts are learned from the rules' spans only: the model's are cut
            // apart, and the cuts are applied to the rules'.
            let from_rules = r.len();
            for (i, s) in r.iter().chain(&m).enumerate() {
                let shortest = if i < from_rules { s.start + 1 } else { s.end };
                let gold = (gold_index.starting_at(s.start).into_iter())
                    .map(|k| gold[k])
                    .find(|g| g.label == s.label && g.end >= shortest);
                if let Some(g) = gold {
                    tally.extensions.learn(&chars, &s.label, s.end, g.end);
                }
            }
            c.total.add(&tally, 1);
            c.per_doc.insert(d.id.clone(), tally);
        }
        c
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
    /// (learned from the other documents).
    fn keeps(&self, tally: &Tally, label: &str, rule: &str) -> bool {
        let (saved, n) = (tally.saved.get(&(label.to_string(), rule.to_string())))
            .copied()
            .unwrap_or((0, 0));
        if rule == MODEL {
            // Without the model's suggestions on the annotated documents (the
            // window does not run the k-fold), there is nothing to judge it by.
            n == 0 || saved > 0
        } else {
            n < MIN_CASES || saved >= 0
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
        let mut rules: Vec<Suggestion> = if self.is_empty() {
            rules
        } else {
            (rules.into_iter())
                .filter(|s| self.keeps(&tally, &s.label, &s.rule))
                .collect()
        };
        let mut model: Vec<Suggestion> = (model.into_iter())
            .filter(|s| self.keeps(&tally, &s.label, MODEL))
            .collect();
        let overlaps = |a: &Suggestion, b: &[Suggestion]| {
            b.iter()
                .any(|x| x.label == a.label && x.overlaps(a.start, a.end))
        };
        let prefer_model =
            |label: &str| tally.model_over_rules.get(label).copied().unwrap_or(0) > 0;
        let kept_model = model.clone();
        rules.retain(|r| !(prefer_model(&r.label) && overlaps(r, &kept_model)));
        let rules_seen = rules.clone();
        model.retain(|m| {
            if overlaps(m, &rules_seen) {
                return prefer_model(&m.label);
            }
            confidence_needed(&tally, &m.label).is_some_and(|t| m.score >= t)
        });
        model.retain(|m| prefer_model(&m.label) || !overlaps(m, &rules));
        rules.extend(model);
        for s in rules.iter_mut().filter(|s| s.label == ATTRIBUTION) {
            let from = s
                .source
                .as_deref()
                .map(|n| self.registry.normalise(n).to_lowercase());
            if let Some(named) = from.and_then(|n| source_named(&tally, &n)) {
                s.source = Some(named);
            }
        }
        let chars: Vec<char> = text.chars().collect();
        for s in &mut rules {
            let mut end = tally.extensions.end_for(&chars, &s.label, s.end);
            if end == s.end {
                end = (tally.extensions).trimmed_end(&chars, &s.label, s.start, s.end);
            }
            if end != s.end && end > s.start && end <= chars.len() {
                s.end = end;
                s.quote = chars[s.start..end].iter().collect();
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

/// The source the analyst's attributions named most often where one
/// suggested as `suggested` overlapped them, when that is another source.
fn source_named(tally: &Tally, key: &str) -> Option<String> {
    let own: i64 = (tally.sources.iter())
        .filter(|((from, to), _)| from == key && to.to_lowercase() == key)
        .map(|(_, n)| *n)
        .sum();
    (tally.sources.iter())
        .filter(|((from, to), n)| from == key && to.to_lowercase() != key && **n > own.max(1))
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.1.cmp(&a.0.1)))
        .map(|((_, to), _)| to.clone())
}

/// One annotated document's figures.
fn tally_document(
    doc: &GoldDocument,
    gold_index: &SpanIndex,
    rules: &[Suggestion],
    model: &[Suggestion],
    registry: &SourceRegistry,
) -> Tally {
    let mut t = Tally::default();
    let mut groups: HashMap<(String, String), Vec<Suggestion>> = HashMap::new();
    for s in rules.iter().chain(model) {
        (groups.entry((s.label.clone(), s.rule.clone())).or_default()).push(s.clone());
    }
    for (key, found) in groups {
        let n = found.len() as i64;
        let report = replay(&[*doc], &[(doc.id.to_string(), found)], registry);
        let saved = report.total.baseline_actions as i64 - report.total.actions as i64;
        t.saved.insert(key, (saved, n));
    }
    let words = WordIndex::new(doc.text);
    // The gold spans overlapping `s`, in gold order.
    let overlapping =
        |s: &Suggestion| (gold_index.overlapping(s.start, s.end).into_iter()).map(|k| doc.gold[k]);
    let value = |s: &Suggestion| -> i64 {
        overlapping(s)
            .filter(|g| g.label == s.label)
            .map(|g| {
                let create = create_cost(g) as i64;
                let fix = fix_cost(&words, s, g, registry) as i64;
                if fix < 1 + create { create - fix } else { -1 }
            })
            .max()
            .unwrap_or(-1)
    };
    let norm = |n: &str| registry.normalise(n).to_lowercase();
    for s in rules.iter().chain(model).filter(|s| s.label == ATTRIBUTION) {
        let Some(from) = s.source.as_deref() else {
            continue;
        };
        let gold = overlapping(s)
            .filter(|g| g.label == ATTRIBUTION)
            .find_map(|g| g.source.as_deref());
        if let Some(to) = gold {
            let to = registry.normalise(to);
            *t.sources.entry((norm(from), to)).or_default() += 1;
        }
    }
    let rules_index = SpanIndex::new(rules.iter().map(|r| (r.start, r.end)));
    for m in model {
        let under: Vec<&Suggestion> = (rules_index.overlapping(m.start, m.end).into_iter())
            .map(|k| &rules[k])
            .filter(|r| r.label == m.label)
            .collect();
        if under.is_empty() {
            (t.model_alone).push((m.label.clone(), m.score, value(m)));
        }
        for r in under {
            *t.model_over_rules.entry(m.label.clone()).or_default() += value(m) - value(r);
        }
    }
    t
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
    let mut model = if model_on && annotated {
        super::suggest_project_fair_with_rules(project, suggester.rules(), progress)?
    } else {
        Vec::new()
    };
    let wanted = |l: &str| scope.labels.is_empty() || scope.labels.iter().any(|x| x == l);
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
