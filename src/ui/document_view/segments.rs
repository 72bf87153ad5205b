//! The background of overlapping highlights: where several annotations cover the
//! same chars, the innermost (shortest) one paints them.

use std::collections::BTreeSet;

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
