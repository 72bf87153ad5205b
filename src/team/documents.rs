//! Documents merged by id and by text: the same article added on both sides under
//! two ids is kept once; two different articles added under one id are both kept.

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::annotations::hex;
use super::fields::{FieldMerge, FieldRules, merge_fields};
use super::report::{Conflict, ConflictItem};
use crate::model::{Document, MergeNote, NoteVersion};

/// The documents' side of a merge, before the annotations decide which deleted
/// documents must stay.
#[derive(Debug, Default)]
pub(crate) struct DocumentMerge {
    /// Merged documents by id.
    pub kept: HashMap<String, Document>,
    /// Documents deleted by one side (unchanged on the other), by id: kept after
    /// all when a merged annotation still points into them.
    pub deleted: HashMap<String, Document>,
    /// Ids to rename in side A's annotations (its document is kept under another id).
    pub rename_a: HashMap<String, String>,
    /// The same for side B.
    pub rename_b: HashMap<String, String>,
    /// Ids placed right after another document's id (a text conflict's copy).
    pub after: Vec<(String, String)>,
}

/// Merges the documents of `base`, `a` and `b`; conflicts go to `conflicts`.
pub(crate) fn merge_documents(
    base: &[Document],
    a: &[Document],
    b: &[Document],
    conflicts: &mut Vec<Conflict>,
    notes: &mut Vec<MergeNote>,
) -> DocumentMerge {
    let (mb, ma, mbb) = (by_id(base), by_id(a), by_id(b));
    let mut m = DocumentMerge::default();
    // The same text added on both sides under different ids: one document, under
    // the smaller id.
    let (added_a, added_b) = (added(a, &mb, &mbb), added(b, &mb, &ma));
    let mut skip: HashSet<&str> = HashSet::new();
    for (text, &ia) in &added_a {
        if let Some(&ib) = added_b.get(text) {
            let (keep, drop) = if ia < ib { (ia, ib) } else { (ib, ia) };
            if ia < ib {
                m.rename_b.insert(ib.to_string(), ia.to_string());
            } else {
                m.rename_a.insert(ia.to_string(), ib.to_string());
            }
            let doc = if ia < ib { ma[ia] } else { mbb[ib] };
            m.kept.insert(keep.to_string(), doc.clone());
            skip.extend([keep, drop]);
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    for id in a.iter().chain(b).chain(base).map(|d| d.id.as_str()) {
        if skip.contains(id) || !seen.insert(id) {
            continue;
        }
        let (o, x, y) = (
            mb.get(id).copied(),
            ma.get(id).copied(),
            mbb.get(id).copied(),
        );
        let mut note = |reason: String| {
            conflicts.push(Conflict {
                item: ConflictItem::Document,
                id: id.to_string(),
                reason,
            })
        };
        match (o, x, y) {
            (_, Some(x), Some(y)) if x == y => keep(&mut m, x),
            (Some(o), Some(x), Some(y)) if x == o => keep(&mut m, y),
            (Some(o), Some(x), Some(y)) if y == o => keep(&mut m, x),
            (o, Some(x), Some(y)) if x.text == y.text => {
                match merge_fields(o, x, y, FieldRules::default()) {
                    Some(FieldMerge::Clean(d)) => keep(&mut m, &d),
                    Some(FieldMerge::Conflict {
                        first,
                        second,
                        fields,
                    }) => {
                        let chosen = smaller(&first, &second);
                        note(format!(
                            "{} changed differently on both sides: kept '{}', the other version in a merge note",
                            fields.join(", "),
                            crate::model::quoted(&chosen.title)
                        ));
                        // conflicts (issue 14): the other version, whole, in a note.
                        let mut other = if std::ptr::eq(chosen, &first) {
                            second.clone()
                        } else {
                            first.clone()
                        };
                        other.text.clear();
                        notes.push(MergeNote {
                            item: id.to_string(),
                            fields,
                            other: NoteVersion::Document(other),
                        });
                        keep(&mut m, chosen);
                    }
                    None => keep(&mut m, smaller(x, y)),
                }
            }
            (o, Some(x), Some(y)) => {
                // Two texts under one id: the smaller keeps it, the other is kept
                // under an id derived from its text.
                let (first, second) = if std::ptr::eq(smaller(x, y), x) {
                    (x, y)
                } else {
                    (y, x)
                };
                let hash = hex(&Sha256::digest(second.text.as_bytes()));
                let mut copy = second.clone();
                copy.id = format!("{}-c{}", id, &hash[..8]);
                if o.is_none() {
                    // Added on both sides: the annotations of the moved one follow it.
                    let rename = if std::ptr::eq(second, x) {
                        &mut m.rename_a
                    } else {
                        &mut m.rename_b
                    };
                    rename.insert(id.to_string(), copy.id.clone());
                }
                note(format!(
                    "two different texts under one id: the other kept as document '{}'",
                    copy.id
                ));
                keep(&mut m, first);
                m.after.push((id.to_string(), copy.id.clone()));
                m.kept.insert(copy.id.clone(), copy);
            }
            (Some(o), Some(x), None) | (Some(o), None, Some(x)) if x == o => {
                m.deleted.insert(id.to_string(), x.clone());
            }
            (Some(_), Some(x), None) | (Some(_), None, Some(x)) => {
                note("deleted on one side, changed on the other: kept".into());
                keep(&mut m, x);
            }
            (None, Some(x), None) | (None, None, Some(x)) => keep(&mut m, x),
            (_, None, None) => {}
        }
    }
    m
}

/// The documents of `l` by id.
fn by_id(l: &[Document]) -> HashMap<&str, &Document> {
    l.iter().map(|d| (d.id.as_str(), d)).collect()
}

/// The documents of `l` in neither `base` nor `other`, id by text.
fn added<'a>(
    l: &'a [Document],
    base: &HashMap<&str, &Document>,
    other: &HashMap<&str, &Document>,
) -> HashMap<&'a str, &'a str> {
    l.iter()
        .filter(|d| !base.contains_key(d.id.as_str()) && !other.contains_key(d.id.as_str()))
        .map(|d| (d.text.as_str(), d.id.as_str()))
        .collect()
}

fn keep(m: &mut DocumentMerge, d: &Document) {
    m.kept.insert(d.id.clone(), d.clone());
}

/// The version whose serde form sorts first (a choice that does not depend on
/// which side is which).
fn smaller<'d>(x: &'d Document, y: &'d Document) -> &'d Document {
    let key = |d: &Document| serde_json::to_string(d).unwrap_or_default();
    if key(x) <= key(y) { x } else { y }
}
