//! Words at a clause's edges: participial tails (", accounting for …"), ", but",
//! and the openings a claim may have after all ("In 2019", "at least").

/// The commas that open a participial tail (", *accounting for* most of its
/// trade", ", *forcing* 2,000 people to flee"): a comma, then a lower-case word
/// ending in "-ing" that is not a preposition or a noun of [`NOT_PARTICIPLES`].
/// The tail is a clause of its own.
pub(super) fn participle_tails(sentence: &str) -> impl Iterator<Item = usize> + '_ {
    sentence.match_indices(", ").filter_map(move |(comma, _)| {
        let rest = &sentence[comma + 2..];
        let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
        let followed = rest[word.len()..].starts_with(' ');
        (followed
            && word.len() >= 6
            && word.ends_with("ing")
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_PARTICIPLES.contains(&word))
        .then_some(comma)
    })
}

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

/// True when `clause` opens with "In" and a year or a month ("In 2019 Seoul
/// sent back…", "In August a private crossed…"): a dated fact, not a
/// circumstance phrase left over from an attribution.
pub(super) fn opens_with_a_date(clause: &str) -> bool {
    const MONTHS: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut words = clause.split_whitespace();
    let (Some("In"), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let next = next.trim_end_matches(',');
    (next.len() == 4 && next.chars().all(|c| c.is_ascii_digit())) || MONTHS.contains(&next)
}
