//! A partitive subject ("*One of the foremen* added that …", "*One of the
//! captains*, speaking by phone, said"): one member of a group the text
//! named before, so it speaks as that group's source, like "one of them".
//! Gold (all sets): 16 attributions open with "One of …", every one at
//! "One".

/// Words that open a partitive subject, lower case.
const COUNTS: &[&str] = &["one", "another"];

/// Determiners of the group after "of", lower case ("one of *the*
/// foremen"; "one of them" is a back reference of its own).
const GROUP_DETERMINERS: &[&str] = &["the", "those", "these", "its", "their", "his", "her", "our"];

/// The most words naming the group after its determiner.
const MAX_GROUP_WORDS: usize = 2;

/// Where a partitive subject ending `before` (the sentence's text before a
/// cue, trimmed) opens; the byte offset into `before`. An aside between
/// the subject and its cue ("One of the captains, speaking by phone, said")
/// is left alone: the group such a member belongs to is seldom the source
/// before (fresh19: "Japanese officials" for gold's fishermen).
pub(super) fn partitive_start(before: &str) -> Option<usize> {
    // Cheap first: the group's last word is in lower case ("the
    // *foremen*"), which a name before a cue ("Kim Jong Un said") is not.
    let last = before.split_whitespace().next_back()?;
    if !last.chars().all(|c| c.is_lowercase() || c == '-') {
        return None;
    }
    // Where each of the last words opens, from the end.
    let mut starts = [0usize; MAX_GROUP_WORDS + 3];
    let mut at = before.len();
    for slot in starts.iter_mut() {
        let head = before[..at].trim_end();
        let start = head.rfind(' ').map_or(0, |i| i + 1);
        *slot = start;
        if start == 0 {
            break;
        }
        at = start;
    }
    // The count and "of" open within the last words.
    memchr::memmem::find(&before.as_bytes()[starts[MAX_GROUP_WORDS + 2]..], b"of")?;
    (1..=MAX_GROUP_WORDS).find_map(|group_words| {
        let count_at = starts[group_words + 2];
        let phrase = &before[count_at..];
        let mut it = phrase.split_whitespace();
        let (count, of, det) = (it.next()?, it.next()?, it.next()?);
        let partitive = COUNTS.iter().any(|c| c.eq_ignore_ascii_case(count))
            && of == "of"
            && GROUP_DETERMINERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(det))
            && it.clone().count() == group_words
            && it.all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
        partitive.then_some(count_at)
    })
}

/// Possessive determiners that open a role before a name ("*Its*
/// chairwoman, Marina Lysenko, …, told me").
const POSSESSIVES: &[&str] = &["its", "his", "her", "their", "our"];

/// The most words of a role after a possessive.
const MAX_ROLE_WORDS: usize = 3;

/// For an attribution opening at byte `n` of `sentence` on a name after a
/// comma: where the sentence's lead subject opens when the sentence starts
/// with one and the name is its appositive ("*One of them*, Kim Su-a, who
/// …, said", "*Its chairwoman*, Marina Lysenko, a teacher, told me"). Gold,
/// all sets: 16 of 16 such spans open at the lead.
pub(super) fn lead_subject_start(sentence: &str, n: usize) -> Option<usize> {
    // The appositive is a name ("Marina Lysenko"), not an aside
    // ("speaking to NHK by phone").
    if !sentence[n..].starts_with(char::is_uppercase) {
        return None;
    }
    let lead = sentence[..n].strip_suffix(", ")?;
    let open = lead.len() - lead.trim_start_matches([' ', '"', '“', '\n']).len();
    let lead = &lead[open..];
    if lead.contains([',', ';', ':']) {
        return None;
    }
    let partitive = lead.eq_ignore_ascii_case("one of them") || partitive_start(lead) == Some(0);
    let mut words = lead.split_whitespace();
    let first = words.next().unwrap_or("");
    let role: Vec<&str> = words.collect();
    let possessive = POSSESSIVES.iter().any(|p| p.eq_ignore_ascii_case(first))
        && (1..=MAX_ROLE_WORDS).contains(&role.len())
        && role
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (partitive || possessive).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::{lead_subject_start, partitive_start};

    #[test]
    fn a_lead_subject_before_a_name() {
        let s = "Its chairwoman, Marina Lysenko, a teacher, told me so.";
        let n = s.find("Marina").expect("name");
        assert_eq!(lead_subject_start(s, n), Some(0));
        let s = "One of them, Kim Su-a, said so.";
        let n = s.find("Kim").expect("name");
        assert_eq!(lead_subject_start(s, n), Some(0));
        // A clause before the name is no subject of it.
        let s = "In May, Kim Su-a said so.";
        let n = s.find("Kim").expect("name");
        assert_eq!(lead_subject_start(s, n), None);
        let s = "One of the captains, speaking by phone, said so.";
        let n = s.find("speaking").expect("aside");
        assert_eq!(lead_subject_start(s, n), None);
        let s = "The ship sank, Kim Su-a said.";
        let n = s.find("Kim").expect("name");
        assert_eq!(lead_subject_start(s, n), None);
    }

    #[test]
    fn partitive_subjects() {
        assert_eq!(partitive_start("One of the foremen"), Some(0));
        assert_eq!(partitive_start("Later, one of the night clerks"), Some(7));
        assert_eq!(
            partitive_start("One of the captains, speaking to NHK by phone,"),
            None
        );
        assert_eq!(partitive_start("One of them"), None);
        assert_eq!(partitive_start("One of the Navy"), None);
        assert_eq!(partitive_start("the foremen"), None);
        assert_eq!(partitive_start("One of the captains, the ship"), None);
    }
}
