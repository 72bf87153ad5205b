//! Persons who speak for a body they work for, or as specialists: no
//! person's own name is a source an analyst records. Staff introduced with a
//! possessive post ("Brindle's head of research, Tobias Wren" → the body
//! Brindle names), a named specialist ("X, who studies export controls at the
//! Vienna Centre …", "X, an independent malware analyst" → experts) and a
//! doctor named alone ("Dr. Mbeki said" → the person introduced earlier, else
//! experts).

use super::person_source::is_name;
use super::surname::name_occurrences;
use super::{ATTRIBUTION, Found, Suggester};

/// The group a named specialist speaks as.
const EXPERTS: &str = "experts";

/// The group unnamed analysts speak as; a named one is one of the experts.
const SOME_ANALYSTS: &str = "some analysts";

/// Posts of a body's staff whose holder speaks for it, after a possessive
/// ("Brindle's *head* of research"), lower case. Court roles ("Kim's
/// lawyer") and relatives are not among them: they belong to a person.
pub(super) const SPEAKING_POSTS: &[&str] = &[
    "head",
    "director",
    "chief",
    "founder",
    "co-founder",
    "president",
    "vice-president",
    "manager",
    "executive",
    "officer",
    "chairman",
    "chairwoman",
    "chairperson",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "coordinator",
];

/// Research posts: staff too, but their holders speak as experts.
const RESEARCH_POSTS: &[&str] = &["researcher", "analyst", "economist"];

/// True when `word` is one of the staff posts: [`SPEAKING_POSTS`] or
/// [`RESEARCH_POSTS`].
fn is_staff_post(word: &str) -> bool {
    SPEAKING_POSTS.contains(&word) || RESEARCH_POSTS.contains(&word)
}

/// Verbs of a relative clause telling what a specialist works on ("who
/// *studies* export controls at …"), lower case.
const STUDY_VERBS: &[&str] = &[
    "studies",
    "follows",
    "researches",
    "tracks",
    "monitors",
    "analyses",
    "analyzes",
    "teaches",
    "specialises",
    "specializes",
];

/// What the group of ordinary people quoted is called, before the
/// article's nationality is put before it ("South Korean citizens").
pub(super) const CITIZENS: &str = "citizens";

/// Ordinary people an appositive may make a person ("a 24-year-old
/// *student*"), lower case.
const ORDINARY_PEOPLE: &[&str] = &[
    "student",
    "woman",
    "man",
    "retiree",
    "pensioner",
    "worker",
    "commuter",
    "shopper",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "homemaker",
    "housewife",
    "farmer",
    "driver",
    "nurse",
    "teacher",
    "voter",
];

/// Academic and medical titles before a name ("*Dr.* Mbeki").
const DOCTOR_TITLES: &[&str] = &["Dr. ", "Dr ", "Prof. ", "Professor "];

/// Honorifics a name's post may stand before ("director, *Dr.* Ines
/// Calder"), with their trailing space.
const HONORIFICS: &[&str] = &["Dr. ", "Prof. ", "Mr. ", "Ms. ", "Mrs. "];

/// How many bytes before a name its possessive post is looked for.
const POST_REACH: usize = 160;

/// "Dr. Mbeki" → "Mbeki": the name after an academic or medical title, when
/// it is a person's name.
pub(super) fn doctor_named(source: &str) -> Option<&str> {
    let name = DOCTOR_TITLES
        .iter()
        .find_map(|t| source.trim().strip_prefix(t))?;
    is_name(name).then_some(name)
}

/// True when `description` (what follows a name's comma) is a relative
/// clause about a specialist's work at a named place: "who studies export
/// controls at the Vienna Centre …", "who follows sanctions for the Lund
/// Institute"; not "who follows the club at home".
pub(super) fn studies_at(description: &str) -> bool {
    let words: Vec<&str> = description.split_whitespace().take(16).collect();
    let verb = words.first().is_some_and(|w| w.eq_ignore_ascii_case("who"))
        && words.get(1).is_some_and(|w| STUDY_VERBS.contains(w));
    verb && words.windows(2).enumerate().any(|(i, p)| {
        ["at", "for", "with"].contains(&p[0])
            && (words[i + 1..].iter().take(3)).any(|w| w.starts_with(char::is_uppercase))
    })
}

/// True when `appositive` makes a person an ordinary member of the public
/// by age and what they are: "a 24-year-old student interviewed near the
/// station", "a 71-year-old retired teacher"; not "a 24-year-old defector"
/// or "a student of the war" without an age.
pub(super) fn ordinary_person(appositive: &str) -> bool {
    let words: Vec<String> = appositive
        .split_whitespace()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !crate::suggest::letters::is_alphanumeric(c) && c != '-')
                .to_lowercase()
        })
        .collect();
    let opens = words.first().is_some_and(|w| w == "a" || w == "an");
    let aged = words.get(1).is_some_and(|w| {
        w.strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    });
    // "a 71-year-old retired teacher": one modifier may stand before the noun.
    let noun = words
        .iter()
        .skip(2)
        .take(2)
        .any(|w| ORDINARY_PEOPLE.contains(&w.as_str()));
    opens && aged && noun
}

/// The group a named person whose description gives `role` speaks as: a
/// named analyst is one of the experts ("X, an independent malware analyst"),
/// unnamed analysts are "some analysts".
pub(super) fn named_role(role: String) -> String {
    if role == SOME_ANALYSTS {
        EXPERTS.to_string()
    } else {
        role
    }
}

/// The owner of a staff post written before a name, `before` the text up to
/// the name's first given name (and honorific): "Brindle's head of research,"
/// → "Brindle", "Pinewood Tours' director," → "Pinewood Tours", "the
/// foundation's medical director," → "the foundation". The post is one to
/// five lower-case words holding a staff post ([`is_staff_post`]), right before the
/// name's comma; the owner one to four capitalised words, or "the" and one
/// lower-case word.
pub(super) fn possessive_post_owner(before: &str) -> Option<&str> {
    let before = before.trim_end().strip_suffix(',')?;
    let (owner_end, post) = possessive_split(before)?;
    let post_words: Vec<&str> = post.split_whitespace().collect();
    let plain = (1..=5).contains(&post_words.len())
        && post_words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    if !plain || !post_words.iter().any(|w| is_staff_post(w)) {
        return None;
    }
    let lead = &before[..owner_end];
    let words: Vec<&str> = lead.split_whitespace().collect();
    // "the foundation's": the body word stands for one named before.
    if let [.., the, head] = words.as_slice()
        && the.eq_ignore_ascii_case("the")
        && head.chars().all(char::is_lowercase)
    {
        let start = lead.len() - the.len() - head.len() - 1;
        return lead.get(start..);
    }
    let capitals = (words.iter().rev())
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| crate::suggest::letters::is_alphanumeric(c) || c == '-' || c == '&')
        })
        .take(4)
        .count();
    if capitals == 0 {
        return None;
    }
    let mut owner: Vec<&str> = words[words.len() - capitals..].to_vec();
    // "*The* Harbour Trust's director": a determiner is no part of the name.
    if owner.len() > 1 && ["The", "A", "An", "In", "At"].contains(&owner[0]) {
        owner.remove(0);
    }
    let first = *owner.first()?;
    let start = lead.rfind(first)?;
    lead.get(start..)
}

/// Where the owner before a possessive ends and the post after it: "X's
/// post", "X’s post", "Xs' post".
fn possessive_split(text: &str) -> Option<(usize, &str)> {
    ["'s ", "’s ", "s' ", "s’ "]
        .iter()
        .filter_map(|p| {
            let at = text.rfind(p)?;
            // "Tours' ": the owner keeps its final "s".
            let owner_end = if p.starts_with('s') { at + 1 } else { at };
            Some((owner_end, &text[at + p.len()..]))
        })
        .max_by_key(|(end, _)| *end)
}

/// The text just before the name at byte `at` (its first given name) within
/// [`POST_REACH`] bytes, without an honorific ("director, *Dr.* Ines").
fn text_before_name(text: &str, at: usize) -> &str {
    let mut before = &text[..at];
    for h in HONORIFICS {
        if let Some(b) = before.strip_suffix(h) {
            before = b;
            break;
        }
    }
    let from = text.floor_char_boundary(before.len().saturating_sub(POST_REACH));
    let window = &before[from..];
    // Only the clause the post is in: from the last sentence mark.
    let clause = window
        .rfind(['.', ';', ':', '!', '?', '“', '”', '"', '\n', '—'])
        .map_or(0, |i| crate::suggest::char_end::past_char(window, i));
    &window[clause..]
}

/// The latest capitalised name in `before` that ends in `head` capitalised
/// ("the foundation" → "The Harbour of Light *Foundation*" → "Harbour of
/// Light Foundation"), its words joined by "of", "for", "and" or "the".
fn named_with_head(before: &str, head: &str) -> Option<String> {
    let mut cap = String::with_capacity(head.len());
    let mut chars = head.chars();
    cap.extend(chars.next()?.to_uppercase());
    cap.push_str(chars.as_str());
    let from = before.floor_char_boundary(before.len().saturating_sub(super::surname::LOOK_BACK));
    let window = &before[from..];
    let at = window.rmatch_indices(cap.as_str()).find_map(|(at, _)| {
        let after = &window[at + cap.len()..];
        (!after.starts_with(crate::suggest::letters::is_alphanumeric)).then_some(at)
    })?;
    let words: Vec<&str> = window[..at].split_whitespace().collect();
    let mut name = vec![cap.as_str()];
    for w in words.iter().rev().take(6) {
        let joins = ["of", "for", "and"].contains(w) || super::name_particles::is_particle(w);
        if !(joins || w.starts_with(char::is_uppercase)) || *w == "The" || w.ends_with(',') {
            break;
        }
        name.push(w);
    }
    while name
        .last()
        .is_some_and(|w| ["of", "for", "and"].contains(w) || super::name_particles::is_particle(w))
    {
        name.pop();
    }
    name.reverse();
    (name.len() > 1).then(|| name.join(" "))
}

/// For each attribution whose source is [`CITIZENS`] (an ordinary person
/// quoted, [`ordinary_person`]), that group of the article's `nationality`
/// ("South Korean citizens"), when the dateline gives one. Returns the
/// indices resolved and their sources.
pub(super) fn resolve_citizens(found: &[Found], nationality: Option<&str>) -> Vec<(usize, String)> {
    let Some(nationality) = nationality else {
        return Vec::new();
    };
    (found.iter().enumerate())
        .filter(|(_, f)| f.label == ATTRIBUTION && f.source.as_deref() == Some(CITIZENS))
        .map(|(i, _)| (i, format!("{nationality} {CITIZENS}")))
        .collect()
}

impl Suggester {
    /// For each attribution (in text order, not a back-reference) whose
    /// source is a person's name that the registry does not know, the body
    /// whose staff post the text gives them just before an earlier mention
    /// ("Brindle's head of research, Tobias Wren, …. Wren said" → the source
    /// of the latest attribution before whose source opens with "Brindle",
    /// else the body's name). An owner that is a country or place is left to
    /// the role rules (its officials). Returns the indices resolved and
    /// their sources.
    pub(super) fn resolve_staff(&self, text: &str, found: &[Found]) -> Vec<(usize, String)> {
        // Each attribution read alone: a long list on two threads.
        super::tail_split::filter_map(found, |i, f| {
            if f.label != ATTRIBUTION || f.back_reference {
                return None;
            }
            let name = (f.source.as_deref())
                .filter(|s| is_name(s) && self.index.canonical(s).is_none())?;
            name_occurrences(text, f.end, name)
                .filter(|(_, whole)| *whole)
                .take(32)
                .find_map(|(at, _)| {
                    let start = super::person_role::given_names_start(text, at);
                    possessive_post_owner(text_before_name(text, start))
                        .and_then(|owner| self.staff_body(owner, text, start, &found[..i]))
                })
        })
    }

    /// The source a staff post's `owner` (before byte `at` of `text`)
    /// stands for: "the foundation" → the latest capitalised name ending in
    /// "Foundation"; a word that opens an earlier attribution's source
    /// ("Brindle" → "Brindle Labs"); a registry body (not a person, country
    /// or place); a name of two or more words or an acronym as the rules
    /// name it. A one-word name nothing else ties to a body may be a
    /// person's ("Kim's chief of staff"): `None`.
    fn staff_body(&self, owner: &str, text: &str, at: usize, earlier: &[Found]) -> Option<String> {
        let before = &text[..at];
        if let Some(head) = owner
            .strip_prefix("the ")
            .or_else(|| owner.strip_prefix("The "))
        {
            return named_with_head(before, head).map(|n| self.source_of(&n));
        }
        if self.nationality_of_place(owner).is_some() {
            return None;
        }
        if let Some(known) = self.index.canonical(owner) {
            let person =
                (self.registry.sources.iter()).any(|s| s.name == known && s.kind == "person");
            return (!person).then(|| known.to_string());
        }
        // The longer name first ("Brindle Labs"), then the owner word alone
        // as an earlier speaker's source ("Brindle's head of research … wrote").
        let sources = || {
            (earlier.iter().rev())
                .filter(|e| e.label == ATTRIBUTION)
                .filter_map(|e| e.source.as_deref())
        };
        let opened = (sources()
            .find(|s| s.strip_prefix(owner).is_some_and(|r| r.starts_with(' '))))
        .or_else(|| sources().find(|s| *s == owner))
        .map(str::to_string);
        if opened.is_some() {
            return opened;
        }
        let acronym = owner.len() >= 2 && owner.chars().all(|c| c.is_ascii_uppercase());
        (owner.contains(' ') || acronym).then(|| self.source_of(owner))
    }

    /// For each attribution (not a back-reference) whose source is a doctor
    /// or professor named by surname ("Dr. Mbeki"), the source of the latest
    /// attribution before it whose span holds the surname and whose source is
    /// not a person's name ("Dr. Okon Mbeki, a surgeon …" → experts), else
    /// experts: a doctor quoted is a specialist. Returns the indices resolved
    /// and their sources.
    pub(super) fn resolve_doctors(&self, text: &str, found: &[Found]) -> Vec<(usize, String)> {
        // Each attribution read alone: a long list on two threads.
        super::tail_split::filter_map(found, |i, f| {
            if f.label != ATTRIBUTION || f.back_reference {
                return None;
            }
            let name = f.source.as_deref().and_then(doctor_named)?;
            let surname = name.rsplit(' ').next().unwrap_or(name);
            let earlier = found[..i].iter().rev().find_map(|e| {
                let source = e.source.as_deref()?;
                let holds = text.get(e.start..e.end).is_some_and(|span| {
                    span.split(|c: char| !(crate::suggest::letters::is_alphanumeric(c) || c == '-'))
                        .any(|w| w == surname)
                });
                (e.label == ATTRIBUTION
                    && !e.back_reference
                    && holds
                    && doctor_named(source).is_none()
                    && !is_name(source))
                .then(|| source.to_string())
            });
            Some(earlier.unwrap_or_else(|| self.index.normalise(EXPERTS)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_of_staff_posts() {
        assert_eq!(
            possessive_post_owner("Later, Brindle's head of research,"),
            Some("Brindle")
        );
        assert_eq!(
            possessive_post_owner("Pinewood Tours' director,"),
            Some("Pinewood Tours")
        );
        assert_eq!(
            possessive_post_owner("that the foundation's medical director,"),
            Some("the foundation")
        );
        assert_eq!(
            possessive_post_owner("The Harbour Trust's chief executive, "),
            Some("Harbour Trust")
        );
        // Not staff: a lawyer, a relative, no comma before the name, a post
        // with a capitalised word.
        assert_eq!(possessive_post_owner("Kim's lawyer,"), None);
        assert_eq!(possessive_post_owner("Kim's son,"), None);
        assert_eq!(possessive_post_owner("Brindle's head of research"), None);
        assert_eq!(
            possessive_post_owner("Brindle's head of Asia research,"),
            None
        );
    }

    #[test]
    fn specialists_and_doctors() {
        assert!(studies_at(
            "who studies export controls at the Vienna Centre for Trade Studies"
        ));
        assert!(studies_at("who follows sanctions for the Lund Institute"));
        assert!(!studies_at("who follows the club at home"));
        assert!(!studies_at("who fled the North in 2016"));
        assert_eq!(named_role("some analysts".into()), "experts");
        assert_eq!(named_role("unnamed sources".into()), "unnamed sources");
        assert_eq!(doctor_named("Dr. Mbeki"), Some("Mbeki"));
        assert_eq!(doctor_named("Prof. Ana Ruiz"), Some("Ana Ruiz"));
        assert_eq!(doctor_named("Mbeki"), None);
        assert_eq!(doctor_named("Dr. the clinic"), None);
    }

    #[test]
    fn ordinary_people_by_age() {
        assert!(ordinary_person(
            "a 24-year-old student interviewed near the station"
        ));
        assert!(ordinary_person("a 71-year-old retired teacher"));
        assert!(!ordinary_person("a 24-year-old defector"));
        assert!(!ordinary_person("a student of the war"));
        assert!(!ordinary_person("a professor at Lund University"));
    }

    #[test]
    fn bodies_named_with_their_head_word() {
        let text = "The Harbour of Light Foundation, a charity, said so. Later";
        assert_eq!(
            named_with_head(text, "foundation").as_deref(),
            Some("Harbour of Light Foundation")
        );
        assert_eq!(named_with_head("A foundation said so.", "foundation"), None);
    }
}
