//! Link agreement between annotators (issue 13): F1 over linked pairs whose spans
//! match exactly (same document, same bounds of both ends).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::model::{Annotation, Project};

/// A link as compared: document, then both ends' bounds and labels.
type LinkKey = (String, usize, usize, String, usize, usize, String);

/// How two annotators' links agree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkAgreement {
    /// First annotator.
    pub a: String,
    /// Second annotator.
    pub b: String,
    /// Links of A (by the annotator of the attribution).
    pub links_a: usize,
    /// Links of B.
    pub links_b: usize,
    /// Links both made (same spans at both ends).
    pub matched: usize,
    /// 2·matched / (links_a + links_b); `None` when neither linked anything.
    pub f1: Option<f64>,
}

/// Link agreement for every pair of annotators of `inputs` who made a link (the
/// annotator of a link is that of its attribution). Documents are matched by id.
pub fn link_agreement(inputs: &[(&str, &Project)]) -> Vec<LinkAgreement> {
    let mut by_who: BTreeMap<String, BTreeSet<LinkKey>> = BTreeMap::new();
    for (_, p) in inputs {
        if p.links.is_empty() {
            continue;
        }
        let by_id: HashMap<&str, &Annotation> =
            p.annotations.iter().map(|a| (a.id.as_str(), a)).collect();
        for l in &p.links {
            let (Some(f), Some(t)) = (by_id.get(l.from.as_str()), by_id.get(l.to.as_str())) else {
                continue;
            };
            by_who
                .entry(f.annotator().to_string())
                .or_default()
                .insert((
                    f.doc.clone(),
                    f.start,
                    f.end,
                    f.label.clone(),
                    t.start,
                    t.end,
                    t.label.clone(),
                ));
        }
    }
    let who: Vec<(&String, &BTreeSet<LinkKey>)> = by_who.iter().collect();
    let mut out = Vec::new();
    for (i, (a, la)) in who.iter().enumerate() {
        for (b, lb) in &who[i + 1..] {
            let matched = la.intersection(lb).count();
            let total = la.len() + lb.len();
            out.push(LinkAgreement {
                a: a.to_string(),
                b: b.to_string(),
                links_a: la.len(),
                links_b: lb.len(),
                matched,
                f1: (total > 0).then(|| 2.0 * matched as f64 / total as f64),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Link};

    fn project(who: &str, claim_end: usize, link_both: bool) -> Project {
        let text = "조선중앙통신은 발사했다고 밝혔다. 전문가들은 의심한다.";
        let mut p = Project::new(who);
        p.documents.push(Document::new("d", "t", text));
        let ann = |s: usize, e: usize, label: &str| {
            let q: String = text.chars().skip(s).take(e - s).collect();
            Annotation::new("d", s, e, q, label, who)
        };
        let src = ann(0, 6, "attribution");
        let claim = ann(8, claim_end, "claim");
        let spec = ann(24, 28, "speculation");
        p.links.push(Link::attributes(&src.id, &claim.id));
        if link_both {
            p.links.push(Link::attributes(&src.id, &spec.id));
        }
        p.annotations = vec![src, claim, spec];
        p
    }

    #[test]
    fn f1_counts_links_whose_spans_match() {
        let (a, b) = (project("kim", 13, true), project("lee", 13, false));
        let r = link_agreement(&[("a", &a), ("b", &b)]);
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].links_a, r[0].links_b, r[0].matched), (2, 1, 1));
        assert!((r[0].f1.unwrap() - 2.0 / 3.0).abs() < 1e-9);
        // A claim one char shorter is another span: no match.
        let c = project("lee", 12, false);
        let r = link_agreement(&[("a", &a), ("c", &c)]);
        assert_eq!(r[0].matched, 0);
        assert_eq!(r[0].f1, Some(0.0));
    }
}
