//! Aligning the inputs ([`Corpus::from_projects`], [`Corpus::for_review`]):
//! documents matched by a hash of their text, annotations grouped by document and
//! annotator, duplicates kept once, ids that two inputs use for different
//! annotations reported.

use super::assemble::merged_schema;
use super::owned::{Move, Moves};
use super::*;

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
        Corpus::align_recording(inputs, None)
    }

    /// [`Corpus::align`]; with `moves`, the corpus gets placeholders where the
    /// inputs' documents and annotations go, and `moves` says which goes where
    /// (filled by [`Corpus::fill`], which moves them in: no copies).
    pub(super) fn align_recording(
        inputs: &[(&str, &Project)],
        mut moves: Option<&mut Moves>,
    ) -> Corpus {
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
            // Each annotation's judge, trimmed once (it was trimmed three times per
            // annotation: 3% of `agree` at 100,000 documents).
            let judges: Vec<&str> = project.annotations.iter().map(judge).collect();
            let authors: Vec<String> = distinct_sorted(judges.iter().map(|&j| match j {
                "" => unnamed.as_str(),
                who => who,
            }))
            .into_iter()
            .map(str::to_string)
            .collect();
            let nameless = judges.iter().filter(|j| j.is_empty()).count();
            if nameless > 0 {
                corpus.warnings.push(format!(
                    "{nameless} annotation{} in {name} have no author; they are attributed to '{unnamed}'",
                    if nameless == 1 { "" } else { "s" }
                ));
            }
            let mut doc_index: HashMap<&str, usize, RandomState> =
                HashMap::with_capacity_and_hasher(project.documents.len(), state.hasher.clone());
            let mut mine: HashSet<usize, RandomState> = HashSet::with_hasher(state.hasher.clone());
            for (doc_no, d) in project.documents.iter().enumerate() {
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
                        let id = corpus.unique_id(&d.id, &d.title);
                        let idx = corpus.documents.len();
                        let document = match moves.as_deref_mut() {
                            None => {
                                let mut document = d.clone();
                                document.id = id;
                                document
                            }
                            Some(moves) => {
                                moves.documents.push((idx, input_no, doc_no));
                                Document::new(id, d.title.clone(), "")
                            }
                        };
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
            for (ann_no, a) in project.annotations.iter().enumerate() {
                let Some(&idx) = doc_index.get(a.doc.as_str()) else {
                    continue;
                };
                corpus.check_id(&mut state, inputs, input_no, idx, a);
                let who = match judges.get(ann_no).copied().unwrap_or("") {
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
                let fold = kept.is_some_and(|k| k < list.len());
                if let Some(moves) = moves.as_deref_mut() {
                    let slot = match kept {
                        Some(k) if fold => k,
                        _ => {
                            state.twins.insert(key, list.len());
                            list.push(moves.blank.clone());
                            list.len() - 1
                        }
                    };
                    moves.annotations.push(Move {
                        doc: idx,
                        slot,
                        input: input_no,
                        annotation: ann_no,
                        orphan: a.orphaned,
                        fold,
                    });
                    if fold {
                        corpus.duplicates += 1;
                    }
                    continue;
                }
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

/// [`corpus_copy`] for an annotation moved out of its input: `unnamed` is its
/// input's name for annotations without an author. Allocates only what changes.
pub(super) fn corpus_move(mut a: Annotation, doc: &str, unnamed: &str) -> Annotation {
    if a.doc != doc {
        a.doc.clear();
        a.doc.push_str(doc);
    }
    let who = judge(&a);
    let author = if who.is_empty() { unnamed } else { who };
    if author != a.author {
        let author = author.to_string();
        a.author = author;
    }
    a
}

/// Folds a duplicate into the annotation kept: its comments are added, and its note
/// is used when the kept one has none.
pub(super) fn fold_twin(kept: &mut Annotation, twin: Annotation) {
    for c in twin.comments {
        if !kept.comments.contains(&c) {
            kept.comments.push(c);
        }
    }
    if kept.note.trim().is_empty() {
        kept.note = twin.note;
    }
}
