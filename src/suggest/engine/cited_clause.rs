//! "according to" a document described by a clause of its own that names who
//! made or had it: "according to *figures the labour office has made
//! public*", "according to *briefings she received as governor*". The clause
//! joins the span up to its end; its subject is the source (a pronoun stands
//! for the source named before).

use super::Suggester;
use super::according::document_noun_end;

/// Determiners a described document may take.
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her"];

/// Subject pronouns that may open the describing clause.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Verbs (or their auxiliaries) that may follow the clause's subject, besides
/// any word ending in "-ed".
const VERBS: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "made", "gave", "saw", "got", "kept", "took",
    "sent", "shared", "read", "heard", "keeps", "makes", "gives", "sees", "holds",
];

/// The most bytes of the describing clause.
const MAX_CLAUSE_BYTES: usize = 120;

/// Where a described document ends, and who described it.
pub(super) struct CitedClause {
    /// The byte where the clause ends.
    pub end: usize,
    /// The clause's subject, in the sentence's bytes.
    pub subject: (usize, usize),
    /// True when the subject is a pronoun.
    pub pronoun: bool,
}

impl Suggester {
    /// After "according to" ending at byte `end`: a document of the
    /// [`document_noun_end`] kind followed by a clause with a subject (a name
    /// or a pronoun) and a verb, up to the clause's end.
    pub(super) fn cited_clause_after(&self, sentence: &str, end: usize) -> Option<CitedClause> {
        let body = sentence[end..].strip_prefix(' ')?;
        let first = body.split(' ').next()?;
        let at = if DETERMINERS.contains(&first.to_lowercase().as_str()) {
            end + 1 + first.len()
        } else {
            end
        };
        let noun_end = document_noun_end(sentence, at)?;
        let rest = sentence[noun_end..].strip_prefix(' ')?;
        let word = rest.split(' ').next()?;
        let (subject_end, pronoun) = if PRONOUNS.contains(&word.to_lowercase().as_str()) {
            (noun_end + 1 + word.len(), true)
        } else {
            let n = self.names.after(sentence, noun_end)?;
            if !sentence[noun_end..n].contains(char::is_uppercase) {
                return None;
            }
            (n, false)
        };
        let verb = sentence[subject_end..]
            .strip_prefix(' ')?
            .split(' ')
            .next()?;
        let verb = verb.trim_end_matches([',', '.', ';']);
        if !(VERBS.contains(&verb) || (verb.len() > 3 && verb.ends_with("ed"))) {
            return None;
        }
        let after = &sentence[subject_end..];
        let stop = after
            .find([',', ';', '.', ')', '"', '”', '—', '–', ':'])
            .unwrap_or(after.trim_end().len());
        let clause = after[..stop].trim_end();
        if clause.len() > MAX_CLAUSE_BYTES || clause.contains(" that ") {
            return None;
        }
        Some(CitedClause {
            end: subject_end + clause.len(),
            subject: (noun_end + 1, subject_end),
            pronoun,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::suggest::Suggester;

    fn clause(sentence: &str) -> Option<(String, String, bool)> {
        let s = Suggester::builtin().expect("rules");
        let end = sentence.find("according to")? + "according to".len();
        s.cited_clause_after(sentence, end).map(|c| {
            (
                sentence[end + 1..c.end].to_string(),
                sentence[c.subject.0..c.subject.1].to_string(),
                c.pronoun,
            )
        })
    }

    #[test]
    fn a_document_described_by_its_maker() {
        assert_eq!(
            clause("Jobs fell, according to figures the Labour Office has made public."),
            Some((
                "figures the Labour Office has made public".into(),
                "the Labour Office".into(),
                false
            ))
        );
        assert_eq!(
            clause("It was unsafe, according to briefings she received as governor, but not now."),
            Some((
                "briefings she received as governor".into(),
                "she".into(),
                true
            ))
        );
    }

    #[test]
    fn other_documents_keep_their_reading() {
        // A source after a preposition, a reporting clause, a plain name.
        assert_eq!(
            clause("Jobs fell, according to data from the Labour Office."),
            None
        );
        assert_eq!(clause("Jobs fell, according to the Labour Office."), None);
        assert_eq!(
            clause("Jobs fell, according to figures released by the office."),
            None
        );
        assert_eq!(
            clause("Jobs fell, according to reports they have said that it rained."),
            None
        );
    }
}
