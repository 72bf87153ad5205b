//! People of a trade named by what the text says they do, read after the
//! other groups of people:
//!
//! - a named person whose relative clause says they fish ("X, 61, who has
//!   fished off the island for three decades, said") or who heads an
//!   association of boats or fishermen ("said X, head of the town's
//!   squid-boat owners' association"), and a boat's captain or captains
//!   left as the bare noun ("Another captain said", "Captains in the port
//!   said") in a text about fishing, speak as the fishermen (fresh12, 18,
//!   19, 21, 22 and 23 file captains, skippers and fishermen so: 12 spans;
//!   an airline's captain, fresh17, stays: that text names no fishing);
//! - plural traders placed at a market of a city ("Wholesalers at Seoul's
//!   fish market said", "Traders in Dandong") speak as that city's
//!   country's traders (fresh9, 20, 23), as does one trader whose
//!   description names a city ("A second trader, who runs a stall near the
//!   Dandong customs house, said"), and diplomats placed in a city
//!   ("Diplomats in Seoul say") as the diplomats, not the capital's
//!   officials (fresh6, 8, 23).
//!
//! Later attributions that kept the same source (a surname, a pronoun)
//! follow.

use super::{Found, Suggester};

/// The group the people of the fishing trade speak as.
const FISHERMEN: &str = "fishermen";

/// Verbs of a relative clause that say a person fishes ("who *has fished*
/// off …"), lower case.
const FISHING_VERBS: &[&str] = &["fished", "fishes", "fish"];

/// Nouns of a boat's master, left as the source ("Another *captain*"),
/// lower case.
const CAPTAINS: &[&str] = &["captain", "captains", "skipper", "skippers"];

/// Words that tell a text is about fishing (read only for a captain).
const FISHING_WORDS: &[&str] = &[
    "fishing",
    "fishermen",
    "fisherman",
    "trawler",
    "crab boat",
    "squid boat",
    "squid-boat",
];

/// Posts of a person who heads an association ("*head* of the town's …
/// association"), lower case.
const HEAD_POSTS: &[&str] = &[
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "leader",
];

/// Words inside an association's name that make it one of boats or
/// fishermen ("squid-*boat* owners' association"), lower case.
const FLEET_WORDS: &[&str] = &[
    "boat",
    "boats",
    "fishing",
    "fishermen",
    "fishermen's",
    "fleet",
];

/// Plural nouns of people who buy and sell at a market, lower case.
const TRADER_NOUNS: &[&str] = &["traders", "wholesalers", "merchants", "vendors"];

/// How many bytes after a name are read for its description.
const DESCRIPTION_REACH: usize = 160;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are people of a trade,
    /// as the module doc says.
    pub(super) fn name_trade_people(&self, text: &str, found: &mut [Found]) {
        // Cheap first: most texts name no fishing and no market.
        // Cheapest first: each fishing word, "fished" and "fishes" hold one
        // of these four (a text with none is not scanned per word).
        // (Each a vector search of the whole text.)
        let holds = |w: &str| crate::suggest::finders::text_holds(text, w);
        let fishy = ["fish", "trawler", "crab boat", "squid"]
            .iter()
            .any(|w| holds(w));
        let fishing = fishy && FISHING_WORDS.iter().any(|w| holds(w));
        let fished = fishy && (holds("fished") || holds("fishes"));
        // The singular nouns without their first letter: "Traders",
        // "trader".
        let market = TRADER_NOUNS.iter().any(|n| holds(&n[1..n.len() - 1])) || holds("Diplomats ");
        if !fishing && !fished && !market {
            return;
        }
        if market {
            // Read on the span alone, no later attribution following: the
            // source found so far may be the place's officials.
            // A source renamed that the registry does not know ("Dandong"):
            // later attributions that kept it ("One of them said") follow.
            let mut follow: Option<(String, String)> = None;
            for f in found.iter_mut().filter(|f| f.label == super::ATTRIBUTION) {
                let span = text.get(f.start..f.end).unwrap_or_default();
                let Some(place) = placed_traders(span).or_else(|| described_trader(span)) else {
                    if placed_diplomats(span) {
                        let group = self.index.normalise("diplomats");
                        if f.source.as_deref() != Some(group.as_str()) {
                            let old = f.source.replace(group.clone()).unwrap_or_default();
                            f.why.push_str(&format!(
                                ", “{old}” read as {group} (diplomats where they serve)"
                            ));
                        }
                        continue;
                    }
                    if let Some((old, group)) = &follow
                        && f.source.as_deref() == Some(old.as_str())
                    {
                        f.why
                            .push_str(&format!(", “{old}” read as {group} (the traders before)"));
                        f.source = Some(group.clone());
                    }
                    continue;
                };
                let Some(nationality) = super::cities::city_nationality(place)
                    .or_else(|| self.nationality_of_place(place))
                else {
                    continue;
                };
                let group = self.index.normalise(&format!("{nationality} traders"));
                if f.source.as_deref() != Some(group.as_str()) {
                    let old = f.source.replace(group.clone()).unwrap_or_default();
                    f.why.push_str(&format!(
                        ", “{old}” read as {group} (traders where they are)"
                    ));
                    follow = (self.index.canonical(&old).is_none()).then_some((old, group));
                }
            }
        }
        if !fishing && !fished {
            return;
        }
        super::source_renames::rename_sources(
            found,
            "a person of the fishing trade",
            |f, source| {
                if fishing && captain_noun(source) {
                    return Some(self.index.normalise(FISHERMEN));
                }
                let span = text.get(f.start..f.end).unwrap_or_default();
                description_after(text, f, span, source)
                    .filter(|after| fishing_description(after, fishing))
                    .map(|_| self.index.normalise(FISHERMEN))
            },
        );
    }
}

/// True when `source` is a captain's noun left bare ("captain", "Another
/// captain", "captains"): at most one counting word before it.
fn captain_noun(source: &str) -> bool {
    let mut words = source.split(' ').rev();
    let Some(noun) = words.next() else {
        return false;
    };
    let before = words.next();
    CAPTAINS.iter().any(|c| noun.eq_ignore_ascii_case(c))
        && before.is_none_or(|w| {
            [
                "another", "one", "a", "the", "other", "two", "three", "several",
            ]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
        })
        && words.next().is_none()
}

/// The text after the name a person's `source` opens with (up to
/// [`DESCRIPTION_REACH`] bytes), when `source` is a name of capitalised
/// words (the description may be part of it: "Choi Man-gil, 61, who …").
fn description_after<'t>(text: &'t str, f: &Found, span: &str, source: &str) -> Option<&'t str> {
    let name = source.split(',').next()?.trim();
    let named = name
        .split(' ')
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase));
    if !named {
        return None;
    }
    let from = f.start + span.find(name)? + name.len();
    let to = text.floor_char_boundary((from + DESCRIPTION_REACH).min(text.len()));
    text.get(from..to)
}

/// True when `after` (the text after a name) describes a person of the
/// fishing trade: ", 61, who has fished off …", ", head of the town's
/// squid-boat owners' association", or in a text about fishing
/// (`fishing`) ", the captain, …" (fresh18, fresh22).
fn fishing_description(after: &str, fishing: bool) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    // An age aside first ("61, who …").
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = match rest[digits..].strip_prefix(", ") {
        Some(tail) if (1..=3).contains(&digits) => tail,
        _ => rest,
    };
    let clause = &rest[..rest.find(['.', ';', '"', '“']).unwrap_or(rest.len())];
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    if fishing && matches!(words.as_slice(), ["the" | "a", noun, ..] if CAPTAINS.contains(noun)) {
        return true;
    }
    if let Some(("who", tail)) = words.split_first().map(|(w, t)| (*w, t)) {
        let verb = tail
            .iter()
            .take(3)
            .find(|w| !["has", "have", "had", "still", "also"].contains(w));
        return verb.is_some_and(|v| FISHING_VERBS.contains(v));
    }
    // "head of the … association": the post, then the association's words.
    let post = words.first().is_some_and(|w| HEAD_POSTS.contains(w));
    let of = words.get(1) == Some(&"of");
    let body = words
        .iter()
        .take(8)
        .position(|w| ["association", "cooperative", "union", "federation"].contains(w));
    post && of
        && body.is_some_and(|at| {
            words[2..at].iter().any(|w| {
                w.split(['-', '\'', '’'])
                    .any(|part| FLEET_WORDS.contains(&part))
            })
        })
}

/// The place of plural traders that open `span`: "Wholesalers at Seoul's
/// Noryangjin market said" → "Seoul", "Traders in Dandong said" →
/// "Dandong"; `None` for any other opening.
fn placed_traders(span: &str) -> Option<&str> {
    let mut words = span.split(' ').peekable();
    let mut noun = words.next()?;
    let is_trader = |w: &str| TRADER_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n));
    // A count or one modifier before the noun ("Several traders", "Grain
    // wholesalers").
    // The modifier opens the sentence, capitalised: "citing traders in …"
    // is a cue's object.
    if !is_trader(noun)
        && noun.starts_with(char::is_uppercase)
        && words.peek().is_some_and(|w| is_trader(w))
    {
        noun = words.next()?;
    }
    if !is_trader(noun) {
        return None;
    }
    let preposition = words.next()?;
    if preposition != "at" && preposition != "in" {
        return None;
    }
    let place = words.next()?;
    let place = place
        .strip_suffix("'s")
        .or_else(|| place.strip_suffix("’s"))
        .unwrap_or(place)
        .trim_end_matches(',');
    place.starts_with(char::is_uppercase).then_some(place)
}

/// The listed city (`cities.rs`) in the description of one unnamed trader
/// opening `span`: "A second trader, who runs a stall near the Dandong
/// customs house, said" → "Dandong"; `None` when the trader asks not to be
/// named (an unnamed source) or no listed city is named.
fn described_trader(span: &str) -> Option<&str> {
    let mut words = span.split(' ');
    let article = words.next()?;
    if !["A", "An", "One", "Another", "a", "an", "one", "another"].contains(&article) {
        return None;
    }
    let mut noun = words.next()?;
    if ["second", "third", "fourth", "other"].contains(&noun) {
        noun = words.next()?;
    }
    let noun = noun.trim_end_matches(',');
    if !["trader", "wholesaler", "merchant", "vendor"].contains(&noun) {
        return None;
    }
    if span.contains("named") || span.contains("anonym") || span.contains("identified") {
        return None;
    }
    words
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| super::cities::city_nationality(w).is_some())
}

/// True when `span` opens with plural diplomats placed in a city
/// ("Diplomats in Seoul say"): they speak as the diplomats (fresh6, fresh8,
/// fresh23), not as the officials of the capital they serve in.
fn placed_diplomats(span: &str) -> bool {
    span.strip_prefix("Diplomats in ")
        .or_else(|| span.strip_prefix("diplomats in "))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captains_left_bare() {
        assert!(captain_noun("Another captain"));
        assert!(captain_noun("captains"));
        assert!(captain_noun("captain"));
        assert!(!captain_noun("Blaze's captain"));
        assert!(!captain_noun("retired navy captain"));
        assert!(!captain_noun("Captain Kim"));
    }

    #[test]
    fn a_description_of_fishing() {
        let f = |s: &str| fishing_description(s, false);
        assert!(f(", 61, who has fished off Yeonpyeong for three decades"));
        assert!(f(", who fishes for crab, said"));
        assert!(f(", head of the town's squid-boat owners' association"));
        assert!(f(", chairman of the Sokcho fishing cooperative, said"));
        assert!(!f(", who has worked off the island"));
        assert!(!f(", head of the town's traders' association"));
        assert!(!f(" said he fished"));
        // A captain: only in a text about fishing.
        assert!(fishing_description(
            ", 58, the captain who first saw it",
            true
        ));
        assert!(!f(", 58, the captain who first saw it"));
    }

    #[test]
    fn traders_placed_in_a_city() {
        assert_eq!(
            placed_traders("Wholesalers at Seoul's Noryangjin market said"),
            Some("Seoul")
        );
        assert_eq!(placed_traders("Traders in Dandong said"), Some("Dandong"));
        assert_eq!(
            placed_traders("Grain wholesalers in Dandong told us"),
            Some("Dandong")
        );
        assert_eq!(placed_traders("Traders said"), None);
        assert_eq!(placed_traders("citing traders in Pyongyang"), None);
        assert_eq!(placed_traders("Traders in the city said"), None);
        assert_eq!(placed_traders("Officials in Seoul said"), None);
        assert!(placed_diplomats("Diplomats in Seoul say"));
        assert_eq!(
            described_trader("A second trader, who runs a stall near the Yanji bus station, said"),
            Some("Yanji")
        );
        assert_eq!(
            described_trader("A trader in Dandong, who asked not to be named, said"),
            None
        );
        assert_eq!(described_trader("A trader said"), None);
        assert!(!placed_diplomats("Diplomats said"));
    }
}
