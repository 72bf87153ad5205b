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

/// The spans of one document with their underline lanes and, per block, the spans
/// touching it in order (start, longest first, input order). A span lives in a slot
/// (an index into `spans` and `lanes` that does not move); an edit replaces the
/// spans of the annotations it changed and gives new lanes to the blocks they touch
/// only, so a tag costs the same on 100 annotations as on 100,000.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// The spans by slot (a free slot holds an empty span with input `usize::MAX`).
    pub spans: Vec<Span>,
    /// Underline lane of each slot (0 = outermost).
    pub lanes: Vec<usize>,
    /// Per block, the slots of the spans touching it, in span order.
    blocks: Vec<Vec<usize>>,
    /// First char of each block.
    block_starts: Vec<usize>,
    /// For each input annotation, its span's slot (`usize::MAX` when none).
    of_input: Vec<usize>,
    /// Free slots.
    free: Vec<usize>,
}

/// Two indexes are equal when every block holds the same spans with the same lanes
/// in the same order (slots may differ: a patched index reuses freed ones).
impl PartialEq for SpanIndex {
    fn eq(&self, other: &Self) -> bool {
        let canonical = |x: &SpanIndex| -> Vec<Vec<(Span, usize)>> {
            x.blocks
                .iter()
                .map(|list| {
                    list.iter()
                        .filter_map(|&i| Some((x.spans.get(i)?.clone(), *x.lanes.get(i)?)))
                        .collect()
                })
                .collect()
        };
        self.block_starts == other.block_starts && canonical(self) == canonical(other)
    }
}

impl Eq for SpanIndex {}

/// A free slot's span.
const FREE: Span = Span {
    start: 0,
    end: 0,
    rgb: [0; 3],
    input: usize::MAX,
};

impl SpanIndex {
    /// Builds the index. Empty spans are dropped (nothing to draw or click); spans
    /// are clamped to `char_len`. O(A log A + total block coverage).
    pub fn new(spans: Vec<Span>, blocks: &[Block], char_len: usize) -> Self {
        let mut index = SpanIndex {
            blocks: vec![Vec::new(); blocks.len()],
            block_starts: blocks.iter().map(|b| b.start).collect(),
            ..Default::default()
        };
        let mut touched = Vec::new();
        for span in spans {
            index.insert(span, char_len, &mut touched);
        }
        for list in &mut index.blocks {
            list.sort_unstable_by_key(|&i| index.spans.get(i).map(Span::order));
        }
        for k in 0..index.blocks.len() {
            index.relane_block(k);
        }
        index
    }

    /// The index after the annotations at the `changed` inputs changed: their old
    /// spans are dropped and `added` (their spans now, any order) put in; only the
    /// blocks these touch get new lanes (and the blocks after them that a span
    /// whose lane changed runs into). Equal to [`SpanIndex::new`] over the new list.
    pub fn patch(
        &mut self,
        changed: &[usize],
        added: Vec<Span>,
        blocks: &[Block],
        char_len: usize,
    ) {
        let starts_now: Vec<usize> = blocks.iter().map(|b| b.start).collect();
        if starts_now != self.block_starts {
            // Another text: nothing to keep.
            let mut all: Vec<Span> = (self.spans.iter())
                .filter(|s| s.input != usize::MAX && !changed.contains(&s.input))
                .cloned()
                .collect();
            all.extend(added);
            *self = SpanIndex::new(all, blocks, char_len);
            return;
        }
        let mut touched = Vec::new();
        for &input in changed {
            self.remove(input, &mut touched);
        }
        let mut inserted = Vec::new();
        for span in added {
            self.insert(span, char_len, &mut inserted);
        }
        for &(k, slot) in &inserted {
            let order = self.spans.get(slot).map(Span::order);
            if let Some(list) = self.blocks.get_mut(k) {
                // Inserted at the end by `insert`: move it to its place.
                if let Some(pos) = list.iter().rposition(|&i| i == slot) {
                    list.remove(pos);
                }
                let spans = &self.spans;
                let at = list.partition_point(|&i| spans.get(i).map(Span::order) < order);
                list.insert(at, slot);
            }
            touched.push(k);
        }
        touched.sort_unstable();
        touched.dedup();
        // New lanes, in block order; a span running into the next blocks with a new
        // lane gives those blocks new lanes too.
        let mut queue: std::collections::BTreeSet<usize> = touched.into_iter().collect();
        while let Some(k) = queue.pop_first() {
            for next in self.relane_block(k) {
                queue.insert(next);
            }
        }
    }

    /// Puts `span` in a slot and at the end of the lists of the blocks it touches
    /// (recorded in `touched` as `(block, slot)`); the caller sorts the lists.
    fn insert(&mut self, mut span: Span, char_len: usize, touched: &mut Vec<(usize, usize)>) {
        span.end = span.end.min(char_len);
        if span.start >= span.end {
            return;
        }
        let (first, last) = (self.block_of(span.start), self.block_of(span.end - 1));
        let input = span.input;
        let slot = match self.free.pop() {
            Some(slot) => {
                if let Some(s) = self.spans.get_mut(slot) {
                    *s = span;
                }
                slot
            }
            None => {
                self.spans.push(span);
                self.lanes.push(0);
                self.spans.len() - 1
            }
        };
        for k in first..=last {
            if let Some(list) = self.blocks.get_mut(k) {
                list.push(slot);
                touched.push((k, slot));
            }
        }
        if self.of_input.len() <= input {
            self.of_input.resize(input + 1, usize::MAX);
        }
        if let Some(o) = self.of_input.get_mut(input) {
            *o = slot;
        }
    }

    /// Drops the span of input `input`, if it has one (its blocks in `touched`).
    fn remove(&mut self, input: usize, touched: &mut Vec<usize>) {
        let Some(slot) = self.index_of_input(input) else {
            return;
        };
        let Some(span) = self.spans.get(slot).cloned() else {
            return;
        };
        let (first, last) = (self.block_of(span.start), self.block_of(span.end - 1));
        for k in first..=last {
            if let Some(list) = self.blocks.get_mut(k) {
                let spans = &self.spans;
                let at =
                    list.partition_point(|&i| spans.get(i).map(Span::order) < Some(span.order()));
                if list.get(at) == Some(&slot) {
                    list.remove(at);
                } else if let Some(pos) = list.iter().position(|&i| i == slot) {
                    list.remove(pos);
                }
                touched.push(k);
            }
        }
        if let Some(s) = self.spans.get_mut(slot) {
            *s = FREE;
        }
        if let Some(o) = self.of_input.get_mut(input) {
            *o = usize::MAX;
        }
        self.free.push(slot);
    }

    /// Index of the block holding char `c`.
    fn block_of(&self, c: usize) -> usize {
        self.block_starts
            .partition_point(|&s| s <= c)
            .saturating_sub(1)
    }

    /// Gives the spans that start in block `k` their lanes: the lowest lane free at
    /// their start, the spans from earlier blocks still running keeping theirs (so
    /// the result is the greedy assignment over the whole text). Returns the later
    /// blocks that a span whose lane changed runs into.
    fn relane_block(&mut self, k: usize) -> Vec<usize> {
        let Some(list) = self.blocks.get(k) else {
            return Vec::new();
        };
        let block_start = self.block_starts.get(k).copied().unwrap_or(0);
        let mut busy: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
        let mut free: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
        let mut next_lane = 0usize;
        let mut taken = Vec::new();
        for &slot in list {
            let (Some(s), Some(&lane)) = (self.spans.get(slot), self.lanes.get(slot)) else {
                continue;
            };
            if s.start < block_start {
                busy.push(Reverse((s.end, lane)));
                taken.push(lane);
                next_lane = next_lane.max(lane + 1);
            }
        }
        taken.sort_unstable();
        free.extend(
            (0..next_lane)
                .filter(|l| taken.binary_search(l).is_err())
                .map(Reverse),
        );
        let mut changed_after = Vec::new();
        let mut new_lanes = Vec::new();
        for &slot in list {
            let Some(s) = self.spans.get(slot) else {
                continue;
            };
            if s.start < block_start {
                continue;
            }
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
            new_lanes.push((slot, lane, s.end));
        }
        let last = self.block_of(usize::MAX);
        for (slot, lane, end) in new_lanes {
            if let Some(l) = self.lanes.get_mut(slot) {
                if *l != lane && k < last {
                    let to = self
                        .block_starts
                        .partition_point(|&st| st < end)
                        .saturating_sub(1);
                    changed_after.extend(k + 1..=to);
                }
                *l = lane;
            }
        }
        changed_after
    }

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

    /// Slots (into `spans`) of the spans touching block `k`, in span order.
    pub fn in_block(&self, k: usize) -> &[usize] {
        self.blocks.get(k).map_or(&[], Vec::as_slice)
    }

    /// The innermost (shortest) span covering char `c` of block `k`.
    pub fn innermost_at(&self, k: usize, c: usize) -> Option<&Span> {
        self.in_block(k)
            .iter()
            .filter_map(|&i| self.spans.get(i))
            .filter(|s| s.start <= c && c < s.end)
            .min_by_key(|s| (s.len(), Reverse(s.start)))
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

/// Greedy interval partitioning over spans sorted by (start, longest first): each
/// span takes the lowest lane free at its start, so an enclosing span gets a lower
/// lane than the spans nested in it. The index assigns the same lanes paragraph by
/// paragraph; this whole-text version, a plain scan, is the tests' reference.
#[cfg(test)]
pub fn assign_lanes(spans: &[Span]) -> Vec<usize> {
    let mut lane_end: Vec<usize> = Vec::new();
    spans
        .iter()
        .map(|s| {
            let lane = lane_end
                .iter()
                .position(|&end| end <= s.start)
                .unwrap_or(lane_end.len());
            if lane == lane_end.len() {
                lane_end.push(s.end);
            } else {
                lane_end[lane] = s.end;
            }
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
        let first = n.idx.in_block(0)[0];
        assert_eq!(n.name(&n.idx.spans[first]), "long");
        assert_eq!((n.lane("long"), n.lane("short")), (0, 1));
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

    /// Random spans over random paragraphs (many crossing paragraph ends): the lanes
    /// given block by block equal the greedy assignment over the whole text, and an
    /// index patched after random removals and additions equals a fresh one.
    #[test]
    fn block_lanes_equal_whole_text_lanes_and_patches_equal_rebuilds() {
        let mut rng = fastrand::Rng::with_seed(5);
        for round in 0..40 {
            let text: String = (0..300)
                .map(|_| if rng.usize(..12) == 0 { '\n' } else { 'x' })
                .collect();
            let len = text.chars().count();
            let blocks = split_blocks(&text, 100);
            let random_span = |rng: &mut fastrand::Rng, input: usize| {
                let start = rng.usize(..len - 1);
                Span {
                    start,
                    end: (start + 1 + rng.usize(..if round % 2 == 0 { 15 } else { 80 })).min(len),
                    rgb: [0; 3],
                    input,
                }
            };
            let mut live: Vec<Span> = (0..60).map(|i| random_span(&mut rng, i)).collect();
            let mut idx = SpanIndex::new(live.clone(), &blocks, len);
            let mut sorted = live.clone();
            sorted.sort_unstable_by_key(Span::order);
            let lanes = assign_lanes(&sorted);
            for (s, lane) in sorted.iter().zip(lanes) {
                let slot = idx.index_of_input(s.input).unwrap();
                assert_eq!(idx.lanes[slot], lane, "round {round}: {s:?}");
            }
            for step in 0..30 {
                let mut changed = Vec::new();
                let mut added = Vec::new();
                for _ in 0..rng.usize(1..4) {
                    let input = rng.usize(..70);
                    changed.push(input);
                    live.retain(|s| s.input != input);
                    if rng.bool() {
                        let s = random_span(&mut rng, input);
                        live.push(s.clone());
                        added.push(s);
                    }
                }
                changed.sort_unstable();
                changed.dedup();
                let mut dedup = std::collections::HashSet::new();
                added.reverse();
                added.retain(|s| dedup.insert(s.input));
                live.retain(|s| !added.iter().any(|a| a.input == s.input));
                live.extend(added.iter().cloned());
                idx.patch(&changed, added, &blocks, len);
                let fresh = SpanIndex::new(live.clone(), &blocks, len);
                assert!(idx == fresh, "round {round} step {step}");
            }
        }
    }
}
