//! Groups of people named after the person readings: a country's police and
//! prosecutors ("Police in Gwangju said" → "South Korean police", "An officer
//! said" right after them → the same), a party or committee chair of a
//! parliament ("His party said", "The budget committee's chair told",
//! "Opposition members said" → the country's lawmakers) and people filed by
//! the kind of their role (`person_kinds.rs`: lawyers by side, brokers,
//! actors, a judge's court), with the later mentions that kept their words.

use super::{ATTRIBUTION, Found, Suggester};

/// Words before "prosecutors" that place them in a country's service
/// ("*Military* prosecutors"), lower case.
const PROSECUTOR_SERVICES: &[&str] = &["military", "state", "district", "public", "federal"];

/// Posts of a committee's head ("the budget committee's *chair*").
const CHAIR_WORDS: &[&str] = &["chair", "chairman", "chairwoman", "chairperson"];

/// Words that tell the article is about a parliament: a committee's chair
/// there is a lawmaker.
const PARLIAMENT_HINTS: &[&str] = &[
    "National Assembly",
    "Parliament",
    "parliament",
    "lawmaker",
    "Congress",
    "Senate",
    "Diet",
    "Rep. ",
    "Sen. ",
];

/// Words with "members" that make them a parliament's ("*Opposition*
/// members", "members from both *sides*"), lower case.
const CHAMBER_SIDES: &[&str] = &[
    "opposition",
    "ruling",
    "party",
    "parties",
    "sides",
    "committee",
];

/// True when `subject` opens with members of a parliament's sides:
/// "Opposition members said", "Members from both sides said"; not "Union
/// members said".
fn chamber_members(subject: &str) -> bool {
    // Read per attribution on one thread: the words once, in place.
    let (mut members, mut side) = (false, false);
    for w in super::ascii_words::words(subject).take(5) {
        // Cheap first: a word bounded by ASCII letters or digits is
        // trimmed of nothing.
        let bytes = w.as_bytes();
        let w = if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
            && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
        {
            w
        } else {
            w.trim_matches(|c: char| !c.is_alphanumeric())
        };
        members |= w.eq_ignore_ascii_case("members");
        side |= CHAMBER_SIDES.iter().any(|s| w.eq_ignore_ascii_case(s));
    }
    members && side
}

/// How many bytes before an officer's attribution the police attribution it
/// follows may end.
const OFFICER_REACH: usize = 600;

/// True when `subject` (an attribution's text) places prosecutors in a
/// country's service: "Prosecutors in Daegu said", "Military prosecutors
/// told"; not "Prosecutors allege" nor "Prosecutors from the Attorney's
/// office".
fn placed_prosecutors(subject: &str) -> bool {
    let words: Vec<&str> = subject.split_whitespace().take(8).collect();
    words.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        // "the Harbour District Prosecutors' Office": an office named for a place.
        let office = (lower == "prosecutors'" || lower == "prosecutors’")
            && i > 0
            && words[i - 1].starts_with(char::is_uppercase)
            && words.get(i + 1) == Some(&"Office");
        if office {
            return true;
        }
        if lower != "prosecutors" && lower != "prosecutor" {
            return false;
        }
        let service = i > 0 && PROSECUTOR_SERVICES.contains(&words[i - 1].to_lowercase().as_str());
        let placed = words.get(i + 1) == Some(&"in")
            && words
                .get(i + 2)
                .is_some_and(|p| p.starts_with(char::is_uppercase));
        service || placed
    })
}

/// The place of "Police in Gwangju" (the subject opening an attribution's
/// text), or `None`.
fn police_place(subject: &str) -> Option<&str> {
    let rest = subject
        .strip_prefix("Police in ")
        .or_else(|| subject.strip_prefix("police in "))?;
    let place = rest.split([' ', ',']).next()?;
    place.starts_with(char::is_uppercase).then_some(place)
}

/// True when `source` is a lone officer ("An officer", "a police officer").
fn lone_officer(source: &str) -> bool {
    let source = source.trim();
    let bare = ["an ", "a ", "one "]
        .iter()
        .find_map(|d| strip_prefix_ignoring_case(source, d))
        .unwrap_or(source);
    bare.eq_ignore_ascii_case("officer") || bare.eq_ignore_ascii_case("police officer")
}

/// `text` after `prefix` (lower-case ASCII) when it opens with it in any case.
fn strip_prefix_ignoring_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// True when `subject` opens with a pronoun's party ("His party said").
fn pronoun_party(subject: &str) -> bool {
    ["his party ", "her party ", "their party "]
        .iter()
        .any(|p| strip_prefix_ignoring_case(subject, p).is_some())
}

/// True when `subject` opens with a committee's chair ("The budget
/// committee's chair told").
fn committee_chair(subject: &str) -> bool {
    let mut after_committee = false;
    for w in super::ascii_words::words(subject).take(6) {
        if after_committee && CHAIR_WORDS.contains(&w) {
            return true;
        }
        after_committee =
            w.eq_ignore_ascii_case("committee's") || w.eq_ignore_ascii_case("committee’s");
    }
    false
}

impl Suggester {
    /// Names the groups of people in `found` that the earlier readings left
    /// as written (see the module's doc): once per document, after the
    /// pronouns are resolved.
    pub(super) fn name_person_groups(&self, text: &str, found: &mut [Found]) {
        let subject = |f: &Found| text.get(f.start..f.end).unwrap_or_default();
        let mut nationality: Option<Option<String>> = None;
        let mut dateline = || self.dateline_nationality_memo(text, &mut nationality);
        // Prosecutors: all of a document's take its country once one is placed.
        let prosecutors = self.index.normalise("prosecutors");
        let placed = found.iter().any(|f| {
            f.label == ATTRIBUTION
                && f.source.as_deref() == Some(prosecutors.as_str())
                && placed_prosecutors(subject(f))
        });
        if placed && let Some(n) = dateline() {
            let group = self.index.normalise(&format!("{n} prosecutors"));
            for f in found.iter_mut().filter(|f| {
                f.label == ATTRIBUTION && f.source.as_deref() == Some(prosecutors.as_str())
            }) {
                f.why.push_str(&format!(
                    ", prosecutors read as {group} (placed in the country)"
                ));
                f.source = Some(group.clone());
            }
        }
        let mut parliament: Option<bool> = None;
        let mut police: Option<(usize, String)> = None;
        let mut lawmakers: Option<String> = None;
        // Role words renamed so far and their group: later attributions
        // that kept the same words (a surname, a pronoun) follow.
        let mut renamed: Vec<(String, String)> = Vec::new();
        // A chair or members of the chamber, by the span's words alone:
        // read beforehand, a long list on two threads.
        let chamber = super::tail_split::map(found, |f| {
            f.label == ATTRIBUTION
                && (committee_chair(subject(f))
                    || chamber_members(subject(f))
                    || super::chamber_place::plain_lawmakers(f.source.as_deref().unwrap_or("")))
        });
        for (f, in_chamber) in found.iter_mut().zip(chamber) {
            if f.label != ATTRIBUTION {
                continue;
            }
            let span = subject(f);
            // Taken out and put back (or replaced) below: no copy per attribution.
            let kept = f.source.take();
            let source = kept.as_deref().unwrap_or_default();
            let mut named = None;
            if let Some(place) = police_place(span)
                .filter(|_| source.starts_with("Police in ") || source.starts_with("police in "))
            {
                named = self
                    .nationality_of_place(place)
                    .or_else(|| super::cities::city_nationality(place))
                    .or_else(&mut dateline)
                    .map(|n| self.index.normalise(&format!("{n} police")));
            } else if lone_officer(source)
                && let Some((end, group)) = &police
                && f.start.saturating_sub(*end) <= OFFICER_REACH
            {
                named = Some(group.clone());
            } else if pronoun_party(span)
                && !source.ends_with(" lawmakers")
                && !source.ends_with(" Party")
            {
                named = lawmakers.clone();
            } else if in_chamber
                && (!source.ends_with(" lawmakers")
                    || super::chamber_place::plain_lawmakers(source))
            {
                let hinted = *parliament
                    .get_or_insert_with(|| PARLIAMENT_HINTS.iter().any(|h| text.contains(h)));
                if hinted
                    && let Some(n) =
                        dateline().or_else(|| self.paragraph_nationality(text, f.start))
                {
                    named = Some(self.index.normalise(&format!("{n} lawmakers")));
                }
            } else if super::person_kinds::ends_in_kind_noun(source)
                && let Some(group) = self.kind_source(
                    text,
                    // "The plaintiffs' lead lawyer, …": the side read before the role word.
                    // The vector search: a `str::find` builds a searcher per call.
                    f.start + memchr::memmem::find(span.as_bytes(), source.as_bytes()).unwrap_or(0),
                    source,
                )
            {
                if !renamed.iter().any(|(old, _)| old == source) {
                    renamed.push((source.to_string(), group.clone()));
                }
                named = Some(group);
            } else if let Some((_, group)) = renamed.iter().find(|(old, _)| old == source) {
                // "Mori said", "She said" after the judge or lawyer was named.
                named = Some(group.clone());
            }
            f.source = match named {
                Some(group) => {
                    f.why
                        .push_str(&format!(", “{source}” read as {group} (a group of people)"));
                    Some(group)
                }
                None => kept,
            };
            let now = f.source.as_deref().unwrap_or_default();
            if now.ends_with(" police") {
                police = Some((f.end, now.to_string()));
            }
            if now.ends_with(" lawmakers") || now.ends_with(" Party") {
                lawmakers = Some(now.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prosecutors_placed_by_a_city_or_a_service() {
        assert!(placed_prosecutors("Prosecutors in Daegu said on Friday"));
        assert!(placed_prosecutors("Military prosecutors told the court"));
        assert!(!placed_prosecutors("Prosecutors allege"));
        assert!(!placed_prosecutors(
            "Prosecutors in charge of the case said"
        ));
        assert!(!placed_prosecutors(
            "Prosecutors from the Attorney's office said"
        ));
    }

    #[test]
    fn police_places_officers_parties_and_chairs() {
        assert_eq!(police_place("Police in Gwangju said"), Some("Gwangju"));
        assert_eq!(police_place("Police said"), None);
        assert_eq!(police_place("Police in the north said"), None);
        assert!(lone_officer("An officer"));
        assert!(lone_officer(" A Police Officer "));
        assert!(lone_officer("officer"));
        assert!(!lone_officer("Officers"));
        assert!(!pronoun_party("His party"));
        assert!(pronoun_party("THEIR PARTY said"));
        assert!(!pronoun_party("Hisparty said"));
        assert!(!committee_chair("The committee's deputy chair told"));
        assert!(committee_chair("Asked, the committee’s chairwoman said"));
        assert!(!chamber_members(
            "Members of the union, one of two sides, said"
        ));
        assert!(!lone_officer("An unnamed officer"));
        assert!(pronoun_party("His party said in a statement"));
        assert!(!pronoun_party("His aide said"));
        assert!(committee_chair(
            "The budget committee's chair told reporters"
        ));
        assert!(!committee_chair("The committee said"));
        assert!(chamber_members("Opposition members said"));
        assert!(chamber_members("Members from both sides said"));
        assert!(!chamber_members("Union members said"));
    }
}
