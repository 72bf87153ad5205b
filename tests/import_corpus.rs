//! `marginalia import DIR --out PROJECT`: every article under a folder, with its
//! metadata; bad files, links and articles already in the project are skipped and
//! named, and the import goes on.

mod common;

use std::path::Path;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_folder_is_imported_with_bad_files_and_duplicates_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    std::fs::create_dir_all(input.join("2026/03")).unwrap();
    for name in ["wire-agency.html", "front-matter.md"] {
        std::fs::copy(fixtures.join(name), input.join("2026/03").join(name)).unwrap();
    }
    std::fs::copy(fixtures.join("state-media.html"), input.join("kcna.html")).unwrap();
    std::fs::write(
        input.join("note.txt"),
        "조선중앙통신 said “it” 👋🏽 e\u{301}\r\nsecond line\r\n",
    )
    .unwrap();
    std::fs::write(
        input.join("copy.txt"),
        "조선중앙통신 said “it” 👋🏽 e\u{301}\r\nsecond line\r\n",
    )
    .unwrap();
    std::fs::write(input.join("bad.txt"), [0u8, 1, 2, 3, 0, 0]).unwrap();
    std::fs::write(
        input.join("lines.jsonl"),
        "{\"text\":\"Yonhap line\",\"outlet\":\"Yonhap\",\"published\":\"March 14, 2026\"}\n",
    )
    .unwrap();
    std::fs::write(input.join("photo.png"), [0x89u8, b'P', b'N', b'G']).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", input.join("passwd.txt")).unwrap();
    let out = dir.path().join("p.ron");
    let o = common::cli::run(&["import", s(&input), "--out", s(&out)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(o.status.success(), "{err}");
    assert!(err.contains("bad.txt is a binary file"), "{err}");
    #[cfg(unix)]
    assert!(err.contains("passwd.txt: a symbolic link"), "{err}");
    assert!(err.contains("same text as document"), "{err}");
    assert!(err.contains("5 new documents"), "{err}");
    let p = marginalia::store::load_project(&out).unwrap();
    assert_eq!(p.documents.len(), 5);
    let by_outlet = |o: &str| {
        p.documents
            .iter()
            .find(|d| d.meta.outlet.as_deref() == Some(o))
    };
    assert_eq!(
        by_outlet("Yonhap").unwrap().meta.date.as_deref(),
        Some("2026-03-14")
    );
    assert_eq!(
        by_outlet("KCNA").unwrap().meta.date.as_deref(),
        Some("2026-03-14T09:30:00+09:00")
    );
    assert!(
        p.documents
            .iter()
            .any(|d| d.text == "조선중앙통신 said “it” 👋🏽 e\u{301}\nsecond line\n")
    );
    // Again: everything is already there.
    let o = common::cli::run(&["import", s(&input), "--out", s(&out)]);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(o.status.success(), "{err}");
    assert!(err.contains("0 new documents"), "{err}");
    assert_eq!(
        marginalia::store::load_project(&out)
            .unwrap()
            .documents
            .len(),
        5
    );
}

#[test]
fn metadata_round_trips_through_jsonl_and_brat() {
    use marginalia::export::{ExportFormat, ExportOptions, ImportFormat, ImportOptions, Selection};
    let dir = tempfile::tempdir().unwrap();
    let mut p = marginalia::model::Project::new("m");
    let mut d = marginalia::model::Document::new("d", "T “조선”", "KCNA said 👋🏽.");
    d.meta.outlet = Some("KCNA".into());
    d.meta.set_date("14 Mar 2026 09:30 KST");
    d.meta.url = Some("https://example.org/a".into());
    d.meta.byline = Some("Kim Min-ji".into());
    d.meta.language = Some("ko".into());
    p.documents.push(d.clone());
    p.annotations.push(marginalia::model::Annotation::new(
        "d", 0, 4, "KCNA", "claim", "alice",
    ));
    let sel = Selection::new(&p, &ExportOptions::default()).unwrap();
    let jsonl = dir.path().join("a.jsonl");
    let (text, _) =
        marginalia::export::export_to_string(&sel, ExportFormat::Jsonl, Default::default())
            .unwrap();
    std::fs::write(&jsonl, text).unwrap();
    let brat = dir.path().join("brat");
    marginalia::export::brat::write_folder(&sel, &brat, &Default::default()).unwrap();
    for (input, format) in [(&jsonl, ImportFormat::Jsonl), (&brat, ImportFormat::Brat)] {
        let mut back = marginalia::model::Project::new("b");
        marginalia::export::import_paths(&mut back, &[input], format, &ImportOptions::default())
            .unwrap();
        assert_eq!(back.documents[0].meta, d.meta, "{format:?}");
        assert_eq!(back.documents[0].title, d.title, "{format:?}");
    }
}
