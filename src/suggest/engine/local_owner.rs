//! A local government's office named through the place's possessive: "the
//! city's festival office said", "the city's tourism bureau said", "according
//! to the county's health department". The owner word was dropped and the
//! bare head ("office") read as whatever body the text named last (fresh30:
//! the JCS). The office is the country's officials, the country of the
//! nearest place named before (else the dateline's). Gold over the 32 sets:
//! four "the city's <office>" spans, all "<country> officials" (Chinese ×3,
//! South Korean ×1).

use super::{ATTRIBUTION, Found, Suggester};

/// Owners that are a local government's place, and the state modifier
/// their office reads with ([`super::state_body::is_state_body`]).
const OWNERS: &[(&str, &str)] = &[
    ("city", "city"),
    ("town", "town"),
    ("county", "county"),
    ("district", "district"),
    ("province", "province"),
    ("municipality", "city"),
    ("prefecture", "province"),
];

/// The most words from the possessive to the head ("the city's *port
/// authority*").
const MOST_WORDS: usize = 4;

impl Suggester {
    /// Files each attribution of `found` whose subject is "the <place
    /// word>'s <words> <head>" and whose source is that bare head under the
    /// officials of the nearest place's country.
    pub(super) fn name_local_owner_offices(&self, text: &str, found: &mut [Found]) {
        let mut dateline: Option<Option<String>> = None;
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(head) = f.source.as_deref() else {
                continue;
            };
            // Cheap first: a one-word lower-case source and a possessive.
            if head.contains(' ') || !head.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let Some(span) = text.get(f.start..f.end) else {
                continue;
            };
            let Some(modifier) = office_of_place(span, head) else {
                continue;
            };
            let Some(nationality) = super::police_place::place_before_nationality(text, f.start)
                .or_else(|| self.dateline_nationality_memo(text, &mut dateline))
            else {
                continue;
            };
            let source = self.index.normalise(&format!("{nationality} officials"));
            f.why.push_str(&format!(
                ", “the {modifier}'s … {head}” read as {source} (a local government's office, the country of the place before)"
            ));
            f.source = Some(source);
        }
    }
}

/// The state modifier of the owner when `span` holds "the <owner>'s" then
/// at most [`MOST_WORDS`] lower-case words ending in `head`, a state body's
/// head ([`super::state_body::is_state_body`]). Each apostrophe is found by
/// its byte first (most spans have none): no copy before an owner matches.
fn office_of_place(span: &str, head: &str) -> Option<&'static str> {
    let bytes = span.as_bytes();
    // "'" or the last byte of "’" (E2 80 99).
    memchr::memchr2_iter(b'\'', 0x99, bytes).find_map(|i| {
        let owner_end = match bytes[i] {
            b'\'' => i,
            _ if i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 => i - 2,
            _ => return None,
        };
        let rest = span.get(i + 1..)?.strip_prefix("s ")?;
        let lead = span.get(..owner_end)?;
        let (before, owner) = lead.rsplit_once(' ')?;
        let the = before.rsplit(' ').next()?;
        if !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let modifier = OWNERS.iter().find(|(o, _)| *o == owner)?.1;
        let words: Vec<&str> = rest.split(' ').take(MOST_WORDS).collect();
        let end = words.iter().position(|w| *w == head)?;
        let phrase = &words[..=end];
        let plain = (phrase.iter()).all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
        (plain && super::state_body::is_state_body(&format!("{modifier} {}", phrase.join(" "))))
            .then_some(modifier)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_of_a_place() {
        assert_eq!(
            office_of_place("the city's festival office said", "office"),
            Some("city")
        );
        assert_eq!(
            office_of_place("The county's health department said", "department"),
            Some("county")
        );
        assert_eq!(
            office_of_place("the firm's festival office said", "office"),
            None
        );
        assert_eq!(office_of_place("the city's police said", "police"), None);
    }
}
