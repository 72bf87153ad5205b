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
