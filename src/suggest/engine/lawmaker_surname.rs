//! A lawmaker named again by surname ("Rep. Bae said", "Noh said",
//! "according to Seo") after the text introduced them with a Korean full
//! name ("Rep. Bae Jin-hee (Democratic Party)"): the title alone read the
//! surname as a member of Congress (US lawmakers), though the person is the
//! South Korean lawmaker named before. The surname is read as that full
//! name's: its hyphenated given name after the surname, earlier in the text.
//! Fresh30 (256, a National Assembly hearing): six attributions of three
//! lawmakers and the pronoun after one.

use super::{ATTRIBUTION, Found, Suggester};

/// How far back, in bytes, the full name is looked for.
const LOOK_BACK: usize = 20_000;

impl Suggester {
    /// Files each attribution of `found` read as US lawmakers whose span
    /// names a surname the text gave before with a Korean given name under
    /// South Korean lawmakers, and the speakers of that surname (for the
    /// pronouns after) with it.
    pub(super) fn name_korean_lawmaker_surnames(
        &self,
        text: &str,
        found: &mut [Found],
        speakers: &mut [(String, String)],
    ) {
        let us = self.index.normalise(super::person_source::US_LAWMAKERS);
        // Cheap first: no attribution read as US lawmakers, nothing to do.
        if !found
            .iter()
            .any(|f| f.source.as_deref() == Some(us.as_str()))
        {
            return;
        }
        let korean = self
            .index
            .normalise(super::person_source::SOUTH_KOREAN_LAWMAKERS);
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION
                || f.back_reference
                || f.source.as_deref() != Some(us.as_str())
            {
                continue;
            }
            let Some(span) = text.get(f.start..f.end) else {
                continue;
            };
            let from = text.floor_char_boundary(f.start.saturating_sub(LOOK_BACK));
            let before = text.get(from..f.start).unwrap_or_default();
            let Some(surname) = span
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 2 && w.starts_with(char::is_uppercase))
                .filter(|w| !["Rep", "Sen", "Representative", "Senator"].contains(w))
                .find(|w| korean_full_name_before(before, w))
            else {
                continue;
            };
            f.why.push_str(&format!(
                ", “{surname}” read as {korean} (the Korean full name the text gave before)"
            ));
            f.source = Some(korean.clone());
            for (name, source) in speakers.iter_mut() {
                if *source == us && name.split_whitespace().any(|w| w == surname) {
                    source.clone_from(&korean);
                }
            }
        }
    }
}

/// True when `before` holds `surname` followed by a hyphenated given name
/// ("Bae Jin-hee").
fn korean_full_name_before(before: &str, surname: &str) -> bool {
    let needle = format!("{surname} ");
    memchr::memmem::find_iter(before.as_bytes(), needle.as_bytes()).any(|at| {
        let whole = !before[..at].ends_with(char::is_alphanumeric);
        let given = before[at + needle.len()..]
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or_default();
        whole
            && given.starts_with(char::is_uppercase)
            && given.split_once('-').is_some_and(|(a, b)| {
                !a.is_empty() && b.chars().next().is_some_and(char::is_lowercase)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_korean_names() {
        assert!(korean_full_name_before(
            "Rep. Bae Jin-hee (Democratic Party) asked",
            "Bae"
        ));
        assert!(!korean_full_name_before("Rep. Bae of Ohio asked", "Bae"));
        assert!(!korean_full_name_before("Sen. Cruz-Lopez said", "Cruz"));
    }
}
