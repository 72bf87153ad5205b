//! The combination's overlaps kept through span indexes, against scans.

use super::*;
use proptest::prelude::*;

fn span(start: usize, len: usize, label: &str, rule: &str, score: f32) -> Suggestion {
    Suggestion {
        doc: "d".into(),
        start,
        end: start + len,
        label: label.into(),
        source: None,
        rule: rule.into(),
        score,
        why: String::new(),
        quote: String::new(),
    }
}

/// The rules' and the model's spans kept, as the scans before the span
/// index chose them.
fn by_scan(t: &Tally, mut rules: Vec<Suggestion>, mut model: Vec<Suggestion>) -> Vec<Suggestion> {
    let overlaps = |a: &Suggestion, b: &[Suggestion]| {
        b.iter()
            .any(|x| x.label == a.label && x.overlaps(a.start, a.end))
    };
    let prefer = |l: &str| t.model_over_rules.get(l).copied().unwrap_or(0) > 0;
    let kept_model = model.clone();
    rules.retain(|r| !(prefer(&r.label) && overlaps(r, &kept_model)));
    let seen = rules.clone();
    model.retain(|m| {
        if overlaps(m, &seen) {
            return prefer(&m.label);
        }
        confidence_needed(t, &m.label).is_some_and(|c| m.score >= c)
    });
    model.retain(|m| prefer(&m.label) || !overlaps(m, &rules));
    rules.extend(model);
    rules.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    rules.dedup_by(|a, b| (a.start, a.end, &a.label) == (b.start, b.end, &b.label));
    rules
}

proptest! {
    /// Rules and model spans of two labels, the model preferred for one:
    /// the spans kept are those the scans kept.
    #[test]
    fn the_indexed_overlaps_keep_what_the_scans_kept(
        rules in proptest::collection::vec((0usize..300, 1usize..60, any::<bool>()), 0..40),
        model in proptest::collection::vec((0usize..300, 1usize..60, any::<bool>(), 0u8..10), 0..40),
        alone in proptest::collection::vec((0u8..10, -2i64..3), 0..8),
    ) {
        let label = |b: bool| if b { "claim" } else { "speculation" };
        let rules: Vec<Suggestion> =
            rules.iter().map(|&(s, n, l)| span(s, n, label(l), "r", 1.0)).collect();
        let model: Vec<Suggestion> = (model.iter())
            .map(|&(s, n, l, c)| span(s, n, label(l), MODEL, f32::from(c) / 10.0))
            .collect();
        let mut c = Combiner::empty(&SourceRegistry::builtin());
        let mut t = Tally::default();
        t.model_over_rules.insert("claim".into(), 1);
        t.model_alone = (alone.iter())
            .map(|&(c, v)| ("speculation".to_string(), f32::from(c) / 10.0, v))
            .collect();
        t.saved.insert(("claim".into(), "r".into()), (1, 10));
        let expected = by_scan(&t, rules.clone(), model.clone());
        c.add_document("other", Arc::new(t));
        prop_assert_eq!(c.combine("d", "", rules, model), expected);
    }
}

/// A suggestion of `label` over `quote` in `text` (chars).
fn over(doc: &str, text: &str, quote: &str, label: &str) -> Suggestion {
    let b = text.find(quote).expect("quote in text");
    let start = text[..b].chars().count();
    Suggestion {
        doc: doc.into(),
        start,
        end: start + quote.chars().count(),
        label: label.into(),
        source: None,
        rule: "r".into(),
        score: 1.0,
        why: String::new(),
        quote: quote.into(),
    }
}

/// A combiner learned from one-sentence articles `(id, text, the rules'
/// quote, the analyst's quote)`, each with one `label` suggestion and its gold.
fn learned_from(label: &str, articles: &[(&str, &str, &str, &str)]) -> Combiner {
    use crate::model::{Annotation, Document};
    let mut p = Project::new("learned");
    let mut found = Vec::new();
    for &(id, text, rule_quote, gold_quote) in articles {
        p.documents.push(Document::new(id, id, text));
        let gold = over(id, text, gold_quote, label);
        p.annotations.push(Annotation::new(
            id, gold.start, gold.end, gold_quote, label, "ann",
        ));
        found.push((id.to_string(), vec![over(id, text, rule_quote, label)]));
    }
    Combiner::learn(&p, &found, &[], &SourceRegistry::builtin())
}

/// Each suggestion's label and char range.
fn spans(found: &[Suggestion]) -> Vec<(&str, usize, usize)> {
    found
        .iter()
        .map(|s| (s.label.as_str(), s.start, s.end))
        .collect()
}

#[test]
fn a_learned_start_never_moves_a_span_over_another_labels_suggestion() {
    // Three articles whose claims start at their clause's first word, where
    // the rules cut a time phrase off.
    let c = learned_from(
        "claim",
        &[
            (
                "a",
                "On Monday the port reopened.",
                "the port reopened",
                "On Monday the port reopened",
            ),
            (
                "b",
                "By noon the 배 ships had left.",
                "the 배 ships had left",
                "By noon the 배 ships had left",
            ),
            (
                "c",
                "Last week the 🚢 ferry ran late.",
                "the 🚢 ferry ran late",
                "Last week the 🚢 ferry ran late",
            ),
        ],
    );
    let text = "Officials told reporters the port reopened.";
    let claim = over("d", text, "the port reopened", "claim");
    // Alone, the claim starts at its clause's first word, as learned.
    let alone = c.combine("d", text, vec![claim.clone()], Vec::new());
    assert_eq!(alone[0].start, 0, "{alone:?}");
    // Beside an attribution suggestion, it stays where the attribution ends.
    let said = over("d", text, "Officials told reporters", "attribution");
    let both = c.combine("d", text, vec![said.clone(), claim.clone()], Vec::new());
    assert_eq!(
        spans(&both),
        [
            ("attribution", said.start, said.end),
            ("claim", claim.start, claim.end)
        ]
    );
}

#[test]
fn a_learned_end_never_moves_a_span_over_another_labels_suggestion() {
    // Three articles whose attributions end with their "that", where the
    // rules stop before it.
    let c = learned_from(
        "attribution",
        &[
            (
                "a",
                "Officials said that the port reopened.",
                "Officials said",
                "Officials said that",
            ),
            (
                "b",
                "The 해경 agency said that ships left.",
                "The 해경 agency said",
                "The 해경 agency said that",
            ),
            (
                "c",
                "Analysts 🚢 said that prices rose.",
                "Analysts 🚢 said",
                "Analysts 🚢 said that",
            ),
        ],
    );
    let text = "Police said that the road reopened.";
    let said = over("d", text, "Police said", "attribution");
    // Alone, the attribution takes its "that", as learned.
    let alone = c.combine("d", text, vec![said.clone()], Vec::new());
    assert_eq!(alone[0].quote, "Police said that", "{alone:?}");
    // Beside a claim that starts at "that", it stays where the claim begins.
    let claim = over("d", text, "that the road reopened", "claim");
    let both = c.combine("d", text, vec![said.clone(), claim.clone()], Vec::new());
    assert_eq!(
        spans(&both),
        [
            ("attribution", said.start, said.end),
            ("claim", claim.start, claim.end)
        ]
    );
}
