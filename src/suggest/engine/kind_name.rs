//! The name a text gives a body noun near a bare source ("a survey by the
//! Tide Institute (TI)", "the Journal of Coastal Studies", "the Assembly's
//! records office", "Harbour Watch, a blog", "the weekly Sea Times"): the
//! first reading of [`super::bare_kind`].

use super::Suggester;
use super::bare_kind::{DIPLOMATIC, REACH};

/// True when `rest` opens with a weekday's or a month's name, or "I ": a
/// time or the writer after a noun, not a body's name ("the study Monday").
fn opens_with_calendar(rest: &str) -> bool {
    use crate::suggest::calendar::{MONTHS, WEEKDAYS};
    (WEEKDAYS.iter().chain(MONTHS)).any(|c| rest.starts_with(c)) || rest.starts_with("I ")
}

/// Lower-case words that may join a capitalised name ("Journal *of* X").
const NAME_JOINERS: &[&str] = &["of", "for", "and", "on", "&"];

impl Suggester {
    /// The name `text` gives a `kind` nearest before byte `end` (the span's
    /// own words, then back [`REACH`] bytes from `start`), else nearest after.
    pub(super) fn kind_named_in_text(
        &self,
        text: &str,
        kind: &str,
        start: usize,
        end: usize,
    ) -> Option<String> {
        let from = text.floor_char_boundary(start.saturating_sub(REACH));
        let to = text.floor_char_boundary((end + REACH).min(text.len()));
        // The span's own noun in apposition first ("the auction house,
        // Name, said"), then the text before it.
        let own = occurrences(text, kind, start, end)
            .filter(|at| (text.get(at + kind.len()..)).is_some_and(|r| r.starts_with(", ")))
            .find_map(|at| self.name_at(text, kind, at));
        let before = own.or_else(|| {
            (occurrences(text, kind, from, start).rev()).find_map(|at| self.name_at(text, kind, at))
        });
        before.or_else(|| {
            occurrences(text, kind, end, to).find_map(|at| self.name_at(text, kind, at))
        })
    }

    /// The body named by the occurrence of `kind` at byte `at` of `text`.
    fn name_at(&self, text: &str, kind: &str, at: usize) -> Option<String> {
        let after = text.get(at + kind.len()..)?;
        let before = text.get(..at)?;
        let name = if text[at..].starts_with(char::is_uppercase) {
            // "the Journal of Coastal Studies", "the Chilean Embassy".
            let head = name_back(before, 3);
            let tail = name_tail(after.strip_prefix(' ').unwrap_or(""));
            let mut words = head;
            words.push(text.get(at..at + kind.len())?);
            if after.starts_with(' ') {
                words.extend(tail);
            }
            if words.first() == Some(&"The") {
                words.remove(0);
            }
            if words.len() < 2 {
                return None;
            }
            words.join(" ")
        } else if let Some(rest) = after.strip_prefix(" by ") {
            // "a study by the Tide Institute".
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let words = name_forward(rest);
            (!words.is_empty()).then(|| words.join(" "))?
        } else if let Some(owner) = possessor_before(before) {
            // "the Assembly's records office".
            owner
        } else if let Some(rest) = after.strip_prefix(", ") {
            // "the weekly, Sea Times, said".
            let words = name_forward(rest);
            let closed = rest
                .get(
                    words
                        .iter()
                        .map(|w| w.len() + 1)
                        .sum::<usize>()
                        .saturating_sub(1)..,
                )
                .is_some_and(|r| r.starts_with(','));
            (!words.is_empty() && closed).then(|| words.join(" "))?
        } else if let Some(name) = apposed_before(before) {
            // "Harbour Watch, a blog".
            name
        } else if let Some(rest) = after.strip_prefix(' ')
            && !opens_with_calendar(rest)
        {
            // "the weekly Sea Times".
            let words = name_forward(rest);
            (!words.is_empty()).then(|| words.join(" "))?
        } else {
            return None;
        };
        let name = acronym_after(text, &name).unwrap_or(name);
        if DIPLOMATIC.contains(&kind) {
            return super::nationality::nationality_officials(&name)
                .map(|n| self.index.normalise(&n));
        }
        Some(self.index.normalise(&name))
    }
}

/// Byte offsets in `text[from..to]` (as offsets of `text`) where `kind`
/// stands as a word, lower case or capitalised.
fn occurrences<'a>(
    text: &'a str,
    kind: &'a str,
    from: usize,
    to: usize,
) -> impl DoubleEndedIterator<Item = usize> + 'a {
    let window = text.get(from..to).unwrap_or_default();
    let needle = kind.as_bytes().get(1..).filter(|_| !kind.is_empty());
    // memmem's vector search: the window is some 12 kB at each bare noun.
    let hits: Vec<usize> = (needle.into_iter())
        .flat_map(|needle| memchr::memmem::find_iter(window.as_bytes(), needle))
        .filter_map(|at| {
            let start = at.checked_sub(1)?;
            let first = window.as_bytes()[start];
            let whole = first.eq_ignore_ascii_case(&kind.as_bytes()[0])
                && (start == 0 || !window.as_bytes()[start - 1].is_ascii_alphanumeric())
                && !(window.as_bytes().get(at + kind.len() - 1))
                    .is_some_and(|b| b.is_ascii_alphanumeric());
            whole.then_some(from + start)
        })
        .collect();
    hits.into_iter()
}

/// True when `word` (trailing punctuation aside) is capitalised.
fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// The capitalised words (and joiners between them) that end `before`, at
/// most `most` capitalised ones, stopping at punctuation.
pub(super) fn name_back(before: &str, most: usize) -> Vec<&str> {
    match before.strip_suffix(' ') {
        Some(head) => name_ending(head, most),
        None => Vec::new(),
    }
}

/// [`name_back`] of `head` followed by a space, without copying `head`
/// (it may be all the text before a noun).
fn name_ending(head: &str, most: usize) -> Vec<&str> {
    // From the end, lazily: the words taken are a few of a long text's.
    let mut taken: Vec<&str> = Vec::new();
    let mut capitals = 0;
    for w in head.rsplit(' ') {
        // A line break ends the name: its last line's word alone is read.
        let line_start = w.rfind('\n').map(|i| i + 1);
        let w = &w[line_start.unwrap_or(0)..];
        if w.is_empty() || w.ends_with([',', '.', ';', ':', '(', ')', '—', '"', '“']) {
            break;
        }
        if capitalised(w) && capitals < most {
            capitals += 1;
            taken.push(w);
        } else if NAME_JOINERS.contains(&w) && !taken.is_empty() {
            taken.push(w);
        } else {
            break;
        }
        if line_start.is_some() {
            break;
        }
    }
    while taken.last().is_some_and(|w| NAME_JOINERS.contains(w)) {
        taken.pop();
    }
    taken.reverse();
    taken
}

/// The capitalised name that opens `rest` (joiners inside it), up to six
/// words, stopping at punctuation, which ends the last word.
fn name_forward(rest: &str) -> Vec<&str> {
    let mut taken: Vec<&str> = Vec::new();
    for w in rest.split(' ').take(8) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '”', '"']);
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if capitalised(bare)
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || "-&.'’".contains(c))
        {
            taken.push(bare);
        } else if NAME_JOINERS.contains(&bare) && !taken.is_empty() && bare == w {
            taken.push(bare);
            continue;
        } else {
            break;
        }
        if bare.len() != w.len() || taken.len() >= 6 {
            break;
        }
    }
    while taken.last().is_some_and(|w| NAME_JOINERS.contains(w)) {
        taken.pop();
    }
    taken
}

/// [`name_forward`] of the words after a name's head, which may open with a
/// joiner ("of Coastal Studies" → "of Coastal Studies").
fn name_tail(rest: &str) -> Vec<&str> {
    let Some((first, more)) = rest.split_once(' ') else {
        return Vec::new();
    };
    if !NAME_JOINERS.contains(&first) {
        return name_forward(rest);
    }
    let words = name_forward(more);
    if words.is_empty() {
        return words;
    }
    let mut out = vec![first];
    out.extend(words);
    out
}

/// The owner of "Owner's [one or two lower-case words] " ending `before`.
fn possessor_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before.trim_end().rsplit(' ').take(3).collect();
    let owner_at = words
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))?;
    let between_ok = words[..owner_at]
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    if !between_ok {
        return None;
    }
    let owner = words[owner_at];
    let owner = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))?;
    if !capitalised(owner) {
        return None;
    }
    let skip: usize = words[..=owner_at].iter().map(|w| w.len() + 1).sum();
    let head_end = before.trim_end().len().saturating_sub(skip) + 1;
    let mut name = name_back(before.get(..head_end.min(before.len()))?, 4);
    if name.first() == Some(&"The") || name.first() == Some(&"the") {
        name.remove(0);
    }
    name.push(owner);
    Some(name.join(" "))
}

/// The name set off before ", a [adjectives] " ending `before` ("Harbour
/// Watch, a").
fn apposed_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before.trim_end().rsplit(' ').take(4).collect();
    let article = words
        .iter()
        .position(|w| *w == "a" || *w == "an" || *w == "the")?;
    let adjectives_ok = words[..article]
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    let skip: usize = words[..=article].iter().map(|w| w.len() + 1).sum();
    let head = before
        .trim_end()
        .get(..before.trim_end().len().checked_sub(skip)?)?;
    let head = head.strip_suffix(',')?;
    let name = name_ending(head, 5).join(" ");
    (adjectives_ok && name.split(' ').count() >= 2 && !name.starts_with("The ")).then_some(name)
}

/// The acronym `text` gives `name` in brackets right after it: "Name (ACR)".
fn acronym_after(text: &str, name: &str) -> Option<String> {
    // memmem's vector search: the text may be tens of kilobytes.
    let needle = format!("{name} (");
    let at = memchr::memmem::find(text.as_bytes(), needle.as_bytes())? + name.len() + 2;
    let rest = text.get(at..)?;
    let end = rest.bytes().take(10).position(|b| b == b')' || b == b',')?;
    let acronym = &rest[..end];
    let fits = (2..=8).contains(&acronym.len())
        && acronym.starts_with(|c: char| c.is_ascii_uppercase())
        && acronym
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&');
    fits.then(|| acronym.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_around_a_kind() {
        assert_eq!(name_back("appeared in the ", 3), Vec::<&str>::new());
        assert_eq!(name_back("the Chilean ", 3), vec!["Chilean"]);
        assert_eq!(name_back("in Lima.\n\nThe Tide ", 3), vec!["The", "Tide"]);
        assert_eq!(
            name_forward("of Coastal Studies (JCS) in May"),
            Vec::<&str>::new()
        );
        assert_eq!(
            name_forward("Tide Institute (TI) said"),
            vec!["Tide", "Institute"]
        );
        assert_eq!(
            possessor_before("the Harbour Assembly's records ").as_deref(),
            Some("Harbour Assembly")
        );
        assert_eq!(possessor_before("the Big records "), None);
        assert_eq!(
            apposed_before("Harbour Watch, a ").as_deref(),
            Some("Harbour Watch")
        );
        assert_eq!(apposed_before("he wrote, a "), None);
        assert_eq!(
            name_tail("of Coastal Studies (JCS) in May"),
            vec!["of", "Coastal", "Studies"]
        );
        assert_eq!(
            acronym_after("the Tide Institute (TI) said", "Tide Institute").as_deref(),
            Some("TI")
        );
    }
}
