//! Lettered and bracketed list markers at the start of a line: "(a) The pump
//! failed …", "b) Two of the units …", "(iv) The master …", "[TN 1] The
//! bulletin ran …". The marker labels the item; it is no part of the claim or
//! attribution that follows (fresh27 228-seminar "(a)", fresh29 244-inspection
//! "(a)"–"(e)" and 246-radio "[TN 1]"–"[TN 4]": 9 claims one word off, the
//! gold starting after the marker in each; fresh22 194-disclosure "(3) The
//! Company …" likewise). Numbered items ("3.2 ", "[12] ") are
//! [`super::item_number`]'s.

/// How many bytes a list marker and the spaces after it take at the start of
/// `body` (a sentence opening a line, leading spaces trimmed), when a capital
/// follows; `None` otherwise.
pub(super) fn marker_len(body: &str) -> Option<usize> {
    // Cheap first: a marker opens with a bracket or a letter or digit and
    // has ")" or "]" within its first few bytes.
    let head = body.get(..body.len().min(12)).unwrap_or(body);
    if !head.contains([')', ']']) {
        return None;
    }
    let after = parenthesised(body).or_else(|| note_label(body))?;
    let rest = &body[after..];
    let text_after = rest.trim_start_matches([' ', '\t']);
    (rest.len() > text_after.len() && text_after.starts_with(|c: char| c.is_uppercase()))
        .then(|| body.len() - text_after.len())
}

/// "(a)", "a)", "(iv)", "(3)", "3)": one or two lower-case letters, a short
/// lower-case roman numeral or one or two digits, closed by ")". The byte
/// after the ")".
fn parenthesised(body: &str) -> Option<usize> {
    let inner = body.strip_prefix('(').unwrap_or(body);
    let close = inner.find(')')?;
    let label = &inner[..close];
    let letters = (1..=2).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_lowercase());
    let roman = (1..=4).contains(&label.len()) && label.bytes().all(|b| b"ivx".contains(&b));
    let digits = (1..=2).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_digit());
    (letters || roman || digits).then(|| body.len() - inner.len() + close + 1)
}

/// "[TN 1]", "[Note 2]", "[N3]": a bracketed note label, a word of letters
/// and a number. The byte after the "]".
fn note_label(body: &str) -> Option<usize> {
    let inner = body.strip_prefix('[')?;
    let close = inner.find(']')?;
    let label = inner[..close].trim_end();
    let word_end = label.find(|c: char| !c.is_ascii_alphabetic())?;
    let number = label[word_end..].trim_start_matches(' ');
    let ok = (1..=6).contains(&word_end)
        && label.starts_with(|c: char| c.is_ascii_uppercase())
        && (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(1 + close + 1)
}

#[cfg(test)]
mod tests {
    use super::marker_len;

    fn skip(body: &str) -> &str {
        &body[marker_len(body).unwrap_or(0)..]
    }

    #[test]
    fn lettered_and_numbered_markers_are_skipped() {
        assert_eq!(skip("(a) The pump failed"), "The pump failed");
        assert_eq!(skip("b) Two of the units"), "Two of the units");
        assert_eq!(skip("(iv) The master said"), "The master said");
        assert_eq!(skip("(3) The Company is"), "The Company is");
        assert_eq!(skip("[TN 1] The bulletin ran"), "The bulletin ran");
        assert_eq!(skip("[Note 12] Figures are"), "Figures are");
    }

    #[test]
    fn asides_and_lower_case_are_kept() {
        assert_eq!(skip("(AP) The ministry said"), "(AP) The ministry said");
        assert_eq!(skip("(a) and then"), "(a) and then");
        assert_eq!(skip("[sic] The tribunal"), "[sic] The tribunal");
        assert_eq!(skip("[Reuters] Two ships"), "[Reuters] Two ships");
        assert_eq!(skip("The pump (a) failed"), "The pump (a) failed");
        assert_eq!(skip("(2026) The year"), "(2026) The year");
    }
}
