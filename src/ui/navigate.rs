//! Next / previous annotation (`]` / `[`, Alt+↓ / Alt+↑): steps through the drawn
//! annotations of the shown document in reading order (by start, the longer first
//! at one start, then by id), from the selected one or, when none is, from the top of
//! the screen; wraps at either end and says so.
//!
//! (A method of [`MarginaliaApp`]: the runner's, for the two commands; it reads the
//! view's screen position, a panel's state, and changes the selection.)

use std::cmp::Reverse;

use crate::model::Annotation;

use super::app::MarginaliaApp;

/// Where an annotation sorts in reading order.
fn reading_key(a: &Annotation) -> (usize, Reverse<usize>, &str) {
    (a.start, Reverse(a.end), a.id.as_str())
}

/// The annotation after (or before) `from` among `shown` in reading order, wrapping;
/// with no `from`, the first starting at or after char `top` (or the last before
/// it). Returns its id and whether the step wrapped.
pub(crate) fn step<'a>(
    shown: &[&'a Annotation],
    from: Option<&Annotation>,
    top: usize,
    forward: bool,
) -> Option<(&'a str, bool)> {
    let mut sorted: Vec<&Annotation> = shown.to_vec();
    sorted.sort_by(|a, b| reading_key(a).cmp(&reading_key(b)));
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    // Index of the first annotation after the starting point.
    let after = match from {
        Some(f) if forward => sorted.partition_point(|a| reading_key(a) <= reading_key(f)),
        Some(f) => sorted.partition_point(|a| reading_key(a) < reading_key(f)),
        None => sorted.partition_point(|a| a.start < top),
    };
    let (i, wrapped) = if forward {
        if after < n { (after, false) } else { (0, true) }
    } else if after > 0 {
        (after - 1, false)
    } else {
        (n - 1, true)
    };
    sorted.get(i).map(|a| (a.id.as_str(), wrapped))
}

impl MarginaliaApp {
    /// Selects the next (or previous) annotation of the shown document and brings
    /// it into view.
    pub(crate) fn step_annotation(&mut self, forward: bool) {
        let Some(doc) = self.state.current_doc.clone() else {
            self.set_error("Open a document first");
            return;
        };
        let top = self.view.visible_range(&doc).map_or(0, |(top, _)| top);
        let project = self.state.editor.project();
        let shown: Vec<&Annotation> = (project.annotations.iter())
            .filter(|a| a.doc == doc && !a.orphaned)
            .collect();
        let from = self.selected_annotation().filter(|a| a.doc == doc);
        let Some((id, wrapped)) = step(&shown, from, top, forward) else {
            self.set_info("No annotations in this document");
            return;
        };
        let id = id.to_string();
        self.push_command(super::command::UiCommand::SelectAnnotation(Some(id)));
        if wrapped {
            self.set_info(if forward {
                "Back to the first annotation of the document"
            } else {
                "Back to the last annotation of the document"
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(id: &str, start: usize, end: usize) -> Annotation {
        let mut a = Annotation::new("d", start, end, "조선중앙통신", "claim", "alice");
        a.id = id.into();
        a
    }

    #[test]
    fn steps_in_reading_order_from_the_selected_one_or_the_screen_and_wraps() {
        let all = [
            ann("c", 40, 50),
            ann("a", 0, 5),
            ann("b", 0, 9),
            ann("d", 40, 50),
        ];
        let shown: Vec<&Annotation> = all.iter().collect();
        let id = |r: Option<(&str, bool)>| r.map(|(i, w)| (i.to_string(), w));
        // Longer first at one start; same span ordered by id.
        assert_eq!(
            id(step(&shown, Some(&all[2]), 0, true)),
            Some(("a".into(), false))
        );
        assert_eq!(
            id(step(&shown, Some(&all[1]), 0, true)),
            Some(("c".into(), false))
        );
        assert_eq!(
            id(step(&shown, Some(&all[0]), 0, true)),
            Some(("d".into(), false))
        );
        assert_eq!(
            id(step(&shown, Some(&all[3]), 0, true)),
            Some(("b".into(), true))
        );
        assert_eq!(
            id(step(&shown, Some(&all[2]), 0, false)),
            Some(("d".into(), true))
        );
        assert_eq!(
            id(step(&shown, Some(&all[3]), 0, false)),
            Some(("c".into(), false))
        );
        // Nothing selected: from the top of the screen.
        assert_eq!(id(step(&shown, None, 20, true)), Some(("c".into(), false)));
        assert_eq!(id(step(&shown, None, 20, false)), Some(("a".into(), false)));
        assert_eq!(step(&[], None, 0, true), None);
    }
}
