//! Tests of the span index: lanes, blocks, clicks, backgrounds, and patches equal
//! to rebuilds.

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

/// Greedy interval partitioning over spans sorted by (start, longest first): each
/// span takes the lowest lane free at its start, so an enclosing span gets a lower
/// lane than the spans nested in it. The index assigns the same lanes paragraph by
/// paragraph; this whole-text version, a plain scan, is the tests' reference.
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
