//! Issue 13: reading links back from imports. JSONL `relations` in doccano's shape
//! (`{"from_id", "to_id", "type"}`, or `from` / `to`), naming spans by their `id`.

use serde_json::{Map, Value};

use crate::model::LinkKind;

/// The links of a JSONL record as (from, to) indices into its spans, whose input
/// ids are `span_ids`. Relations of a type Marginalia does not know are skipped;
/// one naming a span the record does not have is refused with its index.
pub(crate) fn read_relations(
    obj: &Map<String, Value>,
    span_ids: &[Option<String>],
) -> Result<Vec<(usize, usize)>, String> {
    let Some(value) = obj.get("relations").filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let Value::Array(items) = value else {
        return Err("\"relations\" is not a list".into());
    };
    let id_of = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let mut out = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let Value::Object(r) = item else {
            return Err(format!("relations[{k}] is not an object"));
        };
        let kind = r
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("attributes");
        if LinkKind::parse(kind).is_none() {
            continue;
        }
        let end = |keys: [&str; 2]| -> Result<usize, String> {
            let id = id_of(r.get(keys[0]).or_else(|| r.get(keys[1])))
                .ok_or_else(|| format!("relations[{k}] has no \"{}\"", keys[0]))?;
            span_ids
                .iter()
                .position(|s| s.as_deref() == Some(id.as_str()))
                .ok_or_else(|| format!("relations[{k}]: no span with id '{id}' in this record"))
        };
        out.push((end(["from_id", "from"])?, end(["to_id", "to"])?));
    }
    Ok(out)
}
