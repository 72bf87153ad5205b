//! A lower-case possessive owner, and perhaps a word or two of description,
//! before a subject's head word: "*The league's provincial* secretary, Jong
//! Hye-ryon, said", "*the desk's senior* monitor wrote", "*the city's
//! tourism* bureau said", "*The plaintiffs' lead* lawyer, Fukuda Ken, said",
//! "*The abductees' families'* association said". The name finder starts at
//! the head word, and `owner_lead` takes a possessive right before a body's
//! word only. Gold over the 31 sets keeps the determiner and the owner in
//! every such span (about 50 subjects opened by "the X's"); 5 were cut at the
//! head word (fresh11, fresh17, fresh18, fresh26, fresh29 one each).

use crate::suggest::lower::lower_in;

/// Determiners that open such a subject, lower case.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "our"];

/// Words before the determiner that leave it opening a clause, lower case.
const OPENERS: &[&str] = &["and", "but", "while", "though", "although"];

/// The most plain words between the possessive and the head word.
const MAX_BETWEEN: usize = 2;

/// The most possessives in a row ("the abductees' families' association").
const MAX_OWNERS: usize = 2;

/// A lower-case possessive word: "league's", "plaintiffs'", "city’s".
fn is_owner(word: &str) -> bool {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\'').filter(|w| w.ends_with('s')))
        .or_else(|| word.strip_suffix('’').filter(|w| w.ends_with('s')));
    bare.is_some_and(|b| !b.is_empty() && b.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// A plain word of description: lower case letters, digits, hyphens.
fn is_plain(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
        && !lower_in(word, DETERMINERS)
}

/// The word before byte `at` (after one space) and where it starts.
fn word_before(sentence: &str, at: usize) -> Option<(&str, usize)> {
    let head = sentence.get(..at)?.strip_suffix(' ')?;
    let word = head.rsplit(' ').next()?;
    Some((word, head.len() - word.len()))
}

/// Before byte `head` of `sentence` (where the subject read starts, at a
/// lower-case head word): where the subject starts when plain words, one or
/// two lower-case possessives and a clause-opening determiner stand before
/// it.
pub(super) fn possessive_start(sentence: &str, head: usize) -> Option<usize> {
    let first = sentence.get(head..)?.split([' ', ',']).next()?;
    if !first.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let mut at = head;
    let mut between = 0;
    let mut owners = 0;
    loop {
        let (word, start) = word_before(sentence, at)?;
        if is_owner(word) && owners < MAX_OWNERS {
            owners += 1;
        } else if owners == 0 && between < MAX_BETWEEN && is_plain(word) {
            between += 1;
        } else if owners > 0 && lower_in(word, DETERMINERS) {
            let lead = sentence[..start].trim_end();
            let previous = lead.rsplit(' ').next().unwrap_or("");
            let opens = lead.is_empty()
                || lead.ends_with([',', ';', ':', '“', '"', '”'])
                || lower_in(previous, OPENERS);
            return opens.then_some(start);
        } else {
            return None;
        }
        at = start;
    }
}

#[cfg(test)]
mod tests {
    use super::possessive_start;

    fn subject(sentence: &str, head: &str) -> Option<String> {
        let at = sentence.find(head)?;
        possessive_start(sentence, at).map(|s| sentence[s..at].to_string())
    }

    #[test]
    fn an_owner_before_the_head() {
        let t = "The league's provincial secretary, Jong Hye-ryon, said so.";
        assert_eq!(
            subject(t, "secretary").as_deref(),
            Some("The league's provincial ")
        );
        let t = "Checks began, the desk's senior monitor wrote.";
        assert_eq!(subject(t, "monitor").as_deref(), Some("the desk's senior "));
        let t = "The abductees' families' association said so.";
        assert_eq!(
            subject(t, "association").as_deref(),
            Some("The abductees' families' ")
        );
        let t = "The plaintiffs' lead lawyer said so.";
        assert_eq!(
            subject(t, "lawyer").as_deref(),
            Some("The plaintiffs' lead ")
        );
    }

    #[test]
    fn no_owner_or_no_clause_start() {
        assert_eq!(subject("The senior monitor wrote.", "monitor"), None);
        assert_eq!(subject("Under the city's new bureau said.", "bureau"), None);
        assert_eq!(subject("The Tarn Union's chief said so.", "chief"), None);
        assert_eq!(subject("The league's Jong said so.", "Jong"), None);
    }
}
