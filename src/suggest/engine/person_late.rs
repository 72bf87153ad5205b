//! Persons named by a surname or a head's title that the readings before
//! the pronouns could not place, read again once every pronoun has its
//! source: "Its director, Han Mi-ra, told reporters …. Han said" (the
//! director's attribution took its body from "Its"), "The Harbour Agency
//! said …. Commissioner Ola Berg told reporters" (the head of the body
//! just quoted).

use std::collections::HashMap;

use super::person_source::is_name;
use super::{ATTRIBUTION, Found, Suggester};

/// Capitalised titles of the head of a body that name no body themselves
/// ("*Commissioner* Ola Berg"): the head speaks for the body just quoted.
const HEAD_TITLES: &[&str] = &[
    "Commissioner",
    "Director",
    "Director-General",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Administrator",
    "Superintendent",
    "Commandant",
];

/// How far before a head's attribution, in bytes, the body's attribution
/// may end.
const HEAD_REACH: usize = 1_500;

/// How many attributions before a surname's are read for its mention.
const SURNAME_REACH: usize = 64;

/// Registry kinds of a body a head may speak for.
const BODY_KINDS: &[&str] = &[
    "government",
    "military",
    "other",
    "news agency",
    "state media",
    "broadcaster",
    "specialist outlet",
];

/// "Commissioner Ola Berg" → true: a head's title, then a person's name.
fn head_titled(source: &str) -> bool {
    source
        .split_once(' ')
        .is_some_and(|(title, name)| HEAD_TITLES.contains(&title) && is_name(name))
}

/// True when `source` is written as an acronym ("KCG", "JCS", "G7"):
/// two to eight capital letters or digits, opening with a letter.
fn acronym(source: &str) -> bool {
    (2..=8).contains(&source.len())
        && source.starts_with(|c: char| c.is_ascii_uppercase())
        && source
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

impl Suggester {
    /// Gives each attribution (in text order) whose source is still a
    /// person's surname or a head's title and name the source of the
    /// attribution that places them, and every later attribution with the
    /// same unplaced source (a pronoun after it) that source too. Runs after
    /// the back references, so a director introduced after "Its" counts.
    pub(super) fn resolve_late_persons(&self, text: &str, found: &mut [Found]) {
        let mut renamed: HashMap<String, String> = HashMap::new();
        // Whether each source is a registry name, read beforehand (a long
        // list on two threads): this pass renames only sources it is not.
        let known = super::tail_split::map(found, |f| {
            f.label == ATTRIBUTION
                && f.source
                    .as_deref()
                    .is_some_and(|s| self.index.canonical(s).is_some())
        });
        for (i, known) in known.into_iter().enumerate() {
            if found[i].label != ATTRIBUTION {
                continue;
            }
            // Cheap first: a registry name not renamed before is left, uncopied.
            let Some(source) = found[i].source.as_deref() else {
                continue;
            };
            if known && !renamed.contains_key(source) {
                continue;
            }
            let source = source.to_string();
            let placed = if let Some(to) = renamed.get(&source) {
                Some((to.clone(), "as placed before"))
            } else if known {
                None
            } else if head_titled(&source) {
                self.head_body(&found[..i], found[i].start)
                    .map(|b| (b, "the head of the body quoted just before"))
            } else if is_name(&source) && !source.contains(' ') {
                surname_source(text, &found[..i], &source)
                    .map(|s| (s, "the person the text introduced with that name"))
            } else {
                None
            };
            let Some((to, how)) = placed else {
                continue;
            };
            let f = &mut found[i];
            f.why
                .push_str(&format!(", “{source}” read as {to} ({how})"));
            f.source = Some(to.clone());
            renamed.entry(source).or_insert(to);
        }
    }

    /// The source of the latest attribution in `earlier` ending within
    /// [`HEAD_REACH`] bytes before `start` when it is a body: an acronym or
    /// a registry body (not a group of people such as experts or
    /// defectors).
    fn head_body(&self, earlier: &[Found], start: usize) -> Option<String> {
        let last = earlier.iter().rev().find(|e| e.label == ATTRIBUTION)?;
        if last.end + HEAD_REACH < start {
            return None;
        }
        let source = last.source.as_deref()?;
        if acronym(source) {
            return Some(source.to_string());
        }
        let known = self.index.canonical(source)?;
        let group = ["defectors", "lawmakers", "citizens", "tourists", "traders"]
            .iter()
            .any(|g| known.ends_with(g));
        let body = (self.registry.sources.iter())
            .any(|s| s.name == known && BODY_KINDS.contains(&s.kind.as_str()));
        (body && !group).then(|| known.to_string())
    }
}

/// The source of the latest attribution by a pronoun or description in
/// `earlier` (of the last [`SURNAME_REACH`]) whose span holds `surname` as a
/// word and whose source does not: the person introduced with that name,
/// placed there.
fn surname_source(text: &str, earlier: &[Found], surname: &str) -> Option<String> {
    // The readings before the pronouns searched every other attribution:
    // only one by a pronoun or a description ("Its director, X, …") is new.
    (earlier.iter().rev())
        .filter(|e| e.label == ATTRIBUTION)
        .take(SURNAME_REACH)
        .filter(|e| e.back_reference)
        .find_map(|e| {
            let source = e.source.as_deref()?;
            let holds = |t: &str| {
                t.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .any(|w| w == surname)
            };
            let span = text.get(e.start..e.end)?;
            (holds(span) && !holds(source) && !source.is_empty()).then(|| source.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_titles_and_acronyms() {
        assert!(head_titled("Commissioner Ola Berg"));
        assert!(head_titled("Director Han Mi-ra"));
        assert!(!head_titled("Commissioner"));
        assert!(!head_titled("Director of the agency"));
        assert!(!head_titled("Defence Minister Ola Berg"));
        assert!(acronym("KCG"));
        assert!(!acronym("Kang"));
        assert!(!acronym("K"));
    }
}
