//! The head of a plain speaker's phrase that a name or source word inside it
//! would cut off: "*A night clerk at* the Porto port authority told", "*A
//! duty* officer at the bureau said", "*Defectors from* Kilju county
//! said"; and the leads such a phrase may open with besides the rules'
//! determiners ("*Other* fishermen", "*My* neighbours", "*Farmers* from the
//! valley").

use super::Suggester;
use super::plain_speaker::{LINKS, NOT_IN_SPEAKER, is_plain_speaker};

/// Words that lead a plain speaker's phrase besides the rules' determiners.
pub(super) const EXTRA_LEADS: &[&str] = &["other", "my", "our"];

/// Articles between a preposition and the name after it.
const ARTICLES: &[&str] = &["the", "a", "an"];

/// The most words of a plain head before a name.
const MAX_HEAD_WORDS: usize = 5;

/// True when `words` open with a bare plural noun and a preposition
/// ("Farmers *from* the valley"): no determiner is needed then.
pub(super) fn is_bare_plural_lead(words: &[&str]) -> bool {
    let (Some(first), Some(link)) = (words.first(), words.get(1)) else {
        return false;
    };
    let lower = first.to_lowercase();
    words.len() >= 3
        && LINKS.contains(link)
        && lower.len() >= 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && first.chars().skip(1).all(char::is_lowercase)
        && !NOT_IN_SPEAKER.contains(&lower.as_str())
}

/// The most bytes looked back for the clause's opening.
const MAX_HEAD_BYTES: usize = 80;

/// The byte where the clause holding byte `at` opens: the sentence's start,
/// or just after a comma, colon, semicolon, opening quote or dash before it
/// (spaces aside), within [`MAX_HEAD_BYTES`]; `at` when it opens further back.
fn clause_open(sentence: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(MAX_HEAD_BYTES);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let head = &sentence[from..at];
    let open = match head.rfind([',', ':', ';', '“', '"', '\n', '—']) {
        Some(i) => from + i + head[i..].chars().next().map_or(1, char::len_utf8),
        None if from == 0 => 0,
        None => return at,
    };
    open + (sentence[open..at].len() - sentence[open..at].trim_start().len())
}

impl Suggester {
    /// Before byte `n`, where an attribution's subject was read to start:
    /// the start of a plain speaker's head the subject completes, when the
    /// head opens its clause. Either a plain phrase and a preposition ("*A
    /// night clerk at* the Porto port authority", "*Defectors from* Kilju
    /// county"), or a determiner and plain modifiers before a lower-case
    /// source word ("*A duty* officer at …").
    pub(super) fn plain_lead_before(&self, sentence: &str, n: usize) -> Option<usize> {
        let open = clause_open(sentence, n);
        if open >= n {
            return None;
        }
        let head = sentence[open..n].trim_end();
        let words: Vec<&str> = head.split(' ').collect();
        if words.len() > MAX_HEAD_WORDS || words.iter().any(|w| w.is_empty()) {
            return None;
        }
        let plain = |w: &&str| w.chars().all(|c| c.is_alphabetic() || c == '-');
        if !words.iter().all(plain) {
            return None;
        }
        let rules = &self.rules.attribution;
        let mut k = words.len();
        if k > 0 && ARTICLES.contains(&words[k - 1]) {
            k -= 1;
        }
        if k >= 2 && LINKS.contains(&words[k - 1]) {
            // "A night clerk at the …", "Defectors from …".
            let phrase = &words[..k - 1];
            let ok = is_plain_speaker(&phrase.join(" "), rules, false)
                || (phrase.len() == 1 && is_bare_plural_lead(&[phrase[0], words[k - 1], "x"]));
            return ok.then_some(open);
        }
        // "A duty officer": a determiner and plain modifiers before a
        // lower-case source word.
        let lower_at_n = sentence[n..].starts_with(char::is_lowercase);
        let first = words[0].to_lowercase();
        let led = rules.determiners.contains(&first) && first != "the";
        let modifiers = &words[1..];
        let modifiers_plain = !modifiers.is_empty()
            && modifiers.len() <= 2
            && modifiers.iter().all(|w| {
                let lower = w.to_lowercase();
                w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !NOT_IN_SPEAKER.contains(&lower.as_str())
                    && !rules.determiners.contains(&lower)
            });
        (lower_at_n && led && modifiers_plain).then_some(open)
    }
}

#[cfg(test)]
mod tests {
    use super::{clause_open, is_bare_plural_lead};

    #[test]
    fn bare_plurals_before_a_preposition() {
        assert!(is_bare_plural_lead(&["Farmers", "from", "the", "valley"]));
        assert!(is_bare_plural_lead(&["Analysts", "at", "the", "fair"]));
        assert!(!is_bare_plural_lead(&["Farmers", "said"]));
        assert!(!is_bare_plural_lead(&["Glass", "from", "the", "valley"]));
        assert!(!is_bare_plural_lead(&["Its", "at", "the", "fair"]));
    }

    #[test]
    fn clauses_open_after_punctuation() {
        assert_eq!(clause_open("A duty officer", 7), 0);
        assert_eq!(clause_open("In May, a duty officer", 15), 8);
        let entry = "10:30 — A duty officer";
        assert_eq!(clause_open(entry, entry.len() - 8), entry.len() - 14);
    }
}
