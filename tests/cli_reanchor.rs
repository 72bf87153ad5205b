//! `marginalia reanchor`: an article edited by its publisher, its project
//! re-anchored from the command line.

mod safety_support;

use marginalia::store::{check_project, load_project};
use safety_support::*;

#[test]
fn edited_article_is_reanchored_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let quotes = [
        "조선중앙통신",                                // unchanged, same place
        "Yonhap reported no independent confirmation", // moved by an insertion
        "Analysts at NK News doubted the figure",      // edited: fuzzy
        "Some said the crowd was smaller",             // deleted: orphan
    ];
    let project = write_project(dir.path(), "p.ron", &project_with(&quotes));
    let before = snapshot(&project).unwrap();
    let edited = ARTICLE
        .replace("doubted the figure", "doubted those figures")
        .replace(" Some said the crowd was smaller, e\u{301}tonnamment.", "")
        .replace(
            "\n\nYonhap",
            "\n\nUpdated 12:00 with the agency's 👋 correction.\n\nYonhap",
        );
    // The new version arrives as Windows text with CRLF line endings and a BOM.
    let new_text = dir.path().join("new.txt");
    std::fs::write(
        &new_text,
        format!("\u{feff}{}", edited.replace('\n', "\r\n")),
    )
    .unwrap();
    let out = dir.path().join("p2.ron");
    let o = run([
        "reanchor".as_ref(),
        project.as_os_str(),
        "--doc".as_ref(),
        "parade".as_ref(),
        "--text".as_ref(),
        new_text.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = stdout(&o);
    assert!(
        report.contains("kept 1, moved 1, fuzzy 1, orphaned 1"),
        "{report}"
    );
    assert!(report.contains("orphaned") && report.contains("Some said the crowd"));
    assert_eq!(snapshot(&project).unwrap(), before, "input modified");
    let p2 = load_project(&out).unwrap();
    assert!(check_project(&p2).is_empty());
    assert_eq!(p2.documents[0].text, edited);
    assert_eq!(p2.annotations.len(), 4, "nothing dropped");
    let by_quote = |q: &str| {
        p2.annotations
            .iter()
            .find(|a| a.quote.starts_with(q))
            .unwrap()
    };
    assert!(by_quote("Some said").orphaned);
    assert_eq!(
        by_quote("Analysts").quote,
        "Analysts at NK News doubted those figures"
    );
    let y = by_quote("Yonhap");
    assert_eq!(y.start, char_pos(&edited, "Yonhap"));
}

#[test]
fn json_report_and_single_document_default() {
    let dir = tempfile::tempdir().unwrap();
    let project = write_project(dir.path(), "p.ron", &project_with(&["KCNA added"]));
    let new_text = dir.path().join("new.txt");
    std::fs::write(&new_text, format!("Correction appended.\n{ARTICLE}")).unwrap();
    let out = dir.path().join("p2.ron");
    let o = run([
        "reanchor".as_ref(),
        project.as_os_str(),
        "--text".as_ref(),
        new_text.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["counts"]["moved"], 1);
    assert_eq!(v["items"][0]["how"], "moved");
}

#[test]
fn hand_edited_offsets_are_repaired_without_new_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = marginalia::store::project_to_ron(&project_with(&["NK News"])).unwrap();
    let s = char_pos(ARTICLE, "NK News");
    let broken = text.replace(
        &format!("start: {s}, end: {}", s + 7),
        &format!("start: {}, end: {}", s + 3, s + 10),
    );
    let path = dir.path().join("hand.ron");
    std::fs::write(&path, broken).unwrap();
    let out = dir.path().join("fixed.ron");
    let o = run([
        "reanchor".as_ref(),
        path.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("moved 1"), "{}", stdout(&o));
    assert_eq!(load_project(&out).unwrap().annotations[0].start, s);
}

#[test]
fn refusals_are_one_line_and_touch_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let project = write_project(dir.path(), "p.ron", &project_with(&["KCNA"]));
    let before = snapshot(&project).unwrap();
    let out = dir.path().join("out.ron");
    let cases: Vec<(&str, Vec<std::ffi::OsString>)> = vec![
        (
            "out is the input",
            vec!["--out".into(), project.clone().into()],
        ),
        (
            "unknown doc",
            vec![
                "--doc".into(),
                "nope".into(),
                "--out".into(),
                out.clone().into(),
            ],
        ),
        (
            "text is a folder",
            vec![
                "--text".into(),
                dir.path().into(),
                "--out".into(),
                out.clone().into(),
            ],
        ),
        (
            "text is missing",
            vec![
                "--text".into(),
                dir.path().join("missing.txt").into(),
                "--out".into(),
                out.clone().into(),
            ],
        ),
    ];
    for (what, extra) in cases {
        let mut args: Vec<std::ffi::OsString> = vec!["reanchor".into(), project.clone().into()];
        args.extend(extra);
        let o = run(&args);
        assert_refused(&o, what);
        assert_eq!(snapshot(&project).unwrap(), before, "{what}");
        assert!(!out.exists(), "{what}: wrote output");
    }
}
