//! Every project in `saved_projects/` stays loadable and consistent; the example has
//! a dozen annotations of all three labels, attributions with their sources.

use std::path::Path;

use marginalia::store::{check_project, load_project};

#[test]
fn every_saved_project_loads_and_checks_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("saved_projects");
    let files = marginalia::store::saved_projects::list(&dir);
    assert!(!files.is_empty(), "no projects in {}", dir.display());
    for file in files {
        let p = load_project(&file).unwrap_or_else(|e| panic!("{e}"));
        let problems = check_project(&p);
        assert!(problems.is_empty(), "{}: {problems:?}", file.display());
        for a in &p.annotations {
            let doc = p.document(&a.doc).unwrap();
            assert_eq!(doc.slice(a.start, a.end), a.quote, "{}", file.display());
            assert!(!a.author.is_empty() && !a.created.is_empty());
        }
    }
}

#[test]
fn the_example_has_a_dozen_annotations_of_every_label() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saved_projects")
        .join("pyongyang-night-parade.ron");
    let p = load_project(&file).unwrap();
    assert!(p.annotations.len() >= 12);
    let s = p.summary();
    for label in ["claim", "speculation", "attribution"] {
        assert!(s.by_label.get(label).copied().unwrap_or(0) >= 3, "{label}");
    }
    for a in p.annotations.iter().filter(|a| a.label == "attribution") {
        assert!(a.source.is_some(), "{}", a.quote);
    }
    for source in ["KCNA", "NK News", "Yonhap", "38 North", "Daily NK"] {
        assert!(s.by_source.contains_key(source), "{source}");
    }
    assert!(
        p.annotations
            .iter()
            .any(|a| a.quote.contains("조선중앙통신"))
    );
    let mut sorted = p.annotations.clone();
    sorted.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    assert_eq!(sorted, p.annotations, "annotations are stored sorted");
}
