//! An export as the window runs it: the choices of the Export dialog with a shared
//! snapshot of the project, ready to run on a background thread, ending in the one
//! confirmation line the status bar shows.

use std::path::PathBuf;
use std::sync::Arc;

use crate::export::{
    ExportError, ExportFormat, ExportSummary, Selection, export_to_path_with_progress,
    import::plural,
};
use crate::model::{Annotation, OffsetUnit, Project};
use crate::task::Progress;

/// Which annotations an export job covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobScope {
    /// Every document.
    All,
    /// The document of this id.
    Document(String),
    /// Indexes into the snapshot's annotations (the rows a list showed).
    Rows(Vec<usize>),
}

/// An export with its own snapshot of the project, run on the task's thread.
#[derive(Debug, Clone)]
pub struct ExportJob {
    /// The project, shared with the editor, not copied.
    pub project: Arc<Project>,
    /// Which annotations.
    pub scope: JobScope,
    /// The format written.
    pub format: ExportFormat,
    /// The offset unit written.
    pub unit: OffsetUnit,
    /// Where.
    pub path: PathBuf,
}

impl ExportJob {
    /// Writes the export; the confirmation line.
    pub fn run(&self, progress: &Progress) -> Result<String, ExportError> {
        let project = &self.project;
        let selection = match &self.scope {
            JobScope::All => Selection::new(project, &Default::default()),
            JobScope::Document(doc) => Selection::of_document(project, doc),
            JobScope::Rows(rows) => {
                let chosen: Vec<&Annotation> = rows
                    .iter()
                    .filter_map(|&i| project.annotations.get(i))
                    .collect();
                Ok(Selection::of_annotations(project, chosen))
            }
        }?;
        let summary: ExportSummary =
            export_to_path_with_progress(&selection, self.format, self.unit, &self.path, progress)?;
        let mut text = format!(
            "Exported {} to {} ({})",
            summary.what(self.format),
            self.path.display(),
            self.format
        );
        if summary.skipped > 0 {
            text.push_str(&format!(
                "; {} overlapping others left out",
                plural(summary.skipped, "span")
            ));
        }
        text.push_str(&summary.links_note(self.format));
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn project() -> Project {
        let mut p = Project::new("p");
        let text = "조선중앙통신 said “parade” 👋🏽 e\u{301}.\nNK News doubted it.";
        p.documents.push(Document::new("d", "D", text));
        p.documents.push(Document::new("e", "E", "Other text."));
        let quote = |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
        p.annotations
            .push(Annotation::new("d", 0, 6, quote(0, 6), "claim", "me"));
        p.annotations.push(Annotation::new(
            "d",
            12,
            20,
            quote(12, 20),
            "speculation",
            "me",
        ));
        p.annotations
            .push(Annotation::new("e", 0, 5, "Other", "claim", "me"));
        p
    }

    fn run(scope: JobScope, dir: &std::path::Path) -> (String, String) {
        let path = dir.join("out.jsonl");
        let job = ExportJob {
            project: Arc::new(project()),
            scope,
            format: ExportFormat::Jsonl,
            unit: OffsetUnit::Chars,
            path: path.clone(),
        };
        let said = job.run(&Progress::new()).unwrap();
        (said, std::fs::read_to_string(&path).unwrap())
    }

    #[test]
    fn each_scope_writes_its_annotations_and_says_how_many() {
        let dir = tempfile::tempdir().unwrap();
        let (said, _) = run(JobScope::All, dir.path());
        assert!(
            said.starts_with("Exported 3 spans from 2 documents"),
            "{said}"
        );
        let (said, text) = run(JobScope::Document("d".into()), dir.path());
        assert!(
            said.starts_with("Exported 2 spans from 1 document "),
            "{said}"
        );
        assert!(text.contains("조선중앙통신"), "{text}");
        let (said, _) = run(JobScope::Rows(vec![1, 99]), dir.path());
        assert!(
            said.starts_with("Exported 1 span from 1 document "),
            "{said}"
        );
    }

    #[test]
    fn an_unknown_document_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let job = ExportJob {
            project: Arc::new(project()),
            scope: JobScope::Document("nope".into()),
            format: ExportFormat::Csv,
            unit: OffsetUnit::Chars,
            path: dir.path().join("x.csv"),
        };
        assert!(job.run(&Progress::new()).is_err());
        assert!(!dir.path().join("x.csv").exists());
    }
}
