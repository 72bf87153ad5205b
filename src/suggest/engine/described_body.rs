//! A body the text described with a common noun rather than named with it:
//! "Harbour Lines, a ferry operator that …", "Tarn Foods, the importer
//! behind …" and "the charity Open Door" make that body the nearest one a
//! later "the <noun>" (here "the operator", "the importer", "the charity")
//! can stand for, as much as a name ending in the noun would.

/// Lower-case words that end the words before a described noun: a
/// preposition means the noun belongs to another phrase ("a senior analyst
/// *at* the company").
const BREAKS: &[&str] = &[
    "at", "of", "in", "for", "with", "from", "on", "by", "to", "and", "or", "who", "which", "that",
    "said", "says",
];

/// Most words between the article and the described noun ("a *Lakeside
/// ferry* operator").
const BETWEEN: usize = 4;

/// The latest body described by `noun` in `window` (the text before a bare
/// "the <noun>"): its byte offset in `window` and its name. "Name, a/an/the
/// [up to four words] <noun>" gives the name before the comma; "the/a
/// <noun> Name" the capitalised name after the noun.
pub(super) fn described_before(window: &str, noun: &str) -> Option<(usize, String)> {
    memchr::memmem::rfind_iter(window.as_bytes(), noun.as_bytes()).find_map(|at| {
        let before = window.get(..at)?;
        let after = window.get(at + noun.len()..)?;
        if !before.ends_with(' ') || after.starts_with(char::is_alphanumeric) {
            return None;
        }
        // "…, the ministry said": the subject of the sentence's verb.
        if super::trailing_subject::opens_with_report(after) {
            return name_after_noun(before, after).map(|name| (at, name));
        }
        appositive_name(before)
            .or_else(|| name_after_noun(before, after))
            .map(|name| (at, name))
    })
}

/// "Name, a [words] " ending `before`: the capitalised name before the
/// comma (not a pronoun or a lone "The").
fn appositive_name(before: &str) -> Option<String> {
    let words: Vec<&str> = before.trim_end().rsplit(' ').take(BETWEEN + 2).collect();
    let article = words.iter().position(|w| ["a", "an", "the"].contains(w))?;
    let between = &words[..article];
    if between
        .iter()
        .any(|w| BREAKS.contains(w) || w.ends_with([',', '.', ';', ':']))
    {
        return None;
    }
    let name_end = words.get(article + 1)?;
    let lead_len: usize = words[..=article].iter().map(|w| w.len() + 1).sum();
    let head = before
        .trim_end()
        .get(..before.trim_end().len().checked_sub(lead_len)?)?;
    if !name_end.ends_with(',') {
        return None;
    }
    let head = head.strip_suffix(',')?;
    let mut name: Vec<&str> = Vec::new();
    for w in head.rsplit(' ') {
        let line = w.rfind('\n').map(|i| i + 1);
        let w = &w[line.unwrap_or(0)..];
        let capital = w.starts_with(char::is_uppercase)
            && !w.ends_with([',', '.', ';', ':', ')', '"', '”'])
            && !w.contains("'s")
            && !w.contains("’s");
        let joiner = (["of", "and", "&", "for"].contains(&w)
            || super::name_particles::is_particle(w))
            && !name.is_empty();
        if !(capital || joiner) {
            break;
        }
        name.push(w);
        if line.is_some() || name.len() >= 6 {
            break;
        }
    }
    while name
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        name.pop();
    }
    name.reverse();
    // A pronoun, or an opening preposition or conjunction ("In Lima, a …").
    let pronoun = ["It", "This", "That", "The", "He", "She", "They", "We"];
    let opener = [
        "In", "On", "At", "For", "From", "By", "After", "Before", "As", "With", "Since", "But",
        "And", "When", "If", "Of", "To", "Under", "Across", "Near",
    ];
    let lone_pronoun = name.len() == 1 && pronoun.contains(&name[0]);
    // "on Friday, the auction house, X, said": a day is no body's name.
    let calendar = name.len() == 1 && crate::suggest::calendar::is_calendar_word(name[0]);
    let named =
        name.first().is_some_and(|first| !opener.contains(first)) && !lone_pronoun && !calendar;
    named.then(|| name.join(" "))
}

/// "the <noun> Name": the capitalised words right after the noun, when the
/// noun follows "the"/"a"/"an" or a lower-case modifier after one; or the
/// name set off by commas after it ("the auction house, Maison Brun,").
fn name_after_noun(before: &str, after: &str) -> Option<String> {
    let apposed = after.starts_with(", ");
    let rest = after
        .strip_prefix(' ')
        .or_else(|| after.strip_prefix(", "))?;
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split(' ') {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '”', '"']);
        if bare.starts_with(char::is_uppercase)
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || "-&'’".contains(c))
        {
            words.push(bare);
        } else {
            break;
        }
        if bare.len() != w.len() || words.len() >= 4 {
            break;
        }
    }
    let calendar = words
        .first()
        .is_some_and(|w| crate::suggest::calendar::is_calendar_word(w));
    let led = before
        .trim_end()
        .rsplit(' ')
        .take(3)
        .any(|w| ["the", "a", "an"].contains(&w));
    // An apposed name closes with its comma ("the house, Maison Brun, said").
    let name_len = (words.iter().map(|w| w.len() + 1).sum::<usize>()).saturating_sub(1);
    let closed = !apposed || rest.get(name_len..).is_some_and(|r| r.starts_with(','));
    (!words.is_empty() && !calendar && led && closed).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_described_in_apposition() {
        let text = "Harbour Lines, a Lakeside ferry operator that runs six boats, cut fares. Then ";
        assert_eq!(
            described_before(text, "operator")
                .map(|(_, n)| n)
                .as_deref(),
            Some("Harbour Lines")
        );
        let text = "Tarn Foods, the importer, paid. Then ";
        assert_eq!(
            described_before(text, "importer")
                .map(|(_, n)| n)
                .as_deref(),
            Some("Tarn Foods")
        );
        let text = "Money came from the charity Open Door last year. Then ";
        assert_eq!(
            described_before(text, "charity").map(|(_, n)| n).as_deref(),
            Some("Open Door")
        );
    }

    #[test]
    fn no_body_where_the_noun_is_another_phrase() {
        // The noun belongs to a person's post at a body.
        let text = "Ana Ruiz, a senior analyst at the operator, said so. Then ";
        assert_eq!(described_before(text, "operator"), None);
        // A pronoun or a plain noun before the comma.
        let text = "It was, a local operator said, full. Then ";
        assert_eq!(described_before(text, "operator"), None);
        let text = "In Lima, a local operator cut fares. Then ";
        assert_eq!(described_before(text, "operator"), None);
        // A weekday after the noun is no name.
        let text = "The operator Monday said no. Then ";
        assert_eq!(described_before(text, "operator"), None);
    }
}
