//! BIO tags per label: `O`, then `B-` (a span's first token) and `I-` (its other
//! tokens) for each of claim, speculation and attribution. Gold tags from
//! annotations, legal moves while decoding, and spans back from tags.

use super::tokens::Token;
use crate::suggest::{ATTRIBUTION, CLAIM, SPECULATION};

/// The labels the model tags, in tag order.
pub const LABELS: [&str; 3] = [CLAIM, SPECULATION, ATTRIBUTION];
/// `O` plus a `B-` and an `I-` tag per label.
pub const TAGS: usize = 1 + 2 * LABELS.len();
/// Outside every span.
pub const O: usize = 0;

/// The `B-` tag of label index `l`.
pub fn begin(l: usize) -> usize {
    1 + l
}

/// The `I-` tag of label index `l`.
pub fn inside(l: usize) -> usize {
    1 + LABELS.len() + l
}

/// The label index of a `B-` or `I-` tag.
pub fn label_of(tag: usize) -> Option<usize> {
    match tag {
        O => None,
        t if t <= LABELS.len() => Some(t - 1),
        t if t < TAGS => Some(t - 1 - LABELS.len()),
        _ => None,
    }
}

/// The index of label id `label` in [`LABELS`].
pub fn label_index(label: &str) -> Option<usize> {
    LABELS.iter().position(|l| *l == label)
}

/// True when `tag` may follow `prev`: an `I-` tag only continues its own label.
pub fn allowed(prev: usize, tag: usize) -> bool {
    if tag <= LABELS.len() {
        return true;
    }
    label_of(tag) == label_of(prev) && prev != O
}

/// The gold tags of `tokens` (one document, in order) from its spans `(start,
/// end, label index)` in chars. A token belongs to a span when it starts inside
/// it; where spans overlap, the one that starts first (the longer at equal
/// starts) keeps the tokens.
pub fn gold_tags(tokens: &[Token], spans: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut spans = spans.to_vec();
    spans.sort_by_key(|&(s, e, l)| (s, std::cmp::Reverse(e), l));
    let mut tags = vec![O; tokens.len()];
    for (s, e, l) in spans {
        let first = tokens.partition_point(|t| t.start < s);
        let mut k = first;
        let taken = tokens[first..]
            .iter()
            .take_while(|t| t.start < e)
            .zip(&tags[first..])
            .any(|(_, &t)| t != O);
        if taken {
            continue;
        }
        while k < tokens.len() && tokens[k].start < e {
            tags[k] = if k == first { begin(l) } else { inside(l) };
            k += 1;
        }
    }
    tags
}

/// The spans of `tags` over `tokens`: `(first token, last token + 1, label
/// index)`. A `B-` tag starts a span; `I-` tags of the same label continue it.
pub fn spans_of(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let continues = open.is_some_and(|(_, l)| t == inside(l));
        if continues {
            continue;
        }
        if let Some((s, l)) = open.take() {
            out.push((s, i, l));
        }
        if let Some(l) = label_of(t) {
            open = Some((i, l));
        }
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(start: usize, end: usize) -> Token {
        Token {
            byte_start: start,
            byte_end: end,
            start,
            end,
        }
    }

    #[test]
    fn gold_tags_and_spans_round_trip_and_overlaps_keep_the_first() {
        let tokens: Vec<Token> = (0..6).map(|i| tok(i * 2, i * 2 + 1)).collect();
        let tags = gold_tags(&tokens, &[(0, 5, 0), (6, 11, 2), (2, 3, 1)]);
        assert_eq!(tags, vec![1, 4, 4, 3, 6, 6]);
        assert_eq!(spans_of(&tags), vec![(0, 3, 0), (3, 6, 2)]);
        assert_eq!(
            spans_of(&[O, inside(1), O, begin(0), begin(0)]),
            [(1, 2, 1), (3, 4, 0), (4, 5, 0)]
        );
        assert!(allowed(begin(1), inside(1)) && !allowed(O, inside(1)));
        assert!(!allowed(begin(0), inside(1)) && allowed(inside(2), begin(0)));
    }
}
