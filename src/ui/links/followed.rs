//! The window's index of links by annotation, following edits (issue 13): after an
//! edit, undo or redo it takes in the links the step added and removed (the
//! editor's [`LinkLog`](crate::edit::LinkLog)), O(links touched); it builds again
//! over all the project's links only when the log cannot say (a project opened or
//! taken from the team, a cache older than the log).

use std::collections::HashMap;

use crate::edit::{Editor, LinkDelta};
use crate::model::Link;

/// Annotation id → the links that start or end at it, sorted, at one generation.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FollowedLinks {
    /// The generation the index is at (`None`: never built).
    generation: Option<u64>,
    by_id: HashMap<String, Vec<Link>, foldhash::fast::RandomState>,
}

impl FollowedLinks {
    /// The index of `links` at `generation`, built from scratch.
    pub(crate) fn build(links: &[Link], generation: u64) -> Self {
        let mut out = FollowedLinks {
            generation: Some(generation),
            by_id: HashMap::with_capacity_and_hasher(links.len() * 2, Default::default()),
        };
        for l in links {
            out.insert(l);
        }
        out
    }

    /// Brings the index to the editor's generation: from the log when it knows
    /// every step since, else built again. True when it changed.
    pub(crate) fn follow(&mut self, editor: &Editor) -> bool {
        let now = editor.generation();
        if self.generation == Some(now) {
            return false;
        }
        let deltas = (self.generation).and_then(|g| editor.link_changes().since(g, now));
        match deltas {
            Some(deltas) => deltas.into_iter().for_each(|d| self.apply(d)),
            None => *self = FollowedLinks::build(&editor.project().links, now),
        }
        self.generation = Some(now);
        true
    }

    /// The links touching annotation `id`, sorted.
    pub(crate) fn of(&self, id: &str) -> &[Link] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    /// Takes in one step's added and removed links.
    fn apply(&mut self, delta: &LinkDelta) {
        for l in &delta.removed {
            self.remove(l);
        }
        for l in &delta.added {
            self.insert(l);
        }
    }

    fn insert(&mut self, l: &Link) {
        for id in ends(l) {
            let list = self.by_id.entry(id.clone()).or_default();
            if let Err(at) = list.binary_search(l) {
                list.insert(at, l.clone());
            }
        }
    }

    fn remove(&mut self, l: &Link) {
        for id in ends(l) {
            if let Some(list) = self.by_id.get_mut(id.as_str()) {
                if let Ok(at) = list.binary_search(l) {
                    list.remove(at);
                }
                if list.is_empty() {
                    self.by_id.remove(id.as_str());
                }
            }
        }
    }
}

/// A link's ends, once each.
fn ends(l: &Link) -> impl Iterator<Item = &String> {
    std::iter::once(&l.from).chain((l.to != l.from).then_some(&l.to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::{Annotation, Document, Project};
    use proptest::prelude::*;

    /// Runs random tags, links, unlinks, deletions, undos, redos and now and then
    /// a whole-project replacement, checking after each step that the followed
    /// index equals one built from scratch. Returns how many steps it followed.
    fn session(ops: &[(u8, u16, u16)]) -> usize {
        let mut p = Project::new("t");
        p.documents
            .push(Document::new("d", "D", "KCNA said 조선 👋🏽 e\u{301}tude."));
        let mut editor = Editor::new(p);
        let mut followed = FollowedLinks::default();
        let mut follows = 0;
        for &(op, x, y) in ops {
            let ids: Vec<String> = (editor.project().annotations.iter())
                .map(|a| a.id.clone())
                .collect();
            let pick = |k: u16| ids.get(k as usize % ids.len().max(1)).cloned();
            let links = editor.project().links.clone();
            let edit = match op % 9 {
                0 | 1 => {
                    let start = x as usize % 10;
                    let a = Annotation::new("d", start, start + 2, "", "claim", "kim");
                    let quote = editor.project().documents[0].slice(start, start + 2);
                    Some(Edit::AddAnnotation(Annotation {
                        quote: quote.into(),
                        ..a
                    }))
                }
                2 | 3 => pick(x).zip(pick(y)).map(|(from, to)| Edit::AddLink {
                    link: Link::attributes(from, to),
                    at: Some(y as usize % (links.len() + 1)),
                }),
                4 => pick(x).map(Edit::RemoveAnnotation),
                5 => (links.get(x as usize % links.len().max(1)).cloned()).map(Edit::RemoveLink),
                6 => {
                    editor.undo();
                    None
                }
                7 => {
                    editor.redo();
                    None
                }
                _ if x % 8 == 0 => {
                    let project = editor.project().clone();
                    editor.replace(project);
                    None
                }
                _ => None,
            };
            if let Some(edit) = edit {
                let _ = editor.apply(edit); // refused links (self, twice) are fine
            }
            let before = followed.generation;
            let log_knows =
                before.and_then(|g| editor.link_changes().since(g, editor.generation()));
            if log_knows.is_some_and(|d| !d.is_empty()) {
                follows += 1;
            }
            followed.follow(&editor);
            let fresh = FollowedLinks::build(&editor.project().links, editor.generation());
            assert_eq!(followed, fresh);
        }
        follows
    }

    #[test]
    fn a_long_random_session_is_followed_not_rebuilt() {
        let mut rng = fastrand::Rng::with_seed(7);
        let ops: Vec<(u8, u16, u16)> = (0..600)
            .map(|_| (rng.u8(..), rng.u16(..), rng.u16(..)))
            .collect();
        assert!(
            session(&ops) > 200,
            "the index built again instead of following"
        );
    }

    proptest! {
        #[test]
        fn the_followed_index_equals_a_fresh_one(
            ops in proptest::collection::vec(any::<(u8, u16, u16)>(), 1..80)
        ) {
            session(&ops);
        }
    }
}
