//! The status line after an edit: what just changed, in words ("Moved the boundary:
//! “that was”", "Changed the label of “…” to Speculation"), so that it never keeps
//! describing an older action.

use crate::edit::Edit;
use crate::model::Project;

use super::actions::elide;

/// How much of a quote the status line shows.
const QUOTE_CHARS: usize = 60;

/// What an edit is about to do, kept (small: an id and a kind) to describe it once
/// applied.
#[derive(Debug, Clone)]
pub(crate) enum Pending {
    /// A change to one annotation.
    Annotation(String, Kind),
    /// Anything else: the edit's own description.
    Other(String),
}

/// Which field of an annotation changed (the first one that did, in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Span,
    Label,
    Source,
    Note,
}

/// What `edit` will change, before it is applied.
pub(crate) fn pending(edit: &Edit) -> Pending {
    match edit {
        Edit::UpdateAnnotation { id, change } => {
            let kind = if change.span.is_some() {
                Kind::Span
            } else if change.label.is_some() {
                Kind::Label
            } else if change.source.is_some() {
                Kind::Source
            } else {
                Kind::Note
            };
            Pending::Annotation(id.clone(), kind)
        }
        Edit::Batch(edits) if edits.len() == 1 => pending(&edits[0]),
        _ => Pending::Other(sentence(&edit.describe())),
    }
}

/// One line describing the `pending` edit, just applied to `project` (the project
/// after it).
pub(crate) fn describe_applied(project: &Project, pending: Pending) -> String {
    let (id, kind) = match pending {
        Pending::Annotation(id, kind) => (id, kind),
        Pending::Other(text) => return text,
    };
    let Some(a) = project.annotation(&id) else {
        return "Changed an annotation".into();
    };
    let quote = elide(&a.quote, QUOTE_CHARS);
    match kind {
        Kind::Span => format!("Moved the boundary: now “{quote}”"),
        Kind::Label => {
            let name = project.schema.label(&a.label).map_or(&a.label, |l| &l.name);
            format!("Changed the label of “{quote}” to {name}")
        }
        Kind::Source => match &a.source {
            Some(s) => format!("Source of “{quote}”: {s}"),
            None => format!("Removed the source of “{quote}”"),
        },
        Kind::Note => format!("Saved the note of “{quote}”"),
    }
}

/// `text` with its first letter in capitals ("change label" → "Change label").
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::AnnotationChange;
    use crate::model::{Annotation, Document};

    fn project() -> (Project, String) {
        let mut p = Project::new("p");
        p.documents
            .push(Document::new("d", "D", "조선중앙통신 said “that” 👋"));
        let a =
            Annotation::new("d", 0, 6, "조선중앙통신", "speculation", "alice").with_source("KCNA");
        let id = a.id.clone();
        p.annotations.push(a);
        (p, id)
    }

    fn update(id: &str, change: AnnotationChange) -> Edit {
        Edit::UpdateAnnotation {
            id: id.to_string(),
            change,
        }
    }

    #[test]
    fn each_kind_of_change_reads_as_what_it_did() {
        let (p, id) = project();
        let said = |c: AnnotationChange| describe_applied(&p, pending(&update(&id, c)));
        assert_eq!(
            said(AnnotationChange {
                span: Some((0, 6)),
                ..Default::default()
            }),
            "Moved the boundary: now “조선중앙통신”"
        );
        assert_eq!(
            said(AnnotationChange {
                label: Some("speculation".into()),
                ..Default::default()
            }),
            "Changed the label of “조선중앙통신” to Speculation"
        );
        assert_eq!(
            said(AnnotationChange {
                source: Some(Some("KCNA".into())),
                ..Default::default()
            }),
            "Source of “조선중앙통신”: KCNA"
        );
        assert_eq!(
            said(AnnotationChange {
                note: Some("n".into()),
                ..Default::default()
            }),
            "Saved the note of “조선중앙통신”"
        );
        assert_eq!(
            describe_applied(&p, pending(&Edit::RenameProject("x".into()))),
            "Rename project"
        );
    }
}
