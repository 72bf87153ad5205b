//! What a three-way merge tells its caller: the merged project and the conflicts.

use std::fmt;

use crate::model::Project;

/// The kind of item a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConflictItem {
    /// An annotation: both versions are in the project, each marked with
    /// [`crate::model::MergeConflict`].
    Annotation,
    /// A document: the version the merge chose is kept (the other one under a
    /// derived id when their texts differ).
    Document,
    /// A label of the schema: the version the merge chose is kept.
    Label,
    /// The project's name: the version the merge chose is kept.
    Name,
    /// Another part of the project (a field added to the model later, `FIELD` or
    /// `FIELD/ID`): the version the merge chose is kept.
    Other,
}

/// One thing two analysts changed differently.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Conflict {
    /// What kind of item.
    pub item: ConflictItem,
    /// Its id (the name for [`ConflictItem::Name`]).
    pub id: String,
    /// What happened and what was kept, one line.
    pub reason: String,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.item {
            ConflictItem::Annotation => "annotation",
            ConflictItem::Document => "document",
            ConflictItem::Label => "label",
            ConflictItem::Name => "project name",
            ConflictItem::Other => "project field",
        };
        write!(
            f,
            "{what} '{}': {}",
            crate::model::quoted(&self.id),
            self.reason
        )
    }
}

/// The result of [`super::merge3`].
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged project (annotations sorted as files hold them).
    pub project: Project,
    /// What two sides changed differently, sorted; empty for a clean merge.
    pub conflicts: Vec<Conflict>,
    /// Annotations the merge re-attached or marked orphaned because the text of
    /// their document changed on the other side.
    pub reanchored: usize,
}

impl Merged {
    /// True when nothing was changed differently on both sides.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}
