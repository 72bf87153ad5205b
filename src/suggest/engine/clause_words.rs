//! Words at a clause's edges: participial tails (", accounting for …"), ", but",
//! and the openings a claim may have after all ("In 2019", "at least").

/// The commas that open a participial tail (", *accounting for* most of its
/// trade", ", *forcing* 2,000 people to flee"): a comma, then a lower-case word
/// ending in "-ing" that is not a preposition or a noun of [`NOT_PARTICIPLES`].
/// The tail is a clause of its own.
pub(super) fn participle_tails(sentence: &str) -> impl Iterator<Item = usize> + '_ {
    // "*Under a 2020 law*, distributing films is punished": the comma closes a
    // leading prepositional phrase, and the "-ing" word is the subject.
    let first_word = super::ascii_words::words(sentence).next().unwrap_or("");
    let lead = LEAD_PREPOSITIONS.contains(&first_word);
    let first_comma = if lead { sentence.find(", ") } else { None };
    crate::suggest::finders::commas(sentence).filter_map(move |comma| {
        if lead && Some(comma) == first_comma {
            return None;
        }
        let rest = &sentence[comma + 2..];
        let word = rest
            .split(|c: char| !crate::suggest::letters::is_alphabetic(c))
            .next()?;
        let followed = rest[word.len()..].starts_with(' ');
        (followed
            && word.len() >= 6
            && word.ends_with("ing")
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_PARTICIPLES.contains(&word))
        .then_some(comma)
    })
}

/// Prepositions that open a sentence with a phrase before its subject.
const LEAD_PREPOSITIONS: &[&str] = &[
    "Under", "In", "On", "At", "For", "With", "After", "Before", "Since", "During", "Despite",
    "Amid", "Without",
];

/// Words in "-ing" after a comma that open no participial tail.
const NOT_PARTICIPLES: &[&str] = &[
    "according",
    "including",
    "during",
    "following",
    "regarding",
    "concerning",
    "excluding",
    "pending",
    "something",
    "nothing",
    "anything",
    "everything",
    "morning",
    "evening",
    "building",
    "meeting",
    "saying",
    "citing",
    "speaking",
    "notwithstanding",
];

/// True when a clause break is ", but" (its clause may join the claim before).
pub(super) fn is_but(cut: &str) -> bool {
    cut.trim().trim_start_matches(',').trim() == "but"
}

/// True when `clause` opens with "at least" or "at most" ("*at least* two
/// villages had been evacuated"): a quantity, not a place phrase.
pub(super) fn opens_with_a_bound(clause: &str) -> bool {
    let mut words = clause.split_whitespace().map(str::to_lowercase);
    words.next().as_deref() == Some("at")
        && matches!(words.next().as_deref(), Some("least" | "most"))
}

pub(super) use crate::suggest::calendar::MONTHS;

/// True when `clause` opens with "In", "By" or "Since" and a year or a month
/// ("In 2019 Seoul sent back…", "By August a private had crossed…"): a dated
/// fact, not a circumstance phrase left over from an attribution.
pub(super) fn opens_with_a_date(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    if clause.starts_with("On ") {
        return opens_on_a_day(clause);
    }
    let (Some("In" | "By" | "Since"), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let next = next.trim_end_matches(',');
    (next.len() == 4 && next.chars().all(|c| c.is_ascii_digit())) || MONTHS.contains(&next)
}

/// True when `clause` opens with "On" and a day: a day number and a month
/// ("On 4 December, officers visited …") or a month ("On March 27 snow …").
/// Gold of all sets (session 29): such a phrase opens the claim 4 times and
/// stands outside it never; "On Wednesday …" opens an unmarked sentence
/// twice and a claim never, so a weekday is no date here.
fn opens_on_a_day(clause: &str) -> bool {
    let mut words = clause.split_whitespace().skip(1);
    let (Some(next), after) = (words.next(), words.next()) else {
        return false;
    };
    let next = next.trim_end_matches(',');
    let day_number = (1..=2).contains(&next.len()) && next.bytes().all(|b| b.is_ascii_digit());
    let month = |w: &str| MONTHS.contains(&w.trim_end_matches(','));
    (day_number && after.is_some_and(month)) || month(next)
}

/// The byte just after a dateline that opens `sentence` ("SEOUL, Dec. 3
/// (Yonhap) -- ", "PYONGYANG — "): a first word all in capitals, then at most
/// 40 bytes (64 when a bracket closes them) and a dash. 0 when there is none: the dateline is no part of the
/// claim after it.
pub(super) fn dateline_end(sentence: &str) -> usize {
    let body = sentence.trim_start();
    let lead = sentence.len() - body.len();
    let first = body
        .split(|c: char| !crate::suggest::letters::is_alphabetic(c))
        .next()
        .unwrap_or("");
    if first.chars().count() < 3 || !first.chars().all(char::is_uppercase) {
        return 0;
    }
    if let Some(tag) = wire_tag_end(body) {
        return lead + tag;
    }
    [" -- ", " — ", " – ", " - "]
        .iter()
        .filter_map(|dash| body.find(dash).map(|i| (i, dash.len())))
        // A longer one closes with its agency's bracket ("MEXICO CITY, Dec 7
        // (Tidewater News Service) - ": fresh25, fresh30).
        .filter(|&(i, _)| i <= 40 || (i <= 64 && body[..i].ends_with(')')))
        // No lower-case word before the dash ("KCNA reported it — …" is no dateline).
        .filter(|&(i, _)| {
            !body[..i]
                .split_whitespace()
                .any(|w| w.trim_start_matches('(').starts_with(char::is_lowercase))
        })
        .min()
        .map_or(0, |(i, len)| lead + i + len)
}

/// The byte just after a wire service's tag that opens `body` ("UPDATE
/// 2-North Korean missile …", "EXCLUSIVE-Seoul weighs …"): a tag word
/// ("KOREA-Japan" is none), perhaps a number, then a hyphen straight before a
/// capital letter.
fn wire_tag_end(body: &str) -> Option<usize> {
    let word = body.len()
        - body
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .len();
    let mut at = word;
    if body[at..].starts_with(' ') {
        let digits = body[at + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if digits > 0 {
            at += 1 + digits;
        }
    }
    const TAGS: &[&str] = &[
        "UPDATE",
        "EXCLUSIVE",
        "ANALYSIS",
        "FACTBOX",
        "WRAPUP",
        "INSIGHT",
        "INTERVIEW",
        "CORRECTED",
        "REFILE",
    ];
    (TAGS.contains(&&body[..word])
        && body[at..].starts_with('-')
        && body[at + 1..].starts_with(|c: char| c.is_uppercase()))
    .then_some(at + 1)
}

/// True when the clause break `[at, end)` is ", which" after a sentence's
/// short subject and the relative clause closes with a comma before the
/// verb ("Russia*, which* signed a treaty in 2024, did not condemn …"): the
/// relative clause is part of the subject, not a clause break.
pub(super) fn relative_in_subject(sentence: &str, at: usize, end: usize) -> bool {
    if sentence[at..end].trim() != ", which" {
        return false;
    }
    let subject = sentence[..at].trim_start();
    let words = subject.split_whitespace().count();
    let capitalised = subject.starts_with(|c: char| c.is_uppercase());
    let Some(close) = sentence[end..].find(", ") else {
        return false;
    };
    let relative = &sentence[end..end + close];
    let after = &sentence[end + close + 2..];
    capitalised
        && (1..=6).contains(&words)
        && !subject.contains(',')
        && relative.split_whitespace().count() <= 15
        && after.starts_with(|c: char| c.is_lowercase())
}
