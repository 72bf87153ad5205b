//! REFI-QDA import: hand-written `.qdpx` files in the shapes QualCoder, ATLAS.ti,
//! NVivo and MAXQDA write (internal and inline sources, nested and folder codes,
//! attribution sub-codes, CRLF counted as one or two characters, two users) land
//! every selection on the text it names; a `.qdc` codebook adds its codes as labels;
//! what is not imported is named in one line; and a round trip Marginalia → qdpx →
//! Marginalia gives back every document (its metadata as REFI variables), span,
//! label, source, author and note, on
//! random projects with Korean, emoji and combining accents.

use std::io::Write;
use std::path::{Path, PathBuf};

use marginalia::export::{
    ExportFormat, ExportOptions, ImportFormat, ImportOptions, ImportReport, Selection,
    export_to_bytes, import_paths,
};
use marginalia::model::{Annotation, Document, OffsetUnit, Project};
use proptest::prelude::*;

mod common;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/qdpx")
}

/// Zips the hand-written folder `name` (project.qde + sources/) into `dir`.
fn pack(name: &str, dir: &Path) -> PathBuf {
    let src = fixtures().join(name);
    let out = dir.join(format!("{name}.qdpx"));
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&out).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("project.qde", options).unwrap();
    zip.write_all(&std::fs::read(src.join("project.qde")).unwrap())
        .unwrap();
    if let Ok(entries) = std::fs::read_dir(src.join("sources")) {
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            zip.start_file(format!("sources/{file}"), options).unwrap();
            zip.write_all(&std::fs::read(e.path()).unwrap()).unwrap();
        }
    }
    zip.finish().unwrap();
    out
}

fn import(path: &Path) -> (Project, ImportReport) {
    let mut p = Project::new("t");
    let report = import_paths(
        &mut p,
        &[path],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    (p, report)
}

/// (document title, quote, label name, source, author, note), sorted.
type Row = (String, String, String, Option<String>, String, String);

fn rows(p: &Project) -> Vec<Row> {
    let mut v: Vec<Row> = p
        .annotations
        .iter()
        .map(|a| {
            let doc = p.documents.iter().find(|d| d.id == a.doc).unwrap();
            assert_eq!(doc.slice(a.start, a.end), a.quote, "quote matches offsets");
            let label = p.schema.label(&a.label).unwrap().name.clone();
            (
                doc.title.clone(),
                a.quote.clone(),
                label,
                a.source.clone(),
                a.author.clone(),
                a.note.clone(),
            )
        })
        .collect();
    v.sort();
    v
}

fn row(doc: &str, quote: &str, label: &str, source: Option<&str>, author: &str, note: &str) -> Row {
    (
        doc.into(),
        quote.into(),
        label.into(),
        source.map(Into::into),
        author.into(),
        note.into(),
    )
}

#[test]
fn qualcoder_internal_source_counting_crlf_as_two_with_two_users() {
    let dir = tempfile::tempdir().unwrap();
    let (p, report) = import(&pack("qualcoder", dir.path()));
    let doc = "Parade report";
    assert_eq!(
        rows(&p),
        vec![
            row(
                doc,
                "The economy grew 3%",
                "Economic framing",
                None,
                "Joon",
                ""
            ),
            row(
                doc,
                "the parade was the largest ever 🎉",
                "Attribution",
                Some("KCNA"),
                "Joon",
                ""
            ),
            row(
                doc,
                "the parade was the largest ever 🎉",
                "Claim",
                None,
                "Joon",
                ""
            ),
            row(
                doc,
                "열병식",
                "Claim",
                None,
                "Mina",
                "check & confirm the date"
            ),
        ]
    );
    assert!(
        !p.documents[0].text.contains('\r'),
        "line endings normalised"
    );
    assert_eq!(report.labels_added, vec!["economic-framing".to_string()]);
    let label = p.schema.label("economic-framing").unwrap();
    assert_eq!(label.color, "#2ca02c");
    let created = &p
        .annotations
        .iter()
        .find(|a| a.quote == "열병식")
        .unwrap()
        .created;
    assert_eq!(created, "2026-11-30T09:10:00Z");
}

#[test]
fn atlas_ti_counts_crlf_as_one_and_folder_codes_are_no_labels() {
    let dir = tempfile::tempdir().unwrap();
    let (p, report) = import(&pack("atlasti", dir.path()));
    let doc = "Missile test";
    assert_eq!(
        rows(&p),
        vec![
            row(
                doc,
                "Officials denied the report",
                "Claim",
                None,
                "Hana",
                ""
            ),
            row(
                doc,
                "a test may follow",
                "Attribution",
                Some("Analysts"),
                "Hana",
                ""
            ),
            row(
                doc,
                "a test may follow",
                "Hedged speculation",
                None,
                "Hana",
                ""
            ),
            row(doc, "미사일을 발사했다 🚀", "Speculation", None, "Hana", ""),
        ]
    );
    assert!(p.schema.labels.iter().all(|l| l.name != "Stance"));
    let line = report
        .warnings
        .iter()
        .find(|w| w.contains("not imported"))
        .expect("a line naming what was left out");
    assert!(
        line.contains("1 PictureSource") && line.contains("1 Set"),
        "{line}"
    );
    assert_eq!(
        report
            .warnings
            .iter()
            .filter(|w| w.contains("not imported"))
            .count(),
        1
    );
}

#[test]
fn nvivo_braced_guids_and_sub_codes_of_a_label_become_labels() {
    let dir = tempfile::tempdir().unwrap();
    let (p, report) = import(&pack("nvivo", dir.path()));
    let doc = "Café story";
    assert_eq!(
        rows(&p),
        vec![
            row(
                doc,
                "No one confirmed the figures",
                "Unverified claim",
                None,
                "Sam",
                ""
            ),
            row(doc, "says Yonhap", "Attribution", Some("Yonhap"), "Sam", ""),
            row(doc, "the café reopened", "Claim", None, "Ji-woo", ""),
        ]
    );
    let line = report
        .warnings
        .iter()
        .find(|w| w.contains("not imported"))
        .unwrap();
    assert!(
        line.contains("1 PDFSource") && line.contains("variables Region"),
        "{line}"
    );
    let meta = &p.documents[0].meta;
    assert_eq!(meta.outlet.as_deref(), Some("Yonhap"));
    assert_eq!(meta.language.as_deref(), Some("fr"));
}

#[test]
fn maxqda_inline_text_with_crlf_counted_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = import(&pack("maxqda", dir.path()));
    let doc = "Drills";
    assert_eq!(
        rows(&p),
        vec![
            row(doc, "Seoul said", "Attribution", Some("Seoul"), "Park", ""),
            row(doc, "provocation 😠", "Rhetoric", None, "Park", ""),
            row(
                doc,
                "the drills were defensive",
                "Claim",
                None,
                "Lee",
                "the ministry's line"
            ),
        ]
    );
    assert_eq!(
        p.documents[0].text,
        "Seoul said the drills were defensive.\nPyongyang called them provocation 😠.\n"
    );
}

#[test]
fn a_qdc_codebook_adds_its_codable_codes_as_labels() {
    let (p, report) = import(&fixtures().join("codebook.qdc"));
    assert!(p.documents.is_empty());
    assert_eq!(
        report.labels_added,
        vec!["denial".to_string(), "threat".to_string()]
    );
    assert!(p.schema.labels.iter().all(|l| l.name != "Themes"));
    assert_eq!(p.schema.label("denial").unwrap().color, "#76b7b2");
}

#[test]
fn the_cli_imports_a_qdpx_and_names_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let input = pack("atlasti", dir.path());
    let out = dir.path().join("p.ron");
    let o = common::cli::run(&[
        "import".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let all = format!("{}{}", common::cli::stdout(&o), common::cli::stderr(&o));
    assert!(o.status.success(), "{all}");
    assert!(all.contains("1 PictureSource"), "{all}");
    let p = marginalia::store::load_project(&out).unwrap();
    assert_eq!(p.annotations.len(), 4);
}

// ---- round trip --------------------------------------------------------------

const PIECES: &[&str] = &[
    "평양",
    "에서 ",
    "열병식",
    "🎉",
    "👩‍👩‍👧",
    "e\u{301}",
    "café ",
    "KCNA ",
    "said ",
    "\n",
    "the ",
    "parade",
    ". ",
    "&<>\"' ",
    "\t",
];
const AUTHORS: &[&str] = &["", "Mina", "Joon", "김하나"];
const SOURCES: &[&str] = &["KCNA", "연합뉴스", "NK News", "Reuters & AP"];
const NOTES: &[&str] = &[
    "",
    "check the date",
    "두 번 확인 🎯",
    "a < b & c\nsecond line",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..30).prop_map(|v| v.concat())
}

/// (start fraction, length fraction, label 0..4, source, author, note)
type Spec = (usize, usize, usize, usize, usize, usize);

fn project() -> impl Strategy<Value = Project> {
    let doc = (text(), prop::collection::vec(any::<Spec>(), 0..8));
    prop::collection::vec(doc, 1..4).prop_map(|docs| {
        let mut p = Project::new("random");
        p.schema.labels.push(marginalia::model::Label {
            id: "econ".into(),
            name: "Economy".into(),
            color: "#123456".into(),
            key: None,
            needs_source: false,
            ..Default::default()
        });
        let labels = ["claim", "speculation", "attribution", "econ"];
        for (k, (text, specs)) in docs.into_iter().enumerate() {
            let mut d = Document::new(format!("d{k}"), format!("Article {k}"), text);
            d.memo = NOTES[k % NOTES.len()].to_string();
            if k % 2 == 0 {
                d.meta.outlet = Some(SOURCES[k % SOURCES.len()].to_string());
                d.meta.date = Some("2026-03-14T09:30:00+09:00".into());
                d.meta.date_original = Some("14 March 2026, 9:30 KST".into());
                d.meta.url = Some("https://example.org/a?x=1&y=<2>".into());
                d.meta.byline =
                    Some(AUTHORS[(k + 2) % AUTHORS.len()].to_string()).filter(|b| !b.is_empty());
                d.meta.language = Some("ko-KR".into());
            }
            let n = d.text.chars().count();
            for (s, l, label, source, author, note) in specs {
                let start = s % n;
                let end = start + 1 + l % (n - start);
                let label = labels[label % labels.len()];
                let quote = d.slice(start, end).to_string();
                let mut a = Annotation::new(
                    d.id.clone(),
                    start,
                    end,
                    quote,
                    label.to_string(),
                    AUTHORS[author % AUTHORS.len()].to_string(),
                );
                if label == "attribution" && source % 5 != 0 {
                    a.source = Some(SOURCES[source % SOURCES.len()].to_string());
                }
                a.note = NOTES[note % NOTES.len()].to_string();
                let same = |b: &Annotation| {
                    (b.doc == a.doc && b.start == a.start && b.end == a.end)
                        && (b.label == a.label && b.source == a.source)
                        && (b.author == a.author && b.note == a.note)
                };
                if !p.annotations.iter().any(same) {
                    p.annotations.push(a);
                }
            }
            p.documents.push(d);
        }
        // codebook (issue 19): guidelines and a project memo, varied by size.
        let n = p.documents.len() + p.annotations.len();
        p.memo = NOTES[n % NOTES.len()].to_string();
        for (i, l) in p.schema.labels.iter_mut().enumerate() {
            l.description = NOTES[(i + n) % NOTES.len()].to_string();
            l.example = PIECES[(3 * i + n) % PIECES.len()].to_string();
        }
        p
    })
}

/// (label name, description, example) of every label, and the project memo.
fn guides(p: &Project) -> (Vec<(String, String, String)>, String) {
    let labels = (p.schema.labels.iter())
        .map(|l| (l.name.clone(), l.description.clone(), l.example.clone()))
        .collect();
    (labels, p.memo.clone())
}

/// (title, text, metadata fields).
type DocRow = (String, String, Vec<(&'static str, Option<String>)>);

fn documents(p: &Project) -> Vec<DocRow> {
    let mut v: Vec<DocRow> = p
        .documents
        .iter()
        .map(|d| {
            let meta = d
                .meta
                .fields()
                .into_iter()
                .map(|(n, v)| (n, v.map(str::to_string)));
            let mut meta: Vec<_> = meta.collect();
            meta.push(("memo", Some(d.memo.clone())));
            (d.title.clone(), d.text.clone(), meta)
        })
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn marginalia_to_qdpx_and_back_keeps_everything(original in project()) {
        let sel = Selection::new(&original, &ExportOptions::default()).unwrap();
        let (bytes, _) = export_to_bytes(&sel, ExportFormat::Qdpx, OffsetUnit::Chars).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("round.qdpx");
        std::fs::write(&file, bytes).unwrap();
        let (back, _) = import(&file);
        prop_assert_eq!(documents(&back), documents(&original));
        prop_assert_eq!(rows(&back), rows(&original));
        prop_assert_eq!(guides(&back), guides(&original));
        for a in &back.annotations {
            let d = back.documents.iter().find(|d| d.id == a.doc).unwrap();
            prop_assert_eq!(d.slice(a.start, a.end), a.quote.as_str());
        }
    }
}
