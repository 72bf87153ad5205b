//! The author of a document the text introduced as what a body said in it
//! ("the Harbour Water Board (HWB) said in a flood bulletin", "the
//! organisers wrote in a notice"): the body named right before the verb (its
//! bracketed acronym when it has one), or the event organisers speak for.

/// Verbs a body reports with before "in a <document>", lower case.
const VERBS: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "announced",
    "stated",
    "warned",
    "reported",
    "noted",
    "explained",
    "added",
    "confirmed",
];

/// For `before` (the text up to a document noun, starting at byte `from` of
/// `text`) ending in "<subject> <verb> in a [word] ": the subject's body —
/// a capitalised name, its acronym when "(ACR)" follows it, or the event
/// a lower-case organisers' subject stands for; else `None`.
pub(super) fn said_in_author(text: &str, before: &str, from: usize) -> Option<String> {
    let rest = before.strip_suffix(' ')?;
    // One plain modifier ("an *outage* bulletin", "its *weekly* notice").
    let (head, last) = rest.rsplit_once(' ')?;
    let rest = match ["a", "an", "its", "their"].contains(&last) {
        true => rest,
        false if last.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => head,
        false => return None,
    };
    let (rest, article) = rest.rsplit_once(' ')?;
    if !["a", "an", "its", "their"].contains(&article) {
        return None;
    }
    let rest = rest.strip_suffix(" in")?;
    let (subject, verb) = rest.rsplit_once(' ')?;
    if !VERBS.contains(&verb) {
        return None;
    }
    let subject = subject.trim_end_matches(',');
    // "… Corporation (KEPCO) said in": the acronym the text files it by.
    if let Some(open) = subject
        .strip_suffix(')')
        .and_then(|s| s.rfind('(').map(|i| &s[i + 1..]))
    {
        let acronym = (2..=8).contains(&open.len())
            && open
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'&' || b == b'-');
        if acronym {
            return Some(open.to_string());
        }
        return None;
    }
    let clause_at = subject
        .rfind(['.', '!', '?', '\n', ';', ':', '—', ','])
        .map_or(0, |i| crate::suggest::char_end::past_char(subject, i));
    let clause = subject.get(clause_at..)?.trim_start();
    let clause_start = from + clause_at;
    if let Some(event) = super::body_readings::organised_event(clause, text, clause_start) {
        return Some(event);
    }
    // The capitalised name ending the clause ("Late on Monday the *Ferry
    // Authority of Tarn*"), joiners inside it.
    let mut words: Vec<&str> = Vec::new();
    for w in clause.rsplit(' ') {
        let joiner = ["of", "and", "for", "&"].contains(&w) && !words.is_empty();
        if !(w.starts_with(char::is_uppercase) || joiner) || w == "The" || words.len() >= 6 {
            break;
        }
        words.push(w);
    }
    while words
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        words.pop();
    }
    words.reverse();
    let named = !words.is_empty();
    named.then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(before: &str) -> Option<String> {
        said_in_author(before, before, 0)
    }

    #[test]
    fn the_body_that_said_it_in_the_document() {
        assert_eq!(
            author("Rain fell, the Lake Water Board (LWB) said in a flood ").as_deref(),
            Some("LWB")
        );
        assert_eq!(
            author("Late on Monday the Ferry Authority of Tarn wrote in its ").as_deref(),
            Some("Ferry Authority of Tarn")
        );
        assert_eq!(
            author("The Lakeside Book Fair opened. The organisers said in a ").as_deref(),
            Some("Lakeside Book Fair")
        );
    }

    #[test]
    fn no_author_without_the_construction() {
        // Not "in a": the document is the verb's object.
        assert_eq!(author("The Ferry Authority published a "), None);
        // A lower-case subject that is not an event's organisers.
        assert_eq!(author("A neighbour said in a "), None);
        // A place, not the document's author.
        assert_eq!(
            author("Tarn Ferries said the boats in Lake City were in a "),
            None
        );
    }
}
