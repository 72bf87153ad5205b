//! Properties of the agreement figures on random spans.

use marginalia::model::{Annotation, Document, Project};
use marginalia::review::{Corpus, DisagreementKind, compare_document, pair_agreement};
use proptest::prelude::*;

const LABELS: [&str; 3] = ["claim", "speculation", "attribution"];
/// Korean, an emoji with a modifier and a combining accent.
const TEXT: &str = "조선 said 👋🏽 e\u{301} “now” ok";

fn spans() -> impl Strategy<Value = Vec<(usize, usize, usize)>> {
    let len = TEXT.chars().count();
    prop::collection::vec((0..len, 1..8usize, 0..3usize), 0..8).prop_map(move |v| {
        v.into_iter()
            .map(|(s, l, k)| (s, (s + l).min(len), k))
            .filter(|(s, e, _)| s < e)
            .collect()
    })
}

fn project(author: &str, spans: &[(usize, usize, usize)]) -> Project {
    let mut p = Project::new(author);
    let doc = Document::new("d", "D", TEXT);
    for &(s, e, k) in spans {
        p.annotations.push(Annotation::new(
            "d",
            s,
            e,
            doc.slice(s, e),
            LABELS[k],
            author,
        ));
    }
    // Each author needs one annotation somewhere to exist.
    let other = Document::new("o", "O", "x");
    p.annotations
        .push(Annotation::new("o", 0, 1, "x", "claim", author));
    p.documents.extend([doc, other]);
    p
}

proptest! {
    #[test]
    fn figures_are_bounded_symmetric_and_one_for_copies(a in spans(), b in spans()) {
        let (pa, pb) = (project("ann", &a), project("ben", &b));
        let corpus = Corpus::from_projects(&[("a", &pa), ("b", &pb)]);
        let ab = pair_agreement(&corpus, "ann", "ben", Some("d")).unwrap();
        let ba = pair_agreement(&corpus, "ben", "ann", Some("d")).unwrap();
        for (x, y) in ab.labels.values().chain([&ab.overall]).zip(ba.labels.values().chain([&ba.overall])) {
            prop_assert!((0.0..=1.0).contains(&x.exact_f1));
            prop_assert!(x.exact_f1 <= x.overlap_f1 + 1e-12);
            prop_assert!(x.overlap_f1 <= 1.0);
            prop_assert!(x.kappa <= 1.0 + 1e-12 && x.kappa >= -1.0 - 1e-12);
            prop_assert!(x.alpha <= 1.0 + 1e-12);
            prop_assert!((x.kappa - y.kappa).abs() < 1e-12);
            prop_assert!((x.alpha - y.alpha).abs() < 1e-12);
            prop_assert!((x.overlap_f1 - y.overlap_f1).abs() < 1e-12);
        }
        let copy = project("cat", &a);
        let corpus = Corpus::from_projects(&[("a", &pa), ("c", &copy)]);
        let same = pair_agreement(&corpus, "ann", "cat", None).unwrap();
        for f in same.labels.values().chain([&same.overall]) {
            prop_assert_eq!((f.exact_f1, f.overlap_f1, f.kappa, f.alpha), (1.0, 1.0, 1.0, 1.0));
        }
    }

    #[test]
    fn every_annotation_is_agreed_or_in_exactly_one_disagreement(a in spans(), b in spans()) {
        let (pa, pb) = (project("ann", &a), project("ben", &b));
        let corpus = Corpus::from_projects(&[("a", &pa), ("b", &pb)]);
        let cmp = compare_document(corpus.document("d").unwrap(), "ann", "ben");
        let a_seen = cmp.agreed.len()
            + cmp.disagreements.iter().filter(|d| d.a.is_some()).count();
        let b_seen = cmp.agreed.len()
            + cmp.disagreements.iter().filter(|d| d.b.is_some()).count();
        let d = corpus.document("d").unwrap();
        prop_assert_eq!(a_seen, d.annotations_by("ann").len());
        prop_assert_eq!(b_seen, d.annotations_by("ben").len());
        for x in &cmp.disagreements {
            match x.kind {
                DisagreementKind::OnlyA => prop_assert!(x.a.is_some() && x.b.is_none()),
                DisagreementKind::OnlyB => prop_assert!(x.a.is_none() && x.b.is_some()),
                _ => prop_assert!(x.a.is_some() && x.b.is_some()),
            }
        }
    }
}
