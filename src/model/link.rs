//! Links between annotations: an attribution linked to the claim or speculation it
//! attributes (PARC's source → cue → content), stored in the project by annotation id.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::Project;

/// What a link says about its two annotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkKind {
    /// `from` (an attribution) attributes `to` (a claim or a speculation) to its source.
    Attributes,
}

impl LinkKind {
    /// The name exports write (`attributes`; brat writes it capitalised).
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Attributes => "attributes",
        }
    }

    /// The kind named `name` (any ASCII case), if there is one.
    pub fn parse(name: &str) -> Option<LinkKind> {
        name.eq_ignore_ascii_case("attributes")
            .then_some(LinkKind::Attributes)
    }
}

/// A directed link between two annotations of the project, by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Link {
    /// Id of the annotation the link starts at (the attribution).
    pub from: String,
    /// Id of the annotation it points at (the claim or speculation).
    pub to: String,
    /// What the link says.
    pub kind: LinkKind,
}

impl Link {
    /// An `attributes` link from attribution `from` to content `to`.
    pub fn attributes(from: impl Into<String>, to: impl Into<String>) -> Link {
        Link {
            from: from.into(),
            to: to.into(),
            kind: LinkKind::Attributes,
        }
    }

    /// True when the link starts or ends at annotation `id`.
    pub fn touches(&self, id: &str) -> bool {
        self.from == id || self.to == id
    }
}

/// For each annotation id, the positions in a project's `links` of the links that
/// start or end at it: built once per project generation, so that a window asks
/// "what is this annotation linked to" in O(its links) rather than a pass over
/// every link each frame.
#[derive(Debug, Clone, Default)]
pub struct LinkIndex {
    by_id: HashMap<String, Vec<usize>, foldhash::fast::RandomState>,
}

impl LinkIndex {
    /// The index of `links` (a project's `links`, in order).
    pub fn new(links: &[Link]) -> Self {
        let mut by_id: HashMap<String, Vec<usize>, foldhash::fast::RandomState> =
            HashMap::with_capacity_and_hasher(links.len() * 2, Default::default());
        for (i, l) in links.iter().enumerate() {
            by_id.entry(l.from.clone()).or_default().push(i);
            if l.to != l.from {
                by_id.entry(l.to.clone()).or_default().push(i);
            }
        }
        LinkIndex { by_id }
    }

    /// Positions of the links touching annotation `id`, in project order.
    pub fn of(&self, id: &str) -> &[usize] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    /// True when no annotation has a link.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

/// Longest text (chars) between an attribution cue and its content for
/// [`links_for_adjacent`] to offer the link.
pub const MAX_CUE_GAP: usize = 12;

/// The link a newly tagged annotation (`new`) most likely takes. For a claim or
/// speculation: the attribution of the same document right before it ("KCNA said
/// that |the launch succeeded|") or right after it ("|the launch succeeded|, KCNA
/// said"); for an attribution tagged after its content: the claim or speculation
/// right after or before it. At most two short words or punctuation between them
/// and no sentence end. `candidates` are the document's annotations (any order);
/// `is_attribution` tells which are cues. The cue-before-content order wins (the
/// cue introduces its content), then the nearer. The link always starts at the
/// attribution. `None` when there is none.
pub fn links_for_adjacent<'a>(
    doc: &super::Document,
    candidates: impl IntoIterator<Item = &'a super::Annotation>,
    is_attribution: impl Fn(&super::Annotation) -> bool,
    new: &super::Annotation,
) -> Option<Link> {
    let new_is_cue = is_attribution(new);
    let content = new;
    let len = doc.char_len();
    let gap_ok = |from: usize, to: usize| -> Option<usize> {
        if from > to || to > len || to - from > MAX_CUE_GAP {
            return None;
        }
        let gap = doc.slice(from, to);
        let ends_sentence = gap.contains(['.', '!', '?', '。', '\n']);
        let words = gap
            .split(|c: char| c.is_whitespace() || ",:;\"'“”‘’—–-".contains(c))
            .filter(|w| !w.is_empty())
            .count();
        (!ends_sentence && words <= 2).then_some(to - from)
    };
    let mut best: Option<(usize, bool, &super::Annotation)> = None;
    for a in candidates {
        // Offsets first: two comparisons rule out all but the neighbours, so a
        // document of 100,000 annotations costs a fraction of a millisecond.
        if a.end + MAX_CUE_GAP < content.start || a.start > content.end + MAX_CUE_GAP {
            continue;
        }
        if a.doc != content.doc || a.id == content.id || a.orphaned {
            continue;
        }
        if is_attribution(a) == new_is_cue {
            continue;
        }
        // `unusual`: the content comes first ("…, KCNA said").
        let found = if a.end <= content.start {
            gap_ok(a.end, content.start).map(|g| (g, new_is_cue))
        } else if a.start >= content.end {
            gap_ok(content.end, a.start).map(|g| (g, !new_is_cue))
        } else {
            None
        };
        if let Some((gap, after)) = found
            && best.is_none_or(|(g, af, _)| (after, gap) < (af, g))
        {
            best = Some((gap, after, a));
        }
    }
    best.map(|(_, _, a)| match new_is_cue {
        true => Link::attributes(&new.id, &a.id),
        false => Link::attributes(&a.id, &new.id),
    })
}

/// Why a link cannot be in a project, one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkProblem {
    /// An end names no annotation of the project.
    #[error("link {from} → {to}: annotation '{missing}' does not exist")]
    Dangling {
        /// The link's start.
        from: String,
        /// The link's end.
        to: String,
        /// The end that is missing.
        missing: String,
    },
    /// Both ends are the same annotation.
    #[error("link {from} → {from}: an annotation cannot attribute itself")]
    ToItself {
        /// The annotation.
        from: String,
    },
    /// The same link twice.
    #[error("link {from} → {to} is in the project twice")]
    Twice {
        /// The link's start.
        from: String,
        /// The link's end.
        to: String,
    },
}

/// Every problem of the project's links: dangling ends, self links, duplicates.
pub fn link_problems(project: &Project) -> Vec<LinkProblem> {
    if project.links.is_empty() {
        return Vec::new();
    }
    let ids: HashSet<&str> = project.annotations.iter().map(|a| a.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for l in &project.links {
        let missing = [&l.from, &l.to]
            .into_iter()
            .find(|id| !ids.contains(id.as_str()));
        if let Some(missing) = missing {
            out.push(LinkProblem::Dangling {
                from: l.from.clone(),
                to: l.to.clone(),
                missing: missing.clone(),
            });
        } else if l.from == l.to {
            out.push(LinkProblem::ToItself {
                from: l.from.clone(),
            });
        } else if !seen.insert(l) {
            out.push(LinkProblem::Twice {
                from: l.from.clone(),
                to: l.to.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    fn project() -> Project {
        let mut p = Project::new("t");
        p.documents
            .push(Document::new("d", "t", "조선중앙통신은 발사했다고 밝혔다."));
        p.annotations.push(Annotation::new(
            "d",
            0,
            6,
            "조선중앙통신",
            "attribution",
            "me",
        ));
        p.annotations
            .push(Annotation::new("d", 8, 13, "발사했다고", "claim", "me"));
        p
    }

    #[test]
    fn a_link_between_existing_annotations_is_fine() {
        let mut p = project();
        let (a, c) = (p.annotations[0].id.clone(), p.annotations[1].id.clone());
        p.links.push(Link::attributes(&a, &c));
        assert!(link_problems(&p).is_empty());
    }

    #[test]
    fn dangling_self_and_repeated_links_are_named() {
        let mut p = project();
        let (a, c) = (p.annotations[0].id.clone(), p.annotations[1].id.clone());
        p.links.push(Link::attributes(&a, "gone"));
        p.links.push(Link::attributes(&c, &c));
        p.links.push(Link::attributes(&a, &c));
        p.links.push(Link::attributes(&a, &c));
        let msgs: Vec<String> = link_problems(&p).iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(msgs[0].contains("'gone' does not exist"), "{msgs:?}");
        assert!(msgs[1].contains("cannot attribute itself"), "{msgs:?}");
        assert!(msgs[2].contains("twice"), "{msgs:?}");
    }

    #[test]
    fn the_index_lists_each_annotations_links_in_order() {
        let links = vec![
            Link::attributes("a", "c1"),
            Link::attributes("b", "c2"),
            Link::attributes("a", "c2"),
        ];
        let index = LinkIndex::new(&links);
        assert_eq!(index.of("a"), [0, 2]);
        assert_eq!(index.of("c2"), [1, 2]);
        assert_eq!(index.of("c1"), [0]);
        assert!(index.of("nobody").is_empty());
        assert!(LinkIndex::new(&[]).is_empty());
    }

    #[test]
    fn a_cue_right_before_or_after_the_content_is_offered() {
        use crate::model::{Annotation, Document};
        let text = "조선중앙통신은 발사했다고 밝혔다. KCNA said that the launch succeeded, \
                    analysts said. Nothing here.";
        let doc = Document::new("d", "t", text);
        let at = |q: &str, label: &str| {
            let s = text[..text.find(q).unwrap()].chars().count();
            Annotation::new("d", s, s + q.chars().count(), q, label, "me")
        };
        let cue_ko = at("조선중앙통신은", "attribution");
        let claim_ko = at("발사했다고", "claim");
        let cue = at("KCNA said", "attribution");
        let claim = at("the launch succeeded", "claim");
        let after = at("analysts said", "attribution");
        let far = at("Nothing here", "speculation");
        let all = [&cue_ko, &claim_ko, &cue, &claim, &after, &far];
        let is_cue = |a: &Annotation| a.label == "attribution";
        let link = |c: &Annotation| links_for_adjacent(&doc, all, is_cue, c);
        assert_eq!(
            link(&claim_ko),
            Some(Link::attributes(&cue_ko.id, &claim_ko.id))
        );
        // " that " (one word) before, ", " after: the cue before.
        assert_eq!(link(&claim), Some(Link::attributes(&cue.id, &claim.id)));
        assert_eq!(link(&far), None, "a sentence end between");
        // A cue tagged after its content: the content after it first, else before.
        assert_eq!(link(&cue), Some(Link::attributes(&cue.id, &claim.id)));
        assert_eq!(link(&after), Some(Link::attributes(&after.id, &claim.id)));
        let without_before = [&claim, &after];
        assert_eq!(
            links_for_adjacent(&doc, without_before, is_cue, &claim),
            Some(Link::attributes(&after.id, &claim.id))
        );
    }

    #[test]
    fn kinds_parse_in_any_case() {
        assert_eq!(LinkKind::parse("Attributes"), Some(LinkKind::Attributes));
        assert_eq!(LinkKind::parse("attributes"), Some(LinkKind::Attributes));
        assert_eq!(LinkKind::parse("causes"), None);
    }
}
