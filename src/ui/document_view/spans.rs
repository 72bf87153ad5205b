//! Annotations as drawable spans: sorted once per change, mapped to blocks, given
//! an underline lane each (one lane per overlap depth), and cut into background
//! segments (the innermost annotation wins the background).

use std::collections::{BTreeSet, BinaryHeap};
use std::hash::{Hash, Hasher};

use std::cmp::Reverse;

use super::blocks::{Block, block_at};

/// One annotation as the view draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Annotation id.
    pub id: String,
    /// First char (document offset).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The label's colour.
    pub rgb: [u8; 3],
}

impl Span {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// The spans of one document, sorted by (start, longest first, id), with their lanes
/// and, per block, the spans touching it (compressed: `block_offsets[k]..[k+1]`
/// indexes `block_spans`).
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// The spans, sorted.
    pub spans: Vec<Span>,
    /// Underline lane of each span (0 = outermost).
    pub lanes: Vec<usize>,
    block_offsets: Vec<usize>,
    block_spans: Vec<usize>,
}

impl SpanIndex {
    /// Builds the index. Empty spans are dropped (nothing to draw or click); spans
    /// are clamped to `char_len`. O(A log A + total block coverage).
    pub fn new(mut spans: Vec<Span>, blocks: &[Block], char_len: usize) -> Self {
        for s in &mut spans {
            s.end = s.end.min(char_len);
        }
        spans.retain(|s| s.start < s.end);
        spans.sort_by(|a, b| {
            (a.start, Reverse(a.end), &a.id).cmp(&(b.start, Reverse(b.end), &b.id))
        });
        let lanes = assign_lanes(&spans);
        // Compressed block → spans table: count, prefix-sum, fill.
        let mut counts = vec![0usize; blocks.len() + 1];
        let ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|s| (block_at(blocks, s.start), block_at(blocks, s.end - 1)))
            .collect();
        for &(first, last) in &ranges {
            for k in first..=last {
                counts[k + 1] += 1;
            }
        }
        for k in 1..counts.len() {
            counts[k] += counts[k - 1];
        }
        let mut fill = counts.clone();
        let mut block_spans = vec![0usize; counts.last().copied().unwrap_or(0)];
        for (i, &(first, last)) in ranges.iter().enumerate() {
            for slot in &mut fill[first..=last] {
                block_spans[*slot] = i;
                *slot += 1;
            }
        }
        SpanIndex {
            spans,
            lanes,
            block_offsets: counts,
            block_spans,
        }
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

    /// The span with annotation id `id`.
    pub fn by_id(&self, id: &str) -> Option<&Span> {
        self.spans.iter().find(|s| s.id == id)
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
    use super::super::blocks::split_blocks;
    use super::*;

    fn span(id: &str, start: usize, end: usize) -> Span {
        Span {
            id: id.into(),
            start,
            end,
            rgb: [1, 2, 3],
        }
    }

    #[test]
    fn nested_and_overlapping_spans_get_separate_lanes() {
        let spans = vec![
            span("outer", 0, 20),
            span("inner", 5, 10),
            span("cross", 8, 25),
            span("later", 21, 30),
            span("after", 26, 28),
        ];
        let idx = SpanIndex::new(spans, &split_blocks(&"x".repeat(40), 100), 40);
        let lane = |id: &str| idx.lanes[idx.spans.iter().position(|s| s.id == id).unwrap()];
        assert_eq!(lane("outer"), 0);
        assert_eq!(lane("inner"), 1);
        assert_eq!(lane("cross"), 2);
        assert_eq!(lane("later"), 0); // outer ended at 20
        assert_eq!(lane("after"), 1); // inner's lane is free again
    }

    #[test]
    fn same_start_puts_the_longer_span_outside() {
        let idx = SpanIndex::new(
            vec![span("short", 3, 5), span("long", 3, 9)],
            &split_blocks("0123456789", 100),
            10,
        );
        assert_eq!(idx.spans[0].id, "long");
        assert_eq!(idx.lanes, [0, 1]);
    }

    #[test]
    fn spans_map_to_every_block_they_touch() {
        let text = "one two\nthree four\n\nfive";
        let blocks = split_blocks(text, 100);
        let idx = SpanIndex::new(
            vec![
                span("a", 0, 3),
                span("b", 4, 13),
                span("c", 14, 24),
                span("empty", 5, 5),
            ],
            &blocks,
            text.chars().count(),
        );
        let ids = |k: usize| -> Vec<&str> {
            idx.in_block(k)
                .iter()
                .map(|&i| idx.spans[i].id.as_str())
                .collect()
        };
        assert_eq!(ids(0), ["a", "b"]);
        assert_eq!(ids(1), ["b", "c"]);
        assert_eq!(ids(2), ["c"]); // the empty line between is inside c
        assert_eq!(ids(3), ["c"]);
        assert!(idx.by_id("empty").is_none());
        assert!(idx.in_block(99).is_empty());
    }

    #[test]
    fn innermost_span_wins_clicks_and_backgrounds() {
        let text = "0123456789012345678901234";
        let blocks = split_blocks(text, 100);
        let idx = SpanIndex::new(
            vec![span("outer", 0, 20), span("inner", 5, 10)],
            &blocks,
            25,
        );
        assert_eq!(idx.innermost_at(0, 2).unwrap().id, "outer");
        assert_eq!(idx.innermost_at(0, 7).unwrap().id, "inner");
        assert!(idx.innermost_at(0, 22).is_none());
        let segs: Vec<(usize, usize, &str)> = idx
            .background_segments(0, &blocks[0])
            .into_iter()
            .map(|(a, b, i)| (a, b, idx.spans[i].id.as_str()))
            .collect();
        assert_eq!(segs, [(0, 5, "outer"), (5, 10, "inner"), (10, 20, "outer")]);
    }

    #[test]
    fn signature_changes_only_for_blocks_whose_spans_change() {
        let text = "alpha beta\ngamma delta";
        let blocks = split_blocks(text, 100);
        let before = SpanIndex::new(vec![span("a", 0, 5), span("g", 11, 16)], &blocks, 22);
        let after = SpanIndex::new(vec![span("a", 0, 5), span("g", 11, 22)], &blocks, 22);
        assert_eq!(
            before.block_signature(0, &blocks[0]),
            after.block_signature(0, &blocks[0])
        );
        assert_ne!(
            before.block_signature(1, &blocks[1]),
            after.block_signature(1, &blocks[1])
        );
    }
}
