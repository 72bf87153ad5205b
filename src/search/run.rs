//! Running a query over a project's documents, in document order.

use std::collections::HashSet;
use std::ops::ControlFlow;

use super::within::ContainmentCursor;
use super::{CompiledQuery, CorpusIndex, Query, SearchError};
use crate::model::Project;
use crate::task::Progress;

/// Hits between two looks at the cancel flag inside one (long) document.
const CANCEL_CHECK_EVERY: usize = 4096;

/// One match: the document's position in `project.documents` and the matched
/// chars `[start, end)` (end exclusive, never empty). Small and `Copy`, so that a
/// million hits fit in 24 MB; [`super::ResultLine::of`] makes the line to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hit {
    /// Position of the document in `project.documents`.
    pub doc: usize,
    /// First char of the match.
    pub start: usize,
    /// One past the last char of the match.
    pub end: usize,
}

/// How a run ended when it was not refused or cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunOutcome {
    /// Every document was searched.
    Complete,
    /// The callback asked to stop (a limit was reached); more hits may follow.
    Stopped,
}

impl CompiledQuery {
    /// Searches `project`'s documents in order (each document's hits by start) and
    /// calls `on_hit` for each hit until it breaks. `index` must have been built
    /// from this `project` ([`CorpusIndex::new`]).
    ///
    /// Progress: one phase "Searching" counting the bytes of text searched; cancel
    /// ([`Progress::cancel`]) is looked at before each document and every 4,096 hits,
    /// and ends the run with [`SearchError::Cancelled`]. A document id of
    /// [`Query::documents`] not in the project, or a label of [`super::Within`]
    /// neither in the schema nor used, is refused before any text is read.
    pub fn run(
        &self,
        project: &Project,
        index: &CorpusIndex,
        progress: &Progress,
        on_hit: impl FnMut(Hit) -> ControlFlow<()>,
    ) -> Result<RunOutcome, SearchError> {
        self.run_range(project, index, 0..project.documents.len(), progress, on_hit)
    }

    /// [`CompiledQuery::run`] over the documents at positions `range` only (the
    /// window searches a few hundred documents per frame, resuming where it
    /// stopped). Hits are the same as a whole run's hits in that range.
    pub fn run_range(
        &self,
        project: &Project,
        index: &CorpusIndex,
        range: std::ops::Range<usize>,
        progress: &Progress,
        mut on_hit: impl FnMut(Hit) -> ControlFlow<()>,
    ) -> Result<RunOutcome, SearchError> {
        let mut chosen = chosen_documents(project, &self.query)?;
        chosen.retain(|d| range.contains(d));
        check_label(project, &self.query)?;
        let within = &self.query.within;
        let total: usize = chosen
            .iter()
            .map(|&d| project.documents[d].text.len())
            .sum();
        progress.start_phase("Searching", total as u64);
        let mut cancelled = false;
        for &d in &chosen {
            progress.check()?;
            let doc = &project.documents[d];
            let mut inside = if within.is_everything() {
                None
            } else {
                let spans: Vec<(usize, usize)> = index
                    .annotations_of(d)
                    .iter()
                    .filter_map(|&i| project.annotations.get(i))
                    .filter(|a| within.accepts(a))
                    .map(|a| (a.start, a.end))
                    .collect();
                if spans.is_empty() {
                    progress.advance(doc.text.len() as u64);
                    continue;
                }
                Some(ContainmentCursor::new(spans))
            };
            let mut seen = 0usize;
            let flow = self.matcher.for_each(&doc.text, |bs, be| {
                seen += 1;
                if seen.is_multiple_of(CANCEL_CHECK_EVERY) && progress.is_cancelled() {
                    cancelled = true;
                    return ControlFlow::Break(());
                }
                let start = doc.char_of(bs);
                let end = doc.char_of(be);
                if inside.as_mut().is_some_and(|c| !c.contains(start, end)) {
                    return ControlFlow::Continue(());
                }
                on_hit(Hit { doc: d, start, end })
            });
            if cancelled {
                return Err(SearchError::Cancelled);
            }
            if flow.is_break() {
                return Ok(RunOutcome::Stopped);
            }
            progress.advance(doc.text.len() as u64);
        }
        Ok(RunOutcome::Complete)
    }
}

/// The positions of the documents `query` searches, in project order.
fn chosen_documents(project: &Project, query: &Query) -> Result<Vec<usize>, SearchError> {
    if query.documents.is_empty() {
        return Ok((0..project.documents.len()).collect());
    }
    let wanted: HashSet<&str> = query.documents.iter().map(String::as_str).collect();
    let chosen: Vec<usize> = project
        .documents
        .iter()
        .enumerate()
        .filter(|(_, d)| wanted.contains(d.id.as_str()))
        .map(|(i, _)| i)
        .collect();
    if chosen.len() < wanted.len() {
        let present: HashSet<&str> = chosen
            .iter()
            .map(|&i| project.documents[i].id.as_str())
            .collect();
        if let Some(missing) = query
            .documents
            .iter()
            .find(|id| !present.contains(id.as_str()))
        {
            return Err(SearchError::NoSuchDocument(missing.clone()));
        }
    }
    Ok(chosen)
}

/// Refuses a label that is neither in the schema nor on any annotation: surely a
/// typo, which would otherwise look like "no hits".
fn check_label(project: &Project, query: &Query) -> Result<(), SearchError> {
    let Some(label) = query.within.label.as_deref() else {
        return Ok(());
    };
    let known = project.schema.labels.iter().any(|l| l.id == label)
        || project.annotations.iter().any(|a| a.label == label);
    if known {
        return Ok(());
    }
    Err(SearchError::UnknownLabel {
        label: label.to_string(),
        known: project
            .schema
            .labels
            .iter()
            .map(|l| l.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// Every hit of `query` in `project`, in document order, or the first `limit`.
/// Builds the [`CorpusIndex`] and runs without progress; the window keeps an index
/// and calls [`CompiledQuery::run`] itself.
pub fn search(
    project: &Project,
    query: &Query,
    limit: Option<usize>,
) -> Result<Vec<Hit>, SearchError> {
    let compiled = query.compile()?;
    let index = CorpusIndex::new(project);
    let mut hits = Vec::new();
    if limit == Some(0) {
        return Ok(hits);
    }
    compiled.run(project, &index, &Progress::new(), |hit| {
        hits.push(hit);
        if limit.is_some_and(|n| hits.len() >= n) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })?;
    Ok(hits)
}
