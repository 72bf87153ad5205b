//! The conflicts a merge left in a project, as the Review window lists them, and
//! the edit that resolves one.

use crate::edit::Edit;
use crate::model::{Annotation, Project};

/// One annotation conflict left by [`super::merge3`]: the versions kept.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationConflict<'a> {
    /// The versions (two when both sides changed it, one when one side deleted it),
    /// the one that kept the original id first.
    pub versions: Vec<&'a Annotation>,
    /// What happened, one line.
    pub reason: &'a str,
}

/// The annotation conflicts of `project`, in file order of their first version.
pub fn annotation_conflicts(project: &Project) -> Vec<AnnotationConflict<'_>> {
    let mut out: Vec<AnnotationConflict<'_>> = Vec::new();
    for a in &project.annotations {
        let Some(c) = &a.conflict else { continue };
        let other = (!c.other.is_empty())
            .then(|| project.annotation(&c.other))
            .flatten();
        if other.is_some_and(|o| out.iter().any(|k| k.versions.iter().any(|v| v.id == o.id))) {
            continue;
        }
        let mut versions: Vec<&Annotation> = std::iter::once(a).chain(other).collect();
        versions.sort_by_key(|v| v.id.len());
        out.push(AnnotationConflict {
            versions,
            reason: &c.reason,
        });
    }
    out
}

/// The undoable edit that resolves the conflict of annotation `keep` in favour of
/// that version: the other version (if still there) is removed and `keep`'s mark
/// cleared. `None` when `keep` is not a marked annotation of `project`.
pub fn resolve_conflict(project: &Project, keep: &str) -> Option<Edit> {
    let a = project.annotation(keep)?;
    let c = a.conflict.as_ref()?;
    let mut kept = a.clone();
    kept.conflict = None;
    let mut edits = Vec::new();
    if project.annotation(&c.other).is_some() {
        edits.push(Edit::RemoveAnnotation(c.other.clone()));
    }
    edits.push(Edit::ReplaceAnnotation(kept));
    Some(Edit::Batch(edits))
}

/// The edit that resolves a delete-against-change conflict by deleting: removes
/// marked annotation `id` (and its other version, if any).
pub fn discard_conflicted(project: &Project, id: &str) -> Option<Edit> {
    let a = project.annotation(id)?;
    let c = a.conflict.as_ref()?;
    let mut edits = vec![Edit::RemoveAnnotation(id.to_string())];
    if let Some(o) = project.annotation(&c.other) {
        let mut o = o.clone();
        o.conflict = None;
        edits.push(Edit::ReplaceAnnotation(o));
    }
    Some(Edit::Batch(edits))
}

/// The edit that resolves the conflict of marked annotation `id` by keeping both
/// versions as two annotations: both marks are cleared. `None` when `id` is not a
/// marked annotation of `project`.
pub fn keep_both(project: &Project, id: &str) -> Option<Edit> {
    let a = project.annotation(id)?;
    let c = a.conflict.as_ref()?;
    let versions = std::iter::once(a).chain(project.annotation(&c.other));
    let edits = versions
        .map(|v| {
            let mut v = v.clone();
            v.conflict = None;
            Edit::ReplaceAnnotation(v)
        })
        .collect();
    Some(Edit::Batch(edits))
}

/// How the analyst resolves one annotation conflict (the Review window's buttons).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Keep this version (annotation id); the other version goes.
    Keep(String),
    /// Keep both versions (of the conflict of this annotation id) as two annotations.
    KeepBoth(String),
    /// Delete the annotation (a change against a deletion: accept the deletion).
    Discard(String),
    // --- conflicts (issue 14): merge notes (documents, labels, the name) ---
    /// Keep the version in place of the item merge note `at` is about (`item`, its
    /// document or label id); the note goes.
    KeepNoted {
        /// The note's position in `project.merge_notes`.
        at: usize,
        /// Its item, checked so that a stale position resolves nothing.
        item: String,
    },
    /// Put merge note `at`'s other version in place of the item's; the note goes.
    TakeNoted {
        /// The note's position in `project.merge_notes`.
        at: usize,
        /// Its item, checked so that a stale position resolves nothing.
        item: String,
    },
    // --- end conflicts ---
}

impl Resolution {
    /// The undoable edit that carries it out on `project`; `None` when the
    /// annotation is gone or no longer marked.
    pub fn edit(&self, project: &Project) -> Option<Edit> {
        match self {
            Resolution::Keep(id) => resolve_conflict(project, id),
            Resolution::KeepBoth(id) => keep_both(project, id),
            Resolution::Discard(id) => discard_conflicted(project, id),
            Resolution::KeepNoted { at, item } => note_edit(project, *at, item, false),
            Resolution::TakeNoted { at, item } => note_edit(project, *at, item, true),
        }
    }
}

/// The edit that resolves merge note `at` when it is still about `item`
/// (conflicts, issue 14).
fn note_edit(project: &Project, at: usize, item: &str, take_other: bool) -> Option<Edit> {
    let note = project.merge_notes.get(at)?;
    (note.item == item).then_some(Edit::ResolveMergeNote { at, take_other })
}
