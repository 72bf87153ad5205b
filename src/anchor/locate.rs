//! Finding where each selector's quote is in a new text.

use super::exact::{WordEdges, best_context_in_run, nearest_anywhere, nearest_in_window};
use super::fuzzy::{ApproxMatch, approx_matches, similarity};
use super::selector::{CONTEXT_CHARS, QuoteSelector};
use crate::model::TextIndex;

/// The lowest combined score (0..1) a fuzzy match needs to be accepted.
pub const MIN_FUZZY_SCORE: f32 = 0.65;

/// The longest quote (chars) looked for fuzzily; longer ones are found exactly or
/// orphaned, so one annotation never costs more than a few million steps.
const MAX_FUZZY_QUOTE: usize = 4096;

/// How an annotation was re-attached.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchoring {
    /// The exact quote is still at the old offsets.
    Kept,
    /// The exact quote was found elsewhere (nearest the expected position).
    Moved,
    /// A close but not exact match was accepted.
    Fuzzy {
        /// The combined score, `MIN_FUZZY_SCORE..=1`.
        score: f32,
    },
    /// Not found.
    Orphaned,
}

impl Anchoring {
    /// `kept`, `moved`, `fuzzy` or `orphaned`.
    pub fn name(self) -> &'static str {
        match self {
            Anchoring::Kept => "kept",
            Anchoring::Moved => "moved",
            Anchoring::Fuzzy { .. } => "fuzzy",
            Anchoring::Orphaned => "orphaned",
        }
    }
}

/// Where a selector ended up: new offsets (the old ones for an orphan) and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// First char in the new text.
    pub start: usize,
    /// End (exclusive) in the new text.
    pub end: usize,
    /// How it was found.
    pub how: Anchoring,
}

/// Places every selector in `text` (see [`crate::anchor`] for the order of
/// attempts). Returns one placement per selector, in the same order.
pub fn locate_all(selectors: &[QuoteSelector], text: &str, index: &TextIndex) -> Vec<Placement> {
    let len = index.char_len();
    let orphan = |s: &QuoteSelector| Placement {
        start: s.start,
        end: s.end,
        how: Anchoring::Orphaned,
    };
    let mut out: Vec<Placement> = selectors.iter().map(orphan).collect();
    let mut expected = vec![0usize; selectors.len()];
    let mut missing: Vec<usize> = Vec::new();

    let mut order: Vec<usize> = (0..selectors.len()).collect();
    order.sort_by_key(|&i| (selectors[i].start, selectors[i].end));
    let mut delta: isize = 0;
    for i in order {
        let s = &selectors[i];
        let qlen = s.quote.chars().count();
        if qlen == 0 {
            continue;
        }
        if s.start < s.end && s.end <= len && index.slice(text, s.start, s.end) == s.quote {
            // Still there, unless it is one of a run of overlapping copies and its
            // old context now sits around another copy of the run.
            let c = in_run_by_context(s, text, index, s.start);
            out[i] = Placement {
                start: c,
                end: c + qlen,
                how: if c == s.start {
                    Anchoring::Kept
                } else {
                    Anchoring::Moved
                },
            };
            delta = c as isize - s.start as isize;
            continue;
        }
        let exp = (s.start as isize)
            .saturating_add(delta)
            .clamp(0, len as isize) as usize;
        expected[i] = exp;
        match nearest_in_window(text, index, &s.quote, exp, word_edges(s)) {
            Some(c) => {
                let c = in_run_by_context(s, text, index, c);
                out[i] = Placement {
                    start: c,
                    end: c + qlen,
                    how: Anchoring::Moved,
                };
                delta = c as isize - s.start as isize;
            }
            None => missing.push(i),
        }
    }

    if !missing.is_empty() {
        let wanted: Vec<(&str, usize, WordEdges)> = missing
            .iter()
            .map(|&i| {
                let s = &selectors[i];
                (s.quote.as_str(), expected[i], word_edges(s))
            })
            .collect();
        let found = nearest_anywhere(text, index, &wanted);
        let mut fuzzy = Vec::new();
        for (&i, hit) in missing.iter().zip(found) {
            match hit {
                Some(c) => {
                    let c = in_run_by_context(&selectors[i], text, index, c);
                    out[i] = Placement {
                        start: c,
                        end: c + selectors[i].quote.chars().count(),
                        how: Anchoring::Moved,
                    }
                }
                None => fuzzy.push(i),
            }
        }
        if !fuzzy.is_empty() {
            let mut taken: Vec<(usize, usize)> = out
                .iter()
                .filter(|p| matches!(p.how, Anchoring::Kept | Anchoring::Moved))
                .map(|p| (p.start, p.end))
                .collect();
            taken.sort_unstable();
            for i in fuzzy {
                if let Some(p) = fuzzy_place(&selectors[i], text, index, expected[i], &taken) {
                    out[i] = p;
                }
            }
        }
    }
    out
}

/// The occurrence of `s`'s quote, among those overlapping the one found at `c`,
/// whose old context agrees best (see [`best_context_in_run`]).
fn in_run_by_context(s: &QuoteSelector, text: &str, index: &TextIndex, c: usize) -> usize {
    let context = (s.prefix.as_str(), s.suffix.as_str());
    best_context_in_run(text, index, &s.quote, c, context, word_edges(s))
}

/// Whether the quote began and ended at word edges of the old text (unknown, so
/// not required, without context).
fn word_edges(s: &QuoteSelector) -> WordEdges {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    WordEdges {
        start: s.has_context && word(s.quote.chars().next()) && !word(s.prefix.chars().next_back()),
        end: s.has_context && word(s.quote.chars().next_back()) && !word(s.suffix.chars().next()),
    }
}

/// True when `start..end` mostly coincides (80% of both lengths) with a span an
/// exact match already holds: the fuzzy match is then a near-identical neighbour
/// (the next numbered paragraph, a repeated sentence), not this annotation's text.
fn held_by_exact(taken: &[(usize, usize)], start: usize, end: usize) -> bool {
    // `taken` is sorted by start; a span starting further back than this cannot
    // overlap 80% of both (its length would exceed 1.25 × the candidate's).
    let floor = start.saturating_sub(2 * MAX_FUZZY_QUOTE);
    let first = taken.partition_point(|&(s, _)| s < floor);
    taken[first..]
        .iter()
        .take_while(|&&(s, _)| s < end)
        .any(|&(s, e)| {
            let overlap = end.min(e).saturating_sub(start.max(s));
            overlap * 5 >= (end - start) * 4 && overlap * 5 >= (e - s) * 4
        })
}

/// The best fuzzy placement of `s` near `expected`, if any scores high enough.
fn fuzzy_place(
    s: &QuoteSelector,
    text: &str,
    index: &TextIndex,
    expected: usize,
    taken: &[(usize, usize)],
) -> Option<Placement> {
    let quote: Vec<char> = s.quote.chars().collect();
    let m = quote.len();
    let max_errors = m / 4;
    if max_errors == 0 || m > MAX_FUZZY_QUOTE {
        return None;
    }
    let slack = m.max(512);
    let w0 = expected.saturating_sub(slack + CONTEXT_CHARS);
    let w1 = expected.saturating_add(m + slack + CONTEXT_CHARS);
    let window: Vec<char> = index.slice(text, w0, w1).chars().collect();
    let mut matches = approx_matches(&quote, &window, max_errors);
    matches.sort_by_key(|am| (am.errors, (w0 + am.start).abs_diff(expected)));
    matches.truncate(32);
    let prefix: Vec<char> = s.prefix.chars().collect();
    let suffix: Vec<char> = s.suffix.chars().collect();
    let mut best: Option<Placement> = None;
    let mut best_score = 0.0f32;
    for am in matches {
        let (start, end) = snap_to_word_edges(&window, am.start, am.end, s);
        let am = ApproxMatch { start, end, ..am };
        if held_by_exact(taken, w0 + am.start, w0 + am.end) {
            continue;
        }
        let found = &window[am.start..am.end];
        let q = similarity(&quote, found);
        let distance = (w0 + am.start).abs_diff(expected) as f32;
        let pos = 1.0 - (distance / (slack + m) as f32).min(1.0);
        let score = if s.has_context {
            let before = &window[am.start.saturating_sub(CONTEXT_CHARS)..am.start];
            let after_end = am.end.saturating_add(CONTEXT_CHARS).min(window.len());
            let after = &window[am.end..after_end];
            let p = similarity(&prefix, before);
            let x = similarity(&suffix, after);
            (50.0 * q + 20.0 * p + 20.0 * x + 2.0 * pos) / 92.0
        } else {
            (50.0 * q + 2.0 * pos) / 52.0
        };
        if score >= MIN_FUZZY_SCORE && score > best_score {
            best_score = score;
            best = Some(Placement {
                start: w0 + am.start,
                end: w0 + am.end,
                how: Anchoring::Fuzzy { score },
            });
        }
    }
    best
}

/// Longest stretch a fuzzy match is extended by to reach a word edge.
const MAX_SNAP: usize = 16;

/// Extends a fuzzy match that stops inside a word to the word's edge, when the old
/// quote began (ended) at a word edge: an edit that lengthened the last word of a
/// quote ("figure" → "figures") then keeps the whole word.
fn snap_to_word_edges(
    window: &[char],
    mut start: usize,
    mut end: usize,
    s: &QuoteSelector,
) -> (usize, usize) {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let starts_word = word(s.quote.chars().next()) && !word(s.prefix.chars().next_back());
    let ends_word = word(s.quote.chars().next_back()) && !word(s.suffix.chars().next());
    if starts_word {
        let floor = start.saturating_sub(MAX_SNAP);
        while start > floor
            && word(window.get(start).copied())
            && word(window.get(start - 1).copied())
        {
            start -= 1;
        }
    }
    if ends_word {
        let ceiling = end.saturating_add(MAX_SNAP).min(window.len());
        while end < ceiling
            && end > 0
            && word(window.get(end - 1).copied())
            && word(window.get(end).copied())
        {
            end += 1;
        }
    }
    (start, end)
}
