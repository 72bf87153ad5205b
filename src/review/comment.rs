//! Comments on a colleague's annotation: agree or dispute, with a note.

use super::corpus::annotator_of;
use super::error::ReviewError;
use crate::edit::Edit;
use crate::model::{Annotation, Comment, Project, Verdict, now_rfc3339};

/// The undoable edit that adds a comment by `author` (agree or dispute, with `note`)
/// to annotation `annotation_id` of `project`; apply it through
/// [`crate::edit::Editor::apply`].
pub fn comment_edit(
    project: &Project,
    annotation_id: &str,
    author: &str,
    verdict: Verdict,
    note: &str,
) -> Result<Edit, ReviewError> {
    let mut a = project
        .annotation(annotation_id)
        .cloned()
        .ok_or_else(|| ReviewError::NoSuchAnnotation(annotation_id.to_string()))?;
    a.comments.push(Comment {
        author: author.to_string(),
        verdict,
        note: note.trim().to_string(),
        created: now_rfc3339(),
    });
    Ok(Edit::ReplaceAnnotation(a))
}

/// The comments colleagues left on `author`'s annotations (not their own), in file
/// order: what to show an analyst who opens a reviewed project.
pub fn comments_for<'a>(project: &'a Project, author: &str) -> Vec<(&'a Annotation, &'a Comment)> {
    project
        .annotations
        .iter()
        .filter(|a| annotator_of(a) == author)
        .flat_map(|a| {
            a.comments
                .iter()
                .filter(|c| c.author.trim() != author)
                .map(move |c| (a, c))
        })
        .collect()
}
