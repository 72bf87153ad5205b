//! Consistency checks of a project: what the loader refuses and `marginalia validate`
//! lists.

use std::fmt;

// Seeded per process (ids come from files), several times faster than SipHash on
// short ids: `check_project` runs on every load, 525,000 ids for `agree` at scale.
use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};

use crate::model::{FORMAT_VERSION, Project, quoted};

/// One thing wrong with a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The annotation or document concerned, if any.
    pub item: Option<String>,
    /// What is wrong, one line.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(f, "{}: {}", quoted(item), self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Every problem of `project`: format version, unique ids, known documents and labels,
/// offsets inside the text, each quote equal to the text it points at, and (format
/// 2) an `edited_by` that names someone.
///
/// Orphaned annotations (see [`crate::anchor`]) keep the offsets and quote of a text
/// that no longer exists, so their offsets and quote are not checked: an orphan is a
/// known state listed to the analyst, not a problem of the file.
pub fn check_project(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut say = |item: Option<&str>, message: String| {
        problems.push(Problem {
            item: item.map(str::to_string),
            message,
        })
    };
    if project.format > FORMAT_VERSION {
        say(
            None,
            format!(
                "format {} is newer than this Marginalia reads ({FORMAT_VERSION})",
                project.format
            ),
        );
    }
    if project.format == 0 {
        say(None, "format 0 is not a project format".into());
    }
    let mut docs = HashMap::new();
    for d in &project.documents {
        if d.id.is_empty() {
            say(
                None,
                format!("document '{}' has an empty id", quoted(&d.title)),
            );
        } else if docs.insert(d.id.as_str(), d).is_some() {
            say(Some(&d.id), "document id used twice".into());
        }
    }
    let mut label_ids = HashSet::new();
    for l in &project.schema.labels {
        if l.id.trim().is_empty() {
            say(
                None,
                format!(
                    "label '{}' (named '{}') has an empty or blank id",
                    quoted(&l.id),
                    quoted(&l.name)
                ),
            );
        }
        if !label_ids.insert(l.id.as_str()) {
            say(
                None,
                format!("label '{}' defined twice in the schema", quoted(&l.id)),
            );
        }
    }
    let mut ann_ids = HashSet::with_capacity(project.annotations.len());
    for a in &project.annotations {
        let item = Some(a.id.as_str());
        if a.id.is_empty() {
            say(
                None,
                format!("an annotation on '{}' has an empty id", quoted(&a.doc)),
            );
        } else if !ann_ids.insert(a.id.as_str()) {
            say(item, "annotation id used twice".into());
        }
        if !label_ids.contains(a.label.as_str()) {
            say(
                item,
                format!("label '{}' is not in the schema", quoted(&a.label)),
            );
        }
        if a.edited_by.as_deref().is_some_and(|e| e.trim().is_empty()) {
            say(item, "edited_by names nobody (an empty name)".into());
        }
        let Some(doc) = docs.get(a.doc.as_str()) else {
            say(
                item,
                format!("document '{}' does not exist", quoted(&a.doc)),
            );
            continue;
        };
        if a.orphaned {
            continue;
        }
        let len = doc.char_len();
        if a.start >= a.end {
            say(
                item,
                format!("start {} is not before end {}", a.start, a.end),
            );
        } else if a.end > len {
            say(
                item,
                format!(
                    "offsets {}..{} run past the end of '{}' ({len} chars)",
                    a.start,
                    a.end,
                    quoted(&a.doc)
                ),
            );
        } else if doc.slice(a.start, a.end) != a.quote {
            say(
                item,
                format!(
                    "quote {:?} differs from the text at {}..{} ({:?})",
                    shorten(&a.quote),
                    a.start,
                    a.end,
                    shorten(doc.slice(a.start, a.end))
                ),
            );
        }
    }
    // --- sources (issue 13): links must join two existing, distinct annotations ---
    for p in crate::model::link_problems(project) {
        say(None, p.to_string());
    }
    // --- end sources ---
    problems
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(37).collect();
        t.push('…');
        t
    }
}

/// Notes on documents' metadata (a `date` that is not RFC 3339, a field with a line
/// break): things an analyst may want to fix, never a reason to refuse a project.
pub fn metadata_notes(project: &Project) -> Vec<Problem> {
    project
        .documents
        .iter()
        .flat_map(|d| {
            d.meta.problems().into_iter().map(|message| Problem {
                item: Some(d.id.clone()),
                message,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    fn project() -> Project {
        let mut p = Project::new("t");
        p.documents.push(Document::new("d", "D", "조선 said 👋 hi"));
        p.annotations
            .push(Annotation::new("d", 0, 2, "조선", "claim", "me"));
        p
    }

    #[test]
    fn clean_project_has_no_problems() {
        assert!(check_project(&project()).is_empty());
    }

    #[test]
    fn each_kind_of_problem_is_reported() {
        let mut p = project();
        let a = p.annotations[0].clone();
        p.annotations.push(a.clone()); // duplicate id
        let mut past = Annotation::new("d", 5, 99, "x", "claim", "me");
        past.id = "past".into();
        let mut quote = Annotation::new("d", 8, 9, "X", "claim", "me");
        quote.id = "quote".into();
        let mut label = Annotation::new("d", 0, 2, "조선", "rumour", "me");
        label.id = "label".into();
        let mut backwards = Annotation::new("d", 3, 1, "", "claim", "me");
        backwards.id = "back".into();
        let mut nodoc = Annotation::new("zz", 0, 1, "", "claim", "me");
        nodoc.id = "nodoc".into();
        let mut nobody = Annotation::new("d", 0, 2, "조선", "claim", "me");
        nobody.id = "nobody".into();
        nobody.edited_by = Some(" ".into());
        p.annotations
            .extend([past, quote, label, backwards, nodoc, nobody]);
        let msgs: Vec<String> = check_project(&p).iter().map(|p| p.to_string()).collect();
        let all = msgs.join("\n");
        assert!(all.contains("used twice"), "{all}");
        assert!(
            all.contains("past:") && all.contains("past the end"),
            "{all}"
        );
        assert!(all.contains("quote:") && all.contains("differs"), "{all}");
        assert!(all.contains("'rumour' is not in the schema"), "{all}");
        assert!(all.contains("back:") && all.contains("not before"), "{all}");
        assert!(all.contains("'zz' does not exist"), "{all}");
        assert!(all.contains("nobody: edited_by names nobody"), "{all}");
    }

    #[test]
    fn orphans_are_not_problems_but_their_label_and_document_are_checked() {
        let mut p = project();
        let mut orphan = Annotation::new("d", 50, 60, "gone text", "claim", "me");
        orphan.orphaned = true;
        p.annotations.push(orphan.clone());
        assert!(check_project(&p).is_empty());
        orphan.id = "o2".into();
        orphan.label = "rumour".into();
        p.annotations.push(orphan);
        assert_eq!(check_project(&p).len(), 1);
    }

    #[test]
    fn empty_or_blank_label_ids_are_problems() {
        for blank in ["", " ", "\t\u{3000}"] {
            let mut p = project();
            let mut label = p.schema.labels[0].clone();
            label.id = blank.to_string();
            label.name = "소문 rumour".into();
            p.schema.labels.push(label);
            let problems = check_project(&p);
            assert_eq!(problems.len(), 1, "{blank:?}: {problems:?}");
            assert!(
                problems[0].message.contains("empty or blank id")
                    && problems[0].message.contains("소문 rumour"),
                "{}",
                problems[0]
            );
        }
    }
}
