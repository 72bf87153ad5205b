//! Annotations as drawable spans: sorted once per change, mapped to blocks, given
//! an underline lane each (one lane per overlap depth), and cut into background
//! segments (the innermost annotation wins the background).

use std::collections::BinaryHeap;

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
        // The view builds a new index when the text changes; should paragraphs
        // differ anyway, nothing is kept.
        let same_blocks = blocks.len() == self.block_starts.len()
            && blocks
                .iter()
                .zip(&self.block_starts)
                .all(|(b, &s)| b.start == s);
        if !same_blocks {
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
}

mod queries;

#[cfg(test)]
mod tests;
