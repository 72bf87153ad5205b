//! README's examples equal what the program prints: the `info` sample, the project
//! file sample (every line without `…` is a line of the example project), and each
//! export format's sample, made from the one-annotation project the README describes.

use std::path::{Path, PathBuf};
use std::process::Command;

use marginalia::export::{ExportFormat, ExportOptions, Selection, export_to_string};
use marginalia::model::{Annotation, Document, OffsetUnit, Project};

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md")
}

/// The fenced blocks of `lang` under the heading `heading` (up to the next heading
/// of any level).
fn blocks(readme: &str, heading: &str, lang: &str) -> Vec<String> {
    let start = readme
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no heading {heading:?}"));
    let rest = &readme[start + heading.len() + 2..];
    // The next heading (`## ` or `### `), not a `#` line inside a code block.
    let end = ["\n## ", "\n### "]
        .iter()
        .filter_map(|h| rest.find(h))
        .min()
        .unwrap_or(rest.len());
    let section = &rest[..end];
    let fence = format!("```{lang}\n");
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = section[at..].find(&fence) {
        let body_start = at + open + fence.len();
        let close = section[body_start..]
            .find("```")
            .expect("unclosed code block");
        out.push(section[body_start..body_start + close].to_string());
        at = body_start + close + 3;
    }
    assert!(!out.is_empty(), "no ```{lang} block under {heading:?}");
    out
}

fn example_project_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saved_projects/pyongyang-night-parade.ron")
}

#[test]
fn info_sample_is_what_info_prints() {
    let block = &blocks(&readme(), "## The command line", "console")[0];
    let mut lines = block.lines();
    let command = lines.next().expect("a command line");
    assert!(
        command.ends_with("info saved_projects/pyongyang-night-parade.ron"),
        "{command}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .arg("info")
        .arg(example_project_path())
        .output()
        .expect("run marginalia info");
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).expect("UTF-8 output");
    let mut printed = printed.lines();
    for expected in lines.take_while(|l| *l != "…") {
        assert_eq!(Some(expected), printed.next(), "README's info sample");
    }
}

#[test]
fn project_file_sample_lines_are_in_the_example_project() {
    let block = &blocks(&readme(), "## The project file", "ron")[0];
    let file = std::fs::read_to_string(example_project_path()).expect("example project");
    let file_lines: Vec<&str> = file.lines().map(str::trim).collect();
    let mut checked = 0;
    for line in block.lines().map(str::trim) {
        if line.contains('…') || line.is_empty() {
            continue;
        }
        assert!(
            file_lines.contains(&line),
            "README's project sample line is not in the example project: {line}"
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} lines checked");
}

/// The one-document, one-annotation project the export samples show.
fn parade() -> Project {
    let mut p = Project::new("Parade");
    let mut document = Document::new("parade", "Parade", "조선중앙통신 said 👋🏽");
    document.meta.outlet = Some("KCNA".into());
    document.meta.set_date("14 Mar 2026 09:30 KST");
    document.meta.url = Some("https://example.org/parade".into());
    document.meta.byline = Some("Kim Min-ji".into());
    document.meta.language = Some("ko".into());
    p.documents.push(document);
    let mut a = Annotation::new("parade", 0, 11, "조선중앙통신 said", "attribution", "alice")
        .with_source("KCNA");
    a.id = "a01".into();
    a.note = "state agency, \"official\" line".into();
    a.created = "2026-11-27T10:00:00Z".into();
    p.annotations.push(a);
    p
}

fn export(format: ExportFormat) -> String {
    let p = parade();
    let sel = Selection::new(&p, &ExportOptions::default()).expect("selection");
    export_to_string(&sel, format, OffsetUnit::Chars)
        .expect("export")
        .0
}

#[test]
fn jsonl_sample_is_the_export() {
    let block = &blocks(&readme(), "### jsonl", "json")[0];
    assert_eq!(block.trim_end(), export(ExportFormat::Jsonl).trim_end());
}

#[test]
fn csv_sample_is_the_export() {
    let block = &blocks(&readme(), "### csv", "csv")[0];
    let printed = export(ExportFormat::Csv).replace("\r\n", "\n");
    assert_eq!(block.trim_end(), printed.trim_end());
}

#[test]
fn conll_sample_is_the_export() {
    let block = &blocks(&readme(), "### conll", "text")[0];
    assert_eq!(block.trim_end(), export(ExportFormat::Conll).trim_end());
}

#[test]
fn w3c_sample_is_an_item_of_the_export() {
    let block = &blocks(&readme(), "### w3c", "json")[0];
    let sample: serde_json::Value = serde_json::from_str(block).expect("README sample is JSON");
    let printed: serde_json::Value =
        serde_json::from_str(&export(ExportFormat::W3c)).expect("export is JSON");
    let item = &printed["first"]["items"][0];
    // Every field the sample shows has the exported value.
    for (key, value) in sample.as_object().expect("an object") {
        assert_eq!(&item[key], value, "w3c sample field {key}");
    }
}

#[test]
fn brat_sample_is_the_export() {
    let block = &blocks(&readme(), "### brat", "text")[0];
    let p = parade();
    let sel = Selection::new(&p, &ExportOptions::default()).expect("selection");
    let ann = marginalia::export::brat::to_brat(&sel)
        .into_iter()
        .find(|f| f.name == "parade.ann")
        .expect("parade.ann")
        .contents;
    assert_eq!(block.trim_end(), ann.trim_end());
}
