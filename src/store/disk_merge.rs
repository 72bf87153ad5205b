//! No clobbering, third way out: merging the work in the window with the version of
//! its file that changed on disk, as `marginalia merge` does (every annotation kept
//! with its author, identical ones once), expressed where possible as one undoable
//! edit.

use std::collections::HashMap;

use crate::edit::{Edit, apply};
use crate::model::Project;
use crate::review::merge_projects;

/// The work in the window merged with the file on disk.
#[derive(Debug, Clone)]
pub struct DiskMerge {
    /// The merged project.
    pub merged: Project,
    /// The change from the window's project to `merged` as one edit (a
    /// [`Edit::Batch`], possibly empty; labels the disk version brought are
    /// [`Edit::AddLabel`]s in it, so they undo), or `None` when no edit can express
    /// it (a label changed or went, documents were renamed); then the project is to
    /// be replaced.
    pub edit: Option<Edit>,
    /// How many annotations came from the disk version (not already in the window).
    pub from_disk: usize,
    /// Warnings of the merge (documents that could not be aligned…).
    pub warnings: Vec<String>,
}

/// Merges `current` (the window's project) with `disk` (its file as it is now,
/// named `disk_name` in warnings). The window's documents, ids and name come first.
pub fn merge_with_disk(current: &Project, disk: &Project, disk_name: &str) -> DiskMerge {
    let (mut merged, corpus) =
        merge_projects(&[("the window", current), (disk_name, disk)], &current.name);
    merged.sort_annotations();
    let edit = edit_towards(current, &merged);
    DiskMerge {
        from_disk: merged
            .annotations
            .len()
            .saturating_sub(current.annotations.len()),
        merged,
        edit,
        warnings: corpus.warnings.clone(),
    }
}

/// The batch that turns `current` into `target`, checked by applying it to a copy.
fn edit_towards(current: &Project, target: &Project) -> Option<Edit> {
    if current.name != target.name {
        return None;
    }
    let mut edits = schema_edits(current, target)?;
    for (i, d) in target.documents.iter().enumerate() {
        match current.document(&d.id) {
            Some(c) if c == d => {}
            Some(_) => return None,
            None => edits.push(Edit::AddDocument {
                document: d.clone(),
                index: Some(i),
            }),
        }
    }
    if current
        .documents
        .iter()
        .any(|d| target.document(&d.id).is_none())
    {
        return None;
    }
    let wanted: HashMap<&str, _> = target
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    for a in &current.annotations {
        match wanted.get(a.id.as_str()) {
            Some(&t) if t == a => {}
            Some(&t) => edits.push(Edit::ReplaceAnnotation(t.clone())),
            None => edits.push(Edit::RemoveAnnotation(a.id.clone())),
        }
    }
    for t in &target.annotations {
        if current.annotation(&t.id).is_none() {
            edits.push(Edit::AddAnnotation(t.clone()));
        }
    }
    let edit = Edit::Batch(edits);
    let mut check = current.clone();
    apply(&mut check, edit.clone()).ok()?;
    check.sort_annotations();
    (check.schema == target.schema
        && check.documents == target.documents
        && check.annotations == target.annotations)
        .then_some(edit)
}

/// The schema edits from `current` to `target`: the labels `target` adds (at their
/// place in its list) and its sources; `None` when a label of `current` changed or
/// is gone (no edit of the merge removes or rewrites a label).
fn schema_edits(current: &Project, target: &Project) -> Option<Vec<Edit>> {
    let (mine, theirs) = (&current.schema, &target.schema);
    if (mine.labels.iter()).any(|l| theirs.label(&l.id) != Some(l)) {
        return None;
    }
    let mut edits: Vec<Edit> = (theirs.labels.iter().enumerate())
        .filter(|(_, l)| mine.label(&l.id).is_none())
        .map(|(i, l)| Edit::AddLabel {
            label: l.clone(),
            index: Some(i),
        })
        .collect();
    if mine.sources != theirs.sources {
        edits.push(Edit::SetSources(theirs.sources.clone()));
    }
    Some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    fn project(authors: &[(&str, usize, usize)]) -> Project {
        let mut p = Project::new("p");
        p.documents.push(Document::new(
            "d",
            "D",
            "조선중앙통신 said 👋🏽 “x” e\u{301}.",
        ));
        for &(author, s, e) in authors {
            let quote: String = p.documents[0].text.chars().skip(s).take(e - s).collect();
            p.annotations
                .push(Annotation::new("d", s, e, &quote, "claim", author));
        }
        p
    }

    #[test]
    fn both_sides_are_kept_once_and_the_edit_reaches_the_merge() {
        let current = project(&[("me", 0, 6), ("me", 7, 11)]);
        let mut disk = project(&[("colleague", 12, 13)]);
        // An identical annotation on both sides is kept once.
        disk.annotations.push(current.annotations[0].clone());
        let m = merge_with_disk(&current, &disk, "p.ron");
        assert_eq!(m.merged.annotations.len(), 3);
        assert_eq!(m.from_disk, 1);
        let mut p = current.clone();
        apply(&mut p, m.edit.expect("expressible as an edit")).unwrap();
        p.sort_annotations();
        assert_eq!(p.annotations, m.merged.annotations);
    }

    #[test]
    fn new_labels_on_disk_are_added_by_the_edit_and_undo() {
        let current = project(&[("me", 0, 6)]);
        let mut disk = project(&[]);
        disk.schema.labels.push(crate::model::Label {
            id: "rumour".into(),
            name: "Rumour".into(),
            color: "#123456".into(),
            key: None,
            needs_source: false,
            ..Default::default()
        });
        let mut a = Annotation::new("d", 7, 11, "said", "rumour", "colleague");
        a.quote = "said".into();
        disk.annotations.push(a);
        let m = merge_with_disk(&current, &disk, "p.ron");
        assert_eq!(m.from_disk, 1);
        assert!(m.merged.schema.label("rumour").is_some());
        let edit = m.edit.expect("expressible as an edit");
        let mut editor = crate::edit::Editor::new(current.clone());
        editor.apply(edit).unwrap();
        assert_eq!(editor.project().schema, m.merged.schema);
        assert_eq!(editor.project().annotations.len(), 2);
        assert!(editor.undo().is_some());
        assert_eq!(editor.project(), &current, "one undo takes the merge back");
    }

    #[test]
    fn a_label_changed_on_disk_keeps_the_windows_version() {
        let current = project(&[("me", 0, 6)]);
        let mut disk = project(&[]);
        disk.schema.labels[0].color = "#000000".into();
        let m = merge_with_disk(&current, &disk, "p.ron");
        assert_eq!(m.merged.schema, current.schema);
        let mut p = current.clone();
        apply(&mut p, m.edit.expect("expressible as an edit")).unwrap();
        assert_eq!(p.schema, current.schema);
    }
}
