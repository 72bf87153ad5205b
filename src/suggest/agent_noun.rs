//! Whether a plain lower-case word is a noun for a person by what they do
//! (an agent noun: "strateg*ist*", "import*er*", "auth*or*", "histor*ian*",
//! "consult*ant*"): the head of a speaker before a reporting cue ("Market
//! *strategists* said", "The *presenter* cautions") that no word list names.

/// Endings of English agent nouns, singular and plural.
const AGENT_ENDINGS: &[&str] = &[
    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants",
];

/// The shortest agent noun read ("actor", "guard" is not one).
const MIN_LEN: usize = 5;

/// Common words with an agent ending that name no person ("the *number*
/// suggests", "the *order* said", "*water* levels"): things, times, places,
/// comparatives and function words.
const NOT_AGENTS: &[&str] = &[
    "number",
    "numbers",
    "order",
    "orders",
    "letter",
    "letters",
    "matter",
    "matters",
    "water",
    "waters",
    "paper",
    "papers",
    "chapter",
    "chapters",
    "register",
    "cluster",
    "clusters",
    "filter",
    "layer",
    "layers",
    "poster",
    "posters",
    "banner",
    "banners",
    "sensor",
    "sensors",
    "detector",
    "detectors",
    "indicator",
    "indicators",
    "factor",
    "factors",
    "sector",
    "sectors",
    "error",
    "errors",
    "colour",
    "color",
    "floor",
    "floors",
    "door",
    "doors",
    "mirror",
    "meter",
    "meters",
    "counter",
    "counters",
    "marker",
    "markers",
    "calendar",
    "winter",
    "summer",
    "quarter",
    "quarters",
    "center",
    "centre",
    "river",
    "rivers",
    "border",
    "borders",
    "power",
    "powers",
    "tower",
    "towers",
    "computer",
    "computers",
    "printer",
    "scanner",
    "recorder",
    "motor",
    "reactor",
    "reactors",
    "tractor",
    "vector",
    "plant",
    "plants",
    "variant",
    "variants",
    "grant",
    "grants",
    "restaurant",
    "list",
    "lists",
    "checklist",
    "shortlist",
    "playlist",
    "median",
    "meridian",
    "other",
    "others",
    "latter",
    "either",
    "neither",
    "further",
    "rather",
    "together",
    "whether",
    "however",
    "whatever",
    "whoever",
    "never",
    "ever",
    "after",
    "under",
    "over",
    "later",
    "earlier",
    "longer",
    "larger",
    "smaller",
    "higher",
    "lower",
    "greater",
    "bigger",
    "fewer",
    "faster",
    "slower",
    "better",
    "newer",
    "older",
    "closer",
    "weaker",
    "stronger",
    "harder",
    "easier",
    "cheaper",
    "wider",
    "deeper",
    "major",
    "minor",
    "prior",
    "senior",
    "junior",
    "interior",
    "exterior",
    "superior",
    "inferior",
    "disaster",
    "disasters",
    "danger",
    "dangers",
    "answer",
    "answers",
    "cancer",
    "shelter",
    "shelters",
    "character",
    "corner",
    "weather",
    "monster",
    "finger",
    "fingers",
    "powder",
    "barrier",
    "barriers",
    "container",
    "containers",
    "tanker",
    "tankers",
    "freighter",
    "carrier",
    "carriers",
    "trawler",
    "trawlers",
    "launcher",
    "launchers",
    "fighter",
    "fighters",
    "bomber",
    "bombers",
    "helicopter",
    "helicopters",
    "trailer",
    "trailers",
    "server",
    "servers",
    "browser",
    "transistor",
    "elevator",
    "radiator",
    "simulator",
    "accelerator",
    "constant",
    "pollutant",
    "pollutants",
    "fragrant",
    "significant",
    "important",
    "relevant",
    "elephant",
    "giant",
    "want",
    "wants",
    "infant",
    "pageant",
    "implant",
    "mist",
    "wrist",
    "twist",
    "gist",
    "shorter",
    "taller",
    "newer",
    "broader",
    "clearer",
    "fuller",
    "thinner",
    "lighter",
    "heavier",
    "riskier",
    "safer",
    "poorer",
    "richer",
    "cleaner",
    "louder",
    "quieter",
];

/// True when `word` (as written) is a lower-case agent noun: an agent ending,
/// at least [`MIN_LEN`] letters, not one of the common things with such an
/// ending.
pub fn is_agent_noun(word: &str) -> bool {
    let len = word.len();
    if len < MIN_LEN || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return false;
    }
    AGENT_ENDINGS.iter().any(|e| word.ends_with(e)) && !NOT_AGENTS.contains(&word)
}

/// Possessive pronouns that do not open an agent-noun speaker: "*My* mother
/// told me", "*Our* inspectors found" (the writer's own, read by other rules).
const FIRST_PERSON: &[&str] = &["my", "our", "your"];

/// True when the name at byte `start` of `text`, whose head is the agent noun
/// at byte `head`, is a whole clause subject: some word before the head joins
/// it ("*The* presenter", "*Market* strategists", "*one of the* importers"),
/// its first word is no first-person possessive, and it opens its clause
/// (nothing before it but punctuation, a quote or the text's start), not
/// the object of a preposition ("a manager at *a Vladivostok insurer*").
pub fn opens_agent_subject(text: &str, start: usize, head: usize) -> bool {
    if start > head {
        return false;
    }
    // "…, *forecasters* said": a lone plural after a clause's comma.
    if start == head {
        let word = text[head..].split([' ', '\t']).next().unwrap_or("");
        return word.ends_with('s') && text[..start].trim_end().ends_with(',');
    }
    let first = text[start..].split([' ', '\t']).next().unwrap_or("");
    if FIRST_PERSON.iter().any(|p| first.eq_ignore_ascii_case(p)) {
        return false;
    }
    let before = text[..start].trim_end();
    before.is_empty()
        || before.ends_with(|c: char| c.is_ascii_punctuation() || "“”‘’—–…".contains(c))
}

#[cfg(test)]
mod tests {
    use super::is_agent_noun;

    #[test]
    fn agent_nouns_and_look_alikes() {
        for w in [
            "strategists",
            "importer",
            "author",
            "presenter",
            "historians",
            "consultant",
        ] {
            assert!(is_agent_noun(w), "{w}");
        }
        for w in [
            "number", "order", "Author", "water", "the", "whether", "plants",
        ] {
            assert!(!is_agent_noun(w), "{w}");
        }
    }
}
