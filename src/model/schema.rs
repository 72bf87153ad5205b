//! The tag schema: which labels a project uses, their colours and keys.

use serde::{Deserialize, Serialize};

/// One label of the schema.
///
/// `Label::default()` has every field empty: struct literals elsewhere fill what they
/// need and end with `..Default::default()`, so fields added later (the codebook's
/// `description` and `example`) need no change there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// Identifier stored on annotations (`claim`).
    pub id: String,
    /// Name shown to the analyst (`Claim`).
    pub name: String,
    /// Highlight colour, `#rrggbb`.
    pub color: String,
    /// Key that applies the label (`1`), if any.
    #[serde(default)]
    pub key: Option<String>,
    /// True when an annotation with this label carries a source (attribution).
    #[serde(default)]
    pub needs_source: bool,
    // --- codebook (issue 19, format 5): the tagging guideline ---
    /// When to use the label (the codebook's definition); written only when set,
    /// exported as the REFI code's `Description`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// An example of a span that takes the label; written only when set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub example: String,
    // --- end codebook ---
}

// --- codebook (issue 19) ---
impl Label {
    /// A label with this id, name and colour, no key, no source, no guideline.
    pub fn new(id: impl Into<String>, name: impl Into<String>, color: impl Into<String>) -> Self {
        Label {
            id: id.into(),
            name: name.into(),
            color: color.into(),
            ..Default::default()
        }
    }

    /// The guideline as hover text: the description, then `Example: …`; empty when
    /// neither is set.
    pub fn guide_text(&self) -> String {
        let (d, e) = (self.description.trim(), self.example.trim());
        match (d.is_empty(), e.is_empty()) {
            (true, true) => String::new(),
            (false, true) => d.to_string(),
            (true, false) => format!("Example: {e}"),
            (false, false) => format!("{d}\nExample: {e}"),
        }
    }
}
// --- end codebook ---

/// The labels of a project plus the default list of sources offered for attributions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TagSchema {
    /// The labels, in the order shown in the toolbar.
    pub labels: Vec<Label>,
    /// Sources offered in the attribution popup before any are used.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Default for TagSchema {
    fn default() -> Self {
        let label = |id: &str, name: &str, color: &str, key: &str, needs_source| Label {
            id: id.into(),
            name: name.into(),
            color: color.into(),
            key: Some(key.into()),
            needs_source,
            ..Default::default()
        };
        TagSchema {
            labels: vec![
                label("claim", "Claim", "#4e79a7", "1", false),
                label("speculation", "Speculation", "#f28e2b", "2", false),
                label("attribution", "Attribution", "#59a14f", "3", true),
            ],
            sources: DEFAULT_SOURCES.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// Sources offered for attributions in a new project.
pub const DEFAULT_SOURCES: &[&str] = &[
    "KCNA",
    "NK News",
    "Yonhap",
    "Rodong Sinmun",
    "Reuters",
    "AP",
    "38 North",
    "Daily NK",
    "NK Pro",
    "state media",
    "South Korean officials",
    "US officials",
    "some analysts",
    "unnamed sources",
];

impl TagSchema {
    /// The label with id `id`.
    pub fn label(&self, id: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.id == id)
    }

    /// The label bound to key `key` (`"1"`).
    pub fn label_for_key(&self, key: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.key.as_deref() == Some(key))
    }

    /// Parses a label's `#rrggbb` colour to RGB; grey when malformed.
    pub fn rgb(&self, id: &str) -> [u8; 3] {
        self.label(id)
            .and_then(|l| parse_hex_color(&l.color))
            .unwrap_or([136, 136, 136])
    }
}

/// Parses `#rrggbb` (or `rrggbb`) into RGB.
pub fn parse_hex_color(s: &str) -> Option<[u8; 3]> {
    let h = s.strip_prefix('#').unwrap_or(s);
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_schema_binds_one_two_three() {
        let s = TagSchema::default();
        assert_eq!(s.label_for_key("1").unwrap().id, "claim");
        assert_eq!(s.label_for_key("2").unwrap().id, "speculation");
        assert!(s.label_for_key("3").unwrap().needs_source);
        assert!(s.sources.iter().any(|x| x == "KCNA"));
    }

    #[test]
    fn guide_text_joins_description_and_example() {
        let mut l = Label::new("claim", "Claim", "#4e79a7");
        assert_eq!(l.guide_text(), "");
        l.example = " “The missile flew 600 km.” ".into();
        assert_eq!(l.guide_text(), "Example: “The missile flew 600 km.”");
        l.description = "A statement presented as fact.".into();
        assert_eq!(
            l.guide_text(),
            "A statement presented as fact.\nExample: “The missile flew 600 km.”"
        );
    }

    #[test]
    fn colours_parse() {
        assert_eq!(parse_hex_color("#4e79a7"), Some([0x4e, 0x79, 0xa7]));
        assert_eq!(parse_hex_color("#zzz"), None);
        assert_eq!(parse_hex_color("#ééé"), None);
    }
}
