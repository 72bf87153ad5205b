//! The whole of "told <recipient> <circumstance>" before the reported clause:
//! "State officials told *the pool in the hotel lobby* that …", "Rask told
//! *the pool on the walk back to the vehicles* that …", "told *the pool by
//! text* that …", "told *partners*." Analysts draw an attribution with "told"
//! through its recipient and every phrase after it up to "that" (gold, all
//! sets: every span with "told" and a following "that" ends before it, but
//! for two that take "that" in), whatever the recipient's noun and however
//! the circumstance reads; the cue rules' lists of audiences and places end
//! it early when the noun or phrase is new.

/// The most words between "told" and the "that" of its reported clause.
const MAX_WORDS: usize = 12;

/// The most words between "told" and a sentence's or clause's end when no
/// "that" follows ("told *reporters afterwards*.").
const MAX_BARE_WORDS: usize = 2;

/// Words that make a clause of the stretch after "told" ("told reporters the
/// port *was* closed that …"): a finite verb or auxiliary, a subject pronoun.
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "it", "he", "she",
    "they", "we", "i", "there", "not", "no", "if", "whether", "how", "why", "what", "when",
    "where", "who", "which", "so", "and", "or", "but", "said", "says", "told", "sank", "began",
    "fell", "rose", "took", "went", "came", "made", "gave", "left", "met", "ran", "saw", "knew",
    "thought", "found", "held", "kept", "lost", "paid", "sent", "spent", "stood", "won", "wrote",
    "broke", "brought", "bought", "caught", "chose", "drove", "flew", "grew", "hit", "led",
    "meant", "put", "set", "shot", "shut", "sold", "struck", "taught", "threw", "got", "became",
    "needs", "wants", "plans",
];

/// Words after which a word in "-ed" is an adjective of the recipient or
/// circumstance ("a *closed* briefing", "a *televised* meeting"), not a verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "my", "your", "some",
];

/// Whether `word` (lower case) would make a clause of the stretch after
/// "told", given the word before it.
fn is_clause_word(word: &str, previous: &str) -> bool {
    CLAUSE_WORDS.contains(&word)
        || (word.len() > 4 && word.ends_with("ed") && !DETERMINERS.contains(&previous))
}

/// For an attribution whose cue is "told" and whose span ends at byte
/// `end` of `sentence`: the byte where the recipient and circumstance after
/// the cue end — before " that" (at most [`MAX_WORDS`] words on), or before
/// a comma or the sentence's end (at most [`MAX_BARE_WORDS`] words on). `None`
/// when the stretch reads as a clause (a finite verb, a subject pronoun, a
/// quote or other punctuation within), or when it would not move the end.
pub(super) fn told_end(sentence: &str, cue_end: usize, end: usize) -> Option<usize> {
    let rest = sentence.get(end..)?;
    if !rest.starts_with(' ') {
        return None;
    }
    let mut at = end;
    let mut previous = String::new();
    let mut words = 0;
    for raw in rest.split_inclusive(' ') {
        let word = raw.trim_end_matches(' ');
        if word.is_empty() {
            at += raw.len();
            continue;
        }
        let lower = word.to_lowercase();
        if lower == "that" {
            let before = sentence[..at].trim_end().len();
            return (before > end && words > 0).then_some(before);
        }
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if bare.is_empty()
            || !bare
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        {
            return None;
        }
        let bare_lower = bare.to_lowercase();
        if is_clause_word(&bare_lower, &previous) {
            return None;
        }
        words += 1;
        if words + count_words(sentence, cue_end, end) > MAX_WORDS {
            return None;
        }
        // Punctuation closes the stretch: only a short one is the recipient.
        if bare.len() < word.len() {
            let total = words + count_words(sentence, cue_end, end);
            let stop = at + bare.len();
            return (total <= MAX_BARE_WORDS).then_some(stop);
        }
        previous = bare_lower;
        at += raw.len();
    }
    // The sentence's end without a full stop.
    let total = words + count_words(sentence, cue_end, end);
    (words > 0 && total <= MAX_BARE_WORDS).then_some(sentence.trim_end().len())
}

/// Words between byte `from` and byte `to` of `sentence`.
fn count_words(sentence: &str, from: usize, to: usize) -> usize {
    sentence
        .get(from..to)
        .map_or(0, |s| s.split_whitespace().count())
}

#[cfg(test)]
mod tests {
    use super::told_end;

    fn extent(sentence: &str) -> Option<&str> {
        let cue_end = sentence.find(" told")? + " told".len();
        told_end(sentence, cue_end, cue_end).map(|e| &sentence[..e])
    }

    #[test]
    fn recipient_and_circumstance_to_that() {
        assert_eq!(
            extent("Aides told the press corps in a hotel corridor that the visit was off."),
            Some("Aides told the press corps in a hotel corridor")
        );
        assert_eq!(extent("Aides told donors."), Some("Aides told donors"));
        assert_eq!(extent("Aides told the ship sank that day."), None);
        assert_eq!(
            extent("Aides told reporters the port was closed that week."),
            None
        );
        assert_eq!(extent("Aides told reporters the port closed."), None);
        assert_eq!(extent("Aides told reporters it sank."), None);
    }
}
