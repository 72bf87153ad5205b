//! The comma cuts [`super::with_absolute`] and [`super::so_result`] read:
//! each ", with " or ", so " of a sentence outside the cuts already made,
//! with where the clause before it starts. A byte search for each comma,
//! then a test for the cut's words after it: the same first match as a
//! substring search, cheap on sentences without one.

/// Each `cut` (", with ", ", so ") of `sentence` outside `cuts` (`(start,
/// end, is an attribution)` bytes), in order, as `(at, after, clause_start)`:
/// the comma, the byte just after the cut, and the end of the last cut
/// before the comma (0 when none), where the clause before it starts.
pub(super) fn comma_cuts<'a>(
    sentence: &'a str,
    cut: &'static str,
    cuts: &'a [(usize, usize, bool)],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = sentence.get(from..)?;
            let i =
                (rest.match_indices(',').map(|(i, _)| i)).find(|&i| rest[i..].starts_with(cut))?;
            let at = from + i;
            from = at + cut.len();
            if cuts.iter().any(|&(a, b, _)| a <= at && at < b) {
                continue;
            }
            let clause_start = (cuts.iter().filter(|&&(_, b, _)| b <= at))
                .map(|&(_, b, _)| b)
                .max()
                .unwrap_or(0);
            return Some((at, from, clause_start));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::comma_cuts;

    #[test]
    fn cuts_outside_the_made_ones_with_their_clause_start() {
        let s = "Prices rose, with boxes at 9, so traders, with care, left";
        let all: Vec<_> = comma_cuts(s, ", with ", &[]).collect();
        assert_eq!(all.len(), 2);
        assert_eq!(&s[all[0].1..all[0].1 + 5], "boxes");
        // A cut made over the first ", with ": only the second is read, and
        // its clause starts where the made cut ends.
        let made = [(5, 20, false)];
        let rest: Vec<_> = comma_cuts(s, ", with ", &made).collect();
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].2, 20);
        assert_eq!(comma_cuts(s, ", so ", &[]).count(), 1);
    }
}
