//! The group a named person is filed under when the text gives them a role:
//! analysts record no private names, only the body or group a person speaks
//! for. A lawmaker ("opposition lawmaker X", "Committee chair X") → the
//! party named with them, else "NATIONALITY lawmakers"; one whose
//! appositive makes them a lawmaker ("X, a committee member from the
//! Green Party") → "NATIONALITY lawmakers", the party aside; a minister or
//! spokesperson ("Defence Minister X") → "NATIONALITY officials"; a
//! relative ("her son, X") → family members; "President X's office" → the
//! presidential office. The nationality is the one the role's words give
//! ("a Japanese lawmaker"), else the country of the article's dateline
//! ("TOKYO, Dec. 4 —").

use super::surname::{given_names_skipped, name_occurrences};
use super::{ATTRIBUTION, Found, Suggester};

/// What a person's role makes them speak as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A member of a parliament.
    Lawmaker,
    /// A minister or spokesperson of a government.
    Official,
    /// A relative of the person the article is about.
    Family,
}

/// Words that make a person a member of a parliament, lower case.
const LAWMAKER_WORDS: &[&str] = &[
    "lawmaker",
    "legislator",
    "parliamentarian",
    "assemblyman",
    "assemblywoman",
    "mp",
    "mep",
    "meps",
];

/// Words of a member of the European Parliament, lower case: they speak as
/// European lawmakers whatever their country.
const EUROPEAN_LAWMAKER_WORDS: &[&str] = &["mep", "meps"];

/// Words of a speaker, lower case: one for a party ("a ruling *party*
/// spokesperson") speaks as a lawmaker.
const SPEAKER_WORDS: &[&str] = &["spokesperson", "spokesman", "spokeswoman"];

/// Words after "committee" that make its holder a lawmaker ("committee
/// *chair*").
const COMMITTEE_POSTS: &[&str] = &["chair", "chairman", "chairwoman", "chairperson", "member"];

/// Words that make a person a government's speaker, lower case.
const OFFICIAL_WORDS: &[&str] = &["minister", "spokesperson", "spokesman", "spokeswoman"];

/// Relatives, lower case: after "her", "his", "their", "the" or a
/// possessive ("*her son*, X").
const RELATIVES: &[&str] = &[
    "son",
    "daughter",
    "widow",
    "widower",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "grandson",
    "granddaughter",
    "nephew",
    "niece",
];

/// How many mentions of a name are read for its role.
const MENTIONS: usize = 32;

/// Honorifics before a surname ("Mr. Kim").
const HONORIFICS: &[&str] = &["Mr. ", "Ms. ", "Mrs. ", "Mr ", "Ms ", "Mrs "];

/// The words of `text` as written (trimmed of surrounding punctuation) and
/// lower case.
fn words_of(text: &str) -> Vec<(String, String)> {
    text.split_whitespace()
        .map(|w| {
            let plain = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            (plain.to_string(), plain.replace('.', "").to_lowercase())
        })
        .filter(|(w, _)| !w.is_empty())
        .collect()
}

/// The role `context` (a title before a name or an appositive after it)
/// gives, or `None`; a former holder is not one ([`super::person_source`]
/// reads posts held before).
pub(super) fn role_in(context: &str) -> Option<Role> {
    let words = words_of(context);
    let lower: Vec<&str> = words.iter().map(|(_, l)| l.as_str()).collect();
    if lower
        .iter()
        .any(|w| ["former", "ex", "retired"].contains(w))
    {
        return None;
    }
    // "a ruling party spokesperson": the party's, a lawmaker's voice.
    let party_speaker = lower.contains(&"party") && lower.iter().any(|w| SPEAKER_WORDS.contains(w));
    let lawmaker = party_speaker
        || lower.iter().any(|w| LAWMAKER_WORDS.contains(w))
        || lower
            .windows(2)
            .any(|p| p[0] == "committee" && COMMITTEE_POSTS.contains(&p[1]))
        || super::parliament::member_of_parliament(&lower)
        || super::parliament::legislator_title(context);
    if lawmaker {
        return Some(Role::Lawmaker);
    }
    if lower.iter().any(|w| OFFICIAL_WORDS.contains(w)) {
        return Some(Role::Official);
    }
    let kin = words.windows(2).any(|p| {
        let owner = ["her", "his", "their", "the"].contains(&p[0].1.as_str())
            || p[0].0.ends_with("'s")
            || p[0].0.ends_with("’s");
        owner && RELATIVES.contains(&p[1].1.as_str())
    });
    kin.then_some(Role::Family)
}

/// The party `context` names: capitalised words ending in "Party" ("the
/// ruling *Democratic Party*"), without leading lower-case words.
pub(super) fn party_in(context: &str) -> Option<String> {
    let words: Vec<&str> = context.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| w.trim_end_matches([',', '.', ';', ')']) == "Party")?;
    let mut start = end;
    while start > 0 && words[start - 1].starts_with(char::is_uppercase) {
        start -= 1;
    }
    // "The ruling …": a capitalised determiner opens no name.
    while start < end && ["The", "A", "An"].contains(&words[start]) {
        start += 1;
    }
    (start < end).then(|| {
        let mut party = words[start..=end].join(" ");
        party.truncate(party.trim_end_matches([',', '.', ';', ')']).len());
        party
    })
}

/// True when the article's [`dateline`] is a dated one ("DAKAR, Dec 3
/// (West Coast Wire) --"), whose place a country may stand for.
pub(super) fn dated_dateline(text: &str) -> bool {
    // "DAKAR, Dec 3 (West Coast Wire)": a place in capitals, a comma, then
    // a date or an outlet in brackets; not "THE SEOUL READOUT" or "KNTV
    // EVENING REPORT", headings before a dash.
    dateline(text)
        .and_then(|line| line.split_once(", "))
        .is_some_and(|(place, rest)| {
            place.split(' ').count() <= 3 && rest.contains(|c: char| c.is_ascii_digit() || c == '(')
        })
}

/// The article's dateline ("TOKYO, Dec. 4", "DANDONG, China, Nov. 30"):
/// the line's words before the first " — " (or " -- ") in the first 600
/// bytes, when they open with a place in capitals.
pub(super) fn dateline(text: &str) -> Option<&str> {
    let head = &text[..text.floor_char_boundary(text.len().min(600))];
    let dash = head.find(" — ").or_else(|| head.find(" -- "))?;
    let line_start = head[..dash].rfind('\n').map_or(0, |i| i + 1);
    let line = &head[line_start..dash];
    let first = line.split(',').next()?.trim();
    let capitals = !first.is_empty()
        && first.len() <= 30
        && !first.chars().any(char::is_lowercase)
        && first.chars().any(char::is_alphabetic);
    capitals.then_some(line)
}

/// The country of the article's [`dateline`]: its parts, each read as a
/// country or capital (`country`), the first that is one.
pub(super) fn dateline_country(
    text: &str,
    country: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    dateline(text)?.split(',').find_map(|part| {
        let part = part.trim();
        let titled: String = part
            .split_whitespace()
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |c| {
                    c.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        (!titled.is_empty()).then(|| country(&titled)).flatten()
    })
}

/// The name in `source` without an honorific ("Mr. Kim" → "Kim") when it is
/// a person's: one to five capitalised words, the last one to three of
/// letters and hyphens with a lower-case letter ("Defence Minister Kenji
/// Morita", "Kim Tae-hoon").
fn personal(source: &str) -> Option<&str> {
    let name = HONORIFICS
        .iter()
        .find_map(|h| source.strip_prefix(h))
        .unwrap_or(source)
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let fits = (1..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words.iter().rev().take(2).all(|w| {
            w.chars().all(super::surname::name_char) && w.chars().skip(1).any(char::is_lowercase)
        });
    fits.then_some(name)
}

/// The words written just before byte `at` of `text` within the clause, at
/// most four, past one comma right before the name ("*her son*, Kim …").
fn title_before(text: &str, at: usize) -> &str {
    let from = text.floor_char_boundary(at.saturating_sub(120));
    let mut before = text[from..at].trim_end();
    if let Some(b) = before.strip_suffix(',') {
        before = b;
    }
    let marks = [
        '.', ',', ';', ':', '!', '?', '“', '”', '"', '\n', '—', '(', ')',
    ];
    let clause = (before.char_indices().rev())
        .find(|(_, c)| marks.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &before[clause..];
    let mut start = clause.len();
    for (count, (i, _)) in clause.match_indices(' ').rev().enumerate() {
        if count >= 4 {
            break;
        }
        start = i;
    }
    if clause.split_whitespace().count() <= 4 {
        start = 0;
    }
    clause[start..].trim()
}

/// True when the last word of `title` is a role's own word ("opposition
/// *lawmaker*", "Committee *chair*", "her *son*"): the title stands right
/// before the name, not a clause about someone else ("the minister met X").
pub(super) fn ends_in_role(title: &str) -> bool {
    let words = words_of(title);
    words.last().is_some_and(|(_, w)| {
        LAWMAKER_WORDS.contains(&w.as_str())
            || COMMITTEE_POSTS.contains(&w.as_str())
            || OFFICIAL_WORDS.contains(&w.as_str())
            || RELATIVES.contains(&w.as_str())
    })
}

/// The appositive after a name ending at byte `end` of `text`: ", a committee
/// member from the opposition X Party," up to the next clause mark.
fn appositive_after(text: &str, end: usize) -> Option<&str> {
    let to = text.floor_char_boundary(end.saturating_add(200).min(text.len()));
    let rest = text.get(end..to)?.strip_prefix(", ")?;
    let stop = rest
        .find([',', '.', ';', ':', '“', '”', '"', '\n', '—', '('])
        .unwrap_or(rest.len());
    let appositive = &rest[..stop];
    let first = appositive.split_whitespace().next()?;
    ["a", "an", "the", "her", "his", "their"]
        .contains(&first.to_lowercase().as_str())
        .then_some(appositive)
}

impl Suggester {
    /// [`Self::dateline_nationality`], read at most once per text into
    /// `memo` (the passes that ask it for each of many spans).
    pub(super) fn dateline_nationality_memo(
        &self,
        text: &str,
        memo: &mut Option<Option<String>>,
    ) -> Option<String> {
        memo.get_or_insert_with(|| self.dateline_nationality(text))
            .clone()
    }

    /// The nationality of the article's dateline ([`dateline_country`]),
    /// each part read as a place the registry or the city list knows.
    /// A dateline whose city neither knows ("DAKAR, Dec 3 (Wire) --") is
    /// read as the country the text names most
    /// ([`Suggester::capitals_nationality`]).
    pub(super) fn dateline_nationality(&self, text: &str) -> Option<String> {
        dateline(text)?;
        dateline_country(text, |p| {
            self.nationality_of_place(p)
                .or_else(|| super::cities::city_nationality(p))
        })
        .or_else(|| {
            dated_dateline(text)
                .then(|| self.capitals_nationality(text))
                .flatten()
        })
    }
    /// The nationality ("Japanese", "US") of a country or capital as written
    /// ("Japan", "Tokyo", "Singapore"): the registry's "NATIONALITY
    /// officials" it stands for, or the nationality table's.
    pub(super) fn nationality_of_place(&self, place: &str) -> Option<String> {
        let officials = self
            .index
            .canonical(place)
            .filter(|c| {
                self.registry
                    .sources
                    .iter()
                    .any(|s| s.name == *c && s.kind == "government")
            })
            .map(str::to_string)
            .or_else(|| super::nationality::country_officials(place))?;
        officials.strip_suffix(" officials").map(str::to_string)
    }

    /// The nationality a role's `context` gives ("a *Japanese* lawmaker",
    /// "*Norway's* defence minister").
    fn nationality_in(&self, context: &str) -> Option<String> {
        let officials = self.officials_of_nationality(context)?;
        officials.strip_suffix(" officials").map(str::to_string)
    }

    /// The source a `role` with `context` stands for, `dateline` the
    /// article's nationality.
    pub(super) fn role_group(
        &self,
        role: Role,
        context: &str,
        dateline: Option<&str>,
    ) -> Option<String> {
        match role {
            Role::Family => Some(self.index.normalise("family members")),
            Role::Lawmaker => {
                let european = context.split_whitespace().any(|w| {
                    let w = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    EUROPEAN_LAWMAKER_WORDS.contains(&w.as_str())
                }) || context.contains("European Parliament");
                if european {
                    return Some(self.index.normalise("European lawmakers"));
                }
                if let Some(party) = party_in(context) {
                    return Some(self.index.normalise(&party));
                }
                self.country_lawmakers(context, dateline)
            }
            Role::Official => {
                let nationality = self
                    .nationality_in(context)
                    .or(dateline.map(str::to_string))?;
                Some(self.index.normalise(&format!("{nationality} officials")))
            }
        }
    }

    /// "NATIONALITY lawmakers" for a lawmaker whose `context` gives the
    /// nationality, else the `dateline`'s.
    fn country_lawmakers(&self, context: &str, dateline: Option<&str>) -> Option<String> {
        let nationality = (self.nationality_in(context))
            .or(dateline.map(str::to_string))
            // "a member of the National Assembly's … committee": the
            // parliament the role names.
            .or_else(|| super::committee_seat::parliament_named(context).map(str::to_string))?;
        Some(self.index.normalise(&format!("{nationality} lawmakers")))
    }

    /// The group a named person `source` (of an attribution from byte
    /// `start` to `end`) is filed under: from a role in the name itself ("Defence
    /// Minister X"), else the title before or appositive after the first
    /// mention of the name in the look-back ("opposition lawmaker *X*", "her
    /// son, *X*", "*X*, a committee member from …"). `None` when no role is
    /// given.
    pub(super) fn person_role_group(
        &self,
        text: &str,
        (start, end): (usize, usize),
        source: &str,
        dateline: Option<&str>,
    ) -> Option<String> {
        // "President X's office said": the source read as its owner.
        let span = text.get(start..end).unwrap_or_default();
        let office = [format!("{source}'s office"), format!("{source}’s office")];
        if office.iter().any(|o| span.contains(o.as_str()))
            && let Some(office) = presidential_office(&office[0])
        {
            return self.index.canonical(office).map(str::to_string);
        }
        if let Some(group) = self.parliament_member(text, (start, end), source, dateline) {
            return Some(group);
        }
        let Some(name) = personal(source) else {
            return self.titled_lead_group(source, dateline);
        };
        if let Some(role) = role_in(name) {
            return self.role_group(role, name, dateline);
        }
        // The full name when given, else the surname.
        let wanted = if name.contains(' ') {
            name
        } else {
            name.rsplit(' ').next()?
        };
        name_occurrences(text, end, wanted)
            .filter(|(_, whole)| *whole)
            .take(MENTIONS)
            .find_map(|(at, _)| {
                let title = title_before(text, given_names_start(text, at));
                if let Some(role) = role_in(title).filter(|_| ends_in_role(title)) {
                    return self.role_group(role, title, dateline);
                }
                let after = given_names_end(text, at + wanted.len());
                // "X, Deputy Permanent Representative of France,": the
                // country's officials.
                if let Some(group) = self.post_of_country(text, after) {
                    return Some(group);
                }
                // "X, who sits on the defence committee,": a lawmaker.
                if let Some(seat) = super::committee_seat::committee_seat(text, after) {
                    // No dateline: the parliament the opening names.
                    let country =
                        dateline.or_else(|| super::committee_seat::parliament_nationality(text));
                    return self.role_group(Role::Lawmaker, seat, country);
                }
                let appositive = appositive_after(text, after)?;
                if super::person_title::european_group_member(appositive, &text[..at]) {
                    return Some(self.index.normalise("European lawmakers"));
                }
                let role = role_in(appositive)?;
                // "X, a Green Party lawmaker for Bergen": a lawmaker the
                // appositive describes is filed as the country's lawmakers,
                // the party aside (three named lawmakers in two sets, none
                // under the party); "Rep. X of the Green Party" and "a
                // Green Party lawmaker" unnamed keep the party.
                if role == Role::Lawmaker && party_in(appositive).is_some() {
                    return self.country_lawmakers(appositive, dateline);
                }
                self.role_group(role, appositive, dateline)
            })
    }
}

/// The byte where up to two capitalised given names before byte `at` start
/// ("*Lars* Holm").
pub(super) fn given_names_start(text: &str, at: usize) -> usize {
    let mut at = at;
    for _ in 0..2 {
        let Some(before) = text.get(..at).and_then(|t| t.strip_suffix(' ')) else {
            break;
        };
        let word_at = before
            .rfind(|c: char| !super::surname::name_char(c))
            .map_or(0, |i| crate::suggest::char_end::past_char(before, i));
        let word = &before[word_at..];
        // "Defence *Minister* Kenji Morita": a title's word is no given name.
        if word.is_empty()
            || !word.starts_with(char::is_uppercase)
            || !word.chars().skip(1).any(char::is_lowercase)
            || ends_in_role(word)
        {
            break;
        }
        at = word_at;
    }
    at
}

/// The byte after up to two capitalised given names following byte `at`
/// ("Kim* Dong-hyun*").
fn given_names_end(text: &str, at: usize) -> usize {
    text.get(at..)
        .map_or(at, |rest| text.len() - given_names_skipped(rest).len())
}

/// "President Lee's office" (a head of state's office): the registry name
/// analysts give it, "presidential office".
fn presidential_office(source: &str) -> Option<&'static str> {
    let rest = source.trim().strip_prefix("President ")?;
    let owner = rest
        .strip_suffix("'s office")
        .or_else(|| rest.strip_suffix("’s office"))?;
    let named = (1..=3).contains(&owner.split_whitespace().count())
        && owner
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    named.then_some("presidential office")
}

/// For each attribution (in text order, not a back-reference) whose source is
/// a person's name that `known` does not recognise, the group `group` files
/// them under ([`Suggester::person_role_group`]). Returns the indices
/// resolved and their sources.
pub(super) fn resolve_roles(
    found: &[Found],
    known: impl Fn(&str) -> bool + Sync,
    group: impl Fn((usize, usize), &str) -> Option<String> + Sync,
) -> Vec<(usize, String)> {
    // Each attribution read alone: a long list on two threads.
    super::tail_split::filter_map(found, |_, f| {
        if f.label != ATTRIBUTION || f.back_reference {
            return None;
        }
        let source = f.source.as_deref().filter(|s| !known(s))?;
        group((f.start, f.end), source)
    })
}

/// Words of a trader, lower case.
const TRADERS: &[&str] = &["trader", "traders", "merchant", "merchants"];

/// For each attribution (not a back-reference) whose source is `anonymous`
/// and whose span names traders: "NATIONALITY traders" when the place they
/// trade in is a large foreign city ("traders in Osaka say" → Japanese
/// traders), or, with no place ("Two other traders said", not "a trader in
/// Hyesan said"), when the article's dateline gives a `nationality` other
/// than the peninsula's (traders in a foreign border city speak as that
/// country's traders). Returns the indices resolved and their sources.
pub(super) fn resolve_traders(
    text: &str,
    found: &[Found],
    anonymous: &str,
    nationality: Option<&str>,
) -> Vec<(usize, String)> {
    let foreign = |n: &str| !n.ends_with("Korean");
    let nationality = nationality.filter(|n| foreign(n));
    let mut resolved = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.label != ATTRIBUTION || f.back_reference || f.source.as_deref() != Some(anonymous) {
            continue;
        }
        let span = text.get(f.start..f.end).unwrap_or_default();
        let words: Vec<&str> = span.split_whitespace().collect();
        let trader = words.iter().any(|w| {
            TRADERS.contains(
                &w.trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
            )
        });
        if !trader {
            continue;
        }
        // "a trader *in Hyesan*": the place names where they trade.
        let place = words
            .windows(2)
            .find(|p| ["in", "from", "at"].contains(&p[0]) && p[1].starts_with(char::is_uppercase))
            .map(|p| p[1].trim_end_matches(|c: char| !c.is_alphanumeric()));
        let country = match place {
            Some(place) => super::cities::city_nationality(place).filter(|n| foreign(n)),
            None => nationality.map(str::to_string),
        };
        if let Some(country) = country {
            resolved.push((i, format!("{country} traders")));
        }
    }
    resolved
}

#[cfg(test)]
#[path = "person_role_tests.rs"]
mod tests;
