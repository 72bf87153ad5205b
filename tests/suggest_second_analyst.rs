//! A second analyst's reading of fresh9 (`tests/fixtures/suggest/fresh9b/`,
//! sixteenth session): the same eight articles annotated by a helper who saw
//! neither the first analyst's markup nor the rules, from the same guidelines.
//! It measures how far two careful people agree, so the rules' figures can be
//! read against it (`cargo test --test suggest_second_analyst -- --nocapture`
//! prints both). README's "Two analysts" figures come from here.

mod suggest_support;

use std::collections::BTreeMap;

use marginalia::model::{Project, SourceRegistry};
use marginalia::review::greedy_overlap_pairs;
use marginalia::suggest::eval::{Evaluation, Strictness, evaluate};
use marginalia::suggest::{SuggestScope, Suggestion, suggest_project_raw};
use suggest_support::{build_project, suggester_for};

/// `project`'s annotations as suggestions, per document, so one analyst can be
/// scored against another by the same program as the rules.
fn as_suggestions(project: &Project) -> Vec<(String, Vec<Suggestion>)> {
    (project.documents.iter())
        .map(|d| {
            let spans = (project.annotations.iter())
                .filter(|a| a.doc == d.id)
                .map(|a| Suggestion {
                    doc: a.doc.clone(),
                    start: a.start,
                    end: a.end,
                    label: a.label.clone(),
                    source: a.source.clone(),
                    rule: "second analyst".into(),
                    score: 1.0,
                    why: String::new(),
                    quote: a.quote.clone(),
                })
                .collect();
            (d.id.clone(), spans)
        })
        .collect()
}

/// (precision, recall) of `label` at `strictness`.
fn pr(e: &Evaluation, label: &str, strictness: Strictness) -> (f64, f64) {
    let s = e.labels.iter().find(|x| x.label == label).expect("label");
    let s = s.at(strictness);
    (s.precision, s.recall)
}

fn print(name: &str, e: &Evaluation) {
    println!("{name}");
    for s in &e.labels {
        for strictness in [Strictness::Overlap, Strictness::Iou] {
            let x = s.at(strictness);
            println!(
                "  {:<12} {:<8} P {:.2} R {:.2} F1 {:.2}",
                s.label,
                strictness.name(),
                x.precision,
                x.recall,
                x.f1
            );
        }
    }
}

/// The largest total weight of a one-to-one assignment of rows to columns of
/// `w` (square), by the Hungarian method: for each row, its column.
fn best_assignment(w: &[Vec<i64>]) -> Vec<usize> {
    let n = w.len();
    let top = w.iter().flatten().copied().max().unwrap_or(0);
    let cost = |i: usize, j: usize| top - w[i][j];
    let (mut u, mut v) = (vec![0i64; n + 1], vec![0i64; n + 1]);
    let (mut p, mut way) = (vec![0usize; n + 1], vec![0usize; n + 1]);
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![i64::MAX; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let (i0, mut delta, mut j1) = (p[j0], i64::MAX, 0);
            for j in 1..=n {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut of_row = vec![0; n];
    for j in 1..=n {
        if p[j] > 0 {
            of_row[p[j] - 1] = j - 1;
        }
    }
    of_row
}

/// `found`'s attribution sources renamed onto `gold`'s names by the one-to-one
/// mapping under which the most attributions that overlap one of `gold`'s
/// agree (an alias list written once for the whole set): "which speaker", with
/// "which name" set aside. A name mapped nowhere keeps its own.
fn renamed(gold: &Project, found: &[(String, Vec<Suggestion>)]) -> Vec<(String, Vec<Suggestion>)> {
    let mut counts: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (doc, spans) in found {
        let g: Vec<_> = (gold.annotations.iter())
            .filter(|a| &a.doc == doc && a.label == "attribution")
            .collect();
        let f: Vec<_> = spans.iter().filter(|s| s.label == "attribution").collect();
        let bounds_g: Vec<_> = g.iter().map(|a| (a.start, a.end)).collect();
        let bounds_f: Vec<_> = f.iter().map(|s| (s.start, s.end)).collect();
        for (i, j) in greedy_overlap_pairs(&bounds_g, &bounds_f, |_, _| true) {
            let key = (
                g[i].source.clone().unwrap_or_default(),
                f[j].source.clone().unwrap_or_default(),
            );
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut gold_names: Vec<String> = counts.keys().map(|k| k.0.clone()).collect();
    let mut found_names: Vec<String> = counts.keys().map(|k| k.1.clone()).collect();
    gold_names.dedup();
    found_names.sort();
    found_names.dedup();
    let n = gold_names.len().max(found_names.len());
    let w: Vec<Vec<i64>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| match (found_names.get(i), gold_names.get(j)) {
                    (Some(f), Some(g)) => counts.get(&(g.clone(), f.clone())).copied().unwrap_or(0),
                    _ => 0,
                })
                .collect()
        })
        .collect();
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    for (i, j) in best_assignment(&w).into_iter().enumerate() {
        if let (Some(f), Some(g)) = (found_names.get(i), gold_names.get(j))
            && w[i][j] > 0
        {
            map.insert(f.clone(), g.clone());
        }
    }
    let taken: Vec<&String> = map.values().collect();
    (found.iter())
        .map(|(doc, spans)| {
            let spans = (spans.iter().cloned())
                .map(|mut s| {
                    if let Some(name) = s.source.take() {
                        s.source = Some(match map.get(&name) {
                            Some(g) => g.clone(),
                            // Another name took this one: it can match nothing.
                            None if taken.contains(&&name) => format!("\u{1}{name}"),
                            None => name,
                        });
                    }
                    s
                })
                .collect();
            (doc.clone(), spans)
        })
        .collect()
}

#[test]
fn the_best_assignment_is_found() {
    let w = vec![vec![3, 1, 0], vec![3, 0, 0], vec![0, 2, 1]];
    // Greedy would give row 0 its 3 and lose row 1's; the best total is 6.
    assert_eq!(best_assignment(&w), vec![1, 0, 2]);
}

#[test]
fn the_second_reading_is_of_the_same_text() {
    let first = build_project("fresh9");
    let second = build_project("fresh9b");
    assert_eq!(first.documents.len(), second.documents.len());
    for (a, b) in first.documents.iter().zip(&second.documents) {
        assert_eq!((&a.id, &a.text), (&b.id, &b.text));
    }
    assert_eq!(second.annotations.len(), 403);
}

#[test]
fn two_analysts_and_the_rules() {
    let first = build_project("fresh9");
    let second = build_project("fresh9b");
    let registry = SourceRegistry::builtin();
    let humans = evaluate(&first, &as_suggestions(&second), &registry, &[]);
    let rules = suggest_project_raw(&suggester_for("fresh9"), &first, &SuggestScope::default());
    let by_rules = evaluate(&first, &rules, &registry, &[]);
    let against_second = evaluate(&second, &rules, &registry, &[]);
    let humans_renamed = evaluate(
        &first,
        &renamed(&first, &as_suggestions(&second)),
        &registry,
        &[],
    );
    let rules_renamed = evaluate(&first, &renamed(&first, &rules), &registry, &[]);
    print("second analyst scored against the first:", &humans);
    print("rules scored against the first:", &by_rules);
    print("rules scored against the second:", &against_second);
    print(
        "second analyst, sources renamed one to one onto the first's:",
        &humans_renamed,
    );
    print(
        "rules, sources renamed one to one onto the first's:",
        &rules_renamed,
    );

    // The two people find the same spans …
    let (p, r) = pr(&humans, "claim", Strictness::Iou);
    assert!(p > 0.85 && r > 0.85, "claim {p} {r}");
    let (p, r) = pr(&humans, "speculation", Strictness::Iou);
    assert!(p > 0.85 && r > 0.85, "speculation {p} {r}");
    // … but name the same speaker alike under half the time: the second
    // filed ministries, the weather agency and both coast guards under their
    // countries' officials, and named experts and lawmakers by their names.
    let (p, r) = pr(&humans, "attribution", Strictness::Overlap);
    assert!(p < 0.55 && r < 0.55, "attribution {p} {r}");
    // The rules agree with the first analyst on sources at least as often as
    // the second analyst does.
    let (rp, rr) = pr(&by_rules, "attribution", Strictness::Overlap);
    assert!(
        rp >= p && rr >= r,
        "rules {rp} {rr}, second analyst {p} {r}"
    );
}
