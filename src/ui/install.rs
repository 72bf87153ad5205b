//! The one place a new project enters the window: open, new, the sample article,
//! a restore after a crash, a reload from disk, a merge that cannot be expressed as
//! an edit. Everything that depends on the project (the editor and its history,
//! the file and its disk state, the document shown, the selection, find, the list,
//! the annotation editor's buffers, the derived caches, the review, dialogs that
//! point into the old project) is reset here, so no caller can forget one.
//!
//! (A method of [`MarginaliaApp`] like the other actions, in its own file because it
//! is the single entry point every opener shares.)

use std::path::PathBuf;

use crate::model::{Document, Project};
use crate::store::DiskState;

use super::app::{MarginaliaApp, SAMPLE_ARTICLE};

/// A project about to replace the window's one, and how it came.
#[derive(Debug)]
pub(crate) struct NewProject {
    /// The project.
    pub project: Project,
    /// The file it belongs to (`None`: untitled).
    pub file: Option<PathBuf>,
    /// The file's state when it was read; `None` reads it now (when there is a
    /// file), so that the next save knows whether it changed on disk.
    pub disk_state: Option<DiskState>,
    /// Marked unsaved (restored or merged work) rather than saved.
    pub unsaved: bool,
}

impl NewProject {
    /// `project`, belonging to `file`, saved as it is.
    pub(crate) fn saved(project: Project, file: Option<PathBuf>) -> Self {
        NewProject {
            project,
            file,
            disk_state: None,
            unsaved: false,
        }
    }
}

impl MarginaliaApp {
    /// Puts `new` in the window and resets everything that depended on the old
    /// project. The status line is the caller's.
    pub(crate) fn install(&mut self, new: NewProject) {
        let NewProject {
            project,
            file,
            disk_state,
            unsaved,
        } = new;
        match disk_state {
            Some(state) => self.state.safety.opened_with(state),
            None => self.state.safety.opened(file.as_deref()),
        }
        self.safety_prompts.clobbered = None;
        self.safety_prompts.show_orphans = project.annotations.iter().any(|a| a.orphaned);
        self.state.editor.replace(project);
        if unsaved {
            self.state.editor.mark_unsaved();
        }
        self.state.project_path = file;
        self.state.current_doc = self.project().documents.first().map(|d| d.id.clone());
        self.state.selected = None;
        self.view = Default::default();
        self.find = Default::default();
        self.list = Default::default();
        self.annotation_editor = Default::default();
        self.state.derived = Default::default();
        self.drawn = Default::default();
        self.review = Default::default();
        self.dialogs.source = None;
        self.corpus.documents.name_buffer = self.project().name.clone();
    }

    /// A new untitled project holding the sample article.
    pub(crate) fn start_on_sample(&mut self) {
        let mut project = Project::new("Untitled project");
        // Laid out like any Markdown article the analyst opens (no "#" marks).
        let (markdown, _) = crate::model::text::normalize(SAMPLE_ARTICLE);
        let page = crate::export::markdown::markdown_to_text(&markdown);
        let title = page.title.unwrap_or_else(|| "Sample article".into());
        let doc = Document::new(project.unique_document_id(&title), title, page.text)
            .with_origin("assets/sample_article.md");
        project.documents.push(doc);
        self.install(NewProject::saved(project, None));
        self.set_info("Sample article opened: select text and press 1, 2 or 3 to tag it");
    }
}
