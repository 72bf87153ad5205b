//! Exact search for quotes: the occurrence nearest an expected position, first in
//! growing windows around it, then (for what is still missing) in one batched pass
//! over the whole text, so that many quotes never cost one full scan each.

use std::collections::HashMap;

use crate::model::TextIndex;

/// Half-widths (in chars) of the windows searched around the expected position.
const WINDOWS: [usize; 3] = [1 << 10, 1 << 14, 1 << 16];

/// Whether an occurrence must start and end at word edges (not cut a word of the
/// new text), as the quote did in the old text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordEdges {
    /// The quote began at a word edge.
    pub start: bool,
    /// The quote ended at a word edge.
    pub end: bool,
}

impl WordEdges {
    /// True when the occurrence at byte `at` of `len` bytes respects the edges.
    fn respected(self, text: &str, at: usize, len: usize) -> bool {
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + len..).and_then(|t| t.chars().next());
        (!self.start || !word(before)) && (!self.end || !word(after))
    }
}

/// The char offset of the occurrence of `quote` in `text` nearest `expected`,
/// searching only windows of up to ±64k chars around it. Occurrences that respect
/// `edges` are preferred; one that cuts a word is taken only when the window holds
/// no other (an insertion glued to the quote).
pub fn nearest_in_window(
    text: &str,
    index: &TextIndex,
    quote: &str,
    expected: usize,
    edges: WordEdges,
) -> Option<usize> {
    let qlen = quote.chars().count();
    for half in WINDOWS {
        let from = expected.saturating_sub(half);
        let to = expected.saturating_add(half).saturating_add(qlen);
        let b0 = index.char_to_byte(text, from);
        let b1 = index.char_to_byte(text, to);
        let mut best: Option<(bool, usize, usize)> = None;
        for b in occurrences(&text[b0..b1], quote) {
            let c = index.byte_to_char(text, b0 + b);
            let key = (
                !edges.respected(text, b0 + b, quote.len()),
                c.abs_diff(expected),
                c,
            );
            if best.is_none_or(|x| key < x) {
                best = Some(key);
            }
        }
        if let Some((_, _, c)) = best {
            return Some(c);
        }
        if from == 0 && b1 == text.len() {
            break;
        }
    }
    None
}

/// Among the occurrences of `quote` that overlap the one at char `found` (a run such
/// as `"\r\n\r"` inside `"\r\n\r\n\r\n"`, where the position alone cannot tell
/// them apart), the one whose surroundings agree best with the old `prefix` (chars
/// just before) and `suffix` (chars just after). Occurrences that respect `edges`
/// come first; on a tie the one nearest `found` (so `found` itself) wins.
pub fn best_context_in_run(
    text: &str,
    index: &TextIndex,
    quote: &str,
    found: usize,
    context: (&str, &str),
    edges: WordEdges,
) -> usize {
    let (prefix, suffix) = context;
    let qlen = quote.chars().count();
    if qlen < 2 || (prefix.is_empty() && suffix.is_empty()) {
        return found;
    }
    let b0 = index.char_to_byte(text, found.saturating_sub(qlen - 1));
    let b1 = index.char_to_byte(text, found.saturating_add(2 * qlen - 1));
    let agreement = |at: usize| {
        let before = text[..at].chars().rev().zip(prefix.chars().rev());
        let after = text[at + quote.len()..].chars().zip(suffix.chars());
        before.take_while(|(a, b)| a == b).count() + after.take_while(|(a, b)| a == b).count()
    };
    let mut best: Option<(bool, std::cmp::Reverse<usize>, usize, usize)> = None;
    for b in occurrences(&text[b0..b1], quote) {
        let at = b0 + b;
        let c = index.byte_to_char(text, at);
        let key = (
            !edges.respected(text, at, quote.len()),
            std::cmp::Reverse(agreement(at)),
            c.abs_diff(found),
            c,
        );
        if best.is_none_or(|x| key < x) {
            best = Some(key);
        }
    }
    best.map_or(found, |(_, _, _, c)| c)
}

/// Byte offsets of every (possibly overlapping) occurrence of `needle` in `hay`.
fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let step = needle.chars().next().map_or(1, char::len_utf8);
    let mut from = 0usize;
    std::iter::from_fn(move || {
        if needle.is_empty() || from > hay.len() {
            return None;
        }
        let found = hay.get(from..)?.find(needle)? + from;
        from = found + step;
        Some(found)
    })
}

/// For each `(quote, expected, edges)` the char offset of the occurrence nearest
/// `expected` anywhere in `text` that respects `edges`, or `None`. One pass over the
/// text per distinct key length (at most 8): quotes are bucketed by their first
/// bytes and verified on a hit.
pub fn nearest_anywhere(
    text: &str,
    index: &TextIndex,
    wanted: &[(&str, usize, WordEdges)],
) -> Vec<Option<usize>> {
    let mut best: Vec<Option<usize>> = vec![None; wanted.len()];
    let bytes = text.as_bytes();
    for key_len in 1..=8usize {
        let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, (quote, _, _)) in wanted.iter().enumerate() {
            let q = quote.as_bytes();
            if !q.is_empty() && q.len().min(8) == key_len {
                buckets.entry(key_of(q, key_len)).or_default().push(i);
            }
        }
        if buckets.is_empty() || bytes.len() < key_len {
            continue;
        }
        let mut filter = vec![0u64; 1024];
        for k in buckets.keys() {
            let h = spread(*k);
            filter[h / 64] |= 1 << (h % 64);
        }
        for pos in 0..=bytes.len() - key_len {
            let Some(window) = bytes.get(pos..pos + key_len) else {
                break;
            };
            let k = key_of(window, key_len);
            let h = spread(k);
            if filter[h / 64] & (1 << (h % 64)) == 0 {
                continue;
            }
            let Some(ids) = buckets.get(&k) else {
                continue;
            };
            for &i in ids {
                let (quote, expected, edges) = wanted[i];
                if bytes[pos..].starts_with(quote.as_bytes())
                    && edges.respected(text, pos, quote.len())
                {
                    let c = index.byte_to_char(text, pos);
                    if best[i].is_none_or(|x| c.abs_diff(expected) < x.abs_diff(expected)) {
                        best[i] = Some(c);
                    }
                }
            }
        }
    }
    best
}

/// The first `len` (≤ 8) bytes packed into an integer.
fn key_of(bytes: &[u8], len: usize) -> u64 {
    bytes
        .iter()
        .take(len)
        .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}

/// A 16-bit position in the prefilter for a key.
fn spread(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_occurrence_wins() {
        let text = "KCNA said. Later KCNA said again. 👋🏽 KCNA";
        let idx = TextIndex::new(text);
        let any = WordEdges::default();
        let c = nearest_in_window(text, &idx, "KCNA", 20, any).unwrap();
        assert_eq!(c, 17);
        let all = nearest_anywhere(
            text,
            &idx,
            &[("KCNA", 40, any), ("said again", 0, any), ("x", 0, any)],
        );
        assert_eq!(all, vec![Some(37), Some(22), None]);
    }

    #[test]
    fn overlapping_occurrences_are_seen() {
        let idx = TextIndex::new("aaaa");
        assert_eq!(
            nearest_in_window("aaaa", &idx, "aa", 2, WordEdges::default()),
            Some(2)
        );
    }

    #[test]
    fn occurrences_that_cut_a_word_come_last() {
        let text = "claim 5000 and later claim 500.";
        let idx = TextIndex::new(text);
        let whole = WordEdges {
            start: true,
            end: true,
        };
        assert_eq!(
            nearest_in_window(text, &idx, "claim 500", 0, whole),
            Some(21)
        );
        assert_eq!(
            nearest_anywhere(text, &idx, &[("claim 500", 0, whole)]),
            vec![Some(21)]
        );
        let cut = "claim 5000 only";
        let idx = TextIndex::new(cut);
        assert_eq!(nearest_in_window(cut, &idx, "claim 500", 0, whole), Some(0));
        assert_eq!(
            nearest_anywhere(cut, &idx, &[("claim 500", 0, whole)]),
            vec![None]
        );
    }

    #[test]
    fn far_quotes_are_found_by_the_batched_pass() {
        let mut text = "x".repeat(200_000);
        text.push_str("조선중앙통신 reported");
        let idx = TextIndex::new(&text);
        let any = WordEdges::default();
        assert_eq!(nearest_in_window(&text, &idx, "조선중앙통신", 0, any), None);
        assert_eq!(
            nearest_anywhere(&text, &idx, &[("조선중앙통신", 0, any)]),
            vec![Some(200_000)]
        );
    }
}
