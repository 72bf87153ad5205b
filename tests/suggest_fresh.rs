//! The fresh held-out samples (`tests/fixtures/suggest/fresh/`, eighth session;
//! `fresh2/`, ninth; `fresh3/`, tenth; `fresh4/` and `fresh5/`, eleventh; `fresh6/`,
//! twelfth; `fresh7/`, thirteenth; `fresh8/`, fourteenth; `fresh9/`, fifteenth; `fresh10/`, sixteenth; `fresh11/`, seventeenth;
//! `fresh12/`, eighteenth; `fresh13/`, nineteenth):
//! articles written before their session's rule changes.
//! Prints their figures (`cargo test --test suggest_fresh -- --nocapture`) —
//! precision, recall and F1 per label at each strictness from the rules, and
//! the effort with suggestions off, from the rules, and learned from a project
//! holding the gold of the samples before it (the measured articles
//! unannotated, so nothing is learned from their gold) — and keeps them from
//! falling below README's figures. `fresh/` is "seen" since the ninth session.

mod suggest_support;

use marginalia::model::Project;
use marginalia::model::SourceRegistry;
use marginalia::suggest::effort::{EffortReport, replay_project};
use marginalia::suggest::eval::{Evaluation, Strictness, evaluate};
use marginalia::suggest::learn::suggest_project_combined;
use marginalia::suggest::{SuggestScope, Suggestion, suggest_project_raw};
use marginalia::task::Progress;
use suggest_support::{build_project, suggester_for};

/// fresh7's floors: attribution overlap P, R; attribution IoU P, R; claim IoU
/// P, R; speculation IoU P, R.
// claims21: speculation R 0.91 → 0.90 by a majority-of-sets decision (a
// leading "If …," condition joins the hedge in 6 sets, not in fresh4/fresh7).
const FRESH7: [f64; 8] = [0.73, 0.72, 0.65, 0.64, 0.83, 0.80, 0.89, 0.90];
/// fresh7's effort ceiling.
const FRESH7_EFFORT: f64 = 1.54;
/// fresh8's floors, in the order of [`FRESH7`].
const FRESH8: [f64; 8] = [0.66, 0.65, 0.60, 0.58, 0.80, 0.75, 0.87, 0.90];
/// fresh8's effort ceiling.
const FRESH8_EFFORT: f64 = 1.59;
/// fresh9's floors, in the order of [`FRESH7`].
const FRESH9: [f64; 8] = [0.72, 0.72, 0.66, 0.66, 0.80, 0.76, 0.86, 0.81];
/// fresh9's effort ceiling.
const FRESH9_EFFORT: f64 = 1.62;
/// fresh10's floors, in the order of [`FRESH7`].
const FRESH10: [f64; 8] = [0.85, 0.77, 0.79, 0.71, 0.61, 0.62, 0.90, 0.93];
/// fresh10's effort ceiling.
const FRESH10_EFFORT: f64 = 1.70;
/// fresh11's floors, in the order of [`FRESH7`].
const FRESH11: [f64; 8] = [0.73, 0.74, 0.66, 0.67, 0.65, 0.75, 0.88, 0.86];
/// fresh11's effort ceiling.
const FRESH11_EFFORT: f64 = 1.68;
/// fresh12's floors, in the order of [`FRESH7`].
const FRESH12: [f64; 8] = [0.70, 0.71, 0.65, 0.66, 0.82, 0.80, 0.90, 0.86];
/// fresh12's effort ceiling.
const FRESH12_EFFORT: f64 = 1.50;
/// fresh13's floors, in the order of [`FRESH7`].
const FRESH13: [f64; 8] = [0.79, 0.74, 0.74, 0.70, 0.73, 0.69, 0.86, 0.86];
/// fresh13's effort ceiling.
const FRESH13_EFFORT: f64 = 1.60;
/// fresh14's floors, in the order of [`FRESH7`].
const FRESH14: [f64; 8] = [0.77, 0.74, 0.74, 0.71, 0.76, 0.73, 0.77, 0.74];
/// fresh14's effort ceiling.
const FRESH14_EFFORT: f64 = 1.55;
/// fresh15's floors, in the order of [`FRESH7`]: the held-out set of
/// session 21 (0.65 / 0.50 … before any rule was written from it), released
/// to the rule writers in session 22.
const FRESH15: [f64; 8] = [0.83, 0.79, 0.80, 0.76, 0.71, 0.70, 0.72, 0.72];
/// fresh15's effort ceiling.
const FRESH15_EFFORT: f64 = 1.60;
/// fresh16's floors, in the order of [`FRESH7`]: the held-out set of
/// session 22 (0.52 / 0.45 … before any rule was written from it), released
/// to the rule writers in session 23.
const FRESH16: [f64; 8] = [0.67, 0.61, 0.63, 0.58, 0.74, 0.77, 0.61, 0.69];
/// fresh16's effort ceiling.
const FRESH16_EFFORT: f64 = 1.61;
/// fresh17's floors, in the order of [`FRESH7`]: the held-out set of
/// session 23 (0.47 / 0.43 … before any rule was written from it), released
/// to the rule writers in session 24.
const FRESH17: [f64; 8] = [0.52, 0.51, 0.47, 0.46, 0.73, 0.77, 0.66, 0.68];
/// fresh17's effort ceiling.
const FRESH17_EFFORT: f64 = 1.67;
/// fresh18's floors, in the order of [`FRESH7`]: the held-out set of
/// session 24 (0.56 / 0.49 … before any rule was written from it), released
/// to the rule writers in session 25.
const FRESH18: [f64; 8] = [0.59, 0.52, 0.52, 0.46, 0.65, 0.67, 0.74, 0.82];
/// fresh18's effort ceiling.
const FRESH18_EFFORT: f64 = 1.85;
/// fresh19's floors, in the order of [`FRESH7`]: the held-out set of
/// session 25 (0.66 / 0.48 … before any rule was written from it), released
/// to the rule writers in session 26 (attribution precision 0.73 → 0.72 in
/// session 27: two roles found as speakers, "the curator", "The pollster",
/// named by their role where gold names their body; attribution IoU precision
/// 0.59 → 0.58 in session 29: fresh19 keeps ", though"/"and" inside a
/// pronoun cue, the other sets leave it out 16 to 3).
const FRESH19: [f64; 8] = [0.72, 0.57, 0.58, 0.47, 0.65, 0.65, 0.80, 0.71];
/// fresh19's effort ceiling.
const FRESH19_EFFORT: f64 = 1.89;
/// fresh20's floors, in the order of [`FRESH7`]: the held-out set of
/// session 26, measured before and after that session's rules, never tuned on.
const FRESH20: [f64; 8] = [0.46, 0.37, 0.40, 0.33, 0.58, 0.59, 0.74, 0.68];
/// fresh20's effort ceiling.
const FRESH20_EFFORT: f64 = 1.99;
/// fresh21's floors, in the order of [`FRESH7`]: the held-out set of
/// session 27 (0.59 / 0.56 … before any rule was written from it), released
/// to the rule writers in session 28.
const FRESH21: [f64; 8] = [0.65, 0.63, 0.60, 0.57, 0.79, 0.77, 0.85, 0.86];
/// fresh21's effort ceiling.
const FRESH21_EFFORT: f64 = 1.59;
/// fresh22's floors, in the order of [`FRESH7`]: the held-out set of
/// session 28 (0.41 / 0.38 … before any rule was written from it), released
/// to the rule writers in session 29.
const FRESH22: [f64; 8] = [0.65, 0.64, 0.58, 0.57, 0.69, 0.74, 0.81, 0.72];
/// fresh22's effort ceiling (rules 1.66, learned from the sets before 1.67).
const FRESH22_EFFORT: f64 = 1.68;
/// fresh23's floors, in the order of [`FRESH7`]: the held-out set of
/// session 29 (0.64 / 0.60 after that session's rules), released to the
/// rule writers in session 30.
const FRESH23: [f64; 8] = [0.83, 0.82, 0.78, 0.76, 0.79, 0.79, 0.83, 0.86];
/// fresh23's effort ceiling (rules 1.43, learned from the sets before 1.43).
const FRESH23_EFFORT: f64 = 1.44;
/// fresh24's floors, in the order of [`FRESH7`]: the held-out set of
/// session 30 (0.52 / 0.50 before and after that session's rules), released
/// to the rule writers in session 31.
const FRESH24: [f64; 8] = [0.71, 0.69, 0.68, 0.67, 0.81, 0.74, 0.84, 0.94];
/// fresh24's effort ceiling (rules 1.45, learned from the sets before 1.44).
const FRESH24_EFFORT: f64 = 1.46;
/// fresh25's floors, in the order of [`FRESH7`]: the held-out set of
/// session 31 (0.61 / 0.62 before and after that session's rules), released
/// to the rule writers in session 32.
const FRESH25: [f64; 8] = [0.82, 0.82, 0.79, 0.79, 0.83, 0.82, 0.90, 0.92];
/// fresh25's effort ceiling (rules 1.32).
const FRESH25_EFFORT: f64 = 1.34;
/// fresh26's floors, in the order of [`FRESH7`]: the held-out set of
/// session 32 (0.53 / 0.53 before and after that session's rules), released
/// to the rule writers in session 33.
const FRESH26: [f64; 8] = [0.69, 0.70, 0.65, 0.66, 0.81, 0.75, 0.74, 0.76];
/// fresh26's effort ceiling (rules 1.51).
const FRESH26_EFFORT: f64 = 1.52;
/// fresh27's floors, in the order of [`FRESH7`]: the held-out set of
/// session 33 (0.46 / 0.42 before and 0.47 / 0.44 after that session's
/// rules), released to the rule writers in session 34.
const FRESH27: [f64; 8] = [0.70, 0.65, 0.64, 0.60, 0.75, 0.75, 0.56, 0.58];
/// fresh27's effort ceiling (rules 1.71).
const FRESH27_EFFORT: f64 = 1.72;
/// fresh28's floors, in the order of [`FRESH7`]: the held-out set of
/// session 34 (attribution at overlap 0.59 / 0.55 → 0.60 / 0.56 there),
/// released to the rule writers in session 35 (0.63 / 0.58 after; claim IoU
/// 0.81 / 0.82, speculation 0.83 / 0.80), 0.66 / 0.59 after session 36.
const FRESH28: [f64; 8] = [0.65, 0.58, 0.58, 0.52, 0.81, 0.82, 0.82, 0.79];
/// fresh28's effort ceiling (rules 1.54 → 1.51).
const FRESH28_EFFORT: f64 = 1.52;
/// fresh29's floors, in the order of [`FRESH7`]: the held-out set of
/// session 35 (attribution at overlap 0.64 / 0.56 before and after that
/// session's rules), released to the rule writers in session 36 (0.74 /
/// 0.65 after; claim IoU 0.84 / 0.88, speculation 0.93 / 0.87).
const FRESH29: [f64; 8] = [0.73, 0.64, 0.67, 0.59, 0.83, 0.87, 0.92, 0.86];
/// fresh29's effort ceiling (rules 1.52 → 1.42).
const FRESH29_EFFORT: f64 = 1.43;
/// fresh30's floors, in the order of [`FRESH7`]: the held-out set of
/// session 36 (attribution at overlap 0.56 / 0.52 → 0.58 / 0.53 there;
/// claim IoU 0.80 / 0.75 → 0.81 / 0.75), released to the rule writers in
/// session 37 (0.73 / 0.73 after; claim IoU 0.82 / 0.77, speculation 0.87 /
/// 0.87).
const FRESH30: [f64; 8] = [0.72, 0.72, 0.64, 0.64, 0.81, 0.76, 0.86, 0.86];
/// fresh30's effort ceiling (rules 1.59 → 1.50, learned 1.51).
const FRESH30_EFFORT: f64 = 1.51;
/// fresh31's floors, in the order of [`FRESH7`]: the held-out set of
/// session 37 (attribution at overlap 0.67 / 0.63 there; claim IoU 0.82 /
/// 0.74, speculation 0.82 / 0.82), released to the rule writers in session
/// 38 (0.82 / 0.77 after; claim IoU 0.84 / 0.80, speculation 0.82 / 0.82).
const FRESH31: [f64; 8] = [0.81, 0.76, 0.72, 0.68, 0.83, 0.79, 0.81, 0.81];
/// fresh31's effort ceiling (rules 1.55 → 1.46, learned 1.46).
const FRESH31_EFFORT: f64 = 1.47;
/// fresh32's floors, in the order of [`FRESH7`]: the held-out set of
/// session 38 (attribution at overlap 0.57 / 0.54 at the session's start;
/// claim IoU 0.70 / 0.72, speculation 0.82 / 0.89), never tuned on.
const FRESH32: [f64; 8] = [0.56, 0.53, 0.50, 0.47, 0.69, 0.71, 0.81, 0.88];
/// fresh32's effort ceiling (rules 1.69 at the session's start, learned 1.69).
const FRESH32_EFFORT: f64 = 1.70;

type Found = Vec<(String, Vec<Suggestion>)>;

/// The rules' suggestions on the fresh articles.
/// Each set runs with its annotator's convention for bracketed acronyms
/// (`suggester_for`: the older sets' long names, the built-in acronyms for
/// fresh6 on); measure13.sh shows every set with the built-in default.
fn rules(half: &str, fresh: &Project) -> Found {
    let suggester = suggester_for(half);
    suggest_project_raw(&suggester, fresh, &SuggestScope::default())
}

/// The default `suggest` (rules combined by what the annotated documents
/// teach) on the fresh articles, with the gold of `seen` in the project.
fn learned(half: &str, fresh: &Project, seen: &[&str]) -> Found {
    let mut p = Project::new("seen and fresh");
    for half in seen {
        let held = build_project(half);
        p.documents.extend(held.documents);
        p.annotations.extend(held.annotations);
    }
    p.documents.extend(fresh.documents.iter().cloned());
    let scope = SuggestScope {
        docs: Some(fresh.documents.iter().map(|d| d.id.clone()).collect()),
        labels: Vec::new(),
    };
    let suggester = suggester_for(half);
    let found = suggest_project_combined(&suggester, &p, &scope, true, false, &Progress::new())
        .expect("suggests");
    let ids: Vec<&str> = fresh.documents.iter().map(|d| d.id.as_str()).collect();
    found
        .into_iter()
        .filter(|(d, _)| ids.contains(&d.as_str()))
        .collect()
}

fn print_eval(e: &Evaluation) {
    println!("label        match    sugg gold  P    R    F1");
    for s in &e.labels {
        for strictness in Strictness::ALL {
            let x = s.at(strictness);
            println!(
                "{:<12} {:<8} {:>4} {:>4} {:.2} {:.2} {:.2}",
                s.label,
                strictness.name(),
                x.suggested,
                x.gold,
                x.precision,
                x.recall,
                x.f1
            );
        }
    }
}

fn print_effort(name: &str, r: &EffortReport) {
    println!(
        "effort {name}: {:.2} ({} actions / {} gold; suggestions off {:.2})",
        r.total.per_annotation, r.total.actions, r.total.gold, r.total.baseline_per_annotation
    );
    for l in &r.labels {
        println!(
            "  {:<12} {:.2} (off {:.2}) {:?}",
            l.label.as_deref().unwrap_or("all"),
            l.per_annotation,
            l.baseline_per_annotation,
            l.counts
        );
    }
}

/// Prints `half`'s figures and checks them against floors: `(label,
/// strictness, precision floor, recall floor)` and the effort ceiling for the
/// rules and for the learned suggestions.
fn check(
    half: &str,
    seen: &[&str],
    gold: usize,
    floors: &[(&str, Strictness, f64, f64)],
    effort: f64,
) {
    let fresh = build_project(half);
    let registry = SourceRegistry::builtin();
    let found = rules(half, &fresh);
    let e = evaluate(&fresh, &found, &registry, &[]);
    println!("{half}.ron, the rules ({} articles):", e.documents);
    print_eval(&e);
    let by_rules = replay_project(&fresh, &found, &registry, &[]);
    print_effort("rules", &by_rules);
    let by_learning = replay_project(&fresh, &learned(half, &fresh, seen), &registry, &[]);
    print_effort(
        &format!("learned from {} gold", seen.join("+")),
        &by_learning,
    );
    assert_eq!(by_rules.total.gold, gold);
    for &(label, strictness, p, r) in floors {
        let s = e.labels.iter().find(|x| x.label == label).expect("label");
        let s = s.at(strictness);
        assert!(
            s.precision >= p && s.recall >= r,
            "{half} {label} {strictness:?}: {s:?}"
        );
    }
    for r in [&by_rules, &by_learning] {
        assert!(r.total.per_annotation <= effort, "{half}: {:?}", r.total);
    }
}

/// fresh.ron, seen since the ninth session (its misses were fixed in general
/// form): README's figures after the ninth session's rules, a little below.
/// All sets, oldest first: a set's learned figures learn from those before it.
const SETS_IN_ORDER: [&str; 34] = [
    "tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
    "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
    "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
    "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
    "fresh32",
];

/// [`check`] on `half` with the floors in the order of [`FRESH7`], learning
/// from every set before it in [`SETS_IN_ORDER`].
fn check_after_earlier(half: &str, gold: usize, floors: [f64; 8], effort: f64) {
    let at = (SETS_IN_ORDER.iter())
        .position(|s| *s == half)
        .expect("a set of SETS_IN_ORDER");
    let floors = [
        ("attribution", Strictness::Overlap, floors[0], floors[1]),
        ("attribution", Strictness::Iou, floors[2], floors[3]),
        ("claim", Strictness::Iou, floors[4], floors[5]),
        ("speculation", Strictness::Iou, floors[6], floors[7]),
    ];
    check(half, &SETS_IN_ORDER[..at], gold, &floors, effort);
}

#[test]
fn fresh_figures() {
    let floors = [
        ("attribution", Strictness::Overlap, 0.95, 0.95),
        ("attribution", Strictness::Iou, 0.95, 0.95),
        ("claim", Strictness::Iou, 0.95, 0.92),
        ("speculation", Strictness::Iou, 0.95, 0.95),
    ];
    check("fresh", &["tune", "heldout"], 89, &floors, 1.05);
}

/// fresh2.ron, the held-out sample of the ninth session, seen since the
/// tenth (its misses were fixed in general form): README's figures after the
/// tenth session's rules, a little below.
#[test]
fn fresh2_figures() {
    let floors = [
        ("attribution", Strictness::Overlap, 0.97, 0.97),
        ("attribution", Strictness::Iou, 0.97, 0.97),
        ("claim", Strictness::Iou, 0.97, 0.97),
        ("speculation", Strictness::Iou, 0.95, 0.95),
    ];
    check("fresh2", &["tune", "heldout", "fresh"], 95, &floors, 1.05);
}

/// fresh3.ron, the held-out sample of the tenth session (written by an
/// annotator who had not read the rules): its figures measured once before
/// the session's rule changes (attribution at overlap P 0.57 / R 0.49, IoU
/// P 0.42 / R 0.36; claim IoU 0.67 / 0.67; speculation IoU 0.89 / 0.79;
/// effort 1.87), a little below; seen from the tenth session's source-naming
/// work on (its misses were shown to the rule writer), which raised attribution
/// at overlap to P 0.62 / R 0.54 (IoU 0.48 / 0.42; effort 1.84). The eleventh
/// session's source naming (names11) and extents (spans11: what follows a cue,
/// what stands before a source, the edges of claims) raised it to attribution
/// overlap 0.92 / 0.93, IoU 0.92 / 0.93, claim IoU 0.83 / 0.83, speculation
/// 0.94 / 0.87, effort 1.22 (names11 alone had overlap P 0.94: spans11's new
/// cues, "citing information from member states", add a few suggestions whose
/// source differs from the gold's). The twelfth session's person sources
/// (persons5: whom a person speaks for) raised attribution to 0.96 / 0.97.
/// Session 20 (claims20): ", up from N …" tails are split as most sets mark
/// them (split in 7 sets, whole in 3, fresh3 among the whole): its claim IoU
/// floors moved 0.88 / 0.84 → 0.84 / 0.83. Session 22 (claims22): a second
/// predicate after " and had / was / were" and a superlative tail (", the
/// highest since …") are claims of their own, as most sets mark them (had 8
/// split : 0 whole, was/were 6 : 2, superlatives 18 : 6); fresh3's annotator
/// keeps both whole: its claim IoU floors moved 0.84 / 0.83 → 0.78 / 0.79.
#[test]
fn fresh3_figures() {
    let floors = [
        ("attribution", Strictness::Overlap, 0.95, 0.96),
        ("attribution", Strictness::Iou, 0.95, 0.96),
        ("claim", Strictness::Iou, 0.78, 0.79),
        ("speculation", Strictness::Iou, 0.96, 0.98),
    ];
    check(
        "fresh3",
        &["tune", "heldout", "fresh", "fresh2"],
        235,
        &floors,
        1.25,
    );
}

/// fresh4.ron, the held-out sample of the eleventh session (written by an
/// annotator who had not read the rules, in styles unlike fresh3's): its
/// figures measured once before the session's rule changes (attribution at
/// overlap P 0.53 / R 0.46, IoU P 0.49 / R 0.43; claim IoU 0.65 / 0.64;
/// speculation IoU 0.75 / 0.63; effort 1.84, 2.38 with suggestions off), a
/// little below. After names11+spans11 (strict program): attribution overlap
/// 0.60 / 0.55, IoU 0.58 / 0.53; effort 1.75. Seen from names4 (sources'
/// names, through aliases as here): attribution overlap 0.87 / 0.79, IoU
/// 0.82 / 0.75; effort 1.67; and claims4 (clause edges): claim 0.67 / 0.68,
/// speculation 0.84 / 0.71; the floors and the effort a little below that.
/// Twelfth session: persons5 (whom a person speaks for): attribution overlap
/// 0.89 / 0.81, IoU 0.84 / 0.77, effort 1.59; with cues5 merged (reporting
/// verbs, "a person familiar with …", span ends): attribution overlap 0.87 /
/// 0.86, IoU 0.84 / 0.83, effort 1.47; claims5 alone (claims and speculation
/// as analysts bound them): claim 0.77 / 0.76, speculation 0.92 / 0.90,
/// effort 1.47. All three merged: attribution overlap 0.87 / 0.86, IoU 0.84
/// / 0.83, claim IoU 0.78 / 0.77, speculation 0.94 / 0.92, effort 1.38; the
/// floors a little below. Session 20 (claims20): coordinated past-tense
/// predicates are split, as most sets mark them (split in 8 sets, whole in 3,
/// fresh4 among the whole), and so are ", up from N …" tails (split in 7
/// sets, whole in 3, fresh4 among the whole): its claim IoU floors moved
/// 0.84 / 0.84 → 0.82 / 0.83. Session 24 (clauses24): a figure set against
/// another after a comma (", about twice last year's price") is a claim of
/// its own (split 6, whole 3 over the sets; fresh4's "nearly double its
/// price" among the whole): claim IoU precision floor 0.82 → 0.81. Session 26
/// (claims26): a silence towards a request for comment is no claim (unmarked
/// 35, claim 11 over the sets, none since fresh9; fresh4 marks two): claim IoU
/// recall floor 0.83 → 0.82.
#[test]
fn fresh4_figures() {
    let floors = [
        ("attribution", Strictness::Overlap, 0.86, 0.84),
        ("attribution", Strictness::Iou, 0.83, 0.82),
        ("claim", Strictness::Iou, 0.81, 0.82),
        ("speculation", Strictness::Iou, 0.95, 0.93),
    ];
    check(
        "fresh4",
        &["tune", "heldout", "fresh", "fresh2", "fresh3"],
        299,
        &floors,
        1.36,
    );
}

/// fresh5.ron, the held-out sample of the eleventh session's second set
/// (written by an annotator who had not read the rules, in styles unlike
/// fresh3's and fresh4's): its figures measured once before the session's
/// rule changes (attribution at overlap P 0.43 / R 0.36, IoU P 0.38 / R 0.32;
/// claim IoU 0.68 / 0.60; speculation IoU 0.69 / 0.58; effort 2.01, 2.38
/// with suggestions off); measured once more at the session's end, still
/// unseen (its misses not shown to any rule writer): attribution at overlap
/// P 0.52 / R 0.46, IoU 0.48 / 0.43; claim IoU 0.72 / 0.67; speculation IoU
/// 0.69 / 0.58; effort 1.86. Seen from the twelfth session (its misses
/// released): persons5 (whom a person speaks for, in general form) raised
/// attribution at overlap to 0.80 / 0.70, IoU 0.70 / 0.61, effort 1.79;
/// cues5 alone (reporting verbs, participles, "according to" a document,
/// span ends) to 0.54 / 0.54, IoU 0.54 / 0.54, effort 1.50; both merged:
/// attribution at overlap 0.84 / 0.85, IoU 0.83 / 0.84, effort 1.39;
/// claims5 alone (claims and speculation as analysts bound them): claim IoU
/// 0.91 / 0.86, speculation 0.94 / 0.97, effort 1.59. All three merged:
/// attribution overlap 0.84 / 0.85, IoU 0.83 / 0.84, claim IoU 0.92 / 0.88,
/// speculation 0.94 / 0.97, effort 1.23; the floors a little below.
#[test]
fn fresh5_figures() {
    let floors = [
        ("attribution", Strictness::Overlap, 0.83, 0.83),
        ("attribution", Strictness::Iou, 0.82, 0.82),
        ("claim", Strictness::Iou, 0.93, 0.86),
        ("speculation", Strictness::Iou, 0.93, 0.98),
    ];
    check(
        "fresh5",
        &["tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4"],
        268,
        &floors,
        1.27,
    );
}

/// fresh6.ron, the held-out sample of the twelfth session (written by an
/// annotator who had not read the rules, in styles unlike fresh3's, fresh4's
/// and fresh5's): its figures measured once before the session's rule changes
/// (attribution at overlap P 0.55 / R 0.47, IoU P 0.51 / R 0.44; claim IoU
/// 0.74 / 0.72; speculation IoU 0.83 / 0.74; effort 1.79, 1.78 learned from
/// the other sets' gold, 2.37 with suggestions off). Measured again at the
/// session's end, still unseen (perf12, claims5, persons5 and cues5 merged):
/// attribution at overlap 0.55 / 0.51, IoU 0.50 / 0.46; claim IoU 0.79 /
/// 0.77; speculation IoU 0.88 / 0.80; effort 1.67. The floors a little below.
/// Seen from the thirteenth session (its misses released): names13 (sources
/// named as analysts name them: international bodies' short names, any
/// country's officials, an acronym's full name) raised attribution at overlap
/// to 0.74 / 0.68, IoU 0.66 / 0.61, effort 1.61 (fresh5 0.85 / 0.86, fresh4
/// 0.88 / 0.87 at overlap); the floors a little below.
/// and claims13
/// (deeds, questions, ", when", source descriptions, hedge riders and degree
/// adverbs, plain negations) raised claim IoU to 0.85 / 0.83, speculation to
/// 0.93 / 0.85, effort 1.60 (fresh3 claim 0.88 / 0.84, speculation 0.95 /
/// 1.00; fresh4 claim 0.82 / 0.82, speculation 0.94 / 0.94, effort 1.33;
/// fresh5 claim 0.93 / 0.88, speculation 0.94 / 1.00); floors raised a little
/// below.
/// Session 24 (clauses24): a figure set against another after a comma is
/// a claim of its own (split 6, whole 3 over the sets; fresh6's "three times
/// the level" among the whole): claim IoU precision floor 0.86 → 0.85.
#[test]
fn fresh6_figures() {
    let floors = [
        ("attribution", Strictness::Overlap, 0.72, 0.66),
        ("attribution", Strictness::Iou, 0.64, 0.59),
        ("claim", Strictness::Iou, 0.85, 0.81),
        ("speculation", Strictness::Iou, 0.91, 0.83),
    ];
    check(
        "fresh6",
        &[
            "tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
        ],
        305,
        &floors,
        1.65,
    );
}

/// fresh7.ron, the held-out sample of the thirteenth session (written by an
/// annotator who had not read the rules, in styles unlike the earlier sets': a
/// fact check, an opinion column with replies, a sanctions ruling in Singapore,
/// a podcast summary, a Diet committee, a launch timeline, a border-trade
/// story, an obituary): its figures measured once, before the session's rule
/// changes were merged (attribution at overlap P 0.56 / R 0.44, IoU 0.48 /
/// 0.38; claim IoU 0.64 / 0.67; speculation IoU 0.87 / 0.85; effort 1.91, 1.85
/// learned from the other sets' gold, 2.41 with suggestions off), are the
/// floors here, a little below. Released in session 14: claims14 (headlines,
/// the article about itself, bare stances; a second hedge adverb) raised
/// claim IoU to 0.73 / 0.69, speculation to 0.91 / 0.93, effort to 1.83.
/// Session 15, all four rule branches merged: attribution at overlap 0.70 /
/// 0.69, IoU 0.64 / 0.63; claim IoU 0.82 / 0.77; effort 1.53.
#[test]
fn fresh7_figures() {
    check_after_earlier("fresh7", 393, FRESH7, FRESH7_EFFORT);
}

/// fresh8.ron, the held-out sample of the fourteenth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// styles unlike theirs: a naval drill with five capitals reacting, a leaked
/// payroll, an EU sanctions listing, a security firm's blog retold, a
/// unification poll, a marathon and an art troupe, tuberculosis drugs, a
/// correspondent's diary): its figures measured once, before the session's
/// rule changes were merged (attribution at overlap P 0.50 / R 0.39, IoU 0.46 /
/// 0.35; claim IoU 0.71 / 0.66; speculation IoU 0.85 / 0.81; effort 1.82, 1.79
/// learned from the other sets' gold, 2.42 with suggestions off) and once
/// after them (attribution unchanged; claim IoU 0.70 / 0.63, as headlines are
/// no longer claims; speculation IoU 0.85 / 0.87; effort 1.80, 1.79 learned):
/// the floors here are a little below the lower of the two. Released in the
/// fifteenth session; its attribution floors and effort ceiling raised after
/// bodies15's naming of organisations (overlap 0.59 / 0.48, IoU 0.54 / 0.43,
/// effort 1.76), its claim floors after claims15's claim bounds (claim IoU
/// 0.74 / 0.65); all four rule branches merged: attribution at overlap 0.64 /
/// 0.62, IoU 0.57 / 0.56; claim IoU 0.78 / 0.72; speculation 0.86 / 0.89;
/// effort 1.58.
#[test]
fn fresh8_figures() {
    check_after_earlier("fresh8", 411, FRESH8, FRESH8_EFFORT);
}

/// fresh9.ron, the held-out sample of the fifteenth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// styles unlike theirs: a typhoon bulletin from a press release, readers'
/// questions, two coast guards' competing accounts, a conference of scholars
/// who disagree, market prices from traders' calls and an aid group's survey,
/// a correspondent's visa, talks in Ulaanbaatar, a radio interview with
/// transcript lines): its figures measured once, before the session's rule
/// changes were merged (strict program: attribution at overlap P 0.53 / R
/// 0.46, IoU 0.47 / 0.41; claim IoU 0.71 / 0.63; speculation IoU 0.78 / 0.75;
/// effort 1.89, 1.87 learned from the other sets' gold, 2.41 with suggestions
/// off) and once after them (overlap 0.53 / 0.49, IoU 0.47 / 0.44; claim IoU
/// 0.72 / 0.64; speculation unchanged; effort 1.83). Released to the rule
/// writers in the sixteenth session (its misses fixed in general form), which
/// raised it to attribution at overlap 0.72 / 0.72, IoU 0.66 / 0.66, claim IoU
/// 0.79 / 0.73, speculation IoU 0.82 / 0.79, effort 1.62: the floors here are
/// a little below.
#[test]
fn fresh9_figures() {
    check_after_earlier("fresh9", 407, FRESH9, FRESH9_EFFORT);
}

/// fresh10.ron, the held-out sample of the sixteenth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// styles unlike theirs: an earthquake near the test site with seismologists
/// disagreeing, a budget committee, a five-government cyber advisory, a
/// conglomerate's sanctioned supplier, a refugee caseworker, a launch notice
/// to ships and airlines, a review of four newspapers, a court-martial): its
/// figures measured once before the session's rule changes were merged
/// (strict program: attribution at overlap P 0.51 / R 0.44, IoU 0.47 / 0.40;
/// claim IoU 0.55 / 0.52; speculation IoU 0.81 / 0.90; effort 1.90, 2.40 with
/// suggestions off) and once after them (overlap 0.56 / 0.48, IoU 0.50 /
/// 0.43; claim IoU 0.56 / 0.55; speculation unchanged; effort 1.87). Its
/// misses were released to the seventeenth session's rule writers, after
/// which (overlap 0.85 / 0.76, IoU 0.79 / 0.71; claim IoU 0.60 / 0.61;
/// speculation IoU 0.89 / 0.92; effort 1.67) the floors are a little below
/// that: a released set, guarded like fresh9.
#[test]
fn fresh10_figures() {
    check_after_earlier("fresh10", 409, FRESH10, FRESH10_EFFORT);
}

/// fresh11.ron, the held-out sample of the seventeenth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// styles unlike theirs: a marine insurer's circular, a defector's memoir
/// reviewed, a harvest estimate in numbered figures, a repatriation ruling
/// told as portraits, an e-sports tournament, a television drama's ratings, a
/// crane count in the DMZ, an arms fair walked hall by hall): its figures
/// measured once before the session's rule changes were merged and once
/// after them (README, Suggestions): the floors here are a little below the
/// lower of the two.
#[test]
fn fresh11_figures() {
    check_after_earlier("fresh11", 416, FRESH11, FRESH11_EFFORT);
}

/// fresh12.ron, the held-out sample of the eighteenth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// forms unlike theirs: a council committee's minutes, a vaccine shipment as
/// questions and answers, a day's posts as a timeline, a letters page, an
/// art auction, a drifting boat, a journal's retraction, a parliamentary
/// petition): measured before the session's rule changes were merged and
/// after them (README, Suggestions); the floors are a little below the lower
/// of the two. Before the session's fixes, suggesting on it panicked (a curly
/// quote before a bracketed acronym).
#[test]
fn fresh12_figures() {
    check_after_earlier("fresh12", 430, FRESH12, FRESH12_EFFORT);
}

/// fresh13.ron, the held-out sample of the nineteenth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// forms unlike theirs: a weather satellite with a correction notice, a dam
/// release as a thread of replies, a hospital's ransomware incident report
/// with timestamps, a crane census as photo captions, a go tournament's
/// press-conference transcript with speaker labels, a customs seizure, a
/// stamp review, a textbook dispute as a bulleted digest): measured before
/// the session's rule changes were merged and after them (README,
/// Suggestions); the floors are a little below the lower of the two.
#[test]
fn fresh13_figures() {
    check_after_earlier("fresh13", 411, FRESH13, FRESH13_EFFORT);
}

/// fresh14.ron, the held-out sample of the twentieth session (written by an
/// annotator who had read neither the rules nor the other sets' articles, in
/// forms unlike theirs: a wire flash with timed updates on a stopped train
/// (CRLF), a film's box office and ratings board, a families' group chat
/// during a mountain rescue (emoji), a diplomatic note published in
/// numbered paragraphs (curly quotes and Hangul), a blackout with a sourced
/// fact box, a court judgment's summary paragraphs (a combining accent), a
/// mushroom-export season, an editor's note with a reader's complaint):
/// measured before the session's rule changes were merged and after them
/// (README, Suggestions); the floors are a little below the lower of the two.
#[test]
fn fresh14_figures() {
    check_after_earlier("fresh14", 457, FRESH14, FRESH14_EFFORT);
}

#[test]
fn fresh15_figures() {
    check_after_earlier("fresh15", 413, FRESH15, FRESH15_EFFORT);
}

#[test]
fn fresh16_figures() {
    check_after_earlier("fresh16", 463, FRESH16, FRESH16_EFFORT);
}

#[test]
fn fresh17_figures() {
    check_after_earlier("fresh17", 437, FRESH17, FRESH17_EFFORT);
}

#[test]
fn fresh18_figures() {
    check_after_earlier("fresh18", 443, FRESH18, FRESH18_EFFORT);
}

#[test]
fn fresh19_figures() {
    check_after_earlier("fresh19", 426, FRESH19, FRESH19_EFFORT);
}

#[test]
fn fresh20_figures() {
    check_after_earlier("fresh20", 471, FRESH20, FRESH20_EFFORT);
}

#[test]
fn fresh21_figures() {
    check_after_earlier("fresh21", 453, FRESH21, FRESH21_EFFORT);
}

#[test]
fn fresh22_figures() {
    check_after_earlier("fresh22", 415, FRESH22, FRESH22_EFFORT);
}

#[test]
fn fresh23_figures() {
    check_after_earlier("fresh23", 491, FRESH23, FRESH23_EFFORT);
}

#[test]
fn fresh24_figures() {
    check_after_earlier("fresh24", 444, FRESH24, FRESH24_EFFORT);
}

#[test]
fn fresh25_figures() {
    check_after_earlier("fresh25", 425, FRESH25, FRESH25_EFFORT);
}

#[test]
fn fresh26_figures() {
    check_after_earlier("fresh26", 444, FRESH26, FRESH26_EFFORT);
}

#[test]
fn fresh27_figures() {
    check_after_earlier("fresh27", 458, FRESH27, FRESH27_EFFORT);
}

#[test]
fn fresh28_figures() {
    check_after_earlier("fresh28", 447, FRESH28, FRESH28_EFFORT);
}

#[test]
fn fresh29_figures() {
    check_after_earlier("fresh29", 429, FRESH29, FRESH29_EFFORT);
}

#[test]
fn fresh30_figures() {
    check_after_earlier("fresh30", 455, FRESH30, FRESH30_EFFORT);
}

#[test]
fn fresh31_figures() {
    check_after_earlier("fresh31", 438, FRESH31, FRESH31_EFFORT);
}

#[test]
fn fresh32_figures() {
    check_after_earlier("fresh32", 442, FRESH32, FRESH32_EFFORT);
}
