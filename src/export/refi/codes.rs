//! REFI codes → Marginalia labels, decided once per code before any selection is
//! read:
//!
//! - a sub-code of a code that maps to a label carrying a source (Attribution) is
//!   that label with the sub-code's name as the source;
//! - a code named like a label of the schema (name or id, case-insensitive) is that
//!   label;
//! - any other codable code becomes a new label (its name, its colour);
//! - a folder code (`isCodable="false"`) is no label; codings with it are dropped.
//!
//! Codes come parents first, so one forward pass decides every code (no recursion
//! however deep the nesting).

use std::collections::{HashMap, HashSet};

use super::qde_read::{RefiProject, norm_guid};
use crate::export::import::Importer;
use crate::model::{Label, parse_hex_color, quoted};

/// What a code stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTarget {
    /// The label id.
    pub label: String,
    /// The source (attribution sub-codes).
    pub source: Option<String>,
}

/// Every code's target, by GUID.
#[derive(Debug, Default)]
pub struct CodeMap {
    targets: HashMap<String, Option<CodeTarget>>,
    /// Lower-case label name and id → label id (hash lookups: 100,000 codes stay
    /// linear).
    names: HashMap<String, String>,
    /// Label ids in use.
    ids: HashSet<String>,
}

/// Colours for labels the import adds, after the code's own.
const COLORS: &[&str] = &[
    "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
];

impl CodeMap {
    /// Maps the codes of `project`, adding the labels they need to the importer's
    /// project (noted in its report).
    pub(in crate::export) fn new(
        project: &RefiProject,
        importer: &mut Importer<'_>,
    ) -> Result<Self, String> {
        let mut map = CodeMap::default();
        let with_source: HashSet<String> = (importer.project.schema.labels.iter())
            .filter(|l| l.needs_source)
            .map(|l| l.id.clone())
            .collect();
        for l in &importer.project.schema.labels {
            map.ids.insert(l.id.clone());
            map.names.insert(l.id.to_lowercase(), l.id.clone());
        }
        for l in &importer.project.schema.labels {
            map.names.insert(l.name.trim().to_lowercase(), l.id.clone());
        }
        let mut by_index: Vec<Option<CodeTarget>> = Vec::with_capacity(project.codes.len());
        for code in &project.codes {
            let name = code.name.trim();
            let parent = code.parent.and_then(|p| by_index.get(p).cloned().flatten());
            let attribution_parent = parent
                .as_ref()
                .filter(|t| t.source.is_none() && with_source.contains(&t.label));
            let target = if !code.codable {
                None
            } else if let Some(p) = attribution_parent.filter(|_| !name.is_empty()) {
                Some(CodeTarget {
                    label: p.label.clone(),
                    source: Some(name.to_string()),
                })
            } else if let Some(id) = map.names.get(&name.to_lowercase()) {
                Some(CodeTarget {
                    label: id.clone(),
                    source: None,
                })
            } else {
                let id = add_label(importer, &mut map.ids, name, code.color.as_deref());
                map.names.insert(name.to_lowercase(), id.clone());
                Some(CodeTarget {
                    label: id,
                    source: None,
                })
            };
            // codebook (issue 19): the code's description becomes its label's
            // guideline, unless the label has one already.
            if let Some(t) = target.as_ref().filter(|t| t.source.is_none())
                && !code.description.trim().is_empty()
            {
                set_guide(importer, &t.label, &code.description);
            }
            if map.targets.contains_key(&code.guid) {
                return Err(format!("two codes have the guid {}", code.guid));
            }
            map.targets.insert(code.guid.clone(), target.clone());
            by_index.push(target);
        }
        Ok(map)
    }

    /// The target of the code `guid`: `None` for a folder code; an error for a GUID
    /// no code has.
    pub fn target(&self, guid: &str) -> Result<Option<&CodeTarget>, String> {
        match self.targets.get(&norm_guid(guid)) {
            Some(t) => Ok(t.as_ref()),
            None => Err(format!(
                "it is coded with code {guid}, which the codebook lacks"
            )),
        }
    }
}

/// Gives label `id` the guideline a code's `Description` holds, when it has none.
fn set_guide(importer: &mut Importer<'_>, id: &str, description: &str) {
    let schema = &mut importer.project.schema;
    if let Some(l) = schema.labels.iter_mut().find(|l| l.id == id)
        && l.description.is_empty()
        && l.example.is_empty()
    {
        (l.description, l.example) = super::guide::guide_of(description);
    }
}

/// Adds a label named `name` and returns its id (a slug of the name, made unique).
fn add_label(
    importer: &mut Importer<'_>,
    ids: &mut HashSet<String>,
    name: &str,
    color: Option<&str>,
) -> String {
    let schema = &mut importer.project.schema;
    let base = slug(name);
    let mut id = base.clone();
    let mut n = 2;
    while ids.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    ids.insert(id.clone());
    let color = color
        .filter(|c| c.starts_with('#') && parse_hex_color(c).is_some())
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| {
            let added = importer.report.labels_added.len();
            COLORS[added % COLORS.len()].to_string()
        });
    schema.labels.push(Label {
        id: id.clone(),
        name: if name.is_empty() {
            id.clone()
        } else {
            name.to_string()
        },
        color,
        ..Default::default()
    });
    importer.report.labels_added.push(id.clone());
    importer.report.warnings.push(format!(
        "code '{}' added to the schema as a label",
        quoted(name)
    ));
    id
}

/// A label id from a code name: lower case, runs of other characters as `-`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "code".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_lower_case_runs() {
        assert_eq!(slug("Economic framing"), "economic-framing");
        assert_eq!(slug("  Quelle: KCNA!"), "quelle-kcna");
        assert_eq!(slug("주장"), "주장");
        assert_eq!(slug("!!"), "code");
    }
}
