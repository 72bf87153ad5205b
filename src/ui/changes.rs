//! Which positions of `project.annotations` each edit changed, so the window's
//! caches of annotations (the view's span index, the list's rows, the annotations
//! drawn) can re-examine those few positions after a tag instead of all 100,000.
//!
//! An edit touches the annotations it names (by id); the editor keeps the others
//! where they are, except that removing one moves the last annotation into its
//! place (and undoing that moves it back). So the positions whose content changed
//! are: where the touched annotations were, where they are now, and the positions
//! between the old and the new length. A cache that re-examines exactly those
//! positions ends equal to one built from scratch (property-tested in
//! `derived.rs` and `document_view`).

use std::collections::VecDeque;

use crate::edit::{Edit, Editor};
use crate::model::Annotation;

use super::derived::{AnnotationDelta, annotations_with_ids, touched_annotation_ids};

/// What one edit changed: the generation before and after it, and the positions
/// of `project.annotations` to re-examine (sorted, no repeats).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedPositions {
    /// Generation before the edit.
    pub from: u64,
    /// Generation after it.
    pub to: u64,
    /// Positions whose annotation may differ (some may now be past the end).
    pub positions: Vec<usize>,
}

/// The positions changed over several consecutive edits, and the length after them.
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
/// a cache that old builds itself again).
#[derive(Debug, Default)]
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

/// What [`start`] notes before an edit, for [`finish`].
#[derive(Debug)]
pub struct ChangeStart {
    generation: u64,
    len: usize,
    ids: Vec<String>,
    before: Vec<Annotation>,
    positions: Vec<usize>,
}

/// Before `edit` is applied through `editor`: the annotations it touches, where
/// they are, and the length. `None` when that is unknown or too many (a document
/// removal, a big batch): the caches then build themselves again.
pub fn start(editor: &Editor, edit: Option<&Edit>) -> Option<ChangeStart> {
    let ids: Vec<String> = touched_annotation_ids(edit?)?
        .into_iter()
        .map(str::to_string)
        .collect();
    let before = annotations_with_ids(&ids, |id| editor.annotation(id));
    let positions = ids.iter().filter_map(|id| editor.position(id)).collect();
    Some(ChangeStart {
        generation: editor.generation(),
        len: editor.project().annotations.len(),
        ids,
        before,
        positions,
    })
}

/// After the edit noted by [`start`] was applied: what it changed, as copies of the
/// touched annotations (for counts) and as positions (for position caches).
pub fn finish(editor: &Editor, start: ChangeStart) -> (AnnotationDelta, ChangedPositions) {
    let after = annotations_with_ids(&start.ids, |id| editor.annotation(id));
    let len = editor.project().annotations.len();
    let mut positions = start.positions;
    positions.extend(start.ids.iter().filter_map(|id| editor.position(id)));
    positions.extend(start.len.min(len)..start.len.max(len));
    positions.sort_unstable();
    positions.dedup();
    (
        AnnotationDelta {
            before: start.before,
            after,
        },
        ChangedPositions {
            from: start.generation,
            to: editor.generation(),
            positions,
        },
    )
}

/// Random editing sessions for the tests of the caches that follow the log.
#[cfg(test)]
pub(crate) mod session {
    use super::*;
    use crate::edit::AnnotationChange;
    use crate::model::{Document, Project};

    /// The text both documents of a session hold.
    pub const TEXT: &str = "KCNA said 조선 so 👋🏽 and e\u{301}tude “quoted” here.\n\nA second paragraph, longer, with more words in it.\n\nThird.";

    /// Runs `steps` random edits (tags, deletions, label, source and span changes,
    /// undo, redo, now and then a change the log does not know) through an editor,
    /// logging them as the window does, and calls `check` after each.
    pub fn run(seed: u64, steps: usize, mut check: impl FnMut(&Editor, &ChangeLog)) {
        let mut p = Project::new("t");
        p.documents.push(Document::new("d", "D", TEXT));
        p.documents.push(Document::new("e", "E", TEXT));
        let mut editor = Editor::new(p);
        let mut log = ChangeLog::default();
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
                    None
                }
                _ => None,
            };
            let (edit, undo) = match edit {
                Some(e) => (Some(e), false),
                None => (None, rng.bool()),
            };
            let noted = match &edit {
                Some(e) => start(&editor, Some(e)),
                None if undo => start(&editor, editor.undo_edit()),
                None => start(&editor, editor.redo_edit()),
            };
            let done = match edit {
                Some(e) => editor.apply(e).is_ok(),
                None if undo => editor.undo(),
                None => editor.redo(),
            };
            if done && let Some(noted) = noted {
                log.record(finish(&editor, noted).1);
            }
            check(&editor, &log);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::annotation_list::AnnotationListState;
    use crate::ui::derived::DrawnAnnotations;

    /// The annotations drawn and the list's rows, patched after each edit, equal
    /// the ones built from scratch.
    #[test]
    fn patched_caches_equal_rebuilt_ones() {
        for seed in 0..6 {
            let mut drawn = DrawnAnnotations::default();
            let mut rows = AnnotationListState::default();
            let mut filtered = AnnotationListState::default();
            filtered.label = Some("claim".into());
            session::run(seed, 300, |editor, log| {
                let (p, g) = (editor.project(), editor.generation());
                let fresh_drawn = DrawnAnnotations::default()
                    .of(p, g, "d", &ChangeLog::default())
                    .to_vec();
                assert_eq!(drawn.of(p, g, "d", log), fresh_drawn);
                for list in [&mut rows, &mut filtered] {
                    let mut fresh = AnnotationListState::default();
                    fresh.label = list.label.clone();
                    let want = fresh.rows(p, g, Some("d"), &ChangeLog::default()).to_vec();
                    assert_eq!(list.rows(p, g, Some("d"), log), want);
                }
            });
        }
    }

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
}
