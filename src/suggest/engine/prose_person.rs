//! A person an attribution names by their name alone ("Whitcombe said",
//! "Rask told the pool") whose description stands in the prose before, not
//! in an attribution: "a briefing by Lt. Col. Dana Whitcombe, spokesperson
//! for the Harbour Command (HC)", "walked out with the HC commander, Gen.
//! Paul Rask". The description is read as an attribution's appositive is
//! ([`Suggester::appositive_source`]: a body named in it, a role word's
//! group), and the pronouns after the attribution follow.

use super::{ATTRIBUTION, Found, Suggester};

/// The most bytes of a description read after or before the name.
const DESCRIPTION_BYTES: usize = 160;

/// The most bytes before an attribution its person's first mention is
/// looked for in.
const LOOK_BACK: usize = 16 * 1024;

/// The most words of a description before the name ("the HC commander").
const DESCRIPTION_WORDS: usize = 6;

/// Words that open a description before a name, lower case.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their"];

impl Suggester {
    /// Renames each attribution of `found` (of `text`, in text order) whose
    /// source is still a bare person's name that its own span writes, when
    /// the text's first mention of that name stands outside every
    /// attribution with a description beside it, as the module doc says.
    pub(super) fn name_prose_persons(&self, text: &str, found: &mut [Found]) {
        let mut read: Vec<(String, Option<String>)> = Vec::new();
        for i in 0..found.len() {
            let f = &found[i];
            if f.label != ATTRIBUTION || f.back_reference {
                continue;
            }
            let Some(source) = f.source.clone() else {
                continue;
            };
            if !super::person_source::is_name(&source) {
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            if !span.contains(source.as_str()) {
                continue;
            }
            let body = match read.iter().find(|(n, _)| *n == source) {
                Some((_, body)) => body.clone(),
                None => {
                    let body = self.prose_description(text, found, f.start, &source);
                    read.push((source.clone(), body.clone()));
                    body
                }
            };
            let Some(body) = body else {
                continue;
            };
            let f = &mut found[i];
            f.why.push_str(&format!(
                ", {source} read as {body} (the description of their first mention)"
            ));
            f.source = Some(body.clone());
            super::pronoun_chain::follow_pronouns(text, found, i, &source, &body);
        }
    }

    /// The source the description of `name`'s first mention in `text`
    /// (before byte `before`) gives, when that mention is in no attribution
    /// of `found` and the description reads as more than the name.
    fn prose_description(
        &self,
        text: &str,
        found: &[Found],
        before: usize,
        name: &str,
    ) -> Option<String> {
        // The introduction is looked for in the [`LOOK_BACK`] bytes before
        // the attribution only: no whole-text scan per name.
        let mut from = before.saturating_sub(LOOK_BACK);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let at = from + first_word_mention(text.get(from..before)?, name)?;
        // The spans are in text order: those starting at or before the
        // mention, the nearest few, are the ones that may hold it.
        let upto = found.partition_point(|f| f.start <= at);
        let inside =
            (found[..upto].iter().rev().take(8)).any(|f| f.label == ATTRIBUTION && at < f.end);
        if inside {
            return None;
        }
        let end = at + name.len();
        let full = full_name_before(text, at, end);
        let full_name = text.get(full.0..end)?;
        let source = match description_after(text, end) {
            Some(after) => {
                let read = self.appositive_source(full_name, after);
                match super::person_source::is_name(&read) || read == full_name {
                    // "spokesperson for the Harbour Command": a post with no
                    // article before it reads as "the spokesperson for …".
                    true => staff_body_unarticled(after).unwrap_or(read),
                    false => read,
                }
            }
            None => body_before_post(description_before(text, full.0)?)?.to_string(),
        };
        let names_someone = !source.ends_with(name) && !source.is_empty();
        names_someone.then_some(source)
    }
}

/// The body a post with no article names ("spokesperson for the Harbour
/// Command" → "Harbour Command"), as [`super::person_post::staff_body`]
/// reads it with the article.
fn staff_body_unarticled(after: &str) -> Option<String> {
    let first = after.split(' ').next()?.to_lowercase();
    if ["a", "an", "the"].contains(&first.as_str()) {
        return None;
    }
    let with_article = format!("the {after}");
    super::person_post::staff_body(&with_article).map(str::to_string)
}

/// Posts of a body's staff read before a name ("the HC *commander*, Gen.
/// Olav Dahl"), besides [`super::person_post::BODY_POSTS`].
const COMMAND_POSTS: &[&str] = &["commander", "commandant"];

/// The body of a description "<determiner> <Name> <post>" ("the HC
/// commander" → "HC", "the Harbour Command spokesperson" → "Harbour
/// Command"): capitalised words, then one or two lower-case words ending in
/// a staff post.
fn body_before_post(description: &str) -> Option<&str> {
    let words: Vec<&str> = description.split(' ').collect();
    let [_determiner, rest @ ..] = words.as_slice() else {
        return None;
    };
    let names = rest
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let post = &rest[names..];
    let staff = (1..=2).contains(&post.len())
        && post
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && post.last().is_some_and(|w| {
            super::person_post::BODY_POSTS.contains(w) || COMMAND_POSTS.contains(w)
        });
    if names == 0 || names > 4 || !staff {
        return None;
    }
    let first = rest[0];
    let last = rest[names - 1];
    let from = first.as_ptr() as usize - description.as_ptr() as usize;
    let to = last.as_ptr() as usize - description.as_ptr() as usize + last.len();
    description.get(from..to)
}

/// The byte where `name` first stands in `text` as a whole word.
fn first_word_mention(text: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = text.get(from..)?.find(name) {
        let at = from + p;
        let end = at + name.len();
        let before_ok = !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return Some(at);
        }
        from = end;
    }
    None
}

/// The start of the capitalised run (first names, titles: "Lt. Col. Dana")
/// that ends with the name at `at..end` of `text`, at most four words back.
fn full_name_before(text: &str, at: usize, end: usize) -> (usize, usize) {
    let mut start = at;
    for _ in 0..4 {
        let lead = &text[..start];
        let trimmed = lead.trim_end_matches(' ');
        if trimmed.len() + 1 != lead.len() {
            break;
        }
        let word_start = (trimmed.char_indices())
            .rfind(|(_, c)| [' ', '\n', ',', '(', '—'].contains(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &trimmed[word_start..];
        if !word.starts_with(char::is_uppercase) || word.is_empty() {
            break;
        }
        start = word_start;
    }
    (start, end)
}

/// The description after a name at byte `end` of `text`: ", <words>" up to
/// the clause's end (".", ";", "(", a line break or a dash).
fn description_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let mut stop = rest.len().min(DESCRIPTION_BYTES);
    while !rest.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = &rest[..stop];
    let close = rest
        .find(['.', ';', '(', '\n', '—', ','])
        .unwrap_or(rest.len());
    let description = rest[..close].trim_end();
    description
        .starts_with(char::is_lowercase)
        .then_some(description)
}

/// The description before a name starting at byte `start` of `text`:
/// "<determiner> <words>, " right before it ("the HC commander, ").
fn description_before(text: &str, start: usize) -> Option<&str> {
    let lead = text.get(..start)?.strip_suffix(", ")?;
    let mut from = lead.len().saturating_sub(DESCRIPTION_BYTES);
    while !lead.is_char_boundary(from) {
        from += 1;
    }
    let lead = &lead[from..];
    let words: Vec<(usize, &str)> = lead
        .split(' ')
        .scan(0usize, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect();
    let last = words.len();
    for k in 1..=DESCRIPTION_WORDS.min(last.saturating_sub(1)) {
        let (at, w) = words[last - 1 - k];
        if w.contains([',', '.', ';', '\n']) {
            return None;
        }
        if DETERMINERS.contains(&w.to_lowercase().as_str()) {
            return Some(&lead[at..]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_stand_beside_the_first_mention() {
        let text =
            "A briefing by Lt. Col. Ada Berg, spokesperson for the Harbour Command (HC). Berg said";
        let at = first_word_mention(text, "Berg").unwrap_or_default();
        assert_eq!(&text[at..at + 4], "Berg");
        let (start, _) = full_name_before(text, at, at + 4);
        assert_eq!(&text[start..at + 4], "Lt. Col. Ada Berg");
        assert_eq!(
            description_after(text, at + 4),
            Some("spokesperson for the Harbour Command")
        );
        let text = "He walked with the HC commander, Gen. Olav Dahl.";
        let at = first_word_mention(text, "Dahl").unwrap_or_default();
        let (start, _) = full_name_before(text, at, at + 4);
        assert_eq!(description_before(text, start), Some("the HC commander"));
        assert_eq!(body_before_post("the HC commander"), Some("HC"));
        assert_eq!(
            body_before_post("the Harbour Command spokesperson"),
            Some("Harbour Command")
        );
        assert_eq!(body_before_post("the famous writer"), None);
        assert_eq!(
            staff_body_unarticled("spokesperson for the Harbour Command").as_deref(),
            Some("Harbour Command")
        );
        // A name inside a longer word is no mention.
        assert_eq!(first_word_mention("Bergen said", "Berg"), None);
    }
}
