//! The learning check of issue 20, measured: a project holding annotated
//! articles gives lower effort on its unannotated ones than the same project
//! with no annotations at all — through `marginalia suggest PROJECT` with its
//! default flags, as an independent checker would run it (seen articles
//! annotated, the fresh ones suggested for), and no harm from learning on
//! heldout.ron's halves or with the tuning sample annotated, in the library
//! with and without the model. Prints the figures
//! (`cargo test --test suggest_learning_check -- --nocapture`).

use std::path::Path;

use marginalia::model::Project;
use marginalia::store::load_project;
use marginalia::suggest::effort::replay_project;
use marginalia::suggest::learn::{LearnedModel, suggest_project_combined};
use marginalia::suggest::{RuleSet, SuggestScope, Suggester, suggest_project_raw};
use marginalia::task::Progress;

mod common;

use common::suggested::{Found, effort_by_halves, from_the_command_line};

fn fixture(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/suggest")
        .join(name);
    load_project(&path).expect("fixture reads")
}

/// tune.ron's documents (with their gold when `annotated`) and heldout.ron's
/// documents without annotations.
fn half_annotated(annotated: bool) -> (Project, Project) {
    let held = fixture("heldout.ron");
    let mut p = fixture("tune.ron");
    if !annotated {
        p.annotations.clear();
        p.rejected.clear();
    }
    p.documents.extend(held.documents.iter().cloned());
    (p, held)
}

fn held_scope(held: &Project) -> SuggestScope {
    SuggestScope {
        docs: Some(held.documents.iter().map(|d| d.id.clone()).collect()),
        labels: Vec::new(),
    }
}

/// Actions per finished annotation on the held-out gold.
fn effort(held: &Project, found: &Found) -> f64 {
    let r = replay_project(held, found, &held.source_registry(), &[]);
    r.total.per_annotation
}

fn combined(annotated: bool, model: bool) -> f64 {
    let (p, held) = half_annotated(annotated);
    let s = Suggester::builtin().expect("rules");
    let found = suggest_project_combined(&s, &p, &held_scope(&held), true, model, &Progress::new())
        .expect("suggests");
    effort(&held, &found)
}

/// The sets the learning check halves: the sample the rules were tuned on
/// (heldout), the newest ones they were since tuned on, and fresh32, which no
/// rule was written from (held out since session 38). `LEARNING_CHECK_SETS`
/// (names without `.ron`, separated by spaces) measures others.
const CHECKED: [&str; 19] = [
    "heldout", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
    "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29",
    "fresh30", "fresh31", "fresh32",
];

/// `set` with the gold of one half of its documents kept (`parity` 0 or 1;
/// `contiguous`: the first or second half, else even or odd places), the
/// others' removed; and the project of the others' gold.
fn held_halves(set: &Project, contiguous: bool, parity: usize) -> (Project, Project) {
    let half_way = set.documents.len() / 2;
    let annotated: std::collections::HashSet<String> = (set.documents.iter().enumerate())
        .filter(|(i, _)| {
            let half = if contiguous {
                usize::from(*i >= half_way)
            } else {
                i % 2
            };
            half == parity
        })
        .map(|(_, d)| d.id.clone())
        .collect();
    let mut p = set.clone();
    p.annotations.retain(|a| annotated.contains(&a.doc));
    p.rejected.clear();
    let mut gold = set.clone();
    gold.annotations.retain(|a| !annotated.contains(&a.doc));
    gold.documents.retain(|d| !annotated.contains(&d.id));
    (p, gold)
}

/// The suggestions of plain `marginalia suggest PROJECT` (rules combined with
/// what the annotated documents show, no model) on `gold`'s documents: what
/// the binary prints for them, the project's registry naming sources (the
/// binary's output is compared with this in `suggest_learn`'s tests; called in
/// the library here to keep the check fast in a debug build).
fn suggested(project: &Project, gold: &Project) -> Found {
    let registry = project.source_registry().into_owned();
    let s = Suggester::new(RuleSet::builtin(), registry).expect("rules");
    let scope = held_scope(gold);
    suggest_project_combined(&s, project, &scope, true, false, &Progress::new()).expect("suggests")
}

/// The check as the issue states it, on `set`: half its articles hold their
/// gold, the other half is suggested for and replayed against its gold; the
/// actions on both halves summed, with the half's gold kept and with the
/// project holding no annotations; and the gold.
fn halves(set: &Project, contiguous: bool) -> (usize, usize, usize) {
    let (mut learned, mut bare_sum, mut gold_sum) = (0, 0, 0);
    for parity in 0..2 {
        let (p, gold) = held_halves(set, contiguous, parity);
        let mut bare = p.clone();
        bare.annotations.clear();
        let registry = gold.source_registry();
        let actions = |project: &Project| {
            let found = suggested(project, &gold);
            let r = replay_project(&gold, &found, &registry, &[]);
            if std::env::var_os("LEARNING_CHECK_DOCS").is_some() {
                for d in &gold.documents {
                    let mut g1 = gold.clone();
                    g1.documents.retain(|x| x.id == d.id);
                    g1.annotations.retain(|x| x.doc == d.id);
                    let e = replay_project(&g1, &found, &registry, &[]);
                    let a = e.total.actions;
                    println!(
                        "      doc {} {}: {a}",
                        d.id,
                        !project.annotations.is_empty()
                    );
                }
            }
            r.total
        };
        if std::env::var_os("LEARNING_CHECK_DIFF").is_some() {
            let (fl, fb) = (suggested(&p, &gold), suggested(&bare, &gold));
            let key = |x: &marginalia::suggest::Suggestion| {
                format!(
                    "{} {}-{} {} {:?} {} {:?}",
                    x.doc, x.start, x.end, x.label, x.source, x.rule, x.quote
                )
            };
            let kl: std::collections::BTreeSet<String> =
                fl.iter().flat_map(|(_, f)| f.iter().map(key)).collect();
            let kb: std::collections::BTreeSet<String> =
                fb.iter().flat_map(|(_, f)| f.iter().map(key)).collect();
            for k in kl.difference(&kb) {
                println!("    DIFF {contiguous} {parity} + {k}");
            }
            for k in kb.difference(&kl) {
                println!("    DIFF {contiguous} {parity} - {k}");
            }
        }
        let (l, b) = (actions(&p), actions(&bare));
        learned += l.actions;
        bare_sum += b.actions;
        gold_sum += l.gold;
    }
    (learned, bare_sum, gold_sum)
}

/// The check on every set of [`CHECKED`], both splits (even/odd
/// places, first/second half): half the articles annotated never give more
/// actions on the other half than none annotated, and fewer summed over the
/// sets (where the annotated half teaches something).
#[test]
fn half_of_each_sets_articles_annotated_never_raise_the_effort_on_the_other_half() {
    let sets: Vec<String> = match std::env::var("LEARNING_CHECK_SETS") {
        Ok(v) => v.split_whitespace().map(str::to_string).collect(),
        Err(_) => CHECKED.iter().map(|s| s.to_string()).collect(),
    };
    let per = |a: usize, g: usize| a as f64 / g.max(1) as f64;
    let (mut lines, mut worse) = (Vec::new(), Vec::new());
    let (mut learned_sum, mut bare_sum) = (0, 0);
    for name in &sets {
        let set = fixture(&format!("{name}.ron"));
        let mut cells = Vec::new();
        for contiguous in [false, true] {
            let (learned, bare, gold) = halves(&set, contiguous);
            cells.push(format!(
                "{:.3} ({learned}) / {:.3} ({bare})",
                per(learned, gold),
                per(bare, gold)
            ));
            if learned > bare {
                worse.push(format!(
                    "{name} contiguous {contiguous}: {learned} > {bare}"
                ));
            }
            learned_sum += learned;
            bare_sum += bare;
        }
        lines.push(format!("| {name} | {} | {} |", cells[0], cells[1]));
    }
    println!("the learning check, half annotated / none (actions per finished annotation):");
    println!("| set | even/odd | first/second |\n| --- | --- | --- |");
    println!("{}", lines.join("\n"));
    println!("summed: half annotated {learned_sum} actions, none annotated {bare_sum}");
    assert!(worse.is_empty(), "learning raised the effort: {worse:?}");
    assert!(learned_sum < bare_sum, "{learned_sum} against {bare_sum}");
}

#[test]
fn the_tuning_sample_annotated_does_no_harm_on_held_out_articles() {
    let (p, held) = half_annotated(true);
    let s = Suggester::builtin().expect("rules");
    let scope = held_scope(&held);
    let rules = suggest_project_raw(&s, &p, &scope);
    let model = LearnedModel::train(&fixture("tune.ron"), None, &Progress::new()).expect("trains");
    let appended: Found = (rules.iter())
        .map(|(d, f)| {
            let mut f = f.clone();
            let text = &p.document(d).expect("doc").text;
            f.extend(model.suggest_text(text).into_iter().map(|mut x| {
                x.doc = d.clone();
                x
            }));
            (d.clone(), f)
        })
        .collect();
    let rules_only = effort(&held, &rules);
    let appended = effort(&held, &appended);
    let none_rules = combined(false, false);
    let learned_rules = combined(true, false);
    let learned_both = combined(true, true);
    println!("effort on heldout.ron (actions per finished annotation):");
    println!("  rules as they are                      {rules_only:.3}");
    println!("  rules + model appended (old --model)   {appended:.3}");
    println!("  no annotations, default                {none_rules:.3}");
    println!("  tune annotated, default (rules learned) {learned_rules:.3}");
    println!("  tune annotated, --model (combined)     {learned_both:.3}");
    assert_eq!(
        none_rules, rules_only,
        "nothing to learn from: the rules as they are"
    );
    // tune.ron is what the rules were written from: its annotations confirm
    // every rule and teach no convention heldout.ron's analyst uses, so here
    // learning must only do no harm.
    assert!(
        learned_rules <= none_rules,
        "learning must not raise the effort"
    );
    assert!(
        learned_both <= none_rules,
        "learning must not raise the effort"
    );
    assert!(learned_both < appended, "combined, not appended");
}

/// The check as an independent checker would run it on articles the rules were
/// not tuned on: a project holding the gold of the seen articles (tune, heldout
/// and fresh) and fresh2's articles unannotated gives, through plain
/// `marginalia suggest PROJECT`, no more effort on fresh2 than the same project
/// with no annotations. Since the ninth session the rules follow our sample's
/// conventions, so there is nothing left to learn there (equal, printed); the
/// gain is asserted below, for an analyst whose conventions differ.
#[test]
fn annotated_articles_do_no_harm_on_the_fresh_ones() {
    let fresh = fixture("fresh2.ron");
    let mut p = fixture("tune.ron");
    for seen in ["heldout.ron", "fresh.ron"] {
        let seen = fixture(seen);
        p.documents.extend(seen.documents);
        p.annotations.extend(seen.annotations);
    }
    p.documents.extend(fresh.documents.iter().cloned());
    let mut bare = p.clone();
    bare.annotations.clear();
    let ids: Vec<&str> = fresh.documents.iter().map(|d| d.id.as_str()).collect();
    let on_fresh = |project: &Project| {
        let found: Found = from_the_command_line(project, &[])
            .into_iter()
            .filter(|(d, _)| ids.contains(&d.as_str()))
            .collect();
        replay_project(&fresh, &found, &fresh.source_registry(), &[]).total
    };
    let (learned, none) = (on_fresh(&p), on_fresh(&bare));
    println!(
        "fresh2.ron: seen articles annotated {:.3} ({} actions), none annotated {:.3} ({} actions), {} gold",
        learned.per_annotation, learned.actions, none.per_annotation, none.actions, learned.gold
    );
    assert!(
        learned.actions <= none.actions,
        "{learned:?} against {none:?}"
    );
}

/// fresh2.ron as annotated by an analyst who leaves the day out of an
/// attribution ("Yonhap reported", not "Yonhap reported on Tuesday"): the rules
/// keep it, so there is something to learn.
fn fresh2_without_days() -> Project {
    let mut p = fixture("fresh2.ron");
    let days = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    for a in p
        .annotations
        .iter_mut()
        .filter(|a| a.label == "attribution")
    {
        for day in days {
            if let Some(cut) = a.quote.strip_suffix(&format!(" on {day}")) {
                a.end -= a.quote.chars().count() - cut.chars().count();
                a.quote = cut.to_string();
            }
        }
    }
    p
}

/// The check where learning has something to learn: half of fresh2's
/// articles annotated by an analyst whose conventions differ from the rules'
/// (days left out of attributions) give lower effort on the other half, through
/// plain `marginalia suggest PROJECT`, than the same project with no annotations.
#[test]
fn half_the_articles_annotated_teach_the_analysts_conventions_to_the_other_half() {
    let analyst = fresh2_without_days();
    let (learned, bare_sum, gold) = effort_by_halves(&analyst);
    println!(
        "fresh2.ron, days left out of attributions: half annotated {:.3} ({learned} actions), none annotated {:.3} ({bare_sum} actions), {gold} gold",
        learned as f64 / gold as f64,
        bare_sum as f64 / gold as f64
    );
    assert!(learned < bare_sum, "{learned} against {bare_sum}");
}
