//! Suggestions in the view (issue 11): dashed outlines in the label's colour, no
//! background, so they never read as accepted annotations. Kept sorted by start
//! with the longest span's length, so a block finds the marks touching it by
//! binary search: a frame costs what is visible, not the 50,000 suggestions of a
//! long article.

use egui::{Painter, Rect, pos2};

/// One suggestion as the view draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SuggestionMark {
    /// First char (document offset).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The label's colour.
    pub rgb: [u8; 3],
}

/// The suggestions of one document, ready to draw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SuggestionMarks {
    marks: Vec<SuggestionMark>,
    /// Length of the longest mark (how far back a mark touching a block can start).
    longest: usize,
    /// Index (in `marks`) of the suggestion stepped to: drawn stronger.
    current: Option<usize>,
}

impl SuggestionMarks {
    /// The marks of `marks` (any order; empty spans dropped), `current` an index
    /// into `marks` as given.
    pub fn new(marks: Vec<SuggestionMark>, current: Option<usize>) -> Self {
        let current_mark = current.and_then(|i| marks.get(i).copied());
        let mut marks: Vec<SuggestionMark> =
            marks.into_iter().filter(|m| m.start < m.end).collect();
        marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let longest = marks.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        let current = current_mark.and_then(|c| marks.iter().position(|m| *m == c));
        SuggestionMarks {
            marks,
            longest,
            current,
        }
    }

    /// How many marks there are.
    pub fn len(&self) -> usize {
        self.marks.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// The marks touching chars `[start, end)`, with true for the current one.
    pub fn touching(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (&SuggestionMark, bool)> + '_ {
        let from = self
            .marks
            .partition_point(|m| m.start + self.longest <= start);
        let to = self.marks.partition_point(|m| m.start < end);
        (from..to.max(from))
            .filter_map(move |i| Some((self.marks.get(i)?, self.current == Some(i))))
            .filter(move |(m, _)| m.end > start)
    }
}

/// Paints one suggestion's dashed outline around each of its line rectangles
/// (`current`: the one the keys act on, drawn bolder). The dashes go into one
/// mesh of small quads: as separate line shapes, a screen of suggestions made
/// thousands of shapes to tessellate, 2 ms a frame.
pub fn paint_mark(painter: &Painter, rects: &[Rect], color: egui::Color32, current: bool) {
    let width = if current { 2.0 } else { 1.2 };
    let (dash, gap) = if current { (5.0, 2.0) } else { (4.0, 3.0) };
    let mut mesh = egui::Mesh::default();
    for r in rects {
        let r = r.expand2(egui::vec2(1.0, 0.5));
        let half = width / 2.0;
        // Top and bottom edges, then left and right.
        for y in [r.top(), r.bottom()] {
            dashes(r.left(), r.right(), dash, gap, |a, b| {
                let q = Rect::from_min_max(pos2(a, y - half), pos2(b, y + half));
                mesh.add_colored_rect(q, color);
            });
        }
        for x in [r.left(), r.right()] {
            dashes(r.top(), r.bottom(), dash, gap, |a, b| {
                let q = Rect::from_min_max(pos2(x - half, a), pos2(x + half, b));
                mesh.add_colored_rect(q, color);
            });
        }
    }
    if !mesh.is_empty() {
        painter.add(egui::Shape::mesh(mesh));
    }
}

/// Calls `dash(a, b)` for each dash from `from` to `to`: `len` long, `gap` apart,
/// the last one cut at `to`.
fn dashes(from: f32, to: f32, len: f32, gap: f32, mut dash: impl FnMut(f32, f32)) {
    let mut a = from;
    while a < to {
        dash(a, (a + len).min(to));
        a += len + gap;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize) -> SuggestionMark {
        SuggestionMark {
            start,
            end,
            rgb: [0, 0, 0],
        }
    }

    #[test]
    fn a_block_finds_every_mark_touching_it_and_only_those() {
        let marks = SuggestionMarks::new(vec![m(50, 60), m(0, 100), m(5, 8), m(200, 210)], Some(0));
        let found: Vec<(usize, usize, bool)> = marks
            .touching(55, 150)
            .map(|(x, c)| (x.start, x.end, c))
            .collect();
        assert_eq!(found, vec![(0, 100, false), (50, 60, true)]);
        assert_eq!(marks.touching(100, 200).count(), 0);
        assert_eq!(marks.touching(205, 206).count(), 1);
        assert_eq!(marks.len(), 4);
    }
}
