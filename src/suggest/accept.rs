//! Suggestions turned into project edits: accepting makes ordinary annotations
//! (the analyst as author, the note naming the rule), rejecting saves the span in
//! the project's rejected list so it is not suggested again. Each is one
//! [`Edit`], so it undoes in one step.

use std::collections::HashSet;

use super::Suggestion;
use crate::edit::{Edit, EditError, quote_of};
use crate::model::{Annotation, Project, RejectedSpan};

/// The note an accepted suggestion carries: which rule made it, and why.
pub fn note_of(s: &Suggestion) -> String {
    format!(
        "suggested by rule {} (score {:.2}): {}",
        s.rule, s.score, s.why
    )
}

/// Accepted suggestions, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    /// One edit adding every new annotation (a batch when more than one).
    pub edit: Edit,
    /// The ids of the annotations it adds, in the suggestions' order.
    pub ids: Vec<String>,
    /// Suggestions left out: already tagged so (same span and label) or offsets
    /// that no longer fit their document.
    pub skipped: usize,
}

/// The annotations `found` become, signed by `author`, as one edit; `None` when
/// none is left to add. A label missing from the schema is refused (the rules
/// and the schema disagree).
pub fn accept_edit(
    project: &Project,
    found: &[&Suggestion],
    author: &str,
) -> Result<Option<Accepted>, EditError> {
    let mut taken: HashSet<(&str, usize, usize, &str)> = HashSet::new();
    for s in found {
        if project.schema.label(&s.label).is_none() {
            return Err(EditError::UnknownLabel(s.label.clone()));
        }
    }
    let wanted: HashSet<&str> = found.iter().map(|s| s.doc.as_str()).collect();
    for a in project
        .annotations
        .iter()
        .filter(|a| wanted.contains(a.doc.as_str()))
    {
        taken.insert((a.doc.as_str(), a.start, a.end, a.label.as_str()));
    }
    let mut edits = Vec::with_capacity(found.len());
    let mut ids = Vec::with_capacity(found.len());
    let mut skipped = 0;
    for s in found {
        let Ok(quote) = quote_of(project, &s.doc, s.start, s.end) else {
            skipped += 1;
            continue;
        };
        if !taken.insert((s.doc.as_str(), s.start, s.end, s.label.as_str())) {
            skipped += 1;
            continue;
        }
        let mut a = Annotation::new(&s.doc, s.start, s.end, quote, &s.label, author);
        if let Some(source) = s.source.as_deref().filter(|x| !x.trim().is_empty()) {
            a = a.with_source(source);
        }
        a.note = note_of(s);
        ids.push(a.id.clone());
        edits.push(Edit::AddAnnotation(a));
    }
    let edit = match edits.len() {
        0 => return Ok(None),
        1 => edits.pop().expect("one edit"),
        _ => Edit::Batch(edits),
    };
    Ok(Some(Accepted { edit, ids, skipped }))
}

/// The span of `s` as the analyst's refusal: suggestions of its label overlapping
/// it are not made again (other labels still are: refusing an attribution cue
/// leaves the claim around it).
pub fn rejected_span(s: &Suggestion) -> RejectedSpan {
    RejectedSpan {
        doc: s.doc.clone(),
        start: s.start,
        end: s.end,
        label: Some(s.label.clone()),
        rule: Some(s.rule.clone()),
    }
}

/// The edit that adds the spans of `found` to the project's rejected list (sorted,
/// each once); `None` when all are there already.
pub fn reject_edit(project: &Project, found: &[&Suggestion]) -> Option<Edit> {
    let mut all = project.rejected.clone();
    let before = all.len();
    for s in found {
        let span = rejected_span(s);
        if !all.contains(&span) {
            all.push(span);
        }
    }
    if all.len() == before {
        return None;
    }
    all.sort();
    Some(Edit::SetRejected(all))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Editor;
    use crate::model::Document;

    fn project() -> Project {
        let mut p = Project::new("t");
        p.documents.push(Document::new(
            "d",
            "t",
            "조선중앙통신 said 🚀, according to KCNA.",
        ));
        p
    }

    fn suggestion(start: usize, end: usize, label: &str) -> Suggestion {
        let p = project();
        Suggestion {
            doc: "d".into(),
            start,
            end,
            label: label.into(),
            source: (label == super::super::ATTRIBUTION).then(|| "KCNA".into()),
            rule: "according-to".into(),
            score: 0.9,
            why: "cue “according to”".into(),
            quote: p.documents[0].slice(start, end).to_string(),
        }
    }

    #[test]
    fn accepted_suggestions_are_the_analysts_annotations_in_one_undo_step() {
        let mut ed = Editor::new(project());
        let a = suggestion(15, 33, "attribution");
        let b = suggestion(0, 6, "claim");
        let accepted = accept_edit(ed.project(), &[&a, &b], "alice")
            .unwrap()
            .unwrap();
        assert_eq!(accepted.ids.len(), 2);
        ed.apply(accepted.edit).unwrap();
        let made = ed.annotation(&accepted.ids[0]).unwrap();
        assert_eq!(made.quote, "according to KCNA.");
        assert_eq!(made.author, "alice");
        assert_eq!(made.source.as_deref(), Some("KCNA"));
        assert!(made.note.contains("according-to"), "{}", made.note);
        assert_eq!(
            ed.annotation(&accepted.ids[1]).unwrap().quote,
            "조선중앙통신"
        );
        ed.undo();
        assert!(ed.project().annotations.is_empty());
    }

    #[test]
    fn a_suggestion_already_tagged_or_out_of_the_text_is_skipped() {
        let mut ed = Editor::new(project());
        let a = suggestion(15, 33, "attribution");
        let first = accept_edit(ed.project(), &[&a], "alice").unwrap().unwrap();
        ed.apply(first.edit).unwrap();
        assert_eq!(accept_edit(ed.project(), &[&a], "bob").unwrap(), None);
        let mut past = suggestion(0, 6, "claim");
        past.end = 500;
        assert_eq!(accept_edit(ed.project(), &[&past], "bob").unwrap(), None);
        let unknown = suggestion(0, 6, "nonsense");
        assert!(accept_edit(ed.project(), &[&unknown], "bob").is_err());
    }

    #[test]
    fn a_rejection_is_saved_once_and_undoes() {
        let mut ed = Editor::new(project());
        let a = suggestion(15, 33, "attribution");
        let edit = reject_edit(ed.project(), &[&a]).unwrap();
        ed.apply(edit).unwrap();
        assert_eq!(ed.project().rejected, [rejected_span(&a)]);
        assert_eq!(reject_edit(ed.project(), &[&a]), None);
        let kept = super::super::keep_new(vec![a.clone()], [], &ed.project().rejected);
        assert!(kept.is_empty());
        ed.undo();
        assert!(ed.project().rejected.is_empty());
    }
}
