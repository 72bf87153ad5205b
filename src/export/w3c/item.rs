//! One W3C Web Annotation read back ([`read_item`]): a tagged span (target source,
//! `TextPositionSelector` / `TextQuoteSelector`, bodies by purpose, creator,
//! created, id) or a link (`motivation: linking`, two targets).

use serde_json::{Map, Value};

use crate::model::{LinkKind, quoted};

/// What an annotation of the file is.
pub(super) enum Item {
    /// A span of a document: where, and what it says.
    Span(Box<SpanItem>),
    /// A link between two annotations, by IRI.
    Link {
        /// The attribution's IRI.
        from: String,
        /// The IRI of what it attributes.
        to: String,
    },
    /// Nothing Marginalia keeps; the reason, for a warning.
    Skipped(String),
}

/// A span as the file gives it, before its document is known.
pub(super) struct SpanItem {
    /// The annotation's IRI (`id`), if it has one.
    pub iri: Option<String>,
    /// The target's `source`: the document's IRI.
    pub source: String,
    /// `TextPositionSelector` start and end (code points), if there is one.
    pub position: Option<(usize, usize)>,
    /// `TextQuoteSelector` exact, prefix and suffix, if there is one.
    pub quote: Option<(String, String, String)>,
    /// The `tagging` body.
    pub label: String,
    /// The `identifying` body.
    pub source_name: Option<String>,
    /// The `commenting` (or `describing`) bodies, joined by a line break.
    pub note: String,
    /// `creator`'s name.
    pub author: Option<String>,
    /// `created`.
    pub created: Option<String>,
}

/// Reads one annotation of the page. An error says what is wrong (the caller
/// adds the file and the item's number).
pub(super) fn read_item(value: &Value) -> Result<Item, String> {
    let Value::Object(item) = value else {
        return Err("is not a JSON object".into());
    };
    let motivations = strings(item.get("motivation"));
    if motivations.iter().any(|m| m == "linking") {
        return read_link(item);
    }
    let target = match item.get("target") {
        Some(Value::Array(targets)) => {
            if targets.len() > 1 {
                return Err(format!(
                    "has {} targets; Marginalia reads one span per annotation",
                    targets.len()
                ));
            }
            targets.first()
        }
        other => other,
    };
    let target = match target {
        Some(Value::Object(t)) => t,
        Some(Value::String(s)) => {
            return Ok(Item::Skipped(format!(
                "targets the whole of '{}', not a span; skipped",
                quoted(s)
            )));
        }
        _ => return Err("has no target".into()),
    };
    let source = match target.get("source") {
        Some(Value::String(s)) => s.clone(),
        _ => return Err("its target has no \"source\" (the document's IRI)".into()),
    };
    let (position, quote) = read_selectors(target.get("selector"))?;
    if position.is_none() && quote.is_none() {
        return Err("its target has neither a TextPositionSelector nor a TextQuoteSelector".into());
    }
    let mut span = SpanItem {
        iri: item.get("id").and_then(Value::as_str).map(str::to_string),
        source,
        position,
        quote,
        label: String::new(),
        source_name: None,
        note: String::new(),
        author: read_creator(item.get("creator")),
        created: item
            .get("created")
            .and_then(Value::as_str)
            .map(str::to_string),
    };
    read_bodies(item, &motivations, &mut span)?;
    if span.label.trim().is_empty() {
        return Err("has no tagging body (the label)".into());
    }
    Ok(Item::Span(Box::new(span)))
}

/// A `linking` annotation: its kind (the `describing` body, `attributes` when
/// absent) and its two targets, attribution first.
fn read_link(item: &Map<String, Value>) -> Result<Item, String> {
    let kind = bodies(item.get("body"))
        .into_iter()
        .find_map(|b| b.get("value").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| "attributes".into());
    if LinkKind::parse(&kind).is_none() {
        return Ok(Item::Skipped(format!(
            "links with kind '{}', which Marginalia does not know; skipped",
            quoted(&kind)
        )));
    }
    let iri = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => (o.get("id").or_else(|| o.get("source")))
            .and_then(Value::as_str)
            .map(str::to_string),
        _ => None,
    };
    match item.get("target") {
        Some(Value::Array(ends)) if ends.len() == 2 => {
            match (ends.first().and_then(iri), ends.get(1).and_then(iri)) {
                (Some(from), Some(to)) => Ok(Item::Link { from, to }),
                _ => Err("a linking annotation whose targets are not annotation IRIs".into()),
            }
        }
        _ => Err(
            "a linking annotation needs exactly two targets (attribution, then what it attributes)"
                .into(),
        ),
    }
}

/// The position and quote selectors of a target (a selector or a list of them).
#[allow(clippy::type_complexity)]
fn read_selectors(
    selector: Option<&Value>,
) -> Result<(Option<(usize, usize)>, Option<(String, String, String)>), String> {
    let list: Vec<&Map<String, Value>> = match selector {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(o)) => vec![o],
        _ => Vec::new(),
    };
    let mut position = None;
    let mut quote = None;
    for s in list {
        let text = |key: &str| s.get(key).and_then(Value::as_str).unwrap_or("").to_string();
        match s.get("type").and_then(Value::as_str) {
            Some("TextPositionSelector") => {
                let number = |key: &str| match s.get(key) {
                    Some(Value::Number(n)) => n.as_u64().map(|v| v as usize).ok_or_else(|| {
                        format!("TextPositionSelector {key} {n} is not a whole number ≥ 0")
                    }),
                    _ => Err(format!("TextPositionSelector has no numeric \"{key}\"")),
                };
                position = Some((number("start")?, number("end")?));
            }
            Some("TextQuoteSelector") => {
                if !matches!(s.get("exact"), Some(Value::String(e)) if !e.is_empty()) {
                    return Err("TextQuoteSelector has no \"exact\" text".into());
                }
                quote = Some((text("exact"), text("prefix"), text("suffix")));
            }
            _ => {}
        }
    }
    Ok((position, quote))
}

/// Fills label, source and note from the bodies (by `purpose`; a body without one
/// takes the annotation's motivation) and `bodyValue` (a note).
fn read_bodies(
    item: &Map<String, Value>,
    motivations: &[String],
    span: &mut SpanItem,
) -> Result<(), String> {
    let mut notes: Vec<String> = Vec::new();
    if let Some(v) = item.get("bodyValue").and_then(Value::as_str) {
        notes.push(v.to_string());
    }
    for body in bodies(item.get("body")) {
        let Some(value) = body.get("value").and_then(Value::as_str) else {
            continue;
        };
        let purposes = strings(body.get("purpose"));
        let purpose = purposes
            .first()
            .or_else(|| motivations.first())
            .map_or("", String::as_str);
        match purpose {
            "tagging" if span.label.is_empty() => span.label = value.trim().to_string(),
            "tagging" => {
                return Err(format!(
                    "has two tagging bodies ('{}' and '{}'); Marginalia keeps one label per span",
                    quoted(&span.label),
                    quoted(value)
                ));
            }
            "identifying" => span.source_name = Some(value.to_string()).filter(|s| !s.is_empty()),
            "commenting" | "describing" => notes.push(value.to_string()),
            _ => {}
        }
    }
    span.note = notes.join("\n");
    Ok(())
}

/// A body, or each of a list of bodies, that is an object.
fn bodies(body: Option<&Value>) -> Vec<&Map<String, Value>> {
    match body {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(o)) => vec![o],
        _ => Vec::new(),
    }
}

/// A string or a list of strings.
fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

/// `creator`: a name, an agent with a `name` (or `nickname`), or the first of a list.
fn read_creator(v: Option<&Value>) -> Option<String> {
    let name = match v? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => (o.get("name").or_else(|| o.get("nickname")))
            .and_then(Value::as_str)
            .map(str::to_string),
        Value::Array(items) => return read_creator(items.first()),
        _ => None,
    };
    name.filter(|n| !n.trim().is_empty())
}
