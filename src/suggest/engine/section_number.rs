//! A section number that opens a line of minutes or a report ("1.1",
//! "2.", "3.1.2"), or a list item's bullet ("- ", "• "): it marks the item,
//! and no attribution's span nor source starts with it.

use super::{Found, Suggester};
use crate::suggest::lexicon::Hit;

/// Bullets that open a list item.
const BULLETS: [char; 5] = ['-', '*', '•', '–', '·'];

/// The byte length of a list item's bullet and the spaces after it, or of a
/// section number and the spaces after it at the start
/// of `sentence` (leading spaces allowed), when it opens a line (`line_start`)
/// and a capitalised word follows: digits in groups joined by dots, with at
/// least one dot ("1.", "1.1", "2.3.1."). 0 otherwise ("38 North said",
/// "4.9 million tonnes", "1.5 per cent").
pub(super) fn section_number_len(sentence: &str, line_start: bool) -> usize {
    if !line_start {
        return 0;
    }
    let body = sentence.trim_start_matches([' ', '\t', '\n', '\r']);
    let lead = sentence.len() - body.len();
    // "13:55 — 📣 The firm said", "📣 The firm said": a live blog's time
    // and a symbol before the entry.
    if let Some(after) = symbol_lead(body) {
        return sentence.len() - after.len();
    }
    // "- One reader wrote", "• The clerk said": a list item's bullet.
    if let Some(rest) = body.strip_prefix(BULLETS) {
        let after = rest.trim_start_matches(' ');
        return if after.len() < rest.len() && after.starts_with(char::is_uppercase) {
            sentence.len() - after.len()
        } else {
            0
        };
    }
    let bytes = body.as_bytes();
    let (mut i, mut dots, mut digits_run) = (0, 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => digits_run += 1,
            // A dot after digits, at most three of them in a group.
            b'.' if (1..=3).contains(&digits_run) => {
                dots += 1;
                digits_run = 0;
            }
            _ => break,
        }
        i += 1;
    }
    if dots == 0 || digits_run > 3 || i == 0 || bytes[0] == b'.' {
        return 0;
    }
    let rest = &body[i..];
    let after = rest.trim_start_matches(' ');
    if after.len() == rest.len() || !after.starts_with(char::is_uppercase) {
        return 0;
    }
    lead + body.len() - after.len()
}

/// A live blog's entry time and dash ("13:55 — "), when `body` opens with
/// one: the text after it.
fn after_entry_time(body: &str) -> Option<&str> {
    let b = body.as_bytes();
    let colon = b.iter().take(3).position(|&c| c == b':')?;
    let digits = |r: &[u8]| !r.is_empty() && r.iter().all(u8::is_ascii_digit);
    if colon == 0 || !digits(&b[..colon]) || !digits(b.get(colon + 1..colon + 3)?) {
        return None;
    }
    let rest = body[colon + 3..].trim_start_matches(' ');
    let rest = rest.strip_prefix(['—', '–', '-'])?;
    Some(rest.trim_start_matches(' '))
}

/// True for a pictograph or other symbol a live blog sets before an entry
/// ("📣", "⚠️", "▶"): symbols, arrows and emoji, with their joiners.
fn is_symbol(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D)
}

/// When `body` opens with symbols (perhaps after an entry time) and a space
/// before a capitalised word: the text from that word. The time alone is
/// left as the rules read it.
fn symbol_lead(body: &str) -> Option<&str> {
    let body = after_entry_time(body).unwrap_or(body);
    let after = body.trim_start_matches(is_symbol);
    if after.len() == body.len() {
        return None;
    }
    let word = after.trim_start_matches(' ');
    (word.len() < after.len() && word.starts_with(char::is_uppercase)).then_some(word)
}

/// True when byte `s` of `text` opens a line: the text's start or a line
/// break before it, spaces aside.
pub(super) fn opens_line(text: &str, s: usize) -> bool {
    let head = text[..s].trim_end_matches([' ', '\t']);
    head.is_empty() || head.ends_with('\n')
}

impl Suggester {
    /// The attributions of `sentence` with a leading section number of
    /// `skip` bytes left out: cues inside the number are dropped, the rest
    /// read on the sentence after it, and the spans shifted back.
    pub(super) fn attributions_after_number(
        &self,
        sentence: &str,
        cues: &[Vec<Hit>],
        skip: usize,
    ) -> Vec<Found> {
        if skip == 0 {
            return self.attributions(sentence, cues);
        }
        let shifted: Vec<Vec<Hit>> = (cues.iter())
            .map(|hits| {
                (hits.iter())
                    .filter(|h| h.start >= skip)
                    .map(|h| Hit {
                        start: h.start - skip,
                        end: h.end - skip,
                        value: h.value,
                    })
                    .collect()
            })
            .collect();
        let mut out = self.attributions(&sentence[skip..], &shifted);
        for f in &mut out {
            f.start += skip;
            f.end += skip;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_a_dot_before_a_capital() {
        assert_eq!(section_number_len("4.2 The clerk said", true), 4);
        assert_eq!(section_number_len("7. Mayor Ruiz said", true), 3);
        assert_eq!(section_number_len("3.1.2  Ms Vance noted", true), 7);
        assert_eq!(section_number_len("  12.4 The panel said", true), 7);
        assert_eq!(section_number_len("- One reader wrote", true), 2);
        assert_eq!(section_number_len("• The clerk said", true), 4);
        let entry = "13:55 — 📣 The firm said";
        assert_eq!(
            section_number_len(entry, true),
            entry.find("The").unwrap_or(0)
        );
        let entry = "📣 The firm said";
        assert_eq!(
            section_number_len(entry, true),
            entry.find("The").unwrap_or(0)
        );
    }

    #[test]
    fn figures_and_names_are_not_section_numbers() {
        assert_eq!(section_number_len("4.9 million tonnes", true), 0);
        assert_eq!(section_number_len("38 North said", true), 0);
        assert_eq!(section_number_len("1.5 per cent of voters", true), 0);
        assert_eq!(section_number_len("2024 Census data show", true), 0);
        assert_eq!(section_number_len("4.2 The clerk said", false), 0);
        assert_eq!(section_number_len(".5 The clerk said", true), 0);
        assert_eq!(section_number_len("12345.1 The clerk said", true), 0);
        assert_eq!(section_number_len("-5 degrees, the clerk said", true), 0);
        assert_eq!(section_number_len("- one reader wrote", true), 0);
        // A time with no symbol is left as it was.
        assert_eq!(section_number_len("13:55 — The firm said", true), 0);
        assert_eq!(section_number_len("📣📣The firm said", true), 0);
    }

    #[test]
    fn lines_open_after_a_break() {
        assert!(opens_line("Title\n4.2 The clerk", 6));
        assert!(opens_line("4.2 The clerk", 0));
        assert!(!opens_line("It rose. 4.2 The clerk", 9));
    }
}
