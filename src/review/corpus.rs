//! Aligning several projects for review: documents matched by a hash of their text,
//! annotations grouped by document and annotator, duplicates kept once.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::BuildHasher as _;

use foldhash::fast::RandomState;
use sha2::{Digest, Sha256};

use crate::model::{Annotation, Document, Project, TagSchema, new_id};

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

/// What must agree for two annotations with one id to be the same — corpus
/// document, span, label, source, note and author — as a 64-bit hash (kept per id
/// while aligning: a hash, not copies of the strings).
type Content = u64;

/// Who an annotation is by, for matching twins without copying names: its
/// annotator as written in it, or the number of the unnamed-author name its input
/// gives it (two inputs with the same file name share one).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Who<'a> {
    Named(&'a str),
    Unnamed(usize),
}

/// What makes two annotations duplicates: document, author, span, label, source,
/// and whether it is an orphan (orphans are kept apart). Borrowed from the inputs.
type TwinKey<'a> = (usize, Who<'a>, usize, usize, &'a str, Option<&'a str>, bool);

/// Lookups kept while aligning, so that every step is a hash lookup, not a scan.
/// Keys borrow from the inputs (no copies of ids, titles or names); the hasher is
/// foldhash, seeded per process (ids and titles come from files: a fixed hash
/// would let a crafted file make every lookup collide).
struct Aligning<'a> {
    hasher: RandomState,
    /// SHA-256 of the text → corpus document.
    by_hash: HashMap<[u8; 32], usize, RandomState>,
    /// Title → the first corpus document with that title; `next_same_title[i]` is
    /// the next one after document `i` (`usize::MAX`: none).
    by_title: HashMap<&'a str, usize, RandomState>,
    next_same_title: Vec<usize>,
    /// The last document of each title chain, to append in order.
    last_same_title: HashMap<&'a str, usize, RandomState>,
    /// Annotation twins seen: key → index in the document's annotations or orphans.
    twins: HashMap<TwinKey<'a>, usize, RandomState>,
    /// Annotation id → (input number, content) where first seen.
    ids: HashMap<&'a str, (usize, Content), RandomState>,
    /// Ids already reported as conflicting.
    reported: HashSet<&'a str, RandomState>,
    /// The unnamed-author names given so far, numbered.
    unnamed: HashMap<String, usize, RandomState>,
}

impl<'a> Aligning<'a> {
    fn new(annotations: usize) -> Self {
        let hasher = RandomState::default();
        Aligning {
            by_hash: HashMap::with_hasher(hasher.clone()),
            by_title: HashMap::with_hasher(hasher.clone()),
            next_same_title: Vec::new(),
            last_same_title: HashMap::with_hasher(hasher.clone()),
            twins: HashMap::with_capacity_and_hasher(annotations, hasher.clone()),
            ids: HashMap::with_capacity_and_hasher(annotations, hasher.clone()),
            reported: HashSet::with_hasher(hasher.clone()),
            unnamed: HashMap::with_hasher(hasher.clone()),
            hasher,
        }
    }

    /// The content of `a` on corpus document `doc`, hashed.
    fn content(&self, doc: usize, a: &Annotation) -> Content {
        self.hasher.hash_one((
            doc,
            a.start,
            a.end,
            &a.label,
            norm_source_str(&a.source),
            a.note.trim(),
            judge(a),
        ))
    }

    /// Records corpus document `idx` under `title` (after the others of that title).
    fn add_title(&mut self, title: &'a str, idx: usize) {
        if self.next_same_title.len() <= idx {
            self.next_same_title.resize(idx + 1, usize::MAX);
        }
        match self.last_same_title.insert(title, idx) {
            Some(last) => self.next_same_title[last] = idx,
            None => {
                self.by_title.insert(title, idx);
            }
        }
    }

    /// The corpus documents titled `title`, in order.
    fn same_title(&self, title: &str) -> impl Iterator<Item = usize> + '_ {
        let first = self.by_title.get(title).copied();
        std::iter::successors(first, |&i| {
            self.next_same_title
                .get(i)
                .copied()
                .filter(|&n| n != usize::MAX)
        })
    }
}

impl Corpus {
    /// Aligns `inputs`, each a name used in messages (usually the file path) and a
    /// project.
    pub fn from_projects(inputs: &[(&str, &Project)]) -> Corpus {
        let mut corpus = Corpus::align(inputs);
        if let Some(w) = conflict_warning(&corpus.conflicts) {
            corpus.warnings.push(w);
        }
        corpus
    }

    /// [`Corpus::from_projects`] without the conflicting-ids warning.
    fn align(inputs: &[(&str, &Project)]) -> Corpus {
        let annotations = inputs.iter().map(|(_, p)| p.annotations.len()).sum();
        let documents = inputs.iter().map(|(_, p)| p.documents.len()).max();
        let mut corpus = Corpus {
            schema: merged_schema(inputs.iter().map(|(_, p)| &p.schema)),
            documents: Vec::with_capacity(documents.unwrap_or(0)),
            warnings: Vec::new(),
            duplicates: 0,
            conflicts: Vec::new(),
            index: HashMap::with_capacity(documents.unwrap_or(0)),
        };
        let mut state = Aligning::new(annotations);
        for (input_no, (name, project)) in inputs.iter().enumerate() {
            let unnamed = unnamed_author(name);
            let unnamed_no = state.unnamed.len();
            let unnamed_no = *state.unnamed.entry(unnamed.clone()).or_insert(unnamed_no);
            let authors: Vec<String> =
                distinct_sorted(project.annotations.iter().map(|a| match judge(a) {
                    "" => unnamed.as_str(),
                    who => who,
                }))
                .into_iter()
                .map(str::to_string)
                .collect();
            let nameless = project
                .annotations
                .iter()
                .filter(|a| judge(a).is_empty())
                .count();
            if nameless > 0 {
                corpus.warnings.push(format!(
                    "{nameless} annotation{} in {name} have no author; they are attributed to '{unnamed}'",
                    if nameless == 1 { "" } else { "s" }
                ));
            }
            let mut doc_index: HashMap<&str, usize, RandomState> =
                HashMap::with_capacity_and_hasher(project.documents.len(), state.hasher.clone());
            let mut mine: HashSet<usize, RandomState> = HashSet::with_hasher(state.hasher.clone());
            for d in &project.documents {
                let digest: [u8; 32] = Sha256::digest(d.text.as_bytes()).into();
                let idx = match state.by_hash.get(&digest) {
                    Some(&idx) => {
                        if mine.contains(&idx) {
                            corpus.warnings.push(format!(
                                "documents of {name} with the same text are reviewed as one ('{}')",
                                d.title
                            ));
                        }
                        idx
                    }
                    None => {
                        corpus.warn_if_text_differs(&state, name, d);
                        let mut document = d.clone();
                        document.id = corpus.unique_id(&d.id, &d.title);
                        let idx = corpus.documents.len();
                        corpus.index.insert(document.id.clone(), idx);
                        state.add_title(&d.title, idx);
                        corpus.documents.push(CorpusDocument {
                            hash: hex(&digest),
                            document,
                            annotations: Vec::new(),
                            orphans: Vec::new(),
                            annotators: BTreeSet::new(),
                            found_in: Vec::new(),
                        });
                        state.by_hash.insert(digest, idx);
                        idx
                    }
                };
                mine.insert(idx);
                let entry = &mut corpus.documents[idx];
                for who in &authors {
                    if !entry.annotators.contains(who) {
                        entry.annotators.insert(who.clone());
                    }
                }
                if !entry.found_in.iter().any(|f| f == name) {
                    entry.found_in.push(name.to_string());
                }
                doc_index.insert(&d.id, idx);
            }
            for a in &project.annotations {
                let Some(&idx) = doc_index.get(a.doc.as_str()) else {
                    continue;
                };
                corpus.check_id(&mut state, inputs, input_no, idx, a);
                let who = match judge(a) {
                    "" => Who::Unnamed(unnamed_no),
                    who => Who::Named(who),
                };
                let key = (
                    idx,
                    who,
                    a.start,
                    a.end,
                    a.label.as_str(),
                    norm_source_str(&a.source),
                    a.orphaned,
                );
                let entry = &mut corpus.documents[idx];
                let list = if a.orphaned {
                    &mut entry.orphans
                } else {
                    &mut entry.annotations
                };
                let kept = state.twins.get(&key).copied();
                match kept.and_then(|k| list.get_mut(k)) {
                    Some(kept) => {
                        fold_twin(kept, a.clone());
                        corpus.duplicates += 1;
                    }
                    None => {
                        state.twins.insert(key, list.len());
                        list.push(corpus_copy(a, &entry.document.id, who, &unnamed));
                    }
                }
            }
        }
        corpus
    }

    /// Records `a`'s id, or a conflict when an earlier input had that id with other
    /// content.
    fn check_id<'a>(
        &mut self,
        state: &mut Aligning<'a>,
        inputs: &[(&str, &Project)],
        input_no: usize,
        doc: usize,
        a: &'a Annotation,
    ) {
        if a.id.is_empty() {
            return;
        }
        let mine = state.content(doc, a);
        match state.ids.get(a.id.as_str()) {
            None => {
                state.ids.insert(&a.id, (input_no, mine));
            }
            Some(&(first, seen)) => {
                if first != input_no && seen != mine && state.reported.insert(&a.id) {
                    let name = |i: usize| inputs.get(i).map_or("?", |(n, _)| *n).to_string();
                    self.conflicts.push(IdConflict {
                        id: a.id.clone(),
                        first: name(first),
                        second: name(input_no),
                    });
                }
            }
        }
    }

    /// Like [`Corpus::from_projects`], but when two or more projects hold fewer than
    /// two annotators (every file has the same author), each file's annotations are
    /// taken as a separate annotator, `AUTHOR (FILE)`, with a warning saying so.
    pub fn for_review(inputs: &[(&str, &Project)]) -> Corpus {
        let corpus = Corpus::from_projects(inputs);
        let names = corpus.annotators();
        if inputs.len() < 2 || names.len() >= 2 {
            return corpus;
        }
        let only = names.first().map_or("none".to_string(), String::clone);
        let renamed: Vec<Project> = inputs
            .iter()
            .map(|(name, p)| {
                let file = file_name(name);
                let mut p = (*p).clone();
                for a in &mut p.annotations {
                    let who = match judge(a) {
                        "" => "(unknown)".to_string(),
                        who => who.to_string(),
                    };
                    a.author = format!("{who} ({file})");
                }
                p
            })
            .collect();
        let refs: Vec<(&str, &Project)> = inputs
            .iter()
            .zip(&renamed)
            .map(|((name, _), p)| (*name, p))
            .collect();
        // Renamed authors differ by file: the conflicts are those of the real authors.
        let mut renamed = Corpus::align(&refs);
        renamed.conflicts = corpus.conflicts;
        if let Some(w) = conflict_warning(&renamed.conflicts) {
            renamed.warnings.push(w);
        }
        renamed.warnings.insert(
            0,
            format!(
                "every project has the same annotator ('{only}'), so each file is compared as its own annotator"
            ),
        );
        renamed
    }

    /// Names a document whose title or id equals that of an earlier input's document
    /// while its text differs.
    fn warn_if_text_differs(&mut self, state: &Aligning, name: &str, d: &Document) {
        let elsewhere = |&i: &usize| {
            self.documents
                .get(i)
                .is_some_and(|o| !o.found_in.iter().any(|f| f == name))
        };
        let by_title = state.same_title(&d.title).find(|i| elsewhere(i));
        let by_id = self.index.get(&d.id).copied().filter(|i| elsewhere(i));
        let first = match (by_title, by_id) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        if let Some(o) = first.and_then(|i| self.documents.get(i)) {
            let first = o
                .found_in
                .first()
                .map(String::as_str)
                .unwrap_or("another input");
            let warning = format!(
                "document '{}' in {name} has a different text from '{}' in {first}; they are not matched or compared",
                d.title, o.document.title
            );
            self.warnings.push(warning);
        }
    }

    /// `wanted`, or a variant of it not yet used by a corpus document.
    fn unique_id(&self, wanted: &str, title: &str) -> String {
        let used = |id: &str| self.index.contains_key(id);
        if !wanted.is_empty() && !used(wanted) {
            return wanted.to_string();
        }
        let base = if wanted.is_empty() {
            crate::model::slug(title)
        } else {
            wanted.to_string()
        };
        let base = if base.is_empty() { "doc".into() } else { base };
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !used(id))
            .unwrap_or(base)
    }

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

    /// The corpus as one project: every document once, every annotation with its
    /// author, orphans included (ids made unique where two inputs used the same one).
    pub fn to_project(&self, name: &str) -> Project {
        let per_doc = (self.documents.iter())
            .map(|d| d.annotations.iter().chain(&d.orphans).cloned().collect())
            .collect();
        self.assemble(name, per_doc)
    }

    /// [`Corpus::to_project`] moving the annotations into the project instead of
    /// copying them: afterwards the corpus's documents have no annotations or
    /// orphans (its warnings, duplicates and conflicts stay).
    pub fn take_project(&mut self, name: &str) -> Project {
        let per_doc = (self.documents.iter_mut())
            .map(|d| {
                let mut all = std::mem::take(&mut d.annotations);
                all.append(&mut d.orphans);
                all
            })
            .collect();
        self.assemble(name, per_doc)
    }

    /// The project of the corpus's documents with `per_doc` annotations (one list
    /// per corpus document, in order), ids made unique, in file order.
    fn assemble(&self, name: &str, mut per_doc: Vec<Vec<Annotation>>) -> Project {
        let mut project = Project::new(name);
        project.schema = self.schema.clone();
        project.documents = self.documents.iter().map(|d| d.document.clone()).collect();
        // An id already used (or none) gets a new one, in corpus order.
        let mut renamed: Vec<(usize, usize, String)> = Vec::new();
        {
            let total = per_doc.iter().map(Vec::len).sum();
            let mut used: HashSet<&str, RandomState> =
                HashSet::with_capacity_and_hasher(total, RandomState::default());
            let mut fresh: HashSet<String, RandomState> = HashSet::default();
            for (d, list) in per_doc.iter().enumerate() {
                for (k, a) in list.iter().enumerate() {
                    if !a.id.is_empty() && used.insert(&a.id) {
                        continue;
                    }
                    let id = loop {
                        let id = new_id("a");
                        if !used.contains(id.as_str()) && !fresh.contains(&id) {
                            break id;
                        }
                    };
                    fresh.insert(id.clone());
                    renamed.push((d, k, id));
                }
            }
        }
        for (d, k, id) in renamed {
            if let Some(a) = per_doc.get_mut(d).and_then(|l| l.get_mut(k)) {
                a.id = id;
            }
        }
        // File order, (doc, start, end, id), without comparing document ids for each
        // annotation: each document's annotations by position and id (stable), the
        // documents by id (every annotation's `doc` is its corpus document's id).
        let mut order: Vec<usize> = (0..per_doc.len()).collect();
        order.sort_by(|&x, &y| {
            let id = |i: usize| self.documents.get(i).map(|d| d.document.id.as_str());
            id(x).cmp(&id(y))
        });
        project
            .annotations
            .reserve(per_doc.iter().map(Vec::len).sum());
        for i in order {
            if let Some(list) = per_doc.get_mut(i) {
                list.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
                project.annotations.append(list);
            }
        }
        project
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

/// Combines projects into one: documents matched by text hash, every annotation kept
/// with its author, an identical author/document/span/label/source kept once (its
/// comments are combined). Returns the project and the alignment warnings.
///
/// The annotations move from the alignment into the project: the corpus returned
/// holds the warnings, duplicates and conflicts, not the annotations.
pub fn merge_projects(inputs: &[(&str, &Project)], name: &str) -> (Project, Corpus) {
    let mut corpus = Corpus::from_projects(inputs);
    (corpus.take_project(name), corpus)
}

/// A source trimmed, blank as none, borrowed.
fn norm_source_str(source: &Option<String>) -> Option<&str> {
    source.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The corpus's copy of an input's annotation: on corpus document `doc`, its
/// author the annotator `who` (`unnamed` when it names none). The strings that
/// change are written into the copied buffers when they fit.
fn corpus_copy(a: &Annotation, doc: &str, who: Who<'_>, unnamed: &str) -> Annotation {
    let mut copy = a.clone();
    if copy.doc != doc {
        copy.doc.clear();
        copy.doc.push_str(doc);
    }
    let author = match who {
        Who::Named(name) => name,
        Who::Unnamed(_) => unnamed,
    };
    if copy.author != author {
        copy.author.clear();
        copy.author.push_str(author);
    }
    copy
}

/// Folds a duplicate into the annotation kept: its comments are added, and its note
/// is used when the kept one has none.
fn fold_twin(kept: &mut Annotation, twin: Annotation) {
    for c in twin.comments {
        if !kept.comments.contains(&c) {
            kept.comments.push(c);
        }
    }
    if kept.note.trim().is_empty() {
        kept.note = twin.note;
    }
}

/// The first schema plus the labels and sources of the others that it lacks.
fn merged_schema<'a>(schemas: impl Iterator<Item = &'a TagSchema>) -> TagSchema {
    let mut out: Option<TagSchema> = None;
    for s in schemas {
        match &mut out {
            None => out = Some(s.clone()),
            Some(o) => {
                for l in &s.labels {
                    if o.label(&l.id).is_none() {
                        o.labels.push(l.clone());
                    }
                }
                for src in &s.sources {
                    if !o.sources.contains(src) {
                        o.sources.push(src.clone());
                    }
                }
            }
        }
    }
    out.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_project_is_in_file_order_with_unique_ids_moved_or_copied() {
        let (alice, mut bob) = crate::review::scale_cases::many_documents(40);
        // Ids used again by the other input with other content, an orphan, and
        // documents whose ids do not sort as they come.
        for a in bob.annotations.iter_mut().take(5) {
            a.id = alice.annotations[0].id.clone();
        }
        bob.annotations[7].orphaned = true;
        let inputs = [("alice.ron", &alice), ("bob.ron", &bob)];
        let corpus = Corpus::from_projects(&inputs);
        let copied = corpus.to_project("m");
        let (moved, rest) = merge_projects(&inputs, "m");
        assert!(rest.documents.iter().all(|d| d.annotations.is_empty()));
        assert_eq!(rest.duplicates, corpus.duplicates);
        let mut sorted = moved.clone();
        sorted.sort_annotations();
        assert_eq!(
            moved.annotations, sorted.annotations,
            "already in file order"
        );
        let ids: HashSet<&str> = moved.annotations.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.len(), moved.annotations.len());
        assert!(crate::store::check_project(&moved).is_empty());
        // The same project either way, but for the fresh ids.
        assert_eq!(copied.annotations.len(), moved.annotations.len());
        let key = |a: &Annotation| {
            (
                a.doc.clone(),
                a.start,
                a.end,
                a.author.clone(),
                a.label.clone(),
            )
        };
        let mut x: Vec<_> = copied.annotations.iter().map(key).collect();
        let mut y: Vec<_> = moved.annotations.iter().map(key).collect();
        x.sort();
        y.sort();
        assert_eq!(x, y);
        assert_eq!(copied.documents, moved.documents);
    }

    #[test]
    fn text_hash_is_lowercase_hex_sha256() {
        assert_eq!(
            super::text_hash(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            super::text_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
