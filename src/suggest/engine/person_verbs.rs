//! Verbs that report only after a described person: "X, a historian at
//! Lund University, disagreed", "A former deputy minister, X, offered a
//! different view", "X, a researcher at the institute, presented new survey
//! work". Elsewhere they report nothing ("the ministry offered aid"), so
//! they are no cues of the rules: a sentence opening with a name and its
//! description (either order) before one of them is an attribution of that
//! person, with the source the description gives.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::{ATTRIBUTION, Found, Suggester};

/// Verbs reporting a view after a described person, lower case.
const PERSON_VERBS: &[&str] = &["disagreed", "objected", "dissented", "presented", "offered"];

/// Of [`PERSON_VERBS`], those whose object joins the attribution
/// ("offered *a different view*").
const OBJECT_VERBS: &[&str] = &["presented", "offered"];

/// ", " and each of [`PERSON_VERBS`], in its order: the text is searched
/// for the verb after its comma (no verb holds ", ", so these are the
/// verb's occurrences after one), each searcher built once.
static AFTER_COMMA: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
    (PERSON_VERBS.iter())
        .map(|v| Finder::new(format!(", {v}").as_bytes()).into_owned())
        .collect()
});

/// Last words of an object that is a view or findings ("offered a middle
/// *view*"), not a deed ("offered aid", "offered to resign").
const OBJECT_HEADS: &[&str] = &[
    "view",
    "views",
    "assessment",
    "analysis",
    "evidence",
    "work",
    "findings",
    "data",
    "research",
    "figures",
    "estimate",
    "estimates",
    "explanation",
    "account",
    "theory",
    "argument",
    "picture",
    "reading",
    "interpretation",
    "study",
    "survey",
    "results",
    "perspective",
];

/// Words that end a verb's object ("presented survey work *showing* …").
const OBJECT_ENDS: &[&str] = &[
    "that",
    "showing",
    "which",
    "who",
    "to",
    "on",
    "at",
    "in",
    "for",
    "with",
    "about",
    "suggesting",
    "and",
    "but",
];

/// The most words of an object taken into the attribution.
const MAX_OBJECT_WORDS: usize = 4;

/// The most words of the description beside the name.
const MAX_DESCRIPTION_WORDS: usize = 16;

/// How far back from the verb the sentence's start is looked for, in bytes.
const REACH: usize = 320;

/// The rule these attributions are reported under.
const RULE: &str = "person-view";

/// How sure such an attribution is.
const SCORE: f32 = 0.75;

/// "Ana Ruiz, a historian at …" or "A former deputy minister, Ana Ruiz": the
/// name and the description of a sentence's opening `lead` (the text before
/// the comma that precedes the verb), when one part is a person's name and
/// the other opens with "a" or "an".
fn named_and_described(lead: &str) -> Option<(&str, &str)> {
    let indefinite = |d: &str| {
        d.starts_with("a ") || d.starts_with("an ") || d.starts_with("A ") || d.starts_with("An ")
    };
    let fits = |d: &str| {
        indefinite(d)
            && d.split_whitespace().count() <= MAX_DESCRIPTION_WORDS
            && !d.contains(['“', '”', '"', ';'])
    };
    if let Some((name, description)) = lead.split_once(", ")
        && super::person_source::is_name(name)
        && fits(description)
    {
        return Some((name, description));
    }
    let (description, name) = lead.rsplit_once(", ")?;
    (super::person_source::is_name(name) && fits(description)).then_some((name, description))
}

/// The end of the object after an [`OBJECT_VERBS`] verb ending at `end` of
/// `text`: up to [`MAX_OBJECT_WORDS`] plain lower-case words, before
/// punctuation or one of [`OBJECT_ENDS`].
fn object_end(text: &str, end: usize) -> usize {
    let mut at = end;
    for _ in 0..MAX_OBJECT_WORDS {
        let rest = &text[at..];
        let Some(word_rest) = rest.strip_prefix(' ') else {
            break;
        };
        let len = word_rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(word_rest.len());
        let word = &word_rest[..len];
        if len == 0 || !word.chars().all(char::is_lowercase) || OBJECT_ENDS.contains(&word) {
            break;
        }
        at += 1 + len;
    }
    at
}

impl Suggester {
    /// Adds an attribution for each sentence of `text` that opens with a
    /// named and described person (see [`named_and_described`]) and a comma
    /// before one of [`PERSON_VERBS`], when the description gives a source
    /// and no attribution or speculation is there; a claim the rules put
    /// over the person's words is dropped. `found` stays in text order.
    pub(super) fn described_person_views(&self, text: &str, found: &mut Vec<Found>) {
        let mut added = Vec::new();
        for (verb, finder) in PERSON_VERBS.iter().zip(AFTER_COMMA.iter()) {
            for comma in finder.find_iter(text.as_bytes()) {
                let at = comma + 2;
                let verb_end = at + verb.len();
                if !text[..at].ends_with(", ")
                    || text[verb_end..].starts_with(|c: char| c.is_alphanumeric())
                {
                    continue;
                }
                let from = text.floor_char_boundary(at.saturating_sub(REACH));
                let before = &text[from..at - 2];
                let Some(mark) = before.rfind(['.', '!', '?', '\n']) else {
                    continue;
                };
                let lead_start = from + mark + 1;
                let lead = text[lead_start..at - 2].trim_start();
                let start = at - 2 - lead.len();
                let Some((name, description)) = named_and_described(lead) else {
                    continue;
                };
                let source = self
                    .person_appositive_source(name, description)
                    .or_else(|| self.described_source(description));
                let Some(source) = source else { continue };
                let end = if OBJECT_VERBS.contains(verb) {
                    let end = object_end(text, verb_end);
                    let head = text[verb_end..end].split_whitespace().last().unwrap_or("");
                    if !OBJECT_HEADS.contains(&head) {
                        continue;
                    }
                    end
                } else {
                    verb_end
                };
                added.push(Found {
                    start,
                    end,
                    label: ATTRIBUTION,
                    why: format!(
                        "“{verb}” after {name}, described as “{description}”, read as {source}"
                    ),
                    source: Some(source),
                    rule: RULE.to_string(),
                    score: SCORE,
                    back_reference: false,
                });
            }
        }
        for f in added {
            let blocked = found.iter().any(|g| {
                g.start < f.end
                    && f.start < g.end
                    && (g.label != crate::suggest::CLAIM || g.start < f.start)
            });
            if blocked {
                continue;
            }
            found.retain(|g| !(g.start < f.end && f.start < g.end));
            let at = found.partition_point(|g| g.start < f.start);
            found.insert(at, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_descriptions() {
        assert_eq!(
            named_and_described("Ana Ruiz, a historian at Lund University"),
            Some(("Ana Ruiz", "a historian at Lund University"))
        );
        assert_eq!(
            named_and_described("A former deputy minister of trade, Ola Berg"),
            Some(("Ola Berg", "A former deputy minister of trade"))
        );
        assert_eq!(
            named_and_described("The ministry, a body of the state"),
            None
        );
        assert_eq!(named_and_described("Ana Ruiz"), None);
        assert_eq!(
            named_and_described("Ana Ruiz, a fellow at the Lund Centre (LC)"),
            Some(("Ana Ruiz", "a fellow at the Lund Centre (LC)"))
        );
        assert_eq!(named_and_described("Ana Ruiz, a “fellow”"), None);
    }

    #[test]
    fn objects_of_the_verb() {
        let text = "X offered a middle view. Y presented survey work showing that.";
        let end = text.find("offered").unwrap_or(0) + "offered".len();
        assert_eq!(&text[end..object_end(text, end)], " a middle view");
        let end = text.find("presented").unwrap_or(0) + "presented".len();
        assert_eq!(&text[end..object_end(text, end)], " survey work");
    }
}
