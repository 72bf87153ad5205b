//! A run-in entry heading: a short sentence that opens its line and ends in
//! a word in capitals, the entry's own text going on after it on the same
//! line, in a series of such entries ("A is for ARRESTS. Security officials
//! detained …" … "B is for BLACK-MARKET RATE. One dollar bought …"). Such a
//! heading names the entry; it is no claim.
//!
//! Over the 25 sets: 14 such sentences (fresh23's glossary, each suggested
//! as a claim before, none a gold claim: 14 false claims gone); no gold
//! claim has this shape, none right -> wrong. A
//! figure or a comma keeps a sentence out ("• 9,140 households lost power,
//! per KEPCO." is a claim), as does a sentence with no text after it on its
//! line (headlines are read by `not_claim`) or one with no other entry of
//! its shape near it (a lone "The deal was signed by KEPCO.").

/// The most words a run-in heading has.
const MOST_WORDS: usize = 6;

/// The most bytes a run-in heading takes.
const LONGEST: usize = 80;

/// How far, in bytes, another entry of the series is looked for.
const SERIES_REACH: usize = 4000;

/// True when `text[s..e]`, a sentence, is a run-in heading.
pub(super) fn is_caps_heading(text: &str, s: usize, e: usize) -> bool {
    // Cheap first: the sentence opens its line.
    if !(s == 0 || text.as_bytes().get(s.wrapping_sub(1)) == Some(&b'\n')) || e - s > LONGEST {
        return false;
    }
    heading_at(text, s).is_some() && series(text, s)
}

/// The end of the run-in heading opening the line at `s`, if one does.
fn heading_at(text: &str, s: usize) -> Option<usize> {
    let line = text.get(s..)?.split('\n').next().unwrap_or("");
    let stop = line.find(['.', ':']).filter(|&i| i <= LONGEST)?;
    let body = line[..stop].trim_end();
    if !body.ends_with(|c: char| c.is_ascii_uppercase())
        || body.contains(',')
        || body.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    if words.len() < 2 || words.len() > MOST_WORDS {
        return None;
    }
    // The last word in capitals, a word and not an initial ("US").
    let last = words[words.len() - 1];
    if last.chars().filter(|c| c.is_alphabetic()).count() < 3
        || last.chars().any(char::is_lowercase)
    {
        return None;
    }
    // Some word before it in lower case ("is", "for"): a heading in a
    // sentence's frame, not a line of capitals read by the headline rules.
    if !words.iter().any(|w| w.chars().all(char::is_lowercase)) {
        return None;
    }
    // The entry's text goes on on the same line.
    (line[stop + 1..].trim().len() > 1).then_some(s + stop)
}

/// True when another line near `s` opens with a run-in heading too.
fn series(text: &str, s: usize) -> bool {
    let from = floor(text, s.saturating_sub(SERIES_REACH));
    let to = floor(text, (s + SERIES_REACH).min(text.len()));
    let mut at = from;
    for line in text[from..to].split_inclusive('\n') {
        let opens = at == 0 || text.as_bytes().get(at - 1) == Some(&b'\n');
        if at != s && opens && heading_at(text, at).is_some() {
            return true;
        }
        at += line.len();
    }
    false
}

/// `i` moved back to a char boundary of `text`.
fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLOSSARY: &str = "A is for ARRESTS. Police detained 30 money changers.\n\nB is for BLACK-MARKET RATE. One dollar bought 18,500 won.\n";

    #[test]
    fn a_series_of_run_in_headings_in_capitals_is_read() {
        assert!(is_caps_heading(GLOSSARY, 0, 16));
        let b = GLOSSARY.find("B is").expect("entry");
        assert!(is_caps_heading(GLOSSARY, b, b + 26));
    }

    #[test]
    fn a_claim_or_a_lone_line_is_not() {
        // A lone sentence ending in an acronym.
        let lone = "The deal was signed by KEPCO. It runs to 2030.\n\nOther news.";
        assert!(!is_caps_heading(lone, 0, 28));
        // A figure and a comma: a claim.
        let figures = "Homes lost power, per KEPCO. More.\nA is for ARRESTS. Police.\n";
        assert!(!is_caps_heading(figures, 0, 27));
        // No text after it on its line.
        let bare = "A is for ARRESTS.\nB is for BREAD. Bread is dear.\n";
        assert!(!is_caps_heading(bare, 0, 16));
        // Not at a line's start.
        let inside = format!("Then. {GLOSSARY}");
        assert!(!is_caps_heading(&inside, 6, 22));
    }
}
