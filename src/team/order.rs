//! The order of a merged list (documents, labels, sources): the order one side
//! chose, with what the other side added placed after the item it followed there.

use std::collections::{HashMap, HashSet};

/// The merged order of the ids in `keep`, given their order in `base`, `a` and `b`.
///
/// The backbone is the base order when neither side reordered the items all three
/// share, else the order of the side that did (the smaller one when both did). An
/// id missing from the backbone is placed after the nearest id before it (in the
/// list it came from) that is already placed; runs of such ids stay together, and
/// runs that land in the same place are ordered by their first id. The result does
/// not depend on which side is `a`.
pub(crate) fn merge_order(
    base: &[&str],
    a: &[&str],
    b: &[&str],
    keep: &HashSet<&str>,
) -> Vec<String> {
    let (sb, sa, sbb) = (set(base), set(a), set(b));
    let all = [&sb, &sa, &sbb];
    let (cb, ca, cbb) = (common(base, all), common(a, all), common(b, all));
    let kept = |l: &[&str]| -> Vec<String> {
        l.iter()
            .filter(|x| keep.contains(*x))
            .map(|x| x.to_string())
            .collect()
    };
    let backbone = match (ca == cb, cbb == cb) {
        (true, true) => kept(base),
        (true, false) => kept(b),
        (false, true) => kept(a),
        (false, false) => kept(a).min(kept(b)),
    };
    let mut placed: HashSet<String> = backbone.iter().cloned().collect();
    // Runs of missing ids, by the id they follow (None: the start).
    let mut runs: HashMap<Option<String>, Vec<Vec<String>>> = HashMap::new();
    for list in [a, b, base] {
        let mut anchor: Option<String> = None;
        let mut run: Vec<String> = Vec::new();
        for &id in list {
            if !keep.contains(id) {
                continue;
            }
            if placed.contains(id) && !run.is_empty() {
                runs.entry(anchor.clone())
                    .or_default()
                    .push(std::mem::take(&mut run));
            }
            if placed.contains(id) {
                anchor = Some(id.to_string());
            } else {
                run.push(id.to_string());
            }
        }
        if !run.is_empty() {
            runs.entry(anchor).or_default().push(run);
        }
        // Ids placed by this list's runs are not placed again by the next list.
        for r in runs.values().flatten() {
            placed.extend(r.iter().cloned());
        }
    }
    let mut out = Vec::with_capacity(keep.len());
    emit_runs(&mut out, &mut runs, None);
    for id in backbone {
        out.push(id.clone());
        emit_runs(&mut out, &mut runs, Some(id));
    }
    out
}

fn set<'a>(l: &[&'a str]) -> HashSet<&'a str> {
    l.iter().copied().collect()
}

/// The ids of `l` that all three sets hold, in `l`'s order.
fn common<'a>(l: &[&'a str], sets: [&HashSet<&str>; 3]) -> Vec<&'a str> {
    l.iter()
        .copied()
        .filter(|x| sets.iter().all(|s| s.contains(x)))
        .collect()
}

/// Appends the runs that follow `at` (and, after each of their ids, the runs that
/// follow that id).
fn emit_runs(
    out: &mut Vec<String>,
    runs: &mut HashMap<Option<String>, Vec<Vec<String>>>,
    at: Option<String>,
) {
    let Some(mut rs) = runs.remove(&at) else {
        return;
    };
    rs.sort_by(|x, y| x.first().cmp(&y.first()));
    for id in rs.into_iter().flatten() {
        out.push(id.clone());
        emit_runs(out, runs, Some(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(base: &[&str], a: &[&str], b: &[&str], keep: &[&str]) -> Vec<String> {
        let keep: HashSet<&str> = keep.iter().copied().collect();
        let one = merge_order(base, a, b, &keep);
        assert_eq!(one, merge_order(base, b, a, &keep), "symmetric");
        let mut sorted = one.clone();
        sorted.sort();
        let mut want: Vec<String> = keep.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(sorted, want, "every kept id once");
        one
    }

    #[test]
    fn additions_follow_what_they_followed_and_deletions_go() {
        let got = run(
            &["x", "y", "z"],
            &["x", "y", "z", "a1", "a2"],
            &["x", "b1", "z"],
            &["x", "z", "a1", "a2", "b1"],
        );
        assert_eq!(got, ["x", "b1", "z", "a1", "a2"]);
    }

    #[test]
    fn a_reordering_on_one_side_is_kept() {
        let got = run(
            &["x", "y", "z"],
            &["z", "y", "x"],
            &["x", "y", "z", "n"],
            &["x", "y", "z", "n"],
        );
        assert_eq!(got, ["z", "n", "y", "x"]);
    }

    #[test]
    fn two_imports_at_the_end_stay_in_runs() {
        let got = run(
            &["조선"],
            &["조선", "k2", "k1"],
            &["조선", "j2", "j1"],
            &["조선", "k1", "k2", "j1", "j2"],
        );
        assert_eq!(got, ["조선", "j2", "j1", "k2", "k1"]);
    }
}
