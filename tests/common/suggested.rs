//! `marginalia suggest PROJECT` run as an independent checker runs it: the
//! project saved, the binary run, its JSONL read back as suggestions.

use marginalia::model::Project;
use marginalia::store::save_project;
use marginalia::suggest::Suggestion;

/// Per document, the suggestions `marginalia suggest` printed.
pub type Found = Vec<(String, Vec<Suggestion>)>;

/// The suggestions of `marginalia suggest PROJECT` (plus `flags`) read back from
/// its JSONL output, as an independent checker reads them.
pub fn from_the_command_line(project: &Project, flags: &[&str]) -> Found {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("p.ron");
    save_project(&path, project).expect("saves");
    let mut args = vec!["suggest", path.to_str().expect("utf-8 path")];
    args.extend_from_slice(flags);
    let out = super::cli::run(&args);
    assert!(out.status.success(), "{}", super::cli::stderr(&out));
    (super::cli::stdout(&out).lines())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let doc = v["id"].as_str().expect("id").to_string();
            let spans = (v["spans"].as_array().expect("spans").iter())
                .map(|s| Suggestion {
                    doc: doc.clone(),
                    start: s["start"].as_u64().expect("start") as usize,
                    end: s["end"].as_u64().expect("end") as usize,
                    label: s["label"].as_str().expect("label").to_string(),
                    source: s["source"].as_str().map(str::to_string),
                    rule: s["rule"].as_str().expect("rule").to_string(),
                    score: s["score"].as_f64().unwrap_or(0.0) as f32,
                    why: String::new(),
                    quote: s["text"].as_str().expect("text").to_string(),
                })
                .collect();
            (doc, spans)
        })
        .collect()
}
