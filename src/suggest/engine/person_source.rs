//! Whom a person speaks for. No private person is a source an analyst
//! records: a person speaks for the body a title or a description ties them
//! to ("Assistant Secretary of State X" → US officials, "Sen. X" → US
//! lawmakers, "defence attorney X" → defence lawyers, "a prosecutor" →
//! prosecutors, "X, Kestrel's head of research" → Kestrel, "X, a former air
//! force colonel" → experts).

use super::surname::name_occurrences;
use super::{ATTRIBUTION, Found, Suggester};

/// The source the court roles of a subject stand for: defence lawyers or
/// prosecutors.
const DEFENCE_LAWYERS: &str = "defence lawyers";
const PROSECUTORS: &str = "prosecutors";
pub(super) const US_LAWMAKERS: &str = "US lawmakers";
pub(super) const SOUTH_KOREAN_LAWMAKERS: &str = "South Korean lawmakers";
const US_OFFICIALS: &str = "US officials";
const EXPERTS: &str = "experts";
pub(super) const FORMER_OFFICIALS: &str = "former officials";

/// Words of a military post: a former officer speaks as an expert ("a
/// former air force colonel"), a former civilian official as one of the
/// former officials ("a former vice minister").
const MILITARY_WORDS: &[&str] = &[
    "colonel",
    "general",
    "admiral",
    "commander",
    "lieutenant",
    "major",
    "captain",
    "sergeant",
    "officer",
    "army",
    "navy",
    "military",
    "marine",
    "marines",
    "forces",
    "command",
];

/// Staff posts that make a former holder a former official when the post
/// was at a government body ("a former *analyst* at the country's
/// intelligence service").
const FORMER_STAFF: &[&str] = &["analyst", "agent", "staffer", "employee", "researcher"];

/// Words of a government body a former staff member worked at.
const GOVERNMENT_HINTS: &[&str] = &[
    "ministry",
    "intelligence",
    "service",
    "agency",
    "department",
    "government",
    "cabinet",
];

/// Titles of members of the U.S. Congress, lower case, without full stops.
const LAWMAKER_TITLES: &[&str] = &[
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
];

/// U.S. executive departments named in a cabinet title ("Assistant Secretary
/// of *Defense*"), lower case.
const US_DEPARTMENTS: &[&str] = &[
    "state",
    "defense",
    "defence",
    "the treasury",
    "treasury",
    "homeland security",
    "commerce",
    "energy",
    "the navy",
    "the army",
    "the air force",
];

/// Titles a former official or officer held ("a former air force *colonel*"):
/// once out of office they speak as experts.
pub(super) const FORMER_TITLES: &[&str] = &[
    "colonel",
    "general",
    "admiral",
    "commander",
    "officer",
    "official",
    "diplomat",
    "ambassador",
    "envoy",
    "negotiator",
    "minister",
    "adviser",
    "advisor",
    "lieutenant",
    "major",
    "captain",
    "inspector",
    "coordinator",
    "director",
    "representative",
];

/// Words that make a former official a defector, not an expert ("a former
/// *North* Korean diplomat").
const DEFECTOR_WORDS: &[&str] = &["north", "defected", "defector", "fled", "escaped"];

/// Verbs of a relative clause telling a post held before ("who *led* U.S.
/// Forces Korea until last year").
const HELD_VERBS: &[&str] = &[
    "led",
    "headed",
    "commanded",
    "ran",
    "directed",
    "chaired",
    "coordinated",
    "served",
    "oversaw",
];

/// The words of `text`, lower case, without full stops and surrounding
/// punctuation ("Sen." → "sen").
fn plain_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .replace('.', "")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when a word of `words` holds a hyphenated given name ("Hyun-woo") or
/// the name is written in Hangul ("Rep. Han (한서연)"): a Korean name, whose
/// "Rep." is a National Assembly member.
fn korean_name(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
        || text.split_whitespace().any(|w| {
            w.starts_with(char::is_uppercase)
                && w.contains('-')
                && w.split('-').all(|p| p.chars().all(char::is_alphabetic))
        })
}

/// The stems of [`court_role`]'s words, ASCII case ignored (`None` only if
/// the constant list could not be compiled: no test then).
static COURT_STEMS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["prosecut", "defen", "lawyer", "attorney", "counsel"])
            .ok()
    });

/// The source a court role in `subject` stands for: "defence attorney X",
/// "Cho's lawyers", "the defence" → defence lawyers; "a prosecutor",
/// "Prosecutors", "the prosecution" → prosecutors.
pub(super) fn court_role(subject: &str) -> Option<&'static str> {
    // Cheap first: every role word below holds one of these stems (any
    // case), unless a dot inside the word split it ("plain_words" drops
    // dots); most subjects hold none.
    if !subject.contains('.') && !COURT_STEMS.as_ref().is_none_or(|a| a.is_match(subject)) {
        return None;
    }
    let words = plain_words(subject);
    let has = |w: &str| words.iter().any(|x| x == w);
    if has("prosecutor") || has("prosecutors") || has("prosecution") {
        return Some(PROSECUTORS);
    }
    let lawyer = ["lawyer", "lawyers", "attorney", "attorneys", "counsel"]
        .iter()
        .any(|w| has(w));
    let defence = has("defence") || has("defense");
    // "the defence" alone, "defence attorney X", "the defence team".
    let the_defence = defence
        && (words.len() == 1 || (words.len() == 2 && words[0] == "the") || lawyer || has("team"))
        && !words.iter().any(|w| w == "ministry" || w == "minister");
    // "Cho's lawyers", "his lawyers": a defendant's own.
    let possessive = lawyer
        && subject.split_whitespace().next().is_some_and(|w| {
            w.ends_with("'s")
                || w.ends_with("’s")
                || ["his", "her", "their"].contains(&w.to_lowercase().as_str())
        });
    (the_defence || possessive).then_some(DEFENCE_LAWYERS)
}

/// The source a title in `name` gives: a U.S. cabinet title ("Deputy
/// Assistant Secretary of State X") → US officials; a member of Congress
/// ("Sen. X", "Rep. X", not one "of" a party) → US lawmakers, or South
/// Korean lawmakers when the name is Korean ("Rep. Park Ji-won").
pub(super) fn title_source(name: &str) -> Option<&'static str> {
    let words = plain_words(name);
    let joined = format!(" {} ", words.join(" "));
    let cabinet = US_DEPARTMENTS
        .iter()
        .any(|d| joined.contains(&format!(" secretary of {d} ")));
    if cabinet {
        return Some(US_OFFICIALS);
    }
    let lawmaker = words
        .iter()
        .take(3)
        .any(|w| LAWMAKER_TITLES.contains(&w.as_str()));
    // "Rep. Lee of the ruling Democratic Party": the party is the source.
    let of_body = words.iter().any(|w| w == "of");
    (lawmaker && !of_body).then(|| {
        if korean_name(name) {
            SOUTH_KOREAN_LAWMAKERS
        } else {
            US_LAWMAKERS
        }
    })
}

/// True when `description` tells a post held before, not a body spoken for:
/// "a former air force colonel", "who led U.S. Forces Korea until last
/// year", "who once coordinated the panel", "(ret.)"; not a former official
/// of the North ("a former North Korean diplomat": a defector).
pub(super) fn held_before(description: &str) -> bool {
    let words = plain_words(description);
    if defector(&words) {
        return false;
    }
    if super::person_former::left_government(description) {
        return true;
    }
    if description.contains("(ret.)") || words.iter().any(|w| w == "retired") {
        return true;
    }
    // "a former … colonel": a title within four words after "former".
    let former = words.iter().enumerate().any(|(i, w)| {
        w == "former"
            && (words[i + 1..].iter().take(4)).any(|t| FORMER_TITLES.contains(&t.as_str()))
    });
    // "a former analyst at the intelligence service".
    let staff = words.iter().enumerate().any(|(i, w)| {
        w == "former" && (words[i + 1..].iter().take(3)).any(|t| FORMER_STAFF.contains(&t.as_str()))
    }) && words.iter().any(|w| GOVERNMENT_HINTS.contains(&w.as_str()));
    // "who led … until last year", "who once coordinated …".
    let who = words.first().is_some_and(|w| w == "who")
        && words.get(1).is_some_and(|w| {
            HELD_VERBS.contains(&w.as_str())
                || ["once", "formerly", "previously"].contains(&w.as_str())
        })
        && (words.iter())
            .any(|w| ["until", "once", "formerly", "previously", "before"].contains(&w.as_str()));
    former || staff || who
}

/// True when `words` (lower case) make a former official a defector: "a
/// former *North Korean* diplomat", "who *fled*"; not "a former envoy for
/// North Korea" (a post about the North, held elsewhere).
fn defector(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        if w == "north" {
            return words
                .get(i + 1)
                .is_some_and(|n| n == "korean" || n == "koreans");
        }
        DEFECTOR_WORDS.contains(&w.as_str())
    })
}

/// True when `description` makes a former official a defector (see
/// [`defector`]): "a former North Korean diplomat".
pub(super) fn defector_described(description: &str) -> bool {
    defector(&plain_words(description))
}

/// The group a person who held a post before (see [`held_before`]) speaks
/// as: experts after a military post or retirement ("a former air force
/// colonel", "(ret.)"), else the former officials ("a former vice minister",
/// "a former analyst at the intelligence service").
pub(super) fn former_group(description: &str) -> &'static str {
    let words = plain_words(description);
    // "a retired navy captain": the sets file the word "retired" under the
    // former officials (two sets to one); "a former air force colonel" and
    // "Gen. (ret.)" stay experts.
    if words.iter().any(|w| w == "retired") {
        return FORMER_OFFICIALS;
    }
    let military = description.contains("(ret.)")
        || words.iter().any(|w| MILITARY_WORDS.contains(&w.as_str()));
    if military { EXPERTS } else { FORMER_OFFICIALS }
}

/// The owner of a possessive appositive "Kestrel's head of threat research":
/// one to three capitalised words before "'s", then only lower-case words
/// (a role, not another name).
pub(super) fn possessive_owner(appositive: &str) -> Option<&str> {
    let appositive = appositive.trim();
    let at = appositive.find("'s ").or_else(|| appositive.find("’s "))?;
    let owner = &appositive[..at];
    let apostrophe = appositive[at..].chars().next()?.len_utf8();
    let role = &appositive[at + apostrophe + 2..];
    let owner_words: Vec<&str> = owner.split_whitespace().collect();
    let named = (1..=3).contains(&owner_words.len())
        && owner_words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        && !["The", "Its", "His", "Her", "Their"].contains(&owner_words[0]);
    let plain_role = !role.is_empty()
        && role
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (named && plain_role).then_some(owner)
}

/// The owner of a possessive subject "The ruling Democratic Party's floor
/// spokesperson", "Orbis's head of research": past leading determiners and
/// lower-case words, one to four capitalised words before "'s", then one to
/// four lower-case words (a role, not a name).
pub(super) fn possessive_subject_owner(name: &str) -> Option<&str> {
    let name = name.trim();
    let at = name.find("'s ").or_else(|| name.find("’s "))?;
    let apostrophe = name[at..].chars().next()?.len_utf8();
    let role = &name[at + apostrophe + 2..];
    let mut owner = &name[..at];
    while let Some((first, rest)) = owner.split_once(' ') {
        if first.starts_with(char::is_uppercase) && !["The", "A", "An"].contains(&first) {
            break;
        }
        owner = rest;
    }
    let words: Vec<&str> = owner.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !["The", "Its", "His", "Her", "Their", "It"].contains(&words[0]);
    let role_words = role.split_whitespace().count();
    let plain_role = (1..=4).contains(&role_words)
        && role
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (named && plain_role).then_some(owner)
}

/// True when `appositive` places the person at the company or firm named
/// before ("a senior analyst *at the company*").
pub(super) fn at_the_company(appositive: &str) -> Option<&'static str> {
    let words = plain_words(appositive);
    words.windows(3).find_map(|w| {
        let at = ["at", "for", "with"].contains(&w[0].as_str()) && w[1] == "the";
        (at && ["company", "firm"].contains(&w[2].as_str())).then_some(if w[2] == "firm" {
            "firm"
        } else {
            "company"
        })
    })
}

impl Suggester {
    /// The source a person's appositive ties them to before any body it
    /// names or role word it holds: a post held before → experts
    /// ([`held_before`]); "the company" → the generic word, read later as the
    /// company named before; "Kestrel's head of research" → the owner.
    pub(super) fn person_appositive_source(&self, name: &str, appositive: &str) -> Option<String> {
        if super::person_kinds::left_the_north(appositive) {
            return Some(self.index.normalise("defectors"));
        }
        if held_before(appositive) {
            return Some(self.index.normalise(former_group(appositive)));
        }
        if held_before(name) {
            return Some(self.index.normalise(former_group(name)));
        }
        if super::person_staff::ordinary_person(appositive) {
            return Some(super::person_staff::CITIZENS.to_string());
        }
        if let Some(role) = court_role(appositive).or_else(|| title_source(appositive)) {
            return Some(self.index.normalise(role));
        }
        if let Some(word) = at_the_company(appositive) {
            return Some(word.to_string());
        }
        if let Some(body) = self.staff_body_source(appositive) {
            return Some(body);
        }
        possessive_owner(appositive).map(|owner| self.source_of(owner))
    }

    /// "U.S. and South Korean officials": officials of two countries speak
    /// for the first named, as the registry names its officials.
    pub(super) fn paired_officials(&self, name: &str) -> Option<String> {
        let (lead, rest) = name.trim().rsplit_once(" and ")?;
        // The capitalised words just before "and" ("a group that *U.S.*").
        let mut first: Vec<&str> = (lead.split_whitespace().rev())
            .take_while(|w| w.starts_with(char::is_uppercase) && w != &"The")
            .take(2)
            .collect();
        first.reverse();
        let first = first.join(" ");
        let plural = rest.ends_with(" officials") && rest.split_whitespace().count() <= 3;
        if !plural || first.is_empty() {
            return None;
        }
        self.registry
            .canonical(&format!("{first} officials"))
            .map(str::to_string)
    }

    /// "Maya Cole, a senior analyst at the company" (a source after its cue,
    /// with its appositive): the source the appositive ties the person to
    /// ([`Suggester::person_appositive_source`]), when the name before the
    /// comma is a person's.
    pub(super) fn named_with_appositive(&self, name: &str) -> Option<String> {
        let (person, appositive) = name.split_once(", ")?;
        if !is_name(person) || self.index.canonical(person).is_some() {
            return None;
        }
        self.person_appositive_source(person, appositive)
    }

    /// The source a title or court role in `name` gives ([`court_role`],
    /// [`title_source`]), as the registry names it.
    pub(super) fn titled_source(&self, name: &str) -> Option<String> {
        // Most names hold no title: a cheap test first (sources are named per
        // attribution, on long texts too).
        if !holds_title_hint(name) {
            return None;
        }
        court_role(name)
            .or_else(|| title_source(name))
            .map(|s| self.index.normalise(s))
    }
}

/// True when `name` holds one of [`TITLE_HINTS`] in any case: one pass of a
/// shared automaton instead of a lower-case copy searched nine times.
fn holds_title_hint(name: &str) -> bool {
    static HINTS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let hints = HINTS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(TITLE_HINTS)
            .ok()
    });
    match hints {
        Some(hints) => hints.is_match(name),
        None => {
            let lower = name.to_ascii_lowercase();
            TITLE_HINTS.iter().any(|h| lower.contains(h))
        }
    }
}

/// Lower-case pieces one of which every title or court role of
/// [`court_role`] and [`title_source`] holds.
const TITLE_HINTS: &[&str] = &[
    "prosecut",
    "defen",
    "lawyer",
    "attorney",
    "counsel",
    "secretary",
    "sen",
    "rep",
    "congress",
];

/// For each attribution (in text order) whose source is a name of one to
/// three capitalised words that `known` does not recognise, the source of a
/// title or court role written just before the name where the text first
/// gives it in the [`LOOK_BACK`](super::surname::LOOK_BACK) bytes up to the attribution's end ("*defence
/// attorney* Han told", "*Sen.* Reyes … Reyes said"). Returns the indices
/// resolved and their sources.
pub(super) fn resolve_titled(
    text: &str,
    found: &[Found],
    known: impl Fn(&str) -> bool + Sync,
    titled: impl Fn(&str) -> Option<String> + Sync,
) -> Vec<(usize, String)> {
    // Each attribution read alone: a long list on two threads.
    super::tail_split::filter_map(found, |_, f| {
        if f.label != ATTRIBUTION || f.back_reference {
            return None;
        }
        let name = (f.source.as_deref()).filter(|s| is_name(s) && !known(s))?;
        name_occurrences(text, f.end, name).find_map(|(at, whole)| {
            let before = words_before(&text[..at], 6);
            (whole && ends_in_title(before))
                .then(|| titled(before))
                .flatten()
        })
    })
}

/// The last `n` words of `before` within its clause (after the last
/// sentence or clause mark), with the name's own leading words.
fn words_before(before: &str, n: usize) -> &str {
    let marks = ['.', ',', ';', ':', '!', '?', '“', '”', '"', '\n', '—'];
    let clause = (before.char_indices().rev())
        .find(|(_, c)| marks.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A full stop of an abbreviation ("Sen.") does not end the clause.
    let clause = if before[..clause].ends_with("Sen.") || before[..clause].ends_with("Rep.") {
        before[..clause - 1]
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |i| i + 1)
    } else {
        clause
    };
    let lead = &before[clause..];
    let mut start = lead.len();
    for (count, (at, _)) in lead.match_indices(' ').rev().enumerate() {
        if count > n {
            break;
        }
        start = at;
    }
    if lead.split_whitespace().count() <= n {
        start = 0;
    }
    &lead[start..]
}

/// Words that end a title written just before a name ("defence *attorney*
/// X", "*Sen.* X", "Secretary of *State* X"), lower case, without full stops.
const TITLE_HEADS: &[&str] = &[
    "attorney",
    "lawyer",
    "counsel",
    "prosecutor",
    "state",
    "defense",
    "defence",
    "treasury",
    "security",
    "commerce",
    "energy",
    "navy",
    "army",
    "force",
];

/// True when the last word of `before` is one of [`TITLE_HEADS`] or
/// [`LAWMAKER_TITLES`]: a title
/// stands right before the name, not a clause ("a prosecutor told the court
/// that X").
fn ends_in_title(before: &str) -> bool {
    plain_words(before)
        .last()
        .is_some_and(|w| TITLE_HEADS.contains(&w.as_str()) || LAWMAKER_TITLES.contains(&w.as_str()))
}

/// One to three words, each capitalised with a lower-case letter after
/// ("Reyes", "Han Mi-rae"): a person's name.
pub(super) fn is_name(source: &str) -> bool {
    // Read per attribution: the words in place, no list of them.
    let mut count = 0;
    for w in super::ascii_words::words(source) {
        count += 1;
        let named = w.starts_with(char::is_uppercase)
            && w.chars().all(super::surname::name_char)
            && w.chars().skip(1).any(char::is_lowercase);
        if count > 3 || !named {
            return false;
        }
    }
    count > 0
}

#[cfg(test)]
#[path = "person_source_tests.rs"]
mod tests;
