//! Curation: decisions on disagreements (and "accept everything agreed") build a new
//! curated project whose annotations remember where they came from and who decided.

use std::collections::BTreeMap;

use super::corpus::{Corpus, annotator_of, same_source};
use super::disagree::{Disagreement, DisagreementKind, agreed_groups};
use super::error::ReviewError;
use crate::model::{Annotation, Project, new_id, now_rfc3339};

/// A span chosen by the curator by hand (the "edit" decision).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanChoice {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Label id.
    pub label: String,
    /// Source, for attributions.
    pub source: Option<String>,
}

/// What the curator decided about one disagreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Keep A's annotation.
    AcceptA,
    /// Keep B's annotation.
    AcceptB,
    /// Keep both annotations.
    AcceptBoth,
    /// Keep neither.
    Reject,
    /// Keep this span instead.
    Edit(SpanChoice),
}

impl Decision {
    /// A few words for lists and messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Decision::AcceptA => "accept A",
            Decision::AcceptB => "accept B",
            Decision::AcceptBoth => "accept both",
            Decision::Reject => "reject",
            Decision::Edit(_) => "edit",
        }
    }
}

/// How a curated annotation names one annotation it came from: `author:id`.
pub fn provenance(a: &Annotation) -> String {
    format!("{}:{}", annotator_of(a), a.id)
}

/// A curation in progress: the decisions taken so far.
#[derive(Debug, Clone, Default)]
pub struct Curation {
    /// Who decides (recorded as `decided_by` and as the curated annotations' author).
    pub curator: String,
    decisions: BTreeMap<String, (Disagreement, Decision)>,
    agreed: BTreeMap<String, Vec<Vec<Annotation>>>,
}

/// One annotation of the curated project before it gets an id and quote.
struct Pick {
    doc: String,
    start: usize,
    end: usize,
    label: String,
    source: Option<String>,
    note: String,
    from: Vec<Annotation>,
}

impl Curation {
    /// A curation by `curator`, with no decision yet.
    pub fn new(curator: impl Into<String>) -> Self {
        Curation {
            curator: curator.into(),
            ..Default::default()
        }
    }

    /// Records (or replaces) the decision on `d`. Refuses a side `d` lacks (accept A
    /// on something only in B).
    pub fn decide(&mut self, d: &Disagreement, decision: Decision) -> Result<(), ReviewError> {
        let lacks = match decision {
            Decision::AcceptA => d.a.is_none(),
            Decision::AcceptB => d.b.is_none(),
            Decision::AcceptBoth => d.a.is_none() || d.b.is_none(),
            Decision::Reject | Decision::Edit(_) => false,
        };
        if lacks {
            return Err(ReviewError::NotApplicable {
                decision: decision.describe(),
                kind: d.kind.describe(),
            });
        }
        self.decisions.insert(d.id.clone(), (d.clone(), decision));
        Ok(())
    }

    /// Forgets the decision on the disagreement with id `id`.
    pub fn undecide(&mut self, id: &str) {
        self.decisions.remove(id);
    }

    /// The decision taken on the disagreement with id `id`, if any.
    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.decisions.get(id).map(|(_, d)| d)
    }

    /// Number of decisions taken.
    pub fn decided(&self) -> usize {
        self.decisions.len()
    }

    /// Accepts every annotation on which all of `annotators` who had the document
    /// agree (equal span, label and source; at least two of them must have had it),
    /// on document `doc` (a corpus id) or on every document. Returns how many spans
    /// that is.
    pub fn accept_agreed(
        &mut self,
        corpus: &Corpus,
        doc: Option<&str>,
        annotators: &[String],
    ) -> usize {
        let mut n = 0;
        for d in &corpus.documents {
            let present: Vec<String> = annotators
                .iter()
                .filter(|a| d.annotators.contains(*a))
                .cloned()
                .collect();
            if doc.is_some_and(|id| id != d.document.id) || present.len() < 2 {
                continue;
            }
            let groups = agreed_groups(d, &present);
            n += groups.len();
            self.agreed.insert(d.document.id.clone(), groups);
        }
        n
    }

    /// The curated project: every corpus document, and one annotation per accepted
    /// span (identical ones once), authored by the curator, with `curated_from` =
    /// `author:id` of each source annotation and `decided_by` = the curator.
    pub fn build(&self, corpus: &Corpus, name: &str) -> Result<Project, ReviewError> {
        let mut picks: Vec<Pick> = Vec::new();
        let from_annotation = |a: &Annotation, from: Vec<Annotation>| Pick {
            doc: a.doc.clone(),
            start: a.start,
            end: a.end,
            label: a.label.clone(),
            source: a.source.clone(),
            note: a.note.clone(),
            from,
        };
        for group in self.agreed.values().flatten() {
            if let Some(first) = group.first() {
                picks.push(from_annotation(first, group.clone()));
            }
        }
        for (d, decision) in self.decisions.values() {
            let sides: Vec<Annotation> = d.a.iter().chain(d.b.iter()).cloned().collect();
            match decision {
                Decision::AcceptA => {
                    picks.extend(d.a.iter().map(|a| from_annotation(a, vec![a.clone()])))
                }
                Decision::AcceptB => {
                    picks.extend(d.b.iter().map(|b| from_annotation(b, vec![b.clone()])))
                }
                Decision::AcceptBoth => {
                    picks.extend(sides.iter().map(|x| from_annotation(x, vec![x.clone()])))
                }
                Decision::Reject => {}
                Decision::Edit(choice) => picks.push(Pick {
                    doc: d.doc.clone(),
                    start: choice.start,
                    end: choice.end,
                    label: choice.label.clone(),
                    source: choice.source.clone().filter(|s| !s.trim().is_empty()),
                    note: sides
                        .iter()
                        .map(|s| s.note.as_str())
                        .find(|n| !n.trim().is_empty())
                        .unwrap_or_default()
                        .to_string(),
                    from: sides,
                }),
            }
        }

        let mut project = Project::new(name);
        project.schema = corpus.schema.clone();
        project.documents = corpus
            .documents
            .iter()
            .map(|d| d.document.clone())
            .collect();
        let created = now_rfc3339();
        let mut kept: Vec<Annotation> = Vec::new();
        for p in picks {
            let doc = corpus
                .document(&p.doc)
                .ok_or_else(|| ReviewError::NoSuchDocument(p.doc.clone()))?;
            let len = doc.document.char_len();
            if p.start >= p.end || p.end > len {
                return Err(ReviewError::BadSpan {
                    doc: p.doc,
                    start: p.start,
                    end: p.end,
                    len,
                });
            }
            if project.schema.label(&p.label).is_none() {
                return Err(ReviewError::UnknownLabel(p.label));
            }
            let provenance: Vec<String> = p.from.iter().map(provenance).collect();
            let twin = kept.iter_mut().find(|k| {
                k.doc == p.doc
                    && k.start == p.start
                    && k.end == p.end
                    && k.label == p.label
                    && same_source(&k.source, &p.source)
            });
            if let Some(k) = twin {
                for s in provenance {
                    if !k.curated_from.contains(&s) {
                        k.curated_from.push(s);
                    }
                }
                continue;
            }
            let mut a = Annotation::new(
                p.doc.clone(),
                p.start,
                p.end,
                doc.document.slice(p.start, p.end),
                p.label,
                self.curator.clone(),
            );
            a.id = new_id("c");
            a.source = p.source;
            a.note = p.note;
            a.created = created.clone();
            a.curated_from = provenance;
            a.decided_by = Some(self.curator.clone());
            kept.push(a);
        }
        project.annotations = kept;
        project.sort_annotations();
        Ok(project)
    }
}

impl DisagreementKind {
    /// The decisions that make sense for this kind (all but "accept both" need one
    /// side only; accept A or B needs that side).
    pub fn decisions(self) -> &'static [&'static str] {
        match self {
            DisagreementKind::OnlyA => &["accept A", "reject", "edit"],
            DisagreementKind::OnlyB => &["accept B", "reject", "edit"],
            _ => &["accept A", "accept B", "accept both", "reject", "edit"],
        }
    }
}
