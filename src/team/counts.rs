//! Annotations added and removed between two versions of a project, counted from
//! their ids (a project file holds one annotation per line), and the links between
//! annotations added and removed (one per line too).

use std::collections::HashSet;

use crate::model::Project;

/// Annotations added, removed and changed from one version to the next.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct AnnotationCounts {
    /// In the new version only.
    pub added: usize,
    /// In the old version only.
    pub removed: usize,
    /// In both, different.
    pub changed: usize,
    /// Links between annotations in the new version only.
    pub links_added: usize,
    /// Links between annotations in the old version only.
    pub links_removed: usize,
}

impl AnnotationCounts {
    /// The counts from `old` (none: an empty project) to `new`.
    pub fn between(old: Option<&Project>, new: &Project) -> AnnotationCounts {
        let Some(old) = old else {
            return AnnotationCounts {
                added: new.annotations.len(),
                links_added: new.links.len(),
                ..Default::default()
            };
        };
        let before: std::collections::HashMap<&str, _> =
            old.annotations.iter().map(|a| (a.id.as_str(), a)).collect();
        let now: HashSet<&str> = new.annotations.iter().map(|a| a.id.as_str()).collect();
        let mut c = AnnotationCounts::default();
        for a in &new.annotations {
            match before.get(a.id.as_str()) {
                None => c.added += 1,
                Some(b) if *b != a => c.changed += 1,
                Some(_) => {}
            }
        }
        c.removed = before.keys().filter(|id| !now.contains(*id)).count();
        let links_before: HashSet<_> = old.links.iter().collect();
        let links_now: HashSet<_> = new.links.iter().collect();
        c.links_added = links_now.difference(&links_before).count();
        c.links_removed = links_before.difference(&links_now).count();
        c
    }

    /// The counts from the lines of a unified diff of a project file (`+`/`-`
    /// annotation lines, matched by id).
    pub fn from_diff(diff: &str) -> AnnotationCounts {
        let mut plus = HashSet::new();
        let mut minus = HashSet::new();
        let mut links_plus = HashSet::new();
        let mut links_minus = HashSet::new();
        for line in diff.lines() {
            let (set, links, rest) = match line.as_bytes().first() {
                Some(b'+') if !line.starts_with("+++") => (&mut plus, &mut links_plus, &line[1..]),
                Some(b'-') if !line.starts_with("---") => {
                    (&mut minus, &mut links_minus, &line[1..])
                }
                _ => continue,
            };
            if let Some(id) = annotation_id(rest) {
                set.insert(id);
            } else if let Some(link) = rest.trim_start().strip_prefix("Link(from: ") {
                links.insert(link.trim_end().trim_end_matches(','));
            }
        }
        AnnotationCounts {
            added: plus.difference(&minus).count(),
            removed: minus.difference(&plus).count(),
            changed: plus.intersection(&minus).count(),
            links_added: links_plus.difference(&links_minus).count(),
            links_removed: links_minus.difference(&links_plus).count(),
        }
    }
}

/// The (escaped) id of an annotation line as project files write it.
fn annotation_id(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("Annotation(id: \"")?;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return rest.get(..i),
            _ => escaped = false,
        }
    }
    None
}

impl std::fmt::Display for AnnotationCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        write!(
            f,
            "{} annotation{} added, {} removed, {} changed",
            self.added,
            s(self.added),
            self.removed,
            self.changed
        )?;
        // Links are named only when some changed, so the usual line stays short.
        if self.links_added + self.links_removed > 0 {
            write!(
                f,
                "; {} link{} added, {} removed",
                self.links_added,
                s(self.links_added),
                self.links_removed
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_lines_count_by_id() {
        let diff = "--- a/p.ron\n+++ b/p.ron\n@@ -1 +1 @@\n\
            -        Annotation(id: \"a1\", doc: \"d\", label: \"claim\"),\n\
            +        Annotation(id: \"a1\", doc: \"d\", label: \"speculation\"),\n\
            +        Annotation(id: \"a\\\"2\", doc: \"d\", quote: \"조선\"),\n\
            -        Annotation(id: \"a3\", doc: \"d\"),\n\
            +        Document(id: \"x\"),\n";
        let c = AnnotationCounts::from_diff(diff);
        assert_eq!((c.added, c.removed, c.changed), (1, 1, 1));
        assert_eq!((c.links_added, c.links_removed), (0, 0));
        assert_eq!(c.to_string(), "1 annotation added, 1 removed, 1 changed");
    }

    /// A sync that only linked two annotations said "0 annotations added, 0 removed,
    /// 0 changed" (seen in the real window): the links are counted and named.
    #[test]
    fn links_added_and_removed_are_counted_and_named() {
        let diff = "@@ -1 +1 @@\n\
            +        Link(from: \"a1\", to: \"a2\", kind: Attributes),\n\
            -        Link(from: \"a1\", to: \"a3\", kind: Attributes),\n\
            +        Link(from: \"a4\", to: \"a5\", kind: Attributes),\n";
        let c = AnnotationCounts::from_diff(diff);
        assert_eq!((c.added, c.removed, c.changed), (0, 0, 0));
        assert_eq!((c.links_added, c.links_removed), (2, 1));
        assert_eq!(
            c.to_string(),
            "0 annotations added, 0 removed, 0 changed; 2 links added, 1 removed"
        );
        let mut old = Project::default();
        old.links.push(crate::model::Link::attributes("a1", "a3"));
        let mut new = old.clone();
        new.links.push(crate::model::Link::attributes("a1", "a2"));
        let c = AnnotationCounts::between(Some(&old), &new);
        assert_eq!((c.links_added, c.links_removed), (1, 0));
    }
}
