//! Which links each edit, undo and redo added and removed (issue 13), read from the
//! step's inverse, so that a window's index of links follows edits instead of
//! building itself again over 50,000 links after every tag.
//!
//! An inverse undoes exactly what its edit did: each link the edit added comes
//! back as a [`Edit::RemoveLink`] in it, each link the edit removed (by
//! [`Edit::RemoveLink`], or with its annotation or document) as an
//! [`Edit::AddLink`]. A whole-project replacement ([`Edit::TakeMerged`]) is not
//! followed: caches build again.

use std::collections::VecDeque;

use super::command::Edit;
use crate::model::Link;

/// The links one or more consecutive edits added and removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkDelta {
    /// Links in the project after the change that were not before it.
    pub added: Vec<Link>,
    /// Links in the project before the change that are not after it.
    pub removed: Vec<Link>,
}

impl LinkDelta {
    /// What the edit whose inverse is `inverse` did to the links; `None` when that
    /// is unknown (a whole project taken, a link both added and removed).
    pub fn of_inverse(inverse: &Edit) -> Option<LinkDelta> {
        fn walk(edit: &Edit, delta: &mut LinkDelta) -> Option<()> {
            match edit {
                Edit::RemoveLink(link) => delta.added.push(link.clone()),
                Edit::AddLink { link, .. } => delta.removed.push(link.clone()),
                Edit::TakeMerged(_) => return None,
                Edit::Batch(edits) => {
                    for e in edits {
                        walk(e, delta)?;
                    }
                }
                _ => {}
            }
            Some(())
        }
        let mut delta = LinkDelta::default();
        walk(inverse, &mut delta)?;
        let overlap = (delta.added.iter()).any(|l| delta.removed.contains(l));
        (!overlap).then_some(delta)
    }

    /// True when no link changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

/// One logged change: generations before and after, and its links' delta (`None`:
/// unknown, a follower builds again).
#[derive(Debug, Clone)]
struct Entry {
    from: u64,
    to: u64,
    delta: Option<LinkDelta>,
}

/// The last edits' link deltas (a few dozen; a follower older than that builds
/// again).
#[derive(Debug, Clone, Default)]
pub struct LinkLog {
    entries: VecDeque<Entry>,
}

/// How many edits the log remembers.
const LOG_LEN: usize = 32;

impl LinkLog {
    /// Records the step from generation `from` to `to` whose inverse is `inverse`.
    pub(crate) fn record(&mut self, from: u64, to: u64, inverse: &Edit) {
        if self.entries.len() == LOG_LEN {
            self.entries.pop_front();
        }
        let delta = LinkDelta::of_inverse(inverse);
        self.entries.push_back(Entry { from, to, delta });
    }

    /// The deltas of the steps from generation `from` to `to`, oldest first, when
    /// every step in between is known (`None`: build again).
    pub fn since(&self, from: u64, to: u64) -> Option<Vec<&LinkDelta>> {
        if from == to {
            return Some(Vec::new());
        }
        let first = self.entries.iter().position(|e| e.from == from)?;
        let mut at = from;
        let mut out = Vec::new();
        for e in self.entries.iter().skip(first) {
            if e.from != at {
                return None;
            }
            out.push(e.delta.as_ref()?);
            at = e.to;
            if at == to {
                return Some(out);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inverse_names_what_its_edit_added_and_removed() {
        let l = Link::attributes("a", "b");
        let m = Link::attributes("a", "c");
        let inverse = Edit::Batch(vec![
            Edit::RemoveLink(l.clone()),
            Edit::AddLink {
                link: m.clone(),
                at: Some(0),
            },
        ]);
        let d = LinkDelta::of_inverse(&inverse).unwrap();
        assert_eq!((d.added, d.removed), (vec![l], vec![m]));
        let taken = Edit::TakeMerged(Box::default());
        assert_eq!(LinkDelta::of_inverse(&taken), None);
    }

    #[test]
    fn the_log_chains_only_consecutive_generations() {
        let mut log = LinkLog::default();
        log.record(0, 1, &Edit::RemoveLink(Link::attributes("a", "b")));
        log.record(1, 2, &Edit::RenameProject("x".into()));
        assert_eq!(log.since(0, 2).map(|d| d.len()), Some(2));
        assert_eq!(log.since(1, 1).map(|d| d.len()), Some(0));
        log.record(5, 6, &Edit::RenameProject("y".into()));
        assert!(log.since(0, 6).is_none());
        log.record(6, 7, &Edit::TakeMerged(Box::default()));
        assert!(log.since(5, 7).is_none());
    }
}
