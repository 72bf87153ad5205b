//! How a person's description is read for [`super::private_person`]: the
//! role, title and group words, the words that make a name a body's, the
//! apposition or introduction beside a name, and the group its words give.
//! The bodies header lines name are [`super::header_bodies`]'s.

/// Role nouns that name a person, never a body (the last word of a
/// lower-case source).
pub(super) const ROLE_WORDS: &[&str] = &[
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
pub(super) const TITLE_WORDS: &[&str] =
    &["controller", "manager", "director", "officer", "secretary"];

/// A ship's officers: they speak for the ship's owner.
pub(super) const CREW: &[&str] = &[
    "master",
    "captain",
    "chief officer",
    "first officer",
    "second officer",
    "chief engineer",
    "crew",
];

/// Header fields that name a ship's owner.
pub(super) const OWNER_FIELDS: &[&str] =
    &["insured:", "owner:", "owners:", "operator:", "shipowner:"];

/// Verbs and phrases that tie a person to the body after them.
pub(super) const TIES: &[&str] = &[
    "employed by ",
    "working for ",
    "works for ",
    "an employee of ",
    "hired by ",
];

/// Courtesy titles before a name.
pub(super) const COURTESY: &[&str] = &["Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr."];

/// Words of a description and the group each makes, in this order.
pub(super) const EXPERT_WORDS: &[&str] = &[
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
pub(super) const OFFICIAL_WORDS: &[&str] = &[
    "official",
    "diplomat",
    "ambassador",
    "envoy",
    "minister",
    "director",
    "negotiator",
];
pub(super) const JOURNALIST_WORDS: &[&str] = &["reporter", "journalist", "correspondent"];
pub(super) const DEFECTOR_WORDS: &[&str] = &["defector", "defected", "escaped", "escaping", "fled"];
pub(super) const RESIDENT_WORDS: &[&str] = &["resident", "villager", "farmer"];
pub(super) const PLACED_PEOPLE: &[&str] = &["man", "woman"];

/// Words of a body's name: a source holding one is no person.
pub(super) const BODY_WORDS: &[&str] = &[
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
pub(super) const BODY_HEADS: &[&str] = &[
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
pub(super) fn opens_description(rest: &str) -> bool {
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
pub(super) fn introduced_name(text: &str, name: &str) -> Option<(usize, usize)> {
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
pub(super) fn has_word(hay: &str, word: &str) -> bool {
    find_word(hay, word).is_some()
}

/// The first place `word` stands in `hay` as a whole word.
pub(super) fn find_word(hay: &str, word: &str) -> Option<usize> {
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
pub(super) fn apposition(text: &str, start: usize, end: usize) -> String {
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
pub(super) fn introduction(window: &str) -> Option<&str> {
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

pub(super) fn is_person_word(w: &str) -> bool {
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
pub(super) fn group_of(description: &str) -> Option<&'static str> {
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
pub(super) fn body_after(text: &str, rest: &str) -> Option<String> {
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
