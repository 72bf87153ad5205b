//! Aligning several projects for review: documents matched by a hash of their text,
//! annotations grouped by document and annotator, duplicates kept once.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::BuildHasher as _;

use foldhash::fast::RandomState;
use sha2::{Digest, Sha256};

use crate::model::{Annotation, Document, Project, TagSchema, new_id};

mod align;
mod assemble;
mod owned;
#[cfg(test)]
mod tests;

pub use assemble::merge_projects;
pub use owned::merge_projects_owned;

/// The annotator name given to annotations whose author is empty.
pub const UNKNOWN_AUTHOR: &str = "(unknown)";

/// Whose judgment an annotation is, as written in it (trimmed; empty when unnamed):
/// [`Annotation::annotator`], the colleague who last changed it if any, else its
/// author — so an analyst's edit of a colleague's tag counts as the analyst's.
///
/// The one place review decides who an annotation belongs to: grouping by annotator,
/// twins and the unnamed-author fallback all go through it.
fn judge(a: &Annotation) -> &str {
    a.annotator().trim()
}

/// The annotator of an annotation: its author, or [`UNKNOWN_AUTHOR`] when empty.
pub fn annotator_of(a: &Annotation) -> &str {
    let author = judge(a);
    if author.is_empty() {
        UNKNOWN_AUTHOR
    } else {
        author
    }
}

/// The author given to an input's annotations that have none: `(unknown, FILE)`, so
/// that two unnamed analysts' files are not taken for one annotator.
fn unnamed_author(input: &str) -> String {
    format!("(unknown, {})", file_name(input))
}

/// The last component of an input's name (a path), or the whole name.
fn file_name(input: &str) -> String {
    std::path::Path::new(input)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| input.to_string())
}

/// The lowercase hex SHA-256 of a document's text: what matches documents across
/// projects.
pub fn text_hash(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()).into())
}

/// Lowercase hex of a SHA-256 digest.
fn hex(digest: &[u8; 32]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for &b in digest {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

/// One document of the corpus with every annotator's annotations on it.
#[derive(Debug, Clone)]
pub struct CorpusDocument {
    /// [`text_hash`] of the text.
    pub hash: String,
    /// The document as first seen, with an id unique within the corpus.
    pub document: Document,
    /// All annotations on it (their `doc` is `document.id`), identical
    /// author/span/label/source kept once; orphans are in `orphans` instead.
    pub annotations: Vec<Annotation>,
    /// Annotations re-anchoring could not place (`orphaned`): their offsets no longer
    /// hold, so they are left out of every comparison and figure, only counted.
    pub orphans: Vec<Annotation>,
    /// The annotators who had this document in front of them: the authors of any
    /// annotation in a project that holds it. Only they are compared on it.
    pub annotators: BTreeSet<String>,
    /// Names of the inputs (file paths) that hold this document.
    pub found_in: Vec<String>,
}

impl CorpusDocument {
    /// The annotations of one annotator, sorted by position.
    pub fn annotations_by<'a>(&'a self, annotator: &str) -> Vec<&'a Annotation> {
        let mut out: Vec<&Annotation> = self
            .annotations
            .iter()
            .filter(|a| annotator_of(a) == annotator)
            .collect();
        out.sort_by(|x, y| (x.start, x.end, &x.label).cmp(&(y.start, y.end, &y.label)));
        out
    }

    /// How many orphaned annotations of `annotator` this document holds.
    pub fn orphans_by(&self, annotator: &str) -> usize {
        self.orphans
            .iter()
            .filter(|a| annotator_of(a) == annotator)
            .count()
    }
}

/// "N orphaned annotation(s) not compared": how agreement reports what it left out.
pub fn orphans_line(n: usize) -> String {
    format!(
        "{n} orphaned annotation{} not compared",
        if n == 1 { "" } else { "s" }
    )
}

/// One annotation id found in two inputs with different content (label, span,
/// source, note or author): both versions are kept and compared as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdConflict {
    /// The annotation id.
    pub id: String,
    /// The input where it was seen first.
    pub first: String,
    /// The input where it differs.
    pub second: String,
}

/// How many ids a warning names before "and N more".
const NAMED_IDS: usize = 10;

/// The warning naming the conflicting ids (at most [`NAMED_IDS`], then "and N more").
pub(crate) fn conflict_warning(conflicts: &[IdConflict]) -> Option<String> {
    let n = conflicts.len();
    if n == 0 {
        return None;
    }
    let mut named: Vec<String> = conflicts
        .iter()
        .take(NAMED_IDS)
        .map(|c| format!("'{}' ({} / {})", c.id, c.first, c.second))
        .collect();
    if n > NAMED_IDS {
        named.push(format!("and {} more", n - NAMED_IDS));
    }
    Some(format!(
        "{n} annotation id{} found in two inputs with different content (label, span, source, note or author; an edited copy?), both versions kept: {}",
        if n == 1 { "" } else { "s" },
        named.join(", ")
    ))
}

/// Several projects aligned by document text.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The first input's schema plus any label or source the others add.
    pub schema: TagSchema,
    /// Every distinct document text, in input order.
    pub documents: Vec<CorpusDocument>,
    /// One line per problem found while aligning (a document whose text differs).
    pub warnings: Vec<String>,
    /// How many annotations were dropped as exact duplicates of another one by the
    /// same author (same document, span, label and source).
    pub duplicates: usize,
    /// Annotation ids found in two inputs with different content (also named in a
    /// warning).
    pub conflicts: Vec<IdConflict>,
    /// Corpus document id → index in `documents`.
    index: HashMap<String, usize>,
}

/// True when two sources are the same (blank counts as none).
pub(crate) fn same_source(a: &Option<String>, b: &Option<String>) -> bool {
    fn norm(s: &Option<String>) -> Option<&str> {
        s.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
    norm(a) == norm(b)
}

impl Corpus {
    /// Every annotator of the corpus, sorted.
    pub fn annotators(&self) -> Vec<String> {
        let names = (self.documents.iter()).flat_map(|d| d.annotations.iter().map(annotator_of));
        distinct_sorted(names)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    /// The label ids compared: the schema's, in schema order, then any other label an
    /// annotation uses.
    pub fn labels(&self) -> Vec<String> {
        let mut out: Vec<String> = self.schema.labels.iter().map(|l| l.id.clone()).collect();
        let mut known: HashSet<&str, RandomState> = HashSet::default();
        known.extend(self.schema.labels.iter().map(|l| l.id.as_str()));
        for d in &self.documents {
            for a in &d.annotations {
                if known.insert(&a.label) {
                    out.push(a.label.clone());
                }
            }
        }
        out
    }

    /// The document with corpus id `id`.
    pub fn document(&self, id: &str) -> Option<&CorpusDocument> {
        self.index.get(id).and_then(|&i| self.documents.get(i))
    }

    /// How many orphaned annotations the corpus holds (never compared).
    pub fn orphans(&self) -> usize {
        self.documents.iter().map(|d| d.orphans.len()).sum()
    }
}

/// The distinct names of `names`, sorted. Names come in runs (an annotator's
/// annotations one after the other): a run costs one comparison, and only the
/// distinct names are sorted.
fn distinct_sorted<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: HashSet<&str, RandomState> = HashSet::default();
    let mut last: Option<&str> = None;
    for name in names {
        if last != Some(name) {
            seen.insert(name);
            last = Some(name);
        }
    }
    let mut out: Vec<&str> = seen.into_iter().collect();
    out.sort_unstable();
    out
}
