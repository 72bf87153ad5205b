//! The codebook and the project memo in REFI-QDA (issue 19, format 5): a label's
//! guideline is its code's `Description` in a `.qdpx` and in a `.qdc` codebook
//! (`marginalia export --format qdc`), the project memo a project-level `Note`, and
//! both come back on import.

mod common;

use std::io::Read;
use std::path::Path;

use marginalia::export::{
    ExportFormat, ExportOptions, ImportFormat, ImportOptions, Selection, export_to_bytes,
    import_paths,
};
use marginalia::model::{Annotation, Document, OffsetUnit, Project};

const DESCRIPTION: &str = "A statement the article presents as fact.\n\"Quoted\" <b> & 조선 👋🏽";
const EXAMPLE: &str = "“The missile flew 600 km,” e\u{301}tude";
const MEMO: &str = "Project memo: KCNA dates are KST.\n\n두 번째 <줄> & \"more\"";

/// A project whose labels carry guidelines (one only an example), with a memo.
fn project() -> Project {
    let mut p = Project::new("Codebook 조선");
    let claim = &mut p.schema.labels[0];
    claim.description = DESCRIPTION.into();
    claim.example = EXAMPLE.into();
    p.schema.labels[2].example = "according to KCNA".into();
    p.memo = MEMO.into();
    let text = "KCNA said the missile flew 600 km.";
    p.documents.push(Document::new("d", "D", text));
    let mut a = Annotation::new("d", 10, 34, "the missile flew 600 km.", "claim", "alice");
    a.id = "a1".into();
    p.annotations.push(a);
    let mut b = Annotation::new("d", 0, 4, "KCNA", "attribution", "alice").with_source("KCNA");
    b.id = "a2".into();
    p.annotations.push(b);
    p
}

fn qde_of(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("project.qde")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// Imports `file` into a new project with the default schema.
fn import(file: &Path) -> (Project, Vec<String>) {
    let mut back = Project::new("back");
    let report = import_paths(
        &mut back,
        &[file],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    (back, report.warnings)
}

#[test]
fn guidelines_and_project_memo_go_to_qdpx_in_schema_order_and_come_back() {
    let p = project();
    let sel = Selection::new(&p, &ExportOptions::default()).unwrap();
    let (bytes, _) = export_to_bytes(&sel, ExportFormat::Qdpx, OffsetUnit::Chars).unwrap();
    let xml = qde_of(&bytes);
    // The claim code: Description first, escaped; the attribution code: its
    // Description before its KCNA sub-code.
    let claim = xml.find("name=\"Claim\"").expect("claim code");
    let desc = xml[claim..].find("<Description>").unwrap() + claim;
    assert!(xml[desc..].starts_with("<Description>A statement the article presents as fact.\n&quot;Quoted&quot; &lt;b&gt; &amp; 조선 👋🏽\n\nExample: “The missile flew 600 km,” e\u{301}tude</Description>"), "{xml}");
    let attribution = xml.find("name=\"Attribution\"").unwrap();
    let a_desc = xml[attribution..].find("<Description>Example: according to KCNA</Description>");
    let a_sub = xml[attribution..].find("name=\"KCNA\"");
    assert!(a_desc.unwrap() < a_sub.unwrap(), "{xml}");
    assert!(
        !xml[xml.find("name=\"Speculation\"").unwrap()..]
            .lines()
            .next()
            .unwrap()
            .ends_with("\">"),
        "a label without a guideline stays an empty Code"
    );
    // Project.xsd: … Sources, Notes, Links, Sets, Graphs, Description, NoteRef*.
    let notes = xml.find("<Notes>").expect("Notes");
    assert!(xml.find("</Sources>").unwrap() < notes);
    let project_ref = xml.rfind("<NoteRef ").unwrap();
    assert!(xml.find("</Notes>").unwrap() < project_ref);
    assert!(
        xml[project_ref..].trim_end().ends_with("/>\n</Project>"),
        "{xml}"
    );
    // Back: every guideline and the memo, nothing reported as not imported.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.qdpx");
    std::fs::write(&file, &bytes).unwrap();
    let (back, warnings) = import(&file);
    assert!(
        warnings.iter().all(|w| !w.contains("not imported")),
        "{warnings:?}"
    );
    for (a, b) in p.schema.labels.iter().zip(&back.schema.labels) {
        assert_eq!(
            (&a.id, &a.description, &a.example),
            (&b.id, &b.description, &b.example)
        );
    }
    assert_eq!(back.memo, MEMO);
    // An import into a project that has its own guideline and memo keeps them.
    let mut mine = Project::new("mine");
    mine.schema.labels[0].description = "Mine".into();
    mine.memo = "My memo".into();
    import_paths(
        &mut mine,
        &[&file],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(mine.schema.labels[0].description, "Mine");
    assert_eq!(mine.schema.labels[0].example, "");
    assert_eq!(mine.memo, format!("My memo\n\n{MEMO}"));
}

#[test]
fn cli_exports_a_qdc_codebook_that_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("p.ron");
    marginalia::store::save_project(&ron, &project()).unwrap();
    // The format from the extension.
    let out = dir.path().join("codes.qdc");
    let o = common::cli::run(&[
        "export".as_ref(),
        ron.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", common::cli::stderr(&o));
    let said = common::cli::stderr(&o);
    assert!(said.contains("a codebook of 4 codes"), "{said}");
    assert!(said.contains("(qdc)"), "{said}");
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Marginalia "), "{xml}");
    let codes = xml.find("<Codes>").unwrap();
    assert!(xml.trim_end().ends_with("</Codes>\n</CodeBook>"), "{xml}");
    assert_eq!(xml.matches("<Code ").count(), 4, "{xml}");
    assert!(xml[codes..].contains("<Description>Example: according to KCNA</Description>"));
    assert!(
        !xml.contains("Source"),
        "a codebook holds no sources: {xml}"
    );
    // To standard output with --format, and the same text.
    let o = common::cli::run(&[
        "export".as_ref(),
        ron.as_os_str(),
        "--format".as_ref(),
        "qdc".as_ref(),
    ]);
    assert!(o.status.success(), "{}", common::cli::stderr(&o));
    assert_eq!(common::cli::stdout(&o), xml);
    // Imported back: the guidelines, no document.
    let (back, _) = import(&out);
    assert!(back.documents.is_empty());
    let claim = back.schema.label("claim").unwrap();
    assert_eq!(
        (claim.description.as_str(), claim.example.as_str()),
        (DESCRIPTION, EXAMPLE)
    );
    assert_eq!(
        back.schema.label("attribution").unwrap().example,
        "according to KCNA"
    );
}

#[test]
fn a_foreign_code_description_is_a_description_and_a_new_code_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nvivo.qdc");
    std::fs::write(
        &file,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"NVivo\"><Codes>\
         <Code guid=\"{11111111-2222-4333-8444-555555555555}\" name=\"Economy\" isCodable=\"true\" color=\"#123456\">\
         <Description>Money &amp; trade\nExample-free</Description></Code>\
         <Code guid=\"{11111111-2222-4333-8444-555555555556}\" name=\"claim\" isCodable=\"true\"><Description>Example: X</Description></Code>\
         </Codes></CodeBook>",
    )
    .unwrap();
    let (back, _) = import(&file);
    let economy = back.schema.label("economy").expect("a new label");
    assert_eq!(economy.description, "Money & trade\nExample-free");
    assert_eq!(economy.example, "");
    let claim = back.schema.label("claim").unwrap();
    assert_eq!(
        (claim.description.as_str(), claim.example.as_str()),
        ("", "X")
    );
}

#[test]
fn format_5_fields_are_written_only_when_set_and_a_format_4_file_reads_without_them() {
    use marginalia::store::{parse_project, project_to_ron};
    let plain = Project::new("plain");
    let text = project_to_ron(&plain).unwrap();
    assert!(text.contains("format: 5,"), "{text}");
    assert!(
        !text.contains("description:") && !text.contains("memo:"),
        "{text}"
    );
    let mut p = project();
    p.sort_annotations(); // the order the file is written in
    let text = project_to_ron(&p).unwrap();
    assert_eq!(text.matches("description: ").count(), 1, "{text}");
    assert_eq!(text.matches("example: ").count(), 2, "{text}");
    assert!(text.contains("\n    memo: \"Project memo: "), "{text}");
    assert_eq!(parse_project(&text, Path::new("p.ron")).unwrap(), p);
    let mut old = p.clone();
    old.memo.clear();
    for l in &mut old.schema.labels {
        l.description.clear();
        l.example.clear();
    }
    let four = project_to_ron(&old)
        .unwrap()
        .replace("format: 5,", "format: 4,");
    let read = parse_project(&four, Path::new("old.ron")).unwrap();
    assert_eq!(read.format, 5, "read as the current format");
    assert_eq!(read, old);
}
