//! The disagreements between two annotators on one document, each with the spans
//! involved.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::corpus::{CorpusDocument, same_source};
use super::spans::greedy_overlap_pairs;
use crate::model::Annotation;

/// What kind of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    /// A span only annotator A tagged (nothing of B overlaps it).
    OnlyA,
    /// A span only annotator B tagged.
    OnlyB,
    /// The same span, tagged with different labels.
    LabelDiffers,
    /// Overlapping spans with different boundaries (the labels may differ too).
    BoundaryDiffers,
    /// The same span and label, with different sources.
    SourceDiffers,
}

impl DisagreementKind {
    /// A few words for lists and messages.
    pub fn describe(self) -> &'static str {
        match self {
            DisagreementKind::OnlyA => "only in A",
            DisagreementKind::OnlyB => "only in B",
            DisagreementKind::LabelDiffers => "same span, different label",
            DisagreementKind::BoundaryDiffers => "different boundaries",
            DisagreementKind::SourceDiffers => "same span and label, different source",
        }
    }
}

/// One disagreement between annotators A and B on a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    /// Stable within the comparison: document, then each side's author, annotation
    /// id, span and label (`-` for a missing side).
    pub id: String,
    /// Corpus id of the document.
    pub doc: String,
    /// The kind.
    pub kind: DisagreementKind,
    /// Annotator A.
    pub a_author: String,
    /// Annotator B.
    pub b_author: String,
    /// A's annotation, when A has one here.
    pub a: Option<Annotation>,
    /// B's annotation, when B has one here.
    pub b: Option<Annotation>,
}

impl Disagreement {
    /// The first char of either span (where to jump to).
    pub fn start(&self) -> usize {
        self.spans().map(|s| s.start).min().unwrap_or(0)
    }

    /// One past the last char of either span.
    pub fn end(&self) -> usize {
        self.spans().map(|s| s.end).max().unwrap_or(0)
    }

    fn spans(&self) -> impl Iterator<Item = &Annotation> {
        self.a.iter().chain(self.b.iter())
    }
}

/// Two annotators compared on one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Comparison {
    /// Pairs of annotations (A's, B's) with equal span, label and source.
    pub agreed: Vec<(Annotation, Annotation)>,
    /// Everything else, sorted by position.
    pub disagreements: Vec<Disagreement>,
}

impl Comparison {
    /// Number of disagreements of each kind.
    pub fn counts(&self) -> BTreeMap<DisagreementKind, usize> {
        let mut out = BTreeMap::new();
        for d in &self.disagreements {
            *out.entry(d.kind).or_default() += 1;
        }
        out
    }
}

/// Compares annotators `a` and `b` on `doc`. Annotations are paired one-to-one, in
/// this order: equal span, label and source (agreed); equal span and label (source
/// differs); equal span (label differs); overlapping, same label first, greedily by
/// largest overlap (boundaries differ); what is left is only in A or only in B.
pub fn compare_document(doc: &CorpusDocument, a: &str, b: &str) -> Comparison {
    let xs = doc.annotations_by(a);
    let ys = doc.annotations_by(b);
    let mut used_a = vec![false; xs.len()];
    let mut used_b = vec![false; ys.len()];
    let mut pairs: Vec<(usize, usize, Option<DisagreementKind>)> = Vec::new();

    let same_span = |x: &Annotation, y: &Annotation| x.start == y.start && x.end == y.end;
    type Rule<'r> = (
        &'r dyn Fn(&Annotation, &Annotation) -> bool,
        Option<DisagreementKind>,
    );
    let rules: [Rule; 3] = [
        (
            &|x, y| same_span(x, y) && x.label == y.label && same_source(&x.source, &y.source),
            None,
        ),
        (
            &|x, y| same_span(x, y) && x.label == y.label,
            Some(DisagreementKind::SourceDiffers),
        ),
        (
            &|x, y| same_span(x, y),
            Some(DisagreementKind::LabelDiffers),
        ),
    ];
    // Every rule needs an equal span: B's annotations by span, in order, so that each
    // lookup sees only those (the first that fits wins, as in a scan of all of B).
    let by_span = by_span(&ys);
    for (rule, kind) in rules {
        for (i, x) in xs.iter().enumerate() {
            if used_a[i] {
                continue;
            }
            let found = by_span
                .get(&(x.start, x.end))
                .and_then(|js| js.iter().copied().find(|&j| !used_b[j] && rule(x, ys[j])));
            if let Some(j) = found {
                used_a[i] = true;
                used_b[j] = true;
                pairs.push((i, j, kind));
            }
        }
    }
    let bounds = |v: &[&Annotation]| v.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>();
    let (ba, bb) = (bounds(&xs), bounds(&ys));
    for same_label in [true, false] {
        let found = greedy_overlap_pairs(&ba, &bb, |i, j| {
            !used_a[i] && !used_b[j] && (!same_label || xs[i].label == ys[j].label)
        });
        for (i, j) in found {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j, Some(DisagreementKind::BoundaryDiffers)));
        }
    }

    let mut out = Comparison::default();
    let make = |kind, x: Option<&Annotation>, y: Option<&Annotation>| Disagreement {
        id: format!("{}|{}|{}", doc.document.id, side_key(a, x), side_key(b, y)),
        doc: doc.document.id.clone(),
        kind,
        a_author: a.to_string(),
        b_author: b.to_string(),
        a: x.cloned(),
        b: y.cloned(),
    };
    for (i, j, kind) in pairs {
        let (x, y) = (xs[i], ys[j]);
        match kind {
            None => out.agreed.push((x.clone(), y.clone())),
            Some(k) => out.disagreements.push(make(k, Some(x), Some(y))),
        }
    }
    for (i, x) in xs.iter().enumerate() {
        if !used_a[i] {
            out.disagreements
                .push(make(DisagreementKind::OnlyA, Some(x), None));
        }
    }
    for (j, y) in ys.iter().enumerate() {
        if !used_b[j] {
            out.disagreements
                .push(make(DisagreementKind::OnlyB, None, Some(y)));
        }
    }
    out.disagreements
        .sort_by_key(|x| (x.start(), x.end(), x.kind));
    out.agreed.sort_by_key(|x| (x.0.start, x.0.end));
    out
}

/// The positions in `list` of the annotations of each span, in order.
fn by_span(list: &[&Annotation]) -> HashMap<(usize, usize), Vec<usize>> {
    let mut map: HashMap<(usize, usize), Vec<usize>> = HashMap::with_capacity(list.len());
    for (j, y) in list.iter().enumerate() {
        map.entry((y.start, y.end)).or_default().push(j);
    }
    map
}

/// One side of a disagreement id: author, annotation id, span and label.
fn side_key(author: &str, a: Option<&Annotation>) -> String {
    match a {
        Some(a) => format!("{author}:{}@{}-{}:{}", a.id, a.start, a.end, a.label),
        None => format!("{author}:-"),
    }
}

/// The annotations on which every one of `annotators` agrees (equal span, label and
/// source), one group per span with one annotation per annotator.
pub fn agreed_groups(doc: &CorpusDocument, annotators: &[String]) -> Vec<Vec<Annotation>> {
    let Some((first, rest)) = annotators.split_first() else {
        return Vec::new();
    };
    let mut taken: Vec<Vec<bool>> = rest
        .iter()
        .map(|r| vec![false; doc.annotations_by(r).len()])
        .collect();
    let others: Vec<Vec<&Annotation>> = rest.iter().map(|r| doc.annotations_by(r)).collect();
    let spans: Vec<HashMap<(usize, usize), Vec<usize>>> =
        others.iter().map(|list| by_span(list)).collect();
    let mut groups = Vec::new();
    for x in doc.annotations_by(first) {
        let mut picks = Vec::new();
        for (k, list) in others.iter().enumerate() {
            let pick = spans[k].get(&(x.start, x.end)).and_then(|js| {
                js.iter().copied().find(|&j| {
                    !taken[k][j]
                        && list[j].label == x.label
                        && same_source(&list[j].source, &x.source)
                })
            });
            match pick {
                Some(j) => picks.push((k, j)),
                None => break,
            }
        }
        if picks.len() == others.len() {
            let mut group = vec![x.clone()];
            for (k, j) in picks {
                taken[k][j] = true;
                group.push(others[k][j].clone());
            }
            groups.push(group);
        }
    }
    groups
}
