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

use super::{ATTRIBUTION, Found, Suggester};

/// Role nouns that name a person, never a body (the last word of a
/// lower-case source).
const ROLE_WORDS: &[&str] = &[
    "master",
    "captain",
    "officer",
    "engineer",
    "friend",
    "manager",
    "caller",
    "man",
    "woman",
    "controller",
    "guide",
    "curator",
    "professor",
    "researcher",
    "scientist",
    "critic",
];

/// Title words that end a capitalised title ("Technical Controller").
const TITLE_WORDS: &[&str] = &["controller", "manager", "director", "officer", "secretary"];

/// A ship's officers: they speak for the ship's owner.
const CREW: &[&str] = &[
    "master",
    "captain",
    "chief officer",
    "first officer",
    "second officer",
    "chief engineer",
    "crew",
];

/// Header fields that name a ship's owner.
const OWNER_FIELDS: &[&str] = &["insured:", "owner:", "owners:", "operator:", "shipowner:"];

/// Verbs and phrases that tie a person to the body after them.
const TIES: &[&str] = &[
    "employed by ",
    "working for ",
    "works for ",
    "an employee of ",
    "hired by ",
];

/// Courtesy titles before a name.
const COURTESY: &[&str] = &["Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr."];

/// Words of a description and the group each makes, in this order.
const EXPERT_WORDS: &[&str] = &[
    "engineer",
    "professor",
    "researcher",
    "scientist",
    "scholar",
    "academic",
    "expert",
    "economist",
    "critic",
    "tracker",
    "analyst",
    "lecturer",
    "historian",
    "specialist",
    "seismologist",
    "meteorologist",
    "geologist",
];
const OFFICIAL_WORDS: &[&str] = &[
    "official",
    "diplomat",
    "ambassador",
    "envoy",
    "minister",
    "director",
    "negotiator",
];
const JOURNALIST_WORDS: &[&str] = &["reporter", "journalist", "correspondent"];
const DEFECTOR_WORDS: &[&str] = &["defector", "defected", "escaped", "escaping", "fled"];
const RESIDENT_WORDS: &[&str] = &["resident", "villager", "farmer"];
const PLACED_PEOPLE: &[&str] = &["man", "woman"];

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
            let Some(source) = f.source.clone() else {
                continue;
            };
            let quote = text.get(f.start..f.end).unwrap_or_default();
            let kind = kind_of(&source);
            let pronoun = pronoun_span(text, f);
            let new = if pronoun {
                self.pronoun_person(text, found, &order[..k], &mine, f.start)
                    .map(|g| (g, "the person its paragraph introduced"))
                    .or_else(|| {
                        (renamed.iter().find(|(old, _)| *old == source))
                            .map(|(_, new)| (new.clone(), "the person said before, renamed"))
                    })
            } else if let Some(kind) = kind {
                self.tied_body(text, quote, &source, kind)
                    .map(|b| (b, "the body the text ties the person to"))
                    .or_else(|| {
                        (kind == Kind::Name)
                            .then(|| self.named_before(text, found, &order[..k], &source))
                            .flatten()
                            .map(|s| (s, "the source the name was first given"))
                    })
                    .or_else(|| {
                        self.described_group(text, f, &source, kind)
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
            return owner_field(text);
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
    let first = quote.split_whitespace().next().unwrap_or_default();
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

/// Words of a body's name: a source holding one is no person.
const BODY_WORDS: &[&str] = &[
    "ministry",
    "agency",
    "office",
    "committee",
    "commission",
    "council",
    "federation",
    "association",
    "union",
    "institute",
    "university",
    "center",
    "centre",
    "service",
    "corporation",
    "company",
    "bank",
    "court",
    "police",
    "guard",
    "army",
    "navy",
    "command",
    "division",
    "department",
    "bureau",
    "board",
    "authority",
    "administration",
    "foundation",
    "group",
    "party",
    "assembly",
    "parliament",
    "government",
    "embassy",
    "mission",
    "fund",
    "network",
    "media",
    "news",
    "times",
    "daily",
    "herald",
    "post",
    "tv",
    "radio",
    "labs",
    "research",
    "watch",
    "lines",
    "airlines",
    "air",
    "team",
    "club",
    "school",
    "hospital",
    "exchange",
    "society",
    "league",
    "observatory",
    "tours",
    "travel",
    "films",
    "pictures",
    "industries",
    "foods",
    "korea",
    "north",
    "south",
    "secretariat",
    "cabinet",
    "treasury",
    "fleet",
    "report",
    "poll",
    "management",
    "cooperative",
    "fisheries",
    "seed",
    "studio",
    "house",
    "theatre",
    "theater",
    "customs",
];

/// Heads of a description that make a name a body's ("a maize-seed
/// company").
const BODY_HEADS: &[&str] = &[
    "firm",
    "maker",
    "manufacturer",
    "operator",
    "platform",
    "site",
    "website",
    "outlet",
    "publisher",
    "organisation",
    "organization",
    "charity",
    "cooperative",
    "broker",
    "insurer",
    "startup",
    "producer",
    "label",
    "brand",
];

/// Words after "NAME, " that open a person's description.
fn opens_description(rest: &str) -> bool {
    let first = rest.split_whitespace().next().unwrap_or_default();
    let first = first.trim_end_matches(',');
    matches!(first, "a" | "an" | "the" | "who" | "whose")
        || first.starts_with(|c: char| c.is_ascii_digit())
        || (first.starts_with(char::is_lowercase)
            && !matches!(
                first,
                "said" | "says" | "told" | "added" | "and" | "but" | "or"
            ))
}

/// Where the text introduces `name` as a person ("Hans Vermeer, an amateur
/// satellite tracker", "the critic Oh Dae-sung", a surname's full name "Seo
/// Min-ji, …"): the full name's bytes.
fn introduced_name(text: &str, name: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| find_word(t, name)) {
        let at = from + i;
        let mut start = at;
        let mut end = at + name.len();
        from = end;
        // A surname: its full name around it.
        if !name.contains(' ') {
            let next = text[end..]
                .strip_prefix(' ')
                .and_then(|r| r.split_whitespace().next());
            let prev = text[..at]
                .strip_suffix(' ')
                .and_then(|r| r.split_whitespace().next_back());
            if let Some(given) = next.map(|w| w.trim_end_matches([',', '.']))
                && given.contains('-')
                && given.starts_with(char::is_uppercase)
            {
                end += 1 + given.len();
            } else if let Some(given) = prev
                && given.starts_with(char::is_uppercase)
                && given.chars().skip(1).all(char::is_lowercase)
                && given.len() > 1
                && !COURTESY.contains(&given)
            {
                start -= 1 + given.len();
            }
            // A bare surname ("with Seo, speaking …") is no introduction.
            if start == at && end == at + name.len() && name.is_ascii() {
                continue;
            }
        }
        let after = text[end..]
            .strip_prefix(", ")
            .is_some_and(opens_description);
        // "Golden Ear Seed, a maize-seed company": a body, not a person.
        let company = text[end..].strip_prefix(", ").is_some_and(|rest| {
            rest.split_whitespace().take(5).any(|w| {
                let w = w.trim_end_matches([',', '.']).to_lowercase();
                BODY_WORDS.contains(&w.as_str()) || BODY_HEADS.contains(&w.as_str())
            })
        });
        if company {
            return None;
        }
        let before = text[..start]
            .split_whitespace()
            .next_back()
            .map(|w| w.to_lowercase())
            .is_some_and(|w| EXPERT_WORDS.contains(&w.as_str()) || w == "professor");
        if after || before {
            return Some((start, end));
        }
    }
    None
}

/// Whether `word` is in `hay` as a whole word.
fn has_word(hay: &str, word: &str) -> bool {
    find_word(hay, word).is_some()
}

/// The first place `word` stands in `hay` as a whole word.
fn find_word(hay: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.find(word) {
        let at = from + i;
        let end = at + word.len();
        let before = hay[..at].chars().next_back();
        let after = hay[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = end;
    }
    None
}

/// The words that describe the person named at `start..end`: the lower-case
/// words right before the name ("the critic Oh") and the apposition after
/// it up to the clause's end (", 67, who found the boat while checking his
/// nets,").
fn apposition(text: &str, start: usize, end: usize) -> String {
    let before: Vec<&str> = text[..start]
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| w.starts_with(char::is_lowercase) && !w.ends_with([',', '.', ':']))
        .collect();
    let mut out: String = before.into_iter().rev().collect::<Vec<_>>().join(" ");
    let rest = &text[end..];
    if let Some(tail) = rest.strip_prefix(", ") {
        let mut stop = tail.find(['.', ':', '\n', '“', '"']).unwrap_or(tail.len());
        stop = stop.min(200);
        while !tail.is_char_boundary(stop) {
            stop -= 1;
        }
        let mut tail = &tail[..stop];
        // The apposition ends at the verb that reports ("…, told this
        // reporter"): what follows is not the person's description.
        for verb in [
            " said",
            " told",
            " says",
            " wrote",
            " writes",
            " added",
            " reported",
        ] {
            if let Some(v) = tail.find(verb) {
                tail = &tail[..v];
            }
        }
        out.push(' ');
        out.push_str(tail);
    } else if let Some(tail) = rest.strip_prefix(" (") {
        // "Professor 정현우 (Jung Hyun-woo) of … University, who studies …"
        let stop = tail.find(['.', ':', '\n']).unwrap_or(tail.len());
        out.push(' ');
        out.push_str(&tail[..stop]);
    }
    out
}

/// The last indefinite description of a person in `window` ("a farmer in
/// Yeoncheon who gave her name as …", "a retired engineer who …") up to the
/// colon, quotation mark or sentence end after it.
fn introduction(window: &str) -> Option<&str> {
    let lower = window.to_ascii_lowercase();
    let mut starts = Vec::new();
    for article in [" a ", " an "] {
        let mut from = 0;
        while let Some(i) = lower.get(from..).and_then(|t| t.find(article)) {
            let at = from + i + 1;
            starts.push(at);
            from = at + 1;
        }
    }
    starts.sort_unstable();
    // The last description whose head is a person word within its first
    // four words ("a man in Paju who runs a riverside campsite", not "a
    // riverside campsite"), up to its colon, quotation mark or full stop.
    starts.into_iter().rev().find_map(|at| {
        let rest = window.get(at..)?;
        let stop = rest.find([':', '.', '“', '"', '\n']).unwrap_or(rest.len());
        let intro = &rest[..stop];
        let head = intro
            .split_whitespace()
            .take(4)
            .any(|w| is_person_word(&w.to_lowercase()));
        head.then_some(intro)
    })
}

fn is_person_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let w = w.rsplit('-').next().unwrap_or(w);
    EXPERT_WORDS.contains(&w)
        || OFFICIAL_WORDS.contains(&w)
        || RESIDENT_WORDS.contains(&w)
        || PLACED_PEOPLE.contains(&w)
        || JOURNALIST_WORDS.contains(&w)
        || matches!(w, "owner" | "fisherman" | "defector")
}

/// The group a person's description names, or None.
fn group_of(description: &str) -> Option<&'static str> {
    let lower = description.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| {
        words
            .iter()
            .any(|w| list.contains(w) || w.split('-').any(|p| list.contains(&p)))
    };
    // "who spoke on condition that he not be named": unnamed.
    if [
        "on condition",
        "not be named",
        "not to be named",
        "anonymity",
    ]
    .iter()
    .any(|p| lower.contains(p))
    {
        return Some("unnamed sources");
    }
    let former = words
        .iter()
        .any(|w| matches!(*w, "former" | "retired") || w.starts_with("ex-"))
        || lower.contains("who was a");
    if former && has(OFFICIAL_WORDS) {
        return Some("former officials");
    }
    if has(EXPERT_WORDS) || lower.contains("who studies") {
        return Some("experts");
    }
    let fishing = words
        .iter()
        .any(|w| w.split('-').any(|p| p.starts_with("fish") || p == "nets"));
    if fishing {
        return Some("fishermen");
    }
    if has(JOURNALIST_WORDS) {
        return Some("journalists");
    }
    if has(DEFECTOR_WORDS) {
        return Some("defectors");
    }
    if has(RESIDENT_WORDS) || lower.contains("who lives") || lower.contains("who live") {
        return Some("residents");
    }
    // "a man in Paju", "a woman from Munsan": a person placed by a town.
    let placed = words
        .windows(2)
        .any(|p| PLACED_PEOPLE.contains(&p[0]) && matches!(p[1], "in" | "from"));
    placed.then_some("residents")
}

/// The body named at the start of `rest` ("the AWF, told …" → "AWF"):
/// capitalised words or an acronym, up to a comma or a lower-case word.
fn body_after(text: &str, rest: &str) -> Option<String> {
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let words: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(5)
        .collect();
    let mut name = words.join(" ");
    if let Some(cut) = name.find([',', '.', ';']) {
        name.truncate(cut);
    }
    if name.is_empty() {
        return None;
    }
    // An acronym is a body only when the text introduced it in brackets.
    let acronym = name.chars().all(|c| c.is_ascii_uppercase());
    (!acronym || text.contains(&format!("({name})"))).then_some(name)
}

/// The owner a header field names ("Insured: Dongbang Feeder Lines Co.,
/// Busan" → "Dongbang Feeder Lines"), with a ship in the text.
fn owner_field(text: &str) -> Option<String> {
    for line in text.lines().take(15) {
        let line = line.trim();
        let lower = line.to_ascii_lowercase();
        let Some(field) = OWNER_FIELDS.iter().find(|f| lower.starts_with(**f)) else {
            continue;
        };
        let value = line.get(field.len()..)?.trim();
        let value = value.split(',').next()?.trim();
        let value = ["Co.", "Co", "Ltd.", "Ltd", "Inc.", "Inc", "Corp.", "Corp"]
            .iter()
            .find_map(|s| value.strip_suffix(s))
            .unwrap_or(value)
            .trim();
        if !value.is_empty() && value.starts_with(char::is_uppercase) {
            return Some(value.to_string());
        }
    }
    None
}

/// The body a capitalised header line names ("ASIAN WEIGHTLIFTING
/// FEDERATION — DISCIPLINARY CHAMBER"), as the acronym the text gives it
/// in brackets ("Asian Weightlifting Federation (AWF)").
fn header_body(text: &str) -> Option<String> {
    for line in text.lines().take(6) {
        let line = line.trim();
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 8 || line.chars().any(char::is_lowercase) {
            continue;
        }
        let head = line.split(['—', '-', ':']).next()?.trim();
        if head.split_whitespace().count() < 2 {
            continue;
        }
        let lower_text = text.to_ascii_lowercase();
        let wanted = format!("{} (", head.to_ascii_lowercase());
        let at = lower_text.find(&wanted)? + wanted.len();
        let acronym: String = text
            .get(at..)?
            .chars()
            .take_while(|c| c.is_ascii_uppercase())
            .collect();
        if acronym.len() >= 2 && text.get(at + acronym.len()..)?.starts_with(')') {
            return Some(acronym);
        }
    }
    None
}

/// Head words of a body a short definite form names ("The DPRK
/// association").
const SHORT_HEADS: &[&str] = &[
    "association",
    "federation",
    "union",
    "society",
    "foundation",
    "institute",
];

/// "The DPRK association stated …": the head word of a definite body named
/// by one capitalised qualifier and a lower-case head.
fn short_body_head(quote: &str) -> Option<&'static str> {
    let mut words = quote.split_whitespace();
    let the = words.next()?;
    let qualifier = words.next()?;
    let head = words.next()?;
    if !the.eq_ignore_ascii_case("the")
        || !qualifier.starts_with(char::is_uppercase)
        || !head.starts_with(char::is_lowercase)
    {
        return None;
    }
    SHORT_HEADS.iter().find(|h| **h == head).copied()
}

/// Whether the attribution `f` opens with "it" or "they".
fn it_span(text: &str, f: &Found) -> bool {
    let quote = text.get(f.start..f.end).unwrap_or_default();
    let first = quote.split_whitespace().next().unwrap_or_default();
    first.eq_ignore_ascii_case("it") || first.eq_ignore_ascii_case("they")
}

/// The capitalised name in `line` whose head word is `head` (any case),
/// with an "of (the) X" after it: "the Weightlifting Association of the
/// DPRK; …" → "Weightlifting Association of the DPRK".
fn capitalised_body(line: &str, head: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let h = words
        .iter()
        .position(|w| w.starts_with(char::is_uppercase) && clean(w).eq_ignore_ascii_case(head))?;
    let mut start = h;
    while start > 0
        && words[start - 1].starts_with(char::is_uppercase)
        && !words[start - 1].ends_with([':', ';', ','])
    {
        start -= 1;
    }
    let mut end = h + 1;
    if !words[h].ends_with([',', ';', '.', ':']) && words.get(end).is_some_and(|w| *w == "of") {
        let mut e = end + 1;
        if words.get(e).is_some_and(|w| *w == "the") {
            e += 1;
        }
        if let Some(w) = words.get(e)
            && w.starts_with(char::is_uppercase)
        {
            end = e + 1;
        }
    }
    let mut name: Vec<String> = words[start..end].iter().map(|w| w.to_string()).collect();
    if let Some(last) = name.last_mut() {
        *last = last.trim_end_matches([',', ';', '.', ':']).to_string();
    }
    (start < h || end > h + 1).then(|| name.join(" "))
}

/// The body a header field line lists with the person `name`
/// ("Respondents: the Weightlifting Association of the DPRK; team officials
/// Ri Chol-min and Kang Song-il").
fn header_field_body(text: &str, name: &str) -> Option<String> {
    for line in text.lines().take(15) {
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        if label.split_whitespace().count() > 3 {
            continue;
        }
        // The field's sentence that holds the name ("Observer: Yoon Hae-in,
        // Imjin Bridge Forum (IBF)." among others on the line).
        let Some(segment) = value.split(". ").find(|seg| has_word(seg, name)) else {
            continue;
        };
        let segment = segment.rsplit_once(": ").map_or(segment, |(_, v)| v);
        if let Some((_, rest)) = segment.split_once('(') {
            let acronym: String = rest.chars().take_while(char::is_ascii_uppercase).collect();
            if acronym.len() >= 2 && rest[acronym.len()..].starts_with(')') {
                return Some(acronym);
            }
        }
        for head in BODY_WORDS {
            if let Some(body) = capitalised_body(segment, head) {
                return Some(body);
            }
        }
    }
    None
}
