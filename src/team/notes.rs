//! Merge notes as the Review window shows them (conflicts, issue 14): for each
//! field that differs, its value in the version in place and in the other one.

use serde_json::Value;

use crate::model::{MergeNote, NoteVersion, Project};

/// One field of a noted item, in both versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotedField {
    /// The field's name (`title`, `color`, `meta`…).
    pub field: String,
    /// Its value in the version in place, as short text ("" when unset).
    pub this: String,
    /// Its value in the other version.
    pub other: String,
}

/// The fields of `note`'s item that differ between the project's version and the
/// note's, in the note's order (every differing field when the note names none);
/// empty when the item is gone from the project.
pub fn noted_fields(project: &Project, note: &MergeNote) -> Vec<NotedField> {
    let (this, other) = match &note.other {
        NoteVersion::Document(d) => match project.document(&note.item) {
            Some(here) => {
                let mut here = here.clone();
                here.text.clear();
                (to_map(&here), to_map(d))
            }
            None => return Vec::new(),
        },
        NoteVersion::Label(l) => match project.schema.label(&note.item) {
            Some(here) => (to_map(here), to_map(l)),
            None => return Vec::new(),
        },
        NoteVersion::Name(n) => {
            return vec![NotedField {
                field: "name".into(),
                this: project.name.clone(),
                other: n.clone(),
            }];
        }
    };
    let mut fields: Vec<String> = note.fields.clone();
    if fields.is_empty() {
        fields = this.keys().chain(other.keys()).cloned().collect();
        fields.sort();
        fields.dedup();
    }
    fields
        .into_iter()
        .filter_map(|f| {
            let (a, b) = (shown(this.get(&f)), shown(other.get(&f)));
            (a != b).then_some(NotedField {
                field: f,
                this: a,
                other: b,
            })
        })
        .collect()
}

fn to_map<T: serde::Serialize>(t: &T) -> serde_json::Map<String, Value> {
    match serde_json::to_value(t) {
        Ok(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    }
}

/// A field's value as short text: strings as they are, anything else as JSON.
fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    #[test]
    fn the_fields_that_differ_in_both_versions() {
        let mut p = Project::new("desk");
        p.documents
            .push(Document::new("d", "조선 “launch”", "text 👋🏽"));
        let mut other = p.documents[0].clone();
        other.text.clear();
        other.title = "Launch".into();
        let note = MergeNote {
            item: "d".into(),
            fields: vec!["title".into()],
            other: NoteVersion::Document(other),
        };
        assert_eq!(
            noted_fields(&p, &note),
            [NotedField {
                field: "title".into(),
                this: "조선 “launch”".into(),
                other: "Launch".into(),
            }]
        );
        let mut l = p.schema.labels[0].clone();
        l.color = "#000000".into();
        let note = MergeNote {
            item: l.id.clone(),
            fields: vec![],
            other: NoteVersion::Label(l),
        };
        let f = noted_fields(&p, &note);
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].field.as_str(), f[0].other.as_str()),
            ("color", "#000000")
        );
    }
}
