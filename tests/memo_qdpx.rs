//! Document memos (issue 19, format 4): saved in the RON project only when set (read
//! back by the fast reader and by serde alike), absent in format 1–3 files, changed
//! by an undoable edit, exported to REFI as a `Note` the `TextSource` refers to, and
//! imported back as the memo.

use std::path::Path;

use marginalia::edit::{Edit, Editor};
use marginalia::export::{
    ExportFormat, ExportOptions, ImportFormat, ImportOptions, Selection, export_to_bytes,
    import_paths,
};
use marginalia::model::{Document, FORMAT_VERSION, OffsetUnit, Project};

fn project_with_memo() -> Project {
    let mut p = Project::new("memos");
    let mut d = Document::new("parade", "Parade 열병식", "평양에서 열병식이 열렸다 🎉.\n");
    d.memo = "Check the date with Yonhap & KCNA.\n두 번째 줄 <b>".into();
    p.documents.push(d);
    p.documents
        .push(Document::new("other", "Other", "No memo here."));
    p
}

#[test]
fn a_memo_is_saved_only_when_set_and_read_back_by_both_readers() {
    let p = project_with_memo();
    assert_eq!(p.format, FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 5);
    let ron = marginalia::store::project_to_ron(&p).unwrap();
    assert_eq!(ron.matches("memo:").count(), 1, "{ron}");
    let fast = marginalia::store::parse_project(&ron, Path::new("m.ron")).unwrap();
    assert_eq!(fast, p);
    let serde: Project = ron::from_str(&ron).unwrap();
    assert_eq!(serde, p);
}

#[test]
fn a_format_3_file_reads_with_no_memo() {
    let old = marginalia::store::load_project(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron"),
    )
    .unwrap();
    assert!(old.documents.iter().all(|d| d.memo.is_empty()));
}

#[test]
fn setting_a_memo_is_one_undoable_edit() {
    let mut ed = Editor::new(project_with_memo());
    ed.apply(Edit::SetDocumentMemo {
        doc: "other".into(),
        memo: "new memo".into(),
    })
    .unwrap();
    assert_eq!(ed.project().document("other").unwrap().memo, "new memo");
    ed.undo().unwrap();
    assert_eq!(ed.project().document("other").unwrap().memo, "");
    let refused = ed.apply(Edit::SetDocumentMemo {
        doc: "nope".into(),
        memo: "x".into(),
    });
    assert!(refused.is_err());
}

#[test]
fn a_memo_goes_to_refi_as_a_note_and_comes_back() {
    let p = project_with_memo();
    let sel = Selection::new(&p, &ExportOptions::default()).unwrap();
    let (bytes, _) = export_to_bytes(&sel, ExportFormat::Qdpx, OffsetUnit::Chars).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("project.qde").unwrap(), &mut xml).unwrap();
    assert_eq!(xml.matches("<NoteRef ").count(), 1, "{xml}");
    let notes = xml.find("<Notes>").expect("Notes");
    assert!(
        xml.find("</Sources>").unwrap() < notes,
        "Notes after Sources"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.qdpx");
    std::fs::write(&file, &bytes).unwrap();
    let mut back = Project::new("t");
    let report = import_paths(
        &mut back,
        &[&file],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(
        report.warnings.iter().all(|w| !w.contains("not imported")),
        "{:?}",
        report.warnings
    );
    let parade = back
        .documents
        .iter()
        .find(|d| d.title == "Parade 열병식")
        .unwrap();
    assert_eq!(parade.memo, p.documents[0].memo);
    let other = back.documents.iter().find(|d| d.title == "Other").unwrap();
    assert_eq!(other.memo, "");
}
