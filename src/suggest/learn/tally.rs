//! What one annotated document shows a combination ([`super::Combiner`], issue
//! 20): per rule (and the model) the actions its suggestions saved there, how
//! the model's spans compared with the rules', the sources the analyst named
//! and the words added to or cut from suggested spans' ends and starts. A combination sums
//! these per document, so one document's figures can be left out (leave one
//! out) or kept and reused while its annotations stay as they are.

use std::collections::HashMap;

use super::boundary::Extensions;
use super::span_index::SpanIndex;
use super::starts::Starts;
use crate::model::SourceRegistry;
use crate::suggest::effort::{GoldDocument, WordIndex, actions_saved_each, create_cost, fix_cost};
use crate::suggest::{ATTRIBUTION, Suggestion};

/// Per `(label, rule)`: actions saved and suggestions made; per label: how much
/// more the model's spans saved than the rules' they overlapped.
#[derive(Debug, Clone, Default)]
pub(super) struct Tally {
    pub(super) saved: HashMap<(String, String), (i64, i64)>,
    pub(super) model_over_rules: HashMap<String, i64>,
    /// The model's suggestions no rule's overlapped: label, score, actions saved.
    pub(super) model_alone: Vec<(String, f32, i64)>,
    /// Attribution sources: (the source suggested, normalised; the gold
    /// source of the attribution it overlapped) and how often.
    pub(super) sources: HashMap<(String, String), i64>,
    /// The words the analyst added after suggested spans' ends.
    pub(super) extensions: Extensions,
    /// The words the analyst added before suggested spans' starts, or cut.
    pub(super) starts: Starts,
}

impl Tally {
    /// Adds `o`'s figures, times `sign` (1 or −1, for leave one out).
    pub(super) fn add(&mut self, o: &Tally, sign: i64) {
        for (k, (s, n)) in &o.saved {
            let e = self.saved.entry(k.clone()).or_default();
            e.0 += sign * s;
            e.1 += sign * n;
        }
        for (k, v) in &o.model_over_rules {
            *self.model_over_rules.entry(k.clone()).or_default() += sign * v;
        }
        self.extensions.add(&o.extensions, sign);
        self.starts.add(&o.starts, sign);
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

impl Tally {
    /// What annotated document `doc` shows of the rules' (`rules`) and the
    /// model's (`model`) suggestions for it.
    pub(super) fn of_document(
        doc: &GoldDocument,
        rules: &[Suggestion],
        model: &[Suggestion],
        registry: &SourceRegistry,
    ) -> Self {
        let gold = doc.gold;
        let gold_index = SpanIndex::new(gold.iter().map(|g| (g.start, g.end)));
        let mut tally = tally_document(doc, &gold_index, rules, model, registry);
        let chars: Vec<char> = doc.text.chars().collect();
        // Cuts are learned from the rules' spans only: the model's are cut
        // apart, and the cuts are applied to the rules'.
        let from_rules = rules.len();
        for (i, s) in rules.iter().chain(model).enumerate() {
            let shortest = if i < from_rules { s.start + 1 } else { s.end };
            let gold = (gold_index.starting_at(s.start).into_iter())
                .map(|k| gold[k])
                .find(|g| g.label == s.label && g.end >= shortest);
            if let Some(g) = gold {
                tally.extensions.learn(&chars, &s.label, s.end, g.end);
            }
        }
        // Starts are learned from the rules' spans whose end the analyst kept
        // (a learned phrase has the analyst's start already).
        for s in rules.iter().filter(|s| s.rule != super::PHRASE_RULE) {
            let gold = (gold_index.overlapping(s.start, s.end).into_iter())
                .map(|k| gold[k])
                .find(|g| g.label == s.label && g.end == s.end);
            if let Some(g) = gold {
                tally.starts.learn(&chars, &s.label, s.start, g.start);
            }
        }
        tally
    }
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
    let (keys, found): (Vec<_>, Vec<_>) = groups.into_iter().unzip();
    let alone: Vec<&[Suggestion]> = found.iter().map(Vec::as_slice).collect();
    let saved = actions_saved_each(doc, &alone, registry);
    for ((key, found), saved) in keys.into_iter().zip(&found).zip(saved) {
        t.saved.insert(key, (saved, found.len() as i64));
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::model::Annotation;
    use crate::suggest::effort::{GoldDocument, actions_saved_each, replay};
    use crate::suggest::{Suggester, Suggestion};

    /// Every rule's replay in one pass saves what a replay of it alone saves.
    #[test]
    fn each_rule_replayed_in_one_pass_saves_what_its_replay_alone_saves() {
        let text = include_str!("../../../tests/fixtures/suggest/tune.ron");
        let p = crate::store::parse_project(text, Path::new("tune.ron")).expect("tune.ron reads");
        let s = Suggester::new(
            crate::suggest::RuleSet::builtin(),
            p.source_registry().into_owned(),
        )
        .expect("rules compile");
        let reg = s.registry();
        let mut compared = 0;
        for d in &p.documents {
            let gold: Vec<&Annotation> = p.annotations_of(&d.id).collect();
            let doc = GoldDocument {
                id: &d.id,
                text: &d.text,
                gold: &gold,
            };
            let found = s.suggest_text(&d.text);
            let mut rules: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
            rules.sort_unstable();
            rules.dedup();
            let groups: Vec<Vec<Suggestion>> = (rules.iter())
                .map(|r| found.iter().filter(|f| f.rule == *r).cloned().collect())
                .collect();
            let slices: Vec<&[Suggestion]> = groups.iter().map(Vec::as_slice).collect();
            let saved = actions_saved_each(&doc, &slices, reg);
            for (group, saved) in groups.iter().zip(saved) {
                let alone = replay(&[doc], &[(d.id.clone(), group.clone())], reg);
                let expected = alone.total.baseline_actions as i64 - alone.total.actions as i64;
                assert_eq!(saved, expected, "{} in {}", group[0].rule, d.id);
                compared += 1;
            }
        }
        assert!(compared > 20, "{compared} groups compared");
    }
}
