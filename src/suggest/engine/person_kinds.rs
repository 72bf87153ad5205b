//! People filed by the kind of role they speak in, read after the pronouns:
//! a side's lawyer ("The claimants' chief lawyer, X" → plaintiffs' lawyers),
//! unnamed lawyers, brokers and scholars as analysts, a study's author as
//! the experts, an actor as the actors, a person who left the North as a defector, and a staff member named with a body's
//! acronym ("the KMA forecaster") as that body.

use super::Suggester;

/// How many bytes before an attribution are read for a lawyer's side.
const SIDE_REACH: usize = 40;

impl Suggester {
    /// The source of an attribution at byte `start` of `text` whose source
    /// is still the role words `source`: the group of [`kind_group`], as
    /// the registry names them (a titled judge is read earlier, as the
    /// court: `judge_court.rs`).
    pub(super) fn kind_source(&self, text: &str, start: usize, source: &str) -> Option<String> {
        let from = text.floor_char_boundary(start.saturating_sub(SIDE_REACH));
        let before = text.get(from..start).unwrap_or_default();
        // A source already named by its group ("defence lawyers") stays.
        kind_group(source, before)
            .map(|g| self.index.normalise(g))
            .filter(|g| g != source)
    }
}

/// Words before a lawyer that put them on the suing side, lower case.
const PLAINTIFF_SIDE: &[&str] = &[
    "plaintiffs' ",
    "plaintiffs’ ",
    "plaintiff's ",
    "plaintiff’s ",
];

/// Words before a lawyer that put them on the defending side, lower case.
const DEFENCE_SIDE: &[&str] = &[
    "defence ",
    "defense ",
    "their ",
    "his ",
    "her ",
    "defendants' ",
    "defendants’ ",
    "defendant's ",
    "defendant’s ",
];

/// Posts a lawyer may hold in a team, skipped between the side and the
/// noun ("the plaintiffs' *lead* lawyer"), lower case with their space.
const TEAM_POSTS: &[&str] = &["lead ", "chief ", "senior ", "main ", "principal "];

/// Unnamed professionals who speak as analysts ("Brokers said", "One
/// broker said", "Legal scholars said"), lower case.
const ANALYST_KINDS: &[&str] = &[
    "broker",
    "brokers",
    "strategist",
    "strategists",
    "commentators",
];

/// Performers of a film or series, lower case; a leading or supporting one
/// speaks as the actors.
const ACTOR_WORDS: &[&str] = &["actor", "actors", "actress", "actresses"];

/// The source analysts file a role word under, given the role word left as
/// the source (`source`, as written) and the few bytes of text before its
/// attribution (`before`): "plaintiffs' lawyers", "defence lawyers", "some
/// analysts" or "actors"; `None` for any other source.
/// Whether the last word of `source` is a noun [`kind_group`] reads (a
/// lawyer, an author, an actor, an analyst): without it, no group.
pub(super) fn ends_in_kind_noun(source: &str) -> bool {
    let Some(last) = source.split_whitespace().next_back() else {
        return false;
    };
    let is_in = |list: &[&str]| list.iter().any(|w| last.eq_ignore_ascii_case(w));
    is_in(&["lawyer", "lawyers", "attorney", "attorneys"])
        || is_in(&["author", "authors"])
        || is_in(ACTOR_WORDS)
        || is_in(ANALYST_KINDS)
}

pub(super) fn kind_group(source: &str, before: &str) -> Option<&'static str> {
    // The last word first, without a copy: this runs once per attribution
    // and nearly every source ends in none of these nouns.
    let last = source.split_whitespace().next_back()?;
    if !ends_in_kind_noun(source) {
        return None;
    }
    // "Haedong Ship Brokers": the noun capitalised after other capitalised
    // words is a company's own name, not people of the trade.
    if last.starts_with(char::is_uppercase)
        && source.split_whitespace().count() > 1
        && source
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let lower = source.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    // "the lead actor", "Customs lawyers": a short phrase ending in the noun.
    let (&noun, modifiers) = words.split_last()?;
    if modifiers.len() > 2 || modifiers.iter().any(|w| w.contains(['\'', '’'])) {
        return None;
    }
    if ACTOR_WORDS.contains(&noun) {
        return Some("actors");
    }
    // "The author finds": a study's writer, left bare, speaks as one of the
    // experts (fresh20's abstract); "the report's authors" keep their body.
    if noun == "author" || noun == "authors" {
        return modifiers.is_empty().then_some("experts");
    }
    if ANALYST_KINDS.contains(&noun) {
        return Some("some analysts");
    }
    if !["lawyer", "lawyers", "attorney", "attorneys"].contains(&noun) {
        return None;
    }
    // The side: the words before the attribution, then the source's own.
    let mut context = before.to_lowercase();
    for w in modifiers {
        context.push_str(w);
        context.push(' ');
    }
    let context = TEAM_POSTS
        .iter()
        .find_map(|p| context.strip_suffix(p))
        .unwrap_or(&context);
    if PLAINTIFF_SIDE.iter().any(|s| context.ends_with(s)) {
        return Some("plaintiffs' lawyers");
    }
    if DEFENCE_SIDE.iter().any(|s| context.ends_with(s)) {
        return Some("defence lawyers");
    }
    // "Sanctions lawyers said": lawyers of no side, commenting.
    noun.ends_with('s').then_some("some analysts")
}

/// True when `description` (what follows a person's name) says they left
/// the North: "who served in the army before leaving the North", "who fled
/// North Korea in 2011"; not "who left the northern city".
pub(super) fn left_the_north(description: &str) -> bool {
    const LEAVING: &[&str] = &[
        "left", "leaving", "fled", "fleeing", "escaped", "escaping", "defected",
    ];
    let words: Vec<&str> = description
        .split_whitespace()
        .take(24)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    words.windows(3).any(|w| {
        LEAVING.contains(&w[0])
            && ((w[1] == "the" && w[2] == "North")
                || (w[1] == "North" && w[2] == "Korea")
                || NORTH_PLACES.contains(&w[1]))
    })
}

/// True when `span` introduces an unnamed person by a plain noun (its
/// `source`, lower case: "woman", "former soldier") and a relative clause
/// saying they left the North: "A woman who left Hyesan in 2023 and now
/// lives in Incheon told …".
pub(super) fn person_who_left_the_north(span: &str, source: &str) -> bool {
    if !source.starts_with(char::is_lowercase) {
        return false;
    }
    let Some(noun) = source.rsplit(' ').next() else {
        return false;
    };
    if !super::bare_head::is_person_noun(noun) {
        return false;
    }
    let Some(at) = memchr::memmem::find(span.as_bytes(), source.as_bytes()) else {
        return false;
    };
    let rest = span.get(at + source.len()..).unwrap_or_default();
    rest.trim_start_matches(',')
        .trim_start()
        .strip_prefix("who ")
        .is_some_and(left_the_north)
}

/// Cities and provinces of the North that a person "left" or "fled" as a
/// defector ("a nursing student who left Hoeryong in 2019"), as news
/// spells them.
const NORTH_PLACES: &[&str] = &[
    "Pyongyang",
    "Hyesan",
    "Hoeryong",
    "Chongjin",
    "Sinuiju",
    "Wonsan",
    "Hamhung",
    "Kaesong",
    "Nampho",
    "Nampo",
    "Musan",
    "Onsong",
    "Haeju",
    "Kimchaek",
    "Rason",
    "Ongjin",
    "Ryanggang",
    "Yanggang",
    "Hamgyong",
];

/// The acronym of a body opening a description of a person ("the *KMA*
/// forecaster who…", "an *IAEA* inspector"): a determiner, an acronym of
/// three to six capital letters, then a lower-case word.
pub(super) fn acronym_staff(description: &str) -> Option<&str> {
    let mut words = description.split_whitespace();
    let determiner = words.next()?;
    if !["the", "a", "an"].contains(&determiner.to_lowercase().as_str()) {
        return None;
    }
    let acronym = words.next()?;
    let post = words.next()?;
    is_acronym(acronym)
        .then_some(acronym)
        .filter(|_| post.starts_with(char::is_lowercase))
}

/// True when `word` is a body's acronym: three to six capital ASCII letters,
/// not a country's ("USA", "ROK", "DPRK", "PRC", "UAE").
pub(super) fn is_acronym(word: &str) -> bool {
    const COUNTRIES: &[&str] = &["USA", "ROK", "DPRK", "PRC", "UAE", "USSR"];
    (3..=6).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !COUNTRIES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lawyers_by_side() {
        assert_eq!(
            kind_group("lawyer", "The claimants and the plaintiffs' lead "),
            Some("plaintiffs' lawyers")
        );
        assert_eq!(
            kind_group("lawyer", "and the defence "),
            Some("defence lawyers")
        );
        assert_eq!(kind_group("lawyers", "trade "), Some("some analysts"));
        assert_eq!(kind_group("lawyer", "A "), None);
        assert_eq!(kind_group("lead actor", "The "), Some("actors"));
        assert_eq!(kind_group("One broker", ""), Some("some analysts"));
        assert_eq!(kind_group("Seoul", ""), None);
        assert_eq!(kind_group("Haedong Ship Brokers", ""), None);
        assert_eq!(kind_group("author", "The "), Some("experts"));
        assert_eq!(kind_group("lead author", "The "), None);
        assert_eq!(kind_group("Insurance brokers", ""), Some("some analysts"));
    }

    #[test]
    fn people_who_left_the_north() {
        assert!(left_the_north(
            "who drove trucks before leaving the North in 2009"
        ));
        assert!(left_the_north("who fled North Korea in 2011"));
        assert!(left_the_north(
            "who left Chongjin in 2016 and now lives in Busan"
        ));
        assert!(!left_the_north("who left Busan in 2016"));
        assert!(!left_the_north("who visited Chongjin in 2016"));
        assert!(!left_the_north("who left the northern port"));
        assert!(!left_the_north("who reports on the North"));
    }

    #[test]
    fn staff_named_by_an_acronym() {
        assert_eq!(acronym_staff("the KMA forecaster who"), Some("KMA"));
        assert_eq!(acronym_staff("an IAEA inspector"), Some("IAEA"));
        assert_eq!(acronym_staff("the US envoy"), None);
        assert_eq!(acronym_staff("the DPRK envoy"), None);
        assert_eq!(acronym_staff("a KMA Centre fellow"), None);
    }
}
