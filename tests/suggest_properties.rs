//! Properties of suggestions on random news-like text (Korean, emoji, curly
//! quotes, combining accents, CRLF): offsets exact, no suggestion overlapping
//! a rejected span, none duplicating an annotation already there; the effort
//! replay's bounds (perfect suggestions cost 1 a span, none cost the baseline,
//! never more than the baseline plus one reject per suggestion).

use marginalia::model::{Annotation, Document, Project, SourceRegistry};
use marginalia::suggest::effort::replay_project;
use marginalia::suggest::{
    RejectedSpan, SuggestScope, Suggester, Suggestion, suggest_project, suggest_project_raw,
};
use proptest::prelude::*;
use std::sync::LazyLock;

mod suggest_support;
use suggest_support::texts::text;

/// Built once: compiling the rules is the slow part.
static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| Suggester::builtin().unwrap());

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn offsets_are_exact_and_spans_disjoint(text in text()) {
        let found = SUGGESTER.suggest_text(&text);
        let chars: Vec<char> = text.chars().collect();
        let mut last_end = 0;
        for s in &found {
            prop_assert!(s.start < s.end && s.end <= chars.len());
            let quote: String = chars[s.start..s.end].iter().collect();
            prop_assert_eq!(&quote, &s.quote);
            prop_assert!(s.start >= last_end, "overlap: {:?}", found);
            last_end = s.end;
        }
    }

    #[test]
    fn never_a_rejected_span_nor_an_existing_annotation(
        text in text(),
        rejected in prop::collection::vec((0usize..400, 1usize..30), 0..4),
        existing_picks in prop::collection::vec(any::<prop::sample::Index>(), 0..3),
    ) {
        let mut project = Project::new("p");
        let doc = Document::new("d", "t", text.clone());
        let n = doc.char_len();
        let suggester = &*SUGGESTER;
        let before = suggest_project(suggester, &project_with(&doc), &SuggestScope::default(), &[]);
        for pick in &existing_picks {
            if before[0].1.is_empty() {
                break;
            }
            let s = pick.get(&before[0].1);
            project.annotations.push(Annotation::new("d", s.start, s.end, &s.quote, &s.label, "a"));
        }
        project.documents.push(doc);
        let rejected: Vec<RejectedSpan> = rejected
            .into_iter()
            .filter(|&(s, _)| s < n)
            .map(|(s, len)| RejectedSpan { doc: "d".into(), start: s, end: (s + len).min(n), label: None, rule: None })
            .collect();
        let kept = suggest_project(suggester, &project, &SuggestScope::default(), &rejected);
        for s in &kept[0].1 {
            prop_assert!(!rejected.iter().any(|r| s.overlaps(r.start, r.end)), "{:?} overlaps a rejected span", s);
            prop_assert!(
                !project.annotations.iter().any(|a| a.label == s.label && a.overlaps(s.start, s.end)),
                "{:?} duplicates an annotation", s
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn effort_is_one_per_span_for_perfect_suggestions_and_bounded_otherwise(
        text in text(),
        moves in prop::collection::vec((0usize..3, 0usize..3, any::<bool>()), 0..12),
    ) {
        let registry = SourceRegistry::builtin();
        let doc = Document::new("d", "t", text);
        let n = doc.char_len();
        let mut project = project_with(&doc);
        let found = suggest_project_raw(&SUGGESTER, &project, &SuggestScope::default());
        for s in &found[0].1 {
            let mut a = Annotation::new("d", s.start, s.end, &s.quote, &s.label, "gold");
            a.source = s.source.clone();
            project.annotations.push(a);
        }
        let gold = project.annotations.len();
        // The suggestions as gold: one accept each.
        let r = replay_project(&project, &found, &registry, &[]);
        prop_assert_eq!(r.total.actions, gold);
        prop_assert_eq!(r.total.counts.accepted_as_is, gold);
        // None: the baseline, 2 a span and 1 a source.
        let none = vec![("d".to_string(), Vec::new())];
        let r = replay_project(&project, &none, &registry, &[]);
        prop_assert_eq!(r.total.actions, r.total.baseline_actions);
        // Shifted, dropped and stray suggestions: between one action a span and
        // the baseline plus one reject per suggestion; every span accepted or made.
        let mut shifted: Vec<Suggestion> = Vec::new();
        for (i, &(grow, shrink, keep)) in moves.iter().enumerate() {
            let Some(s) = found[0].1.get(i) else { break };
            if !keep {
                continue;
            }
            let mut s = s.clone();
            s.start = s.start.saturating_sub(grow);
            s.end = (s.end + shrink).min(n);
            shifted.push(s);
        }
        if n > 2 {
            let mut stray = found[0].1.first().cloned().unwrap_or_else(|| Suggestion {
                doc: "d".into(), start: 0, end: 1, label: "claim".into(), source: None,
                rule: "r".into(), score: 1.0, why: String::new(), quote: String::new(),
            });
            (stray.start, stray.end, stray.label) = (n - 2, n, "speculation".into());
            shifted.push(stray);
        }
        let suggested = shifted.len();
        let r = replay_project(&project, &[("d".to_string(), shifted)], &registry, &[]);
        if gold == 0 {
            // Nothing to finish: the document is not replayed.
            prop_assert_eq!((r.documents, r.total.actions), (0, 0));
            return Ok(());
        }
        let c = r.total.counts;
        prop_assert!(r.total.actions >= gold);
        prop_assert!(r.total.actions <= r.total.baseline_actions + suggested, "{:?}", r.total);
        prop_assert_eq!(c.accepted_as_is + c.fixed + c.created, gold);
        prop_assert_eq!(c.accepted_as_is + c.fixed + c.rejected, suggested);
    }
}

fn project_with(doc: &Document) -> Project {
    let mut p = Project::new("p");
    p.documents.push(doc.clone());
    p
}
