//! A leading time or circumstance phrase after an attribution ("KCNA said
//! *on Monday* it had …"): the words the clause after the cue opens with
//! that are no part of what the source says, read from the rules'
//! `not_first_words` and `adverbial_ends`.

impl super::Suggester {
    /// After an attribution ("KCNA said on Monday it had …"): how many bytes of
    /// the clause a leading time or circumstance phrase takes — from a word of
    /// `not_first_words` to one of `adverbial_ends` within eight words — or 0.
    pub(super) fn leading_adverbial(&self, clause: &str) -> usize {
        let first = clause
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !self.not_first_words.contains(&first) {
            return 0;
        }
        let mut at = 0;
        for word in clause.split_inclusive(char::is_whitespace).take(8) {
            at += word.len();
            let bare = word.trim().trim_end_matches(',').to_lowercase();
            if self.adverbial_ends.contains(&bare) {
                return if at < clause.len() { at } else { 0 };
            }
        }
        0
    }
}
