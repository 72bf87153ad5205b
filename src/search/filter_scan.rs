//! The documents table's filters before the text one ([`rows_before_text`]), and
//! a new text filter searched a slice at a time ([`FilterScan`]): the window gives
//! it a few milliseconds a frame and keeps showing the rows it had until the scan
//! is done, so a filter over 50 MB of text never stops a frame.

use std::time::{Duration, Instant};

use super::{DocumentFacts, DocumentFilter, TextMatches};
use crate::model::{Document, Project};

/// At most this much text not searched yet goes into one slice (then the clock is
/// looked at); big enough for [`TextMatches::resolve`]'s threads to pay.
const SLICE_BYTES: usize = 2 << 20;

/// At most this many documents go into one slice.
const SLICE_DOCS: usize = 256;

/// The positions of the documents that `filter`'s fields other than the text let
/// through (outlet, date range, label present, annotator, progress for
/// `analyst`), in project order.
pub fn rows_before_text(
    project: &Project,
    facts: &DocumentFacts,
    filter: &DocumentFilter,
    analyst: &str,
) -> Vec<usize> {
    let label = filter
        .label
        .as_deref()
        .map(|l| facts.labels.iter().position(|x| x == l));
    let mut out: Vec<usize> = Vec::with_capacity(project.documents.len());
    for (i, d) in project.documents.iter().enumerate() {
        let row = facts.rows.get(i);
        if filter
            .outlet
            .as_ref()
            .is_some_and(|o| d.meta.outlet.as_ref() != Some(o))
        {
            continue;
        }
        if !in_date_range(d.meta.date.as_deref(), &filter.date_from, &filter.date_to) {
            continue;
        }
        if let Some(l) = label {
            let n = l.and_then(|l| row.and_then(|r| r.by_label.get(l))).copied();
            if n.unwrap_or(0) == 0 {
                continue;
            }
        }
        if let Some(who) = &filter.annotator {
            let annotated = row.is_some_and(|r| r.annotators.contains(who));
            if !annotated && !d.is_done_by(who) {
                continue;
            }
        }
        if filter
            .progress
            .is_some_and(|p| facts.progress(i, d, analyst) != p)
        {
            continue;
        }
        out.push(i);
    }
    out
}

/// True when `date` is inside `[from, to]`, each bound compared on its own length
/// (so `2026-03` as the end takes the whole of March). No bound: every document;
/// a bound: only dated ones.
fn in_date_range(date: Option<&str>, from: &str, to: &str) -> bool {
    let (from, to) = (from.trim(), to.trim());
    if from.is_empty() && to.is_empty() {
        return true;
    }
    let Some(date) = date else {
        return false;
    };
    let head = |n: usize| date.get(..n.min(date.len())).unwrap_or(date);
    (from.is_empty() || head(from.len()) >= from) && (to.is_empty() || head(to.len()) <= to)
}

/// A text filter being searched over the documents the other filters let
/// through, a slice at a time ([`FilterScan::step`]). The answers go into the
/// [`TextMatches`] given to each step, so once the scan is done
/// [`super::table_rows_with`] with it searches nothing and gives exactly the rows
/// of a synchronous filter. A scan holds positions in `project.documents`: make a
/// new one when the documents or the filters change (what was searched stays in
/// the `TextMatches`).
#[derive(Debug, Clone, Default)]
pub struct FilterScan {
    /// The documents to search, positions in project order.
    candidates: Vec<usize>,
    /// The first candidate not looked at yet.
    next: usize,
}

impl FilterScan {
    /// A scan of the documents that `filter`'s other fields let through.
    pub fn new(
        project: &Project,
        facts: &DocumentFacts,
        filter: &DocumentFilter,
        analyst: &str,
    ) -> Self {
        FilterScan {
            candidates: rows_before_text(project, facts, filter, analyst),
            next: 0,
        }
    }

    /// Searches the next documents not known to `text` yet, a slice (at most
    /// 2 MB of text or 256 documents) at a time, until `budget` is spent (at least
    /// one slice); true when every document is known.
    pub fn step(&mut self, project: &Project, text: &mut TextMatches, budget: Duration) -> bool {
        if text.is_blank() {
            self.next = self.candidates.len();
        }
        let started = Instant::now();
        while self.next < self.candidates.len() {
            let mut slice: Vec<&Document> = Vec::new();
            let mut bytes = 0;
            while let Some(&i) = self.candidates.get(self.next) {
                if slice.len() >= SLICE_DOCS || bytes >= SLICE_BYTES {
                    break;
                }
                self.next += 1;
                if let Some(d) = project.documents.get(i)
                    && !text.knows(d)
                {
                    bytes += d.text.len();
                    slice.push(d);
                }
            }
            text.resolve(&slice);
            if started.elapsed() >= budget {
                break;
            }
        }
        self.is_done()
    }

    /// True when every document has been looked at.
    pub fn is_done(&self) -> bool {
        self.next >= self.candidates.len()
    }

    /// How far the scan is, from 0 to 1 (by documents).
    pub fn fraction(&self) -> f32 {
        if self.candidates.is_empty() {
            1.0
        } else {
            self.next as f32 / self.candidates.len() as f32
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::model::generate_corpus::{CorpusSpec, generate_corpus};
    use crate::search::{SortBy, table_rows, table_rows_with};

    fn corpus() -> Project {
        generate_corpus(&CorpusSpec {
            articles: 900,
            article_bytes: 600,
            annotations_per_article: 2,
            seed: 9,
        })
    }

    /// Scans `filter`'s text a slice a step (no time given), then the rows.
    fn sliced(
        project: &Project,
        facts: &DocumentFacts,
        filter: &DocumentFilter,
        text: &mut TextMatches,
    ) -> (usize, Vec<usize>) {
        text.follow(&filter.text).expect("a text");
        let mut scan = FilterScan::new(project, facts, filter, "kim");
        let mut steps = 1;
        while !scan.step(project, text, Duration::ZERO) {
            assert!(scan.fraction() < 1.0);
            steps += 1;
        }
        let rows = table_rows_with(project, facts, filter, SortBy::Title, false, "kim", text);
        (steps, rows)
    }

    #[test]
    fn a_filter_searched_in_slices_gives_the_rows_of_one_search() {
        let project = corpus();
        let facts = DocumentFacts::new(&project);
        let mut text = TextMatches::new("").unwrap();
        let outlet = DocumentFilter {
            outlet: Some("KCNA".into()),
            text: "pyongyang".into(),
            ..DocumentFilter::default()
        };
        // Typed one key after the other, then widened, replaced, Korean, blank.
        let mut filters: Vec<DocumentFilter> = ["S", "Si", "Sin", "Sinuiju", "Sinu", "조선", ""]
            .into_iter()
            .map(|t| DocumentFilter {
                text: t.into(),
                ..DocumentFilter::default()
            })
            .collect();
        filters.push(outlet);
        let mut sliced_somewhere = false;
        for filter in &filters {
            let (steps, rows) = sliced(&project, &facts, filter, &mut text);
            sliced_somewhere |= steps >= 3;
            let whole = table_rows(&project, &facts, filter, SortBy::Title, false, "kim");
            assert_eq!(rows, whole.unwrap(), "{:?}", filter.text);
        }
        assert!(sliced_somewhere, "the first filter took several slices");
    }

    #[test]
    fn a_further_key_typed_mid_scan_supersedes_it_with_the_same_answers() {
        let project = corpus();
        let facts = DocumentFacts::new(&project);
        let mut text = TextMatches::new("Sin").unwrap();
        let first = DocumentFilter {
            text: "Sin".into(),
            ..DocumentFilter::default()
        };
        let mut scan = FilterScan::new(&project, &facts, &first, "");
        assert!(
            !scan.step(&project, &mut text, Duration::ZERO),
            "one slice only"
        );
        let further = DocumentFilter {
            text: "Sinuiju".into(),
            ..DocumentFilter::default()
        };
        let (_, rows) = sliced(&project, &facts, &further, &mut text);
        let whole = table_rows(&project, &facts, &further, SortBy::Title, false, "kim");
        assert_eq!(rows, whole.unwrap());
        assert!(!rows.is_empty());
    }
}
