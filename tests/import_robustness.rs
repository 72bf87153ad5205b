//! Whatever an input holds, the importers never panic, and whatever they accept is
//! exact: every imported span slices the document text to its quote.

use marginalia::export::{ImportFormat, ImportOptions, import_paths};
use marginalia::model::Project;
use proptest::prelude::*;

/// Texts of tricky pieces: Korean, astral emoji, combining accents, CR/LF, BOM.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "조선", "KCNA", " ", "\r\n", "\n", "\r", "👋🏽", "🇰🇵", "e\u{301}", "“", "”", "\u{feff}",
            "a", "\t", "\"", "\\",
        ]),
        0..40,
    )
    .prop_map(|v| v.concat())
}

fn import_one(name: &str, contents: &str) -> (Result<Project, String>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    let mut p = Project::new("x");
    let r = import_paths(
        &mut p,
        &[&path],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .map(|_| p)
    .map_err(|e| e.to_string());
    (r, dir)
}

fn assert_exact(p: &Project) {
    assert!(marginalia::store::check_project(p).is_empty());
    for a in &p.annotations {
        let d = p.document(&a.doc).unwrap();
        let slice: String = d.text.chars().skip(a.start).take(a.end - a.start).collect();
        assert_eq!(slice, a.quote);
        assert!(!d.text.contains('\r'));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn jsonl_with_any_offsets_is_refused_cleanly_or_imported_exactly(
        t in text(),
        spans in prop::collection::vec((0usize..60, 0usize..60), 0..5),
        unit in prop::sample::select(vec!["chars", "utf16", "bytes"]),
    ) {
        let label: Vec<serde_json::Value> = spans
            .iter()
            .map(|(s, e)| serde_json::json!([s, e, "claim"]))
            .collect();
        let line = serde_json::json!({"text": t, "offsets": unit, "label": label});
        let (r, _dir) = import_one("x.jsonl", &format!("{line}\n"));
        match r {
            Ok(p) => assert_exact(&p),
            Err(e) => {
                prop_assert!(!e.contains('\n'), "{}", e);
                prop_assert!(e.contains("x.jsonl"), "{}", e);
            }
        }
    }

    #[test]
    fn arbitrary_jsonl_bytes_never_panic(s in "\\PC{0,200}") {
        let (r, _dir) = import_one("y.jsonl", &s);
        if let Ok(p) = r {
            assert_exact(&p);
        }
    }

    #[test]
    fn brat_with_any_offsets_is_refused_cleanly_or_imported_exactly(
        t in text(),
        spans in prop::collection::vec((0usize..60, 0usize..60, any::<bool>()), 0..5),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let brat = dir.path().join("brat");
        std::fs::create_dir(&brat).unwrap();
        std::fs::write(brat.join("d.txt"), &t).unwrap();
        let chars: Vec<char> = t.chars().collect();
        let mut ann = String::new();
        for (k, (s, e, honest)) in spans.iter().enumerate() {
            let quote: String = if *honest && s <= e && *e <= chars.len() {
                chars[*s..*e].iter().collect::<String>().replace(['\r', '\n'], " ")
            } else {
                "x".into()
            };
            ann.push_str(&format!("T{}\tclaim {s} {e}\t{quote}\n", k + 1));
        }
        std::fs::write(brat.join("d.ann"), &ann).unwrap();
        let mut p = Project::new("b");
        match import_paths(&mut p, &[&brat], ImportFormat::Auto, &ImportOptions::default()) {
            Ok(_) => assert_exact(&p),
            Err(e) => {
                let e = e.to_string();
                prop_assert!(!e.contains('\n'), "{}", e);
                prop_assert!(e.contains("d.ann") || e.contains("d.txt"), "{}", e);
            }
        }
    }
}
