//! Aligning projects the caller gives away ([`Corpus::for_review_owned`],
//! [`merge_projects_owned`]): the same corpus as [`Corpus::for_review`] and
//! [`merge_projects`], with the inputs' documents and annotations moved into it
//! instead of copied (at 100,000 documents and 525,000 annotations, the copies were
//! a third of `agree`'s memory and much of its time).

use super::*;

/// Where one input annotation goes in the corpus.
#[derive(Debug, Clone, Copy)]
pub(super) struct Move {
    /// Corpus document.
    pub doc: usize,
    /// Index in that document's `annotations` (or `orphans`).
    pub slot: usize,
    /// Input number and index in its project's annotations.
    pub input: usize,
    pub annotation: usize,
    /// An orphan (goes to `orphans`).
    pub orphan: bool,
    /// A duplicate of the annotation in `slot`: folded into it, not placed.
    pub fold: bool,
}

/// What [`Corpus::align_recording`] records instead of copying.
#[derive(Debug)]
pub(super) struct Moves {
    /// (corpus document, input number, index in its project's documents).
    pub documents: Vec<(usize, usize, usize)>,
    /// In input order, so that a duplicate is folded after its kept one is placed.
    pub annotations: Vec<Move>,
    /// The placeholder left where an annotation will go (empty strings: no heap).
    pub blank: Annotation,
}

impl Moves {
    fn new(annotations: usize) -> Moves {
        let mut blank = Annotation::new("", 0, 0, "", "", "");
        blank.id = String::new();
        blank.created = String::new();
        Moves {
            documents: Vec::new(),
            annotations: Vec::with_capacity(annotations),
            blank,
        }
    }
}

fn borrowed(projects: &[(String, Project)]) -> Vec<(&str, &Project)> {
    projects.iter().map(|(n, p)| (n.as_str(), p)).collect()
}

impl Corpus {
    /// [`Corpus::for_review`] of projects given away: the same corpus, built by
    /// moving their documents and annotations instead of copying them.
    pub fn for_review_owned(mut projects: Vec<(String, Project)>) -> Corpus {
        let total = projects.iter().map(|(_, p)| p.annotations.len()).sum();
        let mut moves = Moves::new(total);
        let mut corpus = {
            let inputs = borrowed(&projects);
            let corpus = Corpus::align_recording(&inputs, Some(&mut moves));
            // The same test as `for_review`: fewer than two annotators in two or
            // more files → every file its own annotator (the rare case: copied).
            if inputs.len() >= 2 && annotators_placed(&inputs, &moves).len() < 2 {
                return Corpus::for_review(&inputs);
            }
            corpus
        };
        corpus.fill(&mut projects, moves);
        if let Some(w) = conflict_warning(&corpus.conflicts) {
            corpus.warnings.push(w);
        }
        corpus
    }

    /// [`Corpus::from_projects`] of projects given away (moved, not copied).
    pub fn from_projects_owned(mut projects: Vec<(String, Project)>) -> Corpus {
        let total = projects.iter().map(|(_, p)| p.annotations.len()).sum();
        let mut moves = Moves::new(total);
        let mut corpus = Corpus::align_recording(&borrowed(&projects), Some(&mut moves));
        corpus.fill(&mut projects, moves);
        if let Some(w) = conflict_warning(&corpus.conflicts) {
            corpus.warnings.push(w);
        }
        corpus
    }

    /// Moves the inputs' documents and annotations where `moves` says.
    fn fill(&mut self, projects: &mut [(String, Project)], moves: Moves) {
        for (idx, input, doc) in moves.documents {
            let (Some(entry), Some(d)) = (
                self.documents.get_mut(idx),
                (projects.get_mut(input)).and_then(|(_, p)| p.documents.get_mut(doc)),
            ) else {
                continue;
            };
            let mut d = std::mem::replace(d, Document::new("", "", ""));
            d.id = std::mem::take(&mut entry.document.id);
            entry.document = d;
        }
        let unnamed: Vec<String> = projects.iter().map(|(n, _)| unnamed_author(n)).collect();
        for m in moves.annotations {
            let Some(a) =
                (projects.get_mut(m.input)).and_then(|(_, p)| p.annotations.get_mut(m.annotation))
            else {
                continue;
            };
            let a = std::mem::replace(a, moves.blank.clone());
            let Some(entry) = self.documents.get_mut(m.doc) else {
                continue;
            };
            let list = if m.orphan {
                &mut entry.orphans
            } else {
                &mut entry.annotations
            };
            let Some(slot) = list.get_mut(m.slot) else {
                continue;
            };
            if m.fold {
                align::fold_twin(slot, a);
            } else {
                let name = unnamed.get(m.input).map_or("(unknown)", String::as_str);
                *slot = align::corpus_move(a, &entry.document.id, name);
            }
        }
    }
}

/// The annotators of the annotations `moves` places (orphans and duplicates
/// aside): what [`Corpus::annotators`] will say once they are moved in.
fn annotators_placed<'a>(inputs: &[(&'a str, &'a Project)], moves: &Moves) -> Vec<String> {
    let unnamed: Vec<String> = inputs.iter().map(|(n, _)| unnamed_author(n)).collect();
    let names = (moves.annotations.iter())
        .filter(|m| !m.orphan && !m.fold)
        .filter_map(|m| {
            let a = inputs.get(m.input)?.1.annotations.get(m.annotation)?;
            Some(match judge(a) {
                "" => unnamed.get(m.input).map_or(UNKNOWN_AUTHOR, String::as_str),
                who => who,
            })
        });
    distinct_sorted(names)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// [`merge_projects`] of projects given away: their documents and annotations move
/// into the merged project instead of being copied.
pub fn merge_projects_owned(projects: Vec<(String, Project)>, name: &str) -> (Project, Corpus) {
    let mut corpus = Corpus::from_projects_owned(projects);
    (corpus.take_project(name), corpus)
}
