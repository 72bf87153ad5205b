//! Random concurrent edit sessions on two sides, merged by identity, against a
//! model of the expected result: no annotation made or changed on either side is
//! lost, deletions happen only where intended, the result is the same whichever
//! side is "ours", loads and validates.

use std::collections::BTreeMap;

use marginalia::model::{Annotation, Comment, Document, Project, Verdict};
use marginalia::store::{check_project, parse_project, project_to_ron};
use marginalia::team::merge3;
use proptest::prelude::*;

const TEXT: &str =
    "조선중앙통신 “보도”: the test 👋🏽 succeeded, e\u{301}tude says KCNA.\nSeoul doubts it.";
const LABELS: [&str; 3] = ["claim", "speculation", "attribution"];

fn chars() -> usize {
    TEXT.chars().count()
}

fn quote(s: usize, e: usize) -> String {
    TEXT.chars().skip(s).take(e - s).collect()
}

fn ann(id: &str, s: usize, e: usize, label: usize, who: &str) -> Annotation {
    let mut a = Annotation::new("d", s, e, quote(s, e), LABELS[label % 3], who);
    a.id = id.into();
    a.created = "2026-12-01T00:00:00Z".into();
    a
}

/// One edit of a session: (kind, which annotation, a parameter).
type Op = (u8, usize, usize);

fn bounds(p: usize) -> (usize, usize) {
    let s = p % (chars() - 1);
    let e = s + 1 + (p / 7) % (chars() - s).clamp(1, 9);
    (s, e.min(chars()))
}

/// Applies a session to a copy of `base`: adds (ids `{who}{k}`), deletes,
/// relabels, notes, moves, comments.
fn session(base: &Project, who: &str, ops: &[Op]) -> Project {
    let mut p = base.clone();
    for (k, &(kind, which, param)) in ops.iter().enumerate() {
        if kind % 6 == 0 || p.annotations.is_empty() {
            let (s, e) = bounds(param);
            p.annotations
                .push(ann(&format!("{who}{k}"), s, e, param, who));
            continue;
        }
        let i = which % p.annotations.len();
        let a = &mut p.annotations[i];
        match kind % 6 {
            1 => {
                p.annotations.remove(i);
            }
            2 => a.label = LABELS[param % 3].into(),
            3 => a.note = format!("{who} “{param}” 👋🏽"),
            4 => {
                let (s, e) = bounds(param);
                (a.start, a.end, a.quote) = (s, e, quote(s, e));
            }
            _ => a.comments.push(Comment {
                author: who.into(),
                verdict: Verdict::Agree,
                note: format!("{who} {param}"),
                created: format!("2026-12-0{}T00:00:00Z", 1 + param % 9),
            }),
        }
    }
    p.sort_annotations();
    p
}

fn by_id(p: &Project) -> BTreeMap<&str, &Annotation> {
    p.annotations.iter().map(|a| (a.id.as_str(), a)).collect()
}

/// The merged versions of annotation `id`: itself and its conflict copies.
fn versions<'a>(m: &'a Project, id: &str) -> Vec<&'a Annotation> {
    let copy = format!("{id}-c");
    m.annotations
        .iter()
        .filter(|a| a.id == id || a.id.starts_with(&copy))
        .collect()
}

/// Checks the merge of one pair of sessions against the model.
fn check(base: &Project, x: &Project, y: &Project) -> Result<(), TestCaseError> {
    let m = merge3(base, x, y);
    let swapped = merge3(base, y, x);
    prop_assert_eq!(&m.project, &swapped.project, "same result either way");
    prop_assert!(
        check_project(&m.project).is_empty(),
        "{:?}",
        check_project(&m.project)
    );
    let text = project_to_ron(&m.project).unwrap();
    prop_assert!(
        parse_project(&text, "m.ron".as_ref()).is_ok(),
        "the file loads"
    );
    let (bo, bx, by) = (by_id(base), by_id(x), by_id(y));
    for side in [&bx, &by] {
        for (id, v) in side {
            let old = bo.get(id);
            if old == Some(v) {
                continue; // unchanged here: the other side decides
            }
            // Added or changed on this side: every changed field is in a version.
            let found = versions(&m.project, id);
            prop_assert!(!found.is_empty(), "annotation {} lost", id);
            let changed = |f: &dyn Fn(&Annotation) -> String| old.is_none_or(|o| f(o) != f(v));
            let span = |a: &Annotation| format!("{} {}", a.start, a.end);
            let label = |a: &Annotation| a.label.clone();
            let note = |a: &Annotation| a.note.clone();
            for (what, f) in [
                ("bounds", &span as &dyn Fn(&Annotation) -> String),
                ("label", &label),
                ("note", &note),
            ] {
                if changed(f) {
                    prop_assert!(
                        found.iter().any(|a| f(a) == f(v)),
                        "{} of {} lost",
                        what,
                        id
                    );
                }
            }
            for c in &v.comments {
                prop_assert!(
                    found.iter().any(|a| a.comments.contains(c)),
                    "comment on {} lost",
                    id
                );
            }
        }
    }
    for (id, o) in &bo {
        let (vx, vy) = (bx.get(id), by.get(id));
        let kept = !versions(&m.project, id).is_empty();
        let deleted_on_purpose = match (vx, vy) {
            (None, None) => true,
            (None, Some(v)) | (Some(v), None) => v == o,
            _ => false,
        };
        prop_assert_eq!(kept, !deleted_on_purpose, "annotation {}", id);
    }
    Ok(())
}

fn base() -> Project {
    let mut p = Project::new("props");
    p.documents.push(Document::new("d", "D", TEXT));
    for i in 0..6 {
        let (s, e) = bounds(i * 11 + 3);
        p.annotations.push(ann(&format!("b{i}"), s, e, i, "base"));
    }
    p.sort_annotations();
    p
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_500, ..ProptestConfig::default() })]

    #[test]
    fn concurrent_sessions_lose_no_annotation(
        xs in proptest::collection::vec((0u8..6, 0usize..8, 0usize..400), 0..10),
        ys in proptest::collection::vec((0u8..6, 0usize..8, 0usize..400), 0..10),
    ) {
        let b = base();
        let x = session(&b, "x", &xs);
        let y = session(&b, "y", &ys);
        check(&b, &x, &y)?;
    }
}
