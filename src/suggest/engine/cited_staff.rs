//! A named person whose appositive puts them in a post at a body the text
//! has already cited as a source ("SeaLens said …" … "Mark Obi, head of
//! analysis at SeaLens, said") speaks for that body, as the analysts file a
//! cited firm's staff (fresh23). A post at a body cited nowhere before
//! ("X, head of research at Y Securities") is left to the other readings
//! (experts: fresh21, fresh22). Later attributions that kept the person's
//! name (a surname, a pronoun) follow.

use super::{ATTRIBUTION, Found, Suggester};

/// How many bytes after a name are read for its appositive.
const APPOSITIVE_REACH: usize = 120;

/// Posts whose holder speaks for the body, lower case: the staff posts
/// ([`super::person_staff::SPEAKING_POSTS`]) and a few of analysis.
fn is_post(word: &str) -> bool {
    super::person_staff::SPEAKING_POSTS.contains(&word)
        || ["analyst", "researcher", "economist", "editor"].contains(&word)
}

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are a person at a
    /// body cited before, as the module doc says.
    pub(super) fn name_cited_staff(&self, text: &str, found: &mut [Found]) {
        // The sources cited so far, each with where its first attribution ends.
        let cited: Vec<(usize, String)> = found
            .iter()
            .filter(|f| f.label == ATTRIBUTION)
            .filter_map(|f| {
                let s = f.source.as_deref()?;
                let span = text.get(f.start..f.end)?;
                // Named in its own words, capitalised: a body, not a group.
                (s.starts_with(char::is_uppercase) && span.contains(s))
                    .then(|| (f.end, s.to_string()))
            })
            .collect();
        if cited.is_empty() {
            return;
        }
        super::source_renames::rename_sources(
            found,
            "staff of a body cited before",
            |f, source| {
                let named = source.contains(' ')
                    && !source.contains(',')
                    && source.split(' ').all(|w| w.starts_with(char::is_uppercase));
                if !named {
                    return None;
                }
                let span = text.get(f.start..f.end).unwrap_or_default();
                let from = f.start + span.find(source)? + source.len();
                let to = text.floor_char_boundary((from + APPOSITIVE_REACH).min(text.len()));
                let body = post_body(text.get(from..to)?)?;
                cited
                    .iter()
                    .find(|(end, s)| *end <= f.start && s == body)
                    .map(|(_, s)| s.clone())
            },
        );
    }
}

/// The body of an appositive of a post after a name: ", head of analysis at
/// SeaLens, said" → "SeaLens"; ", an analyst at Brightwell Research," →
/// "Brightwell Research"; `None` for any other shape.
fn post_body(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    let end = rest.find([',', '.', ';', '(']).unwrap_or(rest.len());
    let appositive = &rest[..end];
    // Cheap first: the body follows " at " (read at the end), before the
    // words are collected.
    if !appositive.contains(" at ") {
        return None;
    }
    let words: Vec<&str> = appositive.split(' ').collect();
    let start = usize::from(matches!(words.first(), Some(&("a" | "an" | "the"))));
    let post = words.get(start)?;
    if !is_post(post) {
        return None;
    }
    let at = words.iter().position(|w| *w == "at")?;
    if at > start + 4 {
        return None;
    }
    let name_words = &words[at + 1..];
    let capitalised = !name_words.is_empty()
        && name_words.len() <= 4
        && name_words.iter().all(|w| w.starts_with(char::is_uppercase));
    if !capitalised {
        return None;
    }
    let from = appositive.find(" at ")? + 4;
    Some(&appositive[from..])
}

#[cfg(test)]
mod tests {
    use super::post_body;

    #[test]
    fn a_post_at_a_named_body() {
        assert_eq!(
            post_body(", head of analysis at SeaLens, said"),
            Some("SeaLens")
        );
        assert_eq!(
            post_body(", an analyst at Brightwell Research, said"),
            Some("Brightwell Research")
        );
        assert_eq!(post_body(", who heads analysis at SeaLens, said"), None);
        assert_eq!(post_body(", head of analysis at the firm, said"), None);
        assert_eq!(post_body(" said"), None);
    }
}
