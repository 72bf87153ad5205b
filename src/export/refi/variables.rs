//! Document metadata (outlet, date, URL, byline, language) as REFI variables: one
//! text `Variable` per field any exported document sets (in `Variables`, after the
//! codebook), and on each `TextSource` one `VariableValue` per field it sets
//! (`VariableRef` + `TextValue`, after its selections, as `Project.xsd` orders them).
//! The import reads them back by name (case-insensitive, display name or field
//! name).

use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::guid::guid;
use crate::export::Selection;
use crate::model::{DocumentMeta, META_FIELDS};

/// The variable name a QDA tool shows for metadata field `field`.
pub fn display_name(field: &str) -> &str {
    match field {
        "outlet" => "Outlet",
        "date" => "Date",
        "date_original" => "Date as written",
        "url" => "URL",
        "byline" => "Byline",
        "language" => "Language",
        other => other,
    }
}

/// The metadata field a variable named `name` stands for, if any.
pub fn field_of(name: &str) -> Option<&'static str> {
    let name = name.trim();
    META_FIELDS
        .iter()
        .copied()
        .find(|f| f.eq_ignore_ascii_case(name) || display_name(f).eq_ignore_ascii_case(name))
}

fn variable_guid(field: &str) -> String {
    guid("variable", field)
}

/// The fields any document of `selection` sets, in [`META_FIELDS`] order.
pub fn fields_used(selection: &Selection<'_>) -> Vec<&'static str> {
    META_FIELDS
        .iter()
        .copied()
        .filter(|f| {
            selection.documents.iter().any(|d| {
                d.document
                    .meta
                    .fields()
                    .iter()
                    .any(|(n, v)| n == f && v.is_some_and(|v| !v.is_empty()))
            })
        })
        .collect()
}

/// Writes `Variables` (nothing when `fields` is empty).
pub fn write_variables<W: Write>(w: &mut Writer<W>, fields: &[&str]) -> io::Result<()> {
    if fields.is_empty() {
        return Ok(());
    }
    w.create_element("Variables").write_inner_content(|w| {
        for f in fields {
            let g = variable_guid(f);
            w.create_element("Variable")
                .with_attributes([
                    ("guid", g.as_str()),
                    ("name", display_name(f)),
                    ("typeOfVariable", "Text"),
                ])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// True when `meta` has a field to write.
pub fn has_values(meta: &DocumentMeta) -> bool {
    meta.fields()
        .iter()
        .any(|(_, v)| v.is_some_and(|v| !v.is_empty()))
}

/// Writes a document's `VariableValue`s.
pub fn write_values<W: Write>(w: &mut Writer<W>, meta: &DocumentMeta) -> io::Result<()> {
    for (field, value) in meta.fields() {
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            continue;
        };
        w.create_element("VariableValue").write_inner_content(|w| {
            w.create_element("VariableRef")
                .with_attribute(("targetGUID", variable_guid(field).as_str()))
                .write_empty()?;
            w.create_element("TextValue")
                .write_text_content(BytesText::new(value))?;
            Ok(())
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_both_ways() {
        for f in META_FIELDS {
            assert_eq!(field_of(display_name(f)), Some(f));
            assert_eq!(field_of(&f.to_uppercase()), Some(f));
        }
        assert_eq!(field_of("Age"), None);
    }
}
