//! An aside between two dashes inside one clause ("the cost of the repair —
//! about a million euros, by one estimate — fell on the town"): the clause
//! runs on after the second dash, so neither dash, nor a comma inside the
//! aside, is a clause break.

/// The dashes that may set off an aside, spaces included.
const DASHES: &[&str] = &[" — ", " – "];

/// Most words an aside may hold.
const MOST_ASIDE_WORDS: usize = 15;

/// Quote marks: an aside that opens or follows one is a quotation's
/// translation or its speaker, not an aside inside a clause.
const QUOTES: &[char] = &['"', '“', '”', '\'', '‘', '’'];

/// The asides of `sentence`: `(start, end)` from the first dash's leading
/// space to the second dash's trailing space, for each pair of the same dash
/// whose aside holds at most fifteen words and no quote at its edges, after
/// a lower-case word (or a number, when the aside opens in lower case or a
/// digit), and before a lower-case word that goes on with the clause.
pub(super) fn asides(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most sentences hold no dash: one byte search before any other work.
    if !crate::suggest::finders::has_dash(sentence) {
        return out;
    }
    for dash in DASHES {
        let mut hits = sentence.match_indices(dash).map(|(at, _)| at);
        while let Some(open) = hits.next() {
            let Some(close) = hits.next() else { break };
            let before = &sentence[..open];
            let inner = &sentence[open + dash.len()..close];
            let after = &sentence[close + dash.len()..];
            // After a number, a capital opens a dateline's sentence ("May 2
            // — A bus …"), not an aside.
            let after_word = before.chars().next_back().is_some_and(|c| {
                c.is_lowercase() || (c.is_ascii_digit() && !inner.starts_with(char::is_uppercase))
            });
            let words = inner.split_whitespace().count();
            let quoted = inner.starts_with(QUOTES) || inner.ends_with(QUOTES);
            let goes_on = after.starts_with(|c: char| c.is_lowercase());
            if after_word && (1..=MOST_ASIDE_WORDS).contains(&words) && !quoted && goes_on {
                out.push((open, close + dash.len()));
            }
        }
    }
    out
}

/// True when `at` lies inside one of `asides` (its dashes included).
pub(super) fn inside(asides: &[(usize, usize)], at: usize) -> bool {
    asides.iter().any(|&(a, b)| a <= at && at < b)
}

/// True when the break `[start, end)` of `sentence` is a dash glued to a
/// digit on both sides: a score or a range ("won 3–2", "2019–2021"), no
/// clause break.
pub(super) fn joins_numbers(sentence: &str, start: usize, end: usize) -> bool {
    split_at_break(sentence, start, end).is_some_and(|(before, hit, after)| {
        matches!(hit, "—" | "–" | "-")
            && before.ends_with(|c: char| c.is_ascii_digit())
            && after.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// `sentence` before the break `[start, end)`, the break, and after it;
/// `None` when the offsets are not on char boundaries.
fn split_at_break(sentence: &str, start: usize, end: usize) -> Option<(&str, &str, &str)> {
    Some((
        sentence.get(..start)?,
        sentence.get(start..end)?,
        sentence.get(end..)?,
    ))
}

/// True when the break `[start, end)` of `sentence` is an en dash glued to
/// a letter or digit on both sides: a compound or a range of names or dates
/// ("the Incheon–Dalian service", "booked for 28 Nov–5 Dec", "a North–South
/// dictionary"), no clause break. No set's gold ends or starts a span at
/// such a dash; a glued em dash ("the cost—about a million—fell") still
/// breaks.
pub(super) fn joins_words(sentence: &str, start: usize, end: usize) -> bool {
    split_at_break(sentence, start, end).is_some_and(|(before, hit, after)| {
        hit == "–"
            && before.ends_with(|c: char| c.is_alphanumeric())
            && after.starts_with(|c: char| c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_between_numbers_is_no_break() {
        let text = "The home side won 3–2 and the visitors left — quietly.";
        let score = text.find('–').unwrap_or(0);
        assert!(joins_numbers(text, score, score + '–'.len_utf8()));
        let spaced = text.find('—').unwrap_or(0);
        assert!(!joins_numbers(text, spaced, spaced + '—'.len_utf8()));
        let words = "the river—and the road";
        let glued = words.find('—').unwrap_or(0);
        assert!(!joins_numbers(words, glued, glued + '—'.len_utf8()));
    }

    #[test]
    fn a_glued_en_dash_between_words_is_no_break() {
        let text = "the Incheon–Dalian route, for 28 Nov–5 Dec, from Seoul – by bus";
        let glued = text.find('–').unwrap_or(0);
        assert!(joins_words(text, glued, glued + '–'.len_utf8()));
        let range = text.rfind("Nov–").map_or(0, |i| i + 3);
        assert!(joins_words(text, range, range + '–'.len_utf8()));
        let spaced = text.rfind('–').unwrap_or(0);
        assert!(!joins_words(text, spaced, spaced + '–'.len_utf8()));
        let em = "the cost—about a million";
        let at = em.find('—').unwrap_or(0);
        assert!(!joins_words(em, at, at + '—'.len_utf8()));
        let hangul = "the 서울–평양 line";
        let at = hangul.find('–').unwrap_or(0);
        assert!(joins_words(hangul, at, at + '–'.len_utf8()));
    }

    fn aside_texts(sentence: &str) -> Vec<&str> {
        asides(sentence)
            .into_iter()
            .map(|(a, b)| &sentence[a..b])
            .collect()
    }

    #[test]
    fn an_aside_between_two_dashes_is_found() {
        let s =
            "the cost of the repair — about a million euros, by one estimate — fell on the town";
        assert_eq!(
            aside_texts(s),
            vec![" — about a million euros, by one estimate — "]
        );
        let s = "the river – swollen after the storm – rose by 2 metres";
        assert_eq!(aside_texts(s), vec![" – swollen after the storm – "]);
    }

    #[test]
    fn single_dashes_datelines_and_quotes_are_no_asides() {
        // One dash: a break, not an aside.
        assert!(asides("the road is open — for now").is_empty());
        // A dateline before a capital.
        assert!(asides("LIMA, May 2 — A bus crashed — and two died").is_empty());
        // A translated quotation and its speaker.
        assert!(asides("“Hola” — “Hello, friend” — she said").is_empty());
        // The clause does not go on after the second dash.
        assert!(asides("the fee rose — twice this year — The mayor").is_empty());
        // Two dashes of different kinds are no pair.
        assert!(asides("the fee rose — twice this year – and fell").is_empty());
        assert!(asides("no dash here").is_empty());
    }

    #[test]
    fn inside_covers_the_dashes_and_the_aside() {
        let s = "the cost — a million, roughly — fell on the town";
        let found = asides(s);
        let comma = s.find(',').expect("comma");
        assert!(inside(&found, comma));
        assert!(inside(&found, s.find(" — ").expect("dash")));
        assert!(!inside(&found, 0));
    }
}
