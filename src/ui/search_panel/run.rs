//! The corpus search as the window runs it: a few hundred documents per frame
//! within a time budget, resumed on the next frame, so a search over 50 MB of text
//! never stops the window; restarted when the query or the project changes.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::model::Project;
use crate::search::{CompiledQuery, CorpusIndex, Query, SearchSession};
use crate::task::Progress;

/// Documents searched between two looks at the clock.
const CHUNK: usize = 128;

/// How long a frame may spend searching.
pub(crate) const FRAME_BUDGET: Duration = Duration::from_millis(8);

/// The search and where it stands.
#[derive(Debug, Default)]
pub(crate) struct SearchRun {
    /// The query, the hits found so far and the selected hit.
    pub session: SearchSession,
    /// Why the query cannot run (one line), if it cannot.
    pub error: Option<String>,
    compiled: Option<CompiledQuery>,
    /// The annotations by document, for the project version searched.
    index: Option<Arc<CorpusIndex>>,
    /// The project version the hits belong to.
    generation: Option<u64>,
    /// The first document not searched yet.
    next_doc: usize,
    /// The hit to select again once the run reaches it (after an edit).
    reselect: Option<crate::search::Hit>,
}

impl SearchRun {
    /// The annotations by document of the version searched (to show labels).
    pub fn index(&self) -> Option<&CorpusIndex> {
        self.index.as_deref()
    }

    /// Starts over when `query` or the project version differs from the run's;
    /// an empty query clears the results. The same query run again on an edited
    /// project keeps the selection on the same hit (or the next one).
    pub fn follow(&mut self, query: &Query, generation: u64) {
        let same_project = self.generation == Some(generation);
        if same_project && self.session.query() == query {
            return;
        }
        self.reselect = if self.session.query() == query {
            self.session.selected_hit()
        } else {
            None
        };
        if !same_project {
            self.index = None;
        }
        self.generation = Some(generation);
        self.next_doc = 0;
        self.error = None;
        self.compiled = None;
        self.session = SearchSession::new(query.clone());
        if query.text.is_empty() {
            self.session.finish();
            return;
        }
        match query.compile() {
            Ok(c) => self.compiled = Some(c),
            Err(e) => {
                self.error = Some(e.to_string());
                self.session.finish();
            }
        }
    }

    /// Searches on for at most `budget`; true while documents remain.
    pub fn step(&mut self, project: &Project, budget: Duration) -> bool {
        let Some(compiled) = &self.compiled else {
            return false;
        };
        if self.session.is_complete() {
            return false;
        }
        let index = self
            .index
            .get_or_insert_with(|| Arc::new(CorpusIndex::new(project)))
            .clone();
        let started = Instant::now();
        let total = project.documents.len();
        let progress = Progress::new();
        while self.next_doc < total {
            let end = (self.next_doc + CHUNK).min(total);
            let mut hits = Vec::new();
            let run = compiled.run_range(project, &index, self.next_doc..end, &progress, |h| {
                hits.push(h);
                ControlFlow::Continue(())
            });
            if let Err(e) = run {
                self.error = Some(e.to_string());
                self.session.finish();
                return false;
            }
            self.session.push_hits(hits);
            self.next_doc = end;
            if let Some(old) = self.reselect {
                let found = self.session.hits();
                let at = found.partition_point(|h| *h < old);
                if at < found.len() || end >= total {
                    self.session.select(at);
                    self.reselect = None;
                }
            }
            if started.elapsed() >= budget {
                break;
            }
        }
        if self.next_doc >= total {
            self.session.finish();
        }
        !self.session.is_complete()
    }

    /// Searches every document left (before tagging all the hits).
    pub fn finish_now(&mut self, project: &Project) {
        while self.step(project, Duration::MAX) {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Edit, Editor};
    use crate::model::Annotation;
    use crate::model::generate_corpus::{CorpusSpec, generate_corpus};

    fn corpus() -> Project {
        generate_corpus(&CorpusSpec {
            articles: 300,
            article_bytes: 1_000,
            annotations_per_article: 3,
            seed: 5,
        })
    }

    #[test]
    fn a_search_run_in_slices_finds_what_one_run_finds() {
        let project = corpus();
        for query in [
            Query::plain("kcna"),
            Query {
                whole_word: true,
                ..Query::plain("the")
            },
            Query::plain("조선"),
        ] {
            let mut run = SearchRun::default();
            run.follow(&query, 1);
            let mut steps = 0;
            while run.step(&project, Duration::ZERO) {
                steps += 1;
            }
            assert!(steps >= 2, "searched in slices ({steps})");
            assert!(run.session.is_complete());
            let whole = crate::search::search(&project, &query, None).unwrap();
            assert_eq!(run.session.hits(), whole.as_slice());
        }
    }

    #[test]
    fn a_bad_regex_is_one_line_and_an_edit_keeps_the_selected_hit() {
        let mut run = SearchRun::default();
        run.follow(
            &Query {
                regex: true,
                ..Query::plain("(")
            },
            1,
        );
        assert!(run.error.as_deref().is_some_and(|e| !e.contains('\n')));
        let mut editor = Editor::new(corpus());
        let query = Query::plain("kcna");
        run.follow(&query, editor.generation());
        run.finish_now(editor.project());
        let chosen = run.session.select(5).unwrap();
        // Tag something far from the hit: the same query runs again, same selection.
        let d = &editor.project().documents[0];
        let a = Annotation::new(d.id.clone(), 0, 1, d.slice(0, 1), "claim", "kim");
        editor.apply(Edit::AddAnnotation(a)).unwrap();
        run.follow(&query, editor.generation());
        assert!(!run.session.is_complete(), "restarted");
        run.finish_now(editor.project());
        assert_eq!(run.session.selected_hit(), Some(chosen));
    }
}
