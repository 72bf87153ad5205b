//! A name glossed in its own script: "Kim Chol-nam *(김철남)*", "Pak Un-hui
//! *(박은희)*". The bracket holds no Latin letter, only the name written in
//! Hangul or Chinese characters; it is part of the name. Gold keeps the
//! bracket in the span every time (13 spans over tune, heldout, fresh,
//! fresh25, fresh27 and fresh29; none ends before one). Read after an
//! inverted cue's speaker (`described_after`); inside an appositive before
//! the cue (fresh27 1, fresh29 2, not found) it is left for later: those
//! spans' sources (family members, the country's officials) are not read
//! yet, and the fresh29 floor counts them.

/// The end of a gloss "(정혜련)" opening `text` after one space, in bytes
/// of `text`; `None` when none does.
pub(super) fn gloss_end(text: &str) -> Option<usize> {
    let inner = text.strip_prefix(" (")?;
    let close = inner.find(')')?;
    is_native_gloss(&inner[..close]).then_some(2 + close + 1)
}

/// A bracket's inside written in Hangul or Chinese characters only (spaces
/// allowed).
fn is_native_gloss(inner: &str) -> bool {
    let mut native = false;
    for c in inner.chars() {
        match c {
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{4E00}'..='\u{9FFF}' => {
                native = true;
            }
            ' ' => {}
            _ => return false,
        }
    }
    native
}

#[cfg(test)]
mod tests {
    use super::gloss_end;

    #[test]
    fn a_name_in_its_own_script() {
        assert_eq!(gloss_end(" (정혜련). Next"), Some(" (정혜련)".len()));
        assert_eq!(gloss_end(" (NWS)"), None);
    }
}
