//! Merge notes (issue 14, format 5): what a three-way merge
//! ([`crate::team::merge3`]) records when two analysts changed the same document's
//! fields, the same label or the project's name differently. The merge keeps one
//! version in place and the other in a note, whole, so that nothing is lost; the
//! Review window lists the notes and resolves each with one undoable edit.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Document, Label, quoted};

/// The version of an item a merge did not keep in place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum NoteVersion {
    /// A document's fields (title, origin, metadata, done marks, memo…). Its `text`
    /// is left empty: both versions have the same text (two different texts under
    /// one id are both kept as documents, never noted).
    Document(Document),
    /// A label of the schema, whole (name, colour, key, and any later field).
    Label(Label),
    /// The project's name.
    Name(String),
}

/// One item two analysts changed differently: the version kept in place is the
/// project's own, the other is here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeNote {
    /// The document's or label's id (empty for the project's name).
    pub item: String,
    /// The fields that differ between the two versions.
    #[serde(default)]
    pub fields: Vec<String>,
    /// The other side's version, whole.
    pub other: NoteVersion,
}

impl MergeNote {
    /// What kind of item the note is about: "document", "label" or "project name".
    pub fn kind(&self) -> &'static str {
        match self.other {
            NoteVersion::Document(_) => "document",
            NoteVersion::Label(_) => "label",
            NoteVersion::Name(_) => "project name",
        }
    }

    /// The order notes are kept in: by kind, item, then the other version (so that
    /// the merge's result does not depend on which side is which).
    pub fn sort_key(&self) -> (u8, &str, String) {
        let kind = match self.other {
            NoteVersion::Document(_) => 0,
            NoteVersion::Label(_) => 1,
            NoteVersion::Name(_) => 2,
        };
        let other = serde_json::to_string(&self.other).unwrap_or_default();
        (kind, &self.item, other)
    }

    /// The other version in a few words: a document's title, a label's name and
    /// colour, the name.
    pub fn other_summary(&self) -> String {
        match &self.other {
            NoteVersion::Document(d) => format!("“{}”", quoted(&d.title)),
            NoteVersion::Label(l) => format!("“{}” {}", quoted(&l.name), quoted(&l.color)),
            NoteVersion::Name(n) => format!("“{}”", quoted(n)),
        }
    }
}

impl fmt::Display for MergeNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.other {
            NoteVersion::Name(_) => write!(f, "project name")?,
            _ => write!(f, "{} '{}'", self.kind(), quoted(&self.item))?,
        }
        let fields = match self.fields.is_empty() {
            true => "changed".to_string(),
            false => format!("{} changed", self.fields.join(", ")),
        };
        write!(
            f,
            ": {fields} differently on both sides; the other version is {}",
            self.other_summary()
        )
    }
}

/// The merge notes of three versions merged as a set, three-way: a note both sides
/// kept stays, a note one side resolved (removed) goes, a note either side added
/// stays; each once, sorted by [`MergeNote::sort_key`].
pub fn merge_note_sets(base: &[MergeNote], a: &[MergeNote], b: &[MergeNote]) -> Vec<MergeNote> {
    // Keys by content: a hash set, not a scan per note (a merge of thousands of
    // documents may note many).
    let key = |n: &MergeNote| serde_json::to_string(n).unwrap_or_default();
    let set = |l: &[MergeNote]| -> HashSet<String> { l.iter().map(key).collect() };
    let (o, x, y) = (set(base), set(a), set(b));
    let mut seen = HashSet::new();
    let mut out: Vec<MergeNote> = Vec::new();
    for n in a.iter().chain(b) {
        let k = key(n);
        let keep = !o.contains(&k) || (x.contains(&k) && y.contains(&k));
        if keep && seen.insert(k) {
            out.push(n.clone());
        }
    }
    sort_notes(&mut out);
    out
}

/// Sorts notes by [`MergeNote::sort_key`] and drops repeats.
pub fn sort_notes(notes: &mut Vec<MergeNote>) {
    notes.sort_by_cached_key(|n| {
        let (k, item, other) = n.sort_key();
        (k, item.to_string(), other)
    });
    notes.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_note(color: &str) -> MergeNote {
        let mut l = crate::model::TagSchema::default().labels[0].clone();
        l.color = color.into();
        MergeNote {
            item: l.id.clone(),
            fields: vec!["color".into()],
            other: NoteVersion::Label(l),
        }
    }

    #[test]
    fn note_sets_merge_three_way_in_one_order() {
        let (n1, n2, n3) = (
            label_note("#111111"),
            label_note("#222222"),
            label_note("#333333"),
        );
        let base = [n1.clone(), n2.clone()];
        // One side resolved n1, the other added n3.
        let a = [n2.clone()];
        let b = [n3.clone(), n1.clone(), n2.clone()];
        assert_eq!(merge_note_sets(&base, &a, &b), [n2.clone(), n3.clone()]);
        assert_eq!(merge_note_sets(&base, &b, &a), [n2, n3]);
    }

    #[test]
    fn a_note_says_what_differs_and_the_other_version() {
        let n = label_note("#ff0000");
        assert_eq!(
            n.to_string(),
            "label 'claim': color changed differently on both sides; the other version is “Claim” #ff0000"
        );
    }
}
