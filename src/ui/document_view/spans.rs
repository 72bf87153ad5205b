//! Annotations as drawable spans: sorted once per change, mapped to blocks, given
//! an underline lane each (one lane per overlap depth), and cut into background
//! segments (the innermost annotation wins the background).

use std::collections::{BTreeSet, BinaryHeap};
use std::hash::{Hash, Hasher};

use std::cmp::Reverse;

use super::blocks::Block;

/// One annotation as the view draws it. Its id is not copied: `input` points back
/// to the annotation in the list the index was built from (same generation, same
/// order), so a rebuild over 100,000 annotations allocates nothing per annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// First char (document offset).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The label's colour.
    pub rgb: [u8; 3],
    /// Index of the annotation in the list the index was built from.
    pub input: usize,
}

impl Span {
    fn len(&self) -> usize {
        self.end - self.start
    }

    /// The index's order: by start, longest first, then input order.
    fn order(&self) -> (usize, Reverse<usize>, usize) {
        (self.start, Reverse(self.end), self.input)
    }
}

/// The spans of one document, sorted by (start, longest first, input order), with their lanes
/// and, per block, the spans touching it (compressed: `block_offsets[k]..[k+1]`
/// indexes `block_spans`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanIndex {
    /// The spans, sorted.
    pub spans: Vec<Span>,
    /// Underline lane of each span (0 = outermost).
    pub lanes: Vec<usize>,
    block_offsets: Vec<usize>,
    block_spans: Vec<usize>,
    /// For each input annotation, its span's index (`usize::MAX` when dropped).
    of_input: Vec<usize>,
}

impl SpanIndex {
    /// Builds the index. Empty spans are dropped (nothing to draw or click); spans
    /// are clamped to `char_len`. O(A log A + total block coverage).
    pub fn new(mut spans: Vec<Span>, blocks: &[Block], char_len: usize) -> Self {
        for s in &mut spans {
            s.end = s.end.min(char_len);
        }
        spans.retain(|s| s.start < s.end);
        // `input` is unique, so an unstable sort gives the one order there is.
        spans.sort_unstable_by_key(Span::order);
        Self::from_sorted(spans, blocks)
    }

    /// The index after the annotations at the `changed` inputs changed: their old
    /// spans are dropped, `added` (their spans now, any order) put in place, and
    /// lanes and the block table computed again — O(A) over plain numbers, no sort
    /// and no look at the annotations themselves. Equal to [`SpanIndex::new`] over
    /// the whole new list.
    pub fn patch(
        &mut self,
        changed: impl Fn(usize) -> bool,
        mut added: Vec<Span>,
        blocks: &[Block],
        char_len: usize,
    ) {
        let mut spans = std::mem::take(&mut self.spans);
        spans.retain(|s| !changed(s.input));
        for s in &mut added {
            s.end = s.end.min(char_len);
        }
        added.retain(|s| s.start < s.end);
        added.sort_unstable_by_key(Span::order);
        for s in added {
            let at = spans.partition_point(|x| x.order() < s.order());
            spans.insert(at, s);
        }
        *self = Self::from_sorted(spans, blocks);
    }

    /// Lanes, block table and input map of spans already sorted by [`Span::order`].
    fn from_sorted(spans: Vec<Span>, blocks: &[Block]) -> Self {
        let lanes = assign_lanes(&spans);
        // Compressed block → spans table: count, prefix-sum, fill. The spans come
        // by start, so the first block of each is found by walking forward.
        let mut counts = vec![0usize; blocks.len() + 1];
        let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
        let mut first = 0usize;
        for s in &spans {
            while blocks.get(first + 1).is_some_and(|b| b.start <= s.start) {
                first += 1;
            }
            let mut last = first;
            while blocks.get(last + 1).is_some_and(|b| b.start < s.end) {
                last += 1;
            }
            ranges.push((first, last));
        }
        for &(first, last) in &ranges {
            for k in first..=last {
                if let Some(c) = counts.get_mut(k + 1) {
                    *c += 1;
                }
            }
        }
        for k in 1..counts.len() {
            counts[k] += counts[k - 1];
        }
        let mut fill = counts.clone();
        let mut block_spans = vec![0usize; counts.last().copied().unwrap_or(0)];
        for (i, &(first, last)) in ranges.iter().enumerate() {
            for slot in fill.get_mut(first..=last).unwrap_or_default() {
                if let Some(b) = block_spans.get_mut(*slot) {
                    *b = i;
                }
                *slot += 1;
            }
        }
        let inputs = spans.iter().map(|s| s.input + 1).max().unwrap_or(0);
        let mut of_input = vec![usize::MAX; inputs];
        for (i, s) in spans.iter().enumerate() {
            if let Some(slot) = of_input.get_mut(s.input) {
                *slot = i;
            }
        }
        SpanIndex {
            spans,
            lanes,
            block_offsets: counts,
            block_spans,
            of_input,
        }
    }

    /// Inputs of the spans that are exactly `start..end` (binary search).
    pub fn with_span(&self, start: usize, end: usize) -> Vec<usize> {
        let key = (start, Reverse(end), 0);
        let from = self.spans.partition_point(|s| s.order() < key);
        self.spans[from..]
            .iter()
            .take_while(|s| s.start == start && s.end == end)
            .map(|s| s.input)
            .collect()
    }

    /// Indices (into `spans`) of the spans touching block `k`, in span order.
    pub fn in_block(&self, k: usize) -> &[usize] {
        match (self.block_offsets.get(k), self.block_offsets.get(k + 1)) {
            (Some(&a), Some(&b)) => self.block_spans.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The innermost (shortest) span covering char `c` of block `k`.
    pub fn innermost_at(&self, k: usize, c: usize) -> Option<&Span> {
        self.in_block(k)
            .iter()
            .filter_map(|&i| self.spans.get(i))
            .filter(|s| s.start <= c && c < s.end)
            .min_by_key(|s| (s.len(), Reverse(s.start)))
    }

    /// Index (into `spans`) of input annotation `input`'s span; `None` when it was
    /// empty or is out of range.
    pub fn index_of_input(&self, input: usize) -> Option<usize> {
        self.of_input
            .get(input)
            .copied()
            .filter(|&i| i < self.spans.len())
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
    /// (index into `spans`) that paints them, the innermost one covering them.
    pub fn background_segments(&self, k: usize, block: &Block) -> Vec<(usize, usize, usize)> {
        let members: Vec<(usize, usize, usize)> = self
            .in_block(k)
            .iter()
            .filter_map(|&i| {
                let s = self.spans.get(i)?;
                let (a, b) = (s.start.max(block.start), s.end.min(block.end));
                (a < b).then_some((a - block.start, b - block.start, i))
            })
            .collect();
        innermost_segments(&members, |i| self.spans.get(i).map_or(0, Span::len))
    }
}

/// Greedy interval partitioning over spans sorted by (start, longest first): each
/// span takes the lowest lane free at its start, so an enclosing span gets a lower
/// lane than the spans nested in it.
pub fn assign_lanes(spans: &[Span]) -> Vec<usize> {
    // Overlaps are usually a few deep: the end of each lane in a small vector, the
    // lowest lane free at the span's start taken by a scan. Deeper piles (a
    // hostile file) go to the heaps, which stay O(n log n).
    const SCAN_LANES: usize = 32;
    let mut lane_end: Vec<usize> = Vec::new();
    let mut lanes = Vec::with_capacity(spans.len());
    for s in spans {
        let lane = match lane_end.iter().position(|&end| end <= s.start) {
            Some(l) => l,
            None if lane_end.len() < SCAN_LANES => {
                lane_end.push(0);
                lane_end.len() - 1
            }
            None => return assign_lanes_with_heaps(spans),
        };
        if let Some(end) = lane_end.get_mut(lane) {
            *end = s.end;
        }
        lanes.push(lane);
    }
    lanes
}

/// [`assign_lanes`] with a heap of busy lanes and one of free lanes.
fn assign_lanes_with_heaps(spans: &[Span]) -> Vec<usize> {
    let mut busy: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
    let mut free: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    let mut next_lane = 0usize;
    spans
        .iter()
        .map(|s| {
            while let Some(&Reverse((end, lane))) = busy.peek() {
                if end > s.start {
                    break;
                }
                busy.pop();
                free.push(Reverse(lane));
            }
            let lane = match free.pop() {
                Some(Reverse(l)) => l,
                None => {
                    next_lane += 1;
                    next_lane - 1
                }
            };
            busy.push(Reverse((s.end, lane)));
            lane
        })
        .collect()
}

/// Cuts `members` (`(start, end, id)` ranges) into maximal segments each painted by
/// the shortest member covering it (`len_of(id)` decides). Sweep in O(k log k).
pub fn innermost_segments(
    members: &[(usize, usize, usize)],
    len_of: impl Fn(usize) -> usize,
) -> Vec<(usize, usize, usize)> {
    let mut points: Vec<usize> = members.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    points.sort_unstable();
    points.dedup();
    let mut by_start: Vec<&(usize, usize, usize)> = members.iter().collect();
    by_start.sort_by_key(|m| m.0);
    let mut by_end: Vec<&(usize, usize, usize)> = members.iter().collect();
    by_end.sort_by_key(|m| m.1);
    let (mut si, mut ei) = (0usize, 0usize);
    let mut active: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for pair in points.windows(2) {
        let (p, q) = (pair[0], pair[1]);
        while let Some(&&(a, _, id)) = by_start.get(si) {
            if a > p {
                break;
            }
            active.insert((len_of(id), id));
            si += 1;
        }
        while let Some(&&(_, b, id)) = by_end.get(ei) {
            if b > p {
                break;
            }
            active.remove(&(len_of(id), id));
            ei += 1;
        }
        if let Some(&(_, id)) = active.first() {
            match out.last_mut() {
                Some(last) if last.1 == p && last.2 == id => last.1 = q,
                _ => out.push((p, q, id)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::blocks::{Block, split_blocks};
    use super::*;

    /// An index over named spans; names are looked up through `Span::input`.
    struct Named {
        idx: SpanIndex,
        names: Vec<&'static str>,
    }

    impl Named {
        fn new(list: &[(&'static str, usize, usize)], blocks: &[Block], len: usize) -> Self {
            let spans = list
                .iter()
                .enumerate()
                .map(|(input, &(_, start, end))| Span {
                    start,
                    end,
                    rgb: [1, 2, 3],
                    input,
                })
                .collect();
            Named {
                idx: SpanIndex::new(spans, blocks, len),
                names: list.iter().map(|&(n, _, _)| n).collect(),
            }
        }

        fn name(&self, span: &Span) -> &'static str {
            self.names[span.input]
        }

        fn lane(&self, name: &str) -> usize {
            let i = self
                .idx
                .spans
                .iter()
                .position(|s| self.name(s) == name)
                .unwrap();
            self.idx.lanes[i]
        }
    }

    #[test]
    fn nested_and_overlapping_spans_get_separate_lanes() {
        let n = Named::new(
            &[
                ("outer", 0, 20),
                ("inner", 5, 10),
                ("cross", 8, 25),
                ("later", 21, 30),
                ("after", 26, 28),
            ],
            &split_blocks(&"x".repeat(40), 100),
            40,
        );
        assert_eq!(n.lane("outer"), 0);
        assert_eq!(n.lane("inner"), 1);
        assert_eq!(n.lane("cross"), 2);
        assert_eq!(n.lane("later"), 0); // outer ended at 20
        assert_eq!(n.lane("after"), 1); // inner's lane is free again
    }

    #[test]
    fn same_start_puts_the_longer_span_outside() {
        let n = Named::new(
            &[("short", 3, 5), ("long", 3, 9)],
            &split_blocks("0123456789", 100),
            10,
        );
        assert_eq!(n.name(&n.idx.spans[0]), "long");
        assert_eq!(n.idx.lanes, [0, 1]);
    }

    #[test]
    fn spans_map_to_every_block_they_touch() {
        let text = "one two\nthree four\n\nfive";
        let blocks = split_blocks(text, 100);
        let n = Named::new(
            &[("a", 0, 3), ("b", 4, 13), ("c", 14, 24), ("empty", 5, 5)],
            &blocks,
            text.chars().count(),
        );
        let ids = |k: usize| -> Vec<&str> {
            n.idx
                .in_block(k)
                .iter()
                .map(|&i| n.name(&n.idx.spans[i]))
                .collect()
        };
        assert_eq!(ids(0), ["a", "b"]);
        assert_eq!(ids(1), ["b", "c"]);
        assert_eq!(ids(2), ["c"]); // the empty line between is inside c
        assert_eq!(ids(3), ["c"]);
        assert!(n.idx.index_of_input(3).is_none()); // empty: nothing to draw or click
        let b = n.idx.index_of_input(1).map(|i| n.name(&n.idx.spans[i]));
        assert_eq!(b, Some("b"));
        assert!(n.idx.index_of_input(99).is_none());
        assert!(n.idx.in_block(99).is_empty());
    }

    #[test]
    fn innermost_span_wins_clicks_and_backgrounds() {
        let blocks = split_blocks("0123456789012345678901234", 100);
        let n = Named::new(&[("outer", 0, 20), ("inner", 5, 10)], &blocks, 25);
        assert_eq!(n.name(n.idx.innermost_at(0, 2).unwrap()), "outer");
        assert_eq!(n.name(n.idx.innermost_at(0, 7).unwrap()), "inner");
        assert!(n.idx.innermost_at(0, 22).is_none());
        let segs: Vec<(usize, usize, &str)> = n
            .idx
            .background_segments(0, &blocks[0])
            .into_iter()
            .map(|(a, b, i)| (a, b, n.name(&n.idx.spans[i])))
            .collect();
        assert_eq!(segs, [(0, 5, "outer"), (5, 10, "inner"), (10, 20, "outer")]);
    }

    #[test]
    fn signature_changes_only_for_blocks_whose_spans_change() {
        let blocks = split_blocks("alpha beta\ngamma delta", 100);
        let before = Named::new(&[("a", 0, 5), ("g", 11, 16)], &blocks, 22).idx;
        let after = Named::new(&[("a", 0, 5), ("g", 11, 22)], &blocks, 22).idx;
        assert_eq!(
            before.block_signature(0, &blocks[0]),
            after.block_signature(0, &blocks[0])
        );
        assert_ne!(
            before.block_signature(1, &blocks[1]),
            after.block_signature(1, &blocks[1])
        );
    }

    #[test]
    fn lanes_by_scan_equal_lanes_by_heaps() {
        let mut rng = fastrand::Rng::with_seed(11);
        for depth in [3usize, 40, 200] {
            let mut spans: Vec<Span> = (0..500)
                .map(|input| {
                    let start = rng.usize(..2000);
                    Span {
                        start,
                        end: start + 1 + rng.usize(..depth * 4),
                        rgb: [0; 3],
                        input,
                    }
                })
                .collect();
            spans.sort_unstable_by_key(Span::order);
            assert_eq!(
                assign_lanes(&spans),
                assign_lanes_with_heaps(&spans),
                "depth {depth}"
            );
        }
    }
}
