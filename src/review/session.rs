//! A review in progress, as the window holds it: the analyst's project, the
//! colleagues' projects added to it, the aligned corpus and the curation decisions.
//! Everything the review view does goes through here, so it is tested without a
//! window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::corpus::{Corpus, CorpusDocument, text_hash};
use super::curate::{Curation, Decision};
use super::disagree::{Comparison, compare_document};
use super::error::ReviewError;
use super::metrics::{PairAgreement, pair_agreement};
use crate::model::Project;
use crate::store::{
    ProjectLock, StoreError, load_project, load_project_with_progress, save_project,
};
use crate::task::Progress;

/// The projects under review and the curator's decisions so far.
#[derive(Debug, Clone)]
pub struct ReviewSession {
    /// The projects under review, shared: a copy of the session is cheap.
    inputs: Vec<(String, Arc<Project>)>,
    corpus: Arc<Corpus>,
    generation: u64,
    /// The decisions taken.
    pub curation: Curation,
}

impl ReviewSession {
    /// A review of `project` (named `name` in messages, usually its path) by
    /// `curator`.
    pub fn new(name: impl Into<String>, project: Project, curator: impl Into<String>) -> Self {
        let inputs = vec![(name.into(), Arc::new(project))];
        let corpus = Arc::new(align(&inputs));
        ReviewSession {
            inputs,
            corpus,
            generation: next_generation(),
            curation: Curation::new(curator),
        }
    }

    /// Adds a colleague's project; documents are matched by text. Returns the
    /// warnings this addition caused (a document whose text differs, …).
    pub fn add_project(&mut self, name: impl Into<String>, project: Project) -> Vec<String> {
        let before = self.corpus.warnings.len();
        self.inputs.push((name.into(), Arc::new(project)));
        self.corpus = Arc::new(align(&self.inputs));
        self.generation = next_generation();
        self.corpus.warnings.iter().skip(before).cloned().collect()
    }

    /// Replaces the analyst's own project (the first one) after it changed in the
    /// window; colleagues' projects and decisions are kept.
    pub fn replace_own(&mut self, project: Project) {
        if let Some(first) = self.inputs.first_mut() {
            first.1 = Arc::new(project);
        }
        self.corpus = Arc::new(align(&self.inputs));
        self.generation = next_generation();
    }

    /// Loads and adds the colleague's project at `path`; a file that cannot be read
    /// is refused with its one-line reason and nothing changes.
    pub fn add_file(&mut self, path: &Path) -> Result<Vec<String>, StoreError> {
        let project = load_project(path)?;
        Ok(self.add_project(path.display().to_string(), project))
    }

    /// [`Self::add_file`] reporting the load to `progress` (then "Aligning
    /// documents") and stopping with [`StoreError::Cancelled`] when it is cancelled;
    /// the session is unchanged unless it succeeds.
    pub fn add_file_with_progress(
        &mut self,
        path: &Path,
        progress: &Progress,
    ) -> Result<Vec<String>, StoreError> {
        let (project, _) = load_project_with_progress(path, progress)?;
        progress.start_phase("Aligning documents", 0);
        progress.check()?;
        Ok(self.add_project(path.display().to_string(), project))
    }

    /// Changes whenever the corpus changes (a project added or replaced), for caches.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The names of the projects under review, in the order added.
    pub fn inputs(&self) -> impl Iterator<Item = &str> {
        self.inputs.iter().map(|(n, _)| n.as_str())
    }

    /// The aligned documents and annotations.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The corpus, shared (for work on another thread; it never changes in place:
    /// adding or replacing a project makes a new one).
    pub fn shared_corpus(&self) -> Arc<Corpus> {
        Arc::clone(&self.corpus)
    }

    /// The warning naming the annotation ids found with different content in two of
    /// the projects under review, if any (shown in the agreement panel).
    pub fn conflict_warning(&self) -> Option<String> {
        super::corpus::conflict_warning(&self.corpus.conflicts)
    }

    /// Every annotator, sorted.
    pub fn annotators(&self) -> Vec<String> {
        self.corpus.annotators()
    }

    /// The corpus document with the same text as `text` (e.g. the document open in
    /// the window).
    pub fn document_for_text(&self, text: &str) -> Option<&CorpusDocument> {
        let hash = text_hash(text);
        self.corpus.documents.iter().find(|d| d.hash == hash)
    }

    /// Annotators `a` and `b` compared on corpus document `doc`.
    pub fn comparison(&self, doc: &str, a: &str, b: &str) -> Option<Comparison> {
        self.corpus.document(doc).map(|d| compare_document(d, a, b))
    }

    /// How many disagreements between `a` and `b` on `doc` have no decision yet.
    pub fn undecided(&self, doc: &str, a: &str, b: &str) -> usize {
        self.comparison(doc, a, b)
            .map(|c| {
                c.disagreements
                    .iter()
                    .filter(|d| self.curation.decision(&d.id).is_none())
                    .count()
            })
            .unwrap_or(0)
    }

    /// Decides the disagreement with id `id` between `a` and `b` on `doc`.
    pub fn decide(
        &mut self,
        doc: &str,
        a: &str,
        b: &str,
        id: &str,
        decision: Decision,
    ) -> Result<(), ReviewError> {
        let cmp = self
            .comparison(doc, a, b)
            .ok_or_else(|| ReviewError::NoSuchDocument(doc.to_string()))?;
        let d = cmp
            .disagreements
            .iter()
            .find(|d| d.id == id)
            .ok_or_else(|| ReviewError::NoSuchAnnotation(id.to_string()))?;
        self.curation.decide(d, decision)
    }

    /// Accepts everything all annotators agree on, on `doc` or everywhere.
    pub fn accept_agreed(&mut self, doc: Option<&str>) -> usize {
        let all = self.annotators();
        self.curation.accept_agreed(&self.corpus, doc, &all)
    }

    /// Agreement of `a` and `b` on `doc`, or on every document they share.
    pub fn agreement(&self, a: &str, b: &str, doc: Option<&str>) -> Option<PairAgreement> {
        pair_agreement(&self.corpus, a, b, doc)
    }

    /// The curated project built from the decisions so far.
    pub fn curated(&self, name: &str) -> Result<Project, ReviewError> {
        self.curation.build(&self.corpus, name)
    }

    /// Builds the curated project and saves it as a new RON file at `path`, never
    /// over one of the projects under review. Returns the project saved.
    pub fn save_curated(&self, path: &Path, name: &str) -> Result<Project, ReviewError> {
        let target = absolute(path);
        if self
            .inputs
            .iter()
            .any(|(n, _)| absolute(Path::new(n)) == target)
        {
            return Err(ReviewError::Save(format!(
                "{} is a project under review; save the curated project as a new file",
                path.display()
            )));
        }
        let project = self.curated(name)?;
        // Locked like every writer of a project: never interleaved with another save.
        let _lock = ProjectLock::acquire(path).map_err(|e| ReviewError::Save(e.to_string()))?;
        save_project(path, &project).map_err(|e| ReviewError::Save(e.to_string()))?;
        Ok(project)
    }
}

/// A generation number no session has had: copies of a session changed on other
/// threads never share one.
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

fn align(inputs: &[(String, Arc<Project>)]) -> Corpus {
    let refs: Vec<(&str, &Project)> = inputs.iter().map(|(n, p)| (n.as_str(), &**p)).collect();
    Corpus::for_review(&refs)
}

fn absolute(p: &Path) -> PathBuf {
    p.canonicalize()
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}
