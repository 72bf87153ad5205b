//! Issue 13: `marginalia sources` counts equal an independent recount from the
//! jsonl export of the same project (spans' sources and `relations`).

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};

use common::cli::{run, stderr, stdout};
use marginalia::model::generate::{GenerateSpec, generate_project};
use marginalia::model::{Link, Project};
use serde_json::Value;

/// A generated project with random links from attributions to claims and
/// speculation of the same document, and outlets and dates on the documents.
fn linked_project(seed: u64) -> Project {
    let mut p = generate_project(&GenerateSpec {
        main_bytes: 8_000,
        annotations: 80,
        small_articles: 4,
        seed,
    });
    for (k, d) in p.documents.iter_mut().enumerate() {
        d.meta.outlet = Some(["KCNA", "연합뉴스", "NK News"][k % 3].into());
        d.meta.date = Some(format!("2026-0{}-14", 1 + k % 3));
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut links = HashSet::new();
    for a in p.annotations.iter().filter(|a| a.label == "attribution") {
        for c in p
            .annotations
            .iter()
            .filter(|c| c.doc == a.doc && c.label != "attribution")
        {
            if rng.usize(..6) == 0 && links.insert((a.id.clone(), c.id.clone())) {
                p.links.push(Link::attributes(&a.id, &c.id));
            }
        }
    }
    assert!(!p.links.is_empty());
    p
}

#[derive(Default, Debug, PartialEq)]
struct Count {
    attributions: usize,
    unlinked: usize,
    claims: usize,
    speculation: usize,
}

/// Counts from the jsonl lines alone: spans by id, relations from → to.
fn recount(jsonl: &str, canonical: impl Fn(&str) -> String) -> BTreeMap<String, Count> {
    let mut out: BTreeMap<String, Count> = BTreeMap::new();
    for line in jsonl.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let spans: HashMap<&str, &Value> = v["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["id"].as_str().unwrap(), s))
            .collect();
        let source = |s: &Value| match s["source"].as_str().filter(|s| !s.trim().is_empty()) {
            Some(s) => canonical(s),
            None => "(no source)".to_string(),
        };
        let rels: Vec<(&str, &str)> = v["relations"]
            .as_array()
            .map(|r| {
                r.iter()
                    .map(|r| (r["from_id"].as_str().unwrap(), r["to_id"].as_str().unwrap()))
                    .collect()
            })
            .unwrap_or_default();
        for (id, s) in &spans {
            if s["label"] == "attribution" {
                let c = out.entry(source(s)).or_default();
                c.attributions += 1;
                if !rels.iter().any(|(f, _)| f == id) {
                    c.unlinked += 1;
                }
            }
        }
        let mut inherited: HashMap<&str, HashSet<String>> = HashMap::new();
        for (f, t) in &rels {
            inherited.entry(t).or_default().insert(source(spans[f]));
        }
        for (t, sources) in inherited {
            for s in sources {
                let c = out.entry(s).or_default();
                match spans[t]["label"].as_str() {
                    Some("claim") => c.claims += 1,
                    Some("speculation") => c.speculation += 1,
                    _ => {}
                }
            }
        }
    }
    out
}

#[test]
fn counts_equal_a_recount_from_the_jsonl_export() {
    for seed in [3, 17] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let p = linked_project(seed);
        marginalia::store::save_project(&path, &p).unwrap();
        let o = run(&["sources".as_ref(), path.as_os_str(), "--json".as_ref()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
        let mut got: BTreeMap<String, Count> = BTreeMap::new();
        for r in report["sources"].as_array().unwrap() {
            got.insert(
                r["source"].as_str().unwrap().to_string(),
                Count {
                    attributions: r["attributions"].as_u64().unwrap() as usize,
                    unlinked: r["unlinked_attributions"].as_u64().unwrap() as usize,
                    claims: r["claims"].as_u64().unwrap() as usize,
                    speculation: r["speculation"].as_u64().unwrap() as usize,
                },
            );
        }
        let o = run(&[
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "jsonl".as_ref(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let registry = p.source_registry();
        let want = recount(&stdout(&o), |s| registry.normalise(s));
        assert_eq!(got, want, "seed {seed}");
    }
}

#[test]
fn grouped_table_and_csv_are_printed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    marginalia::store::save_project(&path, &linked_project(5)).unwrap();
    let args = |extra: &[&str]| {
        let mut a: Vec<std::ffi::OsString> = vec!["sources".into(), path.clone().into()];
        a.extend(extra.iter().map(Into::into));
        run(&a)
    };
    let o = args(&["--by", "month", "--csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(csv.starts_with("group,source,kind,"), "{csv}");
    assert!(
        csv.lines().skip(1).all(|l| l.starts_with("2026-0")),
        "{csv}"
    );
    let o = args(&["--by", "outlet"]);
    assert!(stdout(&o).contains("Yonhap:"), "{}", stdout(&o));
    let o = args(&["--by", "weekday"]);
    assert_eq!(o.status.code(), Some(2), "clap refuses an unknown grouping");
    let o = args(&["--json", "--csv"]);
    assert!(!o.status.success());
}
