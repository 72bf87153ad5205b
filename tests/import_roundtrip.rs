//! Round trips: export → import gives back the same annotations (label, source,
//! offsets, note, author) for JSONL in every unit and for brat; doccano-style JSONL
//! (only `label` triples) imports; texts with CRLF and a BOM keep exact offsets.

use std::path::{Path, PathBuf};

use marginalia::export::{
    ExportFormat, ExportOptions, ImportFormat, ImportOptions, Selection, export_to_path,
    import_paths,
};
use marginalia::model::{OffsetUnit, Project};

mod roundtrip_support;
use roundtrip_support::essence;

fn fixture() -> Project {
    marginalia::store::load_project(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron"),
    )
    .unwrap()
}

fn texts(p: &Project) -> Vec<(String, String)> {
    let mut v: Vec<_> = p
        .documents
        .iter()
        .map(|d| (d.id.clone(), d.text.clone()))
        .collect();
    v.sort();
    v
}

fn export_then_import(format: ExportFormat, unit: OffsetUnit) -> (Project, Project) {
    let original = fixture();
    let dir = tempfile::tempdir().unwrap();
    let out: PathBuf = match format {
        ExportFormat::Brat => dir.path().join("brat"),
        _ => dir.path().join("spans.jsonl"),
    };
    let sel = Selection::new(&original, &ExportOptions::default()).unwrap();
    export_to_path(&sel, format, unit, &out).unwrap();
    let mut back = Project::new("back");
    let report = import_paths(
        &mut back,
        &[&out],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(report.documents_added.len(), 3);
    assert_eq!(report.annotations_added, original.annotations.len());
    assert!(marginalia::store::check_project(&back).is_empty());
    (original, back)
}

#[test]
fn jsonl_round_trip_keeps_everything_in_every_unit() {
    for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
        let (original, back) = export_then_import(ExportFormat::Jsonl, unit);
        assert_eq!(texts(&back), texts(&original));
        assert_eq!(essence(&back), essence(&original), "{unit:?}");
        // JSONL carries ids, times and titles too.
        let mut ids: Vec<_> = back
            .annotations
            .iter()
            .map(|a| (&a.id, &a.created))
            .collect();
        let mut want: Vec<_> = original
            .annotations
            .iter()
            .map(|a| (&a.id, &a.created))
            .collect();
        ids.sort();
        want.sort();
        assert_eq!(ids, want);
        assert_eq!(
            back.document("parade").unwrap().title,
            "Parade coverage 조선"
        );
    }
}

#[test]
fn brat_round_trip_keeps_spans_labels_sources_notes_and_authors() {
    let (original, back) = export_then_import(ExportFormat::Brat, OffsetUnit::Chars);
    assert_eq!(texts(&back), texts(&original));
    assert_eq!(essence(&back), essence(&original));
}

#[test]
fn doccano_jsonl_with_only_label_triples_imports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doccano.jsonl");
    std::fs::write(
        &path,
        concat!(
            r#"{"id": 1, "text": "조선중앙통신 said the “test” succeeded 👋🏽.", "label": [[0, 6, "attribution"], [16, 22, "claim"]], "Comments": []}"#,
            "\n",
            r#"{"id": 2, "text": "Zoe\u0301 doubts it.", "label": [[0, 4, "speculation"]]}"#,
            "\n"
        ),
    )
    .unwrap();
    let mut p = Project::new("d");
    let opts = ImportOptions {
        author: Some("dana".into()),
        ..ImportOptions::default()
    };
    let report = import_paths(&mut p, &[&path], ImportFormat::Auto, &opts).unwrap();
    assert_eq!(report.documents_added, ["1", "2"]);
    assert_eq!(report.annotations_added, 3);
    let quotes: Vec<(&str, &str, &str)> = p
        .annotations
        .iter()
        .map(|a| (a.quote.as_str(), a.label.as_str(), a.author.as_str()))
        .collect();
    assert_eq!(
        quotes,
        [
            ("조선중앙통신", "attribution", "dana"),
            ("“test”", "claim", "dana"),
            ("Zoe\u{301}", "speculation", "dana")
        ]
    );
}

#[test]
fn crlf_and_bom_texts_keep_exact_spans() {
    let dir = tempfile::tempdir().unwrap();
    // JSONL whose text has a BOM and CRLF; offsets count them, as the text was given.
    let raw = "\u{feff}KCNA said\r\n“the test” 👋🏽 worked.\r\n";
    let chars: Vec<char> = raw.chars().collect();
    let start = raw.chars().position(|c| c == '“').unwrap();
    let end = start + "“the test”".chars().count();
    let line = serde_json::json!({"id": "crlf", "text": raw, "label": [[start, end, "claim"], [1, 5, "attribution"]]});
    let path = dir.path().join("crlf.jsonl");
    std::fs::write(&path, format!("{line}\n")).unwrap();
    let mut p = Project::new("c");
    import_paths(
        &mut p,
        &[&path],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    let doc = p.document("crlf").unwrap();
    assert!(!doc.text.contains('\r') && !doc.text.starts_with('\u{feff}'));
    let quotes: Vec<&str> = p.annotations.iter().map(|a| a.quote.as_str()).collect();
    assert_eq!(quotes, ["“the test”", "KCNA"]);
    assert_eq!(chars[start], '“');

    // A brat pair whose .txt has CRLF line endings.
    let brat = dir.path().join("brat");
    std::fs::create_dir(&brat).unwrap();
    std::fs::write(brat.join("doc.txt"), "Line one\r\n조선 said 👋🏽\r\n").unwrap();
    std::fs::write(brat.join("doc.ann"), "T1\tattribution 10 17\t조선 said\n").unwrap();
    let mut p = Project::new("b");
    let report = import_paths(
        &mut p,
        &[&brat],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(p.annotations[0].quote, "조선 said");
    assert_eq!((p.annotations[0].start, p.annotations[0].end), (9, 16));
    assert!(
        report.warnings.iter().any(|w| w.contains("line endings")),
        "{:?}",
        report.warnings
    );
}

#[test]
fn a_failed_import_leaves_the_project_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "KCNA said so.").unwrap();
    let bad = dir.path().join("spans.jsonl");
    std::fs::write(
        &bad,
        "{\"text\": \"abc\"}\n\n{\"text\": \"abcdef\", \"label\": [[2, 99, \"claim\"]]}\n",
    )
    .unwrap();
    let mut p = fixture();
    let before = p.clone();
    let err = import_paths(
        &mut p,
        &[&good, &bad],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.ends_with(
            "spans.jsonl line 3: label[0]: span 2..99 runs past the end of the text (6 chars)"
        ),
        "{err}"
    );
    assert_eq!(p, before);
}

#[test]
fn same_id_same_text_extends_and_different_text_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = fixture();
    let text = p.document("brief-2").unwrap().text.clone();
    let same = dir.path().join("same.jsonl");
    let line = serde_json::json!({"id": "brief-2", "text": text, "spans": [
        {"start": 7, "end": 15, "label": "claim"},
        {"start": 0, "end": 20, "label": "attribution", "source": "Yonhap", "author": "carol", "note": "crosses a line break"},
    ]});
    std::fs::write(&same, format!("{line}\n")).unwrap();
    let opts = ImportOptions {
        author: Some("carol".into()),
        ..ImportOptions::default()
    };
    let r = import_paths(&mut p, &[&same], ImportFormat::Auto, &opts).unwrap();
    assert_eq!(r.documents_extended, ["brief-2"]);
    assert!(r.documents_added.is_empty());
    // "reported" is new; the attribution is already there (same span, label, source,
    // author and note) and is not doubled.
    assert_eq!((r.annotations_added, r.duplicates_skipped), (1, 1));
    assert!(
        p.annotations
            .iter()
            .any(|a| a.quote == "reported" && a.author == "carol")
    );
    let different = dir.path().join("different.jsonl");
    std::fs::write(
        &different,
        "{\"id\": \"brief-2\", \"text\": \"Another text\"}\n",
    )
    .unwrap();
    let err = import_paths(&mut p, &[&different], ImportFormat::Auto, &opts)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(
            "line 1: document 'brief-2' already exists in the project with a different text"
        ),
        "{err}"
    );
}

#[test]
fn unknown_labels_join_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ner.jsonl");
    std::fs::write(
        &path,
        "{\"text\": \"Kim visited Pyongyang\", \"label\": [[0, 3, \"PERSON\"]]}\n",
    )
    .unwrap();
    let mut p = Project::new("n");
    let r = import_paths(
        &mut p,
        &[&path],
        ImportFormat::Jsonl,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(r.labels_added, ["PERSON"]);
    assert!(p.schema.label("PERSON").is_some());
    assert!(marginalia::store::check_project(&p).is_empty());
}

#[test]
fn a_single_ann_file_and_explicit_formats() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("one.txt"), "KCNA said “yes” 👋🏽.").unwrap();
    std::fs::write(d.join("one.ann"), "T1\tattribution 0 9\tKCNA said\n").unwrap();
    std::fs::write(d.join("two.txt"), "Other doc").unwrap();
    let mut p = Project::new("s");
    let r = import_paths(
        &mut p,
        &[d.join("one.ann")],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(r.documents_added, ["one"]);
    assert_eq!(p.annotations[0].quote, "KCNA said");
    // --format txt keeps an HTML file's markup as text; --format html reduces it.
    std::fs::write(
        d.join("page.txt"),
        "<html><body><p>Hi <b>there</b></p></body></html>",
    )
    .unwrap();
    let mut p = Project::new("h");
    import_paths(
        &mut p,
        &[d.join("page.txt")],
        ImportFormat::Txt,
        &ImportOptions::default(),
    )
    .unwrap();
    import_paths(
        &mut p,
        &[d.join("page.txt")],
        ImportFormat::Html,
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(p.documents[0].text.starts_with("<html>"));
    assert_eq!(p.documents[1].text, "Hi there");
    // A brat format on a plain file is refused, naming it.
    let e = import_paths(
        &mut p,
        &[d.join("two.txt")],
        ImportFormat::Brat,
        &ImportOptions::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("two.txt") && e.contains("neither a brat folder"),
        "{e}"
    );
}
