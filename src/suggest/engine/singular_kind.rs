//! One unnamed person named only by what they do ("A shipping agent told
//! me", "The Lisbon jeweller said", "A clerk at a Porto insurer said") speaks
//! as that kind of people, in the plural and lower case ("shipping agents",
//! "jewellers", "insurers"): a place before the noun is dropped, and a
//! person "at a" kind of firm speaks as the firm's kind. Later attributions
//! that kept the same source (a pronoun) follow. Only agent nouns are read
//! ("-er", "-or", "-ant", "-ent", "-ist"), and only a person the text
//! introduces (an indefinite article, or "the" before a place).

use super::{Found, Suggester};

/// Agent-noun endings of a kind of people.
const AGENT_ENDINGS: &[&str] = &["er", "or", "ant", "ent", "ist"];

/// Openings of a newly introduced person, lower case.
const INTRODUCING: &[&str] = &["a", "an", "one", "another"];

/// Words that say nothing of what a person does, lower case.
const NOT_KINDS: &[&str] = &[
    "member",
    "officer",
    "unnamed",
    "anonymous",
    "other",
    "lawmaker",
    "legislator",
];

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are a singular kind of
    /// people, as the module doc says.
    pub(super) fn name_singular_kinds(&self, text: &str, found: &mut [Found]) {
        super::source_renames::rename_sources(found, "a kind of people", |f, source| {
            let span = text.get(f.start..f.end).unwrap_or_default();
            introduced(span, source)
                .then(|| plural_kind(source))
                .flatten()
                .filter(|_| self.registry_name_in(source).is_none())
                .map(|g| self.index.normalise(&g))
        });
    }
}

/// True when `span` opens by introducing `source`: "A shipping agent …",
/// "The Lisbon jeweller …" (the source right after the opening word).
fn introduced(span: &str, source: &str) -> bool {
    let Some((first, rest)) = span.split_once(' ') else {
        return false;
    };
    if !rest.starts_with(source) {
        return false;
    }
    let lower = first.to_lowercase();
    let place_first = source.starts_with(char::is_uppercase);
    INTRODUCING.contains(&lower.as_str()) || (lower == "the" && place_first)
}

/// The plural kind `source` names: "shipping agent" → "shipping agents",
/// "Lisbon jeweller" → "jewellers", "clerk at a Porto insurer" →
/// "insurers"; `None` when it is no such shape.
fn plural_kind(source: &str) -> Option<String> {
    let source = match source.split_once(" at a ") {
        Some((person, firm)) if person.chars().all(|c| c.is_lowercase() || c == ' ') => firm,
        Some(_) => return None,
        None => source,
    };
    let words: Vec<&str> = source.split(' ').collect();
    let (noun, before) = words.split_last()?;
    // Leading place names, then lower-case modifiers.
    let places = before
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
        .count();
    let modifiers = &before[places..];
    let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    // "-ment" ("government") names no agent.
    let agent = AGENT_ENDINGS.iter().any(|e| noun.ends_with(e))
        && !noun.ends_with("ment")
        && noun.len() > 4;
    let ok = agent
        && plain(noun)
        && modifiers.len() <= 2
        && modifiers.iter().all(|w| plain(w))
        && !(words.iter()).any(|w| NOT_KINDS.contains(w));
    ok.then(|| {
        let mut kind: Vec<&str> = modifiers.to_vec();
        kind.push(noun);
        format!("{}s", kind.join(" "))
    })
}

#[cfg(test)]
mod tests {
    use super::{introduced, plural_kind};

    #[test]
    fn singular_kinds_in_the_plural() {
        assert_eq!(
            plural_kind("freight broker").as_deref(),
            Some("freight brokers")
        );
        assert_eq!(plural_kind("Lisbon jeweller").as_deref(), Some("jewellers"));
        assert_eq!(
            plural_kind("clerk at a Porto insurer").as_deref(),
            Some("insurers")
        );
        assert_eq!(plural_kind("unnamed officer"), None);
        assert_eq!(plural_kind("KMA forecaster"), None);
        assert_eq!(plural_kind("woman"), None);
        assert_eq!(plural_kind("government"), None);
    }

    #[test]
    fn only_a_person_the_text_introduces() {
        assert!(introduced("A freight broker said", "freight broker"));
        assert!(introduced("The Lisbon jeweller said", "Lisbon jeweller"));
        assert!(!introduced("the publisher said", "publisher"));
        assert!(!introduced("He said", "freight broker"));
    }
}
