//! A hedge followed by " but " with no comma and a second predicate or
//! adjective of the same subject ("could be a small *but steady* income",
//! "is probably late *but matters* less than the cost"): one hedge. Counted
//! in the gold of all sets (session 21): kept in the hedge in 5 sets, cut in
//! none (the one cut rider was a hedge of its own).

/// Words that open a clause with a subject or a subordinate clause of its
/// own, not a second predicate: articles, pronouns, quantifiers, subordinators.
const OWN_CLAUSE: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "you", "its", "their", "his", "her", "our", "my", "your", "some", "many", "most", "few", "all",
    "each", "every", "no", "none", "there", "here", "when", "if", "because", "as", "so", "then",
    "since", "while", "although", "though", "not", "also", "only", "other", "others",
];

/// Most words in such a rider.
const MAX_WORDS: usize = 9;

/// True when `rider`, the clause after a bare " but " that follows a hedge,
/// reads as a second predicate or adjective of the hedge's subject: two to
/// nine words, no comma, opening with a lower-case word that opens no clause
/// of its own. (The caller checks that no hedge cue of its own is in it.)
pub(super) fn is_plain_rider(rider: &str) -> bool {
    let words = rider.split_whitespace().count();
    let Some(first) = rider.split_whitespace().next() else {
        return false;
    };
    (2..=MAX_WORDS).contains(&words)
        && !rider.contains([',', ';', ':'])
        && first.chars().all(|c| c.is_ascii_lowercase())
        && !OWN_CLAUSE.contains(&first)
}

impl super::Suggester {
    /// A second predicate or adjective after a hedge and a bare " but ",
    /// with no hedge cue of its own: the hedge runs on over it.
    pub(super) fn plain_rider(&self, rider: &str) -> bool {
        is_plain_rider(rider) && self.hedge_cues.find_first(rider).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_rider;

    #[test]
    fn a_second_predicate_or_adjective_is_a_rider() {
        assert!(is_plain_rider("steady source of tax for the city"));
        assert!(is_plain_rider("matters less than the cost"));
        assert!(is_plain_rider("grew again in the spring"));
    }

    #[test]
    fn a_clause_with_its_own_subject_is_no_rider() {
        assert!(!is_plain_rider("the port stayed open all winter"));
        assert!(!is_plain_rider("they did not say so"));
        assert!(!is_plain_rider("Seoul disagreed"));
        assert!(!is_plain_rider("rose, the bank said"));
        assert!(!is_plain_rider("stopped"));
        assert!(!is_plain_rider(
            "fell sharply in the first months of the year after the floods came"
        ));
    }
}
