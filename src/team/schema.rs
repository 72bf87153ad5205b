//! The schema merged: labels by id (field by field), the list of sources as a set.

use std::collections::{HashMap, HashSet};

use super::fields::{FieldMerge, FieldRules, merge_fields};
use super::order::merge_order;
use super::report::{Conflict, ConflictItem};
use crate::model::{Label, MergeNote, NoteVersion, TagSchema};

/// The merged schema. `used` holds the label ids the merged annotations use: a
/// label one side deleted stays while annotations still carry it.
pub(crate) fn merge_schema(
    base: &TagSchema,
    a: &TagSchema,
    b: &TagSchema,
    used: &HashSet<&str>,
    conflicts: &mut Vec<Conflict>,
    notes: &mut Vec<MergeNote>,
) -> TagSchema {
    let (mb, ma, mbb) = (by_id(&base.labels), by_id(&a.labels), by_id(&b.labels));
    let mut kept: HashMap<&str, Label> = HashMap::new();
    for id in mb.keys().chain(ma.keys()).chain(mbb.keys()).copied() {
        if kept.contains_key(id) {
            continue;
        }
        let (o, x, y) = (
            mb.get(id).copied(),
            ma.get(id).copied(),
            mbb.get(id).copied(),
        );
        let chosen = match (o, x, y) {
            (_, Some(x), Some(y)) if x == y => Some(x.clone()),
            (Some(o), Some(x), Some(y)) if x == o => Some(y.clone()),
            (Some(o), Some(x), Some(y)) if y == o => Some(x.clone()),
            (o, Some(x), Some(y)) => Some(match merge_fields(o, x, y, FieldRules::default()) {
                Some(FieldMerge::Clean(l)) => l,
                Some(FieldMerge::Conflict {
                    first,
                    second,
                    fields,
                }) => {
                    let (chosen, other) = ordered(first, second);
                    conflicts.push(Conflict {
                        item: ConflictItem::Label,
                        id: id.to_string(),
                        reason: format!(
                            "{} changed differently on both sides: kept '{}' {}, the other version in a merge note",
                            fields.join(", "),
                            crate::model::quoted(&chosen.name),
                            chosen.color
                        ),
                    });
                    // conflicts (issue 14): the other label, whole (every field,
                    // those added later included), in a note.
                    notes.push(MergeNote {
                        item: id.to_string(),
                        fields,
                        other: NoteVersion::Label(other),
                    });
                    chosen
                }
                None => smaller(x.clone(), y.clone()),
            }),
            (Some(o), Some(x), None) | (Some(o), None, Some(x)) if x == o => {
                used.contains(id).then(|| x.clone())
            }
            (Some(_), Some(x), None) | (Some(_), None, Some(x)) => {
                conflicts.push(Conflict {
                    item: ConflictItem::Label,
                    id: id.to_string(),
                    reason: "deleted on one side, changed on the other: kept".into(),
                });
                Some(x.clone())
            }
            (None, Some(x), None) | (None, None, Some(x)) => Some(x.clone()),
            (_, None, None) => None,
        };
        if let Some(l) = chosen {
            kept.insert(id, l);
        }
    }
    let keep: HashSet<&str> = kept.keys().copied().collect();
    let order = merge_order(&ids(&base.labels), &ids(&a.labels), &ids(&b.labels), &keep);
    let labels = order
        .iter()
        .filter_map(|id| kept.remove(id.as_str()))
        .collect();
    TagSchema {
        labels,
        sources: merge_set(&base.sources, &a.sources, &b.sources),
    }
}

/// A list of names merged as a set: what either side added, without what either
/// side removed, in the merged order.
fn merge_set(base: &[String], a: &[String], b: &[String]) -> Vec<String> {
    let (rb, ra, rbb) = (refs(base), refs(a), refs(b));
    let (sb, sa, sbb): (HashSet<&str>, HashSet<&str>, HashSet<&str>) = (
        rb.iter().copied().collect(),
        ra.iter().copied().collect(),
        rbb.iter().copied().collect(),
    );
    let keep: HashSet<&str> = sa
        .union(&sbb)
        .copied()
        .filter(|s| !sb.contains(s) || (sa.contains(s) && sbb.contains(s)))
        .collect();
    let mut once = HashSet::new();
    merge_order(&rb, &ra, &rbb, &keep)
        .into_iter()
        .filter(|s| once.insert(s.clone()))
        .collect()
}

fn by_id(l: &[Label]) -> HashMap<&str, &Label> {
    l.iter().map(|x| (x.id.as_str(), x)).collect()
}

fn ids(l: &[Label]) -> Vec<&str> {
    l.iter().map(|x| x.id.as_str()).collect()
}

fn refs(l: &[String]) -> Vec<&str> {
    l.iter().map(String::as_str).collect()
}

/// The version whose serde form sorts first.
fn smaller(x: Label, y: Label) -> Label {
    ordered(x, y).0
}

/// Both versions, the one whose serde form sorts first first.
fn ordered(x: Label, y: Label) -> (Label, Label) {
    let key = |l: &Label| serde_json::to_string(l).unwrap_or_default();
    if key(&x) <= key(&y) { (x, y) } else { (y, x) }
}
