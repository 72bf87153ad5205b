//! The last word on a source: an attribution's source left as a bare common
//! noun ("company", "bulletin", "service", "cousin", "employee") or a
//! one-word plural of scientists ("Entomologists") after every other pass
//! is never returned as it is. Over the 27 older sets the predicted sources
//! of that class were 175 wrong and 44 right, the right ones all plural group
//! words ("prosecutors", "defence lawyers", "collectors"), which this pass
//! leaves alone: it reads a singular noun, or a plural of the classes below.
//! In order:
//! 1. a broadcast noun ("the bulletin", "the service", "the English-language
//!    version") is the broadcaster named last before it ("Pyongyang FM",
//!    "Voice of Korea", a station introduced with its acronym);
//! 2. a company word ("the company") is the company the text introduced
//!    last ([`crate::suggest::company::latest_company`]);
//! 3. any other body noun ("the Archive", "the organisation") is the name the
//!    text gives a body with that head ([`Suggester::kind_named_in_text`]:
//!    "Transitional Rights Archive (TRA)" → TRA);
//! 4. a person noun ("the employee") is the source of the latest earlier
//!    attribution whose words hold it, else unnamed sources when its
//!    indefinite mention spoke on condition of anonymity;
//! 5. the group word of its class: kin → family members (gold 9 of 9 over
//!    the older sets), shopkeepers, neighbours, villagers → residents (4 of 5),
//!    scientists and "-ologists" → experts (17 of 19; the
//!    other two name a body), co-workers who left for the South → defectors.
//!
//! Also, a body's lawyer ("Haemil's lawyer, Kang Do-yeon, said", read as
//! defence lawyers) speaks for the body when the possessor opens the name of
//! a company the text introduced; a person's lawyer stays defence lawyers.
//!
//! Cheap: it reads attributions with a source only (a few per article), and
//! each test starts with a byte check of the source.

use super::bare_kind::REACH;
use super::bare_named_before::{body_of_lawyer, latest_broadcaster, suffixed_company};
use super::{ATTRIBUTION, Found, Suggester};

/// True when `noun` (lower case) is a relative, one or many: the kin nouns
/// of [`super::chat_label::KIN`], "relative" and "parent": a relative speaks
/// as the family members.
fn is_kin(noun: &str) -> bool {
    let one = noun.strip_suffix('s').unwrap_or(noun);
    one == "relative" || one == "parent" || super::chat_label::KIN.contains(&one)
}

/// Nouns for a broadcast or one of its outputs, lower case.
const BROADCAST: &[&str] = &[
    "bulletin",
    "service",
    "broadcast",
    "newscast",
    "programme",
    "program",
    "version",
    "commentary",
];

/// Nouns for people who worked beside someone, lower case.
const CO_WORKERS: &[&str] = &[
    "co-worker",
    "co-workers",
    "coworker",
    "coworkers",
    "colleague",
    "colleagues",
];

/// Nouns for people who live or keep shop in a place, lower case: they
/// speak as its residents.
const RESIDENT_KINDS: &[&str] = &[
    "shopkeeper",
    "shopkeepers",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "villager",
    "villagers",
];

/// Words of a sentence that say its person asked not to be named.
const ANONYMITY: &[&str] = &[
    "anonymity",
    "not to be named",
    "declined to be named",
    "not be named",
    "without being named",
];

/// Bare-looking sources that are groups as they stand, lower case.
const GROUP_SINGULARS: &[&str] = &[
    "state media",
    "media",
    "police",
    "customs",
    "government",
    "military",
    "presidential office",
];

/// How one bare source is read.
enum Guarded {
    /// Not of the class, or nothing reads it.
    Keep,
    /// The source it becomes and why.
    Rename(String, &'static str),
    /// Read by the attributions before it ([`Suggester::guard_earlier`]):
    /// the noun in lower case and where the look-back before it starts.
    Earlier(String, usize),
}

impl Suggester {
    /// Renames each attribution of `found` whose source is a bare common
    /// noun (see the module's doc). Runs once per document, after every
    /// other pass that names sources.
    pub(super) fn guard_bare_sources(&self, text: &str, found: &mut [Found]) {
        // The source last renamed and its new name: a pronoun right after
        // it ("He said") that kept the old one follows.
        let mut last: Option<(String, String)> = None;
        // Where the text may say someone was not named: most texts never
        // do, and the test before each bare source then costs nothing.
        let unnamed_at = anonymity_marks(text);
        // What each attribution's own words and source say, read beforehand
        // (a long list on two threads): the pass renames an attribution only
        // at its own turn, so each reads as it would then. What the
        // attributions before it say is read below, in text order.
        let own = super::tail_split::map(found, |f| {
            (f.label == ATTRIBUTION)
                .then(|| {
                    f.source
                        .as_deref()
                        .map(|source| self.guard_one(text, f, source))
                })
                .flatten()
        });
        for (i, own) in own.into_iter().enumerate() {
            let Some(own) = own else {
                continue;
            };
            let f = &found[i];
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let mut guarded = match own {
                Guarded::Earlier(lower, from) => {
                    self.guard_earlier(text, &unnamed_at, &found[..i], f, (source, &lower, from))
                }
                own => own,
            };
            match (&guarded, &last) {
                (Guarded::Keep, Some((old, new))) if f.back_reference && old == source => {
                    guarded = Guarded::Rename(new.clone(), "the source before");
                }
                (Guarded::Keep, _) if !f.back_reference => last = None,
                _ => {}
            }
            if let Guarded::Rename(name, _) = &guarded {
                last = Some((source.to_string(), name.clone()));
            }
            if let Guarded::Rename(name, why) = guarded
                && let Some(f) = found.get_mut(i)
            {
                let before = f.source.replace(name.clone()).unwrap_or_default();
                f.why
                    .push_str(&format!(", “{before}” read as {name} ({why})"));
            }
        }
    }

    /// How the source `source` of attribution `f` reads by its own words
    /// and the text; [`Guarded::Earlier`] when the attributions before it
    /// are to be read.
    fn guard_one(&self, text: &str, f: &Found, source: &str) -> Guarded {
        let span = text.get(f.start..f.end).unwrap_or_default();
        if source == "defence lawyers" {
            return match body_of_lawyer(text, span, f.start) {
                Some(body) => Guarded::Rename(
                    self.index.normalise(&body),
                    "the body its lawyer speaks for",
                ),
                None => Guarded::Keep,
            };
        }
        if village_head(span) {
            return Guarded::Rename(self.index.normalise("residents"), "a village's head");
        }
        // "an official at the court": the body the text named with that head.
        if let Some(noun) = member_of_body(source) {
            return match self.body_named_before(text, noun, "", f.start, f.end) {
                Some(name) => Guarded::Rename(name, "a member of the body named before"),
                None => Guarded::Keep,
            };
        }
        let Some((noun, capital)) = bare_noun(source, span) else {
            return Guarded::Keep;
        };
        if self.index.canonical(source).is_some() || GROUP_SINGULARS.contains(&source) {
            return Guarded::Keep;
        }
        let lower = noun.to_lowercase();
        if is_kin(&lower) {
            return Guarded::Rename(self.index.normalise("family members"), "a relative");
        }
        if lower.ends_with("ologist")
            || lower.ends_with("ologists")
            || lower.ends_with("scientist")
            || lower.ends_with("scientists")
        {
            return Guarded::Rename(self.index.normalise("experts"), "a scientist");
        }
        // Shopkeepers, neighbours and villagers of a place speak as its
        // residents (gold over the 29 sets: 3 of 4 shopkeepers' spans,
        // fresh26 and fresh27, the other, fresh19's, Chinese traders; 1 of 1
        // villagers', fresh27).
        if RESIDENT_KINDS.contains(&lower.as_str()) {
            return Guarded::Rename(self.index.normalise("residents"), "people of the place");
        }
        if CO_WORKERS.contains(&lower.as_str()) {
            return match left_for_south(span) {
                true => Guarded::Rename(
                    self.index.normalise("defectors"),
                    "left the North's work for the South",
                ),
                false => Guarded::Keep,
            };
        }
        // "X is a volunteer-kept list": its volunteers speak for X.
        if let Some(name) = body_kept_by(text, &lower, f.start) {
            return Guarded::Rename(self.index.normalise(name), "the people the body is made of");
        }
        // Plural nouns are group words as they stand.
        if lower.ends_with('s') && !lower.ends_with("ss") {
            return Guarded::Keep;
        }
        // "The Archive": a body's own head word, read by its name alone.
        if capital {
            return match self.body_named_before(text, &lower, "", f.start, f.end) {
                Some(name) => Guarded::Rename(name, "the body the text names with that head"),
                None => Guarded::Keep,
            };
        }
        let from = text.floor_char_boundary(f.start.saturating_sub(REACH));
        let before = text.get(from..f.start).unwrap_or_default();
        if BROADCAST.contains(&lower.as_str()) {
            return match latest_broadcaster(before) {
                Some(name) => {
                    Guarded::Rename(self.index.normalise(&name), "the broadcaster named before")
                }
                None => Guarded::Keep,
            };
        }
        if crate::suggest::company::is_company_word(&lower)
            && let Some(name) =
                crate::suggest::company::latest_company(before).or_else(|| suffixed_company(before))
        {
            return Guarded::Rename(self.index.normalise(&name), "the company named before");
        }
        // "A foreign ministry spokeswoman": a government's speaker, no body
        // named: the dateline country's officials.
        if crate::suggest::coreference::SPEAKERS.contains(&lower.as_str())
            && source.contains("ministry ")
            && let Some(country) = self.dateline_nationality(text)
        {
            return Guarded::Rename(
                self.index.normalise(&format!("{country} officials")),
                "a ministry's speaker of the dateline's country",
            );
        }
        if let Some(name) = self.body_named_before(text, &lower, source, f.start, f.end) {
            return Guarded::Rename(name, "the body the text names with that head");
        }
        Guarded::Earlier(lower, from)
    }

    /// The rest of [`Suggester::guard_one`] for the person noun `lower` of
    /// `source` (attribution `f`), the attributions before it being
    /// `earlier` and its look-back starting at byte `from`.
    fn guard_earlier(
        &self,
        text: &str,
        unnamed_at: &[usize],
        earlier: &[Found],
        f: &Found,
        (source, lower, from): (&str, &str, usize),
    ) -> Guarded {
        if let Some(name) = earlier_holding(text, earlier, lower, source, f.start) {
            return Guarded::Rename(name, "the person introduced before");
        }
        let before = text.get(from..f.start).unwrap_or_default();
        // Every anonymity phrase holds one of the marks: none before the
        // span, no phrase in its sentences.
        let marked = unnamed_at[unnamed_at.partition_point(|&at| at < from)..]
            .first()
            .is_some_and(|&at| at < f.start);
        if marked && spoke_anonymously(before, lower) {
            return Guarded::Rename(
                self.index.normalise("unnamed sources"),
                "the person introduced before",
            );
        }
        Guarded::Keep
    }
}

impl Suggester {
    /// The body `text` names with the head `noun` ([`Suggester::kind_named_in_text`])
    /// when that name stands in the text before `start` and is a body's:
    /// an acronym, a name holding the noun ("Transitional Rights Archive"),
    /// or a registry name; not a person set off after a noun ("The
    /// director, Kang Min-seo,"); holding the bare source's (`bare`) other
    /// words too ("education ministry" is not the "Unification Ministry").
    fn body_named_before(
        &self,
        text: &str,
        noun: &str,
        bare: &str,
        start: usize,
        end: usize,
    ) -> Option<String> {
        // Read within [`REACH`] either side: the name's readings look at
        // all the text before an occurrence, which on a long text costs its
        // length at every bare source.
        let from = text.floor_char_boundary(start.saturating_sub(REACH));
        let to = text.floor_char_boundary((end + REACH).min(text.len()));
        let window = text.get(from..to)?;
        let name = self.kind_named_in_text(window, noun, start - from, end - from)?;
        let acronym = name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase());
        // A body's head is its name's last word ("Transitional Rights
        // Archive"); a place opening with the noun is none ("Federation
        // Square").
        let holds = (name.rsplit(' ').next())
            .is_some_and(|w| w.eq_ignore_ascii_case(noun) && w.starts_with(char::is_uppercase));
        // A possessive's owner is the noun ("board's figures"): no modifiers.
        let possessive = bare.contains("'s ") || bare.contains("’s ");
        let modifiers = possessive
            || (bare.split(' ').filter(|m| !m.is_empty() && *m != noun))
                .all(|m| name.split(' ').any(|w| w.eq_ignore_ascii_case(m)));
        let before = window.get(..start - from)?;
        let body = modifiers && (acronym || holds || self.index.canonical(&name).is_some());
        (body && name.to_lowercase() != noun && before.contains(name.as_str())).then_some(name)
    }
}

/// The body's noun of a source naming one of its people by the body's kind
/// alone ("official at the court", "spokesperson for the commission"), or
/// `None`. Over the 29 sets: fresh27's one, gold the court named before; the
/// two anonymous ones (tune, fresh18) are unnamed sources, read before.
fn member_of_body(source: &str) -> Option<&str> {
    let (person, body) = (crate::suggest::finders::split_at_the(source))
        .or_else(|| crate::suggest::finders::split_of_the(source))
        .or_else(|| crate::suggest::finders::split_for_the(source))?;
    let person = person
        .strip_prefix("an ")
        .or_else(|| person.strip_prefix("a "))
        .unwrap_or(person);
    let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    (crate::suggest::coreference::SPEAKERS.contains(&person)
        || ["staff member", "employee", "spokesperson"].contains(&person))
    .then_some(body)
    .filter(|b| plain(b))
}

/// The body `text` defines, before byte `start`, as made or kept by people
/// of `noun` ("Pyongyang Tables Abroad is a volunteer-kept list", "Harbour
/// Watch is a group of volunteer divers" for "volunteers"): the
/// capitalised subject (two to six words) of a sentence "<Name> is a|an
/// …" whose next four words hold the noun, or `None`. Over the 29 sets:
/// fresh27's tracker (gold: the list, 4 spans); "volunteers" elsewhere
/// (fresh6, fresh13) have no such sentence.
fn body_kept_by<'t>(text: &'t str, noun: &str, start: usize) -> Option<&'t str> {
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    // Cheap first: a person noun of some length, a defining verb before.
    if stem.len() < 5 || !stem.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let from = text.floor_char_boundary(start.saturating_sub(REACH));
    let before = text.get(from..start)?;
    memchr::memmem::find_iter(before.as_bytes(), b" is a").find_map(|at| {
        let rest = before.get(at + 5..)?;
        let rest = rest.strip_prefix("n ").or_else(|| rest.strip_prefix(' '))?;
        let holds = (rest.split_whitespace().take(4))
            .take_while(|w| !w.contains(['.', ';', ':']))
            .any(|w| w.to_lowercase().starts_with(stem));
        if !holds {
            return None;
        }
        let lead = &before[..at];
        let opens = lead
            .rfind(['.', '\n', '!', '?'])
            .map_or(0, |i| crate::suggest::char_end::past_char(lead, i));
        let name = lead[opens..].trim();
        let words = name.split(' ').count();
        let capitalised = name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || ["of", "for", "and", "the"].contains(&w));
        ((2..=6).contains(&words) && capitalised).then_some(name)
    })
}

/// True when `span` opens with a place's village head ("Tongil-chon's
/// village head, Lee, told"): the head speaks for the village's residents.
fn village_head(span: &str) -> bool {
    let Some((owner, rest)) = crate::suggest::finders::split_possessive(span)
        .or_else(|| crate::suggest::finders::split_curly_possessive(span))
    else {
        return false;
    };
    !owner.contains(' ')
        && owner.starts_with(char::is_uppercase)
        && ["village head", "village chief", "village leader", "headman"]
            .iter()
            .any(|h| rest.starts_with(h))
}

/// The noun a bare source stands on, and whether it is a capitalised word
/// of the span's own, or `None` when `source` is no bare common noun: one
/// to three lower-case words (the last one is the noun; when it is singular
/// and `span` opens with "The" and a capitalised word, that word: "The
/// Archive considers" read as "group"), or one capitalised word that the
/// subject of `span` gives after "The" ("The Archive"), or a one-word
/// capitalised plural opening `span` ("Entomologists").
fn bare_noun<'s>(source: &'s str, span: &'s str) -> Option<(&'s str, bool)> {
    let first = *source.as_bytes().first()?;
    // "company's statement": the owner is the noun.
    if first.is_ascii_lowercase()
        && let Some((owner, _)) = crate::suggest::finders::split_possessive(source)
            .or_else(|| crate::suggest::finders::split_curly_possessive(source))
        && !owner.contains(' ')
        && owner.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    {
        return Some((owner, false));
    }
    if first.is_ascii_lowercase() {
        let plain = source
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-');
        if !plain || source.split(' ').count() > 3 {
            return None;
        }
        let last = source.rsplit(' ').next()?;
        if let Some(head) = definite_head(span)
            && head.starts_with(char::is_uppercase)
            && !last.ends_with('s')
            && !head.eq_ignore_ascii_case(last)
        {
            return Some((head, true));
        }
        return Some((last, false));
    }
    // "English-language version": a language's adjective and a noun.
    if let Some((adjective, noun)) = source.split_once(' ')
        && adjective.ends_with("-language")
        && !noun.contains(' ')
        && noun.bytes().all(|b| b.is_ascii_lowercase())
    {
        return Some((noun, false));
    }
    if !first.is_ascii_uppercase() || source.contains(' ') || source.len() < 4 {
        return None;
    }
    if !source[1..]
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-')
    {
        return None;
    }
    if definite_head(span) == Some(source) || span.starts_with(source) && source.ends_with('s') {
        return Some((source, true));
    }
    None
}

/// The capitalised or lower-case word after an opening "The"/"the" of
/// `span` ("The Archive considers" → "Archive").
fn definite_head(span: &str) -> Option<&str> {
    let rest = span
        .strip_prefix("The ")
        .or_else(|| span.strip_prefix("the "))?;
    let word = rest.split(' ').next()?;
    (word.len() > 2 && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')).then_some(word)
}

/// True when `span` says its person left for the South ("who later left
/// Russia for Seoul", "who defected").
fn left_for_south(span: &str) -> bool {
    let left = span.contains(" left ") || span.contains("defected") || span.contains(" fled ");
    left && (span.contains("Seoul") || span.contains("South Korea") || span.contains("defected"))
}

/// The source of the latest attribution in `earlier` (within [`REACH`] of
/// `start`) whose words hold `noun` and every other word of the bare
/// source `bare` ("education ministry" is not held by "the Unification Ministry
/// said"), and whose source is no bare noun.
fn earlier_holding(
    text: &str,
    earlier: &[Found],
    noun: &str,
    bare: &str,
    start: usize,
) -> Option<String> {
    super::bare_kind::recent_attributions(earlier, start).find_map(|e| {
        let source = e.source.as_deref()?;
        let span = text.get(e.start..e.end)?;
        // Cheap first: the noun's letters after its first.
        if !span.contains(noun.get(1..)?) {
            return None;
        }
        let words = || span.split(|c: char| !c.is_alphanumeric() && c != '-');
        let holds = words().any(|w| w.eq_ignore_ascii_case(noun))
            && (bare.split(' ').filter(|m| *m != noun))
                .all(|m| words().any(|w| w.eq_ignore_ascii_case(m)));
        let named = source.starts_with(char::is_uppercase) && !source.contains("'s ");
        (holds && named && bare_noun(source, span).is_none()).then(|| source.to_string())
    })
}

/// Words one of which every [`ANONYMITY`] phrase holds.
const ANONYMITY_MARKS: &[&str] = &["anonymity", "named"];

/// The byte offsets in `text` of the [`ANONYMITY_MARKS`], in order.
fn anonymity_marks(text: &str) -> Vec<usize> {
    let mut at: Vec<usize> = (ANONYMITY_MARKS.iter())
        .flat_map(|m| memchr::memmem::find_iter(text.as_bytes(), m.as_bytes()))
        .collect();
    at.sort_unstable();
    at
}

/// True when the latest sentence of `before` naming `noun` after "a"/"an"
/// says its person spoke without being named.
fn spoke_anonymously(before: &str, noun: &str) -> bool {
    let Some(at) = before.rfind(&format!(" {noun} ")) else {
        return false;
    };
    let opening = before[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let closing = before[at..]
        .find(['.', '\n'])
        .map_or(before.len(), |i| at + i);
    let sentence = &before[opening..closing];
    let indefinite = before[..at].ends_with(" a")
        || before[..at].ends_with(" an")
        || before[..at]
            .rsplit(' ')
            .nth(1)
            .is_some_and(|w| w == "a" || w == "an");
    indefinite && ANONYMITY.iter().any(|a| sentence.contains(a))
}

#[cfg(test)]
#[path = "bare_guard_tests.rs"]
mod tests;
