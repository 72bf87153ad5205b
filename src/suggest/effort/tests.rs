//! Hand-counted replays: each case says which actions an analyst takes.

use super::*;
use crate::model::Document;

/// Chars: "North Korea fired two missiles on Tuesday" 0..41, "Yonhap said"
/// 43..54, "launch" 59..65, "may signal a new test" 67..88.
const TEXT: &str =
    "North Korea fired two missiles on Tuesday, Yonhap said. The launch may signal a new test.";

fn gold(start: usize, end: usize, label: &str, source: Option<&str>) -> Annotation {
    let quote: String = TEXT.chars().skip(start).take(end - start).collect();
    let mut a = Annotation::new("d", start, end, quote, label, "gold");
    a.source = source.map(str::to_string);
    a
}

fn suggestion(start: usize, end: usize, label: &str, source: Option<&str>) -> Suggestion {
    Suggestion {
        doc: "d".into(),
        start,
        end,
        label: label.into(),
        source: source.map(str::to_string),
        rule: "r".into(),
        score: 1.0,
        why: String::new(),
        quote: TEXT.chars().skip(start).take(end - start).collect(),
    }
}

/// The replay of one document of TEXT.
fn run(gold: &[Annotation], found: Vec<Suggestion>) -> EffortReport {
    let refs: Vec<&Annotation> = gold.iter().collect();
    let docs = [GoldDocument {
        id: "d",
        text: TEXT,
        gold: &refs,
    }];
    replay(&docs, &[("d".into(), found)], &SourceRegistry::builtin())
}

#[test]
fn a_perfect_suggestion_is_one_action() {
    let r = run(
        &[gold(0, 41, "claim", None)],
        vec![suggestion(0, 41, "claim", None)],
    );
    assert_eq!((r.total.gold, r.total.actions), (1, 1));
    assert_eq!(r.total.counts.accepted_as_is, 1);
    assert_eq!(r.total.per_annotation, 1.0);
    assert_eq!(r.total.baseline_per_annotation, 2.0);
}

#[test]
fn a_span_one_word_too_long_is_two() {
    // Gold "Korea fired …", suggested "North Korea fired …": accept + 1 word.
    let r = run(
        &[gold(6, 41, "claim", None)],
        vec![suggestion(0, 41, "claim", None)],
    );
    assert_eq!(r.total.actions, 2);
    assert_eq!(
        (r.total.counts.fixed, r.total.counts.boundary_words),
        (1, 1)
    );
    // One word short at each end: 1 + 2.
    let r = run(
        &[gold(0, 54, "claim", None)],
        vec![suggestion(6, 49, "claim", None)],
    );
    assert_eq!(r.total.actions, 3);
}

#[test]
fn a_wrong_span_is_a_reject_and_a_create() {
    let r = run(
        &[gold(0, 41, "claim", None)],
        vec![suggestion(59, 65, "claim", None)],
    );
    assert_eq!(r.total.actions, 1 + 2);
    assert_eq!((r.total.counts.rejected, r.total.counts.created), (1, 1));
    // Overlapping but far off (9 words too long): rejecting is cheaper.
    let r = run(
        &[gold(0, 41, "claim", None)],
        vec![suggestion(0, 88, "claim", None)],
    );
    assert_eq!(r.total.actions, 3);
    // Right span, wrong label: never relabelled.
    let r = run(
        &[gold(0, 41, "claim", None)],
        vec![suggestion(0, 41, "speculation", None)],
    );
    assert_eq!(r.total.actions, 3);
    let spec = r
        .labels
        .iter()
        .find(|l| l.label.as_deref() == Some("speculation"));
    assert_eq!(spec.map(|l| (l.gold, l.actions)), Some((0, 1)));
}

#[test]
fn no_suggestion_is_two_and_one_more_for_a_source() {
    let g = [
        gold(0, 41, "claim", None),
        gold(43, 54, "attribution", Some("Yonhap")),
    ];
    let r = run(&g, vec![]);
    assert_eq!(
        (r.total.gold, r.total.actions, r.total.baseline_actions),
        (2, 5, 5)
    );
    assert_eq!(r.total.per_annotation, 2.5);
    let attribution = r
        .labels
        .iter()
        .find(|l| l.label.as_deref() == Some("attribution"));
    assert_eq!(attribution.map(|l| l.actions), Some(3));
}

#[test]
fn an_attribution_with_the_wrong_source_costs_a_pick() {
    let g = [gold(43, 54, "attribution", Some("Yonhap"))];
    let r = run(&g, vec![suggestion(43, 54, "attribution", Some("KCNA"))]);
    assert_eq!(r.total.actions, 2);
    assert_eq!(r.total.counts.sources_picked, 1);
    // The same source through an alias is no pick.
    let r = run(
        &g,
        vec![suggestion(43, 54, "attribution", Some("연합뉴스"))],
    );
    assert_eq!(r.total.actions, 1);
}

#[test]
fn two_suggestions_over_one_span_are_one_accept_and_one_reject() {
    let r = run(
        &[gold(0, 41, "claim", None)],
        vec![
            suggestion(0, 41, "claim", None),
            suggestion(6, 41, "claim", None),
        ],
    );
    assert_eq!(r.total.actions, 2);
    assert_eq!(
        (r.total.counts.accepted_as_is, r.total.counts.rejected),
        (1, 1)
    );
}

#[test]
fn words_are_counted_in_chars_on_korean_emoji_and_accents() {
    // "조선중앙통신 said 🎈 cafe\u{301}." — the accent is a second char of the word.
    let text = "조선중앙통신 said 🎈 cafe\u{301}.";
    let w = WordIndex::new(text);
    let n = text.chars().count();
    assert_eq!(w.moves(0, 6), 1); // 조선중앙통신
    assert_eq!(w.moves(6, 11), 1); // " said"
    assert_eq!(w.moves(11, n - 1), 1); // " 🎈 café": the emoji is no word
    assert_eq!(w.moves(n - 1, n), 1); // the full stop alone
    assert_eq!(w.moves(2, 6), 1); // from inside the word
    assert_eq!(w.moves(0, n), 3);
    assert_eq!(w.moves(5, 5), 0);
    assert_eq!(w.moves(0, n + 10), 3, "past the end: clamped, no panic");
}

#[test]
fn a_project_replays_its_annotated_documents_only() {
    let mut p = Project::new("e");
    p.documents.push(Document::new("d", "t", TEXT));
    p.documents.push(Document::new("e", "empty", TEXT));
    p.annotations.push(gold(0, 41, "claim", None));
    let mut orphan = gold(67, 88, "speculation", None);
    orphan.orphaned = true;
    p.annotations.push(orphan);
    let found = vec![
        ("d".to_string(), vec![suggestion(0, 41, "claim", None)]),
        ("e".to_string(), vec![suggestion(0, 41, "claim", None)]),
    ];
    let r = replay_project(&p, &found, &SourceRegistry::builtin(), &[]);
    assert_eq!((r.documents, r.total.gold, r.total.actions), (1, 1, 1));
    let only_spec = replay_project(
        &p,
        &found,
        &SourceRegistry::builtin(),
        &["speculation".into()],
    );
    assert_eq!(only_spec.documents, 0);
}

#[test]
fn overlapping_gold_is_found_among_nested_and_disjoint_spans() {
    let g = [
        gold(0, 88, "claim", None),
        gold(43, 54, "attribution", Some("Yonhap")),
        gold(6, 11, "claim", None),
        gold(59, 65, "claim", None),
    ];
    let refs: Vec<&Annotation> = g.iter().collect();
    let index = GoldByStart::new(&refs);
    let hits = |a, b| {
        let mut v: Vec<usize> = index.overlapping(a, b).collect();
        v.sort();
        v
    };
    assert_eq!(hits(44, 45), vec![0, 1]);
    assert_eq!(hits(10, 60), vec![0, 1, 2, 3]);
    assert_eq!(hits(88, 90), Vec::<usize>::new());
    assert_eq!(hits(11, 43), vec![0]);
}
