//! Issue 13, "imports read them back": W3C Web Annotation and CSV exports are
//! imported again with their spans and links — W3C with its documents' texts,
//! CSV onto the project's own documents — on Korean, emoji, combining accents and
//! CRLF text; bad files are refused with one line and leave the project as it was.

use std::path::{Path, PathBuf};

use marginalia::export::{
    ExportFormat, ExportOptions, ImportFormat, ImportOptions, Selection, export_to_path,
    import_paths,
};
use marginalia::model::{Annotation, Document, DocumentMeta, Link, OffsetUnit, Project};

mod common;
mod roundtrip_support;
use common::cli::{run, stderr, stdout};
use roundtrip_support::essence;

const KOREAN: &str = "조선중앙통신은 23일 \"신형 미사일\"을 발사했다고 밝혔다.\n\
KCNA later said the test 👋🏽 was a “complete success”. Cafe\u{301} owners \
reportedly cheered;\nsome analysts doubt it, KCNA added.";
const BRIEF: &str = "Yonhap reported\nthat the launch was delayed 👋🏽 again.";

fn char_pos(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect(needle)].chars().count()
}

fn ann(doc: &str, text: &str, quote: &str, label: &str, source: Option<&str>) -> Annotation {
    let start = char_pos(text, quote);
    let mut a = Annotation::new(
        doc,
        start,
        start + quote.chars().count(),
        quote,
        label,
        "kim",
    );
    a.source = source.map(str::to_string);
    a.note = format!("on “{quote}”, with a comma, and a line\nbreak");
    a.created = "2026-12-04T09:00:00Z".into();
    a
}

/// Two documents (one with metadata), two KCNA attributions each linked to its own
/// claim (one by its Korean alias), an analysts' speculation and a brief.
fn linked_project() -> Project {
    let mut p = Project::new("링크 round trip");
    p.documents
        .push(Document::new("조선-1", "조선 발사 “보도”", KOREAN));
    let mut meta = DocumentMeta::default();
    meta.set_field("outlet", "Yonhap");
    meta.set_date("2026-03-14T09:30:00+09:00");
    meta.set_field("url", "https://example.org/brief");
    meta.set_field("language", "en");
    p.documents
        .push(Document::new("brief 2", "Brief", BRIEF).with_meta(meta));
    let k = |q, l, s| ann("조선-1", KOREAN, q, l, s);
    let spans = [
        k("조선중앙통신은", "attribution", Some("조선중앙통신")),
        k("\"신형 미사일\"을 발사했다고", "claim", None),
        k("KCNA later said", "attribution", Some("KCNA")),
        k("the test 👋🏽 was a “complete success”", "claim", None),
        k("Cafe\u{301} owners", "speculation", None),
        k("some analysts", "attribution", Some("some analysts")),
        k("doubt it", "speculation", None),
        ann(
            "brief 2",
            BRIEF,
            "Yonhap reported\nthat",
            "attribution",
            Some("Yonhap"),
        ),
        ann("brief 2", BRIEF, "delayed 👋🏽 again", "speculation", None),
    ];
    for (i, mut a) in spans.into_iter().enumerate() {
        a.id = format!("a{i}/조");
        p.annotations.push(a);
    }
    for (from, to) in [(0, 1), (2, 3), (5, 6), (7, 8)] {
        p.links
            .push(Link::attributes(format!("a{from}/조"), format!("a{to}/조")));
    }
    p.registry = marginalia::model::SourceRegistry::builtin_ref().clone();
    p
}

/// The project's documents only: what a CSV is imported onto.
fn documents_only(p: &Project) -> Project {
    let mut bare = p.clone();
    bare.annotations.clear();
    bare.links.clear();
    bare
}

/// Each link as the quotes of its two ends (ids differ after a CSV import).
fn link_ends(p: &Project) -> Vec<(String, String)> {
    let mut v: Vec<_> = (p.links.iter())
        .map(|l| {
            let q = |id: &str| p.annotation(id).expect("no dangling link").quote.clone();
            (q(&l.from), q(&l.to))
        })
        .collect();
    v.sort();
    v
}

fn export(p: &Project, format: ExportFormat, unit: OffsetUnit, out: &Path) {
    let sel = Selection::new(p, &ExportOptions::default()).unwrap();
    export_to_path(&sel, format, unit, out).unwrap();
}

fn import(p: &mut Project, file: &Path) -> Result<marginalia::export::ImportReport, String> {
    import_paths(p, &[file], ImportFormat::Auto, &ImportOptions::default())
        .map_err(|e| e.to_string())
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn w3c_round_trip_gives_back_documents_spans_ids_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    for name in ["spans.jsonld", "spans.json"] {
        let out = dir.path().join(name);
        export(&original, ExportFormat::W3c, OffsetUnit::Chars, &out);
        assert_eq!(ImportFormat::Auto.resolve(&out), ImportFormat::W3c);
        let mut back = Project::new("back");
        let report = import(&mut back, &out).unwrap();
        assert_eq!(report.documents_added.len(), 2);
        assert!(marginalia::store::check_project(&back).is_empty());
        for (a, b) in back.documents.iter().zip(&original.documents) {
            assert_eq!((&a.id, &a.title, &a.text), (&b.id, &b.title, &b.text));
            assert_eq!(a.meta, b.meta);
        }
        assert_eq!(essence(&back), essence(&original));
        let key = |p: &Project| {
            let mut v: Vec<_> = (p.annotations.iter())
                .map(|a| (a.id.clone(), a.created.clone(), a.start, a.end))
                .collect();
            v.sort();
            v
        };
        assert_eq!(key(&back), key(&original));
        let mut links = back.links.clone();
        links.sort();
        let mut want = original.links.clone();
        want.sort();
        assert_eq!(links, want);
    }
}

#[test]
fn w3c_without_texts_goes_onto_the_projects_documents_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    let out = dir.path().join("spans.jsonld");
    export(&original, ExportFormat::W3c, OffsetUnit::Chars, &out);
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    json.as_object_mut().unwrap().remove("documents");
    let stripped = write(dir.path(), "no-texts.jsonld", &json.to_string());
    let mut onto = documents_only(&original);
    let report = import(&mut onto, &stripped).unwrap();
    assert_eq!(report.documents_extended.len(), 2);
    assert_eq!(essence(&onto), essence(&original));
    assert_eq!(link_ends(&onto), link_ends(&original));
    // Again: every span is there already, nothing is doubled, the links stay.
    let report = import(&mut onto, &stripped).unwrap();
    assert_eq!(report.annotations_added, 0);
    assert_eq!(onto.links.len(), original.links.len());
    // A project without the documents: one line, nothing changed.
    let mut empty = Project::new("empty");
    let e = import(&mut empty, &stripped).unwrap_err();
    assert!(e.contains("item 1") && e.contains("no text"), "{e}");
    assert_eq!(e.lines().count(), 1);
    assert_eq!(empty, Project::new("empty"));
}

#[test]
fn w3c_text_with_crlf_maps_code_points_exactly() {
    let dir = tempfile::tempdir().unwrap();
    // Offsets count the text as written: "조선" at 0..2, CR LF, "KCNA 👋🏽" at 4..11.
    let file = serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "documents": [{"id": "urn:x:doc", "title": "t", "text": "조선\r\nKCNA 👋🏽 said\r\ne\u{301}"}],
        "first": {"type": "AnnotationPage", "items": [
            {"id": "urn:x:1", "type": "Annotation", "motivation": "tagging",
             "body": [{"type": "TextualBody", "purpose": "tagging", "value": "attribution"},
                      {"type": "TextualBody", "purpose": "identifying", "value": "KCNA"}],
             "target": {"source": "urn:x:doc", "selector": [
                {"type": "TextQuoteSelector", "exact": "KCNA 👋🏽"},
                {"type": "TextPositionSelector", "start": 4, "end": 11}]}},
            {"id": "urn:x:2", "type": "Annotation", "motivation": "tagging",
             "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
             "target": {"source": "urn:x:doc", "selector":
                {"type": "TextQuoteSelector", "exact": "e\u{301}", "prefix": "said\r\n"}}},
            {"type": "Annotation", "motivation": "linking",
             "body": {"type": "TextualBody", "purpose": "describing", "value": "attributes"},
             "target": ["urn:x:1", "urn:x:2"]}
        ]}
    });
    let path = write(dir.path(), "other-tool.json", &file.to_string());
    let mut p = Project::new("p");
    import(&mut p, &path).unwrap();
    assert_eq!(p.documents[0].text, "조선\nKCNA 👋🏽 said\ne\u{301}");
    assert_eq!(p.documents[0].origin.as_deref(), Some("urn:x:doc"));
    let quotes: Vec<_> = p
        .annotations
        .iter()
        .map(|a| (a.start, a.end, a.quote.as_str()))
        .collect();
    assert_eq!(quotes, [(3, 10, "KCNA 👋🏽"), (16, 18, "e\u{301}")]);
    assert_eq!(
        link_ends(&p),
        [("KCNA 👋🏽".to_string(), "e\u{301}".to_string())]
    );
}

#[test]
fn bad_w3c_files_are_refused_with_one_line_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    let out = dir.path().join("spans.jsonld");
    export(&original, ExportFormat::W3c, OffsetUnit::Chars, &out);
    let good: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let changed = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        f(&mut v["first"]["items"]);
        v.to_string()
    };
    let cases = [
        (
            "garbage.jsonld",
            "{\"@context\": [1, ".to_string(),
            "not valid JSON",
        ),
        (
            "past-end.jsonld",
            changed(&|items| items[0]["target"]["selector"][1]["end"] = 900_000.into()),
            "past the end",
        ),
        (
            "bad-link.jsonld",
            changed(&|items| {
                let last = items.as_array().unwrap().len() - 1;
                items[last]["target"][1] = "urn:marginalia:annotation:nobody".into();
            }),
            "neither an annotation of the file nor of the project",
        ),
        (
            "wrong-quote.jsonld",
            changed(&|items| items[0]["target"]["selector"][0]["exact"] = "KCNA".into()),
            "quotes \"KCNA\"",
        ),
        (
            "no-label.jsonld",
            changed(&|items| items[0]["body"] = serde_json::json!([])),
            "no tagging body",
        ),
        (
            "not-annotations.jsonld",
            "{\"@context\": \"x\", \"a\": 1}".into(),
            "not a W3C",
        ),
        ("deep.jsonld", "[".repeat(100_000), "not valid JSON"),
        ("bytes.jsonld", "\u{1}{\"".into(), "binary file"),
    ];
    for (name, text, expected) in cases {
        let path = write(dir.path(), name, &text);
        let mut p = Project::new("kept");
        let e = import(&mut p, &path).unwrap_err();
        assert!(e.contains(expected), "{name}: {e}");
        assert_eq!(e.lines().count(), 1, "{e}");
        assert_eq!(p, Project::new("kept"), "{name}");
    }
}

#[test]
fn csv_round_trip_in_every_unit_gives_back_spans_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    for (format, unit) in [
        (ExportFormat::Csv, OffsetUnit::Chars),
        (ExportFormat::Csv, OffsetUnit::Utf16),
        (ExportFormat::Csv, OffsetUnit::Bytes),
        (ExportFormat::CsvExcel, OffsetUnit::Chars),
    ] {
        let out = dir.path().join("spans.csv");
        export(&original, format, unit, &out);
        let mut back = documents_only(&original);
        let report = import(&mut back, &out).unwrap();
        assert_eq!(report.annotations_added, original.annotations.len());
        assert_eq!(essence(&back), essence(&original), "{unit:?}");
        assert_eq!(link_ends(&back), link_ends(&original), "{unit:?}");
        assert!(marginalia::store::check_project(&back).is_empty());
        // Two KCNA attributions in one document: the warning says which was taken.
        assert!(
            report.warnings.iter().any(|w| w.contains("2 attributions")),
            "{:?}",
            report.warnings
        );
    }
}

#[test]
fn a_csv_onto_the_same_spans_adds_only_the_missing_links() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    let out = dir.path().join("spans.csv");
    export(&original, ExportFormat::Csv, OffsetUnit::Chars, &out);
    let mut unlinked = original.clone();
    unlinked.links.clear();
    let report = import(&mut unlinked, &out).unwrap();
    assert_eq!(report.annotations_added, 0);
    assert_eq!(report.duplicates_skipped, original.annotations.len());
    let mut links = unlinked.links.clone();
    links.sort();
    let mut want = original.links.clone();
    want.sort();
    assert_eq!(links, want);
}

#[test]
fn bad_csv_files_are_refused_with_one_line_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    let head = "document,start,end,label,source,author,note,text\r\n";
    let cases = [
        (
            "no-doc.csv",
            format!("{head}elsewhere,0,2,claim,,,,\r\n"),
            "line 2: no document 'elsewhere'",
        ),
        (
            "quote.csv",
            format!("{head}조선-1,0,2,claim,,,,KCNA\r\n"),
            "line 2: span 0..2 quotes \"KCNA\"",
        ),
        (
            "past.csv",
            format!("{head}brief 2,0,999,claim,,,,\r\n"),
            "runs past the end",
        ),
        (
            "split.csv",
            "document,start_utf16,end_utf16,label\nbrief 2,0,45,claim\n".to_string(),
            "inside a character",
        ),
        (
            "label.csv",
            format!("{head}brief 2,0,6,,,,,\r\n"),
            "empty label",
        ),
        (
            "number.csv",
            format!("{head}brief 2,x,6,claim,,,,\r\n"),
            "start 'x'",
        ),
        (
            "header.csv",
            "doc,from,to\nbrief 2,0,6\n".to_string(),
            "no 'document' column",
        ),
        ("empty.csv", head.to_string(), "no rows"),
    ];
    for (name, text, expected) in cases {
        let path = write(dir.path(), name, &text);
        let mut p = documents_only(&original);
        let e = import(&mut p, &path).unwrap_err();
        assert!(e.contains(expected), "{name}: {e}");
        assert_eq!(e.lines().count(), 1, "{e}");
        assert_eq!(p, documents_only(&original), "{name}");
    }
}

#[test]
fn the_command_line_imports_w3c_and_csv_and_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    let w3c = dir.path().join("spans.jsonld");
    export(&original, ExportFormat::W3c, OffsetUnit::Chars, &w3c);
    let csv = dir.path().join("spans.csv");
    export(&original, ExportFormat::Csv, OffsetUnit::Chars, &csv);
    let project = dir.path().join("p.ron");
    let o = run(&[
        "import".as_ref(),
        csv.as_os_str(),
        "--out".as_ref(),
        project.as_os_str(),
    ]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("no document '조선-1' in the project"),
        "{}",
        stderr(&o)
    );
    assert!(!project.exists());
    for input in [&w3c, &csv] {
        let o = run(&[
            "import".as_ref(),
            input.as_os_str(),
            "--out".as_ref(),
            project.as_os_str(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(!stdout(&o).is_empty() || !stderr(&o).is_empty());
    }
    let back = marginalia::store::load_project(&project).unwrap();
    // The CSV's spans were already there (from the W3C file): nothing doubled.
    assert_eq!(essence(&back), essence(&original));
    assert_eq!(link_ends(&back), link_ends(&original));
}

/// The window's import path: a CSV dropped on the window adds its spans and links
/// to the open project as one undoable step.
#[cfg(feature = "gui")]
#[test]
fn a_csv_dropped_on_the_window_adds_spans_and_links_and_undoes() {
    use common::window::{Start, drop_file, window};
    use marginalia::ui::AppOptions;
    use marginalia::ui::command::UiCommand;
    let dir = tempfile::tempdir().unwrap();
    let original = linked_project();
    let csv = dir.path().join("from-a-spreadsheet.csv");
    export(&original, ExportFormat::Csv, OffsetUnit::Chars, &csv);
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let start = Start::Project(Box::new(documents_only(&original)), None);
    let mut h = window(options, start);
    drop_file(&mut h, &csv);
    let p = h.state().project().clone();
    assert_eq!(essence(&p), essence(&original), "{:?}", h.state().status());
    assert_eq!(link_ends(&p), link_ends(&original));
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert!(h.state().project().annotations.is_empty());
    assert!(h.state().project().links.is_empty());
}
