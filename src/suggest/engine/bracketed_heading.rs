//! A heading, caption or listing line that ends in a bracket or a per cent
//! sign instead of a full stop ("DOCUMENT 2 — Note from the ministry, 11
//! July 1994 (excerpt)", "\"The Last Train\" (documentary, 60 min)", "Han
//! Sang-mi (independent) 31,208 votes, 38.4%", "Rating: ⭐️⭐️⭐️ (three out
//! of five)"): a headline like one ending in a word, so no claim. Counted in
//! the gold of all sets (session 25): of the short single-sentence lines
//! that end so, none is a claim (15 lines in fresh13, fresh16, fresh17,
//! fresh18 the rules had read as claims); lines that hold a sentence end
//! before the bracket ("… behind me. (Applause)", a talk-page comment
//! before its signature) are paragraphs, and stay.

/// True when `line` ends, after closing brackets and a per cent sign, in a
/// word or figure, and holds no sentence end of its own ("It rose. The …",
/// "… to that. 38 North …", not "Nov. 22").
pub(super) fn bracketed_heading(line: &str) -> bool {
    let line = line.trim_end();
    let core = line.trim_end_matches([')', ']', '%', ' ']);
    if core.len() == line.len() || !core.ends_with(char::is_alphanumeric) {
        return false;
    }
    !has_sentence_end(core)
}

/// True when `text` holds a full stop, question or exclamation mark (a
/// closing quote or bracket may follow) before a space and a capital letter
/// or an opening quote or bracket.
fn has_sentence_end(text: &str) -> bool {
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let rest = text[i + c.len_utf8()..].trim_start_matches(['"', '”', '’', ')', ']']);
        let Some(after) = rest.strip_prefix(' ') else {
            continue;
        };
        // "Nov. 22": a short capitalised abbreviation before a figure ends
        // no sentence; "that. 38 North's analysis" does.
        let opens = after.starts_with(|n: char| n.is_uppercase() || "\"“‘([".contains(n));
        if opens || (after.starts_with(|n: char| n.is_ascii_digit()) && !abbreviation(&text[..i])) {
            return true;
        }
    }
    false
}

/// True when `before` ends in a short capitalised word ("Nov", "No", "St"),
/// an abbreviation whose full stop ends no sentence.
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    (1..=4).contains(&word.chars().count()) && word.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_ending_in_a_bracket_after_a_word_are_headings() {
        assert!(bracketed_heading(
            "EXHIBIT 4 — Letter from the mayor, 2 May 1987 (copy)"
        ));
        assert!(bracketed_heading("\"Harbour Lights\" (drama, 45 min)"));
        assert!(bracketed_heading(
            "Lee Min-ho (Green Party) 4,210 votes, 12.5%"
        ));
        assert!(bracketed_heading("TIMELINE (all times KST, Nov. 22–23)"));
    }

    #[test]
    fn sentences_and_paragraphs_are_no_headings() {
        assert!(!bracketed_heading(
            "The port reopened on Monday (after a week)."
        ));
        assert!(!bracketed_heading("The crowd stood. (Applause)"));
        assert!(!bracketed_heading(
            "The ferry docked at noon. Nobody was hurt. — Ann (talk)"
        ));
        assert!(!bracketed_heading("A line that ends in a word"));
        assert!(!bracketed_heading("[The archive closed the file in 2003.]"));
        assert!(!bracketed_heading(
            "I moved it. 38 North puts it at 9 km. — Ann (talk)"
        ));
    }
}
