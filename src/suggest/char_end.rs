//! Byte arithmetic on UTF-8 text that cannot land inside a character.

/// The byte just past the character that starts at byte `at` of `text` (a
/// position `str::find` or `str::rfind` returned): `at + 1` for ASCII, more
/// for a curly quote or a dash ("“" is three bytes). `at + 1` when nothing
/// starts there, so a caller's `map_or(0, ..)` stays at a boundary only when
/// `at` is one.
pub(crate) fn past_char(text: &str, at: usize) -> usize {
    at + text
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(1, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::past_char;

    #[test]
    fn steps_over_whole_characters() {
        let text = "a“b—c,d";
        let quote = text.find('“').unwrap_or_default();
        assert_eq!(&text[past_char(text, quote)..], "b—c,d");
        let dash = text.find('—').unwrap_or_default();
        assert_eq!(&text[past_char(text, dash)..], "c,d");
        let comma = text.find(',').unwrap_or_default();
        assert_eq!(&text[past_char(text, comma)..], "d");
    }
}
