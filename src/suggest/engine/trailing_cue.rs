//! A cue that needs a reported clause, standing after the clause it reports
//! ("The pier was sound, *she maintained*."): a pronoun subject right after
//! a comma, and nothing but the cue's object or circumstance before the
//! sentence's end.

use super::Suggester;

/// Pronoun subjects of a trailing cue.
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// Words that open a subordinate clause, not a report ("*When* the court
/// sat, he testified.").
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "if", "as", "since", "while", "although", "though", "because",
    "once", "until", "unless", "whenever", "where",
];

/// The fewest words of the clause a trailing cue reports.
const MIN_CLAUSE_WORDS: usize = 4;

impl Suggester {
    /// True when the cue at `start..end` trails the clause it reports: a
    /// pronoun of [`PRONOUNS`] just after a comma before it, a clause of at
    /// least [`MIN_CLAUSE_WORDS`] words not opened by a subordinator before
    /// the comma, and after the cue (its object and circumstance aside) the
    /// sentence's end.
    pub(super) fn trails_its_clause(&self, sentence: &str, start: usize, end: usize) -> bool {
        let before = sentence[..start].trim_end();
        let Some(space) = before.rfind(' ') else {
            return false;
        };
        let pronoun = before[space + 1..].to_ascii_lowercase();
        if !PRONOUNS.contains(&pronoun.as_str()) {
            return false;
        }
        let Some(clause) = before[..space].strip_suffix(',') else {
            return false;
        };
        let clause = clause.trim_start_matches(['“', '"', ' ']);
        let mut words = clause.split_whitespace();
        let opener = words.next().unwrap_or("").to_ascii_lowercase();
        if SUBORDINATORS.contains(&opener.as_str()) || words.count() + 1 < MIN_CLAUSE_WORDS {
            return false;
        }
        let object = self.cue_object_end(sentence, end).unwrap_or(end);
        let after = self.circumstance_after(sentence, object);
        let rest = sentence[after..].trim();
        rest.is_empty() || [".", "!", "?"].contains(&rest)
    }
}
