//! ", copies of which were provided", ", a species of which fewer than
//! 4,000 survive": a relative tail whose "which"/"whom" sits inside a noun
//! phrase of its own ("<noun> of which"). Like ", none of whom …"
//! (`trailing::OF_WHOM`) it says something new about the thing before it,
//! with a verb of its own: a clause apart.
//!
//! Over the 25 sets: 2 such tails (fresh11, fresh23), both cut from the
//! claim before them in gold. fresh23's, drawn as a claim of its own: 2
//! gold claims wrong -> right; fresh11's was cut already (a hedge in it).
//! None right -> wrong.

/// The most words of the noun phrase before "of which".
const MOST_WORDS: usize = 3;

/// True when `rest`, the words after a comma, opens with a short noun
/// phrase, then "of which" or "of whom", then more words.
pub(super) fn opens_noun_of_which(rest: &str) -> bool {
    // Cheap first: " of wh" is there at all.
    let Some(at) = rest.find(" of wh") else {
        return false;
    };
    let after = &rest[at + " of ".len()..];
    let relative = after
        .strip_prefix("which ")
        .or_else(|| after.strip_prefix("whom "));
    let Some(relative) = relative else {
        return false;
    };
    let noun: Vec<&str> = rest[..at].split_whitespace().collect();
    !noun.is_empty()
        && noun.len() <= MOST_WORDS
        && noun
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && relative.split_whitespace().nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_of_which_opens_a_tail() {
        assert!(opens_noun_of_which("copies of which were provided"));
        assert!(opens_noun_of_which(
            "a species of which fewer than 4,000 survive"
        ));
        assert!(opens_noun_of_which("the largest of whom is 12 metres long"));
    }

    #[test]
    fn other_tails_are_not() {
        assert!(!opens_noun_of_which("a member of the committee"));
        assert!(!opens_noun_of_which("copies of which"));
        assert!(!opens_noun_of_which("Seoul, some of which"));
        assert!(!opens_noun_of_which(
            "the head of the unit, which was closed"
        ));
    }
}
