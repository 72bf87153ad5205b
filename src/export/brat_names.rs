//! Exact label, source and author names through a brat round trip.
//!
//! brat types and attribute values are single tokens, so Marginalia writes
//! whitespace as `_` (and reads `_` in values back as a space). That changes names:
//! label `rumour mill` would come back as `rumour_mill`, source `NK_Pro` as
//! `NK Pro`. `annotation.conf` therefore carries, in comment lines brat ignores,
//! the exact name of every token that would not read back as itself:
//!
//! ```text
//! # marginalia-label⇥rumour_mill⇥"rumour mill"
//! # marginalia-value⇥Source⇥NK_Pro⇥"NK_Pro"
//! ```
//!
//! (`⇥` is a tab; the exact name is a JSON string.) Import reads them back from
//! the folder's `annotation.conf`.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::import::ImportedDocument;

const LABEL: &str = "# marginalia-label\t";
const VALUE: &str = "# marginalia-value\t";

/// How an attribute value token reads back without a mapping.
pub(super) fn value_read_back(token: &str) -> String {
    token.replace('_', " ")
}

/// The comment lines for `labels` (token, exact) and `values` (attribute, token,
/// exact), only for names that would not read back as themselves.
pub(super) fn name_comments<'a>(
    labels: impl IntoIterator<Item = (&'a str, &'a str)>,
    values: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
) -> String {
    let mut out = String::new();
    let json = |s: &str| serde_json::to_string(s).unwrap_or_default();
    for (token, exact) in labels {
        if token != exact {
            let _ = writeln!(out, "{LABEL}{token}\t{}", json(exact));
        }
    }
    for (attr, token, exact) in values {
        if value_read_back(token) != exact {
            let _ = writeln!(out, "{VALUE}{attr}\t{token}\t{}", json(exact));
        }
    }
    out
}

/// The exact names an `annotation.conf` gives, keyed by how they were read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct NameMap {
    /// Label token → exact label.
    labels: HashMap<String, String>,
    /// (attribute in lower case, value as read) → exact value.
    values: HashMap<(String, String), String>,
}

impl NameMap {
    /// Reads the mapping lines of an `annotation.conf`; other lines are ignored, as
    /// is a token given two different names (it cannot be told apart).
    pub(super) fn parse(conf: &str) -> NameMap {
        let mut map = NameMap::default();
        let mut ambiguous_labels = Vec::new();
        let mut ambiguous_values = Vec::new();
        for line in conf.lines() {
            let line = line.trim_end_matches('\r');
            if let Some(rest) = line.strip_prefix(LABEL) {
                let Some((token, exact)) = rest.split_once('\t') else {
                    continue;
                };
                let Ok(exact) = serde_json::from_str::<String>(exact) else {
                    continue;
                };
                if let Some(old) = map.labels.insert(token.to_string(), exact.clone())
                    && old != exact
                {
                    ambiguous_labels.push(token.to_string());
                }
            } else if let Some(rest) = line.strip_prefix(VALUE) {
                let mut parts = rest.splitn(3, '\t');
                let (Some(attr), Some(token), Some(exact)) =
                    (parts.next(), parts.next(), parts.next())
                else {
                    continue;
                };
                let Ok(exact) = serde_json::from_str::<String>(exact) else {
                    continue;
                };
                let key = (attr.to_ascii_lowercase(), value_read_back(token));
                if let Some(old) = map.values.insert(key.clone(), exact.clone())
                    && old != exact
                {
                    ambiguous_values.push(key);
                }
            }
        }
        for t in ambiguous_labels {
            map.labels.remove(&t);
        }
        for k in ambiguous_values {
            map.values.remove(&k);
        }
        map
    }

    /// Gives `doc`'s spans their exact label, source and author names.
    pub(super) fn apply(&self, doc: &mut ImportedDocument) {
        if self.labels.is_empty() && self.values.is_empty() {
            return;
        }
        let value = |attr: &str, v: &mut Option<String>| {
            if let Some(read) = v.as_ref()
                && let Some(exact) = self.values.get(&(attr.to_string(), read.clone()))
            {
                *v = Some(exact.clone());
            }
        };
        for span in &mut doc.spans {
            if let Some(exact) = self.labels.get(&span.label) {
                span.label = exact.clone();
            }
            value("source", &mut span.source);
            value("author", &mut span.author);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::import::ImportedSpan;

    #[test]
    fn names_that_do_not_read_back_are_mapped_exactly() {
        let conf = format!(
            "[entities]\nrumour_mill\n{}",
            name_comments(
                [
                    ("rumour_mill", "rumour mill"),
                    ("claim", "claim"),
                    ("조선_통신", "조선 통신")
                ],
                [
                    ("Source", "NK_Pro", "NK_Pro"),
                    ("Source", "state_media", "state media"),
                    ("Author", "김_\"q\"", "김_\"q\"")
                ]
            )
        );
        assert!(!conf.contains("\t\"claim\""), "{conf}");
        assert!(!conf.contains("state media"), "{conf}");
        let map = NameMap::parse(&conf);
        let mut span = ImportedSpan::new(0, 1, "rumour_mill");
        span.source = Some(value_read_back("NK_Pro"));
        span.author = Some(value_read_back("김_\"q\""));
        let mut other = ImportedSpan::new(0, 1, "조선_통신");
        other.source = Some(value_read_back("state_media"));
        let mut doc = ImportedDocument {
            id: None,
            title: None,
            origin: None,
            meta: Default::default(),
            text: "x".into(),
            spans: vec![span, other],
            line: 0,
            links: Vec::new(),
        };
        map.apply(&mut doc);
        assert_eq!(doc.spans[0].label, "rumour mill");
        assert_eq!(doc.spans[0].source.as_deref(), Some("NK_Pro"));
        assert_eq!(doc.spans[0].author.as_deref(), Some("김_\"q\""));
        assert_eq!(doc.spans[1].label, "조선 통신");
        assert_eq!(doc.spans[1].source.as_deref(), Some("state media"));
    }

    #[test]
    fn one_token_for_two_names_is_left_as_read() {
        let conf = format!("{LABEL}a_b\t\"a b\"\n{LABEL}a_b\t\"a\\tb\"\n{LABEL}broken\n");
        assert_eq!(NameMap::parse(&conf), NameMap::default());
    }
}
