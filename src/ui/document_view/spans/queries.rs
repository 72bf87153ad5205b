//! What the view asks a [`SpanIndex`] once it is built: the spans of a block, the
//! innermost one at a char, those covering or touching a range, a block's signature
//! (to reuse its layout) and its background segments. Apart from `mod.rs`, which
//! builds and patches the index.

use std::cmp::Reverse;
use std::hash::{Hash, Hasher};

use super::super::blocks::Block;
use super::super::segments::innermost_segments;
use super::{Span, SpanIndex};

impl SpanIndex {
    /// Inputs of the spans that are exactly `start..end` (binary search).
    pub fn with_span(&self, start: usize, end: usize) -> Vec<usize> {
        let Some(list) = self.blocks.get(self.block_of(start)) else {
            return Vec::new();
        };
        let key = Some((start, Reverse(end), 0));
        let from = list.partition_point(|&i| self.spans.get(i).map(Span::order) < key);
        list[from..]
            .iter()
            .filter_map(|&i| self.spans.get(i))
            .take_while(|s| s.start == start && s.end == end)
            .map(|s| s.input)
            .collect()
    }

    /// Inputs of the spans that overlap or touch `from..=to`, from the blocks that
    /// hold that range only (sorted, each once).
    pub fn touching(&self, from: usize, to: usize) -> Vec<usize> {
        let mut out: Vec<usize> = (self.block_of(from)..=self.block_of(to))
            .flat_map(|k| self.in_block(k))
            .filter_map(|&i| self.spans.get(i))
            .filter(|s| s.start <= to && s.end >= from)
            .map(|s| s.input)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Slots (into `spans`) of the spans touching block `k`, in span order.
    pub fn in_block(&self, k: usize) -> &[usize] {
        self.blocks.get(k).map_or(&[], Vec::as_slice)
    }

    /// The innermost (shortest) span covering char `c` of block `k`.
    #[cfg(test)]
    pub fn innermost_at(&self, k: usize, c: usize) -> Option<&Span> {
        self.covering(k, c).into_iter().next()
    }

    /// Every span covering char `c` of block `k`, innermost (shortest) first; of two
    /// as long, the one starting later, then by input position (spans on exactly
    /// the same text keep a fixed order, so that clicks cycle through all of them).
    pub fn covering(&self, k: usize, c: usize) -> Vec<&Span> {
        let mut out: Vec<&Span> = self
            .in_block(k)
            .iter()
            .filter_map(|&i| self.spans.get(i))
            .filter(|s| s.start <= c && c < s.end)
            .collect();
        out.sort_by_key(|s| (s.len(), Reverse(s.start), s.input));
        out
    }

    /// Slot (into `spans`) of input annotation `input`'s span; `None` when it was
    /// empty or is out of range.
    pub fn index_of_input(&self, input: usize) -> Option<usize> {
        self.of_input
            .get(input)
            .copied()
            .filter(|&i| self.spans.get(i).is_some_and(|s| s.input == input))
    }

    /// A fingerprint of what block `k`'s backgrounds depend on, so that its cached
    /// galley is rebuilt only when its own annotations change.
    pub fn block_signature(&self, k: usize, block: &Block) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for &i in self.in_block(k) {
            if let Some(s) = self.spans.get(i) {
                (s.start.max(block.start), s.end.min(block.end), s.rgb).hash(&mut h);
            }
        }
        h.finish()
    }

    /// Background segments of block `k`: block-relative char ranges with the span
    /// (slot in `spans`) that paints them, the innermost one covering them (of two
    /// as short, the first in span order).
    pub fn background_segments(&self, k: usize, block: &Block) -> Vec<(usize, usize, usize)> {
        let list = self.in_block(k);
        let members: Vec<(usize, usize, usize)> = list
            .iter()
            .enumerate()
            .filter_map(|(n, &i)| {
                let s = self.spans.get(i)?;
                let (a, b) = (s.start.max(block.start), s.end.min(block.end));
                (a < b).then_some((a - block.start, b - block.start, n))
            })
            .collect();
        let len_of = |n: usize| {
            list.get(n)
                .and_then(|&i| self.spans.get(i))
                .map_or(0, Span::len)
        };
        innermost_segments(&members, len_of)
            .into_iter()
            .filter_map(|(a, b, n)| Some((a, b, *list.get(n)?)))
            .collect()
    }
}
