//! Issue 13, links and the project's source registry in the file (format 4):
//! saved and read back by both readers, older formats still read, dangling links
//! refused with one line and listed by `marginalia validate`.

mod common;

use common::cli::{run, stderr, stdout};
use marginalia::model::{Annotation, Document, FORMAT_VERSION, Link, Project, Source};
use marginalia::store::{load_project, project_to_ron, save_project};

const TEXT: &str =
    "조선중앙통신은 23일 \"신형 미사일\"을 발사했다고 밝혔다. Some analysts 👋🏽 doubt it.";

fn char_pos(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].chars().count()
}

fn ann(quote: &str, label: &str) -> Annotation {
    let start = char_pos(TEXT, quote);
    Annotation::new(
        "d",
        start,
        start + quote.chars().count(),
        quote,
        label,
        "me",
    )
}

fn linked_project() -> Project {
    let mut p = Project::new("links");
    p.documents.push(Document::new("d", "t", TEXT));
    let mut kcna = ann("조선중앙통신", "attribution");
    kcna.source = Some("KCNA".into());
    let claim = ann("\"신형 미사일\"을 발사했다고", "claim");
    let spec = ann("doubt it", "speculation");
    p.links.push(Link::attributes(&kcna.id, &claim.id));
    p.links.push(Link::attributes(&kcna.id, &spec.id));
    p.annotations = vec![kcna, claim, spec];
    p.registry.sources.push(Source {
        name: "KCNA".into(),
        kind: "state media".into(),
        aliases: vec!["조선중앙통신".into()],
    });
    p
}

#[test]
fn links_and_registry_survive_save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let p = linked_project();
    save_project(&path, &p).unwrap();
    let back = load_project(&path).unwrap();
    assert_eq!(back.format, FORMAT_VERSION);
    assert_eq!(back.links, p.links);
    assert_eq!(back.registry, p.registry);
    // Written with a block per field, read by serde too.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("links: [\n"), "{text}");
    let by_serde: Project = ron::from_str(&text).unwrap();
    assert_eq!(by_serde.links, p.links);
}

#[test]
fn a_project_without_links_writes_neither_field() {
    let mut p = linked_project();
    p.links.clear();
    p.registry.sources.clear();
    let text = project_to_ron(&p).unwrap();
    assert!(
        !text.contains("links:") && !text.contains("registry:"),
        "{text}"
    );
}

#[test]
fn a_format_3_file_reads_without_links_and_with_the_builtin_registry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let mut p = linked_project();
    p.links.clear();
    p.registry.sources.clear();
    let text = project_to_ron(&p)
        .unwrap()
        .replace(&format!("format: {FORMAT_VERSION}"), "format: 3");
    std::fs::write(&path, text).unwrap();
    let back = load_project(&path).unwrap();
    assert_eq!(back.format, FORMAT_VERSION);
    assert!(back.links.is_empty());
    assert_eq!(
        back.source_registry().canonical("로동신문"),
        Some("Rodong Sinmun")
    );
}

#[test]
fn a_dangling_link_is_refused_in_one_line_and_listed_by_validate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = linked_project();
    let gone = p.annotations.remove(2).id;
    std::fs::write(&path, project_to_ron(&p).unwrap()).unwrap();
    let err = load_project(&path).unwrap_err().to_string();
    assert!(err.contains(&format!("'{gone}' does not exist")), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let o = run(&["validate".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = format!("{}{}", stdout(&o), stderr(&o));
    assert!(out.contains(&format!("'{gone}' does not exist")), "{out}");
}

#[test]
fn links_survive_a_jsonl_export_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let p = linked_project();
    save_project(&path, &p).unwrap();
    let jsonl = dir.path().join("p.jsonl");
    let o = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "jsonl".as_ref(),
        "--out".as_ref(),
        jsonl.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&jsonl).unwrap();
    assert!(
        text.contains("\"relations\":[{\"id\":0,\"from_id\":"),
        "{text}"
    );
    let back = dir.path().join("back.ron");
    let o = run(&[
        "import".as_ref(),
        jsonl.as_os_str(),
        "--out".as_ref(),
        back.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back = load_project(&back).unwrap();
    let mut want = p.links.clone();
    let mut got = back.links.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want);
}

#[test]
fn doccano_relations_between_entities_are_read_as_links() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("doccano.jsonl");
    let line = serde_json::json!({
        "id": 7,
        "text": TEXT,
        "entities": [
            {"id": 11, "label": "attribution", "start_offset": 0, "end_offset": 6},
            {"id": 12, "label": "claim", "start_offset": 13, "end_offset": 29},
        ],
        "relations": [
            {"id": 1, "from_id": 11, "to_id": 12, "type": "attributes"},
            {"id": 2, "from_id": 12, "to_id": 11, "type": "contradicts"},
        ],
    });
    std::fs::write(&jsonl, format!("{line}\n")).unwrap();
    let out = dir.path().join("p.ron");
    let o = run(&[
        "import".as_ref(),
        jsonl.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let p = load_project(&out).unwrap();
    assert_eq!(
        p.links.len(),
        1,
        "only the attributes relation: {:?}",
        p.links
    );
    let from = p.annotation(&p.links[0].from).unwrap();
    assert_eq!(from.quote, "조선중앙통신");
    // A relation naming a span that is not there is one clear line.
    let bad = serde_json::json!({"text": "abc", "entities": [], "relations": [{"from_id": 1, "to_id": 2}]});
    std::fs::write(&jsonl, format!("{bad}\n")).unwrap();
    let o = run(&[
        "import".as_ref(),
        jsonl.as_os_str(),
        "--out".as_ref(),
        dir.path().join("q.ron").as_os_str(),
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("no span with id '1'"), "{}", stderr(&o));
}

#[test]
fn links_survive_a_brat_export_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let p = linked_project();
    save_project(&path, &p).unwrap();
    let folder = dir.path().join("brat");
    let o = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "brat".as_ref(),
        "--out".as_ref(),
        folder.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ann = std::fs::read_to_string(folder.join("d.ann")).unwrap();
    assert!(ann.contains("R1\tAttributes Arg1:T1 Arg2:T"), "{ann}");
    let conf = std::fs::read_to_string(folder.join("annotation.conf")).unwrap();
    assert!(
        conf.contains("Attributes\tArg1:<ENTITY>, Arg2:<ENTITY>"),
        "{conf}"
    );
    let back = dir.path().join("back.ron");
    let o = run(&[
        "import".as_ref(),
        folder.as_os_str(),
        "--format".as_ref(),
        "brat".as_ref(),
        "--out".as_ref(),
        back.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back = load_project(&back).unwrap();
    // brat has no annotation ids: the links are compared by their spans.
    let ends = |p: &Project| {
        let mut v: Vec<(String, String)> = p
            .links
            .iter()
            .map(|l| {
                let q = |id: &str| p.annotation(id).unwrap().quote.clone();
                (q(&l.from), q(&l.to))
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(ends(&back), ends(&p));
}

fn export(path: &std::path::Path, format: &str) -> String {
    let o = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        format.as_ref(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn csv_and_w3c_exports_carry_links() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let p = linked_project();
    save_project(&path, &p).unwrap();
    let csv = export(&path, "csv");
    let mut rows = csv.lines();
    assert!(
        rows.next().unwrap().ends_with(",language,attributed_to"),
        "{csv}"
    );
    let claim = rows.find(|r| r.contains(",claim,")).unwrap();
    assert!(claim.ends_with(",KCNA"), "{csv}");
    let w3c: serde_json::Value = serde_json::from_str(&export(&path, "w3c")).unwrap();
    let items = w3c["first"]["items"].as_array().unwrap();
    let links: Vec<_> = items
        .iter()
        .filter(|i| i["motivation"] == "linking")
        .collect();
    assert_eq!(links.len(), 2);
    let target = links[0]["target"].as_array().unwrap();
    assert!(target[0].as_str().unwrap().ends_with(&p.annotations[0].id));
    assert_eq!(links[0]["body"]["value"], "attributes");
    // Without links, the CSV keeps its usual columns.
    let mut plain = p.clone();
    plain.links.clear();
    save_project(&path, &plain).unwrap();
    assert!(
        export(&path, "csv")
            .lines()
            .next()
            .unwrap()
            .ends_with(",language")
    );
}

#[test]
fn agree_reports_link_agreement() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (who, both) in [("kim", true), ("lee", false)] {
        let mut p = linked_project();
        for a in &mut p.annotations {
            a.author = who.into();
        }
        if !both {
            p.links.pop();
        }
        let path = dir.path().join(format!("{who}.ron"));
        save_project(&path, &p).unwrap();
        paths.push(path);
    }
    let o = run(&["agree".as_ref(), paths[0].as_os_str(), paths[1].as_os_str()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("kim × lee: 2 and 1 links, 1 matched, F1 0.667"),
        "{}",
        stdout(&o)
    );
    // `--json`: each pair carries its link agreement.
    let o = run(&[
        "agree".as_ref(),
        paths[0].as_os_str(),
        paths[1].as_os_str(),
        "--json".as_ref(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pairs: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("one JSON document");
    let links = &pairs[0]["links"];
    assert_eq!(pairs[0]["a"], "kim");
    assert_eq!(
        (
            links["links_a"].as_u64(),
            links["links_b"].as_u64(),
            links["matched"].as_u64()
        ),
        (Some(2), Some(1), Some(1)),
        "{pairs}"
    );
    assert!((links["f1"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-9);
}

/// REFI-QDA and CoNLL have no place for links: the export says how many it left
/// out (the REFI standard asks tools to warn of such loss); formats that carry
/// links say nothing of the kind.
#[test]
fn exports_without_a_place_for_links_say_how_many_they_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &linked_project()).unwrap();
    let note = |format: &str, out: Option<&std::path::Path>| {
        let mut args = vec![
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            std::ffi::OsStr::new(format),
        ];
        if let Some(out) = out {
            args.extend(["--out".as_ref(), out.as_os_str()]);
        }
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        stderr(&o)
    };
    let qdpx = note("qdpx", Some(&dir.path().join("out.qdpx")));
    assert!(
        qdpx.contains("2 links between annotations not exported: qdpx has no place for them"),
        "{qdpx}"
    );
    assert!(note("conll", None).contains("2 links between annotations not exported"));
    for format in ["jsonl", "csv", "w3c"] {
        assert!(!note(format, None).contains("not exported"), "{format}");
    }
}
