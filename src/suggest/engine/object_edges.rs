//! The far edge of what a reporting verb's object takes in: a media
//! audience with its name in apposition ("told public broadcaster *RTE*",
//! "told the weekly *Der Spiegel*"), and a named place after an "outside"
//! phrase ("told reporters outside the court *in Dublin*").

use super::Suggester;

/// Audience heads that a name may follow in apposition ("the *newspaper*
/// Le Monde"), lower case.
const NAMED_MEDIA: &[&str] = &[
    "broadcaster",
    "newspaper",
    "paper",
    "network",
    "station",
    "outlet",
    "magazine",
    "website",
    "channel",
    "daily",
    "weekly",
    "tabloid",
    "podcast",
];

/// Words that may follow the medium's name and show it ends there ("told
/// broadcaster RTE *that* …", "… RTE *on* Monday").
const AFTER_NAME: &[&str] = &[
    "that", "on", "in", "at", "last", "this", "earlier", "during", "after", "before", "when",
    "while", "about", "late", "early",
];

impl Suggester {
    /// After an audience ending at byte `end` whose head is a medium ("told
    /// public *broadcaster*"): the end of the name that follows it, when the
    /// name closes the object (a punctuation mark, "that" or a time or
    /// place phrase after it), so that "told the paper Kim had left" keeps
    /// Kim out.
    pub(super) fn media_name_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let head = sentence.get(..end)?;
        let word = head[head.rfind(' ').map_or(0, |i| i + 1)..].to_ascii_lowercase();
        if !NAMED_MEDIA.contains(&word.as_str()) {
            return None;
        }
        let next = sentence[end..].strip_prefix(' ')?;
        if !next.starts_with(char::is_uppercase) {
            return None;
        }
        let name_end = self.names.after(sentence, end)?;
        let rest = &sentence[name_end..];
        let closed = rest.is_empty()
            || rest.starts_with([',', '.', ';', ':', '"', '“', ')'])
            || rest.strip_prefix(' ').is_some_and(|r| {
                let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                AFTER_NAME.iter().any(|a| a.eq_ignore_ascii_case(w))
            });
        closed.then_some(name_end)
    }

    /// After "outside the court" ending at byte `end`: the end of the named
    /// place after it ("outside the court *in Dublin*"), or `end` itself.
    pub(super) fn place_after_outside(&self, sentence: &str, end: usize) -> usize {
        self.place_after(sentence, end).unwrap_or(end)
    }
}

/// Audience words that may modify a following audience head ("a *press*
/// conference", "a *media* briefing"), lower case.
const AUDIENCE_MODIFIERS: &[&str] = &["press", "media"];

impl Suggester {
    /// After an audience word ending at byte `end`: the end of a second
    /// audience head it modifies ("told a press *conference*"), else `end`.
    pub(super) fn compound_audience_end(&self, sentence: &str, end: usize) -> usize {
        let head = &sentence[..end];
        let word = &head[head.rfind(' ').map_or(0, |i| i + 1)..];
        if !AUDIENCE_MODIFIERS
            .iter()
            .any(|m| word.eq_ignore_ascii_case(m))
        {
            return end;
        }
        let Some(rest) = sentence[end..].strip_prefix(' ') else {
            return end;
        };
        let next = rest.split(' ').next().unwrap_or("");
        let bare = next.trim_end_matches([',', '.', ';', ':']);
        let joins = !AUDIENCE_MODIFIERS.contains(&bare.to_lowercase().as_str())
            && self.audiences.contains(&bare.to_lowercase());
        if joins { end + 1 + bare.len() } else { end }
    }
}
