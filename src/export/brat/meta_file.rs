//! A document's metadata beside its brat files: `ID.meta.json`, a JSON object with
//! the title and the metadata fields (`outlet`, `date`, `date_original`, `url`,
//! `byline`, `language`), written only for documents that have metadata. brat has
//! no place for document-level values (an `.ann` line must point at an annotation)
//! and lists only `.txt`/`.ann` files, so it shows the folder as before; the
//! importer reads the file back.

use serde_json::{Map, Value};

use crate::model::{Document, DocumentMeta, META_FIELDS};

/// The suffix after the document's stem.
pub const META_SUFFIX: &str = ".meta.json";

/// The side file's contents for `doc`, or `None` when it has no metadata.
pub fn meta_json(doc: &Document) -> Option<String> {
    if doc.meta.is_empty() {
        return None;
    }
    let mut obj = Map::new();
    obj.insert("title".into(), Value::String(doc.title.clone()));
    for (name, value) in doc.meta.fields() {
        if let Some(v) = value {
            obj.insert(name.into(), Value::String(v.to_string()));
        }
    }
    serde_json::to_string_pretty(&Value::Object(obj))
        .ok()
        .map(|s| s + "\n")
}

/// The title and metadata of a side file; an error says what is wrong, in one line.
pub fn parse_meta_json(text: &str) -> Result<(Option<String>, DocumentMeta), String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("is not a JSON object ({e})"))?;
    let Value::Object(obj) = value else {
        return Err("is not a JSON object".into());
    };
    let mut meta = DocumentMeta::default();
    for name in META_FIELDS {
        match obj.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => {
                meta.set_field(name, s);
            }
            Some(_) => return Err(format!("\"{name}\" is not a string")),
        }
    }
    let title = obj
        .get("title")
        .and_then(Value::as_str)
        .and_then(crate::model::clean_meta_value);
    Ok((title, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_round_trips_and_none_is_written_without_it() {
        let mut d = Document::new("d", "조선 “T”", "x");
        assert_eq!(meta_json(&d), None);
        d.meta.outlet = Some("KCNA".into());
        d.meta.set_date("14 Mar 2026 09:30 KST");
        let (title, meta) = parse_meta_json(&meta_json(&d).unwrap()).unwrap();
        assert_eq!(title.as_deref(), Some("조선 “T”"));
        assert_eq!(meta, *d.meta);
        assert!(parse_meta_json("[1]").is_err());
        assert!(parse_meta_json("{\"url\": 3}").is_err());
    }
}
