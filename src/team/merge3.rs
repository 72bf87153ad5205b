//! The three-way merge of a project by identity: what the merge driver runs when
//! git meets two analysts' versions of one project file.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::annotations::merge_annotations;
use super::documents::merge_documents;
use super::extra::assemble;
use super::order::merge_order;
use super::report::{Conflict, ConflictItem, Merged};
use super::schema::merge_schema;
use crate::model::{Annotation, MergeNote, NoteVersion, Project, merge_note_sets, sort_notes};
use crate::store::check_project;

/// Merges `ours` and `theirs`, two versions of a project whose common ancestor is
/// `base`, by identity:
///
/// - documents by id and text (the same text added on both sides under two ids is
///   one document; two texts under one id are both kept), annotations and labels
///   by id, the schema's sources as a set, links as a set (none left dangling)
///   and registry sources by name;
/// - added on one side → added; deleted on one side and unchanged on the other →
///   deleted; changed on one side → that change; changed on both sides → merged
///   field by field (a relabel on one side and a comment on the other are both
///   kept; comments added on both sides are all kept);
/// - the same field of an annotation changed differently on both sides → both
///   versions kept, each marked with a [`crate::model::MergeConflict`] naming the
///   other; an annotation deleted on one side and changed on the other is kept,
///   marked. A document, label or name changed differently on both sides keeps
///   one version (chosen by content) in place and the other, whole, in a
///   [`crate::model::MergeNote`] of `merge_notes` (notes from earlier merges merge
///   as a set: one that either side resolved goes);
/// - a document or label one side deleted stays while a merged annotation uses it;
///   an annotation whose document text changed on the other side is re-attached
///   to the new text, or marked orphaned (see [`crate::anchor`]).
///
/// The result does not depend on which side is `ours` (conflicts included: the
/// version that keeps an annotation's id is chosen by content), so two analysts who
/// each merge the other's work get the same file.
pub fn merge3(base: &Project, ours: &Project, theirs: &Project) -> Merged {
    // Every field of `Project` must be merged below. `extra::assemble` merges the
    // fields this function does not know only when an empty project writes them,
    // so a field skipped when empty (`memo`, `merge_notes`…) would be dropped
    // silently: this pattern stops compiling when a field is added, to make the
    // one adding it merge it here (conflicts, issue 14).
    let Project {
        format: _,
        name: _,
        schema: _,
        documents: _,
        annotations: _,
        links: _,
        registry: _,
        rejected: _,
        merge_notes: _,
        memo: _,
    } = base;
    let mut conflicts = Vec::new();
    let mut notes = Vec::new(); // conflicts (issue 14): merge notes made by this merge
    let docs = merge_documents(
        &base.documents,
        &ours.documents,
        &theirs.documents,
        &mut conflicts,
        &mut notes,
    );
    let ours_annotations = renamed(&ours.annotations, &docs.rename_a);
    let theirs_annotations = renamed(&theirs.annotations, &docs.rename_b);
    let mut annotations = merge_annotations(
        &base.annotations,
        &ours_annotations,
        &theirs_annotations,
        &mut conflicts,
    );
    annotations.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let used_labels: HashSet<&str> = annotations.iter().map(|a| a.label.as_str()).collect();
    let schema = merge_schema(
        &base.schema,
        &ours.schema,
        &theirs.schema,
        &used_labels,
        &mut conflicts,
        &mut notes,
    );
    let mut kept = docs.kept;
    for a in &annotations {
        if !kept.contains_key(&a.doc)
            && let Some(d) = docs.deleted.get(&a.doc)
        {
            conflicts.push(Conflict {
                item: ConflictItem::Document,
                id: d.id.clone(),
                reason: "deleted on one side, annotated on the other: kept".into(),
            });
            kept.insert(d.id.clone(), d.clone());
        }
    }
    let keep: HashSet<&str> = kept.keys().map(String::as_str).collect();
    let after: HashMap<&str, &str> = docs
        .after
        .iter()
        .map(|(at, id)| (at.as_str(), id.as_str()))
        .collect();
    let copies: HashSet<&str> = after.values().copied().collect();
    let order = merge_order(&ids(base), &ids(ours), &ids(theirs), &keep);
    let mut documents = Vec::with_capacity(kept.len());
    for id in order.iter().filter(|id| !copies.contains(id.as_str())) {
        documents.extend(kept.get(id).cloned());
        if let Some(copy) = after.get(id.as_str()).and_then(|c| kept.get(*c)) {
            documents.push(copy.clone());
        }
    }
    let name = merge_name(base, ours, theirs, &mut conflicts, &mut notes);
    let mut project = assemble(
        [base, ours, theirs],
        name,
        schema,
        documents,
        annotations,
        &mut conflicts,
    );
    // --- sources (issue 13): links as a set, registry sources by name ---
    project.links = super::links::merge_links([base, ours, theirs], &project);
    project.registry = super::links::merge_registry([base, ours, theirs], &mut conflicts);
    // --- end sources ---
    // suggestions (format 4): a span either side refused stays refused.
    project.rejected = crate::model::union_rejected([
        base.rejected.as_slice(),
        ours.rejected.as_slice(),
        theirs.rejected.as_slice(),
    ]);
    // --- conflicts (issue 14): the notes of both sides, three-way, and this merge's ---
    project.merge_notes = merged_notes([base, ours, theirs], notes, &project);
    // --- end conflicts ---
    // --- codebook (issue 19): the project memo; both changed → both texts kept ---
    project.memo = super::memo::merge_memo(&base.memo, &ours.memo, &theirs.memo, &mut conflicts);
    // --- end codebook ---
    let reanchored = repair_anchors(&mut project);
    conflicts.sort();
    Merged {
        project,
        conflicts,
        reanchored,
    }
}

/// The ids of a project's documents, in order.
fn ids(p: &Project) -> Vec<&str> {
    p.documents.iter().map(|d| d.id.as_str()).collect()
}

/// Side annotations with their document ids renamed (borrowed when none is).
fn renamed<'a>(
    annotations: &'a [Annotation],
    rename: &HashMap<String, String>,
) -> Cow<'a, [Annotation]> {
    if rename.is_empty() {
        return Cow::Borrowed(annotations);
    }
    Cow::Owned(
        annotations
            .iter()
            .map(|a| {
                let mut a = a.clone();
                if let Some(new) = rename.get(&a.doc) {
                    a.doc = new.clone();
                }
                a
            })
            .collect(),
    )
}

/// The project's name, three-way; two different renames keep the smaller name
/// (the other in a merge note).
fn merge_name(
    base: &Project,
    a: &Project,
    b: &Project,
    conflicts: &mut Vec<Conflict>,
    notes: &mut Vec<MergeNote>,
) -> String {
    let (o, x, y) = (&base.name, &a.name, &b.name);
    if x == y || y == o {
        return x.clone();
    }
    if x == o {
        return y.clone();
    }
    let chosen = x.min(y).clone();
    conflicts.push(Conflict {
        item: ConflictItem::Name,
        id: chosen.clone(),
        reason: format!(
            "renamed differently on both sides ('{}' / '{}'): kept the first, the other in a merge note",
            crate::model::quoted(x.min(y)),
            crate::model::quoted(x.max(y))
        ),
    });
    notes.push(MergeNote {
        item: String::new(),
        fields: vec!["name".into()],
        other: NoteVersion::Name(x.max(y).clone()),
    });
    chosen
}

/// The merged project's notes (conflicts, issue 14): those of the three versions
/// merged as a set (a note one side resolved goes), plus `new` ones, without the
/// notes whose document or label the merge no longer has.
fn merged_notes(sides: [&Project; 3], new: Vec<MergeNote>, merged: &Project) -> Vec<MergeNote> {
    let [base, ours, theirs] = sides.map(|p| p.merge_notes.as_slice());
    let mut notes = merge_note_sets(base, ours, theirs);
    if notes.is_empty() && new.is_empty() {
        return notes;
    }
    notes.extend(new);
    let docs: HashSet<&str> = merged.documents.iter().map(|d| d.id.as_str()).collect();
    notes.retain(|n| match &n.other {
        NoteVersion::Document(_) => docs.contains(n.item.as_str()),
        NoteVersion::Label(_) => merged.schema.label(&n.item).is_some(),
        NoteVersion::Name(_) => true,
    });
    sort_notes(&mut notes);
    notes
}

/// Re-attaches the annotations whose quote no longer matches their document's text
/// (the text changed on the other side) or marks them orphaned; returns how many
/// were touched. Nothing happens (and nothing is scanned twice) on a project the
/// checks pass.
///
/// Each document concerned is re-anchored apart, with only its own annotations
/// (grouped in one pass): O(documents + annotations) in all, not a scan of the
/// whole project per document whose text changed. The document itself is left as
/// the merge made it (its memo and done marks included).
fn repair_anchors(project: &mut Project) -> usize {
    let problems = check_project(project);
    if problems.is_empty() {
        return 0;
    }
    let ids: HashSet<&str> = problems.iter().filter_map(|p| p.item.as_deref()).collect();
    let docs: HashSet<&str> = project
        .annotations
        .iter()
        .filter(|a| ids.contains(a.id.as_str()) && !a.orphaned)
        .map(|a| a.doc.as_str())
        .collect();
    let mut members: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, a) in project.annotations.iter().enumerate() {
        if docs.contains(a.doc.as_str()) {
            members.entry(a.doc.clone()).or_default().push(i);
        }
    }
    let mut touched = 0;
    for d in &project.documents {
        let Some(at) = members.get(&d.id) else {
            continue;
        };
        let mut alone = Project::new("");
        alone.documents.push(crate::model::Document::new(
            d.id.clone(),
            String::new(),
            d.text.clone(),
        ));
        alone.annotations = at.iter().map(|&i| project.annotations[i].clone()).collect();
        let Ok(report) = crate::anchor::reanchor_document(&mut alone, &d.id, d.text.clone()) else {
            continue;
        };
        touched += report
            .items
            .iter()
            .filter(|r| ids.contains(r.id.as_str()))
            .count();
        for (&i, a) in at.iter().zip(alone.annotations) {
            project.annotations[i] = a;
        }
    }
    if touched > 0 {
        project.sort_annotations();
    }
    touched
}
