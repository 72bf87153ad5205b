//! The documents table's text filter equals a fresh search of every document, one
//! after the other, whatever was typed before it (narrowed, widened, replaced) and
//! whether the documents were searched on one thread or several.

use std::ops::ControlFlow;

use proptest::prelude::*;

use super::*;
use crate::model::generate_corpus::{CorpusSpec, generate_corpus};
use crate::model::{Document, Project};

/// The naive answer: every document searched afresh, in order, through the
/// matcher's full match walk (not its "is there a match" shortcut).
fn naive(project: &Project, text: &str) -> Vec<usize> {
    let text = text.trim();
    if text.is_empty() {
        return (0..project.documents.len()).collect();
    }
    let m = Matcher::new(text, false, false, false).unwrap();
    let has = |s: &str| m.for_each(s, |_, _| ControlFlow::Break(())).is_break();
    (project.documents.iter().enumerate())
        .filter(|(_, d)| has(&d.title) || has(&d.text))
        .map(|(i, _)| i)
        .collect()
}

fn filtered(project: &Project, facts: &DocumentFacts, text: &mut TextMatches) -> Vec<usize> {
    let filter = DocumentFilter {
        text: text.text().to_string(),
        ..DocumentFilter::default()
    };
    table_rows_with(project, facts, &filter, SortBy::Project, false, "", text)
}

/// Chars with case, chars whose case folds to ASCII (Kelvin sign, long s),
/// Korean, emoji, a combining accent and a space.
const ALPHABET: &[char] = &[
    'a', 'A', 'k', 'K', '\u{212A}', 's', 'S', '\u{17F}', 'é', 'É', '조', '선', '👋', '\u{301}', ' ',
];

fn text_of(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..max)
        .prop_map(|cs| cs.into_iter().collect())
}

/// What the analyst does to the filter field: type a char, delete the last one,
/// or replace it all.
#[derive(Debug, Clone)]
enum Typing {
    Push(char),
    Pop,
    Replace(String),
}

fn typing() -> impl Strategy<Value = Typing> {
    prop_oneof![
        4 => proptest::sample::select(ALPHABET).prop_map(Typing::Push),
        2 => Just(Typing::Pop),
        1 => text_of(4).prop_map(Typing::Replace),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_typed_filter_equals_a_fresh_scan(
        docs in proptest::collection::vec((text_of(4), text_of(40)), 1..25),
        steps in proptest::collection::vec(typing(), 1..16),
    ) {
        let mut project = Project::new("p");
        project.documents = (docs.into_iter().enumerate())
            .map(|(i, (title, text))| Document::new(format!("d{i}"), title, text))
            .collect();
        let facts = DocumentFacts::new(&project);
        let mut typed = String::new();
        let mut text = TextMatches::new("").unwrap();
        for step in steps {
            match step {
                Typing::Push(c) => typed.push(c),
                Typing::Pop => {
                    typed.pop();
                }
                Typing::Replace(s) => typed = s,
            }
            // A filter that is only a combining accent or spaces is still a text.
            text.follow(&typed).unwrap();
            prop_assert_eq!(filtered(&project, &facts, &mut text), naive(&project, &typed));
        }
    }
}

#[test]
fn many_documents_are_searched_on_threads_with_the_same_answers() {
    // 400 articles of 5 kB: 2 MB, above the size searched on one thread.
    let project = generate_corpus(&CorpusSpec {
        articles: 400,
        ..CorpusSpec::CORPUS
    });
    let facts = DocumentFacts::new(&project);
    let mut text = TextMatches::new("").unwrap();
    for typed in [
        "S",
        "Si",
        "Sin",
        "Sinu",
        "Sinuiju",
        "sinuiju said",
        "Sinuiju",
        "평양",
        "KCNA",
        "kcna",
        "",
        "zzzz",
    ] {
        text.follow(typed).unwrap();
        let rows = filtered(&project, &facts, &mut text);
        assert_eq!(rows, naive(&project, typed), "{typed}");
        // And afresh, every document new to the filter.
        let mut fresh = TextMatches::new(typed).unwrap();
        assert_eq!(filtered(&project, &facts, &mut fresh), rows, "{typed}");
    }
    let sinuiju = naive(&project, "Sinuiju").len();
    assert!(sinuiju > 0 && sinuiju < project.documents.len());
}

#[test]
fn the_text_followed_is_trimmed_and_kept_on_error() {
    let mut text = TextMatches::new(" KCNA ").unwrap();
    assert_eq!(text.text(), "KCNA");
    text.follow("  KCNA said ").unwrap();
    assert_eq!(text.text(), "KCNA said");
}

#[test]
fn only_the_kelvin_sign_and_the_long_s_fold_to_ascii_and_nothing_into_the_caseless() {
    // The byte scan of `CaselessFinder` is exact only because of this: a case-insensitive
    // ASCII char matches no char outside ASCII but these two, and a Hangul or CJK
    // char matches only itself (checked against the regex crate's own folding).
    let ascii = regex::Regex::new(r"(?i)^[\x00-\x7F]$").unwrap();
    let caseless = regex::Regex::new(
        r"(?i)^[\x{AC00}-\x{D7A3}\x{1100}-\x{11FF}\x{3130}-\x{318F}\x{4E00}-\x{9FFF}\x{3400}-\x{4DBF}]$",
    )
    .unwrap();
    let mut to_ascii = Vec::new();
    let mut buf = [0u8; 4];
    for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
        let s: &str = c.encode_utf8(&mut buf);
        if ascii.is_match(s) {
            to_ascii.push(c);
        }
        assert_eq!(
            caseless.is_match(s),
            super::caseless_find::is_caseless(c),
            "{c:?}"
        );
    }
    assert_eq!(to_ascii, ['\u{17F}', '\u{212A}']);
}

#[test]
fn the_byte_scan_finds_what_the_regex_finds() {
    let mut project = Project::new("p");
    for (i, text) in [
        "SINUIJU said",
        "\u{17F}inuiju (a long s)",
        "\u{212A}CNA (a Kelvin sign)",
        "조선중앙통신 보도",
        "Café owners",
        "Cafe\u{301} owners",
        "nothing here",
    ]
    .into_iter()
    .enumerate()
    {
        project
            .documents
            .push(Document::new(format!("d{i}"), "t", text));
    }
    let facts = DocumentFacts::new(&project);
    for (typed, want) in [
        ("sinuiju", &[0, 1][..]),
        ("kcna", &[2][..]),
        ("조선", &[3][..]),
        ("CAFÉ", &[4][..]),
        ("cafe", &[5][..]),
        ("owners", &[4, 5][..]),
    ] {
        assert_eq!(naive(&project, typed), want, "{typed}");
        let mut text = TextMatches::new(typed).unwrap();
        assert_eq!(filtered(&project, &facts, &mut text), want, "{typed}");
    }
}
