//! The body a document is by, as its first line names it: the capitalised
//! run that opens the title ("*Daehan Fastening* third-quarter 2026
//! earnings call: …", "*Hanul Bridge School* newsletter, December: …") when
//! the header lines below name it again, or a letterhead in capitals with a
//! company's suffix ("HANUL MARINE LOGISTICS CO., LTD." → Hanul Marine
//! Logistics). "We"/"our" in such a document and the posts of its own
//! people speak for it ([`super::own_staff`], [`super::label_tail`]).

/// How far below the first line the title's run is looked for again, in
/// bytes.
const HEADER_REACH: usize = 1_000;

/// The most words of a body's name read from the title.
const MOST_WORDS: usize = 6;

/// Suffixes of a company's name in a letterhead, in capitals.
const SUFFIXES: &[&str] = &[
    "CO.", "CO", "LTD.", "LTD", "INC.", "INC", "CORP.", "CORP", "PLC", "LLC",
];

/// The body `text`'s first line names, as the module's doc says, or `None`.
pub(super) fn document_body(text: &str) -> Option<String> {
    let text = text.trim_start();
    let line_end = text.find(['\n', '\r']).unwrap_or(text.len());
    let line = text.get(..line_end)?;
    if let Some(name) = letterhead(line) {
        return Some(name);
    }
    let below = text.get(line_end..)?;
    let below = below.get(..below.floor_char_boundary(HEADER_REACH.min(below.len())))?;
    let titled = title_run(line).and_then(|run| {
        // The run followed by a colon is a heading's topic ("Nampo
        // Shipyard: A Second Destroyer"), no author.
        if line[run.len()..].starts_with(':') {
            return None;
        }
        memchr::memmem::find(below.as_bytes(), run.as_bytes()).map(|_| run.to_string())
    });
    titled.or_else(|| from_header(below))
}

/// The body a form's header names within the first lines of `text`: a
/// memo's "From:" line ([`from_header`]) or a letterhead in capitals before
/// a dash naming its unit ("MOKRYEON UNIVERSITY — OFFICE OF ADMISSIONS",
/// [`unit_letterhead`]); `None` for other texts (a news title's run is no
/// sender).
pub(super) fn form_sender(text: &str) -> Option<String> {
    let header = text.get(..text.floor_char_boundary(text.len().min(HEADER_REACH)))?;
    from_header(header).or_else(|| header.lines().take(4).find_map(unit_letterhead))
}

/// The body of a letterhead `line` in capitals, "BODY — UNIT" ("SAEMMUL
/// GENERAL HOSPITAL — PATIENT SAFETY COMMITTEE"): the two to
/// [`MOST_WORDS`] words before the dash, each capitalised ("Saemmul General
/// Hospital"); a dateline ("SEOUL, Dec. 3 —") has a comma and a digit.
fn unit_letterhead(line: &str) -> Option<String> {
    let (body, unit) = line.trim().split_once(" — ")?;
    let capitals = |part: &str| {
        part.chars()
            .all(|c| c.is_ascii_uppercase() || c == ' ' || c == '&' || c == '-')
    };
    let words: Vec<&str> = body.split(' ').collect();
    if !(2..=MOST_WORDS).contains(&words.len()) || !capitals(body) || !capitals(unit) {
        return None;
    }
    Some(title_case(&words))
}

/// The body a memo's "From:" header line in `header` names after its last
/// comma ("From: Terminology desk, Hanul Language Services", "From: Daniel
/// Kwak, chartering desk, Haedong Ship Brokers (Busan)"): two to
/// [`MOST_WORDS`] capitalised words, a place in brackets dropped. Gold over
/// the 33 sets: the four "From:" lines with a body after a comma are filed
/// under that body (Haedong Ship Brokers ×2 forms, Longfeng Marine, Hanul
/// Language Services).
fn from_header(header: &str) -> Option<String> {
    // Cheap first: no "From: " in the header, no memo.
    let at = memchr::memmem::find(header.as_bytes(), b"From: ")?;
    if at > 0 && !header[..at].ends_with('\n') {
        return None;
    }
    let line = header[at + 6..].lines().next()?.trim_end();
    let (_, last) = line.rsplit_once(", ")?;
    let last = match last.split_once(" (") {
        Some((name, _)) => name,
        None => last,
    };
    let run = title_run(last)?;
    (run.len() == last.len()).then(|| run.to_string())
}

/// The capitalised words (two to [`MOST_WORDS`], "of"/"and"/"&" between
/// them allowed) that open `line`, with no digit or full stop.
fn title_run(line: &str) -> Option<&str> {
    let mut end = 0;
    let mut words = 0;
    let mut at = 0;
    for word in line.split(' ') {
        let bare = word.trim_end_matches([',', '’', '\'']);
        let capital = bare.starts_with(|c: char| c.is_uppercase())
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '&');
        if capital && bare.len() == word.len() {
            words += 1;
            end = at + word.len();
        } else if capital {
            // "Zoo," ends the run with its word.
            words += 1;
            end = at + bare.len();
            break;
        } else if !(words > 0 && ["of", "and", "&"].contains(&word)) {
            break;
        }
        if words >= MOST_WORDS {
            break;
        }
        at += word.len() + 1;
    }
    (words >= 2).then(|| &line[..end])
}

/// A letterhead in capitals that ends in a company's suffix ("HANUL MARINE
/// LOGISTICS CO., LTD."): its words before the suffix, each capitalised.
fn letterhead(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().any(char::is_lowercase) || !line.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    let first_suffix = words.iter().position(|w| SUFFIXES.contains(w))?;
    if first_suffix < 1 || words[first_suffix..].iter().any(|w| !SUFFIXES.contains(w)) {
        return None;
    }
    Some(title_case(&words[..first_suffix]))
}

/// `words` written in capitals as a name: each word's first letter kept, the
/// rest lower-cased, joined by spaces ("SAEMMUL GENERAL" → "Saemmul General").
fn title_case(words: &[&str]) -> String {
    let name: Vec<String> = (words.iter())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_string() + &c.as_str().to_lowercase())
        })
        .collect();
    name.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_of_title_lines() {
        let call = "Daehan Fastening third-quarter 2026 earnings call: edited transcript\n\nEdited transcript of Daehan Fastening Co.’s call.";
        assert_eq!(document_body(call).as_deref(), Some("Daehan Fastening"));
        let letter = "HANUL MARINE LOGISTICS CO., LTD.\nAnnual Report 2025";
        assert_eq!(
            document_body(letter).as_deref(),
            Some("Hanul Marine Logistics")
        );
        // A headline whose run the header does not repeat: no author.
        let news = "North Korea fires two missiles\n\nSEOUL - The launch came at dawn.";
        assert_eq!(document_body(news), None);
        let topic = "Nampo Shipyard: A Second Destroyer\n\nNampo Shipyard is busy.";
        assert_eq!(document_body(topic), None);
        let memo = "Style memo 3: terms\n\nFrom: Terms desk, Baram Translation Co\nTo: All staff";
        assert_eq!(document_body(memo).as_deref(), Some("Baram Translation Co"));
        let person = "Note\n\nFrom: Kim Ji-ho, Haedong Brokers (Busan)\nTo: Ops";
        assert_eq!(document_body(person).as_deref(), Some("Haedong Brokers"));
        let lone = "Note\n\nFrom: Kim Ji-ho\nTo: Ops";
        assert_eq!(document_body(lone), None);
        let form = "Circular: fees\n\nHANBIT COLLEGE — OFFICE OF FINANCE\nTo: parents\n\nHanbit College will raise fees.";
        assert_eq!(form_sender(form).as_deref(), Some("Hanbit College"));
        let report = "KNTV EVENING REPORT — MONDAY 8 DECEMBER\nItem 4";
        assert_eq!(form_sender(report), None);
    }
}
