//! Property test: the editor's annotation index always answers as a scan would,
//! through random sessions of edits, batches, undo, redo and replaced projects.

use proptest::prelude::*;

use super::*;

/// One step of a random session; numbers pick spans and annotations.
#[derive(Debug, Clone)]
enum Op {
    Add(usize, usize, u8),
    Remove(usize),
    Relabel(usize, u8),
    Move(usize, usize),
    Replace(usize),
    BatchRemove(Vec<usize>),
    BatchMixed(usize, usize, usize),
    RemoveDocument(bool),
    AddDocument,
    Undo,
    Redo,
    ReplaceProject,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..40usize, 1..6usize, 0..3u8).prop_map(|(s, l, k)| Op::Add(s, l, k)),
        3 => (0..64usize).prop_map(Op::Remove),
        1 => (0..64usize, 0..3u8).prop_map(|(i, k)| Op::Relabel(i, k)),
        1 => (0..64usize, 0..40usize).prop_map(|(i, s)| Op::Move(i, s)),
        1 => (0..64usize).prop_map(Op::Replace),
        1 => prop::collection::vec(0..64usize, 0..4).prop_map(Op::BatchRemove),
        1 => (0..64usize, 0..40usize, 0..64usize)
            .prop_map(|(a, b, c)| Op::BatchMixed(a, b, c)),
        1 => any::<bool>().prop_map(Op::RemoveDocument),
        1 => Just(Op::AddDocument),
        3 => Just(Op::Undo),
        2 => Just(Op::Redo),
        1 => Just(Op::ReplaceProject),
    ]
}

const LABELS: [&str; 3] = ["claim", "speculation", "attribution"];

fn annotation_on(p: &Project, doc: &str, start: usize, len: usize, k: u8) -> Option<Annotation> {
    let d = p.document(doc)?;
    let n = d.char_len();
    let start = start % n.max(1);
    let end = (start + len).min(n);
    let quote = quote_of(p, doc, start, end).ok()?;
    let a = Annotation::new(doc, start, end, quote, LABELS[k as usize % 3], "me");
    Some(if k % 3 == 2 { a.with_source("KCNA") } else { a })
}

/// The project, its annotations sorted by id unless `exact` (order included).
fn comparable(p: &Project, exact: bool) -> Project {
    let mut p = p.clone();
    if !exact {
        p.annotations.sort_by(|a, b| a.id.cmp(&b.id));
    }
    p
}

fn id_at(p: &Project, i: usize) -> String {
    let n = p.annotations.len();
    if n == 0 || i % 5 == 4 {
        return "missing".into();
    }
    p.annotations[i % n].id.clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// After any sequence of edits, undos, redos and project replacements, the
    /// id index answers exactly as a scan does, the edits give the same project
    /// as the scanning `apply`, and undo gives back the exact project (order
    /// included).
    #[test]
    fn the_index_follows_every_edit(ops in prop::collection::vec(op(), 1..60)) {
        let mut ed = editor();
        let mut ever: Vec<String> = Vec::new();
        // Projects before each undoable step, to check undo, and after, for redo.
        let mut undo_states: Vec<Project> = Vec::new();
        let mut redo_states: Vec<Project> = Vec::new();
        let mut exact = true;
        for op in ops {
            let p = ed.project().clone();
            let doc = if p.document("d").is_some() { "d" } else { "e" };
            let edit = match op {
                Op::Add(s, l, k) => annotation_on(&p, doc, s, l, k).map(Edit::AddAnnotation),
                Op::Remove(i) => Some(Edit::RemoveAnnotation(id_at(&p, i))),
                Op::Relabel(i, k) => Some(Edit::UpdateAnnotation {
                    id: id_at(&p, i),
                    change: AnnotationChange {
                        label: Some(LABELS[k as usize % 2].into()),
                        ..Default::default()
                    },
                }),
                Op::Move(i, s) => {
                    let id = id_at(&p, i);
                    let doc = p.annotation(&id).map_or(doc, |a| a.doc.as_str());
                    let n = p.document(doc).map_or(1, |d| d.char_len()).max(2);
                    let start = s % (n - 1);
                    Some(Edit::UpdateAnnotation {
                        id,
                        change: AnnotationChange {
                            span: Some((start, start + 1)),
                            ..Default::default()
                        },
                    })
                }
                Op::Replace(i) => {
                    let id = id_at(&p, i);
                    p.annotation(&id).cloned().map(|mut a| {
                        a.note = "checked".into();
                        Edit::ReplaceAnnotation(a)
                    })
                }
                Op::BatchRemove(is) => Some(Edit::Batch(
                    is.into_iter().map(|i| Edit::RemoveAnnotation(id_at(&p, i))).collect(),
                )),
                Op::BatchMixed(a, s, b) => {
                    let mut edits = vec![Edit::RemoveAnnotation(id_at(&p, a))];
                    edits.extend(annotation_on(&p, doc, s, 3, 0).map(Edit::AddAnnotation));
                    edits.push(Edit::RemoveAnnotation(id_at(&p, b)));
                    Some(Edit::Batch(edits))
                }
                Op::RemoveDocument(first) => {
                    Some(Edit::RemoveDocument(if first { "d" } else { "e" }.into()))
                }
                Op::AddDocument => Some(Edit::AddDocument {
                    document: Document::new("d", "D", "“KCNA” 조선 said 👋 hi there"),
                    index: Some(0),
                }),
                Op::Undo => {
                    if ed.undo().is_some() {
                        let before = undo_states.pop().expect("one state per step");
                        prop_assert_eq!(comparable(ed.project(), exact), comparable(&before, exact));
                        redo_states.push(p.clone());
                    }
                    None
                }
                Op::Redo => {
                    if ed.redo().is_some() {
                        let after = redo_states.pop().expect("one state per undo");
                        prop_assert_eq!(comparable(ed.project(), exact), comparable(&after, exact));
                        undo_states.push(p.clone());
                    }
                    None
                }
                Op::ReplaceProject => {
                    let mut q = p.clone();
                    q.annotations.reverse();
                    ed.replace(q);
                    undo_states.clear();
                    redo_states.clear();
                    None
                }
            };
            if let Some(edit) = edit {
                if matches!(edit, Edit::RemoveDocument(_)) {
                    // Undoing a document removal appends its annotations.
                    exact = false;
                }
                if let Edit::AddAnnotation(a) = &edit {
                    ever.push(a.id.clone());
                }
                if let Edit::Batch(es) = &edit {
                    for e in es {
                        if let Edit::AddAnnotation(a) = e {
                            ever.push(a.id.clone());
                        }
                    }
                }
                let mut scanned = p.clone();
                let plain = apply(&mut scanned, edit.clone());
                let indexed = ed.apply(edit);
                prop_assert_eq!(plain.is_ok(), indexed.is_ok());
                prop_assert_eq!(ed.project(), &scanned);
                if indexed.is_ok() {
                    undo_states.push(p);
                    redo_states.clear();
                } else {
                    prop_assert_eq!(ed.project(), &p, "refused edits change nothing");
                }
            }
            assert_index_matches_scan(&ed, &ever);
        }
    }
}
