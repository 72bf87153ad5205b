//! Property tests: corpus search equals a naive scan, char by char, over random
//! texts of Korean, emoji (with skin tones), accented and combining letters, Greek
//! sigmas, curly quotes and line breaks — in every mode, with restrictions to
//! annotations, and with the labels shown for each hit.

use marginalia::model::{Annotation, Document, Project};
use marginalia::search::{CorpusIndex, Query, ResultLine, Within, search};
use proptest::prelude::*;

const ALPHABET: &[char] = &[
    'a', 'A', 'b', 'B', 'é', 'É', 'e', '\u{301}', '조', '선', '👋', '🏽', ' ', '\n', '“', '”', 'σ',
    'Σ', 'ς', '_', '1',
];

/// Word chars of the alphabet, as the regex crate's `\w` has them (letters, digits,
/// `_`, combining marks); emoji, spaces and quotes are not.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\u{301}'
}

/// One char's single-char lowercase or uppercase, or itself.
fn single(mut it: impl Iterator<Item = char>, c: char) -> char {
    match (it.next(), it.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

fn same(a: char, b: char, case_sensitive: bool) -> bool {
    a == b
        || (!case_sensitive
            && (single(a.to_lowercase(), a) == single(b.to_lowercase(), b)
                || single(a.to_uppercase(), a) == single(b.to_uppercase(), b)))
}

/// The naive scan: leftmost matches without overlaps, chars compared one by one.
fn naive(
    text: &[char],
    needle: &[char],
    case_sensitive: bool,
    whole_word: bool,
) -> Vec<(usize, usize)> {
    let n = needle.len();
    let mut out = Vec::new();
    let mut i = 0;
    while n > 0 && i + n <= text.len() {
        let matches = (0..n).all(|k| same(text[i + k], needle[k], case_sensitive));
        let cuts_start = i > 0 && is_word(text[i - 1]) && is_word(text[i]);
        let cuts_end = i + n < text.len() && is_word(text[i + n - 1]) && is_word(text[i + n]);
        if matches && !(whole_word && (cuts_start || cuts_end)) {
            out.push((i, i + n));
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

fn text_strategy(max: usize) -> impl Strategy<Value = Vec<char>> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..max)
}

/// A needle: a piece of the first text (so that it is found) or random chars.
fn needle_strategy() -> impl Strategy<Value = (Option<(usize, usize)>, Vec<char>)> {
    (
        prop::option::of((0usize..200, 1usize..5)),
        prop::collection::vec(prop::sample::select(ALPHABET), 1..4),
    )
}

const LABELS: &[&str] = &["claim", "speculation", "attribution"];

/// A project of the texts with random annotations `(doc, start, len, label)`.
fn project(texts: &[Vec<char>], spans: &[(usize, usize, usize, usize)]) -> Project {
    let mut p = Project::new("prop");
    for (i, t) in texts.iter().enumerate() {
        p.documents.push(Document::new(
            format!("d{i}"),
            "t",
            t.iter().collect::<String>(),
        ));
    }
    for &(d, s, len, l) in spans {
        let doc = &p.documents[d % texts.len()];
        let n = texts[d % texts.len()].len();
        if n == 0 {
            continue;
        }
        let start = s % n;
        let end = (start + 1 + len).min(n);
        let a = Annotation::new(
            doc.id.clone(),
            start,
            end,
            doc.slice(start, end),
            LABELS[l % 3],
            "x",
        );
        p.annotations.push(a);
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn search_equals_a_naive_scan(
        texts in prop::collection::vec(text_strategy(120), 1..4),
        (piece, random) in needle_strategy(),
        case_sensitive in any::<bool>(),
        whole_word in any::<bool>(),
        as_regex in any::<bool>(),
    ) {
        let first = &texts[0];
        let needle: Vec<char> = match piece {
            Some((s, len)) if !first.is_empty() => {
                let s = s % first.len();
                first[s..(s + len).min(first.len())].to_vec()
            }
            _ => random,
        };
        let needle_text: String = needle.iter().collect();
        let p = project(&texts, &[]);
        let query = Query {
            text: if as_regex { regex::escape(&needle_text) } else { needle_text.clone() },
            regex: as_regex,
            case_sensitive,
            whole_word,
            ..Query::default()
        };
        let got: Vec<(usize, usize, usize)> = search(&p, &query, None)
            .unwrap()
            .into_iter()
            .map(|h| (h.doc, h.start, h.end))
            .collect();
        let want: Vec<(usize, usize, usize)> = texts
            .iter()
            .enumerate()
            .flat_map(|(d, t)| naive(t, &needle, case_sensitive, whole_word).into_iter().map(move |(s, e)| (d, s, e)))
            .collect();
        prop_assert_eq!(got, want, "needle {:?}", needle_text);
    }

    #[test]
    fn restricted_hits_lie_inside_a_matching_annotation_and_show_its_labels(
        texts in prop::collection::vec(text_strategy(150), 1..3),
        spans in prop::collection::vec((0usize..3, 0usize..150, 0usize..12, 0usize..3), 0..12),
        needle in prop::collection::vec(prop::sample::select(&ALPHABET[..8]), 1..3),
        label in 0usize..3,
    ) {
        let p = project(&texts, &spans);
        let needle_text: String = needle.iter().collect();
        let everywhere = search(&p, &Query::plain(needle_text.clone()), None).unwrap();
        let restricted = Query {
            within: Within { label: Some(LABELS[label].into()), ..Within::default() },
            ..Query::plain(needle_text.clone())
        };
        let got = search(&p, &restricted, None).unwrap();
        let want: Vec<_> = everywhere
            .iter()
            .copied()
            .filter(|h| {
                let doc = &p.documents[h.doc].id;
                p.annotations.iter().any(|a| {
                    &a.doc == doc && a.label == LABELS[label] && a.start <= h.start && h.end <= a.end
                })
            })
            .collect();
        prop_assert_eq!(&got, &want);
        let index = CorpusIndex::new(&p);
        for h in everywhere {
            let line = ResultLine::of(&p, &index, h, 3).unwrap();
            let doc = &p.documents[h.doc];
            let mut labels: Vec<String> = p
                .annotations
                .iter()
                .filter(|a| a.doc == doc.id && a.start < h.end && h.start < a.end)
                .map(|a| a.label.clone())
                .collect();
            labels.sort();
            labels.dedup();
            prop_assert_eq!(&line.labels, &labels);
            let chars: Vec<char> = doc.text.chars().collect();
            prop_assert_eq!(line.text, chars[h.start..h.end].iter().collect::<String>());
            let from = h.start.saturating_sub(3);
            let to = (h.end + 3).min(chars.len());
            let context: String = chars[from..to].iter().collect::<String>().replace('\n', "⏎");
            prop_assert_eq!(line.context, context);
        }
    }
}
