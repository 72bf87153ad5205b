//! Naming a body from the words around it: its possessive is no part of its
//! name ("the WHO's tally" → WHO), people at a body speak for it
//! ("meteorologists at the NMS" → NMS, "an unnamed NMS officer" → NMS), and a
//! ministry the text names without its country is the officials of the
//! country its dateline names ("BERLIN, May 2 — … the interior ministry said"
//! → German officials).

/// `name` without a trailing possessive ("the WHO's" → "the WHO").
pub(super) fn without_possessive(name: &str) -> &str {
    let name = name.trim_end();
    (name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")))
        .filter(|rest| rest.ends_with(|c: char| c.is_alphanumeric()))
        .unwrap_or(name)
}

/// Words for people who speak for the body they work for ("an NMS
/// *officer*", "An ITF *inspector* in Busan").
pub(super) const STAFF_WORDS: &[&str] = &[
    "officer",
    "officers",
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "employee",
    "staffer",
    "inspector",
    "manager",
    "investigator",
    "auditor",
    "lawyer",
];

/// Plain words that may stand before a body's acronym and a staff word
/// ("an *unnamed* NMS officer"); not "former", who no longer speaks for it.
pub(super) const STAFF_MODIFIERS: &[&str] =
    &["unnamed", "senior", "anonymous", "junior", "another"];

/// True when `word` is an acronym in capitals (two to eight, a digit or "&"
/// after the first allowed).
fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.chars().count())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && (word.chars()).all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
}

/// `name` past its leading determiners (any of `determiners`, any case).
fn past_determiners<'a>(name: &'a str, determiners: &[String]) -> &'a str {
    let mut rest = name.trim();
    while let Some((first, tail)) = rest.split_once(' ') {
        if !determiners.iter().any(|d| d.eq_ignore_ascii_case(first)) {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// The body's acronym of "an unnamed NMS officer", "a senior NMS official":
/// after determiners, at most one plain modifier of [`STAFF_MODIFIERS`],
/// an acronym, then a word of [`STAFF_WORDS`] ending the name.
pub(super) fn acronym_staff<'a>(name: &'a str, determiners: &[String]) -> Option<&'a str> {
    // Most names end in no staff word: no copy for them.
    let last = name.split_whitespace().next_back()?;
    if !STAFF_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last)) {
        return None;
    }
    let words: Vec<&str> = past_determiners(name, determiners)
        .split_whitespace()
        .collect();
    let [modifiers @ .., acronym, staff] = words.as_slice() else {
        return None;
    };
    let plain = modifiers.len() <= 1
        && (modifiers.iter()).all(|m| STAFF_MODIFIERS.contains(&m.to_lowercase().as_str()));
    (plain && is_acronym(acronym) && STAFF_WORDS.contains(&staff.to_lowercase().as_str()))
        .then_some(*acronym)
}

/// The body of "Forecasters at the NMS", "meteorologists at the Norwegian
/// Meteorological Institute": after determiners, one plural word (a noun
/// ending in "s", capitalised at most at its first letter), "at", an
/// optional "the", then a name whose every word is capitalised (or an
/// acronym). The caller reads a role word ("analysts at …") first.
pub(super) fn people_at_body<'a>(name: &'a str, determiners: &[String]) -> Option<&'a str> {
    if !name.contains(" at ") {
        return None;
    }
    let rest = past_determiners(name, determiners);
    let (people, tail) = rest.split_once(' ')?;
    let plural = people.len() > 3
        && people.ends_with('s')
        && people.chars().all(char::is_alphabetic)
        && people.chars().skip(1).all(char::is_lowercase);
    let body = tail.strip_prefix("at ")?.trim_start();
    let body = body.strip_prefix("the ").unwrap_or(body).trim();
    let proper = !body.is_empty()
        && (body.split_whitespace()).all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || ["of", "for", "and"].contains(&w)
        });
    (plural && proper).then_some(body)
}

/// True when `name` is a ministry's: its last word "ministry" ("the interior
/// ministry", "Justice Ministry") or "Ministry of …" in it ("The Ministry of
/// Justice").
pub(super) fn is_ministry(name: &str) -> bool {
    // Cheap first (once per attribution): both readings need "ministry" in
    // some ASCII case.
    let bytes = name.as_bytes();
    let holds = memchr::memchr2_iter(b'm', b'M', bytes).any(|at| {
        bytes
            .get(at + 1..at + 8)
            .is_some_and(|rest| rest.eq_ignore_ascii_case(b"inistry"))
    });
    if !holds {
        return false;
    }
    let last = name.split_whitespace().next_back().unwrap_or_default();
    last.eq_ignore_ascii_case("ministry") || crate::suggest::finders::has_ministry_of(name)
}

/// Bodies' head words that analysts name by the country's long name
/// when the article introduces no acronym for it ("Korea Coast Guard"; "the
/// Korea Coast Guard (KCG)" is KCG, [`super::acronym_naming`]): the country's
/// word and the head.
pub(super) const LONG_NAMED_HEADS: &[&str] = &["Coast Guard"];

/// "Norway Coast Guard" for "the Norway Coast Guard (NCG)": one capitalised
/// word (no possessive) before a head of [`LONG_NAMED_HEADS`], after
/// determiners, the name's end or an acronym in parentheses after it; the
/// body itself, not the country's officials.
pub(super) fn long_named_body(name: &str, determiners: &[String]) -> Option<String> {
    let rest = past_determiners(name, determiners);
    let rest = rest.split(" (").next().unwrap_or(rest).trim_end();
    LONG_NAMED_HEADS.iter().find_map(|head| {
        let country = rest.strip_suffix(head)?.strip_suffix(' ')?;
        let one_word = !country.is_empty()
            && country.starts_with(char::is_uppercase)
            && country.chars().all(char::is_alphabetic);
        one_word.then(|| format!("{country} {head}"))
    })
}

/// The body whose secretariat `name` is ("the CITES Secretariat" →
/// "CITES"): after a leading "the", an acronym or one to five capitalised
/// words before a last word "Secretariat". A secretariat speaks for the
/// body it serves.
pub(super) fn secretariat_owner(name: &str) -> Option<&str> {
    let name = name.trim();
    let body = name.strip_suffix(" Secretariat")?;
    let body = (body
        .strip_prefix("the ")
        .or_else(|| body.strip_prefix("The ")))
    .unwrap_or(body);
    let words = body.split_whitespace();
    let named = (1..=5).contains(&words.clone().count())
        && (words.clone())
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(['\'', '’']));
    named.then_some(body)
}

/// Words that name a country's customs administration ("China's *General
/// Administration of Customs*"): its figures are the country's customs',
/// not its officials'.
const CUSTOMS_NAMES: &[&str] = &["Administration of Customs", "Customs Administration"];

/// True when `name` holds a customs administration's name of
/// [`CUSTOMS_NAMES`].
pub(super) fn is_customs_administration(name: &str) -> bool {
    CUSTOMS_NAMES.iter().any(|c| name.contains(c))
}

/// Dateline cities and the nationality of their country's officials.
const DATELINE_CITIES: &[(&str, &str)] = &[
    ("SEOUL", "South Korean"),
    ("BUSAN", "South Korean"),
    ("INCHEON", "South Korean"),
    ("PYONGYANG", "North Korean"),
    ("TOKYO", "Japanese"),
    ("BEIJING", "Chinese"),
    ("MOSCOW", "Russian"),
    ("WASHINGTON", "US"),
    ("BERLIN", "German"),
    ("PARIS", "French"),
    ("LONDON", "British"),
    ("ROME", "Italian"),
    ("MADRID", "Spanish"),
    ("OTTAWA", "Canadian"),
    ("CANBERRA", "Australian"),
    ("NEW DELHI", "Indian"),
    ("HANOI", "Vietnamese"),
    ("BANGKOK", "Thai"),
    ("MANILA", "Philippine"),
    ("JAKARTA", "Indonesian"),
    ("TAIPEI", "Taiwanese"),
    ("KYIV", "Ukrainian"),
    ("WARSAW", "Polish"),
    ("STOCKHOLM", "Swedish"),
    ("OSLO", "Norwegian"),
    ("HELSINKI", "Finnish"),
];

/// How far into an article its dateline is looked for, in bytes.
const DATELINE_WITHIN: usize = 1_200;

/// "South Korean" for an article whose dateline ("SEOUL, Sept. 9 —", "SEOUL
/// (Reuters) —") opens a line within its first [`DATELINE_WITHIN`] bytes
/// with a city of [`DATELINE_CITIES`] in capitals, or `None`.
pub(super) fn dateline_nationality(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(DATELINE_WITHIN);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].lines().find_map(|line| {
        let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
        DATELINE_CITIES.iter().find_map(|(city, nationality)| {
            let after = line.strip_prefix(city)?;
            let dated = after.starts_with(',')
                || after.starts_with(" (")
                || after.starts_with(" —")
                || after.starts_with(" -");
            dated.then_some(*nationality)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn determiners() -> Vec<String> {
        ["a", "an", "the", "The", "A", "An"]
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn a_possessive_is_no_part_of_the_name() {
        assert_eq!(without_possessive("the WHO's"), "the WHO");
        assert_eq!(without_possessive("Acme’s"), "Acme");
        assert_eq!(without_possessive("the Ministry"), "the Ministry");
        assert_eq!(without_possessive("'s"), "'s");
    }

    #[test]
    fn staff_named_by_an_acronym_speak_for_it() {
        let d = determiners();
        assert_eq!(acronym_staff("an unnamed NMS officer", &d), Some("NMS"));
        assert_eq!(acronym_staff("a senior NMS official", &d), Some("NMS"));
        assert_eq!(acronym_staff("the NMS spokesperson", &d), Some("NMS"));
        // Not a former one, not a lower-case body, not a plain name.
        assert_eq!(acronym_staff("a former NMS officer", &d), None);
        assert_eq!(acronym_staff("a ministry official", &d), None);
        assert_eq!(acronym_staff("the NMS", &d), None);
        assert_eq!(acronym_staff("an NMS report", &d), None);
    }

    #[test]
    fn people_at_a_named_body_are_the_body() {
        let d = determiners();
        assert_eq!(people_at_body("Forecasters at the NMS", &d), Some("NMS"));
        assert_eq!(
            people_at_body("meteorologists at the Bureau of Meteorology", &d),
            Some("Bureau of Meteorology")
        );
        // A place or a plain noun after "at" is no body; a full name is no
        // plural.
        assert_eq!(people_at_body("Forecasters at the coast", &d), None);
        assert_eq!(people_at_body("Ana Jones at the NMS", &d), None);
        assert_eq!(people_at_body("Forecasters in Oslo", &d), None);
    }

    #[test]
    fn a_coast_guard_is_named_with_its_country() {
        let d = determiners();
        assert_eq!(
            long_named_body("The Norway Coast Guard (NCG)", &d).as_deref(),
            Some("Norway Coast Guard")
        );
        assert_eq!(long_named_body("Norway's Coast Guard", &d), None);
        assert_eq!(long_named_body("the coast guard", &d), None);
        assert_eq!(long_named_body("the Norway Rescue Service", &d), None);
    }

    #[test]
    fn a_secretariat_speaks_for_its_body() {
        assert_eq!(secretariat_owner("The CITES Secretariat"), Some("CITES"));
        assert_eq!(
            secretariat_owner("the Pacific Islands Forum Secretariat"),
            Some("Pacific Islands Forum")
        );
        assert_eq!(secretariat_owner("the secretariat"), None);
        assert_eq!(secretariat_owner("the Forum's Secretariat"), None);
        assert_eq!(secretariat_owner("Secretariat"), None);
    }

    #[test]
    fn a_customs_administration_is_known_by_its_name() {
        assert!(is_customs_administration(
            "China's General Administration of Customs"
        ));
        assert!(!is_customs_administration(
            "the Korea Customs Service (KCS)"
        ));
        assert!(!is_customs_administration("the Customs Act"));
    }

    #[test]
    fn a_ministry_is_known_by_its_word() {
        assert!(is_ministry("the interior ministry"));
        assert!(is_ministry("The Ministry of Justice"));
        assert!(!is_ministry("the minister"));
        assert!(!is_ministry("ministry officials"));
    }

    #[test]
    fn the_dateline_gives_the_country() {
        let text = "Floods close roads\n\nBERLIN, May 2 — Rivers rose.";
        assert_eq!(dateline_nationality(text), Some("German"));
        let text = "Headline\n\nSEOUL (Reuters) — Two ships collided.";
        assert_eq!(dateline_nationality(text), Some("South Korean"));
        // A city in a sentence, or in capitals without a dateline's mark.
        let text = "Talks in Berlin ended.\n\nBERLIN WALL ANNIVERSARY marked.";
        assert_eq!(dateline_nationality(text), None);
        assert_eq!(dateline_nationality("Officials in Seoul said so."), None);
    }
}
