//! What an import reads and reports: a document read from an input
//! ([`ImportedDocument`]) with its spans ([`ImportedSpan`]), before it joins the
//! project, and what the import did ([`ImportReport`]).

use crate::model::{Annotation, Document, DocumentMeta};

/// A document read from an input, before it joins the project.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedDocument {
    /// The id the input gives it (JSONL `id`, brat file name), if any.
    pub id: Option<String>,
    /// Its title, if the input has one.
    pub title: Option<String>,
    /// Where it came from.
    pub origin: Option<String>,
    /// Outlet, date, URL, byline, language, as far as the input says.
    pub meta: DocumentMeta,
    /// The normalised text.
    pub text: String,
    /// Its spans, char offsets into `text`, already checked.
    pub spans: Vec<ImportedSpan>,
    /// The line of the input it was read from (1-based; 0 when not line-based).
    pub line: usize,
    /// Links between its spans (issue 13): (from, to) indices into `spans`,
    /// `attributes` links.
    pub links: Vec<(usize, usize)>,
}

impl ImportedDocument {
    /// The same document, noted as read from line `line`.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = line;
        self
    }
}

/// A span read from an input: char offsets into the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSpan {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The label id.
    pub label: String,
    /// The source, for attributions.
    pub source: Option<String>,
    /// The note.
    pub note: String,
    /// The author, when the input names one.
    pub author: Option<String>,
    /// When it was made, when the input says.
    pub created: Option<String>,
    /// Its id in the input, kept when not already used.
    pub id: Option<String>,
    /// Who last changed it when not its author, when the input says (JSONL's
    /// `edited_by`, as written by `export`).
    pub edited_by: Option<String>,
    /// When it was last changed, when the input says (JSONL's `modified`).
    pub modified: Option<String>,
}

/// The id an imported span gets: the input's own when it gives one not `taken`,
/// else a fresh one.
pub(crate) fn span_id(wanted: Option<String>, taken: impl Fn(&str) -> bool) -> String {
    match wanted {
        Some(id) if !taken(&id) => id,
        _ => loop {
            let id = crate::model::new_id("a");
            if !taken(&id) {
                break id;
            }
        },
    }
}

impl ImportedSpan {
    /// The annotation this span becomes on `document` (its offsets checked by
    /// the caller): the quote from the text, label, source, note, and the input's
    /// creation time or now.
    pub(crate) fn into_annotation(
        self,
        document: &Document,
        id: String,
        author: &str,
    ) -> Annotation {
        let quote = document.slice(self.start, self.end).to_string();
        let mut a = Annotation::new(
            document.id.clone(),
            self.start,
            self.end,
            quote,
            self.label,
            author,
        );
        a.id = id;
        a.source = self.source;
        a.note = self.note;
        a.created = self.created.unwrap_or_else(crate::model::now_rfc3339);
        // An editor who is the author is no editor (what `Annotation` keeps).
        a.edited_by = self.edited_by.filter(|by| *by != a.author);
        a.modified = self.modified;
        a
    }

    /// A span with only offsets and a label.
    pub fn new(start: usize, end: usize, label: &str) -> Self {
        ImportedSpan {
            start,
            end,
            label: label.trim().to_string(),
            source: None,
            note: String::new(),
            author: None,
            created: None,
            id: None,
            edited_by: None,
            modified: None,
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Ids of the documents added.
    pub documents_added: Vec<String>,
    /// Ids of existing documents (same text) that received annotations.
    pub documents_extended: Vec<String>,
    /// Number of annotations added.
    pub annotations_added: usize,
    /// Annotations not added because the same one was already there.
    pub duplicates_skipped: usize,
    /// Labels added to the schema because the input used them.
    pub labels_added: Vec<String>,
    /// Things the analyst should know (encodings assumed, lines ignored…).
    pub warnings: Vec<String>,
    /// Articles not added because a document with the same text is already in the
    /// project: (the input, the id of that document).
    pub duplicates: Vec<(String, String)>,
    /// Files of a folder that were not imported: (the file, why), one line each.
    /// The import went on without them.
    pub skipped_files: Vec<(String, String)>,
}

impl ImportReport {
    /// One line: "2 new documents and 17 annotations; 1 existing document extended".
    pub fn summary(&self) -> String {
        self.summary_counting(self.documents_added.len())
    }

    /// [`ImportReport::summary`] for `documents_added` new documents (a streamed
    /// import counts them instead of listing their ids).
    pub fn summary_counting(&self, documents_added: usize) -> String {
        let mut s = format!(
            "{} and {}",
            plural(documents_added, "new document"),
            plural(self.annotations_added, "annotation")
        );
        if !self.documents_extended.is_empty() {
            s.push_str(&format!(
                "; {} extended",
                plural(self.documents_extended.len(), "existing document")
            ));
        }
        if self.duplicates_skipped > 0 {
            s.push_str(&format!(
                "; {} already there skipped",
                plural(self.duplicates_skipped, "annotation")
            ));
        }
        let skipped = self.duplicates.len() + self.skipped_files.len();
        if skipped > 0 {
            let mut reasons = Vec::new();
            if !self.duplicates.is_empty() {
                reasons.push(format!(
                    "{} already in the project with the same text",
                    self.duplicates.len()
                ));
            }
            if !self.skipped_files.is_empty() {
                reasons.push(format!("{} could not be read", self.skipped_files.len()));
            }
            s.push_str(&format!("; {skipped} skipped ({})", reasons.join(", ")));
        }
        s
    }
}

/// "1 document", "3 documents" (the one helper, [`crate::model::text::plural`]).
pub use crate::model::text::plural;
