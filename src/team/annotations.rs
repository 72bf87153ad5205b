//! Annotations merged by id, field by field; two different changes to one
//! annotation keep both versions, each marked with a [`MergeConflict`].

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::fields::{FieldMerge, FieldRules, merge_fields};
use super::report::{Conflict, ConflictItem};
use crate::model::{Annotation, MergeConflict};

/// How an annotation's fields merge: the span moves as one, the edit stamp goes to
/// the newest edit.
const RULES: FieldRules<'static> = FieldRules {
    groups: &[&["start", "end", "quote", "orphaned"]],
    stamp: &["edited_by", "modified", "previous_label"],
    newest_by: "modified",
};

/// The three-way merge of the annotations of `base`, `a` and `b`, in no
/// particular order. Conflicts are added to `conflicts`.
pub(crate) fn merge_annotations(
    base: &[Annotation],
    a: &[Annotation],
    b: &[Annotation],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Annotation> {
    let (mb, ma, mbb) = (by_id(base), by_id(a), by_id(b));
    let taken: HashSet<&str> = mb
        .keys()
        .chain(ma.keys())
        .chain(mbb.keys())
        .copied()
        .collect();
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let mut derived: HashSet<String> = HashSet::new();
    let ids = a.iter().chain(b).chain(base).map(|x| x.id.as_str());
    let mut seen: HashSet<&str> = HashSet::with_capacity(taken.len());
    for id in ids {
        if !seen.insert(id) {
            continue;
        }
        let (o, x, y) = (
            mb.get(id).copied(),
            ma.get(id).copied(),
            mbb.get(id).copied(),
        );
        match (o, x, y) {
            (_, Some(x), Some(y)) if x == y => out.push(x.clone()),
            (Some(o), Some(x), Some(y)) if x == o => out.push(y.clone()),
            (Some(o), Some(x), Some(y)) if y == o => out.push(x.clone()),
            (o, Some(x), Some(y)) => match merge_fields(o, x, y, RULES) {
                Some(FieldMerge::Clean(m)) => out.push(m),
                Some(FieldMerge::Conflict {
                    first,
                    second,
                    fields,
                }) => {
                    let pair = keep_both(first, second, &fields.join(", "), &taken, &mut derived);
                    let reason = pair[0].conflict.as_ref().map(|c| c.reason.clone());
                    conflicts.push(Conflict {
                        item: ConflictItem::Annotation,
                        id: pair[0].id.clone(),
                        reason: format!(
                            "{}: both kept, the other as '{}'",
                            reason.unwrap_or_default(),
                            pair[1].id
                        ),
                    });
                    out.extend(pair);
                }
                None => {
                    let pair = keep_both(x.clone(), y.clone(), "", &taken, &mut derived);
                    out.extend(pair);
                }
            },
            (Some(o), Some(x), None) | (Some(o), None, Some(x)) if x == o => {}
            (Some(_), Some(x), None) | (Some(_), None, Some(x)) => {
                let mut kept = x.clone();
                let reason = format!(
                    "deleted on one side, changed on the other (by {}): kept",
                    who(x)
                );
                kept.conflict = Some(MergeConflict {
                    other: String::new(),
                    reason: reason.clone(),
                });
                conflicts.push(Conflict {
                    item: ConflictItem::Annotation,
                    id: kept.id.clone(),
                    reason,
                });
                out.push(kept);
            }
            (None, Some(x), None) | (None, None, Some(x)) => out.push(x.clone()),
            (_, None, None) => {}
        }
    }
    out
}

/// The annotations of `l` by id.
fn by_id(l: &[Annotation]) -> HashMap<&str, &Annotation> {
    l.iter().map(|x| (x.id.as_str(), x)).collect()
}

/// Whose judgment a version is, for the conflict's reason.
fn who(a: &Annotation) -> &str {
    match a.annotator() {
        "" => "unknown",
        name => name,
    }
}

/// Both versions of one annotation, each marked (the reason names `fields`, or
/// says "changed" when empty, and whose versions they are): the one that sorts
/// first (by its content, so not by side) keeps the id, the other gets an id
/// derived from its content.
fn keep_both(
    x: Annotation,
    y: Annotation,
    fields: &str,
    taken: &HashSet<&str>,
    derived: &mut HashSet<String>,
) -> [Annotation; 2] {
    let key = |a: &Annotation| serde_json::to_string(a).unwrap_or_default();
    let (kx, ky) = (key(&x), key(&y));
    let (mut first, mut second, second_key) = if kx <= ky { (x, y, ky) } else { (y, x, kx) };
    let hash = hex(&Sha256::digest(second_key.as_bytes()));
    let mut len = 8;
    let new_id = loop {
        let candidate = format!("{}-c{}", first.id, &hash[..len.min(hash.len())]);
        let free = !taken.contains(candidate.as_str()) && !derived.contains(&candidate);
        if free || len >= hash.len() {
            break candidate;
        }
        len += 4;
    };
    derived.insert(new_id.clone());
    second.id = new_id;
    let reason = format!(
        "{} changed differently on both sides ({} / {})",
        if fields.is_empty() { "it" } else { fields },
        who(&first),
        who(&second)
    );
    let reason = reason.as_str();
    first.conflict = Some(MergeConflict {
        other: second.id.clone(),
        reason: reason.to_string(),
    });
    second.conflict = Some(MergeConflict {
        other: first.id.clone(),
        reason: reason.to_string(),
    });
    [first, second]
}

/// Lowercase hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
