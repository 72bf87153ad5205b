//! `char::is_alphabetic` and `char::is_alphanumeric` without the Unicode
//! tables for the characters other than ASCII a news text mostly has: the
//! Latin letters with accents ("é", "ŭ"), Hangul syllables and CJK
//! ideographs (all letters), the typographic quotes, dashes and ellipsis and
//! the emoji (none). The tables' slow look-up costs some 600 instructions a
//! character; on the 1 MB article it ran some 35,000 times, mostly for these.
//! Every other character is asked of the tables, so the answers are the
//! standard library's (a test compares every character).

/// What [`is_alphabetic`] and [`is_alphanumeric`] know without the tables:
/// `Some(true)` for a letter, `Some(false)` for a character that is neither
/// a letter nor a digit, `None` to ask the tables.
#[inline]
fn known(c: char) -> Option<bool> {
    match c {
        'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ' => Some(true),
        '\u{ac00}'..='\u{d7a3}' | '\u{4e00}'..='\u{9fff}' => Some(true),
        '\u{a0}' | '×' | '÷' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' => Some(false),
        '\u{1f1e6}'..='\u{1f1ff}' | '\u{1f300}'..='\u{1faff}' => Some(false),
        _ => None,
    }
}

/// `c.is_alphabetic()`.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    known(c).unwrap_or_else(|| c.is_alphabetic())
}

/// `c.is_alphanumeric()`.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    known(c).unwrap_or_else(|| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_as_the_tables_say() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
