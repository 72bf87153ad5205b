//! A plural or common possessive before a body's head word: "*The Daecheong
//! fishermen's* association said", "*the Tarn dockers'* union said". The
//! name finder starts at the source word ("association said") since the
//! possessive is no name's word; the owner and the determiner before it
//! belong to the subject. Only a lower-case possessive right before the name,
//! at most two words between it and a determiner that opens the clause.

use crate::suggest::lower::lower_in;

/// Determiners that open such a subject, lower case.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their"];

/// Words before the determiner that leave it opening a clause, lower case.
const OPENERS: &[&str] = &["and", "but", "while", "though", "although"];

/// Words of a body the possessive may stand before, lower case.
const BODIES: &[&str] = &[
    "association",
    "union",
    "office",
    "team",
    "desk",
    "committee",
    "council",
    "federation",
    "cooperative",
    "club",
    "group",
    "agency",
    "department",
    "ministry",
    "bureau",
    "board",
    "authority",
    "service",
    "company",
    "firm",
];

/// The most words between the determiner and the possessive.
const MAX_BETWEEN: usize = 2;

/// Before byte `name` of `sentence` (where the name read starts): where the
/// subject starts when a lower-case possessive stands right before it and a
/// clause-opening determiner a few words before that.
pub(super) fn owner_start(sentence: &str, name: usize) -> Option<usize> {
    // A body's word or name, not a person's role ("the plaintiffs' chief
    // lawyer" is read by the person passes).
    let head = sentence.get(name..)?.split(' ').next()?;
    if !lower_in(head, BODIES) && !head.starts_with(char::is_uppercase) {
        return None;
    }
    let before = sentence.get(..name)?.strip_suffix(' ')?;
    let owner = before.rsplit(' ').next()?;
    let bare = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))
        .or_else(|| owner.strip_suffix("s'").map(|_| owner))
        .or_else(|| owner.strip_suffix("s’").map(|_| owner))?;
    if bare.is_empty()
        || !bare
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
    {
        return None;
    }
    let mut at = before.len() - owner.len();
    for _ in 0..=MAX_BETWEEN {
        let head = sentence[..at].strip_suffix(' ')?;
        let word = head.rsplit(' ').next()?;
        let start = head.len() - word.len();
        if lower_in(word, DETERMINERS) {
            let lead = sentence[..start].trim_end();
            let previous = lead.rsplit(' ').next().unwrap_or("");
            let opens = lead.is_empty()
                || lead.ends_with([',', ';', ':', '“', '"'])
                || lower_in(previous, OPENERS);
            return opens.then_some(start);
        }
        if word.is_empty() || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return None;
        }
        at = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::owner_start;

    fn subject(sentence: &str, name: &str) -> Option<String> {
        let at = sentence.find(name)?;
        owner_start(sentence, at).map(|s| sentence[s..at].to_string())
    }

    #[test]
    fn a_possessive_before_the_body() {
        assert_eq!(
            subject(
                "The Tarn fishermen's association said pay fell.",
                "association"
            )
            .as_deref(),
            Some("The Tarn fishermen's ")
        );
        assert_eq!(
            subject("Pay fell, the dockers' union said.", "union").as_deref(),
            Some("the dockers' ")
        );
        assert_eq!(subject("The union said pay fell.", "union"), None);
        assert_eq!(
            subject("He said the dockers' union said so.", "union"),
            None
        );
        assert_eq!(subject("The Tarn Union's chief said so.", "chief"), None);
    }
}
