//! A source left as a bare common noun for a body ("the journal said", "The
//! blog said", "The embassy said", "police said") is never the analysts'
//! source: they file it under the body the text names of that kind. Read, in
//! order: the name the text gives the noun nearby ("a survey by the Tide Institute
//! (TI)", "the Journal of Coastal Studies", "the Assembly's records office",
//! "Harbour Watch, a blog", "the weekly Sea Times"); an earlier attribution
//! whose words hold the noun and whose source is a name ("the Tide Embassy's
//! press desk said" → "The embassy said"); for police, the force the
//! text names, else the article's country's police. The name in the text
//! comes first, the earlier attribution's source second.

use super::{ATTRIBUTION, Found, Suggester};

/// Lower-case nouns for a body (or its publication) that the text names
/// elsewhere; a source ending in one of them is read as that name.
const BODY_KINDS: &[&str] = &[
    "journal",
    "blog",
    "study",
    "survey",
    "office",
    "embassy",
    "consulate",
    "authority",
    "regulator",
    "watchdog",
    "panel",
    "board",
    "weekly",
    "publisher",
    "institute",
    "foundation",
    "museum",
    "newsletter",
    "magazine",
    "house",
];

/// True when `noun` (lower case) is one of [`BODY_KINDS`], read with the
/// name the text gives it here rather than by its apposition alone.
pub(super) fn is_body_kind(noun: &str) -> bool {
    BODY_KINDS.contains(&noun)
}

/// Kinds whose body speaks for its country's officials ("the Chilean
/// Embassy" → Chilean officials).
const DIPLOMATIC: &[&str] = &["embassy", "consulate"];

/// How far, in bytes, an earlier attribution or a name is looked for.
const REACH: usize = 6_000;

/// Most earlier attributions read for the noun.
const EARLIER: usize = 8;

/// An attribution's own reading in [`Suggester::name_bare_kinds`], before
/// the attributions before it are consulted.
enum Reading {
    /// Not an attribution with a source.
    Nothing,
    /// A bare body noun of this kind, and the name the text gives it nearby.
    Bare(&'static str, Option<String>),
    /// The police.
    Police,
    /// Any other "the <noun>": the body named with that head, if any.
    Head(Option<String>),
}

/// True when `rest` opens with a weekday's or a month's name, or "I ": a
/// time or the writer after a noun, not a body's name ("the study Monday").
fn opens_with_calendar(rest: &str) -> bool {
    use crate::suggest::calendar::{MONTHS, WEEKDAYS};
    (WEEKDAYS.iter().chain(MONTHS)).any(|c| rest.starts_with(c)) || rest.starts_with("I ")
}

/// Lower-case words that may join a capitalised name ("Journal *of* X").
const NAME_JOINERS: &[&str] = &["of", "for", "and", "on", "&"];

impl Suggester {
    /// Renames the attributions in `found` whose source is a bare body noun
    /// or the police (see the module's doc). Runs once per document, after
    /// the persons and groups are named and before acronyms are applied.
    /// Each attribution's own reading ([`Suggester::read_bare`]) is made
    /// for a long list's later half on a second thread
    /// ([`super::tail_split`]) while the first half is renamed here.
    pub(super) fn name_bare_kinds(&self, text: &str, found: &mut [Found]) {
        let mut nationality: Option<Option<String>> = None;
        // Bare nouns read by their head so far: a later copy follows.
        let mut renamed: Vec<(String, String)> = Vec::new();
        let mut apply = |found: &mut [Found], i: usize, reading: Reading| {
            self.apply_bare(text, found, i, reading, &mut nationality, &mut renamed);
        };
        let Some(mid) = super::tail_split::halves(found.len()) else {
            for i in 0..found.len() {
                let reading = self.read_bare(text, &found[i]);
                apply(found, i, reading);
            }
            return;
        };
        let (first, later) = found.split_at_mut(mid);
        let later: &[Found] = later;
        let ((), readings) = super::tail_split::beside(
            || {
                for i in 0..first.len() {
                    let reading = self.read_bare(text, &first[i]);
                    apply(first, i, reading);
                }
            },
            || {
                (later.iter())
                    .map(|f| self.read_bare(text, f))
                    .collect::<Vec<_>>()
            },
        );
        for (i, reading) in (mid..).zip(readings) {
            apply(found, i, reading);
        }
    }

    /// What attribution `f`'s own words and source say (nothing of the
    /// attributions before it): the first step of
    /// [`Suggester::name_bare_kinds`].
    fn read_bare(&self, text: &str, f: &Found) -> Reading {
        if f.label != ATTRIBUTION {
            return Reading::Nothing;
        }
        let Some(source) = f.source.as_deref() else {
            return Reading::Nothing;
        };
        let span = text.get(f.start..f.end).unwrap_or_default();
        // A registry group ("presidential office") is a source as it is.
        let bare = bare_kind(source).filter(|_| self.index.canonical(source).is_none());
        if let Some(kind) = bare {
            Reading::Bare(kind, self.kind_named_in_text(text, kind, f.start, f.end))
        } else if is_police_subject(source, span) {
            Reading::Police
        } else {
            // Any other "the <noun>": the body named with that head.
            // "An archive official": the body named with that noun.
            Reading::Head(
                (self.speaker_kind_body(text, source, span, f.start))
                    .or_else(|| self.head_noun_body(text, source, span, f.start))
                    .or_else(|| self.acronym_staff(source)),
            )
        }
    }

    /// Renames attribution `i` of `found` by its `reading` and the
    /// attributions before it, in text order: the second step of
    /// [`Suggester::name_bare_kinds`].
    fn apply_bare(
        &self,
        text: &str,
        found: &mut [Found],
        i: usize,
        reading: Reading,
        nationality: &mut Option<Option<String>>,
        renamed: &mut Vec<(String, String)>,
    ) {
        let f = &found[i];
        let Some(source) = f.source.as_deref() else {
            return;
        };
        let named = match reading {
            Reading::Nothing => return,
            Reading::Bare(kind, in_text) => {
                in_text.or_else(|| self.earlier_named(text, &found[..i], kind, f.start))
            }
            Reading::Police => {
                let country = || {
                    nationality
                        .get_or_insert_with(|| self.dateline_nationality(text))
                        .clone()
                };
                self.police_named(text, &found[..i], f.start, source, country)
            }
            Reading::Head(head) => {
                let head = head.or_else(|| {
                    renamed
                        .iter()
                        .find(|(s, _)| s == source)
                        .map(|(_, n)| n.clone())
                });
                if let Some(name) = &head
                    && !renamed.iter().any(|(s, _)| s == source)
                {
                    renamed.push((source.to_string(), name.clone()));
                }
                head
            }
        };
        if let Some(name) = named
            && let Some(f) = found.get_mut(i)
        {
            let before = f.source.replace(name.clone()).unwrap_or_default();
            f.why.push_str(&format!(
                ", “{before}” read as {name} (the body the text names of that kind)"
            ));
        }
    }

    /// The source of the latest attribution in `earlier` (within [`REACH`]
    /// of `start`) whose words hold `kind` and whose source is a name.
    fn earlier_named(
        &self,
        text: &str,
        earlier: &[Found],
        kind: &str,
        start: usize,
    ) -> Option<String> {
        (earlier.iter().rev())
            .filter(|e| e.label == ATTRIBUTION && start.saturating_sub(e.end) <= REACH)
            .take(EARLIER)
            .find_map(|e| {
                let source = e.source.as_deref()?;
                if !source.starts_with(char::is_uppercase) || is_police_word(source) {
                    return None;
                }
                let span = text.get(e.start..e.end)?;
                holds_word(span, kind).then(|| source.to_string())
            })
    }

    /// The name `text` gives a `kind` nearest before byte `end` (the span's
    /// own words, then back [`REACH`] bytes from `start`), else nearest after.
    fn kind_named_in_text(
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

    /// A police subject's force: the latest earlier attribution's police
    /// source, else the force `text` names within [`REACH`] (before, then
    /// after), else the article's `country`'s police. "Officers" alone only
    /// after police were named.
    fn police_named(
        &self,
        text: &str,
        earlier: &[Found],
        start: usize,
        source: &str,
        country: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        let earlier_police = (earlier.iter().rev())
            .filter(|e| e.label == ATTRIBUTION && start.saturating_sub(e.end) <= REACH)
            .find_map(|e| e.source.as_deref().filter(|s| s.ends_with(" police")));
        if let Some(police) = earlier_police {
            return Some(police.to_string());
        }
        if source.eq_ignore_ascii_case("officers") {
            return None;
        }
        let from = text.floor_char_boundary(start.saturating_sub(REACH));
        let to = text.floor_char_boundary((start + REACH).min(text.len()));
        let window = text.get(from..to)?;
        let force = (window.match_indices("Police").map(|(at, _)| at))
            .filter(|&at| at > 0 && window[..at].ends_with(' '))
            .find_map(|at| {
                let words = name_back(&window[..at], 3);
                let first = *words.iter().find(|w| **w != "The")?;
                self.nationality_of_place(first)
                    .or_else(|| super::cities::city_nationality(first))
                    .or_else(|| {
                        super::nationality::nationality_officials(&format!("{first} police"))
                            .and_then(|o| o.strip_suffix(" officials").map(str::to_string))
                    })
            });
        let nationality = force.or_else(country)?;
        Some(self.index.normalise(&format!("{nationality} police")))
    }
}

/// The body noun `source` ends in when it is a bare common noun of
/// [`BODY_KINDS`] (one to three lower-case words: "journal", "petition
/// office"), or `None`.
fn bare_kind(source: &str) -> Option<&'static str> {
    let words = source.split(' ').count();
    if !(1..=3).contains(&words)
        || !source
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
    {
        return None;
    }
    let last = source.rsplit(' ').next()?;
    BODY_KINDS.iter().find(|k| **k == last).copied()
}

/// True when `source` names the police by a bare noun ("police",
/// "Officers", "police spokesman"), or when the subject `span` opens with
/// such a noun and its source was read as a country's officials.
fn is_police_subject(source: &str, span: &str) -> bool {
    let bare = source.split(' ').count() <= 2
        && (source.eq_ignore_ascii_case("police")
            || source.eq_ignore_ascii_case("officers")
            || [
                "police spokesman",
                "police spokeswoman",
                "police spokesperson",
                "police official",
            ]
            .contains(&source));
    let mut opening = span.split_whitespace();
    let police_opening = match (opening.next(), opening.next()) {
        (Some(w), Some(cue)) => {
            w.eq_ignore_ascii_case("police") && cue.starts_with(char::is_lowercase)
        }
        _ => false,
    };
    bare || (police_opening && source.ends_with(" officials"))
}

/// True when `source` is a police body or group.
fn is_police_word(source: &str) -> bool {
    source.ends_with(" police") || source.eq_ignore_ascii_case("police")
}

/// True when `span` holds `word` (lower case) as a word, in any case.
fn holds_word(span: &str, word: &str) -> bool {
    span.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
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
    let hits: Vec<usize> = window
        .match_indices(&kind[1..])
        .filter_map(|(at, _)| {
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
fn name_back(before: &str, most: usize) -> Vec<&str> {
    if !before.ends_with(' ') {
        return Vec::new();
    }
    let words: Vec<&str> = before.split(' ').collect();
    let mut taken: Vec<&str> = Vec::new();
    let mut capitals = 0;
    for w in words.iter().rev().skip(1) {
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
    let name = name_back(&format!("{head} "), 5).join(" ");
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
    fn bare_kinds_and_police() {
        assert_eq!(bare_kind("journal"), Some("journal"));
        assert_eq!(bare_kind("records office"), Some("office"));
        assert_eq!(bare_kind("experts"), None);
        assert_eq!(bare_kind("Harbour Journal"), None);
        assert!(is_police_subject("police", "police said"));
        assert!(is_police_subject("Officers", "Officers said"));
        assert!(is_police_subject("Chilean officials", "Police said"));
        assert!(!is_police_subject(
            "unnamed sources",
            "A police official, unnamed, said"
        ));
        assert!(!is_police_subject(
            "Chilean officials",
            "Police Chief Rojas said"
        ));
    }

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
