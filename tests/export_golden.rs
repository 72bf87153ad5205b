//! Golden files: the fixture project (Korean, astral emoji, curly quotes, combining
//! accents, a span across a line break, overlapping spans) exported to every format
//! must equal the committed files byte for byte.
//!
//! After an intended change of a format, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test export_golden` and review the diff.

use std::path::{Path, PathBuf};

use marginalia::export::{ExportFormat, ExportOptions, Selection, brat, export_to_string};
use marginalia::model::{OffsetUnit, Project};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export")
}

fn project() -> Project {
    marginalia::store::load_project(&fixtures().join("project.ron")).unwrap()
}

/// Compares `actual` with the golden file `name` (or rewrites it when asked).
fn check(name: &str, actual: &str) {
    let path = fixtures().join("expected").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(actual.lines().count()), |n| n);
        panic!(
            "{name} differs from the golden file at line {}:\nexpected: {:?}\nactual:   {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

fn export(format: ExportFormat, unit: OffsetUnit) -> String {
    let p = project();
    let sel = Selection::new(&p, &ExportOptions::default()).unwrap();
    export_to_string(&sel, format, unit).unwrap().0
}

#[test]
fn jsonl_matches_golden_in_every_unit() {
    check(
        "project.jsonl",
        &export(ExportFormat::Jsonl, OffsetUnit::Chars),
    );
    check(
        "project.utf16.jsonl",
        &export(ExportFormat::Jsonl, OffsetUnit::Utf16),
    );
    check(
        "project.bytes.jsonl",
        &export(ExportFormat::Jsonl, OffsetUnit::Bytes),
    );
}

#[test]
fn csv_matches_golden_in_every_unit() {
    check("project.csv", &export(ExportFormat::Csv, OffsetUnit::Chars));
    check(
        "project.utf16.csv",
        &export(ExportFormat::Csv, OffsetUnit::Utf16),
    );
    check(
        "project.bytes.csv",
        &export(ExportFormat::Csv, OffsetUnit::Bytes),
    );
}

#[test]
fn conll_matches_golden_in_every_unit() {
    check(
        "project.conll",
        &export(ExportFormat::Conll, OffsetUnit::Chars),
    );
    check(
        "project.utf16.conll",
        &export(ExportFormat::Conll, OffsetUnit::Utf16),
    );
    check(
        "project.bytes.conll",
        &export(ExportFormat::Conll, OffsetUnit::Bytes),
    );
}

#[test]
fn w3c_matches_golden() {
    check(
        "project.w3c.jsonld",
        &export(ExportFormat::W3c, OffsetUnit::Chars),
    );
}

#[test]
fn brat_folder_matches_golden() {
    let p = project();
    let sel = Selection::new(&p, &ExportOptions::default()).unwrap();
    let files = brat::to_brat(&sel);
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "annotation.conf",
            "visual.conf",
            "parade.txt",
            "parade.ann",
            "brief-2.txt",
            "brief-2.ann",
            "brief-2.meta.json",
            "untagged.txt",
            "untagged.ann"
        ]
    );
    for f in &files {
        check(&format!("brat/{}", f.name), &f.contents);
    }
}

#[test]
fn filtered_export_matches_golden() {
    let p = project();
    let opts = ExportOptions {
        unit: OffsetUnit::Utf16,
        docs: Some(vec!["parade".into()]),
        labels: vec!["attribution".into(), "speculation".into()],
    };
    let sel = Selection::new(&p, &opts).unwrap();
    let (text, summary) = export_to_string(&sel, ExportFormat::Csv, opts.unit).unwrap();
    assert_eq!((summary.spans, summary.documents), (4, 1));
    check("parade.attribution-speculation.utf16.csv", &text);
}
