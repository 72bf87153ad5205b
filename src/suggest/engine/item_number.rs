//! Numbered items in minutes and reports ("2.3 The treasurer said …"): the
//! item number is no part of a claim, and a run-in heading after it
//! ("4.1 Report of the auditor.") is no claim at all.

/// How many bytes a leading item number ("3.2 ", "12. ") takes at the start
/// of `sentence`, which starts at byte `s` of `text`; 0 when the sentence
/// does not open a line or has no such number. A number without a full stop
/// ("38 North said …") is no item number.
pub(super) fn item_number_end(text: &str, s: usize, sentence: &str) -> usize {
    let line_start = text[..s].trim_end_matches([' ', '\t']);
    if !(line_start.is_empty() || line_start.ends_with('\n')) {
        return 0;
    }
    let body = sentence.trim_start();
    let lead = sentence.len() - body.len();
    if let Some(len) = bracketed_number(body).or_else(|| super::list_marker::marker_len(body)) {
        return lead + len;
    }
    let number = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(body.len());
    let digits = &body[..number];
    let dotted = digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.contains('.')
        && digits.split('.').all(|part| part.len() <= 3);
    let rest = &body[number..];
    if !dotted || !rest.starts_with(' ') {
        return 0;
    }
    // "3. The …" and "3.2 The …": the item opens with a capital.
    let text_after = rest.trim_start();
    if !text_after.starts_with(|c: char| c.is_uppercase()) {
        return 0;
    }
    lead + number + (rest.len() - text_after.len())
}

/// How many bytes a bracketed paragraph number ("[12] The court …", as in
/// judgments and reports) and the spaces after it take at the start of
/// `body`, when a capital follows; `None` otherwise.
fn bracketed_number(body: &str) -> Option<usize> {
    let inner = body.strip_prefix('[')?;
    let digits = inner.find(|c: char| !c.is_ascii_digit())?;
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = inner[digits..].strip_prefix("] ")?;
    let text_after = rest.trim_start();
    text_after
        .starts_with(|c: char| c.is_uppercase())
        .then(|| body.len() - text_after.len())
}

/// Words that make a phrase a clause rather than a heading.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "should", "said", "says", "did", "does", "do",
];

/// True when `item`, the words after an item number up to the sentence's
/// full stop, is a short heading ("Report of the auditor"): at most six
/// words, none of them a finite verb or a past form.
pub(super) fn is_run_in_heading(item: &str) -> bool {
    let words: Vec<&str> = item
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().skip(1).all(|w| {
            let lower = w.to_lowercase();
            let past = w.len() > 4 && lower.ends_with("ed");
            let finite = FINITE.contains(&lower.as_str());
            !past && !finite
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(text: &str) -> &str {
        &text[item_number_end(text, 0, text)..]
    }

    #[test]
    fn an_item_number_is_skipped() {
        assert_eq!(skip("4.2 The auditor said"), "The auditor said");
        assert_eq!(skip("7. The board agreed"), "The board agreed");
        let text = "Item 2\n\n2.10 Members noted the fee.";
        let s = text.find("2.10").expect("item");
        assert_eq!(item_number_end(text, s, &text[s..]), 5);
    }

    #[test]
    fn a_bracketed_paragraph_number_is_skipped() {
        assert_eq!(skip("[4] The tribunal held"), "The tribunal held");
        assert_eq!(
            skip("[17]  Counsel for the port argued"),
            "Counsel for the port argued"
        );
        // A bracketed insertion or a lower-case word after it is no number.
        assert_eq!(skip("[sic] The tribunal held"), "[sic] The tribunal held");
        assert_eq!(skip("[4] and more"), "[4] and more");
    }

    #[test]
    fn a_figure_or_a_mid_line_number_is_kept() {
        assert_eq!(skip("38 North said"), "38 North said");
        assert_eq!(
            skip("3.5 percent of the vote went"),
            "3.5 percent of the vote went"
        );
        assert_eq!(skip("2026. The year began"), "2026. The year began");
        let text = "Prices rose. 4.2 Million people";
        let s = text.find("4.2").expect("number");
        assert_eq!(item_number_end(text, s, &text[s..]), 0);
    }

    #[test]
    fn a_short_verbless_item_is_a_heading() {
        assert!(is_run_in_heading("Report of the auditor"));
        assert!(is_run_in_heading("Questions from members"));
        assert!(!is_run_in_heading("The auditor was absent"));
        assert!(!is_run_in_heading("Members approved the budget"));
        assert!(!is_run_in_heading(
            "The treasurer gave a long account of the year's spending on roads"
        ));
    }
}
