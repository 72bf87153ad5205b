//! A person referred back to by their noun with "the": "A Dalian-based
//! travel agent who … told us" … "The agent said" → the agent's source;
//! "A local contact who … said" … "The contact said"; "One of the three, a
//! woman who left the North …, said" … "the woman said". Read last, when
//! the first mention has its group and the back-reference is still the bare
//! noun.

use super::{ATTRIBUTION, Found};

/// How many attributions back an introduction is looked for.
const REACH: usize = 40;

/// Words before the noun that introduce a person (or a group of people by
/// a count), lower case.
const INDEFINITE: &[&str] = &[
    "a", "an", "another", "one",
    // A group by its count: "Two currency dealers … said" … "The dealers said".
    "two", "three", "four", "several",
];

/// How many words may stand between the determiner and the noun ("a
/// Shenyang-based travel *agent*").
const MODIFIERS: usize = 3;

/// Gives each attribution of `found` (of `text`, in text order) opening
/// "The <noun> …" whose source is still that bare noun the source of the
/// latest earlier attribution that introduced a person with that noun ("A
/// … <noun>"); other attributions are left.
pub(super) fn follow_definite_persons(text: &str, found: &mut [Found]) {
    // Each attribution's "The <noun>", by its own span and source: read
    // beforehand (a long list on two threads).
    let nouns = super::tail_split::map(found, |f| {
        (f.label == ATTRIBUTION)
            .then(|| definite_noun(text.get(f.start..f.end).unwrap_or_default(), f))
            .flatten()
    });
    for (i, noun) in nouns.into_iter().enumerate() {
        let Some(noun) = noun else {
            continue;
        };
        let Some(old) = found[i].source.clone() else {
            continue;
        };
        let from = i.saturating_sub(REACH);
        let earlier = found[from..i].iter().rev().find(|e| {
            e.label == ATTRIBUTION
                && e.source.as_deref().is_some_and(|s| s != noun && s != old)
                && introduces(text.get(e.start..e.end).unwrap_or_default(), noun)
        });
        let Some(source) = earlier.and_then(|e| e.source.clone()) else {
            continue;
        };
        let f = &mut found[i];
        f.why.push_str(&format!(
            ", “the {noun}” read as {source} (the person introduced before)"
        ));
        f.source = Some(source.clone());
        super::pronoun_chain::follow_pronouns(text, found, i, &old, &source);
    }
}

/// The noun of `span` when it opens "The <noun>" (up to [`MODIFIERS`]
/// lower-case words before the noun: "The studio executive said") and its
/// source (`f`'s) is still a role phrase in lower case ending in that noun:
/// the noun itself ("The agent said" → "agent"), the words before it ("The
/// studio executive" → "studio executive") or an earlier mention's
/// ("senior administration official" for "The official said").
fn definite_noun<'a>(span: &'a str, f: &Found) -> Option<&'a str> {
    let mut words = span.split_whitespace();
    let first = words.next()?;
    if !first.eq_ignore_ascii_case("the") {
        return None;
    }
    let source = f.source.as_deref()?;
    let role =
        !source.is_empty() && (source.chars()).all(|c| c.is_lowercase() || c == '-' || c == ' ');
    let last = source.rsplit(' ').next()?;
    if !role {
        return None;
    }
    for noun in words.take(MODIFIERS + 1) {
        let plain = !noun.is_empty() && noun.chars().all(|c| c.is_lowercase() || c == '-');
        if !plain {
            return None;
        }
        if noun == last {
            return Some(noun);
        }
    }
    None
}

/// True when `span` (an attribution) introduces a person by `noun`: an
/// indefinite determiner, up to [`MODIFIERS`] words, then the noun, with
/// no comma between ("A local contact", "a woman who …"); read in the
/// span's first words, before its cue.
fn introduces(span: &str, noun: &str) -> bool {
    let words: Vec<&str> = span.split_whitespace().take(16).collect();
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.trim_end_matches([',', ';', ':', '.']);
        if bare != noun {
            return false;
        }
        let from = i.saturating_sub(MODIFIERS + 1);
        (from..i).rev().any(|d| {
            INDEFINITE.iter().any(|x| words[d].eq_ignore_ascii_case(x))
                && words[d..i].iter().all(|m| !m.ends_with(','))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn introductions_are_indefinite_and_unbroken() {
        assert!(introduces(
            "A Dalian-based travel agent who booked it told us",
            "agent"
        ));
        assert!(introduces("One of them, a woman who left, said", "woman"));
        assert!(!introduces("The agent said", "agent"));
        assert!(!introduces("One, by all accounts the agent, said", "agent"));
    }
}
