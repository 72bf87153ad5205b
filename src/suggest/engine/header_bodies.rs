//! Bodies a text's header lines and fields name, for
//! [`super::private_person`]: the owner a field names ("Insured: X Co."), the
//! body of a capitalised header line, a body listed beside a person
//! ("Respondents: the … Association; team officials Ri …"), and the head word
//! of a body's short form ("The DPRK association").

use super::person_description::*;

/// The owner a header field names ("Insured: Dongbang Feeder Lines Co.,
/// Busan" → "Dongbang Feeder Lines"), with a ship in the text.
pub(super) fn owner_field(text: &str) -> Option<String> {
    for line in text.lines().take(15) {
        let line = line.trim();
        let lower = line.to_ascii_lowercase();
        let Some(field) = OWNER_FIELDS.iter().find(|f| lower.starts_with(**f)) else {
            continue;
        };
        let value = line.get(field.len()..)?.trim();
        let value = value.split(',').next()?.trim();
        let value = ["Co.", "Co", "Ltd.", "Ltd", "Inc.", "Inc", "Corp.", "Corp"]
            .iter()
            .find_map(|s| value.strip_suffix(s))
            .unwrap_or(value)
            .trim();
        if !value.is_empty() && value.starts_with(char::is_uppercase) {
            return Some(value.to_string());
        }
    }
    None
}

/// The body a capitalised header line names ("ASIAN WEIGHTLIFTING
/// FEDERATION — DISCIPLINARY CHAMBER"), as the acronym the text gives it
/// in brackets ("Asian Weightlifting Federation (AWF)").
pub(super) fn header_body(text: &str) -> Option<String> {
    for line in text.lines().take(6) {
        let line = line.trim();
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 8 || line.chars().any(char::is_lowercase) {
            continue;
        }
        let head = line.split(['—', '-', ':']).next()?.trim();
        if head.split_whitespace().count() < 2 {
            continue;
        }
        let lower_text = text.to_ascii_lowercase();
        let wanted = format!("{} (", head.to_ascii_lowercase());
        let at = lower_text.find(&wanted)? + wanted.len();
        let acronym: String = text
            .get(at..)?
            .chars()
            .take_while(|c| c.is_ascii_uppercase())
            .collect();
        if acronym.len() >= 2 && text.get(at + acronym.len()..)?.starts_with(')') {
            return Some(acronym);
        }
    }
    None
}

/// Head words of a body a short definite form names ("The DPRK
/// association").
pub(super) const SHORT_HEADS: &[&str] = &[
    "association",
    "federation",
    "union",
    "society",
    "foundation",
    "institute",
];

/// "The DPRK association stated …": the head word of a definite body named
/// by one capitalised qualifier and a lower-case head.
pub(super) fn short_body_head(quote: &str) -> Option<&'static str> {
    let mut words = super::ascii_words::words(quote);
    // Cheap first: the other words read only after "the".
    if !words.next()?.eq_ignore_ascii_case("the") {
        return None;
    }
    let qualifier = words.next()?;
    let head = words.next()?;
    if !qualifier.starts_with(char::is_uppercase) || !head.starts_with(char::is_lowercase) {
        return None;
    }
    SHORT_HEADS.iter().find(|h| **h == head).copied()
}

/// The capitalised name in `line` whose head word is `head` (any case),
/// with an "of (the) X" after it: "the Weightlifting Association of the
/// DPRK; …" → "Weightlifting Association of the DPRK".
pub(super) fn capitalised_body(line: &str, head: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let h = words
        .iter()
        .position(|w| w.starts_with(char::is_uppercase) && clean(w).eq_ignore_ascii_case(head))?;
    let mut start = h;
    while start > 0
        && words[start - 1].starts_with(char::is_uppercase)
        && !words[start - 1].ends_with([':', ';', ','])
    {
        start -= 1;
    }
    let mut end = h + 1;
    if !words[h].ends_with([',', ';', '.', ':']) && words.get(end).is_some_and(|w| *w == "of") {
        let mut e = end + 1;
        if words.get(e).is_some_and(|w| *w == "the") {
            e += 1;
        }
        if let Some(w) = words.get(e)
            && w.starts_with(char::is_uppercase)
        {
            end = e + 1;
        }
    }
    let mut name: Vec<String> = words[start..end].iter().map(|w| w.to_string()).collect();
    if let Some(last) = name.last_mut() {
        *last = last.trim_end_matches([',', ';', '.', ':']).to_string();
    }
    (start < h || end > h + 1).then(|| name.join(" "))
}

/// The body a header field line lists with the person `name`
/// ("Respondents: the Weightlifting Association of the DPRK; team officials
/// Ri Chol-min and Kang Song-il").
pub(super) fn header_field_body(text: &str, name: &str) -> Option<String> {
    for line in text.lines().take(15) {
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        if label.split_whitespace().count() > 3 {
            continue;
        }
        // The field's sentence that holds the name ("Observer: Yoon Hae-in,
        // Imjin Bridge Forum (IBF)." among others on the line).
        let Some(segment) = value.split(". ").find(|seg| has_word(seg, name)) else {
            continue;
        };
        let segment = segment.rsplit_once(": ").map_or(segment, |(_, v)| v);
        if let Some((_, rest)) = segment.split_once('(') {
            let acronym: String = rest.chars().take_while(char::is_ascii_uppercase).collect();
            if acronym.len() >= 2 && rest[acronym.len()..].starts_with(')') {
                return Some(acronym);
            }
        }
        for head in BODY_WORDS {
            if let Some(body) = capitalised_body(segment, head) {
                return Some(body);
            }
        }
    }
    None
}
