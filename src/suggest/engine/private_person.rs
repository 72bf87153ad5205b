//! A source is never a bare role word, a title, a surname or a private
//! person's name ("master", "engineer", "Technical Controller", "Mr Ri", a
//! Hangul name): annotators file such a speaker under the body the text ties
//! the person to, else under the group word for what the person is. Read
//! last, over the sources the other passes left:
//! - a role whose own words tie it to a body ("The venue manager, employed
//!   by the AWF, told") is that body; a ship's officer (master, captain,
//!   chief officer) the owner a header field names ("Insured: X Co., Busan");
//!   a capitalised title with no tie ("The Technical Controller") the body
//!   whose capitalised header line the text opens with ("ASIAN … FEDERATION
//!   — DISCIPLINARY CHAMBER", introduced later as "… Federation (AWF)");
//!   a person a header field lists with a body ("Respondents: the … Association
//!   of the DPRK; team officials Ri …") that body; a named person "at" a body
//!   ("director of investigations at Pyeongtaek Customs") that body, or the
//!   bracketed acronym whose long name shares its head word ("Korea Customs
//!   Service (KCS)") — unless the description makes them an expert;
//! - "The DPRK association" (a capitalised qualifier and a body's head word)
//!   the full name given before that holds the qualifier, and "It said" right
//!   after it follows;
//! - a name said again ("said 정현우", "Mr Fournier reported") the source its
//!   first attribution was given;
//! - a person or role with a description (the apposition after a name, "the
//!   critic Oh Dae-sung", or the paragraph's "Third caller, a retired
//!   engineer who …:") the group its words say: experts (engineer,
//!   professor, researcher, critic …), fishermen, defectors, former
//!   officials, residents (a farmer, "a man in Paju", "who lives in");
//! - "he said"/"she said" after a person introduced in its own paragraph
//!   ("Fourth caller, a man in Paju who runs a campsite: he said") follows
//!   that person, not a body named paragraphs before.
//!
//! Counted over the 26 sets (rules only): predicted attribution sources that
//! are role words or persons' names and not the gold's, 311 before, 274
//! after (fresh24 39 → 19, the other 25 sets 272 → 255); right ones kept
//! (115). Spans wrong → right (46): fresh24 204–207 26, 208 2, fresh6 2, fresh7
//! 2, fresh11 1, fresh12 5, fresh18 5, fresh20 1, fresh23 2; right → wrong
//! none.

use super::apposed_source::{crew_description, fishing_crew};
use super::header_bodies::*;
use super::person_description::*;
use super::{ATTRIBUTION, Found, Suggester};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Role,
    Title,
    Name,
}

impl Suggester {
    /// Renames the sources of `found` (of `text`, in bytes) that are role
    /// words or persons' names, as the module doc says.
    pub(super) fn name_private_persons(&self, text: &str, found: &mut [Found]) {
        // Cheap first: most texts have no such source and no "he/she said".
        let mut kinds: Vec<(String, Option<Kind>)> = Vec::new();
        let mut kind_of = |s: &str| -> Option<Kind> {
            if let Some((_, k)) = kinds.iter().find(|(n, _)| n == s) {
                return *k;
            }
            let k = self.person_kind(s, text);
            kinds.push((s.to_string(), k));
            k
        };
        let any = found.iter().any(|f| {
            f.label == ATTRIBUTION
                && (pronoun_span(text, f)
                    || f.source.as_deref().is_some_and(|s| {
                        short_body_head(text.get(f.start..f.end).unwrap_or_default()).is_some()
                            || kind_of(s).is_some()
                    }))
        });
        if !any {
            return;
        }
        let mut order: Vec<usize> = (0..found.len())
            .filter(|&i| found[i].label == ATTRIBUTION)
            .collect();
        order.sort_by_key(|&i| found[i].start);
        // Old person-like source → what it was renamed to in this text.
        let mut renamed: Vec<(String, String)> = Vec::new();
        // The body renamed last, for "It said" right after it.
        let mut chain: Option<(String, String)> = None;
        // Attributions this pass gave a source to.
        let mut mine = vec![false; found.len()];
        for (k, &i) in order.iter().enumerate() {
            let f = &found[i];
            // Borrowed: copied only when renamed.
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let quote = text.get(f.start..f.end).unwrap_or_default();
            let kind = kind_of(source);
            let pronoun = pronoun_span(text, f);
            let new = if pronoun {
                self.pronoun_person(text, found, &order[..k], &mine, f.start)
                    .map(|g| (g, "the person its paragraph introduced"))
                    .or_else(|| {
                        (renamed.iter().find(|(old, _)| *old == source))
                            .map(|(_, new)| (new.clone(), "the person said before, renamed"))
                    })
            } else if let Some(kind) = kind {
                self.tied_body(text, quote, source, kind)
                    .map(|b| (b, "the body the text ties the person to"))
                    .or_else(|| {
                        (kind == Kind::Name)
                            .then(|| self.named_before(text, found, &order[..k], source))
                            .flatten()
                            .map(|s| (s, "the source the name was first given"))
                    })
                    .or_else(|| {
                        self.described_group(text, f, source, kind)
                            .map(|g| (g, "the group or body its description names"))
                    })
                    .or_else(|| {
                        (renamed.iter().find(|(old, _)| *old == source))
                            .map(|(_, new)| (new.clone(), "the person said before, renamed"))
                    })
            } else if let Some(head) = short_body_head(quote) {
                self.full_body_name(text, quote, head, f.start)
                    .map(|b| (b, "the full name of the body its short form names"))
            } else if it_span(text, f) {
                chain
                    .as_ref()
                    .filter(|(old, _)| *old == source)
                    .map(|(_, new)| (new.clone(), "the body renamed just before"))
            } else {
                None
            };
            match new {
                Some((new, why)) if new != source => {
                    let source = source.to_string();
                    if kind.is_some() && !renamed.iter().any(|(old, _)| *old == source) {
                        renamed.push((source.clone(), new.clone()));
                    }
                    if !pronoun && kind.is_none() && !it_span(text, f) {
                        chain = Some((source.clone(), new.clone()));
                    }
                    let f = &mut found[i];
                    f.why
                        .push_str(&format!(", “{source}” read as {new} ({why})"));
                    f.source = Some(new);
                    mine[i] = true;
                }
                _ => {
                    if !pronoun && !it_span(text, f) {
                        chain = None;
                    }
                }
            }
        }
    }

    /// The full name an earlier line gives the body "The DPRK association"
    /// (at `at`) names by a qualifier and its head word: the capitalised
    /// name before it holding both ("the Weightlifting Association of the
    /// DPRK"), as the registry knows it.
    fn full_body_name(&self, text: &str, quote: &str, head: &str, at: usize) -> Option<String> {
        let mut words = quote.split_whitespace().skip(1);
        let qualifier = words.next()?;
        let before = text.get(..at)?;
        let mut found = None;
        for line in before.lines() {
            if let Some(name) = capitalised_body(line, head)
                && name.split_whitespace().any(|w| w == qualifier)
            {
                found = Some(name);
            }
        }
        found.map(|n| self.index.normalise(&n))
    }

    /// Whether `source` is a role word, a title or a person's name rather
    /// than a body, an outlet or a group.
    fn person_kind(&self, source: &str, text: &str) -> Option<Kind> {
        let words: Vec<&str> = source.split_whitespace().collect();
        if words.is_empty() || words.len() > 4 {
            return None;
        }
        let last = words[words.len() - 1].to_lowercase();
        if words.iter().all(|w| w.starts_with(char::is_lowercase)) {
            return ROLE_WORDS.contains(&last.as_str()).then_some(Kind::Role);
        }
        if self.index.canonical(source).is_some() {
            return None;
        }
        if source
            .chars()
            .all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
            && (2..=4).contains(&source.chars().count())
        {
            return Some(Kind::Name);
        }
        if words.len() >= 2 && COURTESY.contains(&words[0]) {
            return Some(Kind::Name);
        }
        if (2..=3).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && TITLE_WORDS.contains(&last.as_str())
        {
            return Some(Kind::Title);
        }
        // A name the text introduces as a person's: capitalised words, no
        // body's word, with a description beside them somewhere.
        let capitalised = words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase));
        let body = words.iter().any(|w| {
            let w = w.trim_end_matches("'s").to_lowercase();
            BODY_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        });
        (words.len() <= 3 && capitalised && !body && introduced_name(text, source).is_some())
            .then_some(Kind::Name)
    }

    /// The body `quote` (the attribution) or the text ties a person to.
    fn tied_body(&self, text: &str, quote: &str, source: &str, kind: Kind) -> Option<String> {
        for tie in TIES {
            if let Some(at) = quote.find(tie)
                && let Some(body) = body_after(text, &quote[at + tie.len()..])
            {
                return Some(self.index.normalise(&body));
            }
        }
        let lower = source.to_lowercase();
        if kind == Kind::Role && CREW.contains(&lower.as_str()) {
            return owner_field(text).or_else(|| fishing_crew(text));
        }
        if kind == Kind::Title {
            return header_body(text);
        }
        if kind == Kind::Name {
            return header_field_body(text, strip_courtesy(source));
        }
        None
    }

    /// The source of an earlier attribution (of `order`) whose words hold
    /// the name `source` (its surname for "Mr X"), when that one is no
    /// person.
    fn named_before(
        &self,
        text: &str,
        found: &[Found],
        order: &[usize],
        source: &str,
    ) -> Option<String> {
        let name = strip_courtesy(source);
        order.iter().rev().take(60).find_map(|&j| {
            let g = &found[j];
            let quote = text.get(g.start..g.end)?;
            let s = g.source.as_deref()?;
            (has_word(quote, name) && self.person_kind(s, text).is_none()).then(|| s.to_string())
        })
    }

    /// The group the description of the person `source` names: for a name,
    /// the words beside its first mention; for a role, the paragraph's
    /// introduction of it.
    fn described_group(&self, text: &str, f: &Found, source: &str, kind: Kind) -> Option<String> {
        match kind {
            Kind::Name => {
                let (at, end) = introduced_name(text, strip_courtesy(source))?;
                let description = apposition(text, at, end);
                // An expert stays one wherever employed ("an economist at
                // Korea University"); else the body the person works at
                // ("director of investigations at Pyeongtaek Customs").
                let group = group_of(&description);
                if group == Some("experts") {
                    return group.map(str::to_string);
                }
                self.workplace(text, &description)
                    .or_else(|| group.map(str::to_string))
                    .or_else(|| {
                        crew_description(&description)
                            .then(|| fishing_crew(text))
                            .flatten()
                    })
            }
            Kind::Role | Kind::Title => {
                let head = source.split_whitespace().last()?.to_lowercase();
                // "A man who spent three years at … before escaping said".
                let quote = text.get(f.start..f.end)?;
                if quote.to_lowercase().contains(&format!("{head} who")) {
                    return group_of(quote).map(str::to_string);
                }
                let start = paragraph_start(text, f.start);
                let intro = introduction(text.get(start..f.start)?)?;
                intro
                    .to_lowercase()
                    .contains(&head)
                    .then(|| group_of(intro))
                    .flatten()
                    .map(str::to_string)
            }
        }
    }

    /// The body a person's description places them at ("… at Pyeongtaek
    /// Customs"): a name the registry knows, an acronym the text brackets,
    /// or a capitalised name with a body's word — as the text's bracketed
    /// acronym whose long name ends in the same word ("Korea Customs
    /// Service (KCS)" for "… Customs") when there is one.
    fn workplace(&self, text: &str, description: &str) -> Option<String> {
        let at = description.find(" at ")?;
        let body = body_after(text, &description[at + 4..])?;
        if let Some(c) = self.index.canonical(&body) {
            return Some(c.to_string());
        }
        if body.chars().all(|c| c.is_ascii_uppercase()) {
            return Some(body);
        }
        let last = body.split_whitespace().last()?;
        let bodyish = body
            .split_whitespace()
            .any(|w| BODY_WORDS.contains(&w.to_lowercase().as_str()));
        if !bodyish {
            return None;
        }
        // "Korea Customs Service (KCS)": a long name holding the word.
        let mut from = 0;
        while let Some(i) = text.get(from..).and_then(|t| t.find(" (")) {
            let open = from + i;
            from = open + 2;
            let acronym: String = text[from..]
                .chars()
                .take_while(char::is_ascii_uppercase)
                .collect();
            if acronym.len() < 2 || !text[from + acronym.len()..].starts_with(')') {
                continue;
            }
            let long: Vec<&str> = text[..open].split_whitespace().rev().take(6).collect();
            if long.contains(&last) {
                return Some(acronym);
            }
        }
        Some(body)
    }

    /// The group of the person introduced in the paragraph before the
    /// pronoun at `at`, when no attribution since names anyone else (only
    /// ones this pass gave a source, in `mine`, or pronouns).
    fn pronoun_person(
        &self,
        text: &str,
        found: &[Found],
        before: &[usize],
        mine: &[bool],
        at: usize,
    ) -> Option<String> {
        let start = paragraph_start(text, at);
        // `before` is in text order: only the paragraph's tail is read.
        let named_since = before
            .iter()
            .rev()
            .take_while(|&&j| found[j].start >= start)
            .any(|&j| !mine.get(j).copied().unwrap_or(false) && !pronoun_span(text, &found[j]));
        if named_since {
            return None;
        }
        let intro = introduction(text.get(start..at)?)?;
        group_of(intro).map(str::to_string)
    }
}

/// Whether the attribution `f` opens with "he" or "she".
fn pronoun_span(text: &str, f: &Found) -> bool {
    let quote = text.get(f.start..f.end).unwrap_or_default();
    let first = super::ascii_words::words(quote).next().unwrap_or_default();
    first.eq_ignore_ascii_case("he") || first.eq_ignore_ascii_case("she")
}

/// "Mr Fournier" → "Fournier".
fn strip_courtesy(source: &str) -> &str {
    match source.split_once(' ') {
        Some((first, rest)) if COURTESY.contains(&first) => rest,
        _ => source,
    }
}

/// The byte where the paragraph holding `at` starts.
fn paragraph_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |n| n + 1)
}

/// Whether the attribution `f` opens with "it" or "they".
fn it_span(text: &str, f: &Found) -> bool {
    let quote = text.get(f.start..f.end).unwrap_or_default();
    let first = super::ascii_words::words(quote).next().unwrap_or_default();
    first.eq_ignore_ascii_case("it") || first.eq_ignore_ascii_case("they")
}
