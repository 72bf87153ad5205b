//! A hedge that ends at a time, then ", when" and what happens at that time:
//! "fishermen were likely to face more encounters next summer, *when the
//! squid season peaks*". The guess is about the time; what happens then is
//! told as a fact, a claim of its own. Counted in all sets' gold (session
//! 26): a speculation followed by ", when" and a clause is cut before the
//! comma 3 times of 3 (fresh12, fresh19 twice); the clause after is a claim
//! each time, "when" left out once (fresh12) and kept twice (fresh19) —
//! a claim never opens with "when" in the rules, so it is left out (the
//! IoU of both readings stays above 0.8 for a clause of four words or more).
//! A plain claim followed by ", when" is kept whole (2 of 3), so only hedges
//! are cut.
//!
//! The same for ", who" and what the people the hedge names do: "would
//! probably be most useful to older defectors, *who find loanwords
//! hardest*" — cut 2 times of 2 (fresh17), the relative clause a claim
//! without "who". (", which" is kept inside the hedge, 1 of 1: what a
//! thing did is part of the guess about it.)

/// The fewest words after "when" for a clause of its own ("when the squid
/// season peaks"); "when possible", "when needed" are no clause.
const CLAUSE_WORDS: usize = 3;

/// Nouns of a judgement another source shares ("…, a *view* shared by
/// several analysts").
const VIEWS: &[&str] = &[
    "view",
    "assessment",
    "opinion",
    "concern",
    "reading",
    "judgement",
    "judgment",
    "position",
    "sentiment",
    "estimate",
];

/// Participles that hand the judgement to a source ("a view *shared* by").
const SHARING: &[&str] = &["shared", "held", "echoed", "backed", "voiced"];

/// In a hedged stretch, the ", a view shared by …" that names who else holds
/// the guess: the byte where the hedge ends (before the comma). The source
/// after it is an attribution, no part of the guess: cut 2 times of 2
/// (fresh13, fresh18).
pub(super) fn shared_view(hedged: &str) -> Option<usize> {
    hedged.match_indices(", a").find_map(|(comma, _)| {
        let mut words = hedged[comma + 2..].split_whitespace();
        let article = words.next()?;
        let noun = words.next()?;
        let verb = words.next()?;
        let by = words.next()?;
        (matches!(article, "a" | "an")
            && VIEWS.contains(&noun)
            && SHARING.contains(&verb)
            && by == "by")
            .then_some(comma)
    })
}

/// What opens a clause of its own after a hedge.
const OPENERS: [&str; 2] = [", when ", ", who "];

/// In a hedged stretch (its cue at its start), the ", when " or ", who "
/// that opens a clause of its own: `(hedge_end, tail_start)`, the hedge
/// ending before the comma and the tail starting after "when " / "who ".
pub(super) fn clause_tail(hedged: &str) -> Option<(usize, usize)> {
    // OPENERS' first each, by memmem searchers built once.
    let firsts = [
        crate::suggest::finders::first_comma_when(hedged),
        crate::suggest::finders::first_comma_who(hedged),
    ];
    let (comma, opener) = (OPENERS.iter().zip(firsts))
        .filter_map(|(o, at)| at.map(|at| (at, o)))
        .min()?;
    let tail_start = comma + opener.len();
    let tail = &hedged[tail_start..];
    let first = tail.split_whitespace().next().unwrap_or("");
    // "when asked", "when needed": a participle, no subject of its own
    // ("when fishing units must …" has one: "-ing" words are left alone).
    let participle = first.ends_with("ed");
    (tail.split_whitespace().count() >= CLAUSE_WORDS && !participle).then_some((comma, tail_start))
}

#[cfg(test)]
mod tests {
    use super::clause_tail;

    fn parts(hedged: &str) -> Option<(&str, &str)> {
        clause_tail(hedged).map(|(e, t)| (&hedged[..e], &hedged[t..]))
    }

    #[test]
    fn the_time_clause_after_a_hedge_is_its_own() {
        assert_eq!(
            parts("may reopen in March, when the river ice breaks up"),
            Some(("may reopen in March", "the river ice breaks up"))
        );
        assert_eq!(
            parts("could peak after Chuseok, when families travel home"),
            Some(("could peak after Chuseok", "families travel home"))
        );
        assert_eq!(
            parts("would help older riders most, who find the steps hard"),
            Some(("would help older riders most", "find the steps hard"))
        );
    }

    #[test]
    fn a_shared_view_is_no_part_of_the_guess() {
        use super::shared_view;
        let h = "may be testing the radar, a view shared by two analysts in Busan";
        assert_eq!(
            shared_view(h).map(|e| &h[..e]),
            Some("may be testing the radar")
        );
        let h = "could rise again, an assessment echoed by the central bank";
        assert_eq!(shared_view(h).map(|e| &h[..e]), Some("could rise again"));
        assert_eq!(
            shared_view("may take a view shared widely, a point of pride"),
            None
        );
        assert_eq!(shared_view("could be, a view from the hill"), None);
    }

    #[test]
    fn no_clause_after_when_stays_whole() {
        assert_eq!(parts("may be sold, when possible, abroad"), None);
        assert_eq!(parts("could be used, when asked by the navy"), None);
        assert_eq!(parts("may close when the snow comes"), None);
        assert_eq!(parts("may suit those who fish at night"), None);
        assert_eq!(parts("may suit the mill, which closed in May"), None);
    }
}
