//! Suggestions in the window (issue 11): computed off the UI thread for the
//! document shown ([`worker`]), recomputed (debounced) after edits, drawn in the
//! article as dashed outlines (`document_view/suggestion_marks.rs`), listed under
//! "Suggested" ([`list`]), accepted, rejected and stepped through with keys
//! ([`command`], run by [`runner`]), and each rule's precision and recall shown
//! ([`rules_window`]), with the project's own rules file edited there
//! ([`rules_editor`], loaded and saved by `rules_file.rs`).
//!
//! The suggestion engine and the edits are the library's (`crate::suggest`); this
//! folder only keeps the window's state and runs the commands.

mod command;
mod computing;
mod learned;
pub mod list;
pub mod menu;
pub mod rules_editor;
mod rules_file;
pub mod rules_window;
mod runner;
pub mod worker;

use std::sync::Arc;
use std::time::Instant;

pub use command::SuggestCommand;
pub use computing::PROGRESS_AFTER;
pub use learned::Gate;

use crate::suggest::Suggestion;

use super::document_view::SuggestionMarks;

/// How long after an edit the suggestions wait before being computed again (edits
/// in a row cost one computation).
pub const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(300);

/// The suggestions of the document shown, and what computes them.
#[derive(Debug, Default)]
pub struct SuggestionsState {
    /// The suggestions shown (computed ones and occurrences), sorted by start,
    /// longest first.
    list: Vec<Suggestion>,
    /// The computed suggestions, as the last result gave them (less those accepted
    /// or rejected since).
    computed: Vec<Suggestion>,
    /// "Tag all occurrences" suggestions, kept until the document changes.
    occurrences: Vec<Suggestion>,
    /// What `computed` is for.
    computed_for: Option<worker::Key>,
    /// The computation running, if any.
    running: Option<worker::Running>,
    /// When the next computation may start, and for what (set by a change, see
    /// [`DEBOUNCE`]).
    due: Option<(worker::Key, Instant)>,
    /// Index in `list` of the suggestion stepped to or clicked.
    current: Option<usize>,
    /// The marks the view draws, rebuilt when `list` or `current` change.
    marks: Option<Arc<SuggestionMarks>>,
    /// The last computation's failure, shown once in the status line.
    failure: Option<String>,
    /// The rules window.
    pub rules: rules_window::RulesWindow,
    /// The rules in use: the project's rules file or the built-in rules.
    project_rules: rules_file::ProjectRules,
    /// The learned model last used, with the project it was for (its file, or
    /// its name when it has none): kept between computations, so a decision
    /// costs one more pass over the document, not a retraining.
    model: Option<(String, Arc<crate::suggest::learn::LearnedModel>)>,
    /// What the last computation learned from the rules on the annotated
    /// documents, used again while those annotations stay as they are.
    rules_learned: Option<crate::suggest::learn::LearnedRules>,
    /// The learned model's training: its progress (drawn under "Suggested")
    /// and its Cancel. A new handle after a cancel.
    training: crate::task::Progress,
    /// Tests: trainings wait here until it opens.
    gate: Option<Arc<learned::Gate>>,
    /// Tests: computations wait here before finding suggestions until it opens.
    suggest_gate: Option<Arc<learned::Gate>>,
}

impl SuggestionsState {
    /// The suggestions shown for the current document, sorted by start.
    pub fn list(&self) -> &[Suggestion] {
        &self.list
    }

    /// The suggestion stepped to or clicked, if any.
    pub fn current(&self) -> Option<&Suggestion> {
        self.list.get(self.current?)
    }

    /// Its index in [`SuggestionsState::list`].
    pub fn current_index(&self) -> Option<usize> {
        self.current.filter(|&i| i < self.list.len())
    }

    /// The learned model last used, if any.
    pub fn learned_model(&self) -> Option<&crate::suggest::learn::LearnedModel> {
        self.model.as_ref().map(|(_, m)| &**m)
    }

    /// True while a computation runs or waits for its debounce.
    pub fn is_pending(&self) -> bool {
        self.running.is_some() || self.due.is_some()
    }

    /// Rebuilds `list` from the computed suggestions and the occurrences (each
    /// span and label once), keeping the current suggestion where it still is.
    fn rebuild(&mut self) {
        let current = self.current().cloned();
        let mut list = self.computed.clone();
        for o in &self.occurrences {
            if !list
                .iter()
                .any(|s| s.start == o.start && s.end == o.end && s.label == o.label)
            {
                list.push(o.clone());
            }
        }
        list.sort_by(|a, b| {
            (a.start, std::cmp::Reverse(a.end), &a.label).cmp(&(
                b.start,
                std::cmp::Reverse(b.end),
                &b.label,
            ))
        });
        self.current = current.and_then(|c| {
            list.iter()
                .position(|s| s.start == c.start && s.end == c.end && s.label == c.label)
        });
        self.list = list;
        self.marks = None;
    }

    /// Drops the suggestions `gone` says (accepted or rejected), at once, before the
    /// next computation confirms it.
    fn remove(&mut self, gone: impl Fn(&Suggestion) -> bool) {
        let before = self.current;
        self.computed.retain(|s| !gone(s));
        self.occurrences.retain(|s| !gone(s));
        let next_start = before.and_then(|i| self.list.get(i)).map(|s| s.start);
        self.rebuild();
        // The current one went: the next one after it becomes current.
        if self.current.is_none()
            && let Some(at) = next_start
        {
            self.current = self.list.iter().position(|s| s.start >= at);
        }
    }

    /// Forgets every suggestion (off, or another document).
    fn clear(&mut self) {
        self.list.clear();
        self.computed.clear();
        self.occurrences.clear();
        self.computed_for = None;
        self.running = None;
        self.due = None;
        self.current = None;
        self.marks = None;
    }
}

/// The index in `list` (sorted by start) that Enter / Backspace act on: the current
/// one while the text selection is its span (or there is none); else the first
/// overlapping the text selection (the analyst selected elsewhere since); else the
/// current one; else the first at or after `from` (the top of the screen).
pub fn target(
    list: &[Suggestion],
    current: Option<usize>,
    selection: Option<(usize, usize)>,
    from: usize,
) -> Option<usize> {
    let current = current.filter(|&i| i < list.len());
    if let Some(i) = current
        && selection.is_none_or(|sel| list.get(i).is_some_and(|s| (s.start, s.end) == sel))
    {
        return Some(i);
    }
    if let Some((a, b)) = selection
        && let Some(i) = list.iter().position(|s| s.overlaps(a, b.max(a + 1)))
    {
        return Some(i);
    }
    current.or_else(|| list.iter().position(|s| s.start >= from))
}

/// The index Tab (`forward`) or Shift+Tab steps to from `current` (or from char
/// `from` when there is no current one); wraps around at the ends.
pub fn step(
    list: &[Suggestion],
    current: Option<usize>,
    from: usize,
    forward: bool,
) -> Option<usize> {
    if list.is_empty() {
        return None;
    }
    let n = list.len();
    Some(match (current.filter(|&i| i < n), forward) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, true) => list.iter().position(|s| s.start >= from).unwrap_or(0),
        (None, false) => list.iter().rposition(|s| s.start < from).unwrap_or(n - 1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: usize, end: usize) -> Suggestion {
        Suggestion {
            doc: "d".into(),
            start,
            end,
            label: "claim".into(),
            source: None,
            rule: "r".into(),
            score: 0.5,
            why: String::new(),
            quote: String::new(),
        }
    }

    #[test]
    fn enter_acts_on_the_current_then_the_selected_then_the_next_suggestion() {
        let list = [s(0, 5), s(10, 20), s(30, 40)];
        assert_eq!(target(&list, Some(2), Some((30, 40)), 0), Some(2));
        assert_eq!(target(&list, Some(2), None, 0), Some(2));
        assert_eq!(
            target(&list, Some(2), Some((0, 1)), 0),
            Some(0),
            "selected since"
        );
        assert_eq!(
            target(&list, Some(2), Some((6, 8)), 0),
            Some(2),
            "nothing there"
        );
        assert_eq!(target(&list, None, Some((12, 14)), 0), Some(1));
        assert_eq!(target(&list, None, None, 6), Some(1));
        assert_eq!(target(&list, None, None, 50), None);
    }

    #[test]
    fn tab_steps_forward_and_back_and_wraps() {
        let list = [s(0, 5), s(10, 20), s(30, 40)];
        assert_eq!(step(&list, None, 8, true), Some(1));
        assert_eq!(step(&list, None, 8, false), Some(0));
        assert_eq!(step(&list, Some(2), 0, true), Some(0));
        assert_eq!(step(&list, Some(0), 0, false), Some(2));
        assert_eq!(step(&[], None, 0, true), None);
    }

    #[test]
    fn an_accepted_suggestion_leaves_the_list_and_the_next_becomes_current() {
        let mut state = SuggestionsState {
            computed: vec![s(0, 5), s(10, 20), s(30, 40)],
            ..Default::default()
        };
        state.rebuild();
        state.current = Some(1);
        state.remove(|x| x.start == 10);
        assert_eq!(state.list().len(), 2);
        assert_eq!(state.current().map(|x| x.start), Some(30));
    }
}
