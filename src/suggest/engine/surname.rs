//! A surname alone ("Choi said", "said Kim") read as the person the article
//! introduced earlier with that name ("said Choi Min-ho, a professor at …" →
//! experts): the source of the latest earlier attribution whose span holds the
//! surname as a word.

use super::{ATTRIBUTION, Found};

/// For each attribution (in text order) whose source is one capitalised word
/// that `known` does not recognise, the source of the latest attribution before
/// it whose span of `text` holds that word whole and whose source is another
/// name. Returns the indices resolved and the source each takes.
pub(super) fn resolve_surnames(
    text: &str,
    found: &[Found],
    known: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    let mut resolved = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.label != ATTRIBUTION || f.back_reference {
            continue;
        }
        let Some(word) = f.source.as_deref().filter(|s| is_surname(s) && !known(s)) else {
            continue;
        };
        let earlier = found[..i].iter().rev().find(|e| {
            e.label == ATTRIBUTION
                && !e.back_reference
                && e.source.as_deref().is_some_and(|s| s != word)
                && text.get(e.start..e.end).is_some_and(|span| {
                    span.split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == word)
                })
        });
        if let Some(source) = earlier.and_then(|e| e.source.clone()) {
            resolved.push((i, source));
        }
    }
    resolved
}

/// One word, capitalised, of letters only ("Choi", "Ellison"): not "Seoul's"
/// or "KCNA" (all capitals: an acronym names a body, not a person).
fn is_surname(source: &str) -> bool {
    let mut chars = source.chars();
    chars.next().is_some_and(char::is_uppercase)
        && source.chars().all(char::is_alphabetic)
        && source.chars().skip(1).any(char::is_lowercase)
}
