//! Property tests: offset conversion on random non-ASCII texts, and re-anchoring
//! under random edits.

use marginalia::anchor::{Anchoring, reanchor_document};
use marginalia::model::{Annotation, Document, Project, TextIndex};
use marginalia::store::check_project;
use proptest::prelude::*;

/// Pieces texts are made of: Korean, emoji with modifiers and flags, combining
/// accents, curly quotes, CR/LF, plain words and spaces.
const PIECES: &[&str] = &[
    "조선", "중앙", "통신", "KCNA", "said", "the", "parade", "👋🏽", "🇰🇵", "e\u{301}", "“", "”", "’",
    " ", " ", " ", ".", ",", "\n", "\r\n", "NK", "News", "Yonhap", "ß", "İ", "\u{200d}",
];

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

fn naive_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn text_index_agrees_with_naive_conversions(text in text_strategy(400)) {
        let idx = TextIndex::new(&text);
        prop_assert_eq!(idx.char_len(), text.chars().count());
        prop_assert_eq!(idx.utf16_len(), text.encode_utf16().count());
        prop_assert_eq!(idx.byte_len(), text.len());
        for c in 0..=idx.char_len() {
            let b = idx.char_to_byte(&text, c);
            prop_assert_eq!(b, naive_byte(&text, c));
            prop_assert_eq!(idx.byte_to_char(&text, b), c);
            let u = idx.char_to_utf16(&text, c);
            prop_assert_eq!(u, text.chars().take(c).map(char::len_utf16).sum::<usize>());
            prop_assert_eq!(idx.utf16_to_char(&text, u), c);
        }
        // Any byte maps to the char containing it; past the end clamps.
        for b in 0..=text.len() + 3 {
            let c = idx.byte_to_char(&text, b);
            let expect = text.char_indices().take_while(|(i, _)| *i <= b).count().saturating_sub(1);
            let expect = if b >= text.len() { idx.char_len() } else { expect };
            prop_assert_eq!(c, expect, "byte {}", b);
        }
    }

    #[test]
    fn slices_match_char_iteration(text in text_strategy(200), a in 0usize..300, b in 0usize..300) {
        let idx = TextIndex::new(&text);
        let (s, e) = (a.min(b), a.max(b));
        let expect: String = text.chars().skip(s).take(e - s).collect();
        prop_assert_eq!(idx.slice(&text, s, e), expect.as_str());
    }
}

/// An edit of a text, in chars.
#[derive(Debug, Clone)]
enum TextEdit {
    Insert(usize, String),
    Delete(usize, usize),
}

fn edit_strategy() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        (0usize..2000, text_strategy(12)).prop_map(|(at, s)| TextEdit::Insert(at, s)),
        (0usize..2000, 1usize..30).prop_map(|(at, n)| TextEdit::Delete(at, n)),
    ]
}

/// Applies `edit` to `text`; returns the new text and the changed char range of the
/// old text (`start..end`, empty for an insertion) and the shift after it.
fn apply(text: &str, edit: &TextEdit) -> (String, usize, usize, isize) {
    let chars: Vec<char> = text.chars().collect();
    match edit {
        TextEdit::Insert(at, s) => {
            let at = at % (chars.len() + 1);
            let mut out: String = chars[..at].iter().collect();
            out.push_str(s);
            out.extend(&chars[at..]);
            (out, at, at, s.chars().count() as isize)
        }
        TextEdit::Delete(at, n) => {
            let at = at % (chars.len() + 1);
            let end = (at + n).min(chars.len());
            let mut out: String = chars[..at].iter().collect();
            out.extend(&chars[end..]);
            (out, at, end, -((end - at) as isize))
        }
    }
}

fn project_on(text: &str, spans: &[(usize, usize)]) -> Project {
    let mut p = Project::new("prop");
    p.documents.push(Document::new("d", "D", text));
    let len = p.documents[0].char_len();
    for (i, &(a, n)) in spans.iter().enumerate() {
        if len == 0 {
            break;
        }
        let start = a % len;
        let end = (start + 1 + n).min(len);
        let quote = p.documents[0].slice(start, end).to_string();
        let mut ann = Annotation::new("d", start, end, quote, "claim", "p");
        ann.id = format!("a{i}");
        p.annotations.push(ann);
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn unchanged_text_keeps_every_annotation_in_place(
        text in text_strategy(300),
        spans in prop::collection::vec((0usize..1000, 0usize..20), 0..12),
    ) {
        let mut p = project_on(&text, &spans);
        let before = p.annotations.clone();
        let report = reanchor_document(&mut p, "d", text.clone()).unwrap();
        prop_assert!(report.items.iter().all(|i| i.how == Anchoring::Kept));
        prop_assert_eq!(p.annotations, before);
    }

    #[test]
    fn annotations_whose_text_survived_are_found_again(
        text in text_strategy(300),
        spans in prop::collection::vec((0usize..1000, 0usize..20), 0..12),
        edit in edit_strategy(),
    ) {
        let mut p = project_on(&text, &spans);
        let before = p.annotations.clone();
        let (new_text, from, to, shift) = apply(&text, &edit);
        reanchor_document(&mut p, "d", new_text.clone()).unwrap();
        // Nothing is dropped, and the result is a valid project (orphans allowed).
        prop_assert_eq!(p.annotations.len(), before.len());
        let problems = check_project(&p);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        for (old, new) in before.iter().zip(&p.annotations) {
            prop_assert_eq!(&old.id, &new.id);
            // Untouched by the edit: its text survived, so it is found exactly.
            let untouched = old.end <= from || old.start >= to && !(from == to && old.start == from);
            let untouched = untouched && !(from == to && old.start < from && from < old.end);
            if untouched {
                prop_assert!(!new.orphaned, "{:?} lost in {:?}", old, new_text);
                prop_assert_eq!(&new.quote, &old.quote);
                // Where the quote occurs once, it is exactly where the edit moved it.
                if new_text.matches(old.quote.as_str()).count() == 1 {
                    let expect = if old.end <= from { old.start } else { (old.start as isize + shift) as usize };
                    prop_assert_eq!(new.start, expect);
                }
            }
            if !new.orphaned {
                let doc = &p.documents[0];
                prop_assert_eq!(doc.slice(new.start, new.end), new.quote.as_str());
            }
        }
    }
}
