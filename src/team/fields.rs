//! A field-by-field three-way merge of one record (an annotation, a document, a
//! label), through its serde form so that fields added to the model later are
//! merged without this code knowing them.
//!
//! Each field (or group of fields that only make sense together, such as an
//! annotation's `start`, `end` and `quote`) is merged on its own: changed on one
//! side → that change; changed identically on both → once; lists (comments,
//! `curated_from`) → the union of what each side added, without what either side
//! removed; changed differently on both sides → a conflict on that field.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// How the fields of one record merge.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FieldRules<'a> {
    /// Fields merged as one unit (all from the same side).
    pub groups: &'a [&'a [&'a str]],
    /// Fields that record the last edit (who, when): never a conflict; when both
    /// sides changed them, the side whose `newest_by` field is greater wins.
    pub stamp: &'a [&'a str],
    /// The field that orders two stamps (an RFC 3339 time).
    pub newest_by: &'a str,
}

/// The result of merging one record.
#[derive(Debug, Clone)]
pub(crate) enum FieldMerge<T> {
    /// Every field merged.
    Clean(T),
    /// Some fields changed differently on both sides: `first` has side A's values
    /// for them, `second` side B's, and both have every other field merged.
    Conflict {
        first: T,
        second: T,
        /// The fields (or first field of a group) in conflict.
        fields: Vec<String>,
    },
}

/// Merges `a` and `b`, two versions of one record that `base` (if any) is the
/// common ancestor of. `None` when a version has no serde map form (then the
/// caller treats the whole record as one field).
pub(crate) fn merge_fields<T: Serialize + DeserializeOwned>(
    base: Option<&T>,
    a: &T,
    b: &T,
    rules: FieldRules<'_>,
) -> Option<FieldMerge<T>> {
    let as_map = |t: &T| match serde_json::to_value(t) {
        Ok(Value::Object(m)) => Some(m),
        _ => None,
    };
    let base = match base {
        Some(b) => as_map(b)?,
        None => Map::new(),
    };
    let (a, b) = (as_map(a)?, as_map(b)?);
    let mut first = Map::new();
    let mut second = Map::new();
    let mut conflicts = Vec::new();
    let mut units: Vec<Vec<&str>> = rules
        .groups
        .iter()
        .map(|g| g.to_vec())
        .chain([rules.stamp.to_vec()])
        .filter(|g| !g.is_empty())
        .collect();
    let grouped: Vec<&str> = units.iter().flatten().copied().collect();
    let mut keys: Vec<&str> = base
        .keys()
        .chain(a.keys())
        .chain(b.keys())
        .map(String::as_str)
        .filter(|k| !grouped.contains(k))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    units.extend(keys.into_iter().map(|k| vec![k]));
    for unit in &units {
        let pick = |m: &Map<String, Value>| -> Vec<Option<Value>> {
            unit.iter().map(|k| m.get(*k).cloned()).collect()
        };
        let (vb, va, vbb) = (pick(&base), pick(&a), pick(&b));
        let is_stamp = !rules.stamp.is_empty() && unit.as_slice() == rules.stamp;
        let (x, y) = if va == vbb || vbb == vb {
            (va.clone(), va)
        } else if va == vb {
            (vbb.clone(), vbb)
        } else if is_stamp {
            let newest = |m: &Map<String, Value>| m.get(rules.newest_by).map(Value::to_string);
            let take_a = (newest(&a), json_key(&va)) >= (newest(&b), json_key(&vbb));
            let v = if take_a { va } else { vbb };
            (v.clone(), v)
        } else if let (true, Some(merged)) = (unit.len() == 1, merge_lists(&vb[0], &va[0], &vbb[0]))
        {
            let v = vec![Some(merged)];
            (v.clone(), v)
        } else {
            conflicts.push(unit[0].to_string());
            (va, vbb)
        };
        for ((k, x), y) in unit.iter().zip(x).zip(y) {
            if let Some(x) = x {
                first.insert(k.to_string(), x);
            }
            if let Some(y) = y {
                second.insert(k.to_string(), y);
            }
        }
    }
    let back = |m: Map<String, Value>| serde_json::from_value::<T>(Value::Object(m)).ok();
    if conflicts.is_empty() {
        Some(FieldMerge::Clean(back(first)?))
    } else {
        Some(FieldMerge::Conflict {
            first: back(first)?,
            second: back(second)?,
            fields: conflicts,
        })
    }
}

/// A total order on field values, for choices that must not depend on which side
/// is which.
pub(crate) fn json_key(v: &[Option<Value>]) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// The three-way merge of a list field: what `base` had and neither side removed
/// (in base order), then what either side added (ordered by their `created` field
/// if they have one, then by value, so the result does not depend on the sides).
/// `None` when the values are not lists (or absent, which stands for empty).
fn merge_lists(base: &Option<Value>, a: &Option<Value>, b: &Option<Value>) -> Option<Value> {
    let list = |v: &Option<Value>| -> Option<Vec<Value>> {
        match v {
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(items)) => Some(items.clone()),
            Some(_) => None,
        }
    };
    let (base, a, b) = (list(base)?, list(a)?, list(b)?);
    if a.is_empty() && b.is_empty() && base.is_empty() {
        return None;
    }
    let mut out: Vec<Value> = base
        .iter()
        .filter(|v| a.contains(v) && b.contains(v))
        .cloned()
        .collect();
    let mut added: Vec<Value> = a
        .iter()
        .chain(&b)
        .filter(|v| !base.contains(v))
        .cloned()
        .collect();
    let order = |v: &Value| {
        let created = v.get("created").map(Value::to_string).unwrap_or_default();
        (created, v.to_string())
    };
    added.sort_by_cached_key(order);
    added.dedup();
    out.extend(added);
    Some(Value::Array(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Comment, Verdict};

    const RULES: FieldRules<'static> = FieldRules {
        groups: &[&["start", "end", "quote"]],
        stamp: &["edited_by", "modified", "previous_label"],
        newest_by: "modified",
    };

    fn base() -> Annotation {
        let mut a = Annotation::new("d", 0, 6, "조선중앙통신", "claim", "alice");
        a.id = "a1".into();
        a
    }

    fn comment(who: &str, at: &str) -> Comment {
        Comment {
            author: who.into(),
            verdict: Verdict::Dispute,
            note: "“no” 👋🏽".into(),
            created: at.into(),
        }
    }

    #[test]
    fn changes_to_different_fields_merge_cleanly_either_way() {
        let b = base();
        let mut x = b.clone();
        x.label = "speculation".into();
        x.stamp_edit("bob", "2026-12-03T10:00:00Z", Some("claim"));
        let mut y = b.clone();
        y.comments.push(comment("carol", "2026-12-03T11:00:00Z"));
        y.stamp_edit("carol", "2026-12-03T11:00:00Z", None);
        for (p, q) in [(&x, &y), (&y, &x)] {
            let Some(FieldMerge::Clean(m)) = merge_fields(Some(&b), p, q, RULES) else {
                panic!("clean")
            };
            assert_eq!(m.label, "speculation");
            assert_eq!(m.comments.len(), 1);
            assert_eq!(m.edited_by.as_deref(), Some("carol"), "the newest stamp");
        }
    }

    #[test]
    fn comments_added_on_both_sides_are_all_kept_in_one_order() {
        let mut b = base();
        b.comments.push(comment("dan", "2026-12-01T00:00:00Z"));
        let mut x = b.clone();
        x.comments.push(comment("eve", "2026-12-03T00:00:00Z"));
        let mut y = b.clone();
        y.comments.clear();
        y.comments.push(comment("fay", "2026-12-02T00:00:00Z"));
        let one = merge_fields(Some(&b), &x, &y, RULES);
        let two = merge_fields(Some(&b), &y, &x, RULES);
        let (Some(FieldMerge::Clean(one)), Some(FieldMerge::Clean(two))) = (one, two) else {
            panic!("clean")
        };
        let who: Vec<_> = one.comments.iter().map(|c| c.author.as_str()).collect();
        assert_eq!(who, ["fay", "eve"], "dan's comment was removed by one side");
        assert_eq!(one, two);
    }

    #[test]
    fn bounds_moved_differently_are_a_conflict_with_consistent_versions() {
        let b = base();
        let mut x = b.clone();
        (x.start, x.quote) = (2, "중앙통신".into());
        let mut y = b.clone();
        (y.end, y.quote) = (4, "조선중앙".into());
        y.note = "both".into();
        let Some(FieldMerge::Conflict {
            first,
            second,
            fields,
        }) = merge_fields(Some(&b), &x, &y, RULES)
        else {
            panic!("conflict")
        };
        assert_eq!(fields, ["start"]);
        assert_eq!(
            (first.start, first.end, first.quote.as_str()),
            (2, 6, "중앙통신")
        );
        assert_eq!(
            (second.start, second.end, second.quote.as_str()),
            (0, 4, "조선중앙")
        );
        assert_eq!(
            (first.note.as_str(), second.note.as_str()),
            ("both", "both")
        );
    }
}
