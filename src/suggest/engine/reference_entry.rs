//! A reference list's entries: a line that ends in a citation, a
//! publisher or document and its date after a comma, with no verb ("KCNA,
//! 14 June 1988.", "Journal of Port Studies, 2022.", "UN Panel of Experts,
//! final report, March 2018."). The line — the citation and any title
//! before it ("\"Ferry line opens\". KCNA, …") — is a pointer to a source,
//! not a claim of the article.

/// The longest line, in bytes, read as one entry; a longer line is prose.
const ENTRY_REACH: usize = 240;

/// Most words a citation's last sentence holds (publisher, date included).
const CITATION_WORDS: usize = 10;

/// Months' short forms, as a citation's date writes them (the full names are
/// [`crate::suggest::calendar::MONTHS`]).
const SHORT_MONTHS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// True when `word` is a month's name, full or short.
fn is_month(word: &str) -> bool {
    crate::suggest::calendar::MONTHS.contains(&word) || SHORT_MONTHS.contains(&word)
}

/// True when the sentence `text[s..e]` stands on a line that ends in a
/// citation (see the module doc).
pub(super) fn in_reference_entry(text: &str, s: usize, e: usize) -> bool {
    let bytes = text.as_bytes();
    let to = (e + ENTRY_REACH).min(text.len());
    let end = match memchr::memchr(b'\n', &bytes[e..to]) {
        Some(i) => e + i,
        None if to == text.len() => to,
        None => return false,
    };
    // Cheap first: a citation's line ends in a year and a full stop
    // ("…, 2019."); most lines end otherwise.
    let Some(body) = text[..end].trim_end().strip_suffix('.') else {
        return false;
    };
    let body = body.trim_end().as_bytes();
    if body.len() < 4 || !body[body.len() - 4..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let from = s.saturating_sub(ENTRY_REACH);
    let start = match memchr::memrchr(b'\n', &bytes[from..s]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    end - start <= ENTRY_REACH && ends_in_citation(&text[start..end])
}

/// True when `line` ends with a full stop after a verbless sentence of at
/// most [`CITATION_WORDS`] words whose last comma is followed by a date alone
/// ("2020", "March 2018", "14 June 1988").
fn ends_in_citation(line: &str) -> bool {
    let Some(body) = line.trim_end().strip_suffix('.') else {
        return false;
    };
    // The last sentence: after the last ". " that is no month's short form
    // ("Nov. 2023").
    let mut cut = body.len();
    let last = loop {
        match body[..cut].rfind(". ") {
            Some(i) => {
                let word = body[..i + 1].rsplit(' ').next().unwrap_or("");
                if !is_month(word) {
                    break &body[i + 2..];
                }
                cut = i;
            }
            None => break body,
        }
    };
    let Some((head, date)) = last.rsplit_once(',') else {
        return false;
    };
    !head.trim().is_empty()
        && last.split_whitespace().count() <= CITATION_WORDS
        && !super::clause_edges::has_finite_verb(last)
        && is_date(date)
}

/// True for one to three words ending in a year (1800–2099), before it a
/// day number or a month name: "2022", "March 2018", "9 March 2018".
fn is_date(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().take(4).collect();
    let Some((year, rest)) = words.split_last() else {
        return false;
    };
    let is_year = year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("18") || year.starts_with("19") || year.starts_with("20"));
    is_year
        && rest.len() <= 2
        && rest
            .iter()
            .all(|w| is_month(w) || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_ends_the_line() {
        assert!(ends_in_citation(
            "4. \"Port reopens\". Harbour Gazette, 3 May 2021."
        ));
        assert!(ends_in_citation(
            "Tanaka, Ken. \"Salt trade\". Asian Review, 2019."
        ));
        assert!(ends_in_citation("Ministry briefing notes, Nov. 2023."));
        assert!(!ends_in_citation(
            "The port reopened in May, 2021 figures show."
        ));
        assert!(!ends_in_citation("Kim went to Moscow, in March 2018."));
        assert!(!ends_in_citation(
            "Exports rose to 8,200 tonnes, up from 2019."
        ));
        assert!(!ends_in_citation("The ferry was built, in 1986."));
        assert!(!ends_in_citation("Harbour Gazette, 3 May 2021"));
    }
}
