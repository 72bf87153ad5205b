//! Project fields this module does not know (added to the model later, such as a
//! list of links or of rejected suggestions), merged through their serde form:
//! lists of records with an `id` by id, anything else as one value.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::fields::{FieldMerge, FieldRules, merge_fields};
use super::order::merge_order;
use super::report::{Conflict, ConflictItem};
use crate::model::{Document, FORMAT_VERSION, Project, TagSchema};

/// The fields [`super::merge3`] merges itself.
const KNOWN: [&str; 10] = [
    "format",
    "name",
    "schema",
    "documents",
    "annotations",
    // sources (issue 13): merged by `super::links`.
    "links",
    "registry",
    // suggestions (format 4): merged by `super::merge3` as a union.
    "rejected",
    // conflicts (issue 14, format 5): merged by `super::merge3`.
    "merge_notes",
    // codebook (issue 19): merged by `super::memo`.
    "memo",
];

/// True when `Project` has fields beyond [`KNOWN`] (checked on an empty project).
fn has_extra_fields() -> bool {
    match serde_json::to_value(Project::new("")) {
        Ok(Value::Object(m)) => m.keys().any(|k| !KNOWN.contains(&k.as_str())),
        _ => false,
    }
}

/// The fields beyond [`KNOWN`] of `p`, as JSON.
fn extra_of(p: &Project) -> Map<String, Value> {
    match serde_json::to_value(p) {
        Ok(Value::Object(mut m)) => {
            for k in KNOWN {
                m.remove(k);
            }
            m
        }
        _ => Map::new(),
    }
}

/// The merged project from its merged parts, with the other fields (if the model
/// has any) merged three-way from `base`, `a` and `b`.
pub(crate) fn assemble(
    sides: [&Project; 3],
    name: String,
    schema: TagSchema,
    documents: Vec<Document>,
    annotations: Vec<crate::model::Annotation>,
    conflicts: &mut Vec<Conflict>,
) -> Project {
    let mut shell = if has_extra_fields() {
        let [o, x, y] = sides.map(extra_of);
        merge_maps(&o, &x, &y, conflicts)
    } else {
        Map::new()
    };
    shell.insert("format".into(), Value::from(FORMAT_VERSION));
    shell.insert("name".into(), Value::String(name));
    let mut project = serde_json::from_value::<Project>(Value::Object(shell))
        .unwrap_or_else(|_| Project::new(""));
    project.format = FORMAT_VERSION;
    project.schema = schema;
    project.documents = documents;
    project.annotations = annotations;
    project
}

/// Three-way merge of two maps of fields.
fn merge_maps(
    o: &Map<String, Value>,
    x: &Map<String, Value>,
    y: &Map<String, Value>,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    let keys: HashSet<&String> = o.keys().chain(x.keys()).chain(y.keys()).collect();
    let mut out = Map::new();
    for key in keys {
        let (vo, vx, vy) = (o.get(key), x.get(key), y.get(key));
        let merged = if vx == vy || vy == vo {
            vx.cloned()
        } else if vx == vo {
            vy.cloned()
        } else if let Some(v) = merge_records(key, vo, vx, vy, conflicts) {
            Some(v)
        } else {
            conflicts.push(Conflict {
                item: ConflictItem::Other,
                id: key.clone(),
                reason: "changed differently on both sides: kept one version".into(),
            });
            smaller(vx, vy).cloned()
        };
        if let Some(v) = merged {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// The version whose JSON sorts first (absent first).
fn smaller<'v>(x: Option<&'v Value>, y: Option<&'v Value>) -> Option<&'v Value> {
    let key = |v: Option<&Value>| v.map(Value::to_string);
    if key(x) <= key(y) { x } else { y }
}

/// The ids of a list of records, in order.
fn ids(r: &[(String, Value)]) -> Vec<&str> {
    r.iter().map(|(i, _)| i.as_str()).collect()
}

/// A list of records with a string `id`, merged by id (field by field); `None`
/// when the values are not such lists.
fn merge_records(
    key: &str,
    o: Option<&Value>,
    x: Option<&Value>,
    y: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    let records = |v: Option<&Value>| -> Option<Vec<(String, Value)>> {
        match v {
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| Some((i.get("id")?.as_str()?.to_string(), i.clone())))
                .collect(),
            Some(_) => None,
        }
    };
    let (ro, rx, ry) = (records(o)?, records(x)?, records(y)?);
    let map = |r: &[(String, Value)]| -> HashMap<String, Value> { r.iter().cloned().collect() };
    let (mo, mx, my) = (map(&ro), map(&rx), map(&ry));
    let mut kept: HashMap<String, Value> = HashMap::new();
    for id in mo.keys().chain(mx.keys()).chain(my.keys()) {
        let (vo, vx, vy) = (mo.get(id), mx.get(id), my.get(id));
        let v = match (vo, vx, vy) {
            (_, Some(a), Some(b)) if a == b => Some(a.clone()),
            (Some(o), Some(a), Some(b)) if a == o => Some(b.clone()),
            (Some(o), Some(a), Some(b)) if b == o => Some(a.clone()),
            (o, Some(a), Some(b)) => Some(match merge_fields(o, a, b, FieldRules::default()) {
                Some(FieldMerge::Clean(v)) => v,
                _ => {
                    conflicts.push(Conflict {
                        item: ConflictItem::Other,
                        id: format!("{key}/{id}"),
                        reason: "changed differently on both sides: kept one version".into(),
                    });
                    smaller(Some(a), Some(b)).cloned().unwrap_or(Value::Null)
                }
            }),
            (Some(o), Some(a), None) | (Some(o), None, Some(a)) if a == o => None,
            (_, Some(a), None) | (_, None, Some(a)) => Some(a.clone()),
            (_, None, None) => None,
        };
        if let Some(v) = v {
            kept.insert(id.clone(), v);
        }
    }
    let keep: HashSet<&str> = kept.keys().map(String::as_str).collect();
    let order = merge_order(&ids(&ro), &ids(&rx), &ids(&ry), &keep);
    Some(Value::Array(
        order.iter().filter_map(|id| kept.remove(id)).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    #[test]
    fn unknown_lists_of_records_merge_by_id_either_way() {
        let o =
            map(json!({"links": [{"id": "l1", "kind": "attributes"}, {"id": "l2", "kind": "x"}]}));
        let x = map(
            json!({"links": [{"id": "l1", "kind": "cites"}, {"id": "l2", "kind": "x"}, {"id": "조선", "kind": "new"}]}),
        );
        let y = map(json!({"links": [{"id": "l1", "kind": "attributes"}], "rejected": ["s1"]}));
        let mut c1 = Vec::new();
        let mut c2 = Vec::new();
        let one = merge_maps(&o, &x, &y, &mut c1);
        let two = merge_maps(&o, &y, &x, &mut c2);
        assert_eq!(one, two);
        assert!(c1.is_empty(), "{c1:?}");
        assert_eq!(
            Value::Object(one),
            json!({"links": [{"id": "l1", "kind": "cites"}, {"id": "조선", "kind": "new"}], "rejected": ["s1"]})
        );
    }
}
