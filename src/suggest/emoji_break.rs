//! An emoji between two sentences with no full stop before it ("We passed
//! ₩20 million in twelve days ❤️ Mrs Yoon, who is 94, watched …", "Summary
//! 📊 Eleven animals admitted this week"): UAX #29 sees no break there, so a
//! claim ran across both, or took a line's label in. The segment is cut
//! before the emoji when a lower-case letter or a digit ends the word before
//! it (a label in capitals, "POLICE LOG 🚓 Cheorwon County", is a heading and
//! stays whole) and a capital letter opens the word after it; the emoji goes
//! with the sentence it opens, as after a full stop ("… 2024. ⚠️ It is
//! unclear …"). In the gold of all sets (session 37) two such emoji, both a
//! break between two spans (fresh18, fresh30); none inside a span.

/// `piece`, a sentence segment starting at byte `start` of the text, cut
/// before each emoji that opens a sentence of its own (see the module
/// comment), as `(start, segment)` pairs covering it.
pub(super) fn pieces(start: usize, piece: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = piece.get(from..).filter(|r| !r.is_empty())?;
        let cut = next_cut(rest).unwrap_or(rest.len());
        let out = (start + from, &rest[..cut]);
        from += cut;
        Some(out)
    })
}

/// True for the emoji characters news text holds (pictographs, symbols and
/// dingbats).
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}')
}

/// The first byte of `text` (after its first) where an emoji opens a
/// sentence of its own.
fn next_cut(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Cheap first: an emoji's UTF-8 starts with 0xF0 (pictographs) or 0xE2
    // 0x98–0x9E (symbols, dingbats); the dashes and quotes of 0xE2 0x80 are
    // passed over on their second byte, and no other character is decoded.
    for i in memchr::memchr2_iter(0xF0, 0xE2, bytes) {
        if bytes[i] == 0xE2 && !matches!(bytes.get(i + 1), Some(0x98..=0x9E)) {
            continue;
        }
        if i < 2 || bytes[i - 1] != b' ' {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let before = text.get(..i - 1).and_then(|t| t.chars().next_back());
        if !is_emoji(c) || !before.is_some_and(ends_a_word) {
            continue;
        }
        // The emoji's cluster: selectors, joiners and joined emoji.
        let mut end = i + c.len_utf8();
        for d in text[end..].chars() {
            if d == '\u{FE0F}'
                || d == '\u{200D}'
                || is_emoji(d)
                || ('\u{2640}'..='\u{2642}').contains(&d)
            {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        if text[end..]
            .strip_prefix(' ')
            .is_some_and(|word| word.starts_with(char::is_uppercase))
        {
            return Some(i);
        }
    }
    None
}

/// True when `c` may end the word before an emoji that opens a sentence: a
/// lower-case letter or a digit (not a capital: a label in capitals is a
/// heading's).
fn ends_a_word(c: char) -> bool {
    c.is_lowercase() || c.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::pieces;

    fn split(text: &str) -> Vec<&str> {
        pieces(0, text).map(|(_, p)| p).collect()
    }

    #[test]
    fn an_emoji_between_sentences_opens_the_second() {
        assert_eq!(
            split("We passed 20 million in twelve days ❤️ Mrs Yoon watched."),
            vec![
                "We passed 20 million in twelve days ",
                "❤️ Mrs Yoon watched."
            ]
        );
        assert_eq!(
            split("Summary 📊 Eleven animals came in."),
            vec!["Summary ", "📊 Eleven animals came in."]
        );
    }

    #[test]
    fn headings_and_emoji_inside_a_sentence_stay_whole() {
        for text in [
            "POLICE LOG 🚓 Cheorwon County, Nov. 29",
            "Weekly log, week 49 🗓️ 30 Nov – 6 Dec",
            "It was great 👍 and cheap.",
            "⚠️ It is unclear whether she will walk.",
            "No emoji here at all.",
        ] {
            assert_eq!(split(text), vec![text]);
        }
    }
}
