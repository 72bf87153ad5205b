//! The body a bare source's noun refers back to when the text named it
//! before ([`super::bare_guard`]): the broadcaster named last ("the
//! bulletin" → "Pyongyang FM", a station by its acronym, "Voice of X"), the
//! company named last by its corporate suffix ("Seohae Blue Energy Co."),
//! and the company a lawyer speaks for ("Haemil's lawyer").

use super::bare_kind::REACH;

/// Last words of a broadcaster's name ("Pyongyang FM", "Korean Central
/// Broadcasting Station").
const BROADCASTER_HEADS: &[&str] = &["FM", "AM", "Radio", "Television", "TV", "Station"];

/// The broadcaster `before` names last: a name ending in a broadcaster's
/// head word ("Pyongyang FM", "Korean Central Broadcasting Station (KCBS)",
/// read as its acronym), "Voice of X", or an acronym introduced for one.
pub(super) fn latest_broadcaster(before: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    let mut acronyms: Vec<String> = Vec::new();
    let mut take = |at: usize, name: String| {
        if best.as_ref().is_none_or(|(b, _)| at >= *b) {
            best = Some((at, name));
        }
    };
    for head in BROADCASTER_HEADS {
        for (at, _) in before.match_indices(head) {
            let end = at + head.len();
            let whole = at > 0
                && before.as_bytes()[at - 1] == b' '
                && !before
                    .as_bytes()
                    .get(end)
                    .is_some_and(|b| b.is_ascii_alphanumeric());
            if !whole {
                continue;
            }
            let words = super::kind_name::name_back(&before[..at], 3);
            let words: Vec<&str> = words.into_iter().filter(|w| *w != "The").collect();
            if words.is_empty() {
                continue;
            }
            let name = format!("{} {head}", words.join(" "));
            match acronym_of(before, &name) {
                Some(acronym) => {
                    acronyms.push(acronym.clone());
                    take(at, acronym);
                }
                None => take(at, name),
            }
        }
    }
    for (at, _) in before.match_indices("Voice of ") {
        let rest = &before[at + "Voice of ".len()..];
        let place: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .collect();
        if place.starts_with(char::is_uppercase) {
            take(at, format!("Voice of {place}"));
        }
    }
    for acronym in acronyms {
        if let Some(at) = before.rfind(acronym.as_str()) {
            take(at, acronym);
        }
    }
    best.map(|(_, name)| name)
}

/// The company `before` names last by its corporate suffix ("Applicant:
/// Seohae Blue Energy Co." → "Seohae Blue Energy").
pub(super) fn suffixed_company(before: &str) -> Option<String> {
    [" Co.", " Ltd", " Inc.", " Corp."]
        .iter()
        .filter_map(|suffix| {
            let at = before.rfind(suffix)?;
            let words = super::kind_name::name_back(before.get(..at + 1)?, 4);
            let words: Vec<&str> = words.into_iter().filter(|w| *w != "The").collect();
            (!words.is_empty()).then(|| (at, words.join(" ")))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// The acronym `text` gives `name` right after it: "Name (ACR)".
fn acronym_of(text: &str, name: &str) -> Option<String> {
    let needle = format!("{name} (");
    let at = memchr::memmem::find(text.as_bytes(), needle.as_bytes())? + needle.len();
    let rest = text.get(at..)?;
    let end = rest.bytes().take(10).position(|b| b == b')')?;
    let acronym = &rest[..end];
    ((2..=8).contains(&acronym.len()) && acronym.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| acronym.to_string())
}

/// The company a lawyer in `span` speaks for: "Owner's lawyer" where Owner
/// opens the name of the company the text introduced last before `start`.
pub(super) fn body_of_lawyer(text: &str, span: &str, start: usize) -> Option<String> {
    let (owner, rest) = span.split_once("’s ").or_else(|| span.split_once("'s "))?;
    if !rest.starts_with("lawyer") || owner.contains(' ') || !owner.starts_with(char::is_uppercase)
    {
        return None;
    }
    let from = text.floor_char_boundary(start.saturating_sub(REACH));
    let company = crate::suggest::company::latest_company(text.get(from..start)?)?;
    let first = company.split(' ').next()?;
    (first == owner && company.len() > owner.len()).then_some(company)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcasters() {
        let text = "Korean Central Broadcasting Station (KCBS), news. Pyongyang FM at 7. ";
        assert_eq!(latest_broadcaster(text).as_deref(), Some("Pyongyang FM"));
        let text = "Korean Central Broadcasting Station (KCBS), news. Pyongyang FM. KCBS, talk.";
        assert_eq!(latest_broadcaster(text).as_deref(), Some("KCBS"));
        let text = "Voice of Korea, English service. ";
        assert_eq!(latest_broadcaster(text).as_deref(), Some("Voice of Korea"));
    }
}
