//! A plural kind of people that opens a sentence ("Dealers said", "Rights
//! groups say") keeps its capital only because of where it stands: as a
//! source it is filed in lower case ("dealers"), like the same group in mid
//! sentence. Names (a registry source, a capitalised word after the first)
//! keep their case.

use super::{ATTRIBUTION, Found, Suggester};

/// What may stand before a sentence's first word: the end of the sentence
/// before, a quote, a colon, a bullet or a line break.
const SENTENCE_OPENERS: &[char] = &['.', '!', '?', '"', '”', '“', ':', '•', '\n'];

impl Suggester {
    /// Lower-cases the first letter of each source of `found` (of `text`)
    /// that is a [`plural_kind`] opening its own attribution at a
    /// sentence's start and names no registry source, its first word no
    /// nationality ([`proper_adjective`], or a registry "… officials").
    pub(super) fn lower_plural_kinds(&self, text: &str, found: &mut [Found]) {
        // Each attribution read alone: a long list on two threads.
        let lowered = super::tail_split::map(found, |f| self.plural_lowered(text, f));
        for (f, lower) in found.iter_mut().zip(lowered) {
            let (Some(lower), Some(source)) = (lower, f.source.as_deref()) else {
                continue;
            };
            f.why.push_str(&format!(
                ", “{source}” filed in lower case (a kind of people)"
            ));
            f.source = Some(lower);
        }
    }

    /// The source of attribution `f` filed in lower case, when it is a
    /// plural kind that [`Suggester::lower_plural_kinds`] lowers.
    fn plural_lowered(&self, text: &str, f: &Found) -> Option<String> {
        if f.label != ATTRIBUTION {
            return None;
        }
        let source = f.source.as_deref()?;
        let span = text.get(f.start..f.end).unwrap_or_default();
        if !plural_kind(source) || !span.starts_with(source) {
            return None;
        }
        let before = text.get(..f.start).unwrap_or_default();
        let before = before.trim_end_matches([' ', '\t']);
        let opens = before.is_empty() || before.ends_with(SENTENCE_OPENERS);
        let lower = lower_first(source);
        let first = source.split(' ').next().unwrap_or_default();
        if !opens
            || proper_adjective(text, f.start, first)
            || self
                .index
                .canonical(&format!("{first} officials"))
                .is_some()
            || !(source.contains(' ') || used_in_lower_case(text, f.start, &lower))
            || self.registry_name_in(source).is_some()
        {
            return None;
        }
        Some(self.index.normalise(&lower))
    }
}

/// True when `source` is one to three words, the first capitalised and
/// otherwise lower case, the rest lower case, the last a plural in "-s"
/// ("Dealers", "Rights groups"; not "Reuters Breakingviews", "Chainalysis",
/// "Congress").
pub(super) fn plural_kind(source: &str) -> bool {
    // The last word first: most sources end in no plural (read for every
    // attribution, so without a list of the words).
    let last = source.rsplit(' ').next().unwrap_or(source);
    let plural = last.len() > 3
        && last.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| last.ends_with(e));
    if !plural || source.split(' ').nth(3).is_some() {
        return false;
    }
    let mut words = source.split(' ');
    let mut first = words.next().unwrap_or_default().chars();
    let capital = first.next().is_some_and(char::is_uppercase);
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    let rest_lower =
        first.as_str().chars().all(|c| c.is_lowercase() || c == '-') && words.all(lower);
    capital && rest_lower
}

/// How many bytes either side of an attribution are read for the lower-case
/// use of a one-word kind.
const LOWER_CASE_REACH: usize = 3000;

/// True when the one-word kind `lower` ("dealers"), or its singular, is
/// written in lower case after a space within [`LOWER_CASE_REACH`] bytes of
/// byte `at` of `text`: a common noun, not a name that ends in "-s".
fn used_in_lower_case(text: &str, at: usize, lower: &str) -> bool {
    let from = text.floor_char_boundary(at.saturating_sub(LOWER_CASE_REACH));
    let to = text.ceil_char_boundary((at + LOWER_CASE_REACH).min(text.len()));
    let window = text.get(from..to).unwrap_or_default();
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    window
        .match_indices(singular)
        .any(|(i, _)| window[..i].ends_with(' '))
}

/// True when `first` (a source's capitalised first word) is a proper
/// adjective or a determiner, not a common noun capitalised by its place:
/// a nationality ("Chinese customs"), a possessive or pronoun ("My
/// neighbours"), or a word written capitalised in mid sentence (after a
/// lower-case letter or a comma and a space) within [`LOWER_CASE_REACH`]
/// bytes of byte `at` of `text`.
fn proper_adjective(text: &str, at: usize, first: &str) -> bool {
    if super::nationality::is_nationality(first)
        || super::PRONOUNS.contains(&first.to_lowercase().as_str())
    {
        return true;
    }
    let from = text.floor_char_boundary(at.saturating_sub(LOWER_CASE_REACH));
    let to = text.ceil_char_boundary((at + LOWER_CASE_REACH).min(text.len()));
    let window = text.get(from..to).unwrap_or_default();
    window.match_indices(first).any(|(i, _)| {
        window[..i]
            .strip_suffix(' ')
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| c.is_lowercase() || c == ',')
    })
}

/// `text` with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |c| {
        c.to_lowercase().collect::<String>() + chars.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::{lower_first, plural_kind, proper_adjective, used_in_lower_case};

    #[test]
    fn plural_kinds_by_their_shape() {
        assert!(plural_kind("Brokers"));
        assert!(plural_kind("Aid workers"));
        assert!(plural_kind("Farm labourers"));
        assert!(!plural_kind("Reuters Breakingviews"));
        assert!(!plural_kind("Chainalysis"));
        assert!(!plural_kind("Congress"));
        assert!(!plural_kind("Dr Evans"));
        assert!(!plural_kind("NGOs"));
        assert!(!plural_kind("the traders"));
        assert_eq!(lower_first("Émigrés"), "émigrés");
        let text = "Brokers said so. Two brokers in Busan agreed. Siemens said no.";
        assert!(used_in_lower_case(text, 0, "brokers"));
        assert!(!used_in_lower_case(text, 46, "siemens"));
        let text = "Greek shippers said so. Tankers run by Greek shippers left.";
        assert!(proper_adjective(text, 0, "Greek"));
        assert!(proper_adjective(text, 0, "Our"));
        assert!(!proper_adjective(text, 0, "Tankers"));
    }
}
