//! The review view's logic without a window: choosing the pair, comparing with an
//! earlier version, deciding, failures as one line.

use std::path::Path;

use super::ReviewView;
use crate::model::{Annotation, Document, Project};
use crate::review::Decision;
use crate::team::as_other_side;

const TEXT: &str = "조선중앙통신 said “the test succeeded” 👋🏽, e\u{301}tude says.";

fn project(spans: &[(usize, usize, &str)]) -> Project {
    let mut p = Project::new("desk");
    p.documents.push(Document::new("d", "D", TEXT));
    for (s, e, label) in spans {
        let quote: String = TEXT.chars().skip(*s).take(e - s).collect();
        p.annotations
            .push(Annotation::new("d", *s, *e, quote, *label, "alice"));
    }
    p
}

#[test]
fn an_earlier_version_is_compared_as_side_b_and_decided_on() {
    let now = project(&[(0, 6, "attribution"), (13, 31, "claim")]);
    let before = as_other_side(project(&[(0, 6, "attribution")]), "v1");
    let mut view = ReviewView::new("alice");
    view.start("desk.ron", now);
    assert!(!view.has_pair(), "one annotator only");
    view.add_version("v1", before, "v1");
    assert!(!view.status_is_error, "{}", view.status);
    assert_eq!((view.a.as_str(), view.b.as_str()), ("alice", "alice @ v1"));
    assert_eq!(view.doc.as_deref(), Some("d"));
    assert_eq!(view.disagreement_count(), 1, "the claim is new");
    let id = view.comparison().unwrap().disagreements[0].id.clone();
    view.decide(&id, Decision::AcceptA);
    assert_eq!(view.status, "Decided: accept A");
}

#[test]
fn a_missing_colleague_file_fails_in_one_line_and_changes_nothing() {
    let mut view = ReviewView::new("alice");
    assert!(!view.add_colleague(Path::new("/nonexistent/bob.ron")));
    assert!(view.status_is_error && !view.status.contains('\n'));
    view.start("desk.ron", project(&[(0, 6, "claim")]));
    let before = view.session.as_ref().unwrap().inputs().count();
    assert!(!view.add_colleague(Path::new("/nonexistent/bob.ron")));
    assert!(view.status_is_error && !view.status.contains('\n'));
    assert_eq!(view.session.as_ref().unwrap().inputs().count(), before);
    assert!(
        view.save_path.ends_with("desk.curated.ron"),
        "{}",
        view.save_path
    );
}
