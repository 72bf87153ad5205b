//! ", and that" after a reported clause: "He said he altered course*, and
//! that* the new route took the vessel into a gale", "It said it had seized
//! the mushrooms*, and that* laboratory tests had shown …". The comma's
//! ", and " clause break already cuts the sentence there, so the " and
//! that " break of [`super::reported::and_clauses`] was dropped and the
//! second clause lost its source: with no number, date or name of its own
//! no claim rule fired. The comma's break carries the report over instead.
//!
//! Gold, the 25 sets and fresh24 204–207: 30 claims after ", and that";
//! 10 of them had no suggestion at all (fresh11 1, fresh12 1, fresh14 3,
//! fresh17 1, fresh18 1, fresh20 1, fresh24 2). With the carry: those 10
//! and fresh19's 1 wrong -> right, 2 "would" clauses a claim, not a hedge
//! (fresh12, fresh14, as in gold), fresh24 208 (after a hedge) right; 1
//! right -> wrong: fresh22's "have suggested that A, and that B", one
//! speculation in gold, whose first clause the rules already read as a
//! claim.

/// When the " and that " break `[a, b)` of `sentence` lies inside a ", and "
/// clause break already cut (not an attribution), the start of that cut.
pub(super) fn comma_and_that(
    sentence: &str,
    a: usize,
    b: usize,
    cuts: &[(usize, usize, bool)],
) -> Option<usize> {
    if sentence.get(a..b) != Some(" and that ") {
        return None;
    }
    cuts.iter()
        .find(|&&(x, y, attribution)| {
            !attribution && x + 1 == a && y > a && sentence[x..].starts_with(", and ")
        })
        .map(|&(x, _, _)| x)
}

/// True when the last suggestion, `last`, is a claim of the sentence at
/// byte `s`. After a hedge ("said the floods probably destroyed stocks, and
/// that needs would rise") the second clause is still told by the source
/// (a claim when it has no hedge: fresh24 208), but not reported so far
/// that its own "would" is no hedge (gold fresh21: speculation).
pub(super) fn after_a_claim(last: Option<&super::Found>, s: usize) -> bool {
    last.is_some_and(|f| f.label == crate::suggest::CLAIM && f.start >= s)
}

#[cfg(test)]
mod tests {
    use super::comma_and_that;

    #[test]
    fn the_comma_break_carries_the_report() {
        let s = "He said it fell, and that the route took it north.";
        let a = s.find(" and that").expect("and that");
        let comma = a - 1;
        let cuts = [(comma, comma + 6, false)];
        assert_eq!(comma_and_that(s, a, a + 10, &cuts), Some(comma));
    }

    #[test]
    fn no_comma_break_no_carry() {
        let s = "He said it fell and that the route took it north.";
        let a = s.find(" and that").expect("and that");
        assert_eq!(comma_and_that(s, a, a + 10, &[]), None);
    }
}
