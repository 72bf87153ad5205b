//! What each edit, undo and redo changed, as the [`Editor`](super::Editor) reports
//! it: a [`Change`] record (the generation before and after, the annotations
//! touched with copies before and after, and the positions of
//! `project.annotations` to look at again), and a [`ChangeLog`] of the last
//! records, so that caches of annotations (a view's span index, a list's rows,
//! counts per document) re-examine those few positions after a tag instead of all
//! 100,000.
//!
//! An edit touches the annotations it names (by id); the editor keeps the others
//! where they are, except that removing one moves the last annotation into its
//! place (and undoing that moves it back). So the positions whose content changed
//! are: where the touched annotations were, where they are now, and the positions
//! between the old and the new length. A cache that re-examines exactly those
//! positions ends equal to one built from scratch (property-tested against the
//! window's caches in `ui`).

use std::collections::VecDeque;

use super::command::Edit;
use crate::model::{Annotation, Project};

/// What one edit, undo or redo changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Generation before the change.
    pub from: u64,
    /// Generation after it.
    pub to: u64,
    /// The annotations touched, or `None` when that is unknown or too many (a
    /// document removed, a big batch, a schema change): caches then build again.
    pub annotations: Option<TouchedAnnotations>,
}

/// The annotations one change touched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TouchedAnnotations {
    /// Their ids, sorted, no repeats.
    pub ids: Vec<String>,
    /// Positions of `project.annotations` whose annotation may differ (sorted, no
    /// repeats; some may now be past the end).
    pub positions: Vec<usize>,
    /// Copies of the touched annotations before the change (an added one is not
    /// there).
    pub before: Vec<Annotation>,
    /// Copies of the touched annotations after it (a removed one is not there).
    pub after: Vec<Annotation>,
}

/// What one edit changed, as the log keeps it: the generation before and after
/// it, and the positions of `project.annotations` to re-examine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedPositions {
    /// Generation before the edit.
    pub from: u64,
    /// Generation after it.
    pub to: u64,
    /// Positions whose annotation may differ (sorted, no repeats).
    pub positions: Vec<usize>,
}

/// The positions changed over several consecutive edits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangedSince {
    /// Positions whose annotation may differ, sorted, no repeats.
    pub positions: Vec<usize>,
}

impl ChangedSince {
    /// True when position `at` may have changed.
    pub fn contains(&self, at: usize) -> bool {
        self.positions.binary_search(&at).is_ok()
    }
}

/// The last edits' changed positions (a few dozen; older ones are forgotten and
/// a cache that old builds itself again). A change whose positions are unknown is
/// not logged, which breaks the chain of generations: caches older than it build
/// again.
#[derive(Debug, Clone, Default)]
pub struct ChangeLog {
    entries: VecDeque<ChangedPositions>,
}

/// How many edits the log remembers.
const LOG_LEN: usize = 32;

impl ChangeLog {
    /// Records one edit's changes.
    pub fn record(&mut self, change: ChangedPositions) {
        if self.entries.len() == LOG_LEN {
            self.entries.pop_front();
        }
        self.entries.push_back(change);
    }

    /// Logs `change` when its positions are known.
    pub(crate) fn record_change(&mut self, change: &Change) {
        if let Some(touched) = &change.annotations {
            self.record(ChangedPositions {
                from: change.from,
                to: change.to,
                positions: touched.positions.clone(),
            });
        }
    }

    /// The positions changed from generation `from` to `to`, when every edit in
    /// between is known (`None`: rebuild).
    pub fn since(&self, from: u64, to: u64) -> Option<ChangedSince> {
        if from == to {
            return Some(ChangedSince::default());
        }
        let first = self.entries.iter().position(|c| c.from == from)?;
        let mut at = from;
        let mut positions = Vec::new();
        for c in self.entries.iter().skip(first) {
            if c.from != at {
                return None;
            }
            positions.extend_from_slice(&c.positions);
            at = c.to;
            if at == to {
                positions.sort_unstable();
                positions.dedup();
                return Some(ChangedSince { positions });
            }
        }
        None
    }
}

/// At most this many annotations are carried in a change record; a bigger edit (a
/// batch, a document removed with its annotations) is followed by a full rebuild.
const MAX_TOUCHED: usize = 64;

/// The ids of the annotations `edit` adds, removes or changes, sorted, or `None`
/// when that is unknown or too many.
pub fn touched_annotation_ids(edit: &Edit) -> Option<Vec<&str>> {
    fn collect<'e>(edit: &'e Edit, out: &mut Vec<&'e str>) -> Option<()> {
        match edit {
            Edit::AddAnnotation(a)
            | Edit::ReplaceAnnotation(a)
            | Edit::RestoreAnnotation { annotation: a, .. } => out.push(&a.id),
            Edit::RemoveAnnotation(id) | Edit::UpdateAnnotation { id, .. } => out.push(id),
            Edit::AddDocument { .. }
            | Edit::RenameProject(_)
            | Edit::SetSources(_)
            | Edit::SetDocumentMeta { .. }
            | Edit::SetDocumentDone { .. }
            | Edit::SetDocumentMemo { .. }
            | Edit::SetLabelGuide { .. } // codebook: no annotation drawn differently
            | Edit::SetProjectMemo(_) // codebook
            | Edit::SetRejected(_)
            | Edit::SetRegistry(_) => {}
            // A link shows on both its annotations ("attributed to …").
            Edit::AddLink { link, .. } | Edit::RemoveLink(link) => {
                out.push(&link.from);
                out.push(&link.to);
            }
            // A label's colour and name change how its annotations are drawn.
            Edit::AddLabel { .. } | Edit::RemoveLabel(_) => return None,
            Edit::RemoveDocument(_) => return None,
            // conflicts (issue 14): a label put in place changes how its
            // annotations are drawn; keeping the version in place changes none.
            Edit::ResolveMergeNote {
                take_other: false, ..
            } => {}
            Edit::ResolveMergeNote { .. } | Edit::ReopenMergeNote { .. } => return None,
            Edit::TakeMerged(_) => return None,
            Edit::Batch(edits) => {
                for e in edits {
                    collect(e, out)?;
                }
            }
        }
        (out.len() <= MAX_TOUCHED).then_some(())
    }
    let mut out = Vec::new();
    collect(edit, &mut out)?;
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// What the editor notes before applying an edit, to make its [`Change`] after.
#[derive(Debug)]
pub(crate) struct Before {
    generation: u64,
    len: usize,
    /// The touched annotations with their positions and copies before the edit
    /// (`after` still empty).
    touched: Option<TouchedAnnotations>,
}

/// Notes what `edit` is about to touch in `project`; `position` finds an
/// annotation's position by id.
pub(crate) fn before(
    project: &Project,
    generation: u64,
    edit: &Edit,
    position: impl Fn(&str) -> Option<usize>,
) -> Before {
    let touched = touched_annotation_ids(edit).map(|ids| {
        let ids: Vec<String> = ids.into_iter().map(str::to_string).collect();
        let positions: Vec<usize> = ids.iter().filter_map(|id| position(id)).collect();
        let before = positions
            .iter()
            .filter_map(|&i| project.annotations.get(i).cloned())
            .collect();
        TouchedAnnotations {
            ids,
            positions,
            before,
            after: Vec::new(),
        }
    });
    Before {
        generation,
        len: project.annotations.len(),
        touched,
    }
}

/// The record of the change noted by [`before`], now that it is applied.
pub(crate) fn after(
    project: &Project,
    generation: u64,
    noted: Before,
    position: impl Fn(&str) -> Option<usize>,
) -> Change {
    let old_len = noted.len;
    let annotations = noted.touched.map(|mut touched| {
        let now: Vec<usize> = touched.ids.iter().filter_map(|id| position(id)).collect();
        touched.after = now
            .iter()
            .filter_map(|&i| project.annotations.get(i).cloned())
            .collect();
        let len = project.annotations.len();
        touched.positions.extend(now);
        touched.positions.extend(old_len.min(len)..old_len.max(len));
        touched.positions.sort_unstable();
        touched.positions.dedup();
        touched
    });
    Change {
        from: noted.generation,
        to: generation,
        annotations,
    }
}

/// Random editing sessions for the tests of the caches that follow the log.
#[cfg(test)]
pub(crate) mod session {
    use super::super::{AnnotationChange, Editor};
    use super::*;
    use crate::model::{Document, Project};

    /// The text both documents of a session hold.
    pub const TEXT: &str = "KCNA said 조선 so 👋🏽 and e\u{301}tude “quoted” here.\n\nA second paragraph, longer, with more words in it.\n\nThird.";

    /// Runs `steps` random edits (tags, deletions, label, source and span changes,
    /// undo, redo, now and then a change the log does not know) through an editor
    /// and calls `check` after each with the editor and the change it reported.
    pub fn run(seed: u64, steps: usize, mut check: impl FnMut(&Editor, Option<&Change>)) {
        let mut p = Project::new("t");
        p.documents.push(Document::new("d", "D", TEXT));
        p.documents.push(Document::new("e", "E", TEXT));
        let mut editor = Editor::new(p);
        let mut rng = fastrand::Rng::with_seed(seed);
        let len = TEXT.chars().count();
        let labels = ["claim", "speculation", "attribution"];
        for _ in 0..steps {
            let ids: Vec<String> = (editor.project().annotations.iter())
                .map(|a| a.id.clone())
                .collect();
            let pick = |rng: &mut fastrand::Rng| ids[rng.usize(..ids.len())].clone();
            let edit = match rng.usize(..10) {
                0..=3 => {
                    let start = rng.usize(..len - 1);
                    let end = rng.usize(start + 1..=len.min(start + 20));
                    let doc = if rng.usize(..4) == 0 { "e" } else { "d" };
                    let text = editor.project().document(doc).map(|d| d.slice(start, end));
                    let quote = text.unwrap_or_default().to_string();
                    let label = labels[rng.usize(..3)];
                    let mut a = Annotation::new(doc, start, end, quote, label, "kim");
                    if label == "attribution" {
                        a = a.with_source("KCNA");
                    }
                    Some(Edit::AddAnnotation(a))
                }
                4 | 5 if !ids.is_empty() => Some(Edit::RemoveAnnotation(pick(&mut rng))),
                6 if !ids.is_empty() => {
                    let start = rng.usize(..len - 1);
                    let end = rng.usize(start + 1..=len);
                    Some(Edit::UpdateAnnotation {
                        id: pick(&mut rng),
                        change: AnnotationChange {
                            span: Some((start, end)),
                            label: Some(labels[rng.usize(..2)].to_string()),
                            ..Default::default()
                        },
                    })
                }
                7 if rng.usize(..4) == 0 => {
                    // A change the log does not know: caches must build again.
                    let project = editor.project().clone();
                    editor.replace(project);
                    check(&editor, None);
                    continue;
                }
                _ => None,
            };
            let change = match edit {
                Some(e) => editor.apply(e).ok(),
                None if rng.bool() => editor.undo(),
                None => editor.redo(),
            };
            check(&editor, change.as_ref());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(from: u64, to: u64, positions: &[usize]) -> ChangedPositions {
        ChangedPositions {
            from,
            to,
            positions: positions.to_vec(),
        }
    }

    #[test]
    fn changes_chain_only_over_consecutive_generations() {
        let mut log = ChangeLog::default();
        log.record(change(1, 2, &[5]));
        log.record(change(2, 3, &[1, 5]));
        log.record(change(4, 5, &[0]));
        assert_eq!(log.since(1, 3).unwrap().positions, [1, 5]);
        assert_eq!(log.since(2, 3).unwrap().positions, [1, 5]);
        assert_eq!(log.since(3, 3), Some(ChangedSince::default()));
        assert_eq!(log.since(1, 5), None, "generation 3 to 4 is unknown");
        assert_eq!(log.since(0, 2), None);
        assert_eq!(log.since(4, 5).unwrap().positions, [0]);
    }

    #[test]
    fn an_old_generation_falls_out_of_the_log() {
        let mut log = ChangeLog::default();
        for g in 0..(LOG_LEN as u64 + 5) {
            log.record(change(g, g + 1, &[g as usize]));
        }
        assert_eq!(log.since(0, 10), None);
        let last = LOG_LEN as u64 + 5;
        assert_eq!(log.since(last - 2, last).unwrap().positions.len(), 2);
    }

    /// Every record the editor returns names exactly the positions whose
    /// annotation differs, and its copies are the touched annotations.
    #[test]
    fn records_name_every_position_that_changed() {
        for seed in 0..6 {
            let mut last: Option<Project> = None;
            session::run(seed, 200, |editor, change| {
                let now = editor.project();
                if let (Some(old), Some(change)) = (&last, change) {
                    assert_eq!(change.to, editor.generation());
                    let touched = change.annotations.as_ref().expect("annotation edits");
                    let len = old.annotations.len().max(now.annotations.len());
                    for at in 0..len {
                        let differs = old.annotations.get(at) != now.annotations.get(at);
                        if differs {
                            assert!(touched.positions.contains(&at), "{at} not reported");
                        }
                    }
                    for a in &touched.after {
                        assert_eq!(now.annotation(&a.id), Some(a));
                    }
                    for a in &touched.before {
                        assert_eq!(old.annotation(&a.id), Some(a));
                    }
                }
                last = Some(now.clone());
            });
        }
    }
}
