//! A subject of two plain groups joined by "and" ("*Farm workers and*
//! economists said", "*Three traders in Lyon and* one in Nice told us"): the
//! rules find the speaker after "and"; the group before it belongs to the
//! same subject when it opens the clause, is a few plain words with a
//! plural head ("workers", "traders in Lyon") and holds no verb of its own
//! ("Prices rose and economists said" keeps its start).

use super::plain_speaker::{LINKS, NOT_IN_SPEAKER};

/// The most words of the group before "and".
const MOST_WORDS: usize = 6;

/// Where the first group of a coordinated subject starts, when the speaker
/// found at byte `n` of `sentence` follows "and" and the words before it
/// are such a group (see the module comment); None otherwise.
pub(super) fn coordinated_start(sentence: &str, n: usize) -> Option<usize> {
    let before = sentence.get(..n)?.strip_suffix(' ')?;
    let before = before.strip_suffix("and")?.strip_suffix(' ')?;
    let mut start = before.len();
    let mut words = Vec::new();
    for word in before.rsplit(' ') {
        let plain = !word.is_empty() && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !plain {
            // The group's edge: the sentence's start or a clause's opening mark.
            let opens = word.ends_with([',', ':', ';', '—', '“', '"']);
            return (opens && is_plural_group(&words)).then_some(start + 1);
        }
        if words.len() == MOST_WORDS {
            return None;
        }
        words.insert(0, word);
        start -= word.len();
        if start == 0 {
            return is_plural_group(&words).then_some(0);
        }
        start -= 1;
    }
    None
}

/// True when `words` are a plain group with a plural head: no word of
/// [`NOT_IN_SPEAKER`], and the word before its first preposition of
/// [`LINKS`] (or its last word) a lower-case plural ending in "s".
fn is_plural_group(words: &[&str]) -> bool {
    if words.is_empty()
        || (words.iter()).any(|w| NOT_IN_SPEAKER.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    let head_at = (words.iter())
        .position(|w| LINKS.contains(w))
        .unwrap_or(words.len());
    let Some(head) = head_at.checked_sub(1).and_then(|i| words.get(i)) else {
        return false;
    };
    head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && head.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::coordinated_start;

    /// The text from where the subject starts, the speaker read at `after`.
    fn from(sentence: &str, after: &str) -> Option<String> {
        let n = sentence.find(after)?;
        coordinated_start(sentence, n).map(|s| sentence[s..].to_string())
    }

    #[test]
    fn the_group_before_and_joins_the_subject() {
        let s = "Farm workers and economists said the harvest was poor.";
        assert_eq!(from(s, "economists").as_deref(), Some(s));
        let s = "Three traders in Lyon and one in Nice told us the prices doubled.";
        assert_eq!(from(s, "one in Nice").as_deref(), Some(s));
        let s = "In Lagos, nurses and doctors warned that wards were full.";
        assert_eq!(
            from(s, "doctors").as_deref(),
            Some("nurses and doctors warned that wards were full.")
        );
    }

    #[test]
    fn a_clause_before_and_is_no_group() {
        assert_eq!(
            from("Prices rose and economists said so.", "economists"),
            None
        );
        assert_eq!(
            from("The port was shut and sailors said so.", "sailors"),
            None
        );
        assert_eq!(
            from("The talks stalled, and diplomats said so.", "diplomats"),
            None
        );
        assert_eq!(from("The ship sank and sailors said so.", "sailors"), None);
        assert_eq!(from("He has said so and analysts agree.", "analysts"), None);
        assert_eq!(from("Economists said so.", "Economists"), None);
    }
}
