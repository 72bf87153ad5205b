//! The Review window's state machine, with no egui: the review session, the pair
//! and document chosen, the selected disagreement, the decision being edited, the
//! figures computed once per change (on a thread for large corpora), the status
//! message and what the view asks of the window ([`ReviewAction`]). The window
//! (`ui::review`) draws it and carries its actions out.

mod cache;

use std::path::{Path, PathBuf};

use crate::model::Project;
use crate::review::{Decision, ReviewSession, SpanChoice};
use crate::task::Progress;

pub use cache::Cache;
pub(crate) use cache::{Computing, compute_cache};

/// What the review view asks of the window around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewAction {
    /// Show this span of this document (a document id of the review corpus; for the
    /// analyst's own project it is the document's own id).
    Jump {
        /// Document id.
        doc: String,
        /// First char.
        start: usize,
        /// One past the last char.
        end: usize,
    },
}

/// The state of the review view.
#[derive(Debug, Default)]
pub struct ReviewView {
    /// The review, once a project is open.
    pub session: Option<ReviewSession>,
    /// Who curates (the analyst using the window).
    pub curator: String,
    /// The colleague's project path being typed.
    pub add_path: String,
    /// Where to save the curated project.
    pub save_path: String,
    /// The reviewed project's name: the curated project is "NAME (curated)".
    pub project_name: String,
    /// Annotator A.
    pub a: String,
    /// Annotator B.
    pub b: String,
    /// The document reviewed (corpus id).
    pub doc: Option<String>,
    /// The disagreement selected in the list.
    pub selected: Option<String>,
    /// The last message (shown in the view and meant for the status line).
    pub status: String,
    /// True when [`Self::status`] reports a failure.
    pub status_is_error: bool,
    /// In the main window: "Add colleague's project" leaves the file in
    /// [`Self::requested_add`] for the window to load in the background (false: the
    /// view loads it itself, on the spot).
    pub add_in_background: bool,
    /// The colleague's project asked for, waiting to be loaded by the window.
    pub requested_add: Option<PathBuf>,
    /// The span the document pane scrolls to on its next frame (a list click).
    pub scroll_to: Option<(usize, usize)>,
    /// The span being edited for the "edit" decision: disagreement id and draft.
    pub edit_draft: Option<(String, SpanChoice)>,
    /// What is drawn, computed once per change of pair, document or corpus.
    pub(crate) cache: Option<Cache>,
    /// The comparison being computed on a thread (large corpora).
    pub(crate) computing: Option<Computing>,
    /// Tests: hold each comparison thread before it starts until
    /// [`Self::wait_for_comparison`], so that its progress can be seen.
    pub hold_comparisons: bool,
}

/// A colleague's project added off the UI thread: the new session, the warnings,
/// and the figures for the pair and document the view will choose.
#[derive(Debug)]
pub struct ColleagueAdded {
    /// The session with the colleague's project.
    pub session: ReviewSession,
    /// What the addition warned about.
    pub warnings: Vec<String>,
    cache: Option<Cache>,
}

impl ReviewView {
    /// A review view for `curator`, with no project yet.
    pub fn new(curator: impl Into<String>) -> Self {
        ReviewView {
            curator: curator.into(),
            ..Default::default()
        }
    }

    /// Starts reviewing `project` (named `name`, usually its path).
    pub fn start(&mut self, name: impl Into<String>, project: Project) {
        let name = name.into();
        self.project_name = project.name.clone();
        if self.save_path.is_empty() {
            self.save_path = curated_path(Path::new(&name)).display().to_string();
        }
        self.session = Some(ReviewSession::new(name, project, self.curator.clone()));
        self.pick_defaults();
    }

    /// Adds the colleague's project at `path` (Review ▸ Add colleague's project…).
    /// The outcome is in [`Self::status`].
    pub fn add_colleague(&mut self, path: &Path) -> bool {
        let Some(session) = &mut self.session else {
            self.fail("Open a project before adding a colleague's");
            return false;
        };
        match session.add_file(path) {
            Ok(warnings) => {
                self.say(match warnings.first() {
                    None => format!("Added {}", path.display()),
                    Some(w) => format!("Added {} — {w}", path.display()),
                });
                self.pick_defaults();
                true
            }
            Err(e) => {
                self.fail(e.to_string());
                false
            }
        }
    }

    /// Adds `project`, another version of the analyst's own project (Team ▸ Compare
    /// with…, its annotators renamed `NAME @ LABEL`), as the other side: B becomes
    /// the analyst's (or the first) annotator of that version.
    pub fn add_version(&mut self, name: &str, project: Project, label: &str) {
        let Some(session) = &mut self.session else {
            self.fail("Open a project before comparing versions");
            return;
        };
        let warnings = session.add_project(name, project);
        let suffix = format!(" @ {label}");
        let names = session.annotators();
        let mine = format!("{}{suffix}", self.a);
        self.b = names
            .iter()
            .find(|n| **n == mine)
            .or_else(|| names.iter().find(|n| n.ends_with(&suffix)))
            .cloned()
            .unwrap_or_default();
        self.pick_defaults();
        self.say(match warnings.first() {
            None => format!("Comparing with {name}"),
            Some(w) => format!("Comparing with {name} — {w}"),
        });
    }

    /// Takes the session with a colleague's project added in the background (see
    /// [`ReviewSession::add_file_with_progress`]), or shows why it was not.
    pub fn finish_add(
        &mut self,
        path: &Path,
        result: Result<Box<ColleagueAdded>, crate::store::StoreError>,
    ) {
        match result {
            Ok(added) => {
                let ColleagueAdded {
                    session,
                    warnings,
                    cache,
                } = *added;
                self.session = Some(session);
                self.say(match warnings.first() {
                    None => format!("Added {}", path.display()),
                    Some(w) => format!("Added {} — {w}", path.display()),
                });
                self.add_path.clear();
                self.pick_defaults();
                // Figures computed on the task's thread, if the choice is still theirs.
                self.cache = cache.filter(|c| Some(&c.key) == self.cache_key().as_ref());
            }
            Err(crate::store::StoreError::Cancelled) => {
                self.say(format!("Adding {} cancelled", path.display()));
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Adds the colleague's project at `path` to a copy of `session` and computes
    /// the figures the view will show first, reporting to `progress`: the work of
    /// "Add colleague's project" done off the UI thread.
    pub fn add_colleague_off_thread(
        mut session: ReviewSession,
        choice: (String, String, String, Option<String>),
        path: &Path,
        progress: &Progress,
    ) -> Result<Box<ColleagueAdded>, crate::store::StoreError> {
        let warnings = session.add_file_with_progress(path, progress)?;
        let (curator, a, b, doc) = choice;
        let mut scratch = ReviewView {
            session: Some(session),
            curator,
            a,
            b,
            doc,
            ..Default::default()
        };
        scratch.pick_defaults();
        let cache = match (scratch.cache_key(), &scratch.session) {
            (Some(key), Some(s)) => Some(compute_cache(s.corpus(), key, progress)?),
            _ => None,
        };
        let session = scratch
            .session
            .take()
            .ok_or(crate::store::StoreError::Cancelled)?;
        Ok(Box::new(ColleagueAdded {
            session,
            warnings,
            cache,
        }))
    }

    /// Curator, A, B and document as chosen now (for [`Self::add_colleague_off_thread`]).
    pub fn choice(&self) -> (String, String, String, Option<String>) {
        (
            self.curator.clone(),
            self.a.clone(),
            self.b.clone(),
            self.doc.clone(),
        )
    }

    /// Chooses a pair of annotators (the curator first when they annotated) and a
    /// document both had, where none is chosen yet or the choice no longer exists.
    pub(crate) fn pick_defaults(&mut self) {
        let Some(session) = &self.session else { return };
        let names = session.annotators();
        if !names.contains(&self.a) {
            self.a = if names.contains(&self.curator) {
                self.curator.clone()
            } else {
                names.first().cloned().unwrap_or_default()
            };
        }
        if !names.contains(&self.b) || self.b == self.a {
            self.b = names
                .iter()
                .find(|n| **n != self.a)
                .cloned()
                .unwrap_or_default();
        }
        let docs = &session.corpus().documents;
        let valid = |id: &String| docs.iter().any(|d| &d.document.id == id);
        if !self.doc.as_ref().is_some_and(valid) {
            self.doc = docs
                .iter()
                .find(|d| d.annotators.contains(&self.a) && d.annotators.contains(&self.b))
                .or(docs.first())
                .map(|d| d.document.id.clone());
        }
    }

    /// True when two distinct annotators are chosen.
    pub fn has_pair(&self) -> bool {
        !self.a.is_empty() && !self.b.is_empty() && self.a != self.b
    }

    /// Number of disagreements between A and B on the current document (0 until two
    /// annotators are chosen).
    pub fn disagreement_count(&mut self) -> usize {
        self.comparison().map_or(0, |c| c.disagreements.len())
    }

    /// Records a decision on the disagreement with id `id` of the current document.
    pub fn decide(&mut self, id: &str, decision: Decision) {
        self.refresh();
        let (Some(s), Some(doc)) = (&mut self.session, &self.doc) else {
            return;
        };
        let what = decision.describe();
        // The comparison on screen is the one decided on: not computed again (that
        // takes most of a second on a 100,000-annotation article).
        let shown = self
            .cache
            .as_ref()
            .and_then(|c| c.comparison.as_ref())
            .and_then(|c| c.disagreements.iter().find(|d| d.id == id));
        let result = match shown {
            Some(d) => s.curation.decide(d, decision),
            None => s.decide(doc, &self.a, &self.b, id, decision),
        };
        match result {
            Ok(()) => self.say(format!("Decided: {what}")),
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Accepts everything all annotators agree on, on the current document.
    pub fn accept_agreed(&mut self) {
        let Some(s) = &mut self.session else { return };
        let n = s.accept_agreed(self.doc.as_deref());
        self.say(format!(
            "Accepted {n} agreed span{}",
            if n == 1 { "" } else { "s" }
        ));
    }

    /// Saves the curated project at `path` as a new file.
    pub fn save_curated(&mut self, path: &Path) -> Option<Project> {
        let Some(s) = &self.session else {
            self.fail("Nothing to save: no review is open");
            return None;
        };
        let name = if self.project_name.trim().is_empty() {
            path.file_stem()
                .map(|n| format!("{} (curated)", n.to_string_lossy()))
                .unwrap_or_else(|| "Curated".into())
        } else {
            format!("{} (curated)", self.project_name.trim())
        };
        match s.save_curated(path, &name) {
            Ok(p) => {
                self.say(format!(
                    "Saved the curated project ({} annotations) to {}",
                    p.annotations.len(),
                    path.display()
                ));
                Some(p)
            }
            Err(e) => {
                self.fail(e.to_string());
                None
            }
        }
    }

    /// Shows an informational message.
    pub(crate) fn say(&mut self, text: impl Into<String>) {
        self.status = text.into();
        self.status_is_error = false;
    }

    /// Shows a failure (one line).
    pub(crate) fn fail(&mut self, text: impl Into<String>) {
        let text: String = text.into();
        self.status = text.lines().next().unwrap_or_default().to_string();
        self.status_is_error = true;
    }
}

/// `NAME.curated.ron` next to `project`.
fn curated_path(project: &Path) -> PathBuf {
    let stem = project
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project".into());
    project.with_file_name(format!("{stem}.curated.ron"))
}

#[cfg(test)]
mod tests;
