//! Agreement figures on small hand-worked examples.

use marginalia::model::{Annotation, Document, Project};
use marginalia::review::{Corpus, Figures, PairAgreement, pair_agreement};

/// 20 chars (Unicode scalar values): Korean, curly quotes, an emoji with a skin-tone
/// modifier (2 chars) and e + combining acute (2 chars).
const TEXT: &str = "조선중앙통신 “핵” 👋🏽 e\u{301} ok!";

/// A one-document project whose annotations are all by `author`.
fn project(author: &str, spans: &[(usize, usize, &str, Option<&str>)]) -> Project {
    let mut p = Project::new(format!("{author}'s project"));
    let doc = Document::new("d1", "Test article", TEXT);
    for &(start, end, label, source) in spans {
        let mut a = Annotation::new("d1", start, end, doc.slice(start, end), label, author);
        a.source = source.map(str::to_string);
        p.annotations.push(a);
    }
    p.documents.push(doc);
    p
}

fn compare(a: &Project, b: &Project) -> PairAgreement {
    let corpus = Corpus::from_projects(&[("a.ron", a), ("b.ron", b)]);
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    let names = corpus.annotators();
    pair_agreement(&corpus, &names[0], &names[1], None).expect("a shared document")
}

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-9
}

fn assert_figures(f: &Figures, exact: f64, overlap: f64, kappa: f64, alpha: f64) {
    assert!(
        close(f.exact_f1, exact),
        "exact_f1 {} != {exact}",
        f.exact_f1
    );
    assert!(
        close(f.overlap_f1, overlap),
        "overlap_f1 {} != {overlap}",
        f.overlap_f1
    );
    assert!(close(f.kappa, kappa), "kappa {} != {kappa}", f.kappa);
    assert!(close(f.alpha, alpha), "alpha {} != {alpha}", f.alpha);
}

#[test]
fn text_is_twenty_chars() {
    assert_eq!(TEXT.chars().count(), 20);
}

#[test]
fn identical_copy_by_another_author_gives_one_everywhere() {
    let spans = [
        (0, 6, "attribution", Some("KCNA")),
        (0, 10, "claim", None),
        (11, 16, "speculation", None),
        (17, 20, "claim", None),
    ];
    let alice = project("alice", &spans);
    let mut bob = alice.clone();
    for a in &mut bob.annotations {
        a.author = "bob".into();
        // Bob tagged the same spans himself: his own ids (the same ids with another
        // author would be named in a warning, see tests/review_conflicts.rs).
        a.id = format!("bob-{}", a.id);
    }
    let p = compare(&alice, &bob);
    assert_eq!(
        (p.a.as_str(), p.b.as_str(), p.documents),
        ("alice", "bob", 1)
    );
    assert_eq!(p.labels.len(), 3);
    for f in p.labels.values().chain([&p.overall]) {
        assert_figures(f, 1.0, 1.0, 1.0, 1.0);
    }
    assert_eq!(p.overall.exact_matches, 4);
    assert_eq!(p.overall.chars, 20);
}

#[test]
fn nobody_tagging_anything_is_perfect_agreement() {
    // Each project needs one annotation for its author to exist; put them on
    // another document so that this one is compared with no spans at all.
    let mut alice = project("alice", &[]);
    let mut bob = project("bob", &[]);
    for (p, who) in [(&mut alice, "alice"), (&mut bob, "bob")] {
        p.documents.push(Document::new("d2", "Other", "x"));
        p.annotations
            .push(Annotation::new("d2", 0, 1, "x", "claim", who));
    }
    let corpus = Corpus::from_projects(&[("a.ron", &alice), ("b.ron", &bob)]);
    let p = pair_agreement(&corpus, "alice", "bob", Some("d1")).unwrap();
    for f in p.labels.values().chain([&p.overall]) {
        assert_figures(f, 1.0, 1.0, 1.0, 1.0);
        assert_eq!(f.a_spans + f.b_spans, 0);
    }
}

#[test]
fn disjoint_spans_give_zero_f1_and_below_chance_kappa() {
    // A: claim 0..5; B: claim 10..15, on 20 chars.
    // Chars: C/N 5, N/C 5, N/N 10. p_o = 10/20; p_e = (5·5 + 15·15)/400 = 250/400;
    // kappa = (20·10 − 250)/(400 − 250) = −50/150 = −1/3.
    // alpha: n = 40, n_C = 10, n_N = 30, Σ n_c(n_c−1) = 90 + 870 = 960, Σ o_cc = 20;
    // alpha = (39·20 − 960)/(40·39 − 960) = −180/600 = −0.3.
    // The claim row is the same binary table, so the same figures.
    let p = compare(
        &project("alice", &[(0, 5, "claim", None)]),
        &project("bob", &[(10, 15, "claim", None)]),
    );
    assert_figures(&p.overall, 0.0, 0.0, -1.0 / 3.0, -0.3);
    assert_figures(&p.labels["claim"], 0.0, 0.0, -1.0 / 3.0, -0.3);
    assert_figures(&p.labels["speculation"], 1.0, 1.0, 1.0, 1.0);
}

#[test]
fn one_side_empty_gives_zero() {
    // A tags nothing on d1 (its one annotation is on another document); B: claim
    // 10..15. F1 = 0/(0+1) = 0. Chars: N/N 15, N/C 5; p_o = 15/20,
    // p_e = 20·15/400 = 0.75, kappa = (300 − 300)/(400 − 300) = 0.
    // alpha: n_C = 5, n_N = 35, Σ = 20 + 1190 = 1210, Σ o_cc = 30;
    // alpha = (39·30 − 1210)/(1560 − 1210) = −40/350.
    let mut alice = project("alice", &[]);
    alice.documents.push(Document::new("d2", "Other", "x"));
    alice
        .annotations
        .push(Annotation::new("d2", 0, 1, "x", "claim", "alice"));
    let bob = project("bob", &[(10, 15, "claim", None)]);
    let corpus = Corpus::from_projects(&[("a.ron", &alice), ("b.ron", &bob)]);
    let p = pair_agreement(&corpus, "alice", "bob", None).unwrap();
    assert_eq!(p.documents, 1, "only the shared document is compared");
    assert_figures(&p.overall, 0.0, 0.0, 0.0, -40.0 / 350.0);
}

#[test]
fn partial_agreement_worked_by_hand() {
    // 20 chars. Labels C = claim, S = speculation, T = attribution.
    //   alice: C 0..10, T 12..16 (KCNA)
    //   bob:   C 0..8,  T 12..16 (KCNA), S 17..20
    //
    // Spans. exact: only T matches → overall exact F1 = 2·1/(2+3) = 0.4.
    // overlap: C 0..10 ~ C 0..8 (8 shared chars) and T ~ T → 2 matches →
    // overall overlap F1 = 2·2/5 = 0.8.
    // claim row: |A| = |B| = 1, exact 0 → 0.0; overlap 1 → 1.0.
    // attribution row: 1.0 and 1.0. speculation row: |A| = 0, |B| = 1 → 0.0, 0.0.
    //
    // Overall chars (A row, B column): 0–7 C/C 8; 8–9 C/N 2; 10–11 N/N 2;
    // 12–15 T/T 4; 16 N/N 1; 17–19 N/S 3. Agreed 15 of 20.
    // A: C 10, N 6, T 4, S 0.  B: C 8, N 5, T 4, S 3.
    // kappa = (20·15 − (10·8 + 6·5 + 4·4 + 0·3)) / (400 − 126) = 174/274 = 87/137.
    // alpha: n = 40; n_C 18, n_N 11, n_T 8, n_S 3; Σ n_c(n_c−1) = 306+110+56+6 = 478;
    // Σ o_cc = 2·15 = 30; alpha = (39·30 − 478)/(40·39 − 478) = 692/1082 = 346/541.
    //
    // claim row (covered by C or not): yes/yes 8, yes/no 2, no/no 10.
    // kappa = (20·18 − (10·8 + 10·12))/(400 − 200) = 160/200 = 0.8.
    // alpha: n_yes 18, n_no 22, Σ = 306 + 462 = 768; Σ o_cc = 36;
    // alpha = (39·36 − 768)/(1560 − 768) = 636/792 = 53/66.
    // speculation row: no/no 17, no/yes 3. kappa = (340 − 20·17)/(400 − 340) = 0.
    // alpha: n_yes 3, n_no 37, Σ = 6 + 1332 = 1338; Σ o_cc = 34;
    // alpha = (39·34 − 1338)/(1560 − 1338) = −12/222.
    let alice = project(
        "alice",
        &[
            (0, 10, "claim", None),
            (12, 16, "attribution", Some("KCNA")),
        ],
    );
    let bob = project(
        "bob",
        &[
            (0, 8, "claim", None),
            (12, 16, "attribution", Some("KCNA")),
            (17, 20, "speculation", None),
        ],
    );
    let p = compare(&alice, &bob);
    assert_figures(&p.overall, 0.4, 0.8, 87.0 / 137.0, 346.0 / 541.0);
    assert_eq!(
        (
            p.overall.a_spans,
            p.overall.b_spans,
            p.overall.exact_matches,
            p.overall.overlap_matches
        ),
        (2, 3, 1, 2)
    );
    assert_figures(&p.labels["claim"], 0.0, 1.0, 0.8, 53.0 / 66.0);
    assert_figures(&p.labels["attribution"], 1.0, 1.0, 1.0, 1.0);
    assert_figures(&p.labels["speculation"], 0.0, 0.0, 0.0, -12.0 / 222.0);

    // The same pair the other way round gives the same figures (all are symmetric).
    let corpus = Corpus::from_projects(&[("a.ron", &alice), ("b.ron", &bob)]);
    let q = pair_agreement(&corpus, "bob", "alice", None).unwrap();
    assert_figures(&q.overall, 0.4, 0.8, 87.0 / 137.0, 346.0 / 541.0);
}

#[test]
fn documents_are_pooled() {
    // Two copies of the partial case on two documents: span counts double, the
    // proportions and so kappa stay the same; alpha changes slightly with n.
    let mut alice = project("alice", &[(0, 10, "claim", None)]);
    let mut bob = project("bob", &[(0, 8, "claim", None)]);
    for (p, end) in [(&mut alice, 10), (&mut bob, 8)] {
        let text = format!("{TEXT}.");
        let d = Document::new("d2", "Second", text.clone());
        let quote: String = text.chars().take(end).collect();
        let who = p.annotations[0].author.clone();
        p.annotations
            .push(Annotation::new("d2", 0, end, quote, "claim", who));
        p.documents.push(d);
    }
    let p = compare(&alice, &bob);
    assert_eq!(p.documents, 2);
    assert_eq!((p.overall.a_spans, p.overall.overlap_matches), (2, 2));
    assert_eq!(p.overall.chars, 41);
    // Chars: C/C 16, C/N 4, N/N 21. p_o = 37/41; A: C 20, N 21; B: C 16, N 25.
    // kappa = (41·37 − (20·16 + 21·25))/(41² − 845) = (1517 − 845)/(1681 − 845) = 672/836.
    assert!(close(p.overall.kappa, 672.0 / 836.0), "{}", p.overall.kappa);
}
