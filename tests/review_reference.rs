//! The agreement figures checked against a naive reference written straight from the
//! definitions (README "Definitions"), on random annotations of several documents.

use std::collections::BTreeMap;

use marginalia::model::{Annotation, Document, Project};
use marginalia::review::{Corpus, pair_agreement};
use proptest::prelude::*;

const LABELS: [&str; 3] = ["claim", "speculation", "attribution"];
const TEXTS: [&str; 2] = [
    "KCNA (조선중앙통신) said the launch “succeeded” 👋🏽.",
    "Analysts doubt it; e\u{301}lite units moved.\nYonhap cited officials.",
];

type Spans = Vec<(usize, usize, usize, usize)>; // doc, start, end, label

fn spans() -> impl Strategy<Value = Spans> {
    prop::collection::vec((0..2usize, 0..60usize, 1..15usize, 0..3usize), 0..12).prop_map(|v| {
        v.into_iter()
            .filter_map(|(d, s, l, k)| {
                let len = TEXTS[d].chars().count();
                let (s, e) = (s.min(len - 1), (s + l).min(len));
                (s < e).then_some((d, s, e, k))
            })
            .collect()
    })
}

fn project(author: &str, spans: &Spans) -> Project {
    let mut p = Project::new(author);
    for (i, t) in TEXTS.iter().enumerate() {
        p.documents
            .push(Document::new(format!("d{i}"), format!("Doc {i}"), *t));
    }
    for &(d, s, e, k) in spans {
        let doc = &p.documents[d];
        let a = Annotation::new(doc.id.clone(), s, e, doc.slice(s, e), LABELS[k], author);
        p.annotations.push(a);
    }
    // Every author has at least one annotation, so both exist as annotators.
    let doc = &p.documents[0];
    let marker = Annotation::new("d0", 0, 4, doc.slice(0, 4), "claim", author);
    p.annotations.push(marker);
    p
}

/// The reference: (exact_f1, overlap_f1, kappa, alpha) for the spans of one label
/// (`Some(k)`, binary chars) or all labels (`None`).
fn reference(a: &Spans, b: &Spans, label: Option<usize>) -> (f64, f64, f64, f64) {
    let keep = |v: &Spans| -> Spans {
        let mut v: Spans = v
            .iter()
            .copied()
            .filter(|s| label.is_none_or(|k| s.3 == k))
            .collect();
        v.sort();
        v.dedup(); // the corpus keeps an author's identical annotations once
        v
    };
    let (a, b) = (keep(a), keep(b));
    let n = a.len() + b.len();
    let f1 = |m: usize| {
        if n == 0 {
            1.0
        } else {
            2.0 * m as f64 / n as f64
        }
    };

    // exact: one-to-one equal doc, start, end, label
    let mut used = vec![false; b.len()];
    let mut exact = 0;
    for x in &a {
        if let Some(j) = (0..b.len()).find(|&j| !used[j] && b[j] == *x) {
            used[j] = true;
            exact += 1;
        }
    }
    // overlap: all same-label pairs sharing a char, largest overlap first
    let mut pairs = Vec::new();
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            let shared = x.2.min(y.2) as i64 - x.1.max(y.1) as i64;
            if x.0 == y.0 && x.3 == y.3 && shared > 0 {
                pairs.push((-shared, (x.1, x.2), (y.1, y.2), i, j));
            }
        }
    }
    pairs.sort();
    let (mut ua, mut ub) = (vec![false; a.len()], vec![false; b.len()]);
    let mut overlap = 0;
    for (_, _, _, i, j) in pairs {
        if !ua[i] && !ub[j] {
            ua[i] = true;
            ub[j] = true;
            overlap += 1;
        }
    }
    // chars: category per char (shortest covering span, then earliest, then label)
    let category = |v: &Spans, d: usize, c: usize| -> usize {
        v.iter()
            .filter(|s| s.0 == d && s.1 <= c && c < s.2)
            .min_by_key(|s| (s.2 - s.1, s.1, s.3))
            .map_or(0, |s| if label.is_some() { 1 } else { s.3 + 1 })
    };
    let mut units = Vec::new();
    for (d, t) in TEXTS.iter().enumerate() {
        for c in 0..t.chars().count() {
            units.push((category(&a, d, c), category(&b, d, c)));
        }
    }
    let total = units.len() as f64;
    let agree = units.iter().filter(|(x, y)| x == y).count() as f64;
    let mut pa: BTreeMap<usize, f64> = BTreeMap::new();
    let mut pb: BTreeMap<usize, f64> = BTreeMap::new();
    for (x, y) in &units {
        *pa.entry(*x).or_default() += 1.0 / total;
        *pb.entry(*y).or_default() += 1.0 / total;
    }
    let pe: f64 = pa.iter().map(|(k, p)| p * pb.get(k).unwrap_or(&0.0)).sum();
    let po = agree / total;
    let kappa = if (1.0 - pe).abs() < 1e-12 {
        1.0
    } else {
        (po - pe) / (1.0 - pe)
    };
    // Krippendorff: coincidence matrix, D_o / D_e
    let mut o: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for (x, y) in &units {
        *o.entry((*x, *y)).or_default() += 1.0;
        *o.entry((*y, *x)).or_default() += 1.0;
    }
    let nn: f64 = o.values().sum();
    let mut nc: BTreeMap<usize, f64> = BTreeMap::new();
    for ((c, _), v) in &o {
        *nc.entry(*c).or_default() += v;
    }
    let d_o: f64 = o
        .iter()
        .filter(|((c, k), _)| c != k)
        .map(|(_, v)| v)
        .sum::<f64>()
        / nn;
    let mut d_e = 0.0;
    for (c, x) in &nc {
        for (k, y) in &nc {
            if c != k {
                d_e += x * y;
            }
        }
    }
    d_e /= nn * (nn - 1.0);
    let alpha = if d_e.abs() < 1e-15 {
        1.0
    } else {
        1.0 - d_o / d_e
    };
    (f1(exact), f1(overlap), kappa, alpha)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn figures_equal_the_reference(a in spans(), b in spans()) {
        let (pa, pb) = (project("ann", &a), project("ben", &b));
        let corpus = Corpus::from_projects(&[("a.ron", &pa), ("b.ron", &pb)]);
        let got = pair_agreement(&corpus, "ann", "ben", None).unwrap();
        let with_marker = |v: &Spans| {
            let mut v = v.clone();
            v.push((0, 0, 4, 0));
            v
        };
        let (a, b) = (with_marker(&a), with_marker(&b));
        let rows = [(None, &got.overall)]
            .into_iter()
            .chain((0..3).map(|k| (Some(k), &got.labels[LABELS[k]])));
        for (label, f) in rows {
            let (e, o, k, al) = reference(&a, &b, label);
            let ours = (f.exact_f1, f.overlap_f1, f.kappa, f.alpha);
            prop_assert!((ours.0 - e).abs() < 1e-9, "exact {label:?}: {ours:?} vs {e}");
            prop_assert!((ours.1 - o).abs() < 1e-9, "overlap {label:?}: {ours:?} vs {o}");
            prop_assert!((ours.2 - k).abs() < 1e-9, "kappa {label:?}: {ours:?} vs {k}");
            prop_assert!((ours.3 - al).abs() < 1e-9, "alpha {label:?}: {ours:?} vs {al}");
        }
    }
}
