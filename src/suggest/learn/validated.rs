//! Learned decisions checked before they apply (issue 20's learning check on
//! unseen sets): a decision the annotated documents suggest — drop a rule,
//! name a suggested source another way — applies only when it would have
//! saved actions on the annotated documents themselves, each judged by the
//! decision the *other* annotated documents make (leave one document out).
//!
//! Why: summed over the annotated documents, a rule's figure or a source's
//! renaming can come from one document (an article naming its own body, a
//! claim rule that happened to miss there); applied to other articles it costs
//! actions. Judged document by document, such a decision is never made where
//! its evidence sits (without that document there is none) and costs on the
//! others, so it is not applied. A convention the analyst keeps across
//! documents is decided the same way without any one of them, and saves on
//! each: it applies. No threshold is tuned: the decision must save, fairly
//! scored, more than it costs.

use super::combine::{MIN_CASES, MIN_RENAMED};
use super::tally::Tally;

/// True when the figures `(saved, n)` of a rule drop it: it cost more actions
/// than it saved over at least [`MIN_CASES`] suggestions.
pub(super) fn drops(saved: i64, n: i64) -> bool {
    n >= MIN_CASES && saved < 0
}

fn saved_of(t: &Tally, label: &str, rule: &str) -> (i64, i64) {
    (t.saved.iter())
        .find(|((l, r), _)| l == label && r == rule)
        .map_or((0, 0), |(_, &v)| v)
}

/// Whether dropping `rule`'s suggestions of `label`, as `base` (the annotated
/// documents' figures summed) decides, holds on `docs` (each annotated
/// document's own figures, those summed in `base`): the actions saved on each
/// document by the decision made without it, summed, are more than none, and
/// the documents where the rule cost outnumber those where it saved beyond
/// chance ([`sign_test`] below [`SIGNIFICANCE`]).
pub(super) fn drop_holds(base: &Tally, docs: &[&Tally], label: &str, rule: &str) -> bool {
    let (saved, n) = saved_of(base, label, rule);
    if !drops(saved, n) {
        return false;
    }
    let gain: i64 = (docs.iter())
        .map(|d| {
            let (s, k) = saved_of(d, label, rule);
            // Dropped without this document: its suggestions' worth is lost.
            if drops(saved - s, n - k) { -s } else { 0 }
        })
        .sum();
    let (cost, help) = (docs.iter()).fold((0, 0), |(c, h), d| match saved_of(d, label, rule).0 {
        s if s < 0 => (c + 1, h),
        s if s > 0 => (c, h + 1),
        _ => (c, h),
    });
    gain > 0 && sign_test(cost, help) < SIGNIFICANCE
}

/// The level below which the sign test finds a rule costs more often than it
/// saves: the customary 5%.
pub(super) const SIGNIFICANCE: f64 = 0.05;

/// The one-sided sign test: the chance of `cost` or more of `cost + help`
/// documents showing a rule costing actions if it were as likely to save as
/// to cost on a document. A rule is dropped for all documents to come, so its
/// cost must not be chance: with four annotated documents or fewer it never is.
pub(super) fn sign_test(cost: u32, help: u32) -> f64 {
    let m = cost + help;
    let choose =
        |k: u32| -> f64 { (0..k).fold(1.0, |acc, i| acc * f64::from(m - i) / f64::from(i + 1)) };
    (cost..=m).map(choose).sum::<f64>() / 2f64.powi(m as i32)
}

/// The source the analyst's attributions named where one suggested as `key`
/// (normalised, lower case) overlapped them, in `sources` (cases per
/// suggested and gold source): another source named in most of those cases,
/// at least [`MIN_RENAMED`] of them.
pub(super) fn renamed<'t>(
    sources: impl Iterator<Item = (&'t (String, String), i64)> + Clone,
    key: &str,
) -> Option<String> {
    let cases: i64 = (sources.clone())
        .filter(|((from, _), _)| from == key)
        .map(|(_, n)| n)
        .sum();
    sources
        .filter(|((from, to), n)| {
            from == key && to.to_lowercase() != key && *n >= MIN_RENAMED && 2 * *n > cases
        })
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.1.cmp(&a.0.1)))
        .map(|((_, to), _)| to.clone())
}

/// Cases in `t` of a source suggested as `key` whose gold source is `to`.
fn cases(t: &Tally, key: &str, to: &str) -> i64 {
    (t.sources.iter())
        .filter(|((f, g), _)| f == key && g == to)
        .map(|(_, n)| *n)
        .sum()
}

/// Cases in `t` of a source suggested as `key` whose gold source is the one
/// suggested.
fn confirmed(t: &Tally, key: &str) -> i64 {
    (t.sources.iter())
        .filter(|((f, g), _)| f == key && g.to_lowercase() == *key)
        .map(|(_, n)| *n)
        .sum()
}

/// The source named for a suggested `key` as `base` decides ([`renamed`]),
/// when that holds on `docs` (each annotated document's own figures): on each
/// document, the renaming decided without it picks the right source in
/// more cases than it spoils, summed over the documents.
pub(super) fn rename_holding(base: &Tally, docs: &[&Tally], key: &str) -> Option<String> {
    let to = renamed(base.sources.iter().map(|(k, &n)| (k, n)), key)?;
    let gain: i64 = (docs.iter())
        .map(|d| {
            let without = (base.sources.iter()).map(|(k, &n)| {
                let own = d.sources.get(k).copied().unwrap_or(0);
                (k, n - own)
            });
            match renamed(without, key) {
                Some(t) => cases(d, key, &t) - confirmed(d, key),
                None => 0,
            }
        })
        .sum();
    (gain > 0).then_some(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renaming(pairs: &[(&str, &str, i64)]) -> Tally {
        let mut t = Tally::default();
        for &(from, to, n) in pairs {
            t.sources.insert((from.into(), to.into()), n);
        }
        t
    }

    fn sum(docs: &[&Tally]) -> Tally {
        let mut t = Tally::default();
        docs.iter().for_each(|d| t.add(d, 1));
        t
    }

    #[test]
    fn a_renaming_seen_in_one_document_only_does_not_apply() {
        let one = renaming(&[("japanese officials", "Shipowners' Association", 3)]);
        let other = renaming(&[("japanese officials", "Japanese officials", 1)]);
        let docs = [&one, &other];
        assert_eq!(
            rename_holding(&sum(&docs), &docs, "japanese officials"),
            None
        );
    }

    #[test]
    fn a_renaming_kept_across_documents_applies() {
        let a = renaming(&[("kcna", "North Korean state media", 2)]);
        let b = renaming(&[("kcna", "North Korean state media", 2)]);
        let c = renaming(&[("kcna", "North Korean state media", 1), ("kcna", "KCNA", 1)]);
        let docs = [&a, &b, &c];
        assert_eq!(
            rename_holding(&sum(&docs), &docs, "kcna").as_deref(),
            Some("North Korean state media")
        );
    }

    fn figures(saved: i64, n: i64) -> Tally {
        let mut t = Tally::default();
        t.saved.insert(("claim".into(), "r".into()), (saved, n));
        t
    }

    #[test]
    fn a_rule_that_cost_in_one_document_only_is_kept() {
        let (a, b, c) = (figures(-9, 6), figures(2, 2), figures(3, 3));
        let docs = [&a, &b, &c];
        assert!(!drop_holds(&sum(&docs), &docs, "claim", "r"));
    }

    #[test]
    fn a_rule_that_cost_across_documents_is_dropped() {
        let docs: Vec<Tally> = (0..5).map(|i| figures(-1 - i % 2, 2)).collect();
        let docs: Vec<&Tally> = docs.iter().collect();
        assert!(drop_holds(&sum(&docs), &docs, "claim", "r"));
        // Three documents of cost are chance (one in eight).
        assert!(!drop_holds(&sum(&docs[..3]), &docs[..3], "claim", "r"));
    }

    #[test]
    fn the_sign_test_is_the_binomial_tail() {
        assert_eq!(sign_test(0, 0), 1.0);
        assert_eq!(sign_test(3, 0), 0.125);
        assert_eq!(sign_test(5, 0), 1.0 / 32.0);
        assert_eq!(sign_test(5, 1), 7.0 / 64.0);
    }
}
