//! Annotations added and removed between two versions of a project, counted from
//! their ids (a project file holds one annotation per line).

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
}

impl AnnotationCounts {
    /// The counts from `old` (none: an empty project) to `new`.
    pub fn between(old: Option<&Project>, new: &Project) -> AnnotationCounts {
        let Some(old) = old else {
            return AnnotationCounts {
                added: new.annotations.len(),
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
        c
    }

    /// The counts from the lines of a unified diff of a project file (`+`/`-`
    /// annotation lines, matched by id).
    pub fn from_diff(diff: &str) -> AnnotationCounts {
        let mut plus = HashSet::new();
        let mut minus = HashSet::new();
        for line in diff.lines() {
            let (set, rest) = match line.as_bytes().first() {
                Some(b'+') if !line.starts_with("+++") => (&mut plus, &line[1..]),
                Some(b'-') if !line.starts_with("---") => (&mut minus, &line[1..]),
                _ => continue,
            };
            if let Some(id) = annotation_id(rest) {
                set.insert(id);
            }
        }
        AnnotationCounts {
            added: plus.difference(&minus).count(),
            removed: minus.difference(&plus).count(),
            changed: plus.intersection(&minus).count(),
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
        )
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
    }
}
