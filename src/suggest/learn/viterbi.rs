//! Viterbi decoding of one sentence (issue 20): the tag sequence with the
//! highest total score, where each token's scores depend on the two tags before
//! it (the model's tag features), over legal BIO moves only (an `I-` tag only
//! after its own label's `B-` or `I-`). The state is the pair of the last two
//! tags: 7 × 7 states, 7 moves each, per token.

use super::model::share;
use super::tags::{O, TAGS, allowed};

/// The best-scoring legal tags of a sentence of `n` tokens, where
/// `scores_at(i, prev, prev2)` are token `i`'s scores after the tags `prev` and
/// `prev2`; and per token the chosen tag's softmax share given the chosen tags
/// before it (the confidence greedy decoding reports).
pub(super) fn viterbi(
    n: usize,
    mut scores_at: impl FnMut(usize, usize, usize) -> [f32; TAGS],
) -> (Vec<usize>, Vec<f32>) {
    if n == 0 {
        return (Vec::new(), Vec::new());
    }
    let pair = |a: usize, b: usize| a * TAGS + b;
    // best[i][(a, b)]: the best total with tag `a` at i - 1 and `b` at i;
    // back[i][(a, b)]: the tag at i - 2 on that path.
    let mut best = vec![[f32::NEG_INFINITY; TAGS * TAGS]; n];
    let mut back = vec![[O as u8; TAGS * TAGS]; n];
    let first = scores_at(0, O, O);
    for b in (0..TAGS).filter(|&b| allowed(O, b)) {
        best[0][pair(O, b)] = first[b];
    }
    for i in 1..n {
        for a in 0..TAGS {
            for b in 0..TAGS {
                let so_far = best[i - 1][pair(a, b)];
                if so_far == f32::NEG_INFINITY {
                    continue;
                }
                let scores = scores_at(i, b, a);
                for c in (0..TAGS).filter(|&c| allowed(b, c)) {
                    let total = so_far + scores[c];
                    if total > best[i][pair(b, c)] {
                        best[i][pair(b, c)] = total;
                        back[i][pair(b, c)] = a as u8;
                    }
                }
            }
        }
    }
    let mut end = pair(O, O);
    for k in 0..TAGS * TAGS {
        if best[n - 1][k] > best[n - 1][end] {
            end = k;
        }
    }
    let mut tags = vec![O; n];
    tags[n - 1] = end % TAGS;
    if n > 1 {
        tags[n - 2] = end / TAGS;
    }
    for i in (2..n).rev() {
        tags[i - 2] = usize::from(back[i][pair(tags[i - 1], tags[i])]);
    }
    let confidence = (0..n)
        .map(|i| {
            let prev = if i > 0 { tags[i - 1] } else { O };
            let prev2 = if i > 1 { tags[i - 2] } else { O };
            share(&scores_at(i, prev, prev2), prev, tags[i])
        })
        .collect();
    (tags, confidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::learn::model::decode;
    use crate::suggest::learn::tags::{begin, inside};

    #[test]
    fn viterbi_finds_the_best_legal_path_where_greedy_does_not() {
        // Token 0 slightly prefers O, but B-claim then I-claim scores far more:
        // greedy takes O and then cannot say I-claim.
        let scores = |i: usize, prev: usize, _prev2: usize| {
            let mut s = [0.0; TAGS];
            if i == 0 {
                s[O] = 1.0;
                s[begin(0)] = 0.9;
            } else if prev == begin(0) {
                s[inside(0)] = 5.0;
            } else {
                s[inside(0)] = 5.0; // illegal after O: never chosen
                s[O] = 0.5;
            }
            s
        };
        let (greedy, _) = decode(2, scores);
        assert_eq!(greedy, vec![O, O]);
        let (best, confidence) = viterbi(2, scores);
        assert_eq!(best, vec![begin(0), inside(0)]);
        assert_eq!(confidence.len(), 2);
        assert!(viterbi(0, scores).0.is_empty());
        assert_eq!(viterbi(1, scores).0, vec![O]);
    }

    /// Greedy and Viterbi decoding of the same trained weights, compared the
    /// fair way (5-fold on the tuning sample: each document suggested for by a
    /// model that never saw it) and on the held-out articles (trained on the
    /// tuning sample): F1 at IoU ≥ 0.8 per label, printed (`--nocapture`), the
    /// figures the default decoding was chosen from.
    #[test]
    fn greedy_and_viterbi_decoding_compared_on_the_same_folds() {
        use std::path::Path;

        use crate::model::{Project, SourceRegistry};
        use crate::suggest::eval::{Strictness, evaluate};
        use crate::suggest::learn::{Decoding, LearnedModel, suggest_project_fair_with};
        use crate::task::Progress;

        let read = |name: &str, text: &str| -> Project {
            crate::store::parse_project(text, Path::new(name)).expect("fixture reads")
        };
        let tune = read(
            "tune.ron",
            include_str!("../../../tests/fixtures/suggest/tune.ron"),
        );
        let heldout = read(
            "heldout.ron",
            include_str!("../../../tests/fixtures/suggest/heldout.ron"),
        );
        let registry = SourceRegistry::builtin();
        let f1 = |p: &Project, found: &[(String, Vec<crate::suggest::Suggestion>)]| {
            let e = evaluate(p, found, &registry, &[]);
            (e.labels.iter())
                .map(|l| format!("{} {:.3}", l.label, l.at(Strictness::Iou).f1))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let trained = LearnedModel::train(&tune, None, &Progress::new()).expect("trains");
        for decoding in [Decoding::Greedy, Decoding::Viterbi] {
            let fair =
                suggest_project_fair_with(&tune, &Progress::new(), decoding).expect("trains");
            let mut model = trained.clone();
            model.decoding = decoding;
            let held: Vec<_> = (heldout.documents.iter())
                .map(|d| {
                    let mut found = model.suggest_text(&d.text);
                    found.iter_mut().for_each(|s| s.doc = d.id.clone());
                    (d.id.clone(), found)
                })
                .collect();
            println!(
                "{decoding:?}: 5-fold on tune: {}; held out: {}",
                f1(&tune, &fair),
                f1(&heldout, &held)
            );
            assert!(!fair.iter().all(|(_, f)| f.is_empty()));
        }
    }
}
