//! `marginalia suggest` run as a user runs it: JSONL in the shape of `export
//! --format jsonl` plus rule and score, filters, `--eval` (text and JSON), and
//! one clear line for bad input.

use std::collections::BTreeSet;
use std::path::PathBuf;

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::save_project;
use serde_json::Value;

mod common;
use common::cli::{run, stderr, stdout};

const TEXT: &str = "According to NK News, North Korea fired two missiles on Tuesday 🚀. \
                    The launch may signal a new test, analysts said.";

fn project(dir: &std::path::Path, with_gold: bool) -> PathBuf {
    let mut p = Project::new("Suggest test");
    p.documents.push(Document::new("d1", "Launch", TEXT));
    p.documents.push(Document::new(
        "d2",
        "Quiet",
        "조선중앙통신 said 평양 held 3 parades in 2024.",
    ));
    if with_gold {
        let d = &p.documents[0];
        let a = Annotation::new("d1", 0, 20, d.slice(0, 20), "attribution", "mina")
            .with_source("NK News");
        p.annotations.push(a);
    }
    let path = dir.join("p.ron");
    save_project(&path, &p).unwrap();
    path
}

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn jsonl_has_the_export_shape_plus_rule_and_score() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), false);
    let out = run(&["suggest", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("suggestions in 2 documents"),
        "{}",
        stderr(&out)
    );
    let suggested = lines(&stdout(&out));
    let exported = run(&["export", path.to_str().unwrap(), "--format", "jsonl"]);
    let exported = lines(&stdout(&exported));
    assert_eq!(suggested.len(), 2);
    assert_eq!(keys(&suggested[0]), keys(&exported[0]));
    let span = &suggested[0]["spans"][0];
    let mut export_span_keys: BTreeSet<String> = [
        "start", "end", "label", "source", "note", "author", "text", "id", "created",
    ]
    .map(String::from)
    .into();
    assert!(keys(span).is_superset(&export_span_keys), "{span}");
    export_span_keys.extend(["rule", "score", "why"].map(String::from));
    assert_eq!(keys(span), export_span_keys);
    assert_eq!(span["text"], "According to NK News");
    assert_eq!(span["source"], "NK News");
    assert_eq!(span["rule"], "according-to");
    assert!(span["score"].as_f64().unwrap() > 0.0);
    // Offsets are chars: the quote is the text between them.
    let chars: Vec<char> = TEXT.chars().collect();
    for s in suggested[0]["spans"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[a..b].iter().collect::<String>(),
            s["text"].as_str().unwrap()
        );
    }
    // `import` reads it back as a project.
    let file = dir.path().join("s.jsonl");
    std::fs::write(&file, stdout(&run(&["suggest", path.to_str().unwrap()]))).unwrap();
    let back = dir.path().join("back.ron");
    let imported = run(&[
        "import",
        file.to_str().unwrap(),
        "--out",
        back.to_str().unwrap(),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
}

#[test]
fn doc_and_label_filters_and_existing_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), true);
    let p = path.to_str().unwrap();
    let out = run(&["suggest", p, "--doc", "d1", "--label", "speculation"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = lines(&stdout(&out));
    assert_eq!(got.len(), 1);
    let spans = got[0]["spans"].as_array().unwrap();
    assert!(!spans.is_empty() && spans.iter().all(|s| s["label"] == "speculation"));
    // The gold attribution is there already: not suggested again, unless --all.
    let texts = |args: &[&str]| -> Vec<String> {
        lines(&stdout(&run(args)))[0]["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!texts(&["suggest", p, "--doc", "d1"]).contains(&"According to NK News".to_string()));
    assert!(
        texts(&["suggest", p, "--doc", "d1", "--all"])
            .contains(&"According to NK News".to_string())
    );
}

#[test]
fn eval_prints_three_strictnesses_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), true);
    let p = path.to_str().unwrap();
    let out = run(&["suggest", p, "--eval"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for needle in ["attribution", "exact", "iou≥0.8", "overlap", "according-to"] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    let out = run(&["suggest", p, "--eval", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let attribution = v["labels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"] == "attribution")
        .unwrap();
    assert_eq!(attribution["exact"]["matched"], 1);
    assert_eq!(attribution["overlap"]["recall"], 1.0);
    assert!(
        v["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["rule"] == "according-to")
    );
}

#[test]
fn bad_input_is_one_line_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), false);
    let p = path.to_str().unwrap();
    let rules = dir.path().join("rules.ron");
    std::fs::write(&rules, "RuleSet(").unwrap();
    let missing = dir.path().join("nope.ron");
    for args in [
        vec!["suggest", p, "--rules", rules.to_str().unwrap()],
        vec!["suggest", p, "--doc", "no-such-doc"],
        vec!["suggest", p, "--json"],
        vec!["suggest", missing.to_str().unwrap(), "--effort"],
        vec!["suggest", missing.to_str().unwrap()],
        vec!["suggest", p, "--sources", rules.to_str().unwrap()],
        // Usage errors too: clap's own report is four lines.
        vec!["suggest", p, "--eval", "--effort"],
        vec!["suggest", p, "--bogus"],
        vec!["suggest"],
    ] {
        let before = std::fs::read(&path).unwrap();
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.starts_with("marginalia: ") && err.trim_end().lines().count() == 1,
            "{args:?}: {err}"
        );
        assert!(stdout(&out).is_empty());
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "the project is never changed"
        );
    }
    // A broken rules or sources file: the reason, not only the file's name.
    for flag in ["--rules", "--sources"] {
        let out = run(&["suggest", p, flag, rules.to_str().unwrap()]);
        let err = stderr(&out);
        assert!(
            err.contains("rules.ron: ") && err.contains("not a"),
            "{flag}: {err}"
        );
    }
}

#[test]
fn a_rules_file_can_switch_a_rule_off() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), false);
    let mut rules = marginalia::suggest::RuleSet::builtin();
    assert!(rules.disable("according-to"));
    let file = dir.path().join("rules.ron");
    std::fs::write(&file, ron::to_string(&rules).unwrap()).unwrap();
    let out = run(&[
        "suggest",
        path.to_str().unwrap(),
        "--rules",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("\"according-to\""));
}

#[test]
fn effort_counts_actions_beside_suggestions_off() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), true);
    let p = path.to_str().unwrap();
    // d1's one gold attribution, "According to NK News", is suggested exactly
    // with its source: 1 action, against 3 by hand; the other suggestions of d1
    // are rejected (1 each); d2 has no gold and is not replayed.
    let out = run(&["suggest", p, "--effort", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["documents"], 1);
    assert_eq!(v["total"]["gold"], 1);
    assert_eq!(v["total"]["baseline_actions"], 3);
    assert_eq!(v["total"]["baseline_per_annotation"], 3.0);
    assert_eq!(v["total"]["counts"]["accepted_as_is"], 1);
    let rejected = v["total"]["counts"]["rejected"].as_u64().unwrap();
    assert_eq!(v["total"]["actions"].as_u64().unwrap(), 1 + rejected);
    let attribution = v["labels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"] == "attribution")
        .unwrap();
    assert_eq!(attribution["gold"], 1);
    assert_eq!(attribution["counts"]["accepted_as_is"], 1);
    // Only attributions: the gold one accepted, "analysts said" rejected.
    let out = run(&["suggest", p, "--effort", "--label", "attribution", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["total"]["actions"], 2);
    assert_eq!(v["total"]["counts"]["rejected"], 1);
    assert_eq!(v["labels"].as_array().unwrap().len(), 1);
    // For people: one line per label, the total, what the actions were.
    let out = run(&["suggest", p, "--effort"]);
    let text = stdout(&out);
    for needle in [
        "with suggestions",
        "suggestions off",
        "attribution",
        "all",
        "rejected",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    assert!(text.contains("1 annotated document"), "{text}");
}

#[test]
fn the_projects_own_rules_file_is_used_and_a_broken_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path(), false);
    let p = path.to_str().unwrap();
    let rules_of = |out: &str| -> BTreeSet<String> {
        lines(out)
            .iter()
            .flat_map(|d| d["spans"].as_array().unwrap().clone())
            .map(|s| s["rule"].as_str().unwrap().to_string())
            .collect()
    };
    let before = run(&["suggest", p]);
    assert!(rules_of(&stdout(&before)).contains("according-to"));
    assert!(!stderr(&before).contains("rules from"));
    // p.rules.ron beside p.ron switching a rule off.
    let mut rules = marginalia::suggest::RuleSet::builtin();
    assert!(rules.disable("according-to"));
    let own = dir.path().join("p.rules.ron");
    std::fs::write(
        &own,
        ron::ser::to_string_pretty(&rules, Default::default()).unwrap(),
    )
    .unwrap();
    let out = run(&["suggest", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("marginalia: rules from p.rules.ron"));
    assert!(!rules_of(&stdout(&out)).contains("according-to"));
    // --rules still wins.
    let builtin = dir.path().join("builtin.ron");
    std::fs::write(&builtin, marginalia::suggest::RuleSet::builtin_text()).unwrap();
    let out = run(&["suggest", p, "--rules", builtin.to_str().unwrap()]);
    assert!(rules_of(&stdout(&out)).contains("according-to"));
    assert!(!stderr(&out).contains("rules from"));
    // A broken one: one line naming it, exit 2, the project unchanged.
    std::fs::write(&own, "RuleSet(\n  abbreviations: [,\n").unwrap();
    let project_before = std::fs::read(&path).unwrap();
    let out = run(&["suggest", p]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("marginalia: p.rules.ron: ") && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert!(stdout(&out).is_empty());
    assert_eq!(std::fs::read(&path).unwrap(), project_before);
}

/// Issue 20's learning check on a phrase the rules do not know: the analyst's
/// attribution in one article is suggested, with its source, where the same
/// words recur in another (the `learned-phrase` rule) and the effort there
/// falls; with no annotations it is not suggested.
#[test]
fn a_phrase_tagged_in_one_article_is_suggested_where_it_recurs() {
    const PHRASE: &str = "Pyongyang’s mouthpiece trumpeted";
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::new("Phrases");
    p.documents.push(Document::new(
        "seen",
        "Seen",
        "Pyongyang’s mouthpiece trumpeted that 조선 harvests rose 👋.\r\nNothing else.",
    ));
    p.documents.push(Document::new(
        "new",
        "New",
        "In March, Pyongyang’s mouthpiece trumpeted that the canal reopened.",
    ));
    let seen = &p.documents[0];
    let end = PHRASE.chars().count();
    p.annotations.push(
        Annotation::new("seen", 0, end, seen.slice(0, end), "attribution", "mina")
            .with_source("Rodong Sinmun"),
    );
    let path = dir.path().join("p.ron");
    save_project(&path, &p).unwrap();
    let out = run(&["suggest", path.to_str().unwrap(), "--doc", "new"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let found = lines(&stdout(&out));
    let spans = found[0]["spans"].as_array().unwrap();
    let learned = (spans.iter())
        .find(|s| s["rule"] == "learned-phrase")
        .unwrap_or_else(|| panic!("{spans:?}"));
    assert_eq!(learned["text"], PHRASE);
    assert_eq!(learned["start"], 10);
    assert_eq!(learned["end"], 10 + end);
    assert_eq!(learned["label"], "attribution");
    assert_eq!(learned["source"], "Rodong Sinmun");

    // Without the annotation the rules alone do not suggest it.
    p.annotations.clear();
    let bare = dir.path().join("bare.ron");
    save_project(&bare, &p).unwrap();
    let out = run(&["suggest", bare.to_str().unwrap(), "--doc", "new"]);
    let text = stdout(&out);
    assert!(!text.contains("learned-phrase"), "{text}");
    assert!(
        !lines(&text)[0]["spans"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["text"] == PHRASE && s["label"] == "attribution"),
        "{text}"
    );
}

/// A project that carries its own source registry (Sources ▸ Sources…) is
/// suggested with it, as the window does: here the analyst renamed KCNA to its
/// long name and made "North Korea's news agency" an alias of it. Without the
/// project's registry the built-in one names the source "KCNA".
#[test]
fn the_projects_own_registry_names_the_sources() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::new("Own registry");
    p.documents.push(Document::new(
        "d1",
        "Launch",
        "According to KCNA, the North held 3 drills on Monday. \
         North Korea's news agency said the drills ended on 4 May.",
    ));
    let plain = dir.path().join("plain.ron");
    save_project(&plain, &p).unwrap();
    let mut registry = marginalia::model::SourceRegistry::builtin();
    let kcna = registry
        .sources
        .iter_mut()
        .find(|s| s.name == "KCNA")
        .expect("the built-in registry knows KCNA");
    kcna.name = "Korean Central News Agency".into();
    kcna.aliases.retain(|a| a != "Korean Central News Agency");
    kcna.aliases.push("KCNA".into());
    kcna.aliases.push("North Korea's news agency".into());
    p.registry = registry;
    let own = dir.path().join("own.ron");
    save_project(&own, &p).unwrap();

    let sources_of = |path: &PathBuf| -> Vec<String> {
        let out = run(&["suggest", path.to_str().unwrap(), "--no-learn"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let docs = lines(&stdout(&out));
        docs[0]["spans"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["label"] == "attribution")
            .map(|s| s["source"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let plain = sources_of(&plain);
    assert_eq!(plain.len(), 2);
    assert_eq!(plain[0], "KCNA");
    assert_ne!(plain[1], "Korean Central News Agency");
    assert_eq!(
        sources_of(&own),
        ["Korean Central News Agency", "Korean Central News Agency"]
    );
    // --sources still wins over the project's registry.
    let file = dir.path().join("sources.ron");
    std::fs::write(
        &file,
        ron::to_string(&marginalia::model::SourceRegistry::builtin()).unwrap(),
    )
    .unwrap();
    let out = run(&[
        "suggest",
        own.to_str().unwrap(),
        "--no-learn",
        "--sources",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("\"source\":\"KCNA\""));
}
