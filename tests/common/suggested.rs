//! `marginalia suggest PROJECT` run as an independent checker runs it: the
//! project saved, the binary run, its JSONL read back as suggestions.

use marginalia::model::Project;
use marginalia::store::save_project;
use marginalia::suggest::effort::replay_project;
use marginalia::suggest::{ATTRIBUTION, Suggester, Suggestion};

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

/// Actions summed over both halves of `analyst` (even places annotated, then
/// odd), the other half suggested for and replayed against its gold: with the
/// half's gold in the project, and with none.
pub fn effort_by_halves(analyst: &Project) -> (usize, usize, usize) {
    let (mut learned, mut bare_sum, mut gold_sum) = (0, 0, 0);
    for parity in 0..2 {
        let annotated: Vec<String> = (analyst.documents.iter().enumerate())
            .filter(|(i, _)| i % 2 == parity)
            .map(|(_, d)| d.id.clone())
            .collect();
        let mut p = analyst.clone();
        p.annotations.retain(|a| annotated.contains(&a.doc));
        p.rejected.clear();
        let mut bare = p.clone();
        bare.annotations.clear();
        let mut gold = analyst.clone();
        gold.annotations.retain(|a| !annotated.contains(&a.doc));
        gold.documents.retain(|d| !annotated.contains(&d.id));
        let replay = |project: &Project| {
            let found = from_the_command_line(project, &[]);
            replay_project(&gold, &found, &gold.source_registry(), &[]).total
        };
        learned += replay(&p).actions;
        bare_sum += replay(&bare).actions;
        gold_sum += gold.annotations.len();
    }
    (learned, bare_sum, gold_sum)
}

/// The built-in rules' suggestions for `text`, each quote checked against the
/// text between its char offsets.
pub fn builtin_on(text: &str) -> Vec<Suggestion> {
    let found = Suggester::builtin().expect("rules").suggest_text(text);
    let chars: Vec<char> = text.chars().collect();
    for s in &found {
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.quote);
    }
    found
}

/// True when a suggestion of `label` quotes `quote` exactly.
pub fn has(found: &[Suggestion], label: &str, quote: &str) -> bool {
    found.iter().any(|s| s.label == label && s.quote == quote)
}

/// The built-in rules suggest on `text` a span of `label` quoting exactly `quote`.
pub fn expect(text: &str, label: &str, quote: &str) {
    let found = builtin_on(text);
    assert!(
        has(&found, label, quote),
        "{label} {quote:?} in {text:?}: {found:#?}"
    );
}

/// The built-in rules suggest on `text` no span of `label` quoting exactly `quote`.
pub fn lacks(text: &str, label: &str, quote: &str) {
    let found = builtin_on(text);
    assert!(
        !has(&found, label, quote),
        "no {label} {quote:?} in {text:?}: {found:#?}"
    );
}

/// The built-in rules suggest on `text` no span of `label` at all.
pub fn no(text: &str, label: &str) {
    let found = builtin_on(text);
    assert!(
        found.iter().all(|s| s.label != label),
        "no {label} in {text:?}: {found:#?}"
    );
}

/// The source of the `nth` attribution (in text order) of `text` whose quote
/// holds `needle`: found by a word, not by the whole quote, so that a test
/// checks the source's name whatever the span's extent.
pub fn source_of(text: &str, needle: &str, nth: usize) -> String {
    let found = builtin_on(text);
    let s = (found.iter())
        .filter(|s| s.label == ATTRIBUTION && s.quote.contains(needle))
        .nth(nth)
        .unwrap_or_else(|| panic!("attribution with {needle:?} (#{nth}) in {found:#?}"));
    s.source.clone().unwrap_or_default()
}

/// The attribution quotes of `text`, from the built-in rules.
pub fn attribution_quotes(text: &str) -> Vec<String> {
    (builtin_on(text).into_iter())
        .filter(|s| s.label == marginalia::suggest::ATTRIBUTION)
        .map(|s| s.quote)
        .collect()
}

/// The sources of the attributions of `text`, from the built-in rules.
pub fn attribution_sources(text: &str) -> Vec<String> {
    (builtin_on(text).into_iter())
        .filter(|s| s.label == marginalia::suggest::ATTRIBUTION)
        .map(|s| s.source.unwrap_or_default())
        .collect()
}

/// Asserts that no attribution quote of `text` holds `word`.
pub fn no_attribution_holds(text: &str, word: &str) {
    let q = attribution_quotes(text);
    assert!(q.iter().all(|q| !q.contains(word)), "{word:?} in {q:?}");
}
