//! What a REFI-QDA `project.qde` (or `.qdc` codebook) holds, as plain structs: the
//! reader ([`super::qde_read`]) fills them, the importer turns them into a project.

use std::collections::HashMap;

/// A `Code` of the codebook.
#[derive(Debug, Clone, PartialEq)]
pub struct RefiCode {
    /// Its GUID.
    pub guid: String,
    /// Its name.
    pub name: String,
    /// `isCodable` (true when absent… REFI requires it; tools always write it).
    pub codable: bool,
    /// `color` (`#rrggbb`), when given.
    pub color: Option<String>,
    /// Index of the parent code in [`RefiProject::codes`], for a sub-code.
    pub parent: Option<usize>,
    /// Its `Description` (a label's guideline; codebook, issue 19).
    pub description: String,
}

/// A `PlainTextSelection`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefiSelection {
    /// `startPosition`, in the source tool's characters.
    pub start: usize,
    /// `endPosition` (exclusive).
    pub end: usize,
    /// `creatingUser` GUID.
    pub user: Option<String>,
    /// `creationDateTime`.
    pub created: Option<String>,
    /// The `Description` text (the annotation's note).
    pub description: String,
    /// The GUIDs its `Coding`s' `CodeRef`s name.
    pub codes: Vec<String>,
}

/// A `TextSource`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefiTextSource {
    /// Its `name` (the document's title).
    pub name: String,
    /// Its inline `PlainTextContent`, if any.
    pub inline: Option<String>,
    /// Its `plainTextPath`, if any.
    pub path: Option<String>,
    /// Its selections.
    pub selections: Vec<RefiSelection>,
    /// Its variable values: (variable GUID, value as text).
    pub values: Vec<(String, String)>,
    /// The GUIDs of the notes it refers to (`NoteRef`).
    pub notes: Vec<String>,
}

/// What a `project.qde` or `.qdc` holds that Marginalia reads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefiProject {
    /// The `origin` attribute of `Project` (the tool that wrote it).
    pub origin: String,
    /// User GUID → name.
    pub users: HashMap<String, String>,
    /// Variable GUID → name.
    pub variables: HashMap<String, String>,
    /// Note GUID → its text (`Notes/Note/PlainTextContent`).
    pub notes: HashMap<String, String>,
    /// The GUID of the note being read.
    pub(super) current_note: Option<String>,
    /// The GUIDs of the notes the project itself refers to (`Project/NoteRef`: the
    /// project memo; codebook, issue 19).
    pub project_notes: Vec<String>,
    /// The codes, parents before their children.
    pub codes: Vec<RefiCode>,
    /// The text sources, in order.
    pub sources: Vec<RefiTextSource>,
    /// Element kinds present but not imported, with their count
    /// ("PDFSource", "Set", …), in the order first met.
    pub not_imported: Vec<(String, usize)>,
}
