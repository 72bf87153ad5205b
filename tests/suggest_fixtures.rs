//! The suggestion sample's projects (`tests/fixtures/suggest/{tune,heldout}.ron`)
//! are the marked-up articles beside them: stale files fail here.
//! `MARGINALIA_WRITE_SUGGEST_FIXTURES=1` rewrites them.

mod suggest_support;

use marginalia::store::{load_project, save_project};
use suggest_support::{build_project, parse_markup, project_path};

#[test]
fn markup_gives_char_offsets_on_korean_emoji_and_crlf() {
    let (text, spans) = parse_markup("{a=KCNA|조선중앙통신 said} 🎈\r\n{c|“Two” fired}.");
    assert_eq!(text, "조선중앙통신 said 🎈\n“Two” fired.");
    let chars: Vec<char> = text.chars().collect();
    let quote = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    assert_eq!(quote(spans[0].0, spans[0].1), "조선중앙통신 said");
    assert_eq!(spans[0].3.as_deref(), Some("KCNA"));
    assert_eq!(quote(spans[1].0, spans[1].1), "“Two” fired");
}

#[test]
fn sample_projects_match_their_articles() {
    for half in [
        "tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
        "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
        "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
        "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
        "fresh32",
    ] {
        let built = build_project(half);
        let path = project_path(half);
        if std::env::var_os("MARGINALIA_WRITE_SUGGEST_FIXTURES").is_some() {
            save_project(&path, &built).expect("write the sample project");
            // The store keeps the previous version as a backup: not a fixture.
            let _ = std::fs::remove_file(path.with_extension("ron.bak"));
        }
        let saved = load_project(&path).expect("the sample project loads");
        assert_eq!(saved.documents.len(), built.documents.len(), "{half}");
        for (a, b) in saved.documents.iter().zip(&built.documents) {
            assert_eq!((&a.id, &a.text), (&b.id, &b.text), "{half}");
        }
        assert_eq!(
            saved.annotations, built.annotations,
            "{half}: rewrite with MARGINALIA_WRITE_SUGGEST_FIXTURES=1"
        );
    }
    assert!(build_project("tune").documents.len() >= 5);
    assert!(build_project("heldout").documents.len() >= 3);
}
