//! Bodies a subject names only by its kind, read as the text names them:
//! a trade noun with a name in apposition ("the lender, Harbour Trust,
//! said" → Harbour Trust), an event's organisers (the event, or the acronym
//! the text gives it), a local government (its country's officials) and a
//! country's customs ("Thai customs figures show" → Thai customs), a judge
//! (the court named before).

use super::{ATTRIBUTION, Found, Suggester};

/// Nouns for a body of some trade that a name in apposition identifies, lower
/// case, besides the company trades of [`company`](super::super::company).
const APPOSED_BODIES: &[&str] = &["publisher", "broadcaster", "club", "team"];

/// Capitalised last words of an event's (or its organising body's) name.
const EVENT_HEADS: &[&str] = &[
    "Expo",
    "Cup",
    "Fair",
    "Festival",
    "Championship",
    "Championships",
    "Games",
    "Summit",
    "Forum",
    "Conference",
    "Congress",
    "Biennale",
    "Tournament",
    "Marathon",
    "Show",
    "Awards",
    "Exhibition",
    "Open",
    "Association",
    "Federation",
];

/// How many of the last [`EVENT_HEADS`] name an organising body, not an
/// event.
const BODY_HEADS: usize = 2;

/// How far back, in bytes, an organised event's name is looked for.
const EVENT_LOOK_BACK: usize = 6_000;

/// Words of a local government's name, lower case ("the province", "city
/// officials", "the county office").
const LOCAL_WORDS: &[&str] = &[
    "province",
    "provincial",
    "county",
    "city",
    "city's",
    "city’s",
    "municipal",
    "municipality",
    "prefecture",
    "prefectural",
    "regional",
];

/// How far back, in bytes, the place of a bare local government ("the
/// county", "the regional government") is looked for.
const PLACE_LOOK_BACK: usize = 1_500;

impl Suggester {
    /// Renames the sources of `found` (attributions of `text`, in order,
    /// before back references are resolved) that name a body by its kind
    /// only, as the module's doc says.
    pub(super) fn read_bodies_by_kind(&self, text: &str, found: &mut [Found]) {
        let mut country: Option<Option<String>> = None;
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION || f.back_reference {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let span = text.get(f.start..f.end).unwrap_or_default();
            let person = |noun: &str| {
                super::bare_head::is_person_noun(noun)
                    || (self.rules.attribution.appositive_roles.iter()).any(|(w, _)| w == noun)
            };
            let named = apposed_name(source, span, person)
                .map(|n| (n, "the name in apposition"))
                .or_else(|| {
                    organised_event(span, text, f.start).map(|n| (n, "the event it organises"))
                })
                .or_else(|| customs_of(source, span).map(|n| (n, "the customs of that country")))
                .or_else(|| {
                    (self.described_body(text, source, span, f.start))
                        .map(|n| (n, "the body the text described by that noun"))
                })
                .or_else(|| {
                    city_police(source)
                        .map(|n| (self.index.normalise(&n), "a city's police, its country's"))
                })
                .or_else(|| {
                    super::judge_court::is_judge(source)
                        .then(|| {
                            let place = super::judge_court::dateline_place(text);
                            super::judge_court::court_named_before(text, f.end, place)
                        })?
                        .map(|n| (n, "a judge speaks for the court"))
                })
                .or_else(|| {
                    if !is_local_government(source) || self.index.canonical(source).is_some() {
                        return None;
                    }
                    let place = source.split_whitespace().next().unwrap_or_default();
                    let nationality = (super::cities::place_nationality(place))
                        .or_else(|| latest_place_nationality(text, f.start))
                        .or_else(|| self.dateline_nationality_memo(text, &mut country))?;
                    // "the Harbour Prefectural Police": the country's police.
                    // "The county police": a force, lower case too.
                    let force = source.rsplit(' ').next() == Some("Police")
                        || (source.rsplit(' ').next() == Some("police")
                            && source.split(' ').count() <= 2);
                    let group = match force {
                        true => "police",
                        false => "officials",
                    };
                    let officials = self.index.normalise(&format!("{nationality} {group}"));
                    Some((officials, "a local government, its country's officials"))
                });
            if let Some((name, why)) = named {
                let before = f.source.replace(name.clone()).unwrap_or_default();
                f.why
                    .push_str(&format!(", “{before}” read as {name} ({why})"));
            }
        }
    }
}

/// True when `noun` (lower case) is a trade or kind of body a name in
/// apposition can identify.
fn is_apposed_body(noun: &str) -> bool {
    APPOSED_BODIES.contains(&noun) || super::super::company::is_trade(noun)
}

/// The name set off by commas after `source`'s noun in `span` ("the
/// insurer, Harbour Trust, said" → "Harbour Trust", "One of the unions,
/// Dock Workers United, said" → "Dock Workers United"): one to four
/// capitalised words, when the noun (singular, or plural after "of the") is
/// a body's, not a person's (`person`); else `None`.
fn apposed_name(source: &str, span: &str, person: impl Fn(&str) -> bool) -> Option<String> {
    // Body nouns are written in lower case; no copy for the rest.
    let noun = source.split_whitespace().last()?;
    let partitive = source.starts_with("of the ") || source.starts_with("of its ");
    let singular = match partitive {
        true => noun.strip_suffix("ies").map_or_else(
            || noun.strip_suffix('s').map(str::to_string),
            |stem| Some(format!("{stem}y")),
        )?,
        false => noun.to_string(),
    };
    let lower = noun.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let plural = !partitive && noun.ends_with('s') && !noun.ends_with("ss");
    if !lower
        || plural
        || noun.len() < 4
        || source.split_whitespace().count() > 3
        || person(&singular)
        || (!is_apposed_body(noun) && super::bare_kind::is_body_kind(&singular))
        || (!partitive && !is_apposed_body(noun) && !span_opens_with_the(span, source))
    {
        return None;
    }
    let at = span.find(&format!("{noun}, "))? + noun.len() + 2;
    let rest = span.get(at..)?;
    let (name, _) = rest.split_once(',')?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            *w == "&"
                || (w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphanumeric() || c == '&'))
        });
    named.then(|| words.join(" "))
}

/// True when `span` opens with "the"/"The" right before `source` ("The
/// distributor, …"): a definite body noun, not "a source, …".
fn span_opens_with_the(span: &str, source: &str) -> bool {
    let span = span.trim_start();
    (span
        .strip_prefix("The ")
        .or_else(|| span.strip_prefix("the ")))
    .is_some_and(|r| r.starts_with(source))
}

/// For a subject of `span` that is an event's organisers ("Organisers
/// said", "according to the organisers", "An organising committee
/// spokesperson"): the latest event named in the [`EVENT_LOOK_BACK`] bytes
/// of `text` before `start` (a capitalised name ending in one of
/// [`EVENT_HEADS`]), by the acronym the text gives it if any.
pub(super) fn organised_event(span: &str, text: &str, start: usize) -> Option<String> {
    // Most subjects hold no such word: a byte check before any copy.
    let opening = span.get(..span.floor_char_boundary(span.len().min(40)))?;
    if !opening.contains("rgani") {
        return None;
    }
    let lower = opening.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().take(4).collect();
    let opens = words
        .iter()
        .position(|w| w.starts_with("organis") || w.starts_with("organiz"))?;
    let leading_ok = words[..opens]
        .iter()
        .all(|w| ["the", "an", "a", "according", "to"].contains(w));
    if !leading_ok {
        return None;
    }
    let from = text.floor_char_boundary(start.saturating_sub(EVENT_LOOK_BACK));
    let window = text.get(from..start)?;
    // An event the body organises before the body ("the Harbour Open",
    // then "the Tennis Federation").
    let name = latest_event(window, &EVENT_HEADS[..EVENT_HEADS.len() - BODY_HEADS])
        .or_else(|| latest_event(window, EVENT_HEADS))?;
    Some(acronym_of(text, &name).unwrap_or(name))
}

/// The latest name in `window` ending in one of `heads` and of at
/// least two capitalised words (a leading "The" dropped).
fn latest_event(window: &str, heads: &[&str]) -> Option<String> {
    let words: Vec<&str> = window.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    (0..words.len()).rev().find_map(|i| {
        let head = bare(words[i]);
        let head = head
            .strip_suffix("'s")
            .or_else(|| head.strip_suffix("’s"))
            .unwrap_or(&head);
        if !heads.contains(&head) {
            return None;
        }
        let mut first = i;
        while first > 0
            && i - first < 5
            && words[first - 1].starts_with(char::is_uppercase)
            && !words[first - 1].ends_with([',', '.', ';', ':'])
        {
            first -= 1;
        }
        let mut name: Vec<String> = words[first..i].iter().map(|w| w.to_string()).collect();
        if name.first().is_some_and(|w| w == "The") {
            name.remove(0);
        }
        name.push(head.to_string());
        (name.len() >= 2).then(|| name.join(" "))
    })
}

/// The acronym `text` gives `name` in brackets right after it ("the Harbour
/// Film Festival (HFF)" → "HFF"), or `None`.
fn acronym_of(text: &str, name: &str) -> Option<String> {
    let marker = format!("{name} (");
    let at = text.find(&marker)? + marker.len();
    let (acronym, _) = text.get(at..)?.split_once(')')?;
    let fits = (2..=8).contains(&acronym.len())
        && acronym.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && acronym.chars().filter(char::is_ascii_uppercase).count() >= 2;
    fits.then(|| acronym.to_string())
}

/// "Thai customs data show" read as "Thai officials": the country's customs
/// ("Thai customs") when `span` opens with the nationality of `source`
/// and "customs".
fn customs_of(source: &str, span: &str) -> Option<String> {
    let nationality = source.strip_suffix(" officials")?;
    let rest = span
        .trim_start()
        .strip_prefix("per ")
        .unwrap_or(span.trim_start());
    let after = rest.strip_prefix(nationality)?;
    after
        .starts_with(" customs")
        .then(|| format!("{nationality} customs"))
}

/// "Gimpo police" read as "South Korean police": a large city's or a
/// region's (`cities.rs`) police are filed as its country's.
fn city_police(source: &str) -> Option<String> {
    let (city, police) = source.split_once(' ')?;
    if !police.eq_ignore_ascii_case("police") {
        return None;
    }
    let nationality = super::cities::place_nationality(city)?;
    Some(format!("{nationality} police"))
}

/// The nationality of the latest place the tables know (a large city, a
/// region or a county of `cities.rs`) named in the [`PLACE_LOOK_BACK`]
/// bytes of `text` before `start`: "the county" after "Yeoncheon County
/// said", "the regional government" after "Russia's Primorye region".
fn latest_place_nationality(text: &str, start: usize) -> Option<String> {
    let from = text.floor_char_boundary(start.saturating_sub(PLACE_LOOK_BACK));
    let window = text.get(from..start)?;
    (window.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .rev()
        .filter(|w| w.starts_with(char::is_uppercase))
        .find_map(super::cities::place_nationality)
}

/// True when `source` names a local government ("The province", "Riverton
/// city officials", "the county office") by one of [`LOCAL_WORDS`], or is a
/// city's government ("Riverton government").
fn is_local_government(source: &str) -> bool {
    // Word by word, without a copy: this runs once per attribution.
    let local = (super::ascii_words::words(source))
        .any(|w| LOCAL_WORDS.iter().any(|l| w.eq_ignore_ascii_case(l)));
    let mut words = super::ascii_words::words(source);
    let city_government = match (words.next(), words.next(), words.next()) {
        (Some(city), Some(government), None) => {
            government.eq_ignore_ascii_case("government")
                && super::cities::place_nationality(city).is_some()
        }
        _ => false,
    };
    local || city_government
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_apposition_names_the_body() {
        let person = |noun: &str| super::super::bare_head::is_person_noun(noun);
        assert_eq!(
            apposed_name("lender", "the lender, Harbour Trust, told clients", person),
            Some("Harbour Trust".to_string())
        );
        assert_eq!(
            apposed_name("publisher", "The publisher, Inkwell & Sons, said", person),
            Some("Inkwell & Sons".to_string())
        );
        // A person's role, not a body's kind.
        assert_eq!(
            apposed_name("spokesperson", "a spokesperson, Amy Tan, said", person),
            None
        );
        // No name set off by commas.
        assert_eq!(
            apposed_name("lender", "the lender said on Friday", person),
            None
        );
        assert_eq!(
            apposed_name("lender", "the lender, which is based abroad, said", person),
            None
        );
        // Any body noun after "the", and a partitive's plural.
        assert_eq!(
            apposed_name("importer", "The importer, Blue Reef Foods, said", person),
            Some("Blue Reef Foods".to_string())
        );
        assert_eq!(
            apposed_name(
                "of the charities",
                "One of the charities, Hope Ladder, wrote",
                person
            ),
            Some("Hope Ladder".to_string())
        );
        // A person's role, singular or in a partitive.
        assert_eq!(
            apposed_name("chairman", "The chairman, Ito Ken, said", person),
            None
        );
        assert_eq!(
            apposed_name(
                "of the officials",
                "One of the officials, Ana Ruiz, said",
                person
            ),
            None
        );
        // Not a definite body noun.
        assert_eq!(
            apposed_name("importer", "An importer, Blue Reef Foods, said", person),
            None
        );
    }

    #[test]
    fn organisers_speak_for_the_event_before() {
        let text =
            "The Harbour Film Festival (HFF) opened on Friday. Ticket sales rose, organisers said.";
        let at = text.find("organisers").unwrap_or_default();
        assert_eq!(
            organised_event("organisers said", text, at),
            Some("HFF".to_string())
        );
        let text = "Crowds filled the Lakeside Book Fair on Sunday. According to the organisers, more came.";
        let at = text.find("According").unwrap_or_default();
        assert_eq!(
            organised_event("According to the organisers", text, at),
            Some("Lakeside Book Fair".to_string())
        );
        // No event named: nothing to read.
        let text = "Crowds came on Sunday. Organisers said more came.";
        let at = text.find("Organisers").unwrap_or_default();
        assert_eq!(organised_event("Organisers said", text, at), None);
        // Not the organisers' subject.
        let at = text.find("Crowds").unwrap_or_default();
        assert_eq!(organised_event("Crowds came", text, at), None);
    }

    #[test]
    fn customs_of_a_country() {
        assert_eq!(
            customs_of("Thai officials", "Thai customs figures show"),
            Some("Thai customs".to_string())
        );
        assert_eq!(customs_of("Thai officials", "Thai officials said"), None);
        assert_eq!(customs_of("experts", "customs experts said"), None);
    }

    #[test]
    fn a_city_police_force_is_its_country_police() {
        assert_eq!(
            city_police("Daegu police"),
            Some("South Korean police".to_string())
        );
        assert_eq!(
            city_police("Kobe Police"),
            Some("Japanese police".to_string())
        );
        assert_eq!(
            city_police("Gyeonggi police"),
            Some("South Korean police".to_string())
        );
        assert_eq!(city_police("Daegu officials"), None);
        assert_eq!(city_police("Harbourtown police"), None);
    }

    #[test]
    fn a_bare_local_government_takes_the_latest_place() {
        let text = "A troupe from Russia's Primorye region sang. The regional government";
        let at = text.find("The regional").unwrap_or_default();
        assert_eq!(
            latest_place_nationality(text, at).as_deref(),
            Some("Russian")
        );
        let text = "Rain fell in Tarnwick. The county";
        let at = text.find("The county").unwrap_or_default();
        assert_eq!(latest_place_nationality(text, at), None);
    }

    #[test]
    fn local_governments() {
        assert!(is_local_government("The province"));
        assert!(is_local_government("Riverton city officials"));
        assert!(is_local_government("county office"));
        assert!(is_local_government("regional government"));
        assert!(!is_local_government("ministry"));
        assert!(!is_local_government("Riverton government"));
    }
}
