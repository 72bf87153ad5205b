//! "citing" an unnamed person described by their trade and where they are:
//! "citing *a railway worker in Khasan*", "citing *an unnamed board
//! member*", "citing *two people at travel agencies in Yanji*", or an unsigned
//! paper passed round ("citing *a price list circulated to brokers*"). The
//! whole description is the cited name and the source an unnamed one. A
//! reason cited ("citing *a decline in exports*", "citing *a court order*")
//! names no one: the description's head must be a person's noun (or a
//! paper's), and an indefinite determiner must open it.

use super::Suggester;
use super::knowing::clause_end;
use super::source_name::{NOT_GOVERNMENT_WORDS, ORGANISATION_WORDS};
use crate::suggest::lower::lower_in;

/// Determiners that leave the person unnamed ("*a* railway worker", "*two*
/// people"), lower case.
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "several", "some", "another",
];

/// Heads of people that do not end like an agent noun ("-er", "-or",
/// "-ist", "-ian"), lower case.
const PERSON_HEADS: &[&str] = &[
    "person",
    "people",
    "member",
    "members",
    "agent",
    "agents",
    "employee",
    "employees",
    "staff",
    "staffer",
    "staffers",
    "resident",
    "residents",
    "source",
    "sources",
    "insider",
    "insiders",
    "informant",
    "informants",
    "merchant",
    "merchants",
    "guard",
    "guards",
    "clerk",
    "clerks",
    "executive",
    "executives",
    "aide",
    "aides",
    "contact",
    "contacts",
    "colleague",
    "colleagues",
    "relative",
    "relatives",
    "student",
    "students",
    "defector",
    "defectors",
    "diplomat",
    "diplomats",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "vendor",
    "vendors",
    "fisherman",
    "fishermen",
    "guide",
    "guides",
    "witness",
    "witnesses",
    "nurse",
    "nurses",
    "cadre",
    "cadres",
    "crew",
    "consultant",
    "consultants",
    "accountant",
    "accountants",
    "attendant",
    "attendants",
    "participant",
    "participants",
    "veteran",
    "veterans",
    "official",
    "officials",
];

/// Words ending like an agent noun that name no person ("a court *order*",
/// "a *number* of reasons"), lower case.
const NOT_AGENTS: &[&str] = &[
    "letter",
    "letters",
    "number",
    "numbers",
    "order",
    "orders",
    "paper",
    "papers",
    "matter",
    "matters",
    "water",
    "border",
    "borders",
    "power",
    "error",
    "errors",
    "factor",
    "factors",
    "sector",
    "sectors",
    "register",
    "transfer",
    "transfers",
    "offer",
    "offers",
    "other",
    "others",
    "corner",
    "winter",
    "summer",
    "center",
    "chapter",
    "quarter",
    "filter",
    "tower",
    "cluster",
    "barrier",
    "disaster",
    "poster",
    "flyer",
    "folder",
    "ledger",
    "terror",
    "horror",
    "mirror",
    "honor",
    "labor",
    "harbor",
    "rumor",
    "rumors",
    "behavior",
    "favor",
    "indicator",
    "indicators",
    "reactor",
    "reactors",
    "generator",
    "corridor",
    "motor",
    "vector",
    "monitor",
    "radar",
    "computer",
    "meter",
    "liter",
    "litre",
    "minister",
    "weather",
    "shower",
    "answer",
    "answers",
    "manner",
    "checklist",
    "blacklist",
    "shortlist",
    "playlist",
    "median",
];

/// Unsigned papers passed round that may be cited as an unnamed source ("a
/// price *list*"), lower case.
const PAPERS: &[&str] = &[
    "list", "lists", "memo", "circular", "leaflet", "flyer", "notice",
];

/// Words opening what describes the person further ("a worker *in*
/// Khasan", "a list *circulated* to brokers"), lower case.
const TAIL_STARTS: &[&str] = &[
    "in",
    "at",
    "from",
    "of",
    "near",
    "outside",
    "inside",
    "on",
    "based",
    "working",
    "living",
    "circulated",
    "shared",
    "sent",
    "passed",
    "distributed",
    "handed",
];

/// Words of [`TAIL_STARTS`] that open a place or a body ("in", "at"), not a
/// participle of how a paper went round; lower case.
const PLACE_WORDS: &[&str] = &["in", "at", "from", "of", "near", "outside", "inside", "on"];

/// Words that make a tail more than a place or an addressee: a clause of its
/// own or an author ("a list *compiled by* the ministry"), lower case.
const NOT_IN_TAIL: &[&str] = &[
    "by", "that", "who", "which", "said", "says", "told", "whose",
];

/// The most plain words between the determiner and the head ("a *freight
/// rail* worker").
const MAX_MODIFIERS: usize = 3;

/// The most words of the tail ("in the Chinese border city of Hunchun").
const MAX_TAIL_WORDS: usize = 7;

/// The most bytes read after the cue.
const MAX_BYTES: usize = 200;

impl Suggester {
    /// After "citing" ending at byte `end`: the end of an unnamed person (or
    /// paper) the module doc describes, up to the clause's end.
    pub(super) fn cited_unnamed_after(&self, sentence: &str, end: usize) -> Option<usize> {
        if self.rules.attribution.anonymous_source.is_empty()
            || !lower_in(sentence.get(..end)?.rsplit(' ').next()?, &["citing"])
            || lower_in(
                sentence[..end].trim_end().rsplit(' ').nth(1).unwrap_or(""),
                &["without", "not"],
            )
        {
            return None;
        }
        let rest = sentence[end..].strip_prefix(' ')?;
        let reach = rest.floor_char_boundary(MAX_BYTES);
        let rest = &rest[..reach];
        let stop = rest
            .find(['.', ',', ';', ':', '”', '"', '—', '(', '?', '!'])
            .unwrap_or(rest.len());
        let clause = &rest[..clause_end(rest, stop)];
        let words: Vec<&str> = clause.split(' ').collect();
        let first = *words.first()?;
        let determined = lower_in(first, INDEFINITE);
        let mut head = None;
        let mut paper = false;
        for (i, word) in words.iter().enumerate().skip(usize::from(determined)) {
            if i > MAX_MODIFIERS + usize::from(determined) || !is_plain(word) {
                break;
            }
            if lower_in(word, TAIL_STARTS) && i > usize::from(determined) {
                break;
            }
            if is_person(word) || (determined && lower_in(word, PAPERS)) {
                head = Some(i);
                paper = lower_in(word, PAPERS);
            }
        }
        let head = head?;
        // A bare plural needs a person's plural head ("people at …").
        if !determined && !lower_in(words[head], &["people", "residents", "staff"]) {
            return None;
        }
        // The head is the last word before the tail or the clause's end.
        let tail = &words[head + 1..];
        let Some(opening) = tail.first() else {
            return Some(end + 1 + clause.len());
        };
        // A paper's tail tells who had it, not who wrote it ("a list
        // *circulated* to brokers", not "a list *from* the ministry").
        let passed = !lower_in(opening, PLACE_WORDS);
        if !lower_in(opening, TAIL_STARTS)
            || (paper && !passed)
            || tail.len() > MAX_TAIL_WORDS
            || tail.iter().any(|w| lower_in(w, NOT_IN_TAIL))
            // "an official at the Unification *Ministry*": that body's.
            || tail.iter().any(|w| {
                w.starts_with(char::is_uppercase)
                    && (lower_in(w, ORGANISATION_WORDS) || lower_in(w, NOT_GOVERNMENT_WORDS))
            })
        {
            return None;
        }
        Some(end + 1 + clause.len())
    }
}

/// True when `word` is a plain lower-case word (letters and hyphens).
pub(super) fn is_plain(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// True when `word` names a person: one of [`PERSON_HEADS`] or an agent
/// noun ("worker", "forwarder", "driver", "technician"), not one of
/// [`NOT_AGENTS`].
pub(super) fn is_person(word: &str) -> bool {
    if lower_in(word, PERSON_HEADS) {
        return true;
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    singular.len() > 4
        && ["er", "or", "ist", "ian"]
            .iter()
            .any(|s| singular.ends_with(s))
        && !lower_in(word, NOT_AGENTS)
        && !lower_in(singular, NOT_AGENTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(sentence: &str) -> Option<String> {
        let s = Suggester::builtin().expect("rules");
        let end = sentence.find("citing").expect("cue") + "citing".len();
        (s.cited_unnamed_after(sentence, end)).map(|e| sentence[end..e].trim().to_string())
    }

    #[test]
    fn people_described_by_trade_and_place() {
        assert_eq!(
            cited("The mill shut, the paper said, citing a mill supervisor in Tongjiang.")
                .as_deref(),
            Some("a mill supervisor in Tongjiang")
        );
        assert_eq!(
            cited("Prices rose, citing an unnamed council member.").as_deref(),
            Some("an unnamed council member")
        );
        assert_eq!(
            cited("Buses ran again, citing two people at bus firms in Yanji.").as_deref(),
            Some("two people at bus firms in Yanji")
        );
        assert_eq!(
            cited("Rates rose, citing a rate sheet circulated to dealers.").as_deref(),
            None
        );
        assert_eq!(
            cited("Rates rose, citing a price list circulated to dealers.").as_deref(),
            Some("a price list circulated to dealers")
        );
    }

    #[test]
    fn reasons_and_bodies_are_not_unnamed_people() {
        assert_eq!(
            cited("The bank cut rates, citing a decline in exports."),
            None
        );
        assert_eq!(cited("The judge ruled, citing a court order."), None);
        assert_eq!(cited("It left, citing a number of reasons."), None);
        assert_eq!(cited("He spoke without citing a source."), None);
        assert_eq!(
            cited("The daily said so, citing an official at the Unification Ministry."),
            None
        );
        assert_eq!(
            cited("It said so, citing a person who trades in Yanji."),
            None
        );
    }
}
