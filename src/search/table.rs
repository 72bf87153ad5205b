//! The documents table at corpus scale, without a window: one row of figures per
//! document (annotations by label, annotators, progress), filters (outlet, date
//! range, label present, annotator, progress, text contains) and sorting. The
//! window keeps a [`DocumentFacts`] per project version and the ordered rows per
//! (version, filter, sort), so a frame only draws the rows in sight.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::filter_scan::rows_before_text;
use super::{SearchError, TextMatches};
use crate::model::{Annotation, Document, Project};

/// Where a document stands for one analyst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocProgress {
    /// Nobody annotated it (or, for a named analyst, they did not) and it is not
    /// marked done.
    Untouched,
    /// Annotated, not marked done.
    InProgress,
    /// Marked done.
    Done,
}

impl DocProgress {
    /// "untouched", "in progress", "done".
    pub fn name(self) -> &'static str {
        match self {
            DocProgress::Untouched => "untouched",
            DocProgress::InProgress => "in progress",
            DocProgress::Done => "done",
        }
    }
}

/// The figures of one document's row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentRow {
    /// Annotations in all.
    pub annotations: usize,
    /// Annotations per label, in the order of [`DocumentFacts::labels`].
    pub by_label: Vec<usize>,
    /// Who made its annotations, sorted, each once.
    pub annotators: Vec<String>,
}

/// The rows of every document of one project version, in project order, built in
/// one pass over the annotations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentFacts {
    /// The label ids counted: the schema's, then any other used, in first use order.
    pub labels: Vec<String>,
    /// One row per document, in `project.documents` order.
    pub rows: Vec<DocumentRow>,
    /// Every annotator and every analyst who marked a document done, sorted.
    pub annotators: Vec<String>,
    /// Every outlet named, sorted.
    pub outlets: Vec<String>,
    /// Document positions by id, label positions by id, and each row's annotations
    /// per author: what [`DocumentFacts::apply_change`] needs.
    doc_pos: HashMap<String, usize>,
    label_pos: HashMap<String, usize>,
    author_counts: Vec<BTreeMap<String, usize>>,
}

impl DocumentFacts {
    /// Counts `project`'s annotations per document and label.
    pub fn new(project: &Project) -> Self {
        let mut labels: Vec<String> = project.schema.labels.iter().map(|l| l.id.clone()).collect();
        let mut label_pos: HashMap<&str, usize> = project
            .schema
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        let doc_pos: HashMap<&str, usize> = (project.documents.iter().enumerate())
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let mut rows = vec![DocumentRow::default(); project.documents.len()];
        let mut authors: Vec<BTreeMap<&str, usize>> =
            vec![BTreeMap::new(); project.documents.len()];
        let mut last: Option<(&str, usize)> = None;
        for a in &project.annotations {
            let d = match last {
                Some((id, d)) if id == a.doc => d,
                _ => match doc_pos.get(a.doc.as_str()) {
                    Some(&d) => d,
                    None => continue,
                },
            };
            last = Some((a.doc.as_str(), d));
            let l = match label_pos.get(a.label.as_str()) {
                Some(&l) => l,
                None => {
                    labels.push(a.label.clone());
                    label_pos.insert(a.label.as_str(), labels.len() - 1);
                    labels.len() - 1
                }
            };
            let row = &mut rows[d];
            row.annotations += 1;
            if row.by_label.len() <= l {
                row.by_label.resize(l + 1, 0);
            }
            row.by_label[l] += 1;
            *authors[d].entry(a.author.as_str()).or_default() += 1;
        }
        let mut everyone: BTreeSet<&str> = BTreeSet::new();
        for (row, names) in rows.iter_mut().zip(&authors) {
            row.by_label.resize(labels.len(), 0);
            row.annotators = names.keys().map(|s| s.to_string()).collect();
            everyone.extend(names.keys().copied());
        }
        for d in &project.documents {
            everyone.extend(d.done_by.iter().map(String::as_str));
        }
        let outlets: BTreeSet<&str> = (project.documents.iter())
            .filter_map(|d| d.meta.outlet.as_deref())
            .collect();
        let label_pos = (labels.iter().enumerate())
            .map(|(i, l)| (l.clone(), i))
            .collect();
        DocumentFacts {
            labels,
            rows,
            annotators: everyone.into_iter().map(str::to_string).collect(),
            outlets: outlets.into_iter().map(str::to_string).collect(),
            doc_pos: (doc_pos.into_iter())
                .map(|(id, i)| (id.to_string(), i))
                .collect(),
            label_pos,
            author_counts: (authors.into_iter())
                .map(|m| m.into_iter().map(|(a, n)| (a.to_string(), n)).collect())
                .collect(),
        }
    }

    /// Brings the figures forward over an edit that replaced the annotations
    /// `before` by `after` (an edit's change record), in O(touched). False, with
    /// nothing changed, when that cannot be done — documents added or removed, a
    /// label not counted yet —: then count again with [`DocumentFacts::new`].
    pub fn apply_change(
        &mut self,
        project: &Project,
        before: &[Annotation],
        after: &[Annotation],
    ) -> bool {
        if self.rows.len() != project.documents.len() {
            return false;
        }
        let known = |a: &Annotation| {
            self.label_pos.contains_key(&a.label)
                && (self.doc_pos.get(&a.doc))
                    .is_some_and(|&d| project.documents.get(d).is_some_and(|x| x.id == a.doc))
        };
        if !before.iter().chain(after).all(known) {
            return false;
        }
        for (list, add) in [(before, false), (after, true)] {
            for a in list {
                let (Some(&d), Some(&l)) = (self.doc_pos.get(&a.doc), self.label_pos.get(&a.label))
                else {
                    continue;
                };
                let (row, counts) = (&mut self.rows[d], &mut self.author_counts[d]);
                let step = |n: &mut usize| {
                    if add {
                        *n += 1
                    } else {
                        *n = n.saturating_sub(1)
                    }
                };
                step(&mut row.annotations);
                if let Some(n) = row.by_label.get_mut(l) {
                    step(n);
                }
                let n = counts.entry(a.author.clone()).or_default();
                step(n);
                if *n == 0 {
                    counts.remove(&a.author);
                }
                row.annotators = counts.keys().cloned().collect();
                if add && let Err(at) = self.annotators.binary_search(&a.author) {
                    self.annotators.insert(at, a.author.clone());
                }
            }
        }
        true
    }

    /// Where document `doc` (at position `i`) stands for `analyst`: done when they
    /// marked it done, in progress when they annotated it, untouched otherwise.
    /// With no analyst named: done when anyone marked it, in progress when anyone
    /// annotated it.
    pub fn progress(&self, i: usize, doc: &Document, analyst: &str) -> DocProgress {
        let row = self.rows.get(i);
        let analyst = analyst.trim();
        if analyst.is_empty() {
            if !doc.done_by.is_empty() {
                DocProgress::Done
            } else if row.is_some_and(|r| r.annotations > 0) {
                DocProgress::InProgress
            } else {
                DocProgress::Untouched
            }
        } else if doc.is_done_by(analyst) {
            DocProgress::Done
        } else if row.is_some_and(|r| r.annotators.iter().any(|a| a == analyst)) {
            DocProgress::InProgress
        } else {
            DocProgress::Untouched
        }
    }
}

/// Which documents the table shows. Empty fields filter nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct DocumentFilter {
    /// Only this outlet (exactly).
    pub outlet: Option<String>,
    /// Only dates from this day on (`2026-03-14`, or a prefix such as `2026-03`).
    pub date_from: String,
    /// Only dates up to this day (a prefix such as `2026-03` takes the whole month).
    pub date_to: String,
    /// Only documents with at least one annotation of this label.
    pub label: Option<String>,
    /// Only documents this analyst annotated or marked done.
    pub annotator: Option<String>,
    /// Only documents in this state (for the analyst the table is shown to).
    pub progress: Option<DocProgress>,
    /// Only documents whose title or text contains this (case-insensitive).
    pub text: String,
}

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// The order of the project file.
    #[default]
    Project,
    /// Title, case-insensitive.
    Title,
    /// Outlet, case-insensitive; none last.
    Outlet,
    /// Publication date; none last.
    Date,
    /// Annotations in all.
    Annotations,
    /// Number of annotators, then annotations in all.
    Annotators,
    /// Annotations of the label at this position of [`DocumentFacts::labels`].
    Label(usize),
    /// Progress (untouched, in progress, done).
    Progress,
}

impl DocumentFilter {
    /// Whether the filter looks at the annotation figures (label present,
    /// annotator, progress): then an annotation edit can change which rows show.
    pub fn reads_figures(&self) -> bool {
        self.label.is_some() || self.annotator.is_some() || self.progress.is_some()
    }
}

impl SortBy {
    /// Whether this order looks at the annotation figures (counts, annotators,
    /// progress): then an annotation edit can change the order.
    pub fn reads_figures(self) -> bool {
        !matches!(
            self,
            SortBy::Project | SortBy::Title | SortBy::Outlet | SortBy::Date
        )
    }
}

/// The positions of the documents `filter` lets through, ordered by `sort`
/// (`descending` reverses it, documents without the outlet or date sorted by still
/// last; ascending, ties keep project order). `analyst` is who the
/// progress is for. A text filter that cannot be searched for is refused.
pub fn table_rows(
    project: &Project,
    facts: &DocumentFacts,
    filter: &DocumentFilter,
    sort: SortBy,
    descending: bool,
    analyst: &str,
) -> Result<Vec<usize>, SearchError> {
    let mut text = TextMatches::new(&filter.text)?;
    Ok(table_rows_with(
        project, facts, filter, sort, descending, analyst, &mut text,
    ))
}

/// [`table_rows`] with the text filter's matches kept in `text` (made for
/// `filter.text`) from one call to the next.
pub fn table_rows_with(
    project: &Project,
    facts: &DocumentFacts,
    filter: &DocumentFilter,
    sort: SortBy,
    descending: bool,
    analyst: &str,
    text: &mut TextMatches,
) -> Vec<usize> {
    let mut out = rows_before_text(project, facts, filter, analyst);
    // The text filter last, on the documents the others let through (searched on
    // several threads when many are new to it).
    let docs: Vec<&Document> = (out.iter())
        .filter_map(|&i| project.documents.get(i))
        .collect();
    text.resolve(&docs);
    out.retain(|&i| project.documents.get(i).is_some_and(|d| text.matches(d)));
    sort_rows(project, facts, &mut out, sort, analyst);
    if descending {
        out.reverse();
        // Documents without an outlet or a date stay at the bottom.
        let missing = |i: usize| match sort {
            SortBy::Outlet => project.documents[i].meta.outlet.is_none(),
            SortBy::Date => project.documents[i].meta.date.is_none(),
            _ => false,
        };
        let (mut known, unknown): (Vec<usize>, Vec<usize>) =
            out.into_iter().partition(|&i| !missing(i));
        known.extend(unknown);
        out = known;
    }
    out
}

fn sort_rows(
    project: &Project,
    facts: &DocumentFacts,
    rows: &mut [usize],
    sort: SortBy,
    analyst: &str,
) {
    let doc = |i: usize| &project.documents[i];
    let count = |i: usize, l: Option<usize>| {
        facts.rows.get(i).map_or(0, |r| match l {
            None => r.annotations,
            Some(l) => r.by_label.get(l).copied().unwrap_or(0),
        })
    };
    // `None` last in ascending order; ties by position (the sort is stable).
    let text_key = |s: Option<&str>| (s.is_none(), s.map(str::to_lowercase).unwrap_or_default());
    match sort {
        SortBy::Project => rows.sort_unstable(),
        SortBy::Title => rows.sort_by_cached_key(|&i| doc(i).title.to_lowercase()),
        SortBy::Outlet => rows.sort_by_cached_key(|&i| text_key(doc(i).meta.outlet.as_deref())),
        SortBy::Date => rows.sort_by(|&a, &b| {
            let (x, y) = (doc(a).meta.date.as_deref(), doc(b).meta.date.as_deref());
            match (x, y) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
        }),
        SortBy::Annotations => rows.sort_by_key(|&i| count(i, None)),
        SortBy::Annotators => rows.sort_by_key(|&i| {
            let who = facts.rows.get(i).map_or(0, |r| r.annotators.len());
            (who, count(i, None))
        }),
        SortBy::Label(l) => rows.sort_by_key(|&i| count(i, Some(l))),
        SortBy::Progress => rows.sort_by_key(|&i| facts.progress(i, doc(i), analyst)),
    }
}
