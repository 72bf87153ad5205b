//! Properties of suggestions on random news-like text (Korean, emoji, curly
//! quotes, combining accents, CRLF): offsets exact, no suggestion overlapping
//! a rejected span, none duplicating an annotation already there.

use marginalia::model::{Annotation, Document, Project};
use marginalia::suggest::{RejectedSpan, SuggestScope, Suggester, suggest_project};
use proptest::prelude::*;
use std::sync::LazyLock;

/// Built once: compiling the rules is the slow part.
static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| Suggester::builtin().unwrap());

const PIECES: &[&str] = &[
    "According to NK News, ",
    "KCNA said ",
    "조선중앙통신 said ",
    "the missile may fly ",
    "600 km ",
    "on Tuesday",
    ". ",
    ", ",
    "\r\n",
    "\n\n",
    "👋🏽 ",
    "🎆",
    "“new” ",
    "e\u{301} ",
    "is believed to be ",
    "North Korea fired two missiles",
    "Yonhap reported that ",
    "평양 ",
    "analysts said",
    "could ",
    "May ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 1..40)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

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

fn project_with(doc: &Document) -> Project {
    let mut p = Project::new("p");
    p.documents.push(doc.clone());
    p
}
