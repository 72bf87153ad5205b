//! Numbering that is no part of a clause: a list item's marker before it
//! ("(3) The Company …", "[2] No one was hurt") and a reference mark after
//! it ("… in its first year[4]").

/// Most digits a marker's number has.
const MARK_DIGITS: usize = 3;

/// Bytes of a list marker ("3) ", "12] ") that open `body`, a clause whose
/// opening bracket is already trimmed; 0 when it opens with none.
pub(super) fn leading_mark_len(body: &str) -> usize {
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MARK_DIGITS {
        return 0;
    }
    let rest = &body[digits..];
    let Some(after) = rest.strip_prefix([')', ']']) else {
        return 0;
    };
    let spaces = after.len() - after.trim_start().len();
    let opens_word =
        after[spaces..].starts_with(|c: char| c.is_alphanumeric() || "\"“‘'".contains(c));
    if spaces == 0 || !opens_word {
        return 0;
    }
    digits + 1 + spaces
}

/// Bytes of a reference mark ("[4", its closing bracket already trimmed)
/// that end `body`; 0 when it ends with none.
pub(super) fn trailing_mark_len(body: &str) -> usize {
    let digits = body.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MARK_DIGITS {
        return 0;
    }
    let before = &body[..body.len() - digits];
    match before.strip_suffix('[') {
        Some(text) if text.ends_with(|c: char| !c.is_whitespace()) => digits + 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_marker_opens_the_clause() {
        assert_eq!(leading_mark_len("3) The firm sold two cranes"), 3);
        assert_eq!(leading_mark_len("12] No one was hurt"), 4);
        assert_eq!(leading_mark_len("3 cranes were sold"), 0);
        assert_eq!(leading_mark_len("2024) was a year"), 0);
        assert_eq!(leading_mark_len("5)"), 0);
    }

    #[test]
    fn a_reference_mark_ends_the_clause() {
        assert_eq!(trailing_mark_len("in its first year[4"), 2);
        assert_eq!(trailing_mark_len("in its first year[12"), 3);
        assert_eq!(trailing_mark_len("in its first year 2019"), 0);
        assert_eq!(trailing_mark_len("see [4"), 0);
    }
}
