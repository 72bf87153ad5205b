//! A hedge word inside a legend: short items without a verb, set apart by
//! middle dots ("Key: ✔️ confirmed open · ⚠️ status uncertain · ❌ closed").
//! Each item names what a mark means; none is a guess.
//!
//! Counted over the 29 sets' texts (fresh27: 228–231 only), session 34:
//! five lines with " · " separators (fresh18's and fresh20's page headers,
//! fresh27's key); gold marks nothing in any item, the rules made one
//! speculation (fresh27's "status uncertain").

/// The separator between items.
const DOT: &str = " · ";

/// The most words an item may have.
const MOST_WORDS: usize = 4;

/// Words that make an item a clause.
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "may",
    "might", "could", "can", "should", "must", "do", "does", "did",
];

/// True when byte `at` of `sentence` lies in an item of a legend: the
/// sentence holds two " · " separators or more, and the item around `at`
/// (between separators, a colon or the sentence's ends) has at most
/// [`MOST_WORDS`] words and no auxiliary.
pub(super) fn in_legend(sentence: &str, at: usize) -> bool {
    // Cheap first: the middle dot's bytes.
    if !sentence.contains('·') || sentence.matches(DOT).nth(1).is_none() {
        return false;
    }
    let (Some(head), Some(tail)) = (sentence.get(..at), sentence.get(at..)) else {
        return false;
    };
    let from = [DOT, ": "]
        .iter()
        .filter_map(|d| head.rfind(d).map(|i| i + d.len()))
        .max()
        .unwrap_or(0);
    let to = tail.find(DOT).map_or(sentence.len(), |i| at + i);
    let item = sentence[from..to].trim_end_matches(['.', ' ']);
    let words: Vec<&str> = item.split_whitespace().collect();
    words.len() <= MOST_WORDS
        && !words
            .iter()
            .any(|w| VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
}

#[cfg(test)]
mod tests {
    use super::in_legend;

    fn legend(sentence: &str, word: &str) -> bool {
        in_legend(sentence, sentence.find(word).unwrap_or(0))
    }

    #[test]
    fn an_item_of_a_key_is_a_legend() {
        let key = "Key: ● open · ○ status uncertain · × closed · → moved.";
        assert!(legend(key, "uncertain"));
    }

    #[test]
    fn a_sentence_is_no_legend() {
        assert!(!legend(
            "The route is uncertain after the storm.",
            "uncertain"
        ));
        assert!(!legend(
            "Open · The ferry may be late if the wind rises · Closed",
            "may"
        ));
    }
}
