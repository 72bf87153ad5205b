//! How good the suggestions are against a project's own annotations: precision,
//! recall and F1 per label and per rule, at three strictnesses (exact bounds,
//! char IoU ≥ 0.8, any overlap). Attributions match only with the same source
//! after normalisation through the registry.
//!
//! Matching is one to one: each gold span pairs with at most one suggestion and
//! the reverse, the best-IoU pairs first.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ATTRIBUTION, Suggestion};
use crate::model::{Annotation, Project, SourceRegistry};

/// The IoU a suggestion must reach with its gold span at [`Strictness::Iou`].
pub const IOU_THRESHOLD: f64 = 0.8;

/// How closely a suggestion must fit a gold span to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strictness {
    /// The same start and end.
    Exact,
    /// Char intersection over union ≥ [`IOU_THRESHOLD`].
    Iou,
    /// At least one char in common.
    Overlap,
}

impl Strictness {
    /// All three, strictest first.
    pub const ALL: [Strictness; 3] = [Strictness::Exact, Strictness::Iou, Strictness::Overlap];

    /// The name printed in tables (`exact`, `iou≥0.8`, `overlap`).
    pub fn name(self) -> &'static str {
        match self {
            Strictness::Exact => "exact",
            Strictness::Iou => "iou≥0.8",
            Strictness::Overlap => "overlap",
        }
    }

    fn accepts(self, a: (usize, usize), b: (usize, usize)) -> bool {
        match self {
            Strictness::Exact => a == b,
            Strictness::Iou => iou(a, b) >= IOU_THRESHOLD,
            Strictness::Overlap => a.0 < b.1 && b.0 < a.1,
        }
    }
}

/// Char intersection over union of two spans.
pub fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        return 0.0;
    }
    inter as f64 / union as f64
}

/// Counts and figures at one strictness.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// Suggestions counted.
    pub suggested: usize,
    /// Gold spans counted.
    pub gold: usize,
    /// Suggestion–gold pairs matched.
    pub matched: usize,
    /// matched / suggested (0 when nothing was suggested).
    pub precision: f64,
    /// matched / gold (0 when there is no gold).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    fn new(suggested: usize, gold: usize, matched: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(matched, suggested);
        let recall = ratio(matched, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Score {
            suggested,
            gold,
            matched,
            precision,
            recall,
            f1,
        }
    }
}

/// A label's or a rule's figures at each strictness.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// The label id.
    pub label: String,
    /// The rule id (`None` for a label's total).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Exact bounds.
    pub exact: Score,
    /// IoU ≥ 0.8.
    pub iou: Score,
    /// Any overlap.
    pub overlap: Score,
}

impl Scores {
    /// The figures at `strictness`.
    pub fn at(&self, strictness: Strictness) -> &Score {
        match strictness {
            Strictness::Exact => &self.exact,
            Strictness::Iou => &self.iou,
            Strictness::Overlap => &self.overlap,
        }
    }
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Documents compared.
    pub documents: usize,
    /// One entry per label (with gold or suggestions), in label order.
    pub labels: Vec<Scores>,
    /// One entry per rule that suggested something, by label then rule id.
    pub rules: Vec<Scores>,
}

/// Per strictness: (suggested, gold, matched).
type Tally = [(usize, usize, usize); 3];

/// Compares `suggested` (per document, as [`super::suggest_project_raw`] gives)
/// with the annotations of those documents in `project` (orphans aside), for the
/// labels in `labels` (all when empty).
pub fn evaluate(
    project: &Project,
    suggested: &[(String, Vec<Suggestion>)],
    registry: &SourceRegistry,
    labels: &[String],
) -> Evaluation {
    let wanted = |l: &str| labels.is_empty() || labels.iter().any(|x| x == l);
    // (label) -> per strictness (suggested, gold, matched); (label, rule) likewise.
    let mut by_label: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_rule: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut gold_by_doc: BTreeMap<&str, Vec<&Annotation>> = BTreeMap::new();
    for a in &project.annotations {
        if !a.orphaned && wanted(&a.label) {
            gold_by_doc.entry(a.doc.as_str()).or_default().push(a);
        }
    }
    for (doc, found) in suggested {
        let gold = gold_by_doc
            .get(doc.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let found: Vec<&Suggestion> = found.iter().filter(|s| wanted(&s.label)).collect();
        for (k, strictness) in Strictness::ALL.into_iter().enumerate() {
            let matched = match_one_to_one(&found, gold, strictness, registry);
            for s in &found {
                by_label.entry(s.label.clone()).or_default()[k].0 += 1;
                by_rule
                    .entry((s.label.clone(), s.rule.clone()))
                    .or_default()[k]
                    .0 += 1;
            }
            for g in gold {
                by_label.entry(g.label.clone()).or_default()[k].1 += 1;
            }
            for (i, s) in found.iter().enumerate() {
                if matched[i] {
                    by_label.entry(s.label.clone()).or_default()[k].2 += 1;
                    by_rule
                        .entry((s.label.clone(), s.rule.clone()))
                        .or_default()[k]
                        .2 += 1;
                }
            }
        }
    }
    let gold_of = |label: &str, k: usize| by_label.get(label).map_or(0, |c| c[k].1);
    let scores = |label: &str, rule: Option<&str>, c: &Tally| Scores {
        label: label.to_string(),
        rule: rule.map(str::to_string),
        exact: Score::new(c[0].0, gold_of(label, 0), c[0].2),
        iou: Score::new(c[1].0, gold_of(label, 1), c[1].2),
        overlap: Score::new(c[2].0, gold_of(label, 2), c[2].2),
    };
    Evaluation {
        documents: suggested.len(),
        labels: by_label.iter().map(|(l, c)| scores(l, None, c)).collect(),
        rules: by_rule
            .iter()
            .map(|((l, r), c)| scores(l, Some(r), c))
            .collect(),
    }
}

/// Which suggestions of `found` match a gold span of `gold` at `strictness`
/// (same label; attributions the same normalised source), one to one, the
/// best-IoU pairs first.
fn match_one_to_one(
    found: &[&Suggestion],
    gold: &[&Annotation],
    strictness: Strictness,
    registry: &SourceRegistry,
) -> Vec<bool> {
    let mut pairs = Vec::new();
    for (i, s) in found.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            if s.label != g.label || !strictness.accepts((s.start, s.end), (g.start, g.end)) {
                continue;
            }
            if s.label == ATTRIBUTION
                && !same_source(s.source.as_deref(), g.source.as_deref(), registry)
            {
                continue;
            }
            pairs.push((iou((s.start, s.end), (g.start, g.end)), i, j));
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut used_found = vec![false; found.len()];
    let mut used_gold = vec![false; gold.len()];
    for (_, i, j) in pairs {
        if !used_found[i] && !used_gold[j] {
            used_found[i] = true;
            used_gold[j] = true;
        }
    }
    used_found
}

/// True when two sources name the same one after normalisation (case ignored).
pub fn same_source(a: Option<&str>, b: Option<&str>, registry: &SourceRegistry) -> bool {
    let norm = |s: Option<&str>| {
        s.map(|s| registry.normalise(s).to_lowercase())
            .unwrap_or_default()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn suggestion(start: usize, end: usize, label: &str, source: Option<&str>) -> Suggestion {
        Suggestion {
            doc: "d".into(),
            start,
            end,
            label: label.into(),
            source: source.map(str::to_string),
            rule: "r".into(),
            score: 1.0,
            why: String::new(),
            quote: String::new(),
        }
    }

    #[test]
    fn the_three_strictnesses_and_sources_through_aliases() {
        let mut p = Project::new("e");
        p.documents.push(Document::new("d", "t", "x".repeat(100)));
        let gold = |s, e, l: &str| Annotation::new("d", s, e, "x".repeat(e - s), l, "g");
        p.annotations.push(gold(0, 10, "claim"));
        p.annotations.push(gold(20, 30, "claim"));
        p.annotations
            .push(gold(40, 50, "attribution").with_source("Korean Central News Agency"));
        p.annotations
            .push(gold(60, 70, "attribution").with_source("Yonhap"));
        let found = vec![(
            "d".to_string(),
            vec![
                suggestion(0, 10, "claim", None),                   // exact
                suggestion(21, 30, "claim", None),                  // IoU 0.9
                suggestion(40, 44, "attribution", Some("KCNA")),    // overlap only
                suggestion(60, 70, "attribution", Some("NK News")), // wrong source
                suggestion(80, 90, "speculation", None),            // no gold
            ],
        )];
        let e = evaluate(&p, &found, &SourceRegistry::builtin(), &[]);
        let claim = e.labels.iter().find(|s| s.label == "claim").unwrap();
        assert_eq!(
            (
                claim.exact.matched,
                claim.iou.matched,
                claim.overlap.matched
            ),
            (1, 2, 2)
        );
        let attr = e.labels.iter().find(|s| s.label == "attribution").unwrap();
        assert_eq!(
            (attr.exact.matched, attr.iou.matched, attr.overlap.matched),
            (0, 0, 1)
        );
        assert_eq!(attr.overlap.precision, 0.5);
        let spec = e.labels.iter().find(|s| s.label == "speculation").unwrap();
        assert_eq!(
            (spec.overlap.suggested, spec.overlap.gold, spec.overlap.f1),
            (1, 0, 0.0)
        );
        assert_eq!(e.rules.len(), 3);
    }

    #[test]
    fn one_gold_span_matches_one_suggestion() {
        let mut p = Project::new("e");
        p.documents.push(Document::new("d", "t", "x".repeat(20)));
        p.annotations
            .push(Annotation::new("d", 0, 10, "x".repeat(10), "claim", "g"));
        let found = vec![(
            "d".to_string(),
            vec![
                suggestion(0, 5, "claim", None),
                suggestion(5, 10, "claim", None),
            ],
        )];
        let e = evaluate(&p, &found, &SourceRegistry::builtin(), &[]);
        assert_eq!(e.labels[0].overlap.matched, 1);
        assert_eq!(e.labels[0].overlap.precision, 0.5);
        assert_eq!(iou((0, 10), (0, 8)), 0.8);
    }
}
