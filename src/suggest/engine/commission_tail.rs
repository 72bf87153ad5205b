//! A body that did work for another: "Published by Nuri Research for the
//! Kyunghyang-Busan Daily", "a poll by Gallup Korea for the Seoul Herald".
//! The one that did the work is the source; the client after "for" is not
//! part of its name. A "for" inside a body's own name ("the Korea Institute
//! for National Unification", "Minister for the Indo-Pacific") follows a
//! head word of such names and stays.

use crate::suggest::lower::lower_in;

/// Last words of names that take "for" inside them ("Institute for …",
/// "Center for …", "Minister for …"), as written.
const FOR_HEADS: &[&str] = &[
    "Institute",
    "Institutes",
    "Center",
    "Centre",
    "Committee",
    "Commission",
    "Commissioner",
    "Council",
    "Foundation",
    "Fund",
    "Office",
    "Agency",
    "Ministry",
    "Minister",
    "Secretary",
    "Department",
    "Association",
    "Alliance",
    "Coalition",
    "Campaign",
    "Society",
    "Union",
    "Network",
    "Organisation",
    "Organization",
    "Programme",
    "Program",
    "Board",
    "Authority",
    "Bureau",
    "School",
    "Academy",
    "College",
    "Court",
    "Tribunal",
    "Forum",
    "Federation",
    "League",
    "Movement",
    "Party",
    "Front",
    "Service",
    "Administration",
    "Corporation",
    "Rapporteur",
    "Representative",
    "Envoy",
    "Coordinator",
    "Director",
    "Doctors",
    "Citizens",
    "Partnership",
    "Initiative",
    "Group",
    "Project",
    "Task",
    "Force",
    "Mission",
    "Chamber",
    "Museum",
    "Library",
    "Trust",
];

/// How many words a body's name before " for " may have.
const NAME_WORDS: usize = 4;

/// The part of `name` before a client it worked for: "Nuri Research for the
/// Kyunghyang-Busan Daily" → "Nuri Research". A name of two to four
/// capitalised words whose last is no head of a name taking "for", then
/// "for", "the" at most, and a capitalised client; `None` otherwise.
pub(super) fn without_client(name: &str) -> Option<&str> {
    let at = name.find(" for ")?;
    let (body, client) = (&name[..at], &name[at + " for ".len()..]);
    let client = client.strip_prefix("the ").unwrap_or(client);
    let words: Vec<&str> = body.split_whitespace().collect();
    let last = words.last()?;
    // Two words at least: "Physicians for Human Rights", "Bridges for
    // Families" are one-word heads of an association's own name.
    let named = (2..=NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && client.starts_with(char::is_uppercase);
    // "The Center for …", "Human Rights Watch": the head word decides.
    (named && !FOR_HEADS.contains(last) && !lower_in(last, &["the"])).then_some(body)
}

#[cfg(test)]
mod tests {
    use super::without_client;

    #[test]
    fn the_client_after_for_is_cut() {
        assert_eq!(
            without_client("Mirae Polling for the Busan Herald"),
            Some("Mirae Polling")
        );
        assert_eq!(without_client("Gallup Korea for KBS"), Some("Gallup Korea"));
        // An association named by what it is for.
        assert_eq!(without_client("Bridges for Families"), None);
        assert_eq!(without_client("Physicians for Human Rights"), None);
        // "for" inside a name, a lower-case client, no "for".
        assert_eq!(
            without_client("Korea Institute for National Unification"),
            None
        );
        assert_eq!(without_client("Minister for the Indo-Pacific"), None);
        assert_eq!(
            without_client("Center for Strategic and International Studies"),
            None
        );
        assert_eq!(without_client("Mirae Polling for three weeks"), None);
        assert_eq!(without_client("Mirae Polling"), None);
    }
}
